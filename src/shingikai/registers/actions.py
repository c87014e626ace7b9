"""Actions on the registers. Each runs in a transaction and raises ActionRefused (saving nothing) when a
rule forbids the change. `by` is the acting user; None means the system (demo loader, tests): a user
given as `by` must hold the role the rule names.
"""
from django.db import transaction
from django.utils import timezone

from shingikai import access
from shingikai.cases.checklist import required_evaluation
from shingikai.errors import ActionRefused
from shingikai.history import check_unchanged, delete_with_file, reason_note, save_by
from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions as meeting_actions
from shingikai.meetings.models import AgendaItem, Decision, FollowUp, Meeting
from shingikai.settling import not_in_future, settling_date, today, within_reach
from shingikai.uploads import check_upload

from .access import secretariat_municipality_ids
from .models import (
    Assessment, AssessmentDocument, Audit, AuditFinding, Incident, Inspection, PersonalInfoFile, SensitiveReport,
)

#: 評価指針: the 全項目評価書 is open to residents' comments for 30 days or more.
MIN_COMMENT_DAYS = 30
#: 評価指針: an assessment is re-done within five years of the last one.
REVIEW_YEARS = 5


def _lock(obj):
    return type(obj).objects.select_for_update().get(pk=obj.pk)


def _require_department(by, department):
    if by is None or getattr(by, "is_superuser", False):
        return
    own = access.department_of(by)
    if own is None or own.pk != department.pk:
        raise ActionRefused("他の課の台帳は変更できません。")


def require_secretariat(by, municipality):
    if by is None:
        return
    if municipality.pk not in secretariat_municipality_ids(by):
        raise ActionRefused("この操作は事務局のみが行えます。")


def _set_fields(obj, fields, allowed):
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ActionRefused(f"変更できない項目です: {'、'.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(obj, name, value.strip() if isinstance(value, str) else value)


def _require_filled(obj, names):
    missing = [str(obj._meta.get_field(n).verbose_name) for n in names
               if getattr(obj, n) is None or (isinstance(getattr(obj, n), str) and not getattr(obj, n).strip())]
    if missing:
        raise ActionRefused(f"{'、'.join(missing)}を入力してください。")


def _check_version(obj, expected_version):
    if expected_version is not None and obj.version != expected_version:
        raise ActionRefused("ほかの人がこの記録を変更しました。画面を開き直してから、もう一度入力してください。",
                            code="conflict")


def _agenda_item(meeting, municipality, *, kind, title, departments=(), is_public=True, closed_reason=""):
    if meeting.council.municipality_id != municipality.pk:
        raise ActionRefused("別の自治体の審議会の会議には載せられません。")
    return meeting_actions.add_item(meeting, kind=kind, title=title, departments=departments, is_public=is_public,
                                    closed_reason=closed_reason)


def add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# --- 個人情報ファイル簿 ------------------------------------------------------------------------

FILE_FIELDS = (
    "name", "holding_body", "kind", "purpose", "record_items", "record_scope", "subject_count", "collection_method",
    "contains_sensitive", "contains_ordinance_sensitive", "sensitive_note", "regular_recipients", "storage",
    "retention", "request_office", "special_procedures", "invites_anonymised_proposals", "remarks",
)
FILE_REQUIRED = ("name", "purpose", "record_items", "record_scope", "subject_count", "collection_method",
                 "retention", "request_office")


@transaction.atomic
@within_reach
def create_file(department, *, by=None, **fields):
    _require_department(by, department)
    return save_by(_new_file(department, fields), by)


def _new_file(department, fields):
    record = PersonalInfoFile(department=department)
    _set_fields(record, fields, FILE_FIELDS)
    if not (record.name or "").strip():
        raise ActionRefused("個人情報ファイルの名称を入力してください。")
    return record


@transaction.atomic
@within_reach
def enter_registered_file(department, *, registered_on, by=None, **fields):
    """The secretariat enters a file the city registered before it kept its register here (the import of its
    past 個人情報ファイル簿, registers/file_import.py): complete as a submitted file must be, registered on its own
    登載日, and published at once when it has 1,000 people or more, as register_file would."""
    require_secretariat(by, department.municipality)
    if department.merged_into_id is not None or department.imported:
        raise ActionRefused(f"「{department.name}」は統合された課、または市の課ではないため、ファイルを登載できません。")
    record = _new_file(department, fields)
    _check_complete(record)
    if registered_on is None:
        raise ActionRefused("登載日を入力してください。")
    not_in_future(registered_on, "登載日")
    if PersonalInfoFile.objects.filter(department=department, name=record.name).exclude(
            state=PersonalInfoFile.State.RETIRED).exists():
        raise ActionRefused(f"「{department.name}」にはすでに同じ名称のファイル「{record.name}」があります。")
    record.state = PersonalInfoFile.State.REGISTERED
    record.registered_on = registered_on
    return save_by(record, by)


@transaction.atomic
@within_reach
def update_file(record, *, by=None, expected_version=None, **fields):
    """The department corrects its file. A draft, or a file under review, changes at once. A registered file
    is public (法第75条), so its change is a 変更案 the secretariat confirms like a new file (register_change
    or return_change); until then the register, its public page, CSV and API keep what was registered.
    History keeps every version of both."""
    record = _lock(record)
    _require_department(by, record.department)
    _check_version(record, expected_version)
    if record.state == PersonalInfoFile.State.RETIRED:
        raise ActionRefused("廃止したファイルは変更できません。")
    if record.retirement_pending:
        raise ActionRefused("廃止を申し出ているファイルは変更できません。変更するには廃止の申出を取り下げてください。")
    if record.state == PersonalInfoFile.State.REGISTERED:
        return _propose_change(record, fields, by)
    _set_fields(record, fields, FILE_FIELDS)
    if record.state != PersonalInfoFile.State.DRAFT:
        _require_filled(record, FILE_REQUIRED)
    record.version += 1
    return save_by(record, by)


def _check_complete(record):
    """What a file must hold to go to the secretariat, as a new file or as a 変更案."""
    _require_filled(record, FILE_REQUIRED)
    if record.contains_sensitive or record.contains_ordinance_sensitive:
        _require_filled(record, ["sensitive_note"])


def _propose_change(record, fields, by):
    proposal = record.as_proposed()
    _set_fields(proposal, fields, FILE_FIELDS)
    _check_complete(proposal)
    changed = {name: getattr(proposal, name) for name in FILE_FIELDS if getattr(proposal, name) != getattr(record, name)}
    if not changed:
        raise ActionRefused("登載中の内容から変わっていません。変更案をやめるには「変更案を取り下げる」を使ってください。"
                            if record.proposed else "登載中の内容から変わっていません。")
    record.proposed, record.review_comment = changed, ""
    record.version += 1
    return save_by(record, by)


def _pending_change(record, by, what):
    record = _lock(record)
    require_secretariat(by, record.department.municipality)
    if record.state != PersonalInfoFile.State.REGISTERED or not record.proposed:
        raise ActionRefused(f"{what}できる変更案がありません。")
    return record


@transaction.atomic
@within_reach
def register_change(record, *, on=None, by=None):
    """The secretariat registers a registered file's 変更案 on its 変更日 (today when not given): from now the
    register publishes it (a file brought under 1,000 people leaves the public register, as it would on
    registration), and the 変更日 goes with the file into the 備考 of the published register."""
    record = _pending_change(record, by, "登載")
    on = _register_day(record, on, "変更日")
    _set_fields(record, record.proposed, FILE_FIELDS)
    record.change_dates = [*record.change_dates, on.isoformat()]
    return _drop_proposal(record, by)


def _register_day(record, on, what):
    """The day a change or a 廃止 is registered: today when not given, not in the future, not before the file
    was registered."""
    on = settling_date(on, what)
    if record.registered_on and on < record.registered_on:
        raise ActionRefused(f"{what} ({to_wareki(on)}) が登載日 ({to_wareki(record.registered_on)}) より前です。")
    return on


def _drop_proposal(record, by):
    record.proposed, record.review_comment = {}, ""
    record.version += 1
    return save_by(record, by)


@transaction.atomic
def return_change(record, *, comment, by=None):
    """The secretariat sends a 変更案 back with its comment; the department amends it (or withdraws it), the
    registered content staying published meanwhile."""
    record = _pending_change(record, by, "差戻し")
    record.review_comment = _return_reason(comment)
    record.version += 1
    return save_by(record, by)


def _return_reason(comment):
    if not comment.strip():
        raise ActionRefused("差戻しの理由を入力してください。")
    return comment.strip()


@transaction.atomic
def withdraw_change(record, *, by=None):
    """The department drops its 変更案; the file stays as registered."""
    record = _lock(record)
    _require_department(by, record.department)
    if not record.proposed:
        raise ActionRefused("取り下げる変更案がありません。")
    return _drop_proposal(record, by)


@transaction.atomic
def submit_file(record, *, by=None):
    record = _lock(record)
    _require_department(by, record.department)
    if record.state != PersonalInfoFile.State.DRAFT:
        raise ActionRefused(f"{record.get_state_display()}のファイルは提出できません。")
    _check_complete(record)
    record.state = PersonalInfoFile.State.SUBMITTED
    record.version += 1
    return save_by(record, by)


def _under_review(record, by, what):
    record = _lock(record)
    require_secretariat(by, record.department.municipality)
    if record.state != PersonalInfoFile.State.SUBMITTED:
        raise ActionRefused(f"{what}できるのは事務局確認中のファイルのみです。")
    return record


@transaction.atomic
@within_reach
def register_file(record, *, on, by=None):
    """The secretariat enters the file in the register; files of 1,000 people or more are then published."""
    record = _under_review(record, by, "登載")
    not_in_future(on, "登載日")
    record.state = PersonalInfoFile.State.REGISTERED
    record.registered_on = on
    record.review_comment = ""
    record.version += 1
    return save_by(record, by)


@transaction.atomic
def return_file(record, *, comment, by=None):
    record = _under_review(record, by, "差戻し")
    record.state = PersonalInfoFile.State.DRAFT
    record.review_comment = _return_reason(comment)
    record.version += 1
    return save_by(record, by)


@transaction.atomic
@within_reach
def propose_retirement(record, *, on, reason, by=None):
    """The department proposes to retire (廃止) a registered file from its 廃止日. Like a change, it waits for
    the secretariat (register_retirement or return_retirement): a click by mistake no longer takes a published
    file off the register, and the file stays published meanwhile."""
    record = _lock(record)
    _require_department(by, record.department)
    if record.state != PersonalInfoFile.State.REGISTERED:
        raise ActionRefused("登載済のファイルのみ廃止できます。")
    if record.retirement_pending:
        raise ActionRefused("このファイルはすでに廃止を申し出ています。")
    reason = (reason or "").strip()
    if on is None or not reason:
        raise ActionRefused("廃止日と廃止の理由を入力してください。")
    _register_day(record, on, "廃止日")
    record.retired_on, record.retire_reason, record.review_comment = on, reason, ""
    record.version += 1
    return save_by(record, by)


def _pending_retirement(record, by, what):
    record = _lock(record)
    require_secretariat(by, record.department.municipality)
    if not record.retirement_pending:
        raise ActionRefused(f"{what}できる廃止の申出がありません。")
    return record


@transaction.atomic
def register_retirement(record, *, by=None):
    """The secretariat registers the proposed 廃止: the file leaves the register (and every public output) with
    its 廃止日 and reason; a change still pending on it is moot."""
    record = _pending_retirement(record, by, "登載")
    record.state = PersonalInfoFile.State.RETIRED
    record.proposed, record.review_comment = {}, ""
    record.version += 1
    return save_by(record, by)


@transaction.atomic
def return_retirement(record, *, comment, by=None):
    """The secretariat sends a 廃止 proposal back with its comment; the file stays registered."""
    record = _pending_retirement(record, by, "差戻し")
    record.review_comment = _return_reason(comment)
    return _drop_retirement(record, by)


@transaction.atomic
def withdraw_retirement(record, *, by=None):
    """The department drops its 廃止 proposal (a click by mistake, a date to correct)."""
    record = _lock(record)
    _require_department(by, record.department)
    if not record.retirement_pending:
        raise ActionRefused("取り下げる廃止の申出がありません。")
    return _drop_retirement(record, by)


def _drop_retirement(record, by):
    record.retired_on, record.retire_reason = None, ""
    record.version += 1
    return save_by(record, by)


#: history_change_reason holds 100 characters.
REINSTATE_REASON_MAX = 90


@transaction.atomic
def reinstate_file(record, *, reason, by=None):
    """The secretariat undoes a 廃止 registered by mistake: the file is registered (and published) again as it
    was, the 廃止日 and reason kept in its history with the reason for undoing it."""
    record = _lock(record)
    require_secretariat(by, record.department.municipality)
    if record.state != PersonalInfoFile.State.RETIRED:
        raise ActionRefused("廃止したファイルのみ廃止を取り消せます。")
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused("廃止を取り消す理由を入力してください。")
    if len(reason) > REINSTATE_REASON_MAX:
        raise ActionRefused(f"廃止を取り消す理由は{REINSTATE_REASON_MAX}文字以内で入力してください。")
    record.state = PersonalInfoFile.State.REGISTERED
    record._change_reason = f"廃止の取消: {reason}"
    return _drop_retirement(record, by)


@transaction.atomic
def link_case(record, case, *, by=None):
    """Note that a case touches this file; once the case is decided the file shows the change."""
    record = _lock(record)
    _require_department(by, record.department)
    if case.council.municipality_id != record.department.municipality_id:
        raise ActionRefused("別の自治体の案件は関連付けられません。")
    involved = case.department_id == record.department_id or case.involved.filter(department=record.department).exists()
    if not involved:
        raise ActionRefused("この課が関わっていない案件は関連付けられません。")
    record.cases.add(case)
    record.version += 1
    return save_by(record, by)


@transaction.atomic
def unlink_case(record, case, *, by=None):
    record = _lock(record)
    _require_department(by, record.department)
    record.cases.remove(case)
    record.version += 1
    return save_by(record, by)


@transaction.atomic
@within_reach
def report_sensitive_files(meeting, *, as_of, by=None, is_public=True, closed_reason=""):
    """Put 「要配慮個人情報の取扱状況」 on the agenda, generated from the register as of `as_of`."""
    municipality = meeting.council.municipality
    require_secretariat(by, municipality)
    not_in_future(as_of, "要配慮個人情報の取扱状況の基準日")
    item = _agenda_item(meeting, municipality, kind=AgendaItem.Kind.REPORT,
                        title=f"要配慮個人情報の取扱状況について ({to_wareki(as_of)}現在)", is_public=is_public,
                        closed_reason=closed_reason)
    return SensitiveReport.objects.create(municipality=municipality, as_of=as_of, agenda_item=item)


# --- 特定個人情報保護評価 ----------------------------------------------------------------------

def threshold_level(subject_count, handler_count, incident_in_past_year):
    """しきい値判断, by the checklist's rule (cases/checklist.py) so the two never disagree."""
    level = required_evaluation(subject_count, handler_count, incident_in_past_year)
    return level or Assessment.Level.NONE


def _check_counts(subject_count, handler_count):
    """An 評価書 is required for a file of 1,000 people or more, and such a file is handled by someone: a
    取扱者数 of 0 would be a typing slip that also lowers the しきい値判断 (500 handlers raise it)."""
    if subject_count is None or handler_count is None:
        raise ActionRefused("対象人数と取扱者数を入力してください。")
    if handler_count < 1 and threshold_level(subject_count, handler_count, False) != Assessment.Level.NONE:
        raise ActionRefused("取扱者数を入力してください (特定個人情報ファイルを取り扱う職員等の数。0人にはなりません)。")


@transaction.atomic
def assess_threshold(department, *, system_name, subject_count, handler_count, incident_in_past_year=False,
                     reason=Assessment.Reason.NEW, summary="", by=None):
    """しきい値判断: start the next version of a system's 評価書 at the level the counts require."""
    _require_department(by, department)
    if not (system_name or "").strip():
        raise ActionRefused("評価実施事務 (システム) の名称を入力してください。")
    _check_counts(subject_count, handler_count)
    versions = Assessment.objects.select_for_update().filter(department=department, system_name=system_name.strip())
    if versions.exclude(state=Assessment.State.SUBMITTED).exists():
        raise ActionRefused("この事務には提出前の評価書があります。その評価書を続けてください。")
    latest = versions.order_by("-version").first()
    record = Assessment(
        department=department, system_name=system_name.strip(), version=(latest.version + 1) if latest else 1,
        reason=reason, subject_count=subject_count, handler_count=handler_count,
        incident_in_past_year=incident_in_past_year, summary=summary,
        level=threshold_level(subject_count, handler_count, incident_in_past_year),
    )
    return save_by(record, by)


@transaction.atomic
@within_reach
def update_assessment(record, *, by=None, **fields):
    record = _lock(record)
    _require_department(by, record.department)
    if record.state == Assessment.State.SUBMITTED:
        raise ActionRefused("提出済の評価書は変更できません。見直しは新しい版で行います。")
    _set_fields(record, fields, ("subject_count", "handler_count", "incident_in_past_year", "summary"))
    _check_counts(record.subject_count, record.handler_count)
    level = threshold_level(record.subject_count, record.handler_count, record.incident_in_past_year)
    if level != record.level and record.state != Assessment.State.DRAFT:
        raise ActionRefused("しきい値判断の結果が変わるため、意見募集の前からやり直してください。")
    record.level = level
    return save_by(record, by)


def comment_days(start, end):
    """Days of a comment period, both ends counted."""
    return (end - start).days + 1


@transaction.atomic
@within_reach
def open_comment_period(record, *, start, end, by=None):
    """Set the 意見募集 period, or correct it (kept in the history) until the 評価書 is submitted."""
    record = _lock(record)
    _require_department(by, record.department)
    if record.level != Assessment.Level.FULL:
        raise ActionRefused("住民等からの意見聴取は全項目評価で行います。")
    if record.state == Assessment.State.SUBMITTED:
        raise ActionRefused("個人情報保護委員会へ提出済の評価書の意見募集の期間は訂正できません。")
    if start is None or end is None or end < start:
        raise ActionRefused("意見募集の開始日と終了日を正しく入力してください。")
    if comment_days(start, end) < MIN_COMMENT_DAYS:
        raise ActionRefused(f"意見募集の期間は{MIN_COMMENT_DAYS}日以上必要です ({comment_days(start, end)}日になっています)。")
    inspection = Inspection.objects.filter(assessment=record).select_related("agenda_item__meeting").first()
    meeting = inspection.agenda_item.meeting if inspection and inspection.agenda_item else None
    if meeting is not None and meeting.date is not None and meeting.date <= end:
        raise ActionRefused(f"第三者点検の会議 ({to_wareki(meeting.date)}) より前に終わる期間にしてください。")
    if record.comment_count is not None and end >= today():
        raise ActionRefused("寄せられた意見を記録済です。まだ終わっていない期間には訂正できません。")
    record.comment_start, record.comment_end = start, end
    if record.state == Assessment.State.DRAFT:
        record.state = Assessment.State.COMMENT
    return save_by(record, by)


@transaction.atomic
def record_comments(record, *, count, summary="", response="", by=None):
    """Record what the 意見募集 brought in: how many comments, their gist and what the city did about them.
    Printed in the 点検結果; corrected the same way (kept in the history) until the 評価書 is submitted."""
    record = _lock(record)
    _require_department(by, record.department)
    if record.comment_start is None:
        raise ActionRefused("意見募集の期間を設定してから、寄せられた意見を記録してください。")
    if record.state == Assessment.State.SUBMITTED:
        raise ActionRefused("個人情報保護委員会へ提出済の評価書の意見は訂正できません。")
    if record.comment_end >= today():
        raise ActionRefused(f"意見募集の期間 ({to_wareki(record.comment_end)}まで) が終わってから記録してください。")
    summary, response = (summary or "").strip(), (response or "").strip()
    if count is None or count < 0:
        raise ActionRefused("寄せられた意見の数を入力してください (なかったときは0)。")
    if count == 0 and (summary or response):
        raise ActionRefused("意見の数が0のときは、意見の概要と対応は空欄にしてください。")
    if count > 0 and not (summary and response):
        raise ActionRefused("寄せられた意見の概要と、それに対する実施機関の対応を入力してください。")
    record.comment_count, record.comment_result, record.comment_response = count, summary, response
    return save_by(record, by)


@transaction.atomic
def request_inspection(record, meeting, *, by=None, is_public=True, closed_reason=""):
    """The secretariat puts the 全項目評価書 on the council's agenda for its 第三者点検, after the comment period."""
    record = _lock(record)
    require_secretariat(by, record.department.municipality)
    if record.level != Assessment.Level.FULL:
        raise ActionRefused("第三者点検は全項目評価書について行います。")
    if record.state != Assessment.State.COMMENT:
        raise ActionRefused("意見募集を行った評価書のみ第三者点検に付せます。")
    if meeting.date is not None and meeting.date <= record.comment_end:
        raise ActionRefused("意見募集の終了後の会議に付してください。")
    if Inspection.objects.filter(assessment=record).exists():
        raise ActionRefused("この評価書はすでに第三者点検に付されています。")
    item = _agenda_item(meeting, record.department.municipality, kind=AgendaItem.Kind.CONSULTATION,
                        title=f"特定個人情報保護評価書 ({record.system_name}) の第三者点検について",
                        departments=[record.department], is_public=is_public, closed_reason=closed_reason)
    inspection = save_by(Inspection(assessment=record, agenda_item=item), by)
    record.state = Assessment.State.INSPECTION
    save_by(record, by)
    return inspection


def _check_result(inspection, findings, on):
    item = inspection.agenda_item
    if item is None:
        raise ActionRefused("第三者点検の議題がありません。")
    if item.meeting.state != Meeting.State.HELD and item.meeting.state != Meeting.State.OPEN:
        raise ActionRefused("点検する会議がまだ開催されていません。")
    if on is None or (item.meeting.date and on < item.meeting.date):
        raise ActionRefused("点検結果の日付は点検した会議の日以降にしてください。")
    not_in_future(on, "点検結果の日付")
    if not findings.strip():
        raise ActionRefused("点検の結果 (所見) を入力してください。")


@transaction.atomic
@within_reach
def conclude_inspection(inspection, *, findings, requests="", on, by=None):
    """Record the council's 点検結果 after the meeting that inspected the 評価書. Once recorded, it is changed
    only by correct_inspection, which keeps the rule on when it is settled."""
    inspection = _lock(inspection)
    require_secretariat(by, inspection.assessment.department.municipality)
    if inspection.concluded_on is not None:
        raise ActionRefused("点検結果はすでに記録されています。誤りは「点検結果を訂正する」から直してください。")
    _check_result(inspection, findings, on)
    inspection.findings, inspection.requests, inspection.concluded_on = findings.strip(), requests.strip(), on
    return save_by(inspection, by)


@transaction.atomic
@within_reach
def correct_inspection(inspection, *, findings, requests="", on, by=None, seen_mark=None):
    """Correct a recorded 点検結果 (its findings, requests or date), kept in the inspection's history.

    The 点検結果 is settled when the department submits the 評価書 to the 個人情報保護委員会: the result goes
    with it and is published with it, so from then on it is refused, as the 評価書 itself is. Until then the
    secretariat corrects it, even after the meeting's minutes are confirmed: the minutes record what was said
    at the meeting, while the 点検結果 is the council's letter, issued on its own date.
    `seen_mark`: the inspection's history_mark when the form was opened (a correction made meanwhile is kept).
    """
    inspection = _lock(inspection)
    assessment = Assessment.objects.select_for_update().get(pk=inspection.assessment_id)
    require_secretariat(by, assessment.department.municipality)
    if inspection.concluded_on is None:
        raise ActionRefused("点検結果がまだ記録されていません。")
    if assessment.state == Assessment.State.SUBMITTED:
        raise ActionRefused("評価書が個人情報保護委員会へ提出済のため、点検結果は訂正できません。"
                            "直すには評価書の新しい版で第三者点検をやり直してください。")
    check_unchanged(inspection, seen_mark)
    _check_result(inspection, findings, on)
    inspection.findings, inspection.requests, inspection.concluded_on = findings.strip(), requests.strip(), on
    return save_by(inspection, by)


def submission_problems(record, on, unrevised_reason=""):
    """What still stands between this 評価書 and its submission to the 個人情報保護委員会. `unrevised_reason`:
    why the 評価書 needs no 修正版 though the 点検 made requests, as the department gives it on submission."""
    problems = []
    if record.level == Assessment.Level.NONE:
        problems.append("対象人数が1,000人未満のため、評価の実施は義務付けられていません。")
    if record.level != Assessment.Level.FULL:
        return problems
    if record.comment_start is None or record.comment_end is None:
        problems.append("全項目評価には住民等からの意見聴取 (30日以上) が必要です。")
    elif comment_days(record.comment_start, record.comment_end) < MIN_COMMENT_DAYS:
        problems.append(f"意見募集の期間が{MIN_COMMENT_DAYS}日に足りません。")
    elif on is not None and on <= record.comment_end:
        problems.append("意見募集の期間が終わっていません。")
    elif record.comment_count is None:
        problems.append("意見募集で寄せられた意見 (なかったときは0件) を記録してください。")
    inspection = Inspection.objects.filter(assessment=record).first()
    if inspection is None or inspection.concluded_on is None:
        problems.append("全項目評価には審議会の第三者点検 (点検結果) が必要です。")
    elif on is not None and on < inspection.concluded_on:
        problems.append("提出日が第三者点検の結果より前です。")
    documents = AssessmentDocument.objects.filter(assessment=record)
    if not documents.exists():
        problems.append("評価書のファイルがありません。全項目評価書を「評価書の資料」に追加してください。")
    elif (inspection is not None and inspection.request_lines and not documents.filter(after_inspection=True).exists()
          and not (unrevised_reason or "").strip()):
        problems.append("第三者点検に要請事項があります。点検を受けて直した評価書を資料 (修正版) として追加するか、"
                        "評価書の修正を要しない理由を入力してください。")
    return problems


@transaction.atomic
@within_reach
def submit_assessment(record, *, on, unrevised_reason="", by=None):
    """Submit to the 個人情報保護委員会 and publish; the five-yearly review falls due from this date. A 全項目評価書
    goes with its file, and, where the 点検 made requests, with a 修正版 added after the 点検結果 or the reason
    none was needed (`unrevised_reason`, kept on the 評価書)."""
    record = _lock(record)
    _require_department(by, record.department)
    if record.state == Assessment.State.SUBMITTED:
        raise ActionRefused("この評価書はすでに提出されています。")
    if on is None:
        raise ActionRefused("提出日を入力してください。")
    problems = submission_problems(record, on, unrevised_reason)
    if problems:
        raise ActionRefused(" ".join(problems))
    record.state = Assessment.State.SUBMITTED
    record.submitted_on = on
    record.unrevised_reason = (unrevised_reason or "").strip()
    record.next_review_due = add_years(on, REVIEW_YEARS)
    save_by(record, by)
    for older in Assessment.objects.filter(department=record.department, system_name=record.system_name,
                                           version__lt=record.version, superseded=False):
        older.superseded = True
        save_by(older, by, update_fields=["superseded"])
    return record


@transaction.atomic
@within_reach
def record_significant_change(record, *, planned_on, description, by=None):
    """A 重要な変更 must be assessed again before it takes effect: the review falls due on the planned date."""
    record = _lock(record)
    _require_department(by, record.department)
    if record.state != Assessment.State.SUBMITTED or record.superseded:
        raise ActionRefused("現に有効な (提出済の) 評価書についてのみ重要な変更を記録できます。")
    if planned_on is None or not description.strip():
        raise ActionRefused("重要な変更の予定日と内容を入力してください。")
    record.change_planned_on, record.change_description = planned_on, description.strip()
    record.next_review_due = min(planned_on, add_years(record.submitted_on, REVIEW_YEARS))
    return save_by(record, by)


# --- 評価書の資料 -------------------------------------------------------------------------------

def _require_keeper(by, assessment):
    """The 評価書's files are kept by the department that wrote it and by the secretariat that brings it to the
    council; members read them."""
    if by is None or getattr(by, "is_superuser", False):
        return
    own = access.department_of(by)
    if own is not None and own.pk == assessment.department_id:
        return
    if assessment.department.municipality_id not in secretariat_municipality_ids(by):
        raise ActionRefused("評価書の資料を登録・変更できるのは、評価書の担当課と事務局です。")


def _concluded(assessment):
    return Inspection.objects.filter(assessment=assessment, concluded_on__isnull=False).exists()


def document_settled(document, assessment, *, concluded=None):
    """Why ``document`` may no longer be replaced or removed, or "" while it may. The files the council read
    are settled by its 点検結果 (a 修正版 added after it, by the submission), as the 評価書 is by its
    submission. ``concluded``: whether the 点検 is concluded, when the caller already knows."""
    if assessment.state == Assessment.State.SUBMITTED:
        return "個人情報保護委員会へ提出済の評価書の資料は、差し替えも削除もできません。"
    if concluded is None:
        concluded = _concluded(assessment)
    if concluded and not document.after_inspection:
        return ("第三者点検の結果が出たため、点検した資料は差し替えも削除もできません。"
                "点検を受けて直した評価書は、新しい資料 (修正版) として追加してください。")
    return ""


def _open_document(document, assessment):
    reason = document_settled(document, assessment)
    if reason:
        raise ActionRefused(reason)
    if AssessmentDocument.objects.filter(replaces=document).exists():
        raise ActionRefused("この資料には新しい版があります。最新の版を差し替えるか削除してください。")


@transaction.atomic
def add_assessment_document(assessment, *, title, file, replaces=None, by=None):
    """Attach a file to the 評価書, or (``replaces``) a new version of one of its files, which keeps its title
    unless another is given. The file is checked as every attachment is (uploads.check_upload)."""
    assessment = _lock(assessment)
    _require_keeper(by, assessment)
    if assessment.state == Assessment.State.SUBMITTED:
        raise ActionRefused("個人情報保護委員会へ提出済の評価書には資料を追加できません。見直しは新しい版で行います。")
    title = (title or "").strip()
    if replaces is not None:
        replaces = AssessmentDocument.objects.select_for_update().filter(pk=replaces.pk, assessment=assessment).first()
        if replaces is None:
            raise ActionRefused("差し替える資料が見つかりません。")
        _open_document(replaces, assessment)
        title = title or replaces.title
    if not title:
        raise ActionRefused("資料名を入力してください。")
    if file is None:
        raise ActionRefused("ファイルを選んでください。")
    check_upload(file)
    return save_by(AssessmentDocument(
        assessment=assessment, title=title, file=file, replaces=replaces,
        version=replaces.version + 1 if replaces else 1, after_inspection=_concluded(assessment),
        uploaded_by=by if getattr(by, "is_authenticated", False) else None), by)


@transaction.atomic
def remove_assessment_document(document, *, by=None):
    """Remove a file attached by mistake, until it is settled; the version it replaced, if any, is the
    current one again. The stored file goes once the removal is committed."""
    assessment = _lock(document.assessment)
    document = AssessmentDocument.objects.select_for_update().filter(pk=document.pk, assessment=assessment).first()
    if document is None:
        raise ActionRefused("削除する資料が見つかりません。")
    _require_keeper(by, assessment)
    _open_document(document, assessment)
    delete_with_file(document, by=by, reason="評価書の資料の削除", municipality_id=assessment.department.municipality_id)


# --- 漏えい等報告 ------------------------------------------------------------------------------

INCIDENT_FIELDS = (
    "title", "kind", "discovered_on", "occurred_on", "what_leaked", "whose", "people_count", "cause", "sensitive",
    "ordinance_sensitive", "financial_harm", "wrongful_purpose", "notice_method", "recurrence_measures",
)


@transaction.atomic
@within_reach
def record_incident(department, *, by=None, **fields):
    _require_department(by, department)
    record = Incident(department=department)
    _set_fields(record, fields, INCIDENT_FIELDS)
    _require_filled(record, ("title", "discovered_on", "what_leaked", "whose", "people_count"))
    _check_incident_dates(record)
    return save_by(record, by)


def _check_incident_dates(record):
    """An incident is recorded once it is known: it was found by today, and it happened before it was found."""
    not_in_future(record.discovered_on, "発覚日")
    not_in_future(record.occurred_on, "発生日")
    if record.occurred_on and record.occurred_on > record.discovered_on:
        raise ActionRefused("発生日が発覚日より後になっています。")
    # The reports are dated from the discovery (the 速報 form refuses a date before it), so a corrected
    # 発覚日 may not pass a report already filed: that would also move the 確報 deadline unnoticed.
    for filed_on, what in ((record.preliminary_filed_on, "速報の提出日"), (record.notified_people_on, "本人への通知日")):
        if filed_on and record.discovered_on > filed_on:
            raise ActionRefused(f"発覚日が{what} ({to_wareki(filed_on)}) より後になっています。"
                                f"{what}が誤りなら、先にそちらを訂正してください。")


def _check_open(record):
    if record.final_filed_on is not None:
        raise ActionRefused("確報を提出した事案は変更できません。")


@transaction.atomic
@within_reach
def update_incident(record, *, by=None, expected_version=None, **fields):
    record = _lock(record)
    _require_department(by, record.department)
    _check_version(record, expected_version)
    _check_open(record)
    _set_fields(record, fields, INCIDENT_FIELDS)
    _require_filled(record, ("title", "discovered_on", "what_leaked", "whose", "people_count"))
    _check_incident_dates(record)
    if record.preliminary_filed_on and not record.reportable:
        raise ActionRefused("速報を提出した事案を報告対象外にはできません。")
    if record.preliminary_late_days and not record.preliminary_late_reason:
        raise ActionRefused(f"この修正で、提出済みの速報 ({to_wareki(record.preliminary_filed_on)}) が期限 "
                            f"({to_wareki(record.preliminary_due)}) 後の提出になります。先に「速報の提出日を訂正する」で"
                            "期限後になった理由を記録してください。")
    record.version += 1
    return save_by(record, by)


def _late_reason(what, on, due, reason):
    """The reason a report filed on `on` went in after its `due` day: required then, as the 委員会 asks for it
    and the council hears it. One typed for a report in time is kept (shown only once the report is late): it is
    how a department records it before correcting a 発覚日 that makes a filed 速報 late (update_incident)."""
    reason = (reason or "").strip()
    if due is not None and on > due and not reason:
        raise ActionRefused(f"{what}の提出日 ({to_wareki(on)}) は期限 ({to_wareki(due)}) を{(on - due).days}日過ぎています。"
                            f"期限後になった理由を入力してください。")
    return reason


@transaction.atomic
@within_reach
def file_preliminary_report(record, *, on, late_reason="", by=None):
    """速報 to the 個人情報保護委員会; filed after its deadline, with the reason."""
    record = _lock(record)
    _require_department(by, record.department)
    _check_open(record)
    if not record.reportable:
        raise ActionRefused("この事案は報告対象 (要配慮・財産的被害・不正目的・100人超) に当たりません。")
    if record.preliminary_filed_on is not None:
        raise ActionRefused("速報はすでに提出されています。")
    _check_preliminary_date(record, on)
    record.preliminary_late_reason = _late_reason("速報", on, record.preliminary_due, late_reason)
    record.preliminary_filed_on = on
    record.version += 1
    return save_by(record, by)


def _check_preliminary_date(record, on):
    if on is None or on < record.discovered_on:
        raise ActionRefused("速報の提出日は発覚日以降にしてください。")
    not_in_future(on, "速報の提出日")


@transaction.atomic
@within_reach
def correct_preliminary_report(record, *, on, late_reason=None, by=None):
    """Correct the date of a 速報 entered wrongly, or the reason it was late, until the 確報 is filed (the
    department that filed it, or the secretariat that reviews the register); the history keeps what it replaces.
    `late_reason` None keeps the reason on record."""
    record = _lock(record)
    if by is None or record.department.municipality_id not in secretariat_municipality_ids(by):
        _require_department(by, record.department)
    _check_open(record)
    if record.preliminary_filed_on is None:
        raise ActionRefused("速報がまだ提出されていません。")
    _check_preliminary_date(record, on)
    record.preliminary_late_reason = _late_reason(
        "速報", on, record.preliminary_due, record.preliminary_late_reason if late_reason is None else late_reason)
    record.preliminary_filed_on = on
    record.version += 1
    return save_by(record, by)


@transaction.atomic
@within_reach
def file_final_report(record, *, on, late_reason="", by=None):
    """確報: the full report, with the cause and the recurrence measures; filed after its deadline, with the
    reason."""
    record = _lock(record)
    _require_department(by, record.department)
    _check_open(record)
    if record.preliminary_filed_on is None:
        raise ActionRefused("先に速報を提出してください (同じ日でも構いません)。")
    if on is None or on < record.preliminary_filed_on:
        raise ActionRefused("確報の提出日は速報の提出日以降にしてください。")
    not_in_future(on, "確報の提出日")
    _require_filled(record, ("cause", "recurrence_measures"))
    record.final_late_reason = _late_reason("確報", on, record.final_due, late_reason)
    record.final_filed_on = on
    record.version += 1
    return save_by(record, by)


@transaction.atomic
@within_reach
def notify_people(record, *, on, method, by=None):
    """法第68条第2項: notice to the people affected."""
    record = _lock(record)
    _require_department(by, record.department)
    if on is None or on < record.discovered_on or not method.strip():
        raise ActionRefused("本人への通知日 (発覚日以降) と通知の方法を入力してください。")
    not_in_future(on, "本人への通知日")
    record.notified_people_on, record.notice_method = on, method.strip()
    record.version += 1
    return save_by(record, by)


@transaction.atomic
def waive_notice(record, *, reason, by=None):
    """法第68条第2項ただし書: the people are not notified (where notice is difficult: no address, too many),
    a measure in its place protecting them (公表 on the city's site, a call centre); the reason, with that
    measure, takes the incident off the board's chase of its notice. Recorded again to correct it."""
    record = _lock(record)
    _require_department(by, record.department)
    if record.notified_people_on is not None:
        raise ActionRefused("本人への通知を記録済の事案です。")
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused("本人への通知を要しない理由と、代わりにとった措置を入力してください。")
    record.notice_waived_reason = reason
    record.version += 1
    return save_by(record, by)


#: What of a 漏えい等事案 describes the people it touched (who they are, how each was reached), erased once the
#: record's keeping ended or a 利用停止 was ordered; the rest (what leaked, how many, the reports) stays.
INCIDENT_PEOPLE = ("whose", "notice_method")


@transaction.atomic
def erase_incident_people(record, *, reason, by=None):
    """The secretariat's erasure of the affected people's details from an incident whose reporting is over
    (確報 filed where one is due, the people notified or the reason they were not recorded): emptied on the
    record and in every row of its history, with an erasure record that keeps who, when and why."""
    record = _lock(record)
    if by is not None and not getattr(by, "is_superuser", False) and (
            record.department.municipality_id not in secretariat_municipality_ids(by)):
        raise ActionRefused("本人の情報の消去は事務局だけができます。", code="forbidden")
    if record.reportable and record.final_filed_on is None or record.notice_pending:
        raise ActionRefused("確報の提出と本人への通知が終わっていない事案の本人の情報は消去できません。")
    from shingikai.disclosure.actions import erase_values

    record.version += 1
    return erase_values(record, INCIDENT_PEOPLE, by=by, municipality_id=record.department.municipality_id,
                        note=reason_note("本人の情報を消去", reason, "消去の"), who="本人", saved=("version",))


@transaction.atomic
def report_incident(record, meeting, *, by=None, is_public=True, closed_reason=""):
    """The secretariat puts the incident on the council's agenda as a report. The item's title names no one."""
    record = _lock(record)
    require_secretariat(by, record.department.municipality)
    if record.agenda_item_id is not None:
        raise ActionRefused("この事案はすでに会議次第にあります。")
    item = _agenda_item(meeting, record.department.municipality, kind=AgendaItem.Kind.REPORT,
                        title=f"個人情報の{record.get_kind_display()}等事案について ({record.department.name})",
                        departments=[record.department], is_public=is_public, closed_reason=closed_reason)
    record.agenda_item = item
    return save_by(record, by)


# --- 監査 ---------------------------------------------------------------------------------------

AUDIT_FIELDS = ("title", "fiscal_year", "auditor", "scope", "conducted_from", "conducted_to", "summary")


@transaction.atomic
@within_reach
def create_audit(municipality, *, departments, by=None, **fields):
    require_secretariat(by, municipality)
    departments = list(departments)
    if not departments or any(d.municipality_id != municipality.pk for d in departments):
        raise ActionRefused("監査対象課をこの自治体の課から選んでください。")
    record = Audit(municipality=municipality)
    _set_fields(record, fields, AUDIT_FIELDS)
    _require_filled(record, ("title", "fiscal_year", "auditor", "scope", "conducted_from", "conducted_to"))
    if record.conducted_to < record.conducted_from:
        raise ActionRefused("実施期間の終了が開始より前です。")
    save_by(record, by)
    record.departments.set(departments)
    return record


@transaction.atomic
@within_reach
def add_finding(audit, *, department, text, request, due_date=None, by=None):
    audit = _lock(audit)
    require_secretariat(by, audit.municipality)
    if audit.state != Audit.State.DRAFT:
        raise ActionRefused("結果を確定した監査には指摘事項を追加できません。")
    if not audit.departments.filter(pk=department.pk).exists():
        raise ActionRefused(f"{department} はこの監査の対象課ではありません。")
    if not text.strip() or not request.strip():
        raise ActionRefused("指摘事項と求める改善を入力してください。")
    if due_date and due_date < audit.conducted_from:
        raise ActionRefused(f"改善の期限 ({to_wareki(due_date)}) が監査の実施期間より前です。")
    return save_by(AuditFinding(audit=audit, department=department, text=text.strip(), request=request.strip(),
                                due_date=due_date), by)


@transaction.atomic
def complete_audit(audit, *, summary, by=None):
    audit = _lock(audit)
    require_secretariat(by, audit.municipality)
    if audit.state != Audit.State.DRAFT:
        raise ActionRefused("この監査の結果はすでに確定しています。")
    if not summary.strip():
        raise ActionRefused("監査結果の総評を入力してください。")
    audit.summary, audit.state = summary.strip(), Audit.State.COMPLETED
    return save_by(audit, by)


@transaction.atomic
def report_audit(audit, meeting, *, by=None, is_public=True, closed_reason=""):
    audit = _lock(audit)
    require_secretariat(by, audit.municipality)
    if audit.state != Audit.State.COMPLETED:
        raise ActionRefused("結果を確定した監査のみ会議に報告できます。")
    if audit.agenda_item_id is not None:
        raise ActionRefused("この監査はすでに会議次第にあります。")
    audit.agenda_item = _agenda_item(meeting, audit.municipality, kind=AgendaItem.Kind.REPORT,
                                     title=f"特定個人情報の取扱いに関する監査結果について ({audit.title})",
                                     departments=list(audit.departments.all()), is_public=is_public,
                                     closed_reason=closed_reason)
    return save_by(audit, by)


@transaction.atomic
def report_improvement(finding, *, report, by=None):
    """The audited department reports the improvement a finding asks for, once the audit's result is
    confirmed (its due date runs from the audit, not from the council's hearing). Once the council has heard
    the audit the finding is a follow-up (track_findings) and is answered there, under the follow-up's rules;
    until then here, where a second report corrects the first and the history keeps both."""
    finding = AuditFinding.objects.select_for_update().select_related("audit", "department").get(pk=finding.pk)
    _require_department(by, finding.department)
    if finding.audit.state != Audit.State.COMPLETED:
        raise ActionRefused("監査結果が確定してから改善を報告してください。")
    if finding.follow_up_id is not None:
        raise ActionRefused("この指摘事項はフォローアップとして追跡しています。フォローアップの画面から回答してください。")
    if not report.strip():
        raise ActionRefused("改善の報告を入力してください。")
    finding.improvement, finding.improvement_reported_at = report.strip(), timezone.now()
    return save_by(finding, by)


@transaction.atomic
def track_findings(audit, *, by=None, on=None):
    """Once the council has heard the audit, each finding becomes a follow-up on that decision, so the
    follow-up board and its overdue e-mails track the improvement like any other; an improvement the
    department already reported on the finding is the follow-up's answer. `on`: the follow-ups' 依頼日
    (add_follow_up), today unless recorded afterwards."""
    audit = _lock(audit)
    require_secretariat(by, audit.municipality)
    decision = Decision.objects.filter(agenda_item_id=audit.agenda_item_id).first() if audit.agenda_item_id else None
    if decision is None:
        raise ActionRefused("監査結果の報告が会議で了承されていません。")
    created = []
    heard_on = audit.agenda_item.meeting.date
    for finding in audit.findings.filter(follow_up__isnull=True).select_related("department"):
        text, due_date = f"{finding.text} — {finding.request}", finding.due_date
        if due_date and heard_on and due_date < heard_on:
            # A follow-up is not due before the council decided it, but the audit's date passed before the
            # hearing: due the hearing day (overdue from the next), the audit's own date kept in its text.
            text, due_date = f"{text} (監査で定めた改善の期限: {to_wareki(due_date)})", heard_on
        follow_up = meeting_actions.add_follow_up(
            decision, kind=FollowUp.Kind.REPORT_BACK, text=text, department=finding.department, due_date=due_date,
            by=by, on=on,
        )
        if finding.improvement:
            # Reported before the hearing: the follow-up starts answered with that report, for the
            # secretariat to confirm (完了) or the department to add to, as any answered follow-up.
            follow_up = meeting_actions.respond_follow_up(follow_up, response=finding.improvement, by=by)
        finding.follow_up = follow_up
        save_by(finding, by, update_fields=["follow_up"])
        created.append(follow_up)
    return created
