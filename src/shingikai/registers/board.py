"""What falls due: the 速報 and 確報 of reportable incidents and the review of each current 評価書."""
import datetime as dt
from dataclasses import dataclass

from . import access as rules
from .models import Assessment, Incident


@dataclass
class Due:
    kind: str
    label: str
    due: dt.date
    record: object
    url: str

    def days_left(self, today):
        return (self.due - today).days


def incident_deadlines(incidents):
    for incident in incidents.filter(final_filed_on__isnull=True).select_related("department"):
        if not incident.reportable:
            continue
        url = f"/work/registers/incidents/{incident.pk}/"
        if incident.preliminary_filed_on is None:
            yield Due("速報", f"{incident.department.name}: {incident.title}", incident.preliminary_due, incident, url)
        yield Due("確報", f"{incident.department.name}: {incident.title}", incident.final_due, incident, url)


def review_deadlines(assessments):
    current = assessments.filter(state=Assessment.State.SUBMITTED, superseded=False, next_review_due__isnull=False)
    for record in current.select_related("department"):
        kind = "重要な変更前の再評価" if record.change_planned_on and record.next_review_due == record.change_planned_on \
            else "5年ごとの見直し"
        yield Due(kind, f"{record.department.name}: {record.system_name}", record.next_review_due, record,
                  f"/work/registers/assessments/{record.pk}/")


def due_items(user, today):
    """Everything this user may see that falls due, earliest first, each with its days left."""
    items = list(incident_deadlines(rules.visible_incidents(user))) + list(review_deadlines(rules.visible_assessments(user)))
    items.sort(key=lambda d: d.due)
    return [{"item": d, "days_left": d.days_left(today), "overdue_days": -d.days_left(today), "overdue": d.due < today}
            for d in items]


def all_due():
    return list(incident_deadlines(Incident.objects.all())) + list(review_deadlines(Assessment.objects.all()))
