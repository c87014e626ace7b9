"""What falls due: the 速報, 確報 and 本人への通知 of reportable incidents, the review of each current 評価書 and the
improvements audit findings ask for."""
import datetime as dt
from dataclasses import dataclass

from . import access as rules
from .models import Assessment, Audit, AuditFinding, Incident

FINDING = "監査の指摘への改善"


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


NOTICE = "本人への通知"


def notice_deadlines(incidents):
    """A reportable incident's notice to its people (法第68条第2項), 「速やかに」 like the 速報 and chased from the
    same day, until it is given or the reason it is not is recorded; a 確報 filed does not end it."""
    pending = incidents.filter(notified_people_on__isnull=True, notice_waived_reason="").select_related("department")
    for incident in pending:
        if incident.reportable:
            yield Due(NOTICE, f"{incident.department.name}: {incident.title} (本人への通知: 未)",
                      incident.preliminary_due, incident, f"/work/registers/incidents/{incident.pk}/")


def review_deadlines(assessments):
    current = assessments.filter(state=Assessment.State.SUBMITTED, superseded=False, next_review_due__isnull=False)
    for record in current.select_related("department"):
        kind = "重要な変更前の再評価" if record.change_planned_on and record.next_review_due == record.change_planned_on \
            else "5年ごとの見直し"
        yield Due(kind, f"{record.department.name}: {record.system_name}", record.next_review_due, record,
                  f"/work/registers/assessments/{record.pk}/")


def finding_deadlines(findings):
    """The improvements audit findings ask for by a due date, from the confirmed audit until the department
    reports them (on the finding, or on its follow-up once the council has heard the audit)."""
    open_findings = findings.filter(audit__state=Audit.State.COMPLETED, due_date__isnull=False).select_related(
        "department", "audit", "follow_up")
    for finding in open_findings:
        if finding.answered:
            continue
        url = f"/work/meetings/followups/{finding.follow_up_id}/" if finding.follow_up_id \
            else f"/work/registers/audits/{finding.audit_id}/"
        yield Due(FINDING, f"{finding.department.name}: {finding}", finding.due_date, finding, url)


def visible_findings(user):
    """The findings whose improvement this user follows: the secretariat's city's, a department's own."""
    return rules.visible_findings(user, members=False)


def due_items(user, today):
    """Everything this user may see that falls due, earliest first, each with its days left."""
    incidents = rules.visible_incidents(user)
    items = list(incident_deadlines(incidents)) + list(notice_deadlines(incidents)) \
        + list(review_deadlines(rules.visible_assessments(user))) + list(finding_deadlines(visible_findings(user)))
    items.sort(key=lambda d: d.due)
    return [{"item": d, "days_left": d.days_left(today), "overdue_days": -d.days_left(today), "overdue": d.due < today}
            for d in items]


def all_due():
    return list(incident_deadlines(Incident.objects.all())) + list(notice_deadlines(Incident.objects.all())) \
        + list(review_deadlines(Assessment.objects.all())) \
        + list(finding_deadlines(AuditFinding.objects.all()))
