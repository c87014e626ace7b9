"""Actions on cases: draft, edit, submit, accept, return, withdraw."""
from django.db import transaction
from django.utils import timezone

from shingikai import publicity
from shingikai.councils.actions import lock_council
from shingikai.errors import ActionRefused
from shingikai.uploads import check_upload
from shingikai.history import STALE, changed_fields, delete_by, reason_note, save_by
from shingikai.jp.wareki import to_wareki
from shingikai.settling import not_in_future, within_reach

from . import numbering, retention
from .models import Case, Category

EDITABLE_BY_DEPARTMENT = (Case.Status.DRAFT, Case.Status.RETURNED)
NOT_YET_DECIDED = (
    Case.Status.DRAFT, Case.Status.SUBMITTED, Case.Status.RETURNED, Case.Status.ACCEPTED,
    Case.Status.SCHEDULED, Case.Status.CONTINUED,
)
CASE_FIELDS = {
    f.name for f in Case._meta.get_fields()
    if getattr(f, "concrete", False) and not f.auto_created and f.name not in (
        "council", "status", "number", "submitted_at", "accepted_at", "created_by", "created_at",
        "updated_at", "version", "return_comment", "withdraw_reason", "imported", "published_at",
        # Derived from retention_period by with_retention, never set on their own.
        "retention_kind", "retention_amount", "retention_basis", "retention_note",
    )
}


TITLE_MAX = 200  # longer titles are summaries, and squeeze every list that shows them


def _check_fields(fields, imported=False):
    unknown = set(fields) - CASE_FIELDS
    if unknown:
        raise ActionRefused(f"変更できない項目です: {', '.join(sorted(unknown))}")
    if not imported:
        # Imported records keep what the published minutes say, however they say it.
        _check_length(fields.get("title", "").strip(), TITLE_MAX, "件名")
        for name, label in (("retention_period", "保存期間"), ("camera_retention", "録画の保存期間")):
            retention_problem = retention.problem(fields.get(name, ""))
            if retention_problem:
                raise ActionRefused(retention_problem.replace("保存期間", label, 1))
    bad = [c for c in fields.get("categories", []) if c not in Category.values]
    if bad:
        raise ActionRefused(f"類型が正しくありません: {', '.join(bad)}")


def with_retention(fields):
    """The fields plus the structure read from a new retention_period (unreadable imported text: no structure)."""
    if "retention_period" not in fields:
        return fields
    return {**fields, **retention.read(fields["retention_period"]).fields()}


@transaction.atomic
@within_reach
def create_case(council, department, *, by=None, **fields):
    if department.municipality_id != council.municipality_id:
        raise ActionRefused("この審議会の自治体の課ではありません。")
    # An imported record is of its day, when the department still stood; new work goes to its successor.
    if department.merged_into_id and not fields.get("imported", False):
        raise ActionRefused(f"{department.name} は{department.merged_into.name}に統合されました。"
                            f"新しい案件は{department.merged_into.name}で作成してください。")
    if not fields.get("title", "").strip():
        raise ActionRefused("件名を入力してください。")
    _check_fields(fields, imported=fields.get("imported", False))
    case = Case(council=council, department=department, created_by=by, **with_retention(fields))
    return save_by(case, by)


@transaction.atomic
@within_reach
def update_case(case, *, by=None, expected_version=None, **fields):
    """Edit a draft. A stale `expected_version` means someone else saved first: refuse, name what changed."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if expected_version is not None and expected_version != case.version:
        changed = changed_fields(case, expected_version, fields)
        what = "、".join(changed) if changed else "内容"
        raise ActionRefused(
            f"この案件は他の人が先に保存しました (変更された項目: {what})。最新の内容を確認してから入力し直してください。",
            code="conflict",
        )
    if case.status not in EDITABLE_BY_DEPARTMENT and not case.imported:
        raise ActionRefused(f"{case.get_status_display()}の案件は編集できません。")
    _check_fields(fields, imported=case.imported)
    for name, value in with_retention(fields).items():
        setattr(case, name, value)
    if not case.title.strip():
        raise ActionRefused("件名を入力してください。")
    case.version += 1
    return save_by(case, by)


def submission_problems(case):
    """What must be filled in before a department may submit (a list of Japanese messages)."""
    problems = []
    if not case.title.strip():
        problems.append("件名がありません。")
    if not case.purpose.strip():
        problems.append("目的がありません。")
    if case.kind == Case.Kind.CONSULTATION:
        if not case.categories:
            problems.append("類型 (目的外利用、外部委託など) を選んでください。")
        if not case.legal_bases:
            problems.append("根拠条項がありません。")
    return problems


def fiscal_year_span(fy):
    """The moments a fiscal year's cases were received between (start inclusive, end exclusive)."""
    tz = timezone.get_current_timezone()
    return timezone.datetime(fy, 4, 1, tzinfo=tz), timezone.datetime(fy + 1, 4, 1, tzinfo=tz)


def _at_start_of(day):
    """A day recorded for something that happened on it (an appeal's 諮問日), as the moment the model keeps."""
    return timezone.make_aware(timezone.datetime.combine(day, timezone.datetime.min.time()))


@transaction.atomic
@within_reach
def submit_case(case, *, by=None, on=None):
    """`on`: the day it was submitted when it is recorded afterwards (an appeal's 諮問, dated the 諮問日)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status not in EDITABLE_BY_DEPARTMENT:
        raise ActionRefused(f"{case.get_status_display()}の案件は提出できません。")
    problems = submission_problems(case)
    if problems:
        raise ActionRefused("提出できません: " + " ".join(problems))
    case.status = Case.Status.SUBMITTED
    case.submitted_at = _at_start_of(on) if on else timezone.now()
    case.version += 1
    return save_by(case, by)


#: The kinds the secretariat numbers on receipt; 「その他」 business is not issued as a numbered document.
NUMBERED_KINDS = (Case.Kind.CONSULTATION, Case.Kind.REPORT)


@transaction.atomic
@within_reach
def accept_case(case, *, by=None, on=None, number=""):
    """The secretariat receives the case; a consultation gets its number (諮問第N号), a report its own (報告第N号,
    counted apart), so that neither's document is issued with a blank number. The council's series
    (numbering.series) is per 年度 or across the years, and may continue a paper era's (first_case_number).

    `on`: the day it was received when it is recorded afterwards (an appeal's 諮問日): the number is then of
    that day's series. `number`: the 諮問番号 the secretariat gave (「12」 is 諮問第12号; one entered out of order
    keeps the number its 諮問書 was sent with); refused when another case of the series already has it."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status != Case.Status.SUBMITTED:
        raise ActionRefused(f"{case.get_status_display()}の案件は受け付けられません。提出済の案件のみ受け付けます。")
    not_in_future(on, "受付日")
    case.status = Case.Status.ACCEPTED
    # Today typed in the form is now: midnight would put the 受付 before the 提出 it follows.
    case.accepted_at = _at_start_of(on) if on and on != timezone.localdate() else timezone.now()
    if case.kind in NUMBERED_KINDS and not case.number:
        day = on or timezone.localdate()
        lock_council(case.council)
        number = numbering.normalise(number, case.kind)
        if number:
            other = numbering.holder(case.council, case.kind, number, day, exclude=case)
            if other is not None:
                scope = "" if case.council.case_series == case.council.CaseSeries.CONTINUOUS else "この年度の"
                where = ("に付いています" if other.council_id == case.council_id
                         else "に付けた番号です (他の審議会に回付したため欠番)")
                raise ActionRefused(f"{number} は{scope}別の{case.kind}「{other.title[:40]}」{where}。"
                                    f"次の番号は {numbering.next_number(case.council, case.kind, day, exclude=case)} です。")
            case.number = number
        else:
            case.number = numbering.next_number(case.council, case.kind, day, exclude=case)
    case.return_comment = ""
    case.version += 1
    return save_by(case, by)


#: A case the secretariat may still pass to another council: received (submitted or accepted), on no agenda yet.
TRANSFERABLE = (Case.Status.SUBMITTED, Case.Status.ACCEPTED)


@transaction.atomic
def transfer_case(case, council, *, by=None):
    """The secretariat passes a case brought to the wrong council (a 諮問 sent to the 審査会) to the right council of
    the same city, before any meeting hears it. It arrives there as submitted, for that secretariat to receive and
    number in its own series: the 受付日 given by the wrong council goes, and so does its publication; the number it
    gave stays the case's in that council's series, never given to another (numbering.given: a 欠番 there, the
    case's again if the transfer is taken back)."""
    case = Case.objects.select_for_update().select_related("council").get(pk=case.pk)
    if case.status not in TRANSFERABLE:
        raise ActionRefused(f"{case.get_status_display()}の案件は他の審議会に回せません。提出済・受付済の案件のみです。")
    if case.agenda_items.exists():
        raise ActionRefused("この案件は会議の次第に載っているため、他の審議会に回せません。先に次第から外してください。")
    if council.pk == case.council_id:
        raise ActionRefused("回付先に、今の審議会とは別の審議会を選んでください。")
    if council.municipality_id != case.council.municipality_id or council.is_imported_only:
        raise ActionRefused("回付できるのは、同じ自治体でこのシステムで運営している審議会です。")
    if case.is_appeal:
        raise ActionRefused("審査請求の案件は他の審議会に回せません。")
    case._change_reason = f"{case.council.name}から{council.name}に回付"[:100]
    case.council = council
    case.passed_on = True
    case.status = Case.Status.SUBMITTED
    case.number = ""
    case.accepted_at = None
    case.published_at = None
    case.version += 1
    return save_by(case, by)


#: The history reason of a transfer taken back (recall_transfer): that row is a return, not a case passed on.
RECALLED = "回付の取消"


@transaction.atomic
def recall_transfer(case, *, by=None):
    """The secretariat that passed a case on (transfer_case) to the wrong council takes it back while that council has
    not received it (still submitted there, on no agenda). It is the sender's case again as it was before: received,
    with its number and 受付日, which no other case was given meanwhile (numbering.given); a number another case
    carries all the same (given before numbers were kept past a transfer) leaves it submitted, to be received anew.
    Its publication is not restored: the public page said it ended; the case page offers 公開する."""
    from shingikai import access
    from shingikai.councils.models import Council

    case = Case.objects.select_for_update().select_related("council").get(pk=case.pk)
    arrival = transfers().filter(id=case.pk, council_id=case.council_id).order_by("-history_id").first()
    if arrival is None:
        raise ActionRefused("この案件は回付されたものではないため、回付を取り消せません。")
    sender = Council.objects.get(pk=arrival.from_council)
    if by is not None and not access.is_secretariat(by, sender):
        raise ActionRefused("回付を取り消せるのは、回付した審議会の事務局のみです。")
    if case.status != Case.Status.SUBMITTED or case.agenda_items.exists():
        raise ActionRefused(f"{case.council.name}の事務局が受け付けたため、回付を取り消せません。"
                            f"{case.council.name}の事務局に、{sender.name}への回付を依頼してください。")
    before = arrival.prev_record
    case._change_reason = f"{RECALLED} ({case.council.name}から{sender.name}に戻す)"[:100]
    case.council = sender
    case.status, case.number, case.accepted_at = Case.Status.SUBMITTED, "", None
    if before is not None and before.status == Case.Status.ACCEPTED:
        day = timezone.localdate(before.accepted_at) if before.accepted_at else timezone.localdate()
        if not before.number or numbering.holder(sender, case.kind, before.number, day, exclude=case) is None:
            case.status, case.number, case.accepted_at = before.status, before.number, before.accepted_at
    case.version += 1
    return save_by(case, by)


def transfers():
    """The history rows of cases passed on by transfer_case, as `Case.history` rows annotated with `from_council`
    (the id of the council the case was at before): the row a case arrived with at another council. A transfer
    taken back (recall_transfer) is none: the case went home, it was not passed on."""
    from django.db.models import F, OuterRef, Subquery

    before = (Case.history.filter(id=OuterRef("id"), history_id__lt=OuterRef("history_id"))
              .order_by("-history_id").values("council_id")[:1])
    return (Case.history.filter(history_type="~", status=Case.Status.SUBMITTED)
            .exclude(history_change_reason__startswith=RECALLED)
            .annotate(from_council=Subquery(before)).filter(from_council__isnull=False)
            .exclude(from_council=F("council_id")))


def sent_away(council_ids):
    """The cases the secretariat of `council_ids` passed on to another council that has not received them yet, each
    with `transferred_by` (the sending council's id): what it may still take back (recall_transfer)."""
    from django.db.models import OuterRef, Subquery

    last = (transfers().filter(id=OuterRef("pk"), council_id=OuterRef("council_id"))
            .order_by("-history_id").values("from_council")[:1])
    return (Case.objects.filter(status=Case.Status.SUBMITTED).exclude(council_id__in=council_ids)
            .annotate(transferred_by=Subquery(last)).filter(transferred_by__in=council_ids))


def with_sender(cases):
    """`cases` annotated with `transferred_from`: the name of the council that passed each on to its council, None
    for a case brought there first (the secretariat's work list shows where an arrival comes from)."""
    from django.db.models import OuterRef, Subquery

    from shingikai.councils.models import Council

    # Two levels out: the case, past the council whose name is read.
    last = (transfers().filter(id=OuterRef(OuterRef("pk")), council_id=OuterRef(OuterRef("council_id")))
            .order_by("-history_id").values("from_council")[:1])
    return cases.annotate(transferred_from=Subquery(Council.objects.filter(pk=Subquery(last)).values("name")[:1]))


#: Accepting a case does not publish it (publicity.cases): the council may yet hear it in closed session.
NOT_YET_PUBLIC = ("この案件と公開資料は、公開の議題として会議に載せるか、案件の画面で「公開する」を選ぶまで"
                  "公開ページ・検索・API に載りません。")


#: Received and not yet decided: the window in which a case waits for the secretariat to publish it or hear it.
PUBLISHABLE = (Case.Status.ACCEPTED, Case.Status.SCHEDULED, Case.Status.CONTINUED)


@transaction.atomic
def publish_case(case, *, by=None):
    """The secretariat publishes an accepted case before any meeting hears it (the public register of cases
    received). A case on a closed item, or an appeal, stays closed."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status not in PUBLISHABLE:
        raise ActionRefused(f"{case.get_status_display()}の案件は公開できません。受付済・審議予定・継続審議の案件のみです。")
    if case.is_appeal:
        raise ActionRefused("審査請求の案件は非公開で審議するため、公開できません。")
    if case.on_a_closed_item:
        raise ActionRefused("この案件は非公開の議題として会議に載っているため、公開できません。"
                            "公開するには、先に会議の次第で議題を公開にしてください。")
    if case.published_at is not None:
        raise ActionRefused("この案件はすでに公開しています。")
    case.published_at = timezone.now()
    case.version += 1
    return save_by(case, by)


@transaction.atomic
def unpublish_case(case, *, reason, by=None):
    """Take back a case published before any meeting heard it (published by mistake, or it will be heard
    closed). A case on an agenda as a public item stays public: that item is what the public reads. The reason
    is required and kept in the case's history."""
    note = reason_note("公開を終了", reason, "公開をやめる")
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.published_at is None:
        raise ActionRefused("この案件は「公開する」で公開したものではありません。")
    if publicity.agenda_items().filter(case=case).exists():
        raise ActionRefused("この案件は公開の議題として会議に載っているため、公開をやめられません。"
                            "非公開にするには、会議の次第で議題を非公開にしてください。")
    case.published_at = None
    case.version += 1
    case._change_reason = note
    return save_by(case, by)


@transaction.atomic
def return_case(case, *, comment, by=None):
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status != Case.Status.SUBMITTED:
        raise ActionRefused("差し戻せるのは提出済の案件のみです。")
    if not comment.strip():
        raise ActionRefused("差戻しの理由を入力してください。")
    case.status = Case.Status.RETURNED
    case.return_comment = comment
    case.version += 1
    return save_by(case, by)


def _check_not_on_a_coming_agenda(case):
    """A case on the agenda of a meeting not yet held is announced to the members (招集通知) and the public
    (agenda, calendar, materials): withdrawing it there would leave that announcement standing with no one
    told. The secretariat, who owns the agenda, takes the item off first and decides whether to re-send the
    notice; a meeting already open or held keeps its record."""
    from shingikai.meetings.models import Meeting

    item = case.agenda_items.filter(decision__isnull=True, meeting__state=Meeting.State.PLANNED).select_related(
        "meeting").first()
    if item is None:
        return
    meeting = item.meeting
    convened = f" (招集通知 {to_wareki(meeting.convened_on)} 送付済)" if meeting.convened_on else ""
    raise ActionRefused(
        f"この案件は {meeting.short_label} の会議{convened}の次第に載っているため、取り下げられません。"
        "担当課は事務局に連絡してください。事務局は、先に会議の次第から外してから取り下げてください"
        "（招集通知を送り直すかどうかも事務局が判断します）。")


def _check_not_an_appeal_still_pending(case):
    """Only the appellant withdraws a 審査請求 (disclosure.actions.withdraw_appeal, which then withdraws its case):
    a case withdrawn on its own would leave the appeal referred, awaited on the register, the deadlines and the
    yearly report, with nothing left to answer."""
    from shingikai.disclosure.models import Appeal

    if Appeal.objects.filter(case=case).exclude(status=Appeal.Status.WITHDRAWN).exists():
        raise ActionRefused(
            "審査請求の案件は、この画面では取り下げられません。審査請求人が取り下げたときは、"
            "審査請求の画面で審査請求の取下げを記録してください (案件も取り下げられます)。")


@transaction.atomic
def withdraw_case(case, *, reason, by=None):
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status not in NOT_YET_DECIDED:
        raise ActionRefused(f"{case.get_status_display()}の案件は取り下げられません。")
    if not reason.strip():
        raise ActionRefused("取下げの理由を入力してください。")
    _check_not_an_appeal_still_pending(case)
    _check_not_on_a_coming_agenda(case)
    case.status = Case.Status.WITHDRAWN
    case.withdraw_reason = reason
    case.version += 1
    return save_by(case, by)


@transaction.atomic
def undo_withdrawal(case, *, reason, by=None):
    """A 取下げ recorded on the wrong case, or before the department's letter came, is taken back (取消し) by the
    secretariat with the reason, kept in the case's history. The case is again what it was before: the status it
    had (a withdrawal changes nothing else: the agenda, number and publication stay), so it is back in the
    secretariat's lists, the public register and the counts as that. Not once a confirmed 会議録 says the case
    was withdrawn at its meeting, nor for an appeal's case, withdrawn with the 審査請求 on the appeal's page."""
    from shingikai.disclosure.models import Appeal
    from shingikai.minutes.models import Minutes

    note = reason_note("取下げを取消し", reason, "取下げを取り消す")
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status != Case.Status.WITHDRAWN:
        raise ActionRefused("取り下げられていない案件です。")
    if Appeal.objects.filter(case=case, status=Appeal.Status.WITHDRAWN).exists():
        raise ActionRefused("この案件は審査請求の取下げとともに取り下げられたため、ここでは取り消せません。")
    settled = (case.agenda_items.filter(decision__isnull=True, meeting__minutes__isnull=False)
               .exclude(meeting__minutes__state=Minutes.State.DRAFT).select_related("meeting").first())
    if settled is not None:
        raise ActionRefused(f"この案件の取下げは {settled.meeting.short_label} の会議録 (確定済) に記録されているため、"
                            "取り消せません。")
    before = case.history.exclude(status=Case.Status.WITHDRAWN).order_by("-history_id").first()
    if before is None:
        raise ActionRefused("取下げ前の状態が記録にないため、取り消せません。")
    case.status = before.status
    case.withdraw_reason = ""
    case.version += 1
    case._change_reason = note
    return save_by(case, by)


# --- Appended for issue 4 (browser workflow): checklist answers, the case's rows, questions. ---

#: A case answered (答申済) or withdrawn is settled: its answers and questions no longer change.
SETTLED = (Case.Status.WITHDRAWN, Case.Status.ANSWERED)


def touch(case):
    """A change to the case's rows (data items, contractors, answers, attachments, questions, the
    secretariat's precedent marks) is a change to the case: its save time moves, so what is kept under it (the case's rows on its pages) is read anew."""
    Case.objects.filter(pk=case.pk).update(updated_at=timezone.now())


def _check_editable(case):
    if case.status not in EDITABLE_BY_DEPARTMENT and not case.imported:
        raise ActionRefused(f"{case.get_status_display()}の案件は編集できません。")


@transaction.atomic
def answer_checklist(case, code, answer, by=None):
    """Store (or replace) the department's answer to one checklist point."""
    from .checklist import RULE_CODES
    from .models import ChecklistAnswer

    if code not in RULE_CODES:
        raise ActionRefused(f"確認項目が正しくありません: {code}")
    if case.status in SETTLED:
        raise ActionRefused(f"{case.get_status_display()}の案件には回答できません。")
    if not answer.strip():
        raise ActionRefused("回答を入力してください。")
    row = ChecklistAnswer.objects.select_for_update().filter(case=case, code=code).first()
    if row is None:
        row = ChecklistAnswer(case=case, code=code)
    row.answer = answer.strip()
    row.answered_by = by if getattr(by, "is_authenticated", False) else None
    row.answered_at = timezone.now()
    touch(case)
    return save_by(row, by)


@transaction.atomic
def set_data_items(case, items, *, by=None):
    """Replace the case's personal-data items with `items` (dicts of DataItem fields), in order."""
    from .models import DataItem

    _check_editable(case)
    rows = []
    for order, item in enumerate(items, start=1):
        if not item.get("name", "").strip():
            raise ActionRefused("個人情報の項目名を入力してください。")
        rows.append(DataItem(case=case, order=order, name=item["name"].strip(),
                             sensitive=bool(item.get("sensitive")), required=bool(item.get("required", True)),
                             reason=item.get("reason", "").strip()))
    case.data_items.all().delete()
    DataItem.objects.bulk_create(rows)
    touch(case)
    return rows


CERT_KINDS = ("iso27001", "pmark")


@transaction.atomic
def set_contractors(case, contractors, *, by=None):
    """Replace the case's contractors. Each dict may carry `certifications`: a list of dicts with kind,
    number and valid_until (ISO/IEC 27001 and プライバシーマーク)."""
    from .models import Certification, Contractor

    _check_editable(case)
    case.contractors.all().delete()
    saved = []
    for data in contractors:
        data = dict(data)
        certs = data.pop("certifications", [])
        if not data.get("name", "").strip():
            raise ActionRefused("事業者名を入力してください。")
        start, end = data.get("work_start"), data.get("work_end")
        if start and end and end < start:
            raise ActionRefused(f"{data['name']} の作業終了日が作業開始日より前です。")
        contractor = Contractor.objects.create(case=case, **data)
        for cert in certs:
            if cert.get("kind") not in Certification.Kind.values:
                raise ActionRefused("認証の種類が正しくありません。")
            Certification.objects.create(contractor=contractor, **cert)
        saved.append(contractor)
    touch(case)
    return saved


@transaction.atomic
def add_attachment(case, *, title, file, is_public=False, by=None):
    from .models import Attachment

    if case.status in SETTLED:
        raise ActionRefused(f"{case.get_status_display()}の案件には資料を追加できません。")
    if not title.strip():
        raise ActionRefused("資料名を入力してください。")
    if file is None:
        raise ActionRefused("ファイルを選んでください。")
    check_upload(file)
    touch(case)
    return save_by(Attachment(case=case, title=title.strip(), file=file, is_public=is_public), by)


#: What of a material may name a person, emptied from its history once it is removed (history.erase).
ATTACHMENT_VALUES = ("title", "file")


@transaction.atomic
def remove_attachment(attachment, *, by=None):
    _check_editable(attachment.case)
    _remove_attachment(attachment, by, "資料の削除")


@transaction.atomic
def erase_attachment(attachment, *, reason, by=None):
    """A secretariat's erasure of a withdrawn case's material that holds a person's data, when its keeping ended
    or the person's request was granted: gone from the case, the storage and the history alike, with `reason`
    kept in the erasure record. A case still being edited removes its materials (remove_attachment); one that
    went on to the council keeps them as the record of what it heard."""
    from shingikai import access

    if not access.is_secretariat(by, attachment.case.council):
        raise ActionRefused("資料の消去は事務局だけができます。", code="forbidden")
    if Case.objects.select_for_update().get(pk=attachment.case_id).status != Case.Status.WITHDRAWN:
        raise ActionRefused("資料を消去できるのは取り下げられた案件だけです。")
    _remove_attachment(attachment, by, reason_note("資料の消去", reason, "消去の"))


def _remove_attachment(attachment, by, reason):
    from shingikai.history import delete_with_file

    delete_with_file(attachment, by=by, reason=reason, fields=ATTACHMENT_VALUES,
                     municipality_id=attachment.case.council.municipality_id)
    touch(attachment.case)


#: The secretariat may ask from the case's submission on: what it needs cleared before accepting it.
SECRETARIAT_ASKABLE = (Case.Status.SUBMITTED, *PUBLISHABLE)


#: A question is read aloud or printed in the 委員用資料: the limit of the other comments a member sends.
QUESTION_MAX = 2000
#: The department's answer may need to explain more than was asked.
ANSWER_MAX = 4000


def _check_length(text, limit, what):
    if len(text) > limit:
        raise ActionRefused(f"{what}は{limit}文字以内で入力してください (現在 {len(text)} 文字)。")


def _leave_question(case, text, by, **fields):
    from .models import Question

    if not text.strip():
        raise ActionRefused("質問を入力してください。")
    _check_length(text.strip(), QUESTION_MAX, "質問")
    touch(case)
    return save_by(Question(case=case, text=text.strip(), asked_by=by, **fields), by)


@transaction.atomic
def ask_question(case, *, text, by=None):
    """A member leaves a question for the department before the case is deliberated."""
    if case.status not in PUBLISHABLE:
        raise ActionRefused("審議前の案件にのみ質問できます。")
    return _leave_question(case, text, by)


@transaction.atomic
def ask_as_secretariat(case, *, text, by=None):
    """The secretariat asks the department about a submitted or accepted case without returning it; the
    department answers it as it answers a member (answer_question)."""
    if case.status not in SECRETARIAT_ASKABLE:
        raise ActionRefused("提出後、審議前の案件にのみ質問できます。")
    return _leave_question(case, text, by, from_secretariat=True)


def unanswered_questions(cases, today):
    """The questions still waiting on the department among `cases` (a queryset), oldest first, each with the date
    of the next meeting its case is on (`meeting_date`, None if none is set): what the secretariat must chase
    before that meeting."""
    from django.db.models import Min, Q

    from .models import Question

    return (Question.objects.filter(case__in=cases, answered_at__isnull=True).exclude(case__status__in=SETTLED)
            .annotate(meeting_date=Min("case__agenda_items__meeting__date",
                                       filter=Q(case__agenda_items__meeting__date__gte=today)))
            .select_related("case__department").order_by("asked_at", "pk"))


@transaction.atomic
def answer_question(question, *, answer, by=None, correction=False, seen=None, for_department=False):
    """The department answers a member's question. Members may already have read the answer, or printed it
    in the 委員用資料, so a second answer never silently replaces the first: it is refused unless it is asked
    for as a correction (`correction`, from the page's 「回答を訂正する」), which is dated (corrected_at) and
    keeps the answers it replaces in the question's history, shown under it. Once the case is answered or
    withdrawn its questions are settled. `seen`: the answer's time (Question.answer_mark) when the correction
    form was opened, so that a correction made meanwhile is not silently replaced either. `for_department`: the
    secretariat records the answer the department gave otherwise (telephone, paper), marked as so recorded."""
    from shingikai import access

    from .models import Question

    question = Question.objects.select_for_update().select_related("case").get(pk=question.pk)
    if for_department and not access.is_secretariat(by, question.case.council):
        raise ActionRefused("担当課に代わって回答を記録できるのは審議会の事務局です。")
    if question.case.status in SETTLED:
        raise ActionRefused(f"{question.case.get_status_display()}の案件の質問には回答できません。")
    answer = answer.strip()
    if not answer:
        raise ActionRefused("回答を入力してください。")
    _check_length(answer, ANSWER_MAX, "回答")
    now = timezone.now()
    if question.answer:
        if not correction:
            raise ActionRefused("この質問にはすでに回答があります。回答を直すには「回答を訂正する」から訂正してください"
                                "(訂正前の回答も残ります)。", code="conflict")
        if seen is not None and seen != question.answer_mark:
            raise ActionRefused(STALE.format(what="回答"), code="conflict")
        if answer == question.answer:
            raise ActionRefused("訂正後の回答が今の回答と同じです。")
        question.corrected_at = now
    else:
        question.answered_at = now
    question.answer = answer
    question.answered_by = by if getattr(by, "is_authenticated", False) else None
    question.answered_by_secretariat = for_department
    save_by(question, by)
    touch(question.case)
    return question


def _check_recusals_open(case):
    # The decision counted the quorum without (or with) the member: changing who withdrew afterwards would
    # make the recorded decision say something other than what happened in the room.
    if case.decisions.exists():
        raise ActionRefused("この案件には決定が記録されているため、利害関係 (除斥) は変更できません。"
                            "誤りのときは、先に決定を取り下げてください。")


@transaction.atomic
def record_recusal(case, person, *, reason, by=None):
    """利害関係 (除斥): `person` takes no part in deliberating `case` and does not read its closed material."""
    from .models import Recusal

    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_recusals_open(case)
    if not person.memberships.filter(council_id=case.council_id).exists():
        raise ActionRefused(f"{person.name}さんはこの審議会の委員ではありません。")
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused("利害関係の内容 (除斥の理由) を入力してください。")
    _check_length(reason, 200, "利害関係の内容")
    if case.recusals.filter(person=person).exists():
        raise ActionRefused(f"{person.name}委員の利害関係はすでに記録しています。")
    recusal = Recusal(case=case, person=person, reason=reason, recorded_by=by)
    return save_by(recusal, by)


@transaction.atomic
def withdraw_recusal(recusal, *, reason, by=None):
    """A recusal recorded by mistake is taken back, with the reason kept in its history, until a decision
    on the case is recorded."""
    note = reason_note("利害関係 (除斥) を取消", reason, "取り消す")
    case = Case.objects.select_for_update().get(pk=recusal.case_id)
    _check_recusals_open(case)
    recusal._change_reason = note
    delete_by(recusal, by)
