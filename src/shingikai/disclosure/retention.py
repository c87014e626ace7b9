"""保存期間 of the city's own 開示請求, 審査請求 and 漏えい等事案 records and of a withdrawn case's materials, and the ones
whose period is over (廃棄の対象).

A city's 文書管理規則 keeps a record for a number of years counted from the 4月1日 after the fiscal year the
matter was completed in (完結日: a request's decision, withdrawal or the 実施 of its disclosure, or the end of
its last appeal; an appeal's 裁決 or withdrawal). Once that period is over the requester's and the appellant's
names and contacts are what must go: the secretariat sees them listed here and erases them through
actions.erase_identity, which keeps an erasure record of each, so that neither the search of a person's
records, the register's exports nor a backup taken after holds them again. The number, dates and decision stay
for the yearly statistics.
"""
import datetime

from shingikai.jp.wareki import fiscal_year

from .deadlines import rules_for
from .models import Appeal, DisclosureRequest

ENDED_APPEALS = (Appeal.Status.RULED, Appeal.Status.WITHDRAWN)


def kept_until(completed_on, years):
    """The last day a record completed on `completed_on` is kept for `years` years (the 3月31日 ending it)."""
    return datetime.date(fiscal_year(completed_on) + 1 + years, 3, 31)


def appeal_completed_on(appeal):
    """The day an appeal's procedure ended, or None while it runs."""
    if appeal.status not in ENDED_APPEALS:
        return None
    return appeal.ruled_on or appeal.withdrawn_on or appeal.filed_on


def request_completed_on(request):
    """The day a request's matter ended (its appeals included), or None while any part of it runs."""
    if request.is_open:
        return None
    days = [request.decided_on or request.received_on, request.disclosure_on]
    for appeal in request.appeals.all():
        ended = appeal_completed_on(appeal)
        if ended is None:
            return None
        days.append(ended)
    return max(day for day in days if day)


class Period:
    """How long a record is kept and from when: `years` from the 4月1日 after the fiscal year of `completed_on`, to
    `kept_until`; both None while its matter runs (the period has not begun)."""

    def __init__(self, record, completed_on, years):
        self.record = record
        self.completed_on = completed_on
        self.years = years
        self.kept_until = kept_until(completed_on, years) if completed_on else None

    def over(self, today):
        return self.kept_until is not None and self.kept_until < today


def page_context(user, period, municipality, today):
    """A record's 保存期間 for its page (disclosure/_retention.html), and where the city's secretariat lists what is
    past it."""
    from django.urls import reverse

    from .access import secretariat_municipality_ids

    return {"period": period, "period_over": period.over(today),
            "retention_url": (reverse("disclosure:retention", kwargs={"city": municipality.slug})
                              if municipality.pk in secretariat_municipality_ids(user) else "")}


def request_period(request, rules=None):
    return Period(request, request_completed_on(request),
                  (rules or rules_for(request.municipality)).request_retention_years)


def appeal_period(appeal, rules=None):
    return Period(appeal, appeal_completed_on(appeal),
                  (rules or rules_for(appeal.request.municipality)).appeal_retention_years)


def incident_completed_on(incident):
    """The day a 漏えい等事案's handling ended: its last report or notice (法第68条), or the day it was found when it
    needed neither; None while the 確報 or the notice of a reportable one is outstanding (as erasure waits for)."""
    if incident.reportable and incident.final_filed_on is None or incident.notice_pending:
        return None
    days = (incident.discovered_on, incident.preliminary_filed_on, incident.final_filed_on, incident.notified_people_on)
    return max(day for day in days if day)


def incident_period(incident, rules=None):
    return Period(incident, incident_completed_on(incident),
                  (rules or rules_for(incident.department.municipality)).incident_retention_years)


def incidents_due(municipality, today):
    """The city's 漏えい等事案 kept past their 保存期間 whose people (本人の範囲, 通知の方法) are still recorded, oldest
    first: listed for the secretariat, who erases each on its page (registers.actions.erase_incident_people)."""
    from shingikai.registers.models import Incident

    rules = rules_for(municipality)
    incidents = (Incident.objects.filter(department__municipality=municipality).exclude(whose="", notice_method="")
                 .select_related("department"))
    due = [period for period in (incident_period(i, rules) for i in incidents) if period.over(today)]
    return sorted(due, key=lambda p: (p.kept_until, p.record.pk))


def case_withdrawn_on(case):
    """The day a withdrawn case was withdrawn (the first day of its latest 取下げ, a 取消し of an earlier one aside),
    or None while it is not withdrawn."""
    from django.utils import timezone

    from shingikai.cases.models import Case

    if case.status != Case.Status.WITHDRAWN:
        return None
    before = case.history.exclude(status=Case.Status.WITHDRAWN).order_by("-history_id").values_list(
        "history_id", flat=True).first()
    row = case.history.filter(status=Case.Status.WITHDRAWN, history_id__gt=before or 0).order_by("history_id").first()
    # A case withdrawn with no history row of it (written before the history was kept): its last change.
    return timezone.localdate(row.history_date if row else case.updated_at)


def withdrawn_case_period(case, rules=None):
    return Period(case, case_withdrawn_on(case),
                  (rules or rules_for(case.council.municipality)).withdrawn_case_retention_years)


def withdrawn_cases_due(municipality, today):
    """The city's withdrawn cases kept past their 保存期間 that still hold materials, oldest first: listed for the
    secretariat, who erases each material on the case's page (cases.actions.erase_attachment)."""
    from shingikai.cases.models import Case

    rules = rules_for(municipality)
    cases = (Case.objects.filter(council__municipality=municipality, status=Case.Status.WITHDRAWN,
                                 attachments__isnull=False).distinct().select_related("council"))
    due = [period for period in (withdrawn_case_period(c, rules) for c in cases) if period.over(today)]
    return sorted(due, key=lambda p: (p.kept_until, p.record.pk))


class Due(Period):
    """One record whose 保存期間 is over and whose person's data is still held."""

    @property
    def is_appeal(self):
        return isinstance(self.record, Appeal)

    @property
    def kind(self):
        return "審査請求" if self.is_appeal else "開示請求"

    @property
    def number(self):
        return self.record.request.number if self.is_appeal else self.record.number


def due_for_disposal(municipality, today):
    """The city's ended requests and appeals kept past their 保存期間 whose requester's or appellant's name or
    contact is still recorded, oldest first."""
    rules = rules_for(municipality)
    due = []
    requests = (DisclosureRequest.objects.filter(municipality=municipality)
                .exclude(requester_name="", requester_contact="").prefetch_related("appeals"))
    for request in requests:
        completed = request_completed_on(request)
        if completed and kept_until(completed, rules.request_retention_years) < today:
            due.append(Due(request, completed, rules.request_retention_years))
    appeals = (Appeal.objects.filter(request__municipality=municipality, status__in=ENDED_APPEALS)
               .exclude(appellant_name="").select_related("request"))
    for appeal in appeals:
        completed = appeal_completed_on(appeal)
        if kept_until(completed, rules.appeal_retention_years) < today:
            due.append(Due(appeal, completed, rules.appeal_retention_years))
    return sorted(due, key=lambda d: (d.kept_until, d.kind, d.number))
