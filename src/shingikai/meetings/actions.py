"""Actions on meetings: plan, build the agenda, open with attendance, record turns and decisions,
track follow-ups, close, and answer (答申)."""
import datetime
import re
import unicodedata
from contextlib import contextmanager

from django.db import transaction
from django.db.models import F, Max, Min
from django.utils import timezone

from shingikai import access, publicity
from shingikai.cases.models import Case
from shingikai.councils.actions import lock_council, record_member_response
from shingikai.councils.models import Council
from shingikai.errors import ActionRefused
from shingikai.history import STALE, check_unchanged, check_version, delete_by, save_by
from shingikai.history import reason_note as history_reason
from shingikai.jp.wareki import fiscal_year, to_wareki
from shingikai.search.indexing import schedule_answered
from shingikai.settling import not_in_future, settling_date, today, within_reach
from shingikai.uploads import check_upload

from .answer_corrections import corrected as answer_corrected, reason_note, renumbered
from .models import (
    AgendaItem, Answer, Attendance, AttendanceReply, Decision, FollowUp, Meeting, Turn, WrittenAnswer, opinion_entries,
)

SCHEDULABLE = (Case.Status.ACCEPTED, Case.Status.CONTINUED)
FINAL_OUTCOMES = (
    Decision.Outcome.APPROVED, Decision.Outcome.CONSENTED, Decision.Outcome.CONDITIONAL,
    Decision.Outcome.REJECTED, Decision.Outcome.ANSWER_PENDING,
)
ANSWERABLE_OUTCOMES = FINAL_OUTCOMES
#: An optional field an action leaves as it is (None being a value it may be set to).
KEEP = object()
#: The box a person ticks to move a planned meeting to a past day (its date was typed wrong).
PAST_DATE_CORRECTION = "入力した日付の誤りを訂正する (過去の日にする)"


def _lock(model, obj):
    return model.objects.select_for_update().get(pk=obj.pk)


def next_order(meeting, rows):
    """The next order number among `rows` of the meeting (its turns or its agenda items). The meeting row is
    locked until the action's transaction ends, so two requests at once cannot both take Max + 1."""
    _lock(Meeting, meeting)
    return (rows.filter(meeting_id=meeting.pk).aggregate(n=Max("order"))["n"] or 0) + 1


def _bump(meeting):
    """Every change to a meeting or anything in it raises Meeting.version, so a stale screen can tell."""
    Meeting.objects.filter(pk=meeting.pk).update(version=F("version") + 1, changed_at=timezone.now())


@contextmanager
def meeting_unchanged(meeting, expected_version, *, replies_seen=None):
    """Run the actions of one form only if the meeting is still as the form showed it (Meeting.version when
    it was opened; None: no check). The meeting row stays locked until they are done, so no change by
    someone else can slip in between the check and them. `replies_seen`: replies_mark() when a form that
    pre-fills from the members' answers was opened (the opening form)."""
    with transaction.atomic():
        check_version(_lock(Meeting, meeting), expected_version, what="会議")
        if replies_seen is not None and replies_seen != replies_mark(meeting):
            raise ActionRefused(STALE.format(what="会議の出欠の回答"), code="conflict")
        yield


def replies_mark(meeting):
    """Changes with every answer to the meeting's convocation (which leave Meeting.version alone)."""
    return AttendanceReply.history.filter(meeting_id=meeting.pk).aggregate(n=Max("history_id"))["n"] or 0


def _set_case_status(case, status, by=None):
    """Move a case on as its meeting goes; like every change to a case, it raises the case's version (read
    under lock, so two actions at once cannot both write the same number) and its save time."""
    case.status = status
    case.version = _lock(Case, case).version + 1
    save_by(case, by, update_fields=["status", "version", "updated_at"])


def _check_correctable(meeting, what):
    """Attendance and turns stay correctable until the minutes are confirmed."""
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused(f"{what}は開会中または開催済の会議でのみ訂正できます。")
    if _minutes_locked(meeting):
        raise ActionRefused(f"会議録が確定しているため、{what}は訂正の手続き (理由を付けた訂正) でのみ変更できます。")


def _minutes_locked(meeting):
    # Read from the database: a Meeting instance may carry a stale cached Minutes.
    from shingikai.minutes.models import Minutes
    return Minutes.objects.filter(meeting_id=meeting.pk).exclude(state=Minutes.State.DRAFT).exists()


#: The numbers that give a meeting its place in the council's record: 年度第N回 and 通算第N回.
NUMBER_FIELDS = ("number", "cumulative_number")
NUMBER_NAMES = {"number": "回", "cumulative_number": "通算回"}
#: The largest 通算回 typed by hand (a council meeting monthly for a century stays below it).
MAX_CUMULATIVE = 99999


@transaction.atomic
@within_reach
def plan_meeting(council, *, date, start_time=None, end_time=None, place="", is_public=True, closed_reason="",
                 method=Meeting.Method.MEETING, by=None):
    """Put a meeting on the calendar, numbered 年度第N回 (April to March) and 通算 where the council counts so.

    It takes the numbers of its place in date order: planned for a day before meetings already on the calendar
    (most often a meeting recorded after it was held), it takes the number of the first of them, and they move
    one on, unless one of the meetings to move has its number fixed (number_fixed_by); then it takes the next
    number and planning_warnings names the meeting that held it back. The meeting returned carries
    `renumbered`: (old label, meeting) of each meeting moved on."""
    if date is None:
        raise ActionRefused("開催日を入力してください。")
    fy = fiscal_year(date)
    lock_council(council)
    check_publicity(is_public, closed_reason, box="公開の会議とする")
    if method not in Meeting.Method.values:
        raise ActionRefused("開催方法を選んでください。")
    if method == Meeting.Method.WRITTEN:
        # Nobody meets: a time or a place would print on the convocation and the record as if they did.
        start_time = end_time = None
        place = ""
    rows = _number_rows(council, fy)
    numbers = {"number": (rows["number"].aggregate(n=Max("number"))["n"] or 0) + 1}
    if council.numbers_cumulatively:
        numbers["cumulative_number"] = next_cumulative_number(council)
    placed, moved = _take_place_in_date_order(rows, date)
    numbers.update(placed)
    renumbered = _move_on(moved, date, by)
    meeting = Meeting(
        council=council, fiscal_year=fy, date=date, start_time=start_time, end_time=end_time,
        place=_one_line(place), is_public=is_public, closed_reason=closed_reason, method=method, **numbers)
    save_by(meeting, by)
    meeting.renumbered = renumbered
    return meeting


def next_cumulative_number(council):
    """The 通算回 of the council's next meeting: after the meetings held before the system (cumulative_base, the
    setting's help) and those held in it, and never below the highest 通算回 known. An imported record is of a
    meeting held before the system, so the base already counts it: it keeps the 通算回 its minutes printed and
    is not counted again (with base 41 and the imported 通算第39〜41回, the next meeting is 第42回)."""
    counted = Meeting.objects.filter(council=council).exclude(state=Meeting.State.CANCELLED).exclude(informal=True)
    top = counted.aggregate(n=Max("cumulative_number"))["n"] or 0
    return max(council.cumulative_base + counted.filter(imported=False).count(), top) + 1


def _number_rows(council, fy):
    """Per number field, the council's meetings a meeting of fiscal year `fy` takes its number among: the year's
    for its 回 (a cancelled meeting keeps its 回), all but the cancelled for its 通算回 where the council counts so."""
    rows = {"number": Meeting.objects.filter(council=council, fiscal_year=fy, number__isnull=False)}
    if council.numbers_cumulatively:
        rows["cumulative_number"] = (Meeting.objects.filter(council=council, cumulative_number__isnull=False)
                                     .exclude(state=Meeting.State.CANCELLED))
    return rows


def _take_place_in_date_order(rows, date, *, own=None):
    """The numbers a meeting on `date` takes in date order among `rows` (per field), and {pk: (meeting, old
    label)} of those moving one on to free them, not yet saved: every one numbered from its place up, or, for a
    meeting whose date is corrected, up to its `own` numbers, which it gives up. A field is left out (the meeting
    keeps the number it has or is given) when no later day's meeting is numbered before it, or when one of those
    to move has its number fixed (number_fixed_by; planning_warnings tells which)."""
    numbers, moved = {}, {}
    for field, among in rows.items():
        slot, later = _slot_in_date_order(among, field, date)
        mine = (own or {}).get(field)
        if mine is not None:
            later = [m for m in later if getattr(m, field) < mine]
            if slot is not None and slot >= mine:
                continue
        if slot is not None and _shift(later, field, 1, moved):
            numbers[field] = slot
    return numbers, moved


def _shift(later, field, step, moved):
    """Moves the meetings `later` one on (`step` 1) or one back (-1) in `field`, collecting them in `moved`
    ({pk: (meeting, old label)}, not yet saved); whether they moved: none does when one has its number fixed
    (number_fixed_by)."""
    if any(number_fixed_by(m) for m in later):
        return False
    for m in later:
        m, _ = moved.setdefault(m.pk, (m, m.label))
        setattr(m, field, getattr(m, field) + step)
    return True


def _save_moved(moved, step, reason, by):
    """Saves the meetings _shift moved by `step`, each with `reason` in its history; (old label, meeting) of
    each, in date order."""
    # One row at a time from the far end (the highest number down when moving on): the year's numbers are
    # unique at every step.
    for m, _ in sorted(moved.values(), key=lambda pair: -step * (pair[0].number or 0)):
        m.version += 1
        m._change_reason = reason
        save_by(m, by)
    return [(label, m) for m, label in sorted(moved.values(), key=lambda pair: (pair[0].date, pair[0].pk))]


def _move_on(moved, date, by):
    """Saves the meetings _take_place_in_date_order moved on to make room for the meeting on `date`."""
    return _save_moved(moved, 1, f"{to_wareki(date)}の会議が開催日の順に入ったため繰り下げ", by)


def _slot_in_date_order(rows, field, date):
    """The number (`field`) a meeting on `date` takes among `rows` in date order, and the rows (locked) that
    move one on to free it: every one numbered from it up. (None, []) when no row is of a later day."""
    slot = rows.filter(date__gt=date).aggregate(n=Min(field))["n"]
    if slot is None:
        return None, []
    return slot, list(rows.filter(**{f"{field}__gte": slot}).select_for_update())


def number_fixed_by(meeting):
    """Why the meeting's 年度第N回 and 通算回 may no longer change, or None while they may. A number is fixed
    once a document that cites it has gone out: the 招集通知 (even if the meeting was postponed since, which
    marks it as not sent), the confirmed minutes, a 答申 issued at the meeting, an appeal's 答申 whose 処理経過
    names it; and an imported record carries the number its published minutes gave it. Until then (a meeting
    planned, or held and recorded after the fact but with draft minutes) the number is only on our screens."""
    from shingikai.disclosure.models import AppealEvent

    if meeting.imported:
        return "公開会議録から取り込んだ記録の"
    if _ever_convened(meeting):
        return "招集通知を送った後の"
    if _minutes_locked(meeting):
        return "会議録が確定している"
    if (Answer.objects.filter(meeting_id=meeting.pk, state=Answer.State.ISSUED).exists()
            or AppealEvent.objects.filter(meeting_id=meeting.pk, appeal__answered_on__isnull=False).exists()):
        return "答申を発出している"
    return None


def number_correctable(meeting):
    """Whether the secretariat may still correct the meeting's 年度第N回 and 通算回 by hand (the form to change a
    planned meeting): until the number is fixed (number_fixed_by). A meeting could not take its place in date
    order when a later meeting's number was fixed; the secretariat then decides its numbers."""
    if meeting.state != Meeting.State.PLANNED or meeting.imported or meeting.fiscal_year is None:
        return False
    return number_fixed_by(meeting) is None


def planning_warnings(meeting):
    """What the secretariat should know of a meeting it has just planned: a day already gone (recorded after it was
    held: no convocation will go out), another meeting of the council on the same day (planned twice?) and a later
    meeting whose fixed number kept this one from its place in date order."""
    warnings = []
    if meeting.date and meeting.date < today():
        warnings.append(f"開催日 ({to_wareki(meeting.date)}) は過ぎています。開催後の記録として予定しました"
                        "(招集通知は送れません)。開会して記録するまで公開のページには載りません。"
                        "日付の誤りなら「日時・場所を変更する」で直してください。")
    same_day = (Meeting.objects.filter(council_id=meeting.council_id, date=meeting.date)
                .exclude(pk=meeting.pk).exclude(state=Meeting.State.CANCELLED))
    for other in same_day:
        at = f" {other.start_time:%H:%M}" if other.start_time else ""
        warnings.append(f"同じ日{at}に{other.short_label}が予定されています。二重に予定したときは、招集通知を送る前にどちらかを中止してください。")
    return warnings + order_warnings(meeting)


def order_warnings(meeting):
    """A later meeting whose fixed number kept `meeting` (just planned, or its date corrected) from its place in
    date order, and what the secretariat can do."""
    warnings = []
    hint = "「日時・場所を変更する」の画面で回と通算回を直せます。" if number_correctable(meeting) else ""
    for field, fixed, reason in _held_back_by(meeting):
        mine = meeting.short_label if field == "number" else f"通算第{meeting.cumulative_number}回"
        warnings.append(f"これより後の日の会議 ({fixed.label}、{to_wareki(fixed.date)}) は{reason}ため{NUMBER_NAMES[field]}を"
                        f"繰り下げられません。この会議は開催日の順ではなく{mine}としました。{hint}")
    return warnings


def _held_back_by(meeting):
    """(field, meeting, reason) for each number of `meeting` that a later day's meeting has lower and may not
    give up: the first such meeting with a fixed number."""
    if meeting.date is None:
        return []
    found = []
    for field in NUMBER_FIELDS:
        if getattr(meeting, field) is None:
            continue
        lower = Meeting.objects.filter(council_id=meeting.council_id, date__gt=meeting.date,
                                       **{f"{field}__lt": getattr(meeting, field)}).order_by(field)
        # As plan_meeting counts: a cancelled meeting keeps its 回 in the year, and no 通算回.
        lower = (lower.filter(fiscal_year=meeting.fiscal_year) if field == "number"
                 else lower.exclude(state=Meeting.State.CANCELLED))
        for other in lower:
            reason = number_fixed_by(other)
            if reason:
                found.append((field, other, reason))
                break
    return found


def _ever_convened(meeting):
    return meeting.convened_on is not None or meeting.history.filter(convened_on__isnull=False).exists()


def _check_correctable_number(meeting):
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused(f"{meeting.get_state_display()}の会議の回は変更できません。")
    if not number_correctable(meeting):
        reason = number_fixed_by(meeting) or "年度の定まらない記録の"
        raise ActionRefused(f"{meeting.label}は{reason}ため、回・通算回を変更できません。")


def _check_free_number(meeting, number):
    _check_correctable_number(meeting)
    if not 1 <= number <= 999:
        raise ActionRefused("回は1から999までの数で入力してください。")
    taken = (Meeting.objects.filter(council_id=meeting.council_id, fiscal_year=meeting.fiscal_year, number=number)
             .exclude(pk=meeting.pk).first())
    if taken is not None and taken.state == Meeting.State.CANCELLED and not _ever_convened(taken):
        # Planned by mistake and cancelled before any member was told: its number was never cited, so it
        # goes to the meeting that needs it rather than leaving a gap in the year's record.
        taken.number = None
        taken.version += 1
        taken.save(update_fields=["number", "version"])
        return
    if taken is not None:
        when = f"{to_wareki(taken.date)}の" if taken.date else ""
        raise ActionRefused(f"{taken.label}はすでにあります ({when}{taken.get_state_display()}の会議)。"
                            "同じ年度に同じ回は付けられません。先にその会議の回を直してください。")


def _check_free_cumulative(meeting, number):
    """A 通算回 typed by hand: the council counts so, and no other meeting it counts (a cancelled one is not)
    has it."""
    _check_correctable_number(meeting)
    if not meeting.council.numbers_cumulatively:
        raise ActionRefused("この審議会は会議に通算回を付していません。")
    if not 1 <= number <= MAX_CUMULATIVE:
        raise ActionRefused(f"通算回は1から{MAX_CUMULATIVE}までの数で入力してください。")
    taken = (Meeting.objects.filter(council_id=meeting.council_id, cumulative_number=number)
             .exclude(pk=meeting.pk).exclude(state=Meeting.State.CANCELLED).first())
    if taken is not None:
        when = f"{to_wareki(taken.date)}の" if taken.date else ""
        raise ActionRefused(f"通算第{number}回はすでにあります ({taken.label}、{when}{taken.get_state_display()}の会議)。"
                            "同じ通算回は付けられません。先にその会議の通算回を直してください。")


def _one_line(place):
    """The room on one line: a line break typed or pasted into it would start new lines in the 招集通知's mail."""
    return " ".join(part.strip() for part in (place or "").splitlines() if part.strip())


def check_end_time(start_time, end_time):
    if start_time and end_time and end_time <= start_time:
        raise ActionRefused(f"終了時刻 ({end_time:%H:%M}) は開始時刻 ({start_time:%H:%M}) より後にしてください。")


@transaction.atomic
@within_reach
def reschedule_meeting(meeting, *, date, start_time=None, end_time=None, place="", number=None, cumulative_number=None,
                       by=None, correction=False):
    """Move a planned meeting (延期) or change its times or place. It keeps its number (a postponed 第2回 is
    still 第2回) and its agenda, so it may not leave its fiscal year. A convocation already sent named the old
    day: it is marked as not sent, so the button or send-notices sends it again.

    A postponement goes to a day still to come; a past day is taken only as a `correction` of a date typed
    wrong (a meeting recorded after it was held, still to be opened): the convocation then stays as recorded,
    since none can go out for a day gone. Corrected to a day before meetings numbered after it, it takes its place
    in date order as a meeting recorded after the fact does (plan_meeting): while its own number is not fixed, it
    takes the first of theirs and they move one on, unless one of them has its number fixed; the meeting given
    carries `renumbered` as plan_meeting's does. `number` corrects its 年度第N回 (see number_correctable); None
    leaves it as it is; `cumulative_number` likewise its 通算回. Returns the fields that changed."""
    given = meeting
    given.renumbered = []
    if number is not None or cumulative_number is not None or correction:
        # Numbers are taken under the council's lock (lock_council), held before the meeting's as elsewhere.
        lock_council(meeting.council)
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused(f"{meeting.get_state_display()}の会議の日時・場所は変更できません。")
    if date is None:
        raise ActionRefused("開催日を入力してください。")
    if meeting.fiscal_year is not None and fiscal_year(date) != meeting.fiscal_year:
        raise ActionRefused("年度をまたいで日程を変更することはできません。この会議を中止し、新しい年度の会議として予定してください。")
    past = date != meeting.date and date < today()
    if past and not correction:
        raise ActionRefused(f"変更後の開催日に過去の日付 ({to_wareki(date)}) は指定できません (延期は今日以降の日へ)。"
                            f"入力した開催日の誤りを直すときは「{PAST_DATE_CORRECTION}」にチェックしてください。")
    if meeting.written:
        # A 書面開催 has only its 回答期限 (the date): no time or place to move to.
        start_time = end_time = None
        place = ""
    check_end_time(start_time, end_time)
    if date != meeting.date:
        _check_agenda_received_by(meeting, date)
    new = {"date": date, "start_time": start_time, "end_time": end_time, "place": _one_line(place)}
    changed = [name for name, value in new.items() if getattr(meeting, name) != value]
    if number is not None and number != meeting.number:
        _check_free_number(meeting, number)
        meeting.number = number
        changed.append("number")
    if cumulative_number is not None and cumulative_number != meeting.cumulative_number:
        _check_free_cumulative(meeting, cumulative_number)
        meeting.cumulative_number = cumulative_number
        changed.append("cumulative_number")
    if past and not set(changed) & set(NUMBER_FIELDS) and number_correctable(meeting):
        own = {field: getattr(meeting, field) for field in NUMBER_FIELDS}
        rows = {field: among.exclude(pk=meeting.pk) for field, among in _number_rows(meeting.council, meeting.fiscal_year).items()}
        placed, moved = _take_place_in_date_order(rows, date, own=own)
        # Its own numbers are given up first: the year's 回 are unique at every step of moving the others on.
        Meeting.objects.filter(pk=meeting.pk).update(**{field: None for field in placed})
        given.renumbered = _move_on(moved, date, by)
        for field, value in placed.items():
            setattr(meeting, field, value)
            changed.append(field)
    if changed and set(changed) <= set(NUMBER_FIELDS):
        # The day, times and place stand: the convocation (none sent yet) and the replies stay as they are.
        meeting.version += 1
        save_by(meeting, by)
        return changed
    if not changed:
        return []
    for name, value in new.items():
        setattr(meeting, name, value)
    if not past:
        meeting.convened_on = None
    meeting.version += 1
    save_by(meeting, by)
    return changed


@transaction.atomic
def change_meeting_method(meeting, *, method, by=None):
    """Hold a planned meeting in writing instead of in person (an epidemic, no room to be had), or in person
    after all. It keeps its number, date (the 回答期限 of a 書面開催) and agenda. What belonged to the other way of
    holding it goes: a 書面開催 has no time or place, and the 出欠 answered for a meeting nobody now attends are
    removed; the written answers given to a 書面開催 now held in person are removed too (they are no vote of a
    meeting; the members vote there). A convocation already sent asked for the other: it is marked as not sent,
    so it goes out again, saying what changed. Returns whether anything changed."""
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused(f"{meeting.get_state_display()}の会議の開催方法は変更できません。")
    if method not in Meeting.Method.values:
        raise ActionRefused("開催方法を選んでください。")
    if method == meeting.method:
        return False
    meeting.method = method
    if meeting.written:
        meeting.start_time = meeting.end_time = None
        meeting.place = ""
        dropped = list(meeting.replies.all())
    else:
        dropped = list(meeting.written_answers.all())
    for row in dropped:
        delete_by(row, by)
    if meeting.date is None or meeting.date >= today():
        # A meeting recorded after it was held sends no notice (send_convocation refuses a day gone).
        meeting.convened_on = None
    meeting.version += 1
    save_by(meeting, by)
    return True


#: A reason for closing typed while the box for 公開 stays ticked: the person meant one of the two, and guessing
#: either way is wrong (a public item would print what they meant to close), so the action asks.
CONTRADICTORY_PUBLICITY = "非公開にするときは『{box}』のチェックを外してください。公開にするときは非公開の理由を空欄にしてください。"


def check_publicity(is_public, closed_reason, *, box="公開で審議する"):
    if is_public and closed_reason.strip():
        raise ActionRefused(CONTRADICTORY_PUBLICITY.format(box=box))
    if not is_public and not closed_reason.strip():
        raise ActionRefused("非公開とする理由を入力してください。")


def _check_agenda_open(meeting):
    if meeting.state in (Meeting.State.HELD, Meeting.State.CANCELLED):
        raise ActionRefused(f"{meeting.get_state_display()}の会議の次第は変更できません。")


@transaction.atomic
def add_procedural_item(meeting, procedure, title=None, *, is_public=True):
    _check_agenda_open(meeting)
    if procedure not in AgendaItem.Procedure.values:
        raise ActionRefused(f"議事進行の種類が正しくありません: {procedure}")
    item = AgendaItem.objects.create(
        meeting=meeting, order=next_order(meeting, AgendaItem.objects), kind=AgendaItem.Kind.PROCEDURAL, procedure=procedure,
        title=title or procedure, is_public=is_public,
    )
    _bump(meeting)
    return item


#: The procedural steps that end an agenda (…, その他, 次回日程, 閉会): an item added later belongs before them.
CLOSING_STEPS = (AgendaItem.Procedure.OTHER, AgendaItem.Procedure.NEXT_MEETING, AgendaItem.Procedure.CLOSING)


def _place_before_closing(meeting, item):
    """Move a newly added item above the agenda's closing steps: appended after 閉会 it would be heard (and
    published) after the meeting ends, and the secretariat would have to notice and move it by hand."""
    items = list(meeting.items.order_by("order"))
    rest = [i for i in items if i.pk != item.pk]
    at = len(rest)
    while at and rest[at - 1].kind == AgendaItem.Kind.PROCEDURAL and rest[at - 1].procedure in CLOSING_STEPS:
        at -= 1
    if at < len(rest):
        _renumber(_moved(items, item, at + 1), AgendaItem)
        item.order = at + 1


# The 審査会 deliberates an appeal (審査請求) in closed session (審査会設置条例; 情報公開・個人情報保護審査会設置法第14条).
APPEAL_CLOSED_REASON = "審査請求の調査審議のため"


def case_received_on(case):
    """The day the case came before the council: an appeal's 諮問日 (the day it was referred, which may be weeks
    before the secretariat records it), else the day the secretariat received it (受付日)."""
    from shingikai.disclosure.models import Appeal

    referred = Appeal.objects.filter(case_id=case.pk).values_list("referred_on", flat=True).first()
    if referred:
        return referred
    return timezone.localdate(case.accepted_at) if case.accepted_at else None


def _received_verb(case):
    return "諮問された" if case.is_appeal else "受け付けた"


def _check_case_before_meeting(case, meeting, doing):
    """A meeting cannot hear a case that did not yet exist on its day (the appeal's own steps refuse a date
    before the 諮問 alike)."""
    received = case_received_on(case)
    if received and meeting.date and meeting.date < received:
        raise ActionRefused(f"「{case.title}」は{to_wareki(received)}に{_received_verb(case)}案件のため、それより前の会議 "
                            f"({meeting.short_label}、{to_wareki(meeting.date)}) では{doing}。")


def _check_agenda_received_by(meeting, date):
    """A meeting moved to another day still hears every case on its agenda: not one that came before the council
    only after that day (an appeal referred later), as planning it there or deciding it there is refused."""
    for item in meeting.items.filter(case__isnull=False).select_related("case"):
        received = case_received_on(item.case)
        if received and date < received:
            raise ActionRefused(f"次第にある「{item.case.title}」は{to_wareki(received)}に{_received_verb(item.case)}案件のため、"
                                f"会議をそれより前の日 ({to_wareki(date)}) には変更できません。"
                                "日付を見直すか、先にこの案件を次第から外してください。")


@transaction.atomic
def schedule_case(case, meeting, *, is_public=True, closed_reason="", by=None):
    """Put an accepted case (or a report) on a meeting's agenda. An appeal's case is always a closed item,
    with APPEAL_CLOSED_REASON unless a reason is given."""
    case = _lock(Case, case)
    if case.is_appeal:
        is_public, closed_reason = False, closed_reason.strip() or APPEAL_CLOSED_REASON
    _check_agenda_open(meeting)
    if case.council_id != meeting.council_id:
        raise ActionRefused("別の審議会の会議には案件を載せられません。")
    if case.status not in SCHEDULABLE:
        raise ActionRefused(f"{case.get_status_display()}の案件は会議に載せられません。受付済または継続審議の案件のみです。")
    _check_case_before_meeting(case, meeting, "次第に載せられません")
    if case.agenda_items.filter(meeting=meeting).exists():
        raise ActionRefused("この案件はすでにこの会議の次第にあります。")
    pending = case.agenda_items.filter(decision__isnull=True).exclude(meeting__state=Meeting.State.CANCELLED)
    if pending.exists():
        raise ActionRefused(f"この案件は {pending.first().meeting.short_label} の会議で審議予定です。")
    check_publicity(is_public, closed_reason)
    item = AgendaItem.objects.create(
        meeting=meeting, order=next_order(meeting, AgendaItem.objects), kind=case.kind, title=case.title, case=case,
        is_public=is_public and meeting.is_public, closed_reason=closed_reason,
    )
    item.departments.add(case.department)
    _place_before_closing(meeting, item)
    _set_case_status(case, Case.Status.SCHEDULED, by)
    _bump(meeting)
    return item


@transaction.atomic
def add_item(meeting, *, kind, title, departments=(), is_public=True, closed_reason=""):
    """Put an item that is not a case on the agenda (a register's report, a 第三者点検); the register
    keeps the link to it."""
    _check_agenda_open(meeting)
    if kind not in (AgendaItem.Kind.CONSULTATION, AgendaItem.Kind.REPORT, AgendaItem.Kind.OTHER):
        raise ActionRefused(f"議題の種別が正しくありません: {kind}")
    check_publicity(is_public, closed_reason)
    item = AgendaItem.objects.create(
        meeting=meeting, order=next_order(meeting, AgendaItem.objects), kind=kind, title=title,
        is_public=is_public and meeting.is_public, closed_reason=closed_reason,
    )
    item.departments.add(*departments)
    _place_before_closing(meeting, item)
    _bump(meeting)
    return item


def check_openable(meeting):
    """A meeting opens once, on or after its date: the attendance, the decisions taken and the 答申 that
    cites them all carry that date."""
    if meeting.state == Meeting.State.CANCELLED:
        raise ActionRefused("この会議は中止されているため開会できません。")
    if meeting.state == Meeting.State.OPEN:
        raise ActionRefused("この会議はすでに開会しています。")
    if meeting.state == Meeting.State.HELD:
        raise ActionRefused("この会議はすでに閉会しています。")
    if meeting.written:
        raise ActionRefused("書面開催の会議は開会しません。委員の書面による回答から「書面開催の結果を記録する」で結果を記録してください。")
    if meeting.date is not None and meeting.date > today():
        raise ActionRefused(f"開催日 ({to_wareki(meeting.date)}) より前には開会できません。"
                            "日程が変わった場合は、先に開催日を変更してください。")


def _named_others(others):
    """The other attendees as (name, title) pairs, rows with neither left out; a title without a name is
    refused (it would print as a blank attendee)."""
    rows = []
    for name, title in others:
        name, title = (name or "").strip(), (title or "").strip()
        if not name and not title:
            continue
        if not name:
            raise ActionRefused(f"その他の出席者の氏名がありません (所属: {title})。")
        rows.append((name, title))
    return rows


@transaction.atomic
def open_meeting(meeting, *, present, absent=(), secretariat=(), department_staff=(), others=(), observers=None,
                 is_public=None, informal=False):
    """Open the meeting and take attendance. Without a quorum it opens only as an informal session (懇談会),
    where nothing can be decided.

    present/absent: Person objects (members); secretariat: Staff; department_staff: (Staff, AgendaItem|None);
    others: (name, title) pairs such as a vendor observer.
    """
    meeting = _lock(Meeting, meeting)
    check_openable(meeting)
    on = meeting.date
    in_office = set(meeting.council.memberships.in_office(on).values_list("person_id", flat=True))
    strangers = [p for p in list(present) + list(absent) if p.pk not in in_office]
    if strangers:
        raise ActionRefused(f"{'、'.join(str(p) for p in strangers)} は開催日に在任の委員ではありません。")
    if {p.pk for p in present} & {p.pk for p in absent}:
        raise ActionRefused("同じ委員が出席と欠席の両方にあります。")
    from shingikai.councils.models import Membership
    roles = _roles_on_the_day(meeting.council, on)
    role_labels = dict(Membership.Role.choices)
    # The minutes list the members present 会長 first, then 副会長 and 会長職務代理, whatever order the form or the
    # convocation answers gave them in (the attendance rows keep the order they are created in).
    rank = {role: i for i, role in enumerate(role_labels)}
    for person in sorted(present, key=lambda p: rank[roles[p.pk]]):
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.MEMBER, person=person, name=person.name,
                                  title=role_labels[roles[person.pk]])
    for person in sorted(absent, key=lambda p: rank[roles[p.pk]]):
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.MEMBER, person=person, name=person.name,
                                  title=role_labels[roles[person.pk]], present=False)
    for staff in secretariat:
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.SECRETARIAT, staff=staff, name=staff.name,
                                  title=staff.title)
    for staff, item in department_staff:
        if item is not None and item.meeting_id != meeting.pk:
            raise ActionRefused("説明員の議題がこの会議のものではありません。")
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.DEPARTMENT, staff=staff, name=staff.name,
                                  title=f"{staff.department or ''} {staff.title}".strip(), agenda_item=item)
    for name, title in _named_others(others):
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.OTHER, name=name, title=title)
    if observers is not None:
        meeting.observers = observers
    if is_public is not None:
        meeting.is_public = is_public
    count, required, ok = quorum_status(meeting)
    if not ok and not informal:
        raise ActionRefused(
            f"定足数に達していないため開会できません (出席 {count} 人、定足数 {required} 人)。"
            "懇談会として開く場合は、その旨を記録してください。")
    meeting.informal = informal
    meeting.state = Meeting.State.OPEN
    meeting.version += 1
    moved = _give_up_numbers(meeting) if informal else {}
    meeting.save()
    meeting.renumbered = _save_moved(moved, -1, f"{to_wareki(meeting.date)}の会が懇談会となったため繰り上げ", None)
    return meeting


def _give_up_numbers(meeting):
    """A 懇談会 is no meeting of the council: it gives up the 年度第N回 and 通算回 it was planned with, and the
    later meetings numbered after it move one back, as if it had never been planned, unless a document already
    cites one of their numbers (number_fixed_by): then they keep theirs and the number stays unused. Returns
    {pk: (meeting, old label)} of those to move, not yet saved."""
    moved = {}
    for field, among in _number_rows(meeting.council, meeting.fiscal_year).items():
        mine = getattr(meeting, field)
        if mine is None:
            continue
        _shift(list(among.filter(**{f"{field}__gt": mine}).exclude(pk=meeting.pk).select_for_update()), field, -1,
               moved)
    meeting.number = meeting.cumulative_number = None
    return moved


def _answering_for(meeting, person, by, refusal):
    """Whether `by` answers for `person` as the council's secretariat (recording an answer sent by telephone,
    fax or on paper); a member answers only for themselves, else `refusal`."""
    if access.is_secretariat(by, meeting.council):
        return True
    own = access.person_of(by)
    if own is None or own.pk != person.pk:
        raise ActionRefused(refusal)
    return False


@transaction.atomic
def answer_convocation(meeting, *, person, attending, note="", by, seen_mark=None):
    """A member's answer to the convocation (出欠の連絡): given by the member in shingikai once the convocation
    has gone out, or recorded by the council's secretariat when it came by telephone or fax (the history keeps
    who). It can be changed until the meeting opens; the attendance itself is taken then (open_meeting), where
    the answers only pre-fill the form. `seen_mark`: the answer's history mark when the form was opened (0: none
    yet), so a member's form cannot overwrite an answer the secretariat recorded meanwhile."""
    meeting = _lock(Meeting, meeting)
    by_secretariat = _answering_for(meeting, person, by, "出欠は委員本人か、審議会の事務局だけが回答・記録できます。")
    if meeting.state == Meeting.State.CANCELLED:
        raise ActionRefused("この会議は中止になりました。出欠の回答はできません。")
    if meeting.written:
        # Nobody attends a 書面開催: an 出欠 would stand beside the written answers and mean nothing.
        raise ActionRefused("書面開催の会議には出欠の回答はありません。議題ごとの賛否と意見を「書面開催への回答」で回答してください。")
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused("会議が開会したため、出欠の回答は確定しました (回答は開会前の会議にのみできます)。"
                            "出席の変更は、事務局が「出席の訂正」で記録します。")
    if not by_secretariat and meeting.convened_on is None:
        raise ActionRefused("この会議の招集通知はまだ送られていません。招集通知が届いてから回答してください。")
    if meeting.date is None or not meeting.council.memberships.in_office(meeting.date).filter(person=person).exists():
        raise ActionRefused(f"{person} は開催日に在任の委員ではありません。")
    note = (note or "").strip()
    if len(note) > 200:
        raise ActionRefused("連絡の内容は200文字以内で入力してください。")
    reply = AttendanceReply.objects.filter(meeting=meeting, person=person).first()
    if reply is not None:
        check_unchanged(reply, seen_mark)
    reply = reply or AttendanceReply(meeting=meeting, person=person)
    reply.attending, reply.note = bool(attending), note
    # Meeting.version is left alone: members answer all week before a meeting, and a bump would make the
    # secretariat's open agenda forms stale. No form edits the answers (each is guarded by its own history
    # mark), and the opening form only pre-fills from them.
    save_by(reply, by)
    return reply


def written_people(meeting):
    """The members a 書面開催 asks: those in office on its date (the 回答期限)."""
    people = {}
    for membership in meeting.council.memberships.in_office(meeting.date).select_related("person").order_by("pk"):
        people.setdefault(membership.person_id, membership.person)
    return list(people.values())


def written_items(meeting):
    """The items a 書面開催 asks the members about: every one but the steps of the proceedings."""
    return [item for item in meeting.items.select_related("case").order_by("order") if item.is_deliberation]


def _recused_ids(item):
    return item.case.recused_ids() if item.case_id else set()


@transaction.atomic
def answer_in_writing(meeting, *, person, answers, by):
    """A member's written answer to a 書面開催 (書面表決): for each item asked, a vote (承認する / 承認しない /
    意見あり) and an opinion. Given by the member once the papers have gone out, or recorded by the secretariat from
    the paper sent back; changed until the 回答期限 (the meeting's date) and until the result is recorded.
    `answers`: {AgendaItem: (vote, opinion)}; an item the member has an interest in (除斥) is not theirs to answer."""
    meeting = _lock(Meeting, meeting)
    by_secretariat = _answering_for(meeting, person, by, "書面開催の回答は、委員本人か審議会の事務局だけが回答・記録できます。")
    if not meeting.written:
        raise ActionRefused("この会議は書面開催ではありません。")
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused(f"この会議は{meeting.get_state_display()}のため、書面による回答はできません。")
    if not by_secretariat and meeting.convened_on is None:
        raise ActionRefused("この書面開催の資料はまだ送られていません。資料が届いてから回答してください。")
    if meeting.date < today() and not by_secretariat:
        raise ActionRefused(f"回答期限 ({to_wareki(meeting.date)}) を過ぎたため、回答できません。事務局にお問い合わせください。")
    if person.pk not in {p.pk for p in written_people(meeting)}:
        raise ActionRefused(f"{person} は回答期限の日に在任の委員ではありません。")
    asked = written_items(meeting)
    if not asked:
        raise ActionRefused("この書面開催には、回答を求める議題がありません。")
    saved = []
    for item in asked:
        if person.pk in _recused_ids(item):
            continue
        vote, opinion = answers.get(item, ("", ""))
        opinion = (opinion or "").strip()
        if vote not in WrittenAnswer.Vote.values:
            raise ActionRefused(f"「{item.title}」の賛否を選んでください。")
        if vote == WrittenAnswer.Vote.OPINION and not opinion:
            raise ActionRefused(f"「{item.title}」で「意見あり」とするときは、意見を入力してください。")
        if len(opinion) > 2000:
            raise ActionRefused("意見は2000文字以内で入力してください。")
        row = (WrittenAnswer.objects.filter(agenda_item=item, person=person).first()
               or WrittenAnswer(meeting=meeting, agenda_item=item, person=person))
        row.vote, row.opinion = vote, opinion
        saved.append(save_by(row, by))
    # Meeting.version is left alone, as for the answers to a convocation: members answer all week.
    return saved


class WrittenAnswers:
    """Who a 書面開催 asked, who answered every item put to them and who has not, and the quorum they make."""

    def __init__(self, meeting):
        self.meeting = meeting
        self.people = written_people(meeting)
        self.items = written_items(meeting)
        rows = list(meeting.written_answers.select_related("person"))
        self.by_item = {item.pk: [r for r in rows if r.agenda_item_id == item.pk] for item in self.items}
        answered = {(r.agenda_item_id, r.person_id) for r in rows}
        recused = {item.pk: _recused_ids(item) for item in self.items}
        # Nobody has answered while nothing was asked (all() of no items would count everyone in).
        self.answered = [p for p in self.people if self.items
                         and all((item.pk, p.pk) in answered or p.pk in recused[item.pk] for item in self.items)]
        self.unanswered = [p for p in self.people if p not in self.answered]
        self.required = meeting.council.quorum(meeting.date, in_office=len(self.people))


@transaction.atomic
def record_written_result(meeting, *, by=None):
    """Record a 書面開催's result from the members' written answers: the members who answered stand as those
    present (the quorum is counted on them, each item without the members with an interest in it), and each
    item is decided 承認 (報告了承 for a report) when every answer to it is 承認する, and 継続審議 otherwise, since
    an objection or an opinion is for a meeting held in person to weigh. Refused before every member asked has
    answered and the 回答期限 has passed, and without a quorum of answers. The meeting is then held and its
    minutes (書面開催結果) drafted; answers can no longer change."""
    meeting = _lock(Meeting, meeting)
    if not meeting.written:
        raise ActionRefused("この会議は書面開催ではありません。")
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused(f"この会議は{meeting.get_state_display()}のため、書面開催の結果は記録できません。")
    if meeting.convened_on is None:
        raise ActionRefused("書面開催の資料 (招集通知) をまだ送っていません。")
    answers = WrittenAnswers(meeting)
    if not answers.items:
        raise ActionRefused("この書面開催には、回答を求める議題がありません。")
    if meeting.date >= today() and answers.unanswered:
        raise ActionRefused(f"回答期限 ({to_wareki(meeting.date)}) が過ぎるか、全委員の回答がそろうまでは結果を記録できません"
                            f" (未回答: {'、'.join(p.name for p in answers.unanswered)})。")
    if meeting.date > today():
        # Everyone answered before the deadline: the result is dated the day it is recorded, in the same place
        # among the council's meetings (another meeting in between would need renumbering: wait for the day).
        between = meeting.council.meetings.exclude(pk=meeting.pk).exclude(state=Meeting.State.CANCELLED).filter(
            date__gte=today(), date__lt=meeting.date)
        if fiscal_year(today()) != meeting.fiscal_year or between.exists():
            raise ActionRefused(f"回答期限 ({to_wareki(meeting.date)}) より前に結果を記録すると会議の回の順序が変わるため、"
                                "回答期限の翌日以降に記録してください。")
        meeting.date = today()
    if len(answers.answered) < answers.required:
        raise ActionRefused(f"回答した委員が定足数に達していないため、結果を記録できません "
                            f"(回答 {len(answers.answered)} 人、定足数 {answers.required} 人)。")
    from shingikai.councils.models import Membership
    roles, role_labels = _roles_on_the_day(meeting.council, meeting.date), dict(Membership.Role.choices)
    for person in answers.people:
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.MEMBER, person=person, name=person.name,
                                  title=role_labels[roles[person.pk]], present=person in answers.answered)
    meeting.state = Meeting.State.OPEN
    meeting.version += 1
    save_by(meeting, by)
    answered = {p.pk for p in answers.answered}
    for item in answers.items:
        rows = [r for r in answers.by_item[item.pk] if r.person_id in answered]
        votes = [r.vote for r in rows]
        if votes and all(v == WrittenAnswer.Vote.APPROVE for v in votes):
            outcome = Decision.Outcome.REPORT_NOTED if item.kind == AgendaItem.Kind.REPORT else Decision.Outcome.APPROVED
        else:
            outcome = Decision.Outcome.CONTINUED
        record_decision(item, outcome=outcome, vote_method=Decision.VoteMethod.WRITTEN,
                        votes_for=votes.count(WrittenAnswer.Vote.APPROVE),
                        votes_against=votes.count(WrittenAnswer.Vote.DISAPPROVE), by=by)
    # Unanswered rows of members who did not answer every item take no part in the result.
    meeting.written_answers.exclude(person_id__in=answered).delete()
    return close_meeting(meeting)


class ConvocationAnswers:
    """The members in office on a meeting's day and their answers to the convocation: who will attend, who sent
    apologies, who has not answered, and what that means for the quorum."""

    def __init__(self, meeting):
        people = []
        if meeting.date is not None:
            for membership in (meeting.council.memberships.in_office(meeting.date).select_related("person")
                               .order_by("pk")):
                if membership.person not in people:
                    people.append(membership.person)
        replies = {r.person_id: r for r in meeting.replies.all()}
        self.rows = [(person, replies.get(person.pk)) for person in people]
        self.attending = [p for p, r in self.rows if r is not None and r.attending]
        self.absent = [p for p, r in self.rows if r is not None and not r.attending]
        self.unanswered = [p for p, r in self.rows if r is None]
        self.required = meeting.council.quorum(meeting.date, in_office=len(people)) if meeting.date else None
        self.meeting = meeting

    @property
    def short_for_recusals(self):
        """[(item, recused, expected)] for the cases the members expected cannot decide once those with an
        interest in them (除斥) are counted out: a quorum for the meeting may still be none for one case."""
        if self.required is None:
            return []
        expected = {p.pk for p in self.attending + self.unanswered}
        short = []
        for item in self.meeting.items.filter(case__recusals__isnull=False).distinct().order_by("order"):
            recused = item.case.recused_ids() & expected
            if recused and len(expected - recused) < self.required:
                short.append((item, len(recused), len(expected - recused)))
        return short

    @property
    def expected(self):
        """Everyone but those who sent apologies: who the opening form expects."""
        return len(self.attending) + len(self.unanswered)

    @property
    def confirmed(self):
        """Enough members have said they will attend."""
        return self.required is not None and len(self.attending) >= self.required

    @property
    def out_of_reach(self):
        """Even if every member yet to answer comes, the quorum is not reached."""
        return self.required is None or self.expected < self.required


def _present_at(attendance, at):
    return (attendance.kind == Attendance.Kind.MEMBER and attendance.present
            and (at is None or ((attendance.arrived_at is None or attendance.arrived_at <= at)
                                and (attendance.left_at is None or attendance.left_at > at))))


def quorum_status(meeting, attendances=None, at=None, in_office=None, case=None):
    """(present, required, ok) for the quorum indicator, counting who was in the room at `at` (a time of day)
    when given; `attendances`: the meeting's, when already loaded; `in_office`: the number of the council's
    members in office on its date, when already counted. For a decision on `case`, a member with an interest
    in it (除斥) takes no part: they are counted out of those present."""
    if attendances is None:
        present_members = meeting.members_present(at)
        if case is not None:
            present_members = present_members.exclude(person__recusals__case=case)
        present = present_members.count()
    else:
        recused = case.recused_ids() if case is not None else set()
        present = sum(1 for a in attendances if _present_at(a, at) and a.person_id not in recused)
    required = meeting.council.quorum(meeting.date, in_office=in_office) if meeting.date else None
    return present, required, required is not None and present >= required


@transaction.atomic
def record_turn(meeting, *, speaker_label, role, text, agenda_item=None, person=None, staff=None, by=None):
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("発言は開会中または開催済の会議にのみ記録できます。")
    if _minutes_locked(meeting):
        raise ActionRefused("会議録が確定しているため、発言は訂正の手続きでのみ変更できます。")
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ActionRefused("議題がこの会議のものではありません。")
    if role not in Turn.Role.values:
        raise ActionRefused(f"発言者の区分が正しくありません: {role}")
    if not speaker_label.strip() or not text.strip():
        raise ActionRefused("発言者と発言内容を入力してください。")
    order = next_order(meeting, Turn.objects)
    turn = Turn(
        meeting=meeting, agenda_item=agenda_item, order=order, speaker_label=speaker_label.strip(), role=role,
        person=person, staff=staff, text=text.strip(),
    )
    save_by(turn, by)
    _bump(meeting)
    return turn


# A long verbatim record is a few thousand turns; one paste holds the meeting's lock while every turn is written.
MAX_PASTED_TURNS = 3000


@transaction.atomic
def record_transcript(meeting, *, text, agenda_item=None, by=None):
    """Record every turn of a pasted transcript (see transcript.py) in order, all or none."""
    from .transcript import TranscriptError, read_transcript

    try:
        pasted = read_transcript(meeting, text, agenda_item)
    except TranscriptError as exc:
        raise ActionRefused(str(exc)) from exc
    if len(pasted) > MAX_PASTED_TURNS:
        raise ActionRefused(f"一度に貼り付けられる発言は{MAX_PASTED_TURNS:,}件までです ({len(pasted):,}件ありました)。"
                            "議題ごとなどに分けて貼り付けてください。")
    return [record_turn(meeting, speaker_label=t.speaker.label, role=t.speaker.role, text=t.text,
                        agenda_item=agenda_item, person=t.speaker.person, staff=t.speaker.staff, by=by)
            for t in pasted]


@transaction.atomic
def record_decision(agenda_item, *, outcome, vote_method, wording="", votes_for=None, votes_against=None,
                    votes_abstain=None, chair_decided=False, decided_at=None, by=None):
    """Record the council's decision on one agenda item.

    Refused without a quorum of the members in the room at `decided_at` (now, for a meeting open today);
    refused in an informal session; refused a second time on an item, and on a case already decided unless
    the earlier decision was 継続審議 at an earlier meeting.
    """
    item = _lock(AgendaItem, agenda_item)
    meeting = item.meeting
    if not item.is_deliberation:
        raise ActionRefused("議事進行の項目には決定を記録できません。")
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("決定は開会中または開催済の会議にのみ記録できます。")
    if _minutes_locked(meeting):
        raise ActionRefused("会議録が確定しているため、決定は変更できません。")
    if Decision.objects.filter(agenda_item=item).exists():
        raise ActionRefused("この議題にはすでに決定が記録されています。直す場合は「決定を訂正する・取り消す」から訂正してください。")
    if meeting.informal:
        raise ActionRefused("懇談会として開いた会議では決定できません。")
    _check_someone_chairs(item, meeting)
    if decided_at is None and meeting.state == Meeting.State.OPEN and meeting.date == today():
        decided_at = timezone.localtime().time().replace(second=0, microsecond=0)
    else:
        _check_within_meeting(meeting, decided_at, "決定の時刻")
    _check_decision_fields(item, meeting, outcome=outcome, vote_method=vote_method, votes_for=votes_for,
                           votes_against=votes_against, votes_abstain=votes_abstain, chair_decided=chair_decided,
                           decided_at=decided_at)
    case = item.case
    if case is not None:
        case = _lock(Case, case)
        if case.status == Case.Status.WITHDRAWN:
            raise ActionRefused(f"「{case.title}」は取り下げられているため、決定は記録できません。次第から外してください。")
        _check_case_before_meeting(case, meeting, "決定を記録できません。次第から外してください")
        for earlier in case.decisions.select_related("agenda_item__meeting"):
            if earlier.outcome != Decision.Outcome.CONTINUED:
                raise ActionRefused(f"この案件はすでに「{earlier.outcome}」と決定されています。")
            if earlier.agenda_item.meeting_id == meeting.pk:
                raise ActionRefused("継続審議とした案件は、後の会議でのみ改めて決定できます。")
    decision = Decision(
        agenda_item=item, case=case, outcome=outcome, vote_method=vote_method, wording=wording,
        votes_for=votes_for, votes_against=votes_against, votes_abstain=votes_abstain,
        chair_decided=bool(chair_decided), recorded_by=by, decided_at=decided_at,
    )
    save_by(decision, by)
    if case is not None:
        _set_case_status(case, Case.Status.CONTINUED if outcome == Decision.Outcome.CONTINUED
                         else Case.Status.DECIDED, by)
    _bump(meeting)
    return decision


def _follow_up_fields(decision, *, kind, text, department, due_date):
    """The rules a condition or follow-up's own fields obey when it is added or corrected: the text stripped,
    and the department the case's where a tracked item names none."""
    if kind not in FollowUp.Kind.values:
        raise ActionRefused(f"種別が正しくありません: {kind}")
    text = (text or "").strip()
    if not text:
        raise ActionRefused("内容を入力してください。")
    if kind != FollowUp.Kind.OPINION and department is None:
        department = decision.case.department if decision.case else None
    if kind in (FollowUp.Kind.REPORT_BACK, FollowUp.Kind.SUBMISSION) and department is None:
        raise ActionRefused("対応する課を指定してください。")
    _check_not_before_decision(decision, due_date, "期限")
    return text, department


@transaction.atomic
@within_reach
def add_follow_up(decision, *, kind, text, department=None, due_date=None, by=None, on=None):
    """`on`: the day it was asked (依頼日), today unless recorded afterwards; never before the meeting decided it."""
    if on is None:
        on = timezone.localdate()  # asked as it is decided, whatever date the meeting was entered with
    elif on > timezone.localdate() or (decision.agenda_item.meeting.date and on < decision.agenda_item.meeting.date):
        raise ActionRefused("依頼日は、決定した会議の日から今日までの日付にしてください。")
    if decision.outcome == Decision.Outcome.CONTINUED and kind == FollowUp.Kind.CONDITION:
        raise ActionRefused("継続審議の決定には条件を付けられません。")
    if decision.case is not None and decision.case.status == Case.Status.WITHDRAWN:
        raise ActionRefused(f"{decision.case.number or decision.case.title} は取り下げられています。"
                            "取り下げた案件の決定には条件・フォローアップを追加できません。")
    text, department = _follow_up_fields(decision, kind=kind, text=text, department=department, due_date=due_date)
    follow_up = FollowUp(
        decision=decision, kind=kind, text=text, department=department, due_date=due_date,
        requested_on=on,
        status=FollowUp.Status.NOT_TRACKED if kind == FollowUp.Kind.OPINION else FollowUp.Status.OPEN,
    )
    save_by(follow_up, by)
    _bump(decision.agenda_item.meeting)
    return follow_up


@transaction.atomic
def respond_follow_up(follow_up, *, response, evidence=None, by=None, expected_version=None, at=None):
    """`at`: when the department answered, now unless recorded afterwards; never before it was asked."""
    follow_up = _lock(FollowUp, follow_up)
    if at is None:
        at = timezone.now()
    elif at > timezone.now() or (follow_up.requested_on and timezone.localdate(at) < follow_up.requested_on):
        raise ActionRefused("回答日時は、依頼日から現在までの日時にしてください。")
    if expected_version is not None and expected_version != follow_up.version:
        raise ActionRefused("他の人が先に回答を保存しました。最新の内容を確認してください。", code="conflict")
    if follow_up.status not in (FollowUp.Status.OPEN, FollowUp.Status.RESPONDED):
        raise ActionRefused(f"{follow_up.get_status_display()}の項目には回答できません。")
    if not response.strip():
        raise ActionRefused("回答を入力してください。")
    if evidence is not None:
        check_upload(evidence, for_materials=False)
    follow_up.response = response.strip()
    if evidence is not None:
        follow_up.evidence = evidence
    follow_up.status = FollowUp.Status.RESPONDED
    follow_up.responded_at = at
    follow_up.version += 1
    return save_by(follow_up, by)


@transaction.atomic
@within_reach
def close_follow_up(follow_up, *, on, by=None):
    """The secretariat confirms the department delivered what was asked."""
    follow_up = _lock(FollowUp, follow_up)
    if follow_up.status == FollowUp.Status.CLOSED:
        raise ActionRefused("この項目はすでに完了しています。")
    if follow_up.status == FollowUp.Status.NOT_TRACKED:
        raise ActionRefused("附帯意見は追跡の対象ではありません。")
    if follow_up.status != FollowUp.Status.RESPONDED:
        raise ActionRefused("担当課の回答がないため完了にできません。")
    follow_up.status = FollowUp.Status.CLOSED
    follow_up.closed_on = on
    follow_up.version += 1
    return save_by(follow_up, by)


#: history_change_reason holds 100 characters.
REOPEN_REASON_MAX = 90


@transaction.atomic
def reopen_follow_up(follow_up, *, reason, by=None):
    """The secretariat reopens a follow-up it closed by mistake (the wrong row, or a response that did not
    deliver what was asked). It goes back to 回答済, the department's response kept, so the department can
    add to it and the secretariat closes it again when satisfied; the reason stays in its history."""
    follow_up = _lock(FollowUp, follow_up)
    if follow_up.status != FollowUp.Status.CLOSED:
        raise ActionRefused("完了していない項目は再開できません。")
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused("再開する理由を入力してください。")
    if len(reason) > REOPEN_REASON_MAX:
        raise ActionRefused(f"再開する理由は{REOPEN_REASON_MAX}文字以内で入力してください。")
    follow_up.status = FollowUp.Status.RESPONDED
    follow_up.closed_on = None
    follow_up.version += 1
    follow_up._change_reason = f"再開: {reason}"
    return save_by(follow_up, by)


@transaction.atomic
def close_meeting(meeting, *, end_time=None):
    """Close the meeting; its minutes are drafted in the council's style."""
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.OPEN:
        raise ActionRefused("開会中の会議のみ閉会できます。")
    if end_time is not None:
        check_end_time(meeting.start_time, end_time)
        meeting.end_time = end_time
    meeting.state = Meeting.State.HELD
    meeting.version += 1
    meeting.save()
    from shingikai.minutes.actions import draft_minutes
    draft_minutes(meeting)
    return meeting


def _check_record_open(meeting, what):
    """What the minutes report about a meeting stays correctable until they are confirmed."""
    if meeting.state == Meeting.State.CANCELLED:
        raise ActionRefused(f"中止した会議の{what}は変更できません。")
    if _minutes_locked(meeting):
        raise ActionRefused(f"会議録が確定しているため、{what}は変更できません。")


@transaction.atomic
def carry_question_into_minutes(question, meeting, *, carry=True, by=None):
    """The secretariat puts a member's answered 事前質問 into the minutes of a meeting that heard its case (under
    that item, 事前質問及び回答), or takes it out again (`carry` False), until the minutes are confirmed."""
    from shingikai.cases.models import Question

    question = Question.objects.select_for_update().get(pk=question.pk)
    meeting = _lock(Meeting, meeting)
    if question.from_secretariat:
        raise ActionRefused("会議録に載せられるのは委員からの事前質問です。")
    if not meeting.items.filter(case_id=question.case_id).exists():
        raise ActionRefused("この会議の議題ではない案件の質問は、この会議の会議録に載せられません。")
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("会議録に載せる事前質問は、開会後に選びます。")
    _check_record_open(meeting, "会議録に載せる事前質問")
    if carry:
        if not question.answer:
            raise ActionRefused("回答のない質問は会議録に載せられません。先に回答を記録してください。")
        if question.in_minutes_of_id not in (None, meeting.pk):
            raise ActionRefused(f"この質問はすでに{question.in_minutes_of.label}の会議録に載せています。")
    elif question.in_minutes_of_id != meeting.pk:
        raise ActionRefused("この質問はこの会議の会議録に載せていません。")
    question.in_minutes_of = meeting if carry else None
    save_by(question, by, update_fields=["in_minutes_of"])
    _bump(meeting)
    return question


def _members_present(meeting):
    return set(meeting.members_present().values_list("person_id", flat=True))


def provisional_chair_choices(item):
    """The members who may be chosen 仮議長 of an item: present, and without an interest in its case."""
    from shingikai.councils.models import Person

    recused = item.case.recusals.values("person_id") if item.case_id else []
    return Person.objects.filter(pk__in=_members_present(item.meeting)).exclude(pk__in=recused).order_by("pk")


@transaction.atomic
def choose_provisional_chair(item, person, *, by=None):
    """仮議長: the members present choose (互選) who chairs a case's item when the member presiding the meeting
    has an interest in it (除斥) and no 会長職務代理者 or 副会長 present without one can take it over; without
    anyone to chair it the item cannot be decided (record_decision). `person` None takes the choice back, until
    a decision is recorded on the item. The minutes and the 答申's 審議の経過 name the 仮議長 (item_chair)."""
    from shingikai.minutes.actions import PROVISIONAL_CHAIR, item_chair

    item = _lock(AgendaItem, item)
    meeting = _lock(Meeting, item.meeting)
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("仮議長は開会後に選びます。")
    _check_record_open(meeting, "仮議長")
    if item.case is None:
        raise ActionRefused("仮議長を選ぶのは、利害関係 (除斥) のある案件の議題です。")
    present = _members_present(meeting)
    if person is None:
        if Decision.objects.filter(agenda_item=item).exists():
            raise ActionRefused("この議題には決定が記録されているため、仮議長の記録は取り消せません。別の委員に改めることはできます。")
    else:
        chaired = item_chair(meeting, item.case, present)
        if chaired is None:
            raise ActionRefused("この議題は会議の議長が進行するため、仮議長は選べません。")
        if chaired.chair is not None:
            raise ActionRefused(f"この議題は{chaired.title} {chaired.chair.name} が進行するため、仮議長は選べません。")
        if not provisional_chair_choices(item).filter(pk=person.pk).exists():
            raise ActionRefused(f"{person.name} は{PROVISIONAL_CHAIR}に選べません (出席していて、この案件に利害関係のない委員に限ります)。")
    item.provisional_chair = person
    save_by(item, by, update_fields=["provisional_chair"])
    _bump(meeting)
    return item


def _check_someone_chairs(item, meeting):
    """A case's item whose presiding member withdrew (除斥) is decided only under someone who chairs it: the
    member standing in, or a 仮議長 the members chose."""
    from shingikai.minutes.actions import item_chair

    if item.case is None or meeting.imported:
        return
    chaired = item_chair(meeting, item.case, _members_present(meeting), item)
    if chaired is not None and chaired.chair is None:
        raise ActionRefused(f"{chaired.recused_title} {chaired.recused.name} が利害関係 (除斥) のため、この議題の議事を"
                            "進行する者がいません。出席委員の互選で仮議長を選んでから決定を記録してください。")


def _check_presides_by_rule(meeting, name):
    """The ordinance makes the 会長 the 議長 of the council's meetings, and the officer standing in (会長職務代理者,
    else 副会長) the 議長 when the 会長 is absent: the members choose a 仮議長 only when neither is there. Another
    name recorded while they were present was kept on the meeting page while the minutes' chair line and 〈議長〉
    row still named the officer (presiding_member), so one record said two things. A case's item the 議長 withdrew
    from (除斥) is chaired by another (choose_provisional_chair), not by changing the meeting's 議長."""
    from shingikai.councils.actions import chair_of, stand_ins, standing_in_title

    if not name or meeting.date is None:
        return
    present = _members_present(meeting)
    named = "".join(name.split())
    chair = chair_of(meeting.council, meeting.date)
    if chair is not None and chair.pk in present:
        if "".join(chair.name.split()) not in named:
            raise ActionRefused(f"会長の{chair.name}委員が出席しているため、条例により会長が議長となります。"
                                "議長には会長の氏名を記録してください。")
        return
    officers = stand_ins(meeting.council, meeting.date, among=present)
    if officers and not any("".join(o.membership.person.name.split()) in named for o in officers):
        first = officers[0]
        raise ActionRefused(f"会長が欠席し、{standing_in_title(first)}の{first.membership.person.name}委員が出席しているため、"
                            f"{standing_in_title(first)}が議長となります (仮議長を互選するのは、会長も職務を代理する者も"
                            "出席していないときです)。")


@transaction.atomic
def set_presiding(meeting, name, *, by=None):
    """Record who presided (議長), as the minutes name them: the 会長 present, the officer standing in for an absent
    会長, or the 仮議長 the members chose when no officer was there (_check_presides_by_rule); the draft minutes'
    chair line follows."""
    from shingikai.minutes.actions import follow_presiding

    meeting = _lock(Meeting, meeting)
    _check_record_open(meeting, "議長")
    name = (name or "").strip()
    limit = Meeting._meta.get_field("presiding_name").max_length
    if len(name) > limit:
        raise ActionRefused(f"議長の氏名は{limit}文字以内で入力してください。")
    _check_presides_by_rule(meeting, name)
    meeting.presiding_name = name
    meeting.version += 1
    save_by(meeting, by, update_fields=["presiding_name", "version"])
    follow_presiding(meeting)
    return meeting


@transaction.atomic
def attach_materials(meeting, materials, *, by=None):
    """Set the list of materials handed out (配布資料), in order."""
    meeting = _lock(Meeting, meeting)
    _check_record_open(meeting, "配布資料")
    if isinstance(materials, str) or not all(isinstance(m, str) for m in materials):
        raise ActionRefused("配布資料は資料名の一覧で指定してください。")
    meeting.materials = [m.strip() for m in materials if m.strip()]
    meeting.version += 1
    return save_by(meeting, by, update_fields=["materials", "version"])


@transaction.atomic
@within_reach
def record_convocation(meeting, *, on=None, by=None, notice=None):
    """Remember that the convocation (招集通知) went out, so the daily run does not send it twice; `notice` is
    what it said (convocation.sending), which the next one is compared with."""
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused(f"{meeting.get_state_display()}の会議には招集通知を送れません。")
    if meeting.date is None:
        raise ActionRefused("開催日が決まっていない会議には招集通知を送れません。")
    meeting.convened_on = settling_date(on, "招集通知の送付日")
    meeting.convocation_count += 1
    if notice is not None:
        meeting.convocation_sent = notice
        meeting.convocation_number = notice.get("number", "")
    meeting.version += 1
    return save_by(meeting, by, update_fields=["convened_on", "convocation_count", "convocation_sent",
                                               "convocation_number", "version"])


@transaction.atomic
def cancel_meeting(meeting):
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused("開催予定の会議のみ中止できます。")
    meeting.state = Meeting.State.CANCELLED
    meeting.version += 1
    moved = _numbers_of_the_never_convened(meeting)
    meeting.save(update_fields=["state", "version", "number", "cumulative_number"])
    meeting.renumbered = _save_moved(moved, -1, f"{to_wareki(meeting.date)}の会議を招集前に中止したため繰り上げ", None)
    for item in meeting.items.filter(case__isnull=False).select_related("case"):
        if item.case.status == Case.Status.SCHEDULED:
            _unschedule(item.case, by=None)
    return meeting


def _numbers_of_the_never_convened(meeting):
    """A meeting cancelled before its 招集通知 went out (planned twice, or by mistake) was never cited by its
    number: it gives up its 年度第N回 and 通算回 and the later meetings move one back, so the year's record
    has no gap. A convened one keeps its number, as does one whose later meetings' numbers are already cited
    (number_fixed_by). Returns {pk: (meeting, old label)} of those to move, not yet saved."""
    moved = {}
    if _ever_convened(meeting):
        return moved
    for field, among in _number_rows(meeting.council, meeting.fiscal_year).items():
        mine = getattr(meeting, field)
        if mine is None:
            continue
        later = list(among.filter(**{f"{field}__gt": mine}).exclude(pk=meeting.pk).select_for_update())
        if _shift(later, field, -1, moved):
            setattr(meeting, field, None)
    return moved


def _unschedule(case, *, by):
    """A case taken off a meeting waits for the next one: 継続審議 again if an earlier meeting carried it
    over, otherwise 受付済."""
    case = _lock(Case, case)
    continued = case.decisions.filter(outcome=Decision.Outcome.CONTINUED).exists()
    _set_case_status(case, Case.Status.CONTINUED if continued else Case.Status.ACCEPTED, by)


def _answer_label(answer):
    return answer.number or f"{answer.get_state_display()} #{answer.pk}"


_ANSWER_NUMBER = re.compile(r"^答申第\s*([0-9]+)\s*号$")


def normalise_answer_number(text):
    """「1」「１」「答申第 １ 号」 → 「答申第1号」; any other numbering the council uses is kept as typed (width folded)."""
    number = unicodedata.normalize("NFKC", text or "").strip()
    if number.isdigit():
        return f"答申第{int(number)}号"
    match = _ANSWER_NUMBER.match(number)
    return f"答申第{int(match.group(1))}号" if match else number


def _next_answer_number(council, date):
    """The highest 答申第N号 of the council's series, plus one (not a count: a number typed ahead of the count,
    or one skipped, would otherwise be given again), and at least the first number of a council that numbered
    its 答申 on paper before (Council.first_answer_number). A council numbering per 年度 (Council.answer_series)
    starts again from 答申第1号 each April: its series is the 答申 of the 年度 of `date`, the 答申日, and its first
    number applies in the 年度 the system began numbering only."""
    issued = Answer.objects.filter(council=council, state=Answer.State.ISSUED)
    first = council.first_answer_number or 1
    if council.answer_series == council.CaseSeries.FISCAL_YEAR:
        year = fiscal_year(date)
        start, end = datetime.date(year, 4, 1), datetime.date(year + 1, 4, 1)
        # A paper era's 答申 recorded for an imported case (record_past_answer) is no 答申 numbered here: the
        # first number still applies in the 年度 the system began.
        if issued.filter(date__lt=start).exclude(cases__imported=True).exists():
            first = 1
        issued = issued.filter(date__gte=start, date__lt=end)
    numbers = issued.values_list("number", flat=True)
    used = [value for value in map(_answer_number_value, numbers) if value is not None]
    return f"答申第{max(max(used, default=len(numbers)) + 1, first)}号"


def _answer_holding(answer, number, date):
    """The other issued 答申 of the council that has `number` in the fiscal year of `date`, or None."""
    year = fiscal_year(date)
    for other in (Answer.objects.filter(council_id=answer.council_id, state=Answer.State.ISSUED, number=number)
                  .exclude(pk=answer.pk)):
        if other.date is None or fiscal_year(other.date) == year:
            return other
    return None


def _check_answer_number_free(answer, number, date):
    """One council does not issue the same number twice in a fiscal year (some restart their numbering each year)."""
    other = _answer_holding(answer, number, date)
    if other is not None:
        raise ActionRefused(f"答申番号「{number}」はすでに使われています ({number} {to_wareki(other.date)})。"
                            "別の番号にするか、空欄にして自動で付けてください。")


def _answer_number_value(number):
    match = _ANSWER_NUMBER.match(number or "")
    return int(match.group(1)) if match else None


def answer_order_warnings(answer):
    """The council's issued 答申 whose 答申第N号 are not in the order of their 答申日 with this one's: a 答申 recorded
    for a past meeting after later ones were issued takes the next number (_next_answer_number), not its place.
    The secretariat checks the numbers the 答申書 bore and corrects the record (renumber_answer). A council whose
    numbering restarts each fiscal year (a number used in two years) is compared within the year only."""
    mine = _answer_number_value(answer.number)
    if answer.state != Answer.State.ISSUED or answer.date is None or mine is None:
        return []
    issued = [(other, _answer_number_value(other.number)) for other in
              Answer.objects.filter(council_id=answer.council_id, state=Answer.State.ISSUED).exclude(date=None)]
    issued = [(other, value) for other, value in issued if value is not None]
    yearly = (answer.council.answer_series == answer.council.CaseSeries.FISCAL_YEAR
              or _numbered_by_year((other.date, value) for other, value in issued))
    warnings = []
    for other, value in sorted(issued, key=lambda pair: (pair[0].date, pair[1])):
        if other.pk == answer.pk or (yearly and fiscal_year(other.date) != fiscal_year(answer.date)):
            continue
        if (value < mine and other.date > answer.date) or (value > mine and other.date < answer.date):
            warnings.append(f"{answer.number} ({to_wareki(answer.date)}) と {other.number} ({to_wareki(other.date)}) は、"
                            "答申番号が答申日の順になっていません。答申書に記載した番号と違うときは、"
                            "「答申番号を直す」で直してください。")
    return warnings


def _numbered_by_year(dated_numbers):
    """Whether a council's (答申日, number) pairs restart their numbering each fiscal year: a number used in two.
    The callers also take the council's setting (Council.answer_series): a council numbering per 年度 is compared
    within the year from its first April on, before any number has come round again."""
    years_of = {}
    for date, value in dated_numbers:
        years_of.setdefault(value, set()).add(fiscal_year(date))
    return any(len(years) > 1 for years in years_of.values())


def misordered_answers(council_ids):
    """The ids of the issued 答申 of these councils that answer_order_warnings would warn of, for the answers list:
    one read of the numbers and dates, and per council (and fiscal year, where its numbering restarts) an answer
    is out of order when an earlier day bore a higher number or a later day a lower one."""
    groups = {}
    rows = (Answer.objects.filter(council_id__in=council_ids, state=Answer.State.ISSUED).exclude(date=None)
            .values_list("pk", "council_id", "number", "date"))
    for pk, council, number, date in rows:
        value = _answer_number_value(number)
        if value is not None:
            groups.setdefault(council, []).append((date, value, pk))
    flagged = set()
    yearly = set(Council.objects.filter(pk__in=groups, answer_series=Council.CaseSeries.FISCAL_YEAR)
                 .values_list("pk", flat=True))
    for council, answers in groups.items():
        if council in yearly or _numbered_by_year((date, value) for date, value, _ in answers):
            by_year = {}
            for row in answers:
                by_year.setdefault(fiscal_year(row[0]), []).append(row)
            parts = by_year.values()
        else:
            parts = [answers]
        for part in parts:
            flagged |= _misordered(sorted(part))
    return flagged


def _misordered(answers):
    """Of (date, number, pk) sorted by date, those with a higher number on an earlier day or a lower one on a later
    day: the highest number of the days before, and the lowest of the days after, each day's own excluded."""
    days = {}
    for date, value, pk in answers:
        days.setdefault(date, []).append((value, pk))
    flagged, highest_before = set(), None
    for rows in days.values():
        if highest_before is not None:
            flagged |= {pk for value, pk in rows if value < highest_before}
        day_high = max(value for value, _ in rows)
        highest_before = day_high if highest_before is None else max(highest_before, day_high)
    lowest_after = None
    for rows in reversed(list(days.values())):
        if lowest_after is not None:
            flagged |= {pk for value, pk in rows if value > lowest_after}
        day_low = min(value for value, _ in rows)
        lowest_after = day_low if lowest_after is None else min(lowest_after, day_low)
    return flagged


@transaction.atomic
def renumber_answer(answer, *, number, reason, swap=False, by=None, seen_mark=None):
    """Correct the 答申番号 of an issued 答申 recorded with another number than its 答申書 bore (a 答申 recorded
    for a past meeting is given the next number: answer_order_warnings). The reason is kept in the history.
    With `swap`, the 答申 that holds the number in the year takes this one's (two numbers recorded the wrong
    way round); without it, a number in use is refused."""
    answer = _lock(Answer, answer)
    check_unchanged(answer, seen_mark)
    if answer.state != Answer.State.ISSUED:
        raise ActionRefused("発出前の答申の番号は、答申の案の編集で直してください。")
    number = normalise_answer_number(number)
    if not number:
        raise ActionRefused("答申番号を入力してください (答申書に記載した番号)。")
    note = history_reason(f"答申番号を{number}に訂正", reason, "答申番号を直す")
    if number == answer.number:
        raise ActionRefused(f"答申番号はすでに「{number}」です。")
    lock_council(answer.council)
    holder = _answer_holding(answer, number, answer.date)
    if holder is not None and not swap:
        raise ActionRefused(f"答申番号「{number}」はすでに使われています ({number} {to_wareki(holder.date)})。"
                            "二つの答申の番号を入れ替えるときは「番号を入れ替える」にチェックしてください。")
    old = answer.number
    answer.number = number
    # Not the 正誤's reason_note: the wording is unchanged, so no 正誤 is printed; the history still says why.
    answer._change_reason = note
    save_by(answer, by)
    schedule_answered(answer)
    if holder is not None:
        holder = _lock(Answer, holder)
        _check_answer_number_free(holder, old, holder.date)
        holder.number = old
        holder._change_reason = f"答申番号を{old}に訂正 ({number}と入れ替え)"
        save_by(holder, by)
        schedule_answered(holder)
        renumbered.send(sender=Answer, answer=holder, by=by)
    renumbered.send(sender=Answer, answer=answer, by=by)
    return answer


def _check_not_answered(case, *, but=None):
    """One 諮問 gets one 答申: a wording found wrong after issue is corrected (正誤), never answered again."""
    issued = case.answers.filter(state=Answer.State.ISSUED).exclude(pk=getattr(but, "pk", None)).first()
    if issued is not None:
        raise ActionRefused(f"{case} はすでに答申されています ({_answer_label(issued)})。"
                            "答申の文言の誤りは、発出した答申の訂正 (正誤) で直してください。")


def _check_joinable_appeals(cases):
    """An appeal's case is answered in one 答申 with others only where the 審査会 joined appeals against the same
    decision (併合): the 答申 issued from the appeal's page answers each of them, with the one decision's grounds.
    An ordinary 諮問 or an appeal against another decision in the draft could never be answered from there."""
    from shingikai.disclosure.models import Appeal

    appeals = list(Appeal.objects.filter(case__in=cases))
    if not appeals or len(cases) == 1:
        return
    decisions = {(a.request_id, a.against) for a in appeals}
    if len(appeals) < len(cases) or len(decisions) > 1:
        raise ActionRefused("審査請求の案件は、同じ決定に対する審査請求の案件とだけ一つの答申にできます (併合)。"
                            "審査請求の答申は、審査請求のページで答申案を作成し、答申します。")


@transaction.atomic
def draft_answer(council, *, cases, conclusion, addressee, opinions="", number="", by=None):
    """Draft the 答申 for decided consultations; it may be circulated and issued later."""
    cases = list(cases)
    if not cases:
        raise ActionRefused("答申する案件を選んでください。")
    if not conclusion.strip():
        raise ActionRefused("結論を入力してください。")
    decisions = []
    # Locked in one order, so two drafts for the same case at once wait for each other.
    cases = list(Case.objects.select_for_update().filter(pk__in=[c.pk for c in cases]).order_by("pk"))
    for case in cases:
        if case.council_id != council.pk:
            raise ActionRefused(f"{case} は別の審議会の案件です。")
        if case.kind != Case.Kind.CONSULTATION:
            raise ActionRefused(f"{case} は諮問ではないため答申できません。")
        decision = case.decisions.filter(outcome__in=ANSWERABLE_OUTCOMES).first()
        if decision is None:
            raise ActionRefused(f"{case} はまだ決定されていません。")
        _check_not_answered(case)
        earlier = case.answers.first()
        if earlier is not None:
            raise ActionRefused(f"{case} にはすでに答申の案があります ({_answer_label(earlier)})。その案を直してください。")
        decisions.append(decision)
    _check_joinable_appeals(cases)
    if isinstance(opinions, str):
        opinions = opinion_entries(opinions)
    answer = Answer(council=council, conclusion=conclusion.strip(), addressee=addressee,
                    opinions="\n".join(e.strip() for e in opinions if e.strip()),
                    number=normalise_answer_number(number))
    save_by(answer, by)
    answer.cases.set(cases)
    answer.decisions.set(decisions)
    return answer


@transaction.atomic
def circulate_answer(answer, *, by=None):
    """The secretariat sends the draft to the members before it is issued (e.g. at the next meeting)."""
    answer = _lock(Answer, answer)
    if answer.state != Answer.State.DRAFT:
        raise ActionRefused("回付できるのは案の答申のみです。")
    answer.state = Answer.State.CIRCULATED
    return save_by(answer, by)


@transaction.atomic
def respond_to_answer(answer, *, person, agrees, comment="", by):
    """A member in office answers the circulated 答申案: 了承, or a comment the secretariat reads before issuing."""
    answer = _lock(Answer, answer)
    if answer.state != Answer.State.CIRCULATED:
        raise ActionRefused("回付中の答申の案にのみ回答できます。")
    if not answer.council.memberships.in_office(timezone.localdate()).filter(person=person).exists():
        raise ActionRefused("答申の案に回答できるのは、審議会の在任中の委員です。")
    if answer.cases.filter(recusals__person=person).exists():
        raise ActionRefused(f"{person.name}委員は、この答申の案件に利害関係 (除斥) があるため回答できません。")
    return record_member_response(answer.member_responses, person=person, agrees=agrees, comment=comment, by=by,
                                  version=answer.version)


#: Why an 答申 cannot be issued on a day nobody can sign its 答申書, and what the secretariat can do about it.
NO_SIGNER = ("{date}付けの答申書に署名できる者がいません。会長が不在か案件に利害関係 (除斥) があり、会長職務代理者・"
             "副会長も不在か除斥されています。会長の選出や職務代理者の指名を記録するか、案件を審議した会議の議題で"
             "出席委員が互選した仮議長を記録してから答申してください。")


def answer_signature(council, on, cases):
    """Who signs a 答申書 dated `on` on `cases`, as 「会長　氏名」: the 会長 in office; the post vacant or the 会長
    recused from one of the cases (除斥), the first of stand_ins not recused (会長職務代理者, 副会長); with none,
    the 仮議長 the members chose (choose_provisional_chair) at the latest item that decided one of the cases, who
    presided over its deliberation, if still a member in office on `on`. None when nobody can: the letter is then
    not issued (issue_answer)."""
    from shingikai.councils.actions import signatory
    from shingikai.minutes.actions import PROVISIONAL_CHAIR

    cases = list(cases)
    recused = set().union(*(case.recused_ids() for case in cases))
    signed = signatory(council, on, but=recused)
    if signed is not None:
        return signed
    # The 仮議長 signs as a member: one whose term ran out (or who resigned) before the 答申日 no longer can.
    in_office = council.memberships.in_office(on).values("person_id")
    item = (AgendaItem.objects.filter(case__in=cases, decision__isnull=False, provisional_chair__in=in_office)
            .exclude(provisional_chair_id__in=recused).select_related("provisional_chair")
            .order_by("-meeting__date", "-pk").first())
    return f"{PROVISIONAL_CHAIR}　{item.provisional_chair.name}" if item is not None else None


@transaction.atomic
@within_reach
def issue_answer(answer, *, date=None, meeting=None, number=None, by=None):
    answer = _lock(Answer, answer)
    if answer.state == Answer.State.ISSUED:
        raise ActionRefused("この答申はすでに発出されています。")
    # The cases locked first: another 答申 of the same case issued at the same moment waits, then is refused.
    case_ids = list(answer.cases.values_list("pk", flat=True))
    for case in Case.objects.select_for_update().filter(pk__in=case_ids).order_by("pk"):
        _check_not_answered(case, but=answer)
    date = settling_date(date, "答申日")
    if answer_signature(answer.council, date, answer.cases.all()) is None:
        # The 答申書 would go out signed by 「会長」 with no name, or by the 会長 who withdrew from the case.
        raise ActionRefused(NO_SIGNER.format(date=to_wareki(date)), code="no_signer")
    if meeting is not None:
        if meeting.council_id != answer.council_id:
            raise ActionRefused("別の審議会の会議です。")
        if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
            raise ActionRefused("答申する会議が開催されていません。")
        if meeting.date and date < meeting.date:
            raise ActionRefused(f"答申日 ({to_wareki(date)}) が答申した会議の日 ({to_wareki(meeting.date)}) より前です。")
    for decision in answer.decisions.select_related("agenda_item__meeting"):
        decided_on = decision.agenda_item.meeting.date
        if decided_on and date < decided_on:
            raise ActionRefused(f"答申日 ({to_wareki(date)}) が審議した会議の日 ({to_wareki(decided_on)}) より前です。")
    if number is not None:
        answer.number = normalise_answer_number(number)
    lock_council(answer.council)
    if not answer.number:
        answer.number = _next_answer_number(answer.council, date)
    _check_answer_number_free(answer, answer.number, date)
    answer.date = date
    answer.meeting = meeting
    answer.state = Answer.State.ISSUED
    answer.issued_at = timezone.now()
    save_by(answer, by)
    for case in answer.cases.all():
        _set_case_status(case, Case.Status.ANSWERED, by)
    schedule_answered(answer)
    return answer


#: What an imported case was answered as when the secretariat records its 答申 from the paper era.
PAST_ANSWER_STATES = (Case.Status.DECIDED, Case.Status.CONTINUED)


@transaction.atomic
@within_reach
def record_past_answer(case, *, number, date, conclusion, by=None):
    """The secretariat records the 答申 a case heard before the system was answered with (its number and date, as
    issued on paper): the case is 答申済, leaves the cases waiting for a 答申 and its department's open cases,
    and the council's 答申番号 go on after it. Only for an imported case: one heard here is answered here."""
    case = _lock(Case, case)
    if not case.imported:
        raise ActionRefused("過去の答申を記録できるのは、会議録から取り込んだ案件です。"
                            "このシステムで審議した案件は「答申」の画面から答申してください。")
    if case.kind != Case.Kind.CONSULTATION:
        raise ActionRefused(f"{case} は諮問ではないため答申できません。")
    _check_not_answered(case)
    if case.status not in PAST_ANSWER_STATES:
        raise ActionRefused(f"{case.get_status_display()}の案件には答申を記録できません。")
    earlier = case.answers.first()
    if earlier is not None:
        raise ActionRefused(f"{case} にはすでに答申の案があります ({_answer_label(earlier)})。その案を発出してください。")
    number = normalise_answer_number(number)
    if not number:
        raise ActionRefused("答申番号を入力してください (答申書に記載された番号)。")
    if date is None:
        raise ActionRefused("答申日を入力してください。")
    not_in_future(date, "答申日")
    if not conclusion.strip():
        raise ActionRefused("結論を入力してください。")
    heard = case.agenda_items.exclude(meeting__date=None).aggregate(last=Max("meeting__date"))["last"]
    if heard and date < heard:
        raise ActionRefused(f"答申日 ({to_wareki(date)}) が審議した会議の日 ({to_wareki(heard)}) より前です。")
    lock_council(case.council)
    answer = Answer(council=case.council, number=number, date=date, addressee=case.council.municipality.head,
                    conclusion=conclusion.strip(), state=Answer.State.ISSUED, issued_at=timezone.now())
    _check_answer_number_free(answer, number, date)
    save_by(answer, by)
    answer.cases.set([case])
    answer.decisions.set(case.decisions.filter(outcome__in=ANSWERABLE_OUTCOMES))
    _set_case_status(case, Case.Status.ANSWERED, by)
    schedule_answered(answer)
    return answer


@transaction.atomic
def publish_answer(answer, *, by=None):
    """The council decides to publish a 答申 on a case it heard in a closed item (many publish every 答申): its
    text, number and date reach the public pages, the API and search; the case and the closed deliberation
    stay closed. An appeal's 答申 is published from the appeal, as its masked version."""
    answer = _lock(Answer, answer)
    if answer.state != Answer.State.ISSUED:
        raise ActionRefused("発出した答申だけを公表できます。")
    if answer.cases.filter(appeal__isnull=False).exists():
        raise ActionRefused("審査請求の答申は、審査請求のページから公開版 (氏名と不開示とした部分を伏せたもの) を公表します。")
    if answer.published_at is not None:
        raise ActionRefused("この答申はすでに公表しています。")
    if publicity.answers().filter(pk=answer.pk).exists():
        raise ActionRefused("この答申は案件が公開のため、すでに公開ページに掲載されています。")
    answer.published_at = timezone.now()
    save_by(answer, by, update_fields=["published_at"])
    schedule_answered(answer)
    return answer


@transaction.atomic
def unpublish_answer(answer, *, by=None):
    """Take back a 答申 published by publish_answer (published by mistake, or the council reconsiders)."""
    answer = _lock(Answer, answer)
    if answer.published_at is None:
        raise ActionRefused("この答申は公表の手続きをしていません。")
    answer.published_at = None
    save_by(answer, by, update_fields=["published_at"])
    schedule_answered(answer)
    return answer


def mark_overdue_notified(follow_up, *, on):
    """Remember that the overdue notice went out, so it is sent once. Written with a history row of its own
    by the system (not left for the next person's save to be credited with), and without raising the
    version: it is a delivery marker, so a form opened before it is not stale."""
    follow_up.overdue_notified_on = on
    save_by(follow_up, None, update_fields=["overdue_notified_on"])


# Corrections: attendance and turns until the minutes are confirmed, the agenda until the meeting closes,
# the answer until it is issued.

def _check_decisions_keep_quorum(meeting):
    """A corrected attendance must still show a quorum at the time of every decision already recorded."""
    attendances = list(meeting.attendances.all())
    for decision in Decision.objects.filter(agenda_item__meeting=meeting).select_related("agenda_item"):
        present, required, ok = quorum_status(meeting, attendances, at=decision.decided_at, case=decision.case)
        if not ok:
            when = f"{decision.decided_at:%H:%M} の" if decision.decided_at else ""
            raise ActionRefused(
                f"この訂正では「{decision.agenda_item.title}」の{when}決定の時点で定足数に達しません "
                f"(出席 {present} 人、定足数 {required} 人)。")


def _check_within_meeting(meeting, at, what):
    """A time in the meeting (a decision, a late arrival, an early departure) lies between its opening and, once
    it is closed, its closing. Its opening is its start time, or the moment it was opened on its day when that
    came first (a meeting begun early keeps the time planned, which cannot change while it is open): a decision
    recorded then without a time takes the time it is recorded, and its correction must accept that time."""
    if at is None:
        return
    if meeting.start_time and at < meeting.start_time:
        opened = _opened_at(meeting)
        if opened is None or at < opened:
            began = f"開会 ({opened:%H:%M})" if opened is not None else f"開始時刻 ({meeting.start_time:%H:%M})"
            raise ActionRefused(f"{what} ({at:%H:%M}) が会議の{began} より前です。")
    if meeting.state == Meeting.State.HELD and meeting.end_time and at > meeting.end_time:
        raise ActionRefused(f"{what} ({at:%H:%M}) が会議の終了時刻 ({meeting.end_time:%H:%M}) より後です。")


def _opened_at(meeting):
    """The minute the meeting was opened here, when that was on its day and before its start time; else None."""
    opened = (meeting.history.filter(state=Meeting.State.OPEN).order_by("history_date")
              .values_list("history_date", flat=True).first())
    if opened is None:
        return None
    opened = timezone.localtime(opened)
    at = opened.time().replace(second=0, microsecond=0)
    return at if opened.date() == meeting.date and at < meeting.start_time else None


def _check_times(meeting, arrived_at, left_at):
    _check_within_meeting(meeting, arrived_at, "入室の時刻")
    _check_within_meeting(meeting, left_at, "退室の時刻")
    if arrived_at is not None and left_at is not None and left_at <= arrived_at:
        raise ActionRefused(f"退室の時刻 ({left_at:%H:%M}) が入室の時刻 ({arrived_at:%H:%M}) より前です。")


def _roles_on_the_day(council, on):
    """{person id: office} of the members in office on `on`: the officers of that day (roles_on), not the office
    a membership shows now (a meeting recorded after its day, after the term ended or a new chair was elected,
    listed its chair as 委員)."""
    from shingikai.councils.actions import roles_on
    from shingikai.councils.models import Membership

    roles = dict.fromkeys(council.memberships.in_office(on).values_list("person_id", flat=True),
                          Membership.Role.MEMBER)
    roles.update((person, role) for person, role in roles_on(council, on).items() if person in roles)
    return roles


@transaction.atomic
def add_attendee(meeting, *, kind, person=None, staff=None, name="", title="", present=True, arrived_at=None,
                 left_at=None, agenda_item=None, by=None):
    """Add someone to the attendance after opening: a member, the secretariat, department staff, an observer."""
    meeting = _lock(Meeting, meeting)
    _check_correctable(meeting, "出席")
    if kind not in Attendance.Kind.values:
        raise ActionRefused(f"出席者の区分が正しくありません: {kind}")
    _check_times(meeting, arrived_at, left_at)
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ActionRefused("説明員の議題がこの会議のものではありません。")
    if kind == Attendance.Kind.MEMBER:
        if person is None:
            raise ActionRefused("委員を選んでください。")
        membership = meeting.council.memberships.in_office(meeting.date).filter(person=person).first()
        if membership is None:
            raise ActionRefused(f"{person} は開催日に在任の委員ではありません。")
        if meeting.attendances.filter(kind=kind, person=person).exists():
            raise ActionRefused(f"{person} はすでに出席者の一覧にあります。出席・欠席を訂正してください。")
        from shingikai.councils.models import Membership
        name = person.name
        title = dict(Membership.Role.choices)[_roles_on_the_day(meeting.council, meeting.date)[person.pk]]
    elif staff is not None:
        if meeting.attendances.filter(kind=kind, staff=staff, agenda_item=agenda_item).exists():
            raise ActionRefused(f"{staff.name} はすでに出席者の一覧にあります。")
        name = staff.name
        title = title or (f"{staff.department or ''} {staff.title}".strip() if kind == Attendance.Kind.DEPARTMENT
                          else staff.title)
    if not name.strip():
        raise ActionRefused("氏名を入力してください。")
    attendance = Attendance(meeting=meeting, kind=kind, person=person, staff=staff, name=name.strip(),
                            title=title.strip(), present=present, arrived_at=arrived_at, left_at=left_at,
                            agenda_item=agenda_item)
    save_by(attendance, by)
    _check_decisions_keep_quorum(meeting)
    from shingikai.minutes.actions import follow_presiding
    follow_presiding(meeting)
    _bump(meeting)
    return attendance


@transaction.atomic
def correct_attendance(attendance, *, present, arrived_at=None, left_at=None, by=None):
    """Correct one attendee: present or absent, and a late arrival or an early departure with its time."""
    attendance = _lock(Attendance, attendance)
    meeting = _lock(Meeting, attendance.meeting)
    _check_correctable(meeting, "出席")
    _check_times(meeting, arrived_at, left_at)
    if not present and (arrived_at or left_at):
        raise ActionRefused("欠席の人には入室・退室の時刻を記録できません。")
    attendance.present = present
    attendance.arrived_at = arrived_at
    attendance.left_at = left_at
    save_by(attendance, by)
    _check_decisions_keep_quorum(meeting)
    from shingikai.minutes.actions import follow_presiding
    follow_presiding(meeting)
    _bump(meeting)
    return attendance


@transaction.atomic
def remove_attendee(attendance, *, by=None):
    """Take someone recorded by mistake off the list (a member who was not there is marked absent instead)."""
    attendance = _lock(Attendance, attendance)
    meeting = _lock(Meeting, attendance.meeting)
    _check_correctable(meeting, "出席")
    if attendance.kind == Attendance.Kind.MEMBER:
        raise ActionRefused("委員は一覧から外さず、欠席として訂正してください。")
    delete_by(attendance, by)
    _bump(meeting)


def _renumber(objects, model):
    """Give `objects` the orders 1..n in list order. Two steps, because (meeting, order) is unique and a
    swap would collide half way; this is the one place that reassigns orders."""
    if not objects:
        return
    pks = [o.pk for o in objects]
    offset = max(o.order for o in objects) + len(objects) + 1
    model.objects.filter(pk__in=pks).update(order=F("order") + offset)
    for position, obj in enumerate(objects, start=1):
        model.objects.filter(pk=obj.pk).update(order=position)
        obj.order = position


def _moved(objects, obj, position):
    rest = [o for o in objects if o.pk != obj.pk]
    position = max(1, min(position, len(rest) + 1))
    rest.insert(position - 1, obj)
    return rest


@transaction.atomic
def edit_turn(turn, *, speaker_label, role, text, agenda_item=None, person=None, staff=None, by=None,
              seen_mark=None):
    """Correct a recorded turn: who spoke, what was said, under which item. `seen_mark`: the turn's
    history_mark when the form was opened (a correction made meanwhile is not overwritten)."""
    turn = _lock(Turn, turn)
    check_unchanged(turn, seen_mark)
    meeting = _lock(Meeting, turn.meeting)
    _check_correctable(meeting, "発言")
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ActionRefused("議題がこの会議のものではありません。")
    if role not in Turn.Role.values:
        raise ActionRefused(f"発言者の区分が正しくありません: {role}")
    if not speaker_label.strip() or not text.strip():
        raise ActionRefused("発言者と発言内容を入力してください。")
    turn.speaker_label, turn.role, turn.text = speaker_label.strip(), role, text.strip()
    turn.agenda_item, turn.person, turn.staff = agenda_item, person, staff
    save_by(turn, by)
    _bump(meeting)
    return turn


@transaction.atomic
def delete_turn(turn, *, by=None):
    turn = _lock(Turn, turn)
    meeting = _lock(Meeting, turn.meeting)
    _check_correctable(meeting, "発言")
    delete_by(turn, by)
    _renumber(list(Turn.objects.filter(meeting=meeting).order_by("order")), Turn)
    _bump(meeting)


@transaction.atomic
def move_turn(turn, *, position=None, agenda_item=..., by=None):
    """Put a turn at another place in the record (1 = first) and/or under another agenda item."""
    turn = _lock(Turn, turn)
    meeting = _lock(Meeting, turn.meeting)
    _check_correctable(meeting, "発言")
    if agenda_item is not ...:
        if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
            raise ActionRefused("議題がこの会議のものではありません。")
        turn.agenda_item = agenda_item
        save_by(turn, by, update_fields=["agenda_item"])
    if position is not None:
        turns = list(Turn.objects.filter(meeting=meeting).order_by("order"))
        _renumber(_moved(turns, turn, position), Turn)
    _bump(meeting)
    return Turn.objects.get(pk=turn.pk)


@transaction.atomic
def move_agenda_item(item, *, position, by=None):
    item = _lock(AgendaItem, item)
    meeting = _lock(Meeting, item.meeting)
    _check_agenda_open(meeting)
    items = list(meeting.items.order_by("order"))
    _renumber(_moved(items, item, position), AgendaItem)
    _bump(meeting)
    return AgendaItem.objects.get(pk=item.pk)


@transaction.atomic
def remove_agenda_item(item, *, by=None):
    """Take an item off the agenda; its case goes back to the list of cases waiting for a meeting."""
    item = _lock(AgendaItem, item)
    meeting = _lock(Meeting, item.meeting)
    _check_agenda_open(meeting)
    if Decision.objects.filter(agenda_item=item).exists():
        raise ActionRefused(f"「{item.title}」には決定が記録されているため、次第から外せません。")
    if item.turns.exists():
        raise ActionRefused(f"「{item.title}」には発言が記録されています。先に発言を別の議題へ移してください。")
    item.attendances.update(agenda_item=None)
    case = item.case
    delete_by(item, by)
    if case is not None and case.status == Case.Status.SCHEDULED:
        _unschedule(case, by=by)
    _renumber(list(meeting.items.order_by("order")), AgendaItem)
    _bump(meeting)


@transaction.atomic
def set_agenda_item_publicity(item, *, is_public, closed_reason="", by=None):
    item = _lock(AgendaItem, item)
    meeting = _lock(Meeting, item.meeting)
    if meeting.state in (Meeting.State.PLANNED, Meeting.State.CANCELLED):
        _check_agenda_open(meeting)
    else:
        # A closed session the council decided on at the meeting is recorded afterwards, until the minutes settle.
        _check_correctable(meeting, "議題の公開・非公開")
    # The form shows a closed item's reason in its box: ticking 公開 and leaving that reason there makes it public;
    # a reason typed anew beside 公開 is the contradiction check_publicity refuses.
    check_publicity(is_public, "" if closed_reason.strip() == item.closed_reason else closed_reason, box="公開")
    if is_public and not meeting.is_public:
        raise ActionRefused("非公開の会議の議題は公開にできません。")
    if is_public and item.case_id and item.case.is_appeal:
        raise ActionRefused("審査請求の調査審議は非公開で行うため、この議題は公開にできません。")
    item.is_public = is_public
    item.closed_reason = "" if is_public else closed_reason.strip()
    save_by(item, by, update_fields=["is_public", "closed_reason"])
    _bump(meeting)
    return item


@transaction.atomic
def correct_issued_answer(answer, *, conclusion, addressee, opinions=(), reason, by=None, seen_mark=None):
    """正誤: correct the wording of an issued 答申 (a typo found after issue). Its number, date and cases stay;
    the reason is kept with the change in the history, which the answer's page shows."""
    answer = _lock(Answer, answer)
    check_unchanged(answer, seen_mark)
    if answer.state != Answer.State.ISSUED:
        raise ActionRefused("発出前の答申は、案の編集で直してください。")
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused("訂正の理由を入力してください。")
    if not conclusion.strip() or not addressee.strip():
        raise ActionRefused("結論と宛先を入力してください。")
    new = {"conclusion": conclusion.strip(), "addressee": addressee.strip(),
           "opinions": "\n".join(e.strip() for e in opinions if e.strip())}
    if all(getattr(answer, name) == value for name, value in new.items()):
        raise ActionRefused("訂正する箇所がありません。")
    for name, value in new.items():
        setattr(answer, name, value)
    answer._change_reason = reason_note(reason)
    answer = save_by(answer, by)
    answer_corrected.send(sender=Answer, answer=answer, by=by)
    schedule_answered(answer)
    return answer


@transaction.atomic
def edit_answer(answer, *, conclusion, addressee, opinions=(), number="", by=None, seen_mark=None):
    """Edit the 答申 draft until it is issued. `opinions`: the 附帯意見, one entry each (numbered when printed).
    `seen_mark`: the draft's history_mark when the form was opened (another edit meanwhile is refused)."""
    answer = _lock(Answer, answer)
    check_unchanged(answer, seen_mark)
    if answer.state == Answer.State.ISSUED:
        raise ActionRefused("発出した答申は編集できません。")
    if not conclusion.strip():
        raise ActionRefused("結論を入力してください。")
    if not addressee.strip():
        raise ActionRefused("宛先を入力してください。")
    wording = (answer.conclusion, answer.addressee, answer.opinions)
    answer.conclusion = conclusion.strip()
    answer.addressee = addressee.strip()
    answer.opinions = "\n".join(e.strip() for e in opinions if e.strip())
    answer.number = normalise_answer_number(number)
    if (answer.conclusion, answer.addressee, answer.opinions) != wording:
        answer.version += 1  # the members' answers so far were given on the earlier wording
    return save_by(answer, by)


# Corrections of a recorded decision and of its conditions and follow-ups. A decision is what the minutes
# report, so it stays correctable until they are confirmed; afterwards an error in it is recorded as a
# correction of the minutes (会議録の訂正, with its reason). A follow-up's tracking (who, by when) stays
# correctable until it is completed.

DECISION_SETTLED = ("会議録が確定しているため、決定は直せません。"
                    "誤りは会議録の訂正 (理由を付けた訂正) として記録してください。")


def _decision_meeting(decision, what="決定"):
    """The decision's meeting, locked, once its record may still change."""
    meeting = _lock(Meeting, decision.agenda_item.meeting)
    if _minutes_locked(meeting):
        raise ActionRefused(DECISION_SETTLED if what == "決定" else
                            f"会議録が確定しているため、{what}は直せません。誤りは会議録の訂正として記録してください。")
    return meeting


def _later_items(decision):
    """The case's agenda items after a 継続審議 decision (a later meeting that took it up again)."""
    if decision.case_id is None:
        return AgendaItem.objects.none()
    return (AgendaItem.objects.filter(case_id=decision.case_id, pk__gt=decision.agenda_item_id)
            .exclude(meeting__state=Meeting.State.CANCELLED).select_related("meeting"))


def _check_no_later_meeting(decision, doing):
    later = _later_items(decision).first()
    if decision.outcome == Decision.Outcome.CONTINUED and later is not None:
        raise ActionRefused(f"この案件は継続審議として {later.meeting.short_label} の会議の次第に載っているため、"
                            f"{doing}。先にその会議の次第から外してください。")


_APPROVING = (Decision.Outcome.APPROVED, Decision.Outcome.CONSENTED, Decision.Outcome.CONDITIONAL)


def _check_vote_carries(outcome, vote_method, votes_for, votes_against, chair_decided):
    """A vote's counts must carry the outcome recorded: a majority for an approval, against for a 不承認, and a
    tie only with the chair's casting vote (可否同数のときは、会長の決するところによる)."""
    if vote_method != Decision.VoteMethod.BALLOT:
        if chair_decided:
            raise ActionRefused("「可否同数のため会長が決した」は採決の場合にだけ記録できます。")
        return
    if votes_for is None or votes_against is None:
        return
    if votes_for == votes_against:
        if not chair_decided and (outcome in _APPROVING or outcome == Decision.Outcome.REJECTED):
            raise ActionRefused(f"賛成と反対が同数 ({votes_for}) です。会長が決したときは「可否同数のため会長が決した」に"
                                "印を付けてください。")
        return
    if chair_decided:
        raise ActionRefused("賛成と反対が同数ではないため、「可否同数のため会長が決した」は記録できません。")
    if outcome in _APPROVING and votes_for < votes_against:
        raise ActionRefused(f"反対 ({votes_against}) が賛成 ({votes_for}) より多いため、「{outcome}」とは記録できません。"
                            "結論か人数を確かめてください。")
    if outcome == Decision.Outcome.REJECTED and votes_for > votes_against:
        raise ActionRefused(f"賛成 ({votes_for}) が反対 ({votes_against}) より多いため、「不承認」とは記録できません。"
                            "結論か人数を確かめてください。")


def _check_quorum_throughout(meeting, case, required):
    """A decision without a time is counted only with the members in the room from opening to closing: one who
    came late or left early may have been out when it was taken, and the quorum would count them all the same."""
    stayed = meeting.members_present().filter(arrived_at__isnull=True, left_at__isnull=True)
    if case is not None:
        stayed = stayed.exclude(person__recusals__case=case)
    if stayed.count() < required:
        raise ActionRefused(f"途中で入室・退室した委員がいるため、決定の時刻を入力してください。定足数はその時刻に在室の委員で"
                            f"数えます (初めから終わりまで在室した委員 {stayed.count()} 人、定足数 {required} 人)。")


def _check_decision_fields(item, meeting, *, outcome, vote_method, votes_for, votes_against, votes_abstain,
                           decided_at, chair_decided=False):
    """The rules a decision's own fields obey when it is recorded or corrected."""
    if outcome not in Decision.Outcome.values or outcome == Decision.Outcome.UNKNOWN:
        raise ActionRefused(f"結論が正しくありません: {outcome}")
    if vote_method not in Decision.VoteMethod.values or vote_method == Decision.VoteMethod.UNKNOWN:
        raise ActionRefused("決定の方法を選んでください。")
    if item.kind == AgendaItem.Kind.REPORT and outcome not in (Decision.Outcome.REPORT_NOTED, Decision.Outcome.CONTINUED):
        raise ActionRefused("報告の議題の結論は「報告了承」または「継続審議」です。")
    present, required, ok = quorum_status(meeting, at=decided_at, case=item.case)
    if not ok:
        when = f"{decided_at:%H:%M} の" if decided_at else ""
        recused = "、除斥の委員を除く" if item.case is not None and item.case.recusals.exists() else ""
        raise ActionRefused(f"定足数に達していないため決定できません ({when}出席 {present} 人{recused}、定足数 {required} 人)。")
    if decided_at is None:
        _check_quorum_throughout(meeting, item.case, required)
    if vote_method == Decision.VoteMethod.BALLOT and (votes_for is None or votes_against is None):
        raise ActionRefused("採決の場合は賛成と反対の人数を入力してください。")
    if (votes_for or 0) + (votes_against or 0) + (votes_abstain or 0) > present:
        raise ActionRefused("投票数が出席委員数を超えています。")
    _check_vote_carries(outcome, vote_method, votes_for, votes_against, chair_decided)


@transaction.atomic
def correct_decision(decision, *, outcome, vote_method, wording="", votes_for=None, votes_against=None,
                     votes_abstain=None, chair_decided=False, decided_at=None, by=None, seen_mark=None):
    """Correct a recorded decision (its outcome, method, votes, wording, time) until the minutes are
    confirmed, under the rules it was recorded by. The outcome stays while an 答申 rests on it, and a
    継続審議 stays while a later meeting has taken the case up again. `seen_mark`: the decision's
    history_mark when the form was opened."""
    decision = _lock(Decision, decision)
    check_unchanged(decision, seen_mark)
    meeting = _decision_meeting(decision)
    item = decision.agenda_item
    _check_within_meeting(meeting, decided_at, "決定の時刻")
    _check_decision_fields(item, meeting, outcome=outcome, vote_method=vote_method, votes_for=votes_for,
                           votes_against=votes_against, votes_abstain=votes_abstain, chair_decided=chair_decided,
                           decided_at=decided_at)
    if outcome != decision.outcome:
        answers = decision.answers.all()
        if answers.exclude(state=Answer.State.DRAFT).exists() or (
                outcome not in ANSWERABLE_OUTCOMES and answers.exists()):
            raise ActionRefused("この決定をもとにした答申があるため、結論は直せません。")
        _check_no_later_meeting(decision, "結論は直せません")
        if outcome == Decision.Outcome.CONTINUED and decision.follow_ups.filter(kind=FollowUp.Kind.CONDITION).exists():
            raise ActionRefused("継続審議の決定には条件を付けられません。先に条件を外してください。")
        if outcome != Decision.Outcome.CONTINUED and decision.case_id is not None:
            earlier = decision.case.decisions.exclude(pk=decision.pk).exclude(outcome=Decision.Outcome.CONTINUED)
            if earlier.exists():
                raise ActionRefused(f"この案件はすでに「{earlier.first().outcome}」と決定されています。")
    new = {"outcome": outcome, "vote_method": vote_method, "wording": (wording or "").strip(),
           "votes_for": votes_for, "votes_against": votes_against, "votes_abstain": votes_abstain,
           "chair_decided": bool(chair_decided), "decided_at": decided_at}
    if all(getattr(decision, name) == value for name, value in new.items()):
        raise ActionRefused("訂正する箇所がありません。")
    for name, value in new.items():
        setattr(decision, name, value)
    save_by(decision, by)
    if decision.case_id is not None:
        _set_case_status(decision.case, Case.Status.CONTINUED if outcome == Decision.Outcome.CONTINUED
                         else Case.Status.DECIDED, by)
    _bump(meeting)
    return decision


@transaction.atomic
def withdraw_decision(decision, *, by=None, seen_mark=None):
    """Take back a decision recorded by mistake (on the wrong item, or before the vote) until the minutes
    are confirmed; its conditions and follow-ups go with it, each deletion kept in the history. The item
    waits for its decision again, and its case with it."""
    decision = _lock(Decision, decision)
    check_unchanged(decision, seen_mark)
    meeting = _decision_meeting(decision)
    if decision.answers.exists():
        raise ActionRefused("この決定をもとにした答申があるため、取り消せません。")
    _check_no_later_meeting(decision, "取り消せません")
    follow_ups = list(decision.follow_ups.all())
    if any(f.status in (FollowUp.Status.RESPONDED, FollowUp.Status.CLOSED) or f.response for f in follow_ups):
        raise ActionRefused("担当課が回答した条件・フォローアップがあるため、この決定は取り消せません。")
    for follow_up in follow_ups:
        delete_by(follow_up, by)
    case = decision.case
    delete_by(decision, by)
    if case is not None:
        _set_case_status(case, Case.Status.SCHEDULED, by)
    _bump(meeting)


def next_open_due_date(follow_up):
    """The next open day when the follow-up's 期限 falls on a day the city's offices are closed (土日祝, 年末年始, its
    own closed days), else None. Said to the secretariat, not moved: the 期限 is the council's decision, as the
    答申書 prints it, where the registers move a period the law sets and the system counts."""
    from shingikai.disclosure.deadlines import next_open_day, rules_for

    if follow_up.due_date is None:
        return None
    municipality = follow_up.decision.agenda_item.meeting.council.municipality
    moved = next_open_day(follow_up.due_date, rules_for(municipality))
    return moved if moved != follow_up.due_date else None


def _check_not_before_decision(decision, day, what):
    """`day` (a follow-up's 期限 or 依頼日) cannot lie before the day the council decided it."""
    decided_on = Meeting.objects.filter(items__pk=decision.agenda_item_id).values_list("date", flat=True).first()
    if day is not None and decided_on is not None and day < decided_on:
        raise ActionRefused(f"{what} ({to_wareki(day)}) が決定した会議の日 ({to_wareki(decided_on)}) より前です。")


def _checked_request_day(decision, requested_on):
    """The day a follow-up was requested of its department: on or after the deciding meeting, not ahead of today."""
    if requested_on is None:
        raise ActionRefused("依頼日を入力してください。")
    _check_not_before_decision(decision, requested_on, "依頼日")
    return not_in_future(requested_on, "依頼日")


@transaction.atomic
@within_reach
def correct_follow_up(follow_up, *, kind, text, department=None, due_date=None, requested_on=KEEP, by=None,
                      expected_version=None):
    """Correct a condition or follow-up recorded with a wrong text, kind, department, due date or the day it was
    requested of the department (requested_on, the 依頼文's date; KEEP leaves it). Its text and kind are what the
    minutes report, so they change only until the minutes are confirmed; who answers it, by when and since when,
    until it is completed (a completed one is reopened first)."""
    follow_up = _lock(FollowUp, follow_up)
    check_version(follow_up, expected_version, what="条件・フォローアップ")
    decision = follow_up.decision
    if follow_up.status == FollowUp.Status.CLOSED:
        raise ActionRefused("完了した項目は直せません。直す場合は、理由を付けて再開してからにしてください。")
    if requested_on is not KEEP and requested_on != follow_up.requested_on:
        follow_up.requested_on = _checked_request_day(decision, requested_on)
    text, department = _follow_up_fields(decision, kind=kind, text=text, department=department, due_date=due_date)
    if kind != follow_up.kind or text != follow_up.text:
        _decision_meeting(decision, "条件・フォローアップの内容")
    if kind != follow_up.kind:
        if follow_up.status == FollowUp.Status.RESPONDED:
            raise ActionRefused("担当課が回答した項目の種別は直せません。")
        if decision.outcome == Decision.Outcome.CONTINUED and kind == FollowUp.Kind.CONDITION:
            raise ActionRefused("継続審議の決定には条件を付けられません。")
        follow_up.status = FollowUp.Status.NOT_TRACKED if kind == FollowUp.Kind.OPINION else FollowUp.Status.OPEN
    if due_date != follow_up.due_date:
        follow_up.overdue_notified_on = None  # the overdue notice goes out again for the new due date
    follow_up.kind, follow_up.text, follow_up.department, follow_up.due_date = kind, text, department, due_date
    follow_up.version += 1
    save_by(follow_up, by)
    _bump(decision.agenda_item.meeting)
    return follow_up


@transaction.atomic
def remove_follow_up(follow_up, *, by=None, expected_version=None):
    """Remove a condition or follow-up recorded by mistake, until the minutes are confirmed and as long as
    the department has not answered it; the deletion stays in its history."""
    follow_up = _lock(FollowUp, follow_up)
    check_version(follow_up, expected_version, what="条件・フォローアップ")
    meeting = _decision_meeting(follow_up.decision, "条件・フォローアップ")
    if follow_up.status in (FollowUp.Status.RESPONDED, FollowUp.Status.CLOSED) or follow_up.response:
        raise ActionRefused("担当課が回答した項目は削除できません。")
    delete_by(follow_up, by)
    _bump(meeting)
