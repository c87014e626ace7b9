"""The registers' non-public records in the JSON API, for staff: 漏えい等事案 (/api/registers/incidents),
特定個人情報保護評価書 with the council's 第三者点検 (/api/registers/assessments) and 監査 (/api/registers/audits).

The same rules as the work screens (registers/access.py): a department reads its own records, the
secretariat every record of its municipality, a member what is on the council's agenda; anyone else,
the public included, gets 401 (no session or token) or the same 404 for every id. Responses are never
cached or shared across origins (api/endpoints.py). Sign in with the browser session or send
`Authorization: Bearer TOKEN` (`shingikai api-token USERNAME`).
"""
import datetime as dt

from django.db.models import Prefetch
from ninja import Field, Query, Router, Schema

from shingikai import access_record
from shingikai.api.paging import page_of
from shingikai.api.schemas import FiscalYear, Page, PageParams
from shingikai.api.tokens import STAFF_AUTH
from shingikai.ids import record_or_404

from . import access as rules

router = Router(tags=["registers (staff)"], auth=STAFF_AUTH)


class Refusal(Schema):
    detail: str = Field(description="理由 (日本語)")


class AgendaRef(Schema):
    meeting_id: int
    meeting_date: dt.date | None
    council: str
    title: str = Field(description="会議次第での件名")
    is_public: bool = Field(description="公開の議題か")


class IncidentOut(Schema):
    id: int
    department: str = Field(description="担当課")
    title: str = Field(description="事案の概要")
    kind: str = Field(description="漏えい / 滅失 / 毀損")
    discovered_on: dt.date = Field(description="発覚日 (知った日)")
    occurred_on: dt.date | None = Field(description="発生日")
    what_leaked: str = Field(description="漏えい等した個人情報の項目")
    whose: str = Field(description="本人の範囲")
    people_count: int = Field(description="本人の数")
    cause: str
    sensitive: bool = Field(description="要配慮個人情報を含む")
    ordinance_sensitive: bool = Field(description="条例要配慮個人情報を含む")
    financial_harm: bool = Field(description="財産的被害が生じるおそれ")
    wrongful_purpose: bool = Field(description="不正の目的によるおそれ")
    reportable: bool = Field(description="個人情報保護委員会への報告の対象 (規則第43条)")
    report_reasons: list[str]
    preliminary_due: dt.date | None = Field(description="速報の期限")
    preliminary_filed_on: dt.date | None
    preliminary_late_days: int = Field(description="速報を期限後に提出した日数 (期限内・未提出は0)")
    preliminary_late_reason: str = Field(description="速報が期限後になった理由 (期限後の提出のとき)")
    final_due: dt.date | None = Field(description="確報の期限 (30日、不正の目的では60日。行政機関の休日に当たるときはその翌日)")
    final_filed_on: dt.date | None
    final_late_days: int = Field(description="確報を期限後に提出した日数 (期限内・未提出は0)")
    final_late_reason: str = Field(description="確報が期限後になった理由 (期限後の提出のとき)")
    notified_people_on: dt.date | None = Field(description="本人への通知日")
    notice_method: str
    notice_waived_reason: str = Field(description="本人への通知を要しない理由 (法第68条第2項ただし書の代替措置)")
    recurrence_measures: str = Field(description="再発防止策")
    agenda: AgendaRef | None = Field(description="審議会への報告 (会議次第の項目)")


class InspectionOut(Schema):
    agenda: AgendaRef | None
    findings: list[str] = Field(description="点検の結果 (所見)")
    requests: list[str] = Field(description="実施機関への要請事項")
    concluded_on: dt.date | None


class AssessmentOut(Schema):
    id: int
    department: str
    system_name: str = Field(description="評価実施事務 (システム)")
    version: int
    reason: str = Field(description="新規 / 重要な変更 / 一定期間 (5年) 経過")
    subject_count: int = Field(description="対象人数")
    handler_count: int = Field(description="取扱者数")
    incident_in_past_year: bool = Field(description="過去1年以内の重大事故")
    level: str = Field(description="しきい値判断の結果")
    state: str
    summary: str
    comment_start: dt.date | None = Field(description="意見募集の開始日")
    comment_end: dt.date | None
    comment_count: int | None = Field(description="寄せられた意見の数 (null: 未記録)")
    comment_result: str = Field(description="寄せられた意見の概要")
    comment_response: str = Field(description="意見に対する実施機関の対応")
    submitted_on: dt.date | None = Field(description="個人情報保護委員会への提出日")
    change_planned_on: dt.date | None = Field(description="重要な変更の予定日")
    change_description: str
    next_review_due: dt.date | None = Field(description="次回の見直し期限")
    superseded: bool
    inspection: InspectionOut | None = Field(description="審議会による第三者点検")


class FindingOut(Schema):
    department: str
    text: str = Field(description="指摘事項")
    request: str = Field(description="求める改善")
    due_date: dt.date | None


class AuditOut(Schema):
    id: int
    municipality: str
    title: str
    fiscal_year: int
    auditor: str
    scope: str
    departments: list[str] = Field(description="監査対象課")
    conducted_from: dt.date
    conducted_to: dt.date
    summary: str
    state: str
    findings: list[FindingOut]
    agenda: AgendaRef | None


class IncidentPage(Page):
    items: list[IncidentOut]


class AssessmentPage(Page):
    items: list[AssessmentOut]


class AuditPage(Page):
    items: list[AuditOut]


class RegisterFilters(Schema):
    fiscal_year: FiscalYear = Field(None, description="年度 (4月始まり): 2024、令和6年度、R6")


def _agenda(item):
    if item is None:
        return None
    meeting = item.meeting
    return {"meeting_id": meeting.pk, "meeting_date": meeting.date, "council": meeting.council.name,
            "title": item.title, "is_public": item.is_public}


def _incident(request, record):
    return {
        "id": record.pk, "department": record.department.name, "title": record.title,
        "kind": record.get_kind_display(), "reportable": record.reportable, "report_reasons": record.report_reasons,
        "preliminary_due": record.preliminary_due, "final_due": record.final_due,
        "agenda": _agenda(record.agenda_item),
        # A reason kept from before a correction made the report timely is no reason for anything.
        "preliminary_late_reason": record.preliminary_late_reason if record.preliminary_late_days else "",
        "final_late_reason": record.final_late_reason if record.final_late_days else "",
        **{name: getattr(record, name) for name in (
            "discovered_on", "occurred_on", "what_leaked", "whose", "people_count", "cause", "sensitive",
            "ordinance_sensitive", "financial_harm", "wrongful_purpose", "preliminary_filed_on", "final_filed_on",
            "notified_people_on", "notice_method", "recurrence_measures", "preliminary_late_days", "final_late_days",
            "notice_waived_reason")},
    }


def _assessment(request, record):
    inspection = getattr(record, "inspection", None)
    return {
        "id": record.pk, "department": record.department.name, "reason": record.get_reason_display(),
        "level": record.get_level_display(), "state": record.get_state_display(),
        "inspection": None if inspection is None else {
            "agenda": _agenda(inspection.agenda_item), "findings": inspection.finding_lines,
            "requests": inspection.request_lines, "concluded_on": inspection.concluded_on,
        },
        **{name: getattr(record, name) for name in (
            "system_name", "version", "subject_count", "handler_count", "incident_in_past_year", "summary",
            "comment_start", "comment_end", "comment_count", "comment_result", "comment_response", "submitted_on", "change_planned_on",
            "change_description", "next_review_due", "superseded")},
    }


def _audit(request, record):
    return {
        "id": record.pk, "municipality": record.municipality.name, "state": record.get_state_display(),
        "departments": [d.name for d in record.departments.all()],
        "findings": [{"department": f.department.name, "text": f.text, "request": f.request, "due_date": f.due_date}
                     for f in record.findings.all()],
        "agenda": _agenda(record.agenda_item),
        **{name: getattr(record, name) for name in (
            "title", "fiscal_year", "auditor", "scope", "conducted_from", "conducted_to", "summary")},
    }


AGENDA = ("agenda_item__meeting__council",)
INCIDENT, ASSESSMENT, AUDIT = rules.INCIDENT, rules.ASSESSMENT, rules.AUDIT


def _in_year(queryset, field, fiscal_year):
    if fiscal_year is None:
        return queryset
    return queryset.filter(**{f"{field}__range": (dt.date(fiscal_year, 4, 1), dt.date(fiscal_year + 1, 3, 31))})


def _incidents(request):
    return rules.visible_incidents(request.user).select_related("department", *AGENDA)


def _assessments(request):
    return rules.visible_assessments(request.user).select_related(
        "department", "inspection__agenda_item__meeting__council")


def _audits(request):
    # A department named in an audit reads its own findings in it, not the other departments'.
    findings = Prefetch("findings", queryset=rules.visible_findings(request.user).select_related("department"))
    return (rules.visible_audits(request.user).select_related("municipality", *AGENDA)
            .prefetch_related("departments", findings))


def _read(request, what, record):
    """Record the read of one non-public record, as its page would be (docs/audit.md): by the token's user when a
    script reads it with a token."""
    access_record.record_read(request, what, record)
    return record


def _read_page(request, what, records, paging, serialize):
    """One page of a list, its read recorded once: the records it handed out, and the city they belong to when
    they are all of one."""
    seen = []
    page = page_of(request, records, paging, serialize, prepare=seen.extend)
    owners = {access_record.owner_of(record) for record in seen}
    council_id, municipality_id = owners.pop() if len(owners) == 1 else (None, None)
    shown = "、".join(str(record.pk) for record in seen) or "なし"
    access_record.record(request, access_record.READ, f"{what}の一覧", f"{paging.page}ページ目 (ID: {shown})",
                         council_id=council_id, municipality_id=municipality_id)
    return page


@router.get("/incidents", response={200: IncidentPage, 401: Refusal},
            summary="漏えい等事案 (staff: own department, secretariat, members on agenda)")
def list_incidents(request, filters: Query[RegisterFilters], paging: Query[PageParams]):
    records = _in_year(_incidents(request), "discovered_on", filters.fiscal_year).order_by("-discovered_on", "-id")
    return _read_page(request, INCIDENT, records, paging, _incident)


@router.get("/incidents/{int:incident_id}", response={200: IncidentOut, 401: Refusal, 404: Refusal})
def get_incident(request, incident_id: int):
    return _incident(request, _read(request, INCIDENT, record_or_404(_incidents(request), incident_id)))


@router.get("/assessments", response={200: AssessmentPage, 401: Refusal},
            summary="特定個人情報保護評価書と第三者点検 (staff)")
def list_assessments(request, paging: Query[PageParams]):
    return _read_page(request, ASSESSMENT, _assessments(request).order_by("system_name", "-version", "id"), paging,
                      _assessment)


@router.get("/assessments/{int:assessment_id}", response={200: AssessmentOut, 401: Refusal, 404: Refusal})
def get_assessment(request, assessment_id: int):
    return _assessment(request, _read(request, ASSESSMENT, record_or_404(_assessments(request), assessment_id)))


@router.get("/audits", response={200: AuditPage, 401: Refusal}, summary="特定個人情報の取扱いに関する監査 (staff)")
def list_audits(request, filters: Query[RegisterFilters], paging: Query[PageParams]):
    records = _audits(request).order_by("-fiscal_year", "-id")
    if filters.fiscal_year is not None:
        records = records.filter(fiscal_year=filters.fiscal_year)
    return _read_page(request, AUDIT, records, paging, _audit)


@router.get("/audits/{int:audit_id}", response={200: AuditOut, 401: Refusal, 404: Refusal})
def get_audit(request, audit_id: int):
    return _audit(request, _read(request, AUDIT, record_or_404(_audits(request), audit_id)))
