"""Actions on minutes: draft, designate signers, confirm, sign, amend, publish; and the import lifecycle
(receive a file, correct the pending review, import, publish, unpublish, reopen, delete, expire)."""
import datetime
import hashlib
import re
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import BooleanField, Case, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

from shingikai import access, filetypes
from shingikai.councils.actions import chair_of, record_member_response
from shingikai.errors import ActionRefused
from shingikai.history import REASON_MAX, check_version, save_by
from shingikai.jp.wareki import to_wareki
from shingikai.settling import settling_date, within_reach
from shingikai.meetings.models import AgendaItem, Attendance, Decision, FollowUp, Meeting, Turn

from .models import Amendment, ImportRecord, Minutes, MinutesSigner, PendingImport


EMPTY_SUMMARY = ("概要・結論が空です。内容を入力してください。保存されている概要・結論を消して確定するときは、"
                 "「概要・結論を空のまま確定する」にチェックしてください。")


#: Outcomes that are only complete with the 条件 they were given on: printed without one, the 会議録 would record
#: a conditional approval of nothing.
CONDITIONAL_OUTCOMES = (Decision.Outcome.CONDITIONAL,)


def items_missing_conditions(meeting):
    """The meeting's items decided with a conditional outcome and no 条件 recorded yet. The decision is recorded
    first and its conditions after it (add_follow_up), so only the minutes' confirmation waits for them. Each
    item comes with its decision, which missing_conditions_text names, in the one query."""
    return list(meeting.items.filter(decision__outcome__in=CONDITIONAL_OUTCOMES).exclude(
        decision__follow_ups__kind=FollowUp.Kind.CONDITION).select_related("decision").order_by("order"))


def missing_conditions_text(items):
    """「議題1「…」（条件付き承認）」… for the confirm step's refusal and the minutes page's warning."""
    return "、".join(f"議題{item.order}「{item.title}」（{item.decision.outcome}）" for item in items)


#: The box the confirm step shows while members' checks are missing or a 修正意見 is open (open_checks).
OPEN_CHECKS_BOX = "未回答・未処理の修正意見を承知のうえ確定する"


def open_checks(minutes):
    """What the circulation still waits for: (the present members with no check, the 修正意見 on the draft as it
    stands). A 修正意見 on an earlier version is taken as dealt with by the edit since; the member is asked again
    (request_checks) and their new answer is what counts. An imported record has no checks here."""
    if minutes.meeting.imported:
        return [], []
    present = [a.person for a in minutes.meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True)
               .select_related("person").order_by("pk")]
    checks = {c.person_id: c for c in minutes.checks.select_related("person")}
    unanswered = [person for person in present if person.pk not in checks]
    comments = [checks[person.pk] for person in present
                if person.pk in checks and not checks[person.pk].agrees and checks[person.pk].version == minutes.version
                and not checks[person.pk].dealt_with_at]
    return unanswered, comments


def _check_circulation_answered(minutes, acknowledged):
    """Minutes confirmed by circulation stand on the members' checks: a missing one or an open 修正意見 is said, and
    the confirmation goes ahead only when the secretariat ticks that it knows (a deadline may pass unanswered).
    Returns the history's note of what was acknowledged, or None."""
    unanswered, comments = open_checks(minutes)
    if not unanswered and not comments:
        return None
    if not acknowledged:
        parts = ([f"未回答: {'、'.join(p.name for p in unanswered)}"] if unanswered else []) + (
            [f"未処理の修正意見: {'、'.join(c.person.name for c in comments)}"] if comments else [])
        raise ActionRefused(f"委員の確認がそろっていません ({' / '.join(parts)})。このまま持ち回りで確定するときは、"
                            f"「{OPEN_CHECKS_BOX}」にチェックしてください。", code="open_checks")
    return f"持ち回りで確定 (未回答 {len(unanswered)}人・未処理の修正意見 {len(comments)}件を承知のうえ)"


def _lock(minutes):
    return Minutes.objects.select_for_update().get(pk=minutes.pk)


def _check_council_record(minutes, what):
    """An imported record is minutes confirmed and published elsewhere, read in here: it is no 案 of the council's
    to edit, check, sign, confirm or correct, whatever state it is stored in until it is published here."""
    if minutes.meeting.imported:
        raise ActionRefused(f"{minutes.meeting.label}は公開会議録から取り込んだ記録のため、{what}の対象ではありません。"
                            "内容は「会議録の取込」の取込記録のページで確認して公開し、誤りは取り込み直して訂正してください。")


@transaction.atomic
def draft_minutes(meeting, *, style=None, summary=""):
    """Start the minutes of a held meeting in the council's style (idempotent)."""
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("開催されていない会議の会議録は作成できません。")
    minutes, created = Minutes.objects.get_or_create(
        meeting=meeting, defaults={"style": style or meeting.council.minutes_style, "summary": summary}
    )
    return minutes


def _check_version(minutes, expected_version):
    if expected_version is not None and expected_version != minutes.version:
        raise ActionRefused(
            "この会議録は他の人が先に保存しました (変更された項目: 概要・結論)。最新の内容を確認してから入力し直してください。",
            code="conflict")


@transaction.atomic
def edit_minutes(minutes, *, summary, expected_version=None, by=None):
    minutes = _lock(minutes)
    _check_council_record(minutes, "会議録 (案) の編集")
    if minutes.is_locked:
        raise ActionRefused("確定した会議録は編集できません。訂正として理由とともに記録してください。")
    _check_version(minutes, expected_version)
    minutes.summary = summary
    minutes.version += 1
    return save_by(minutes, by)


@transaction.atomic
def designate_signers(minutes, persons):
    """議事録署名委員: named at the meeting from the members present; the chair signs too."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "議事録署名委員の指名")
    if minutes.is_locked:
        raise ActionRefused("確定した会議録の署名委員は変更できません。")
    meeting = minutes.meeting
    present = set(
        meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True).values_list("person_id", flat=True)
    )
    persons = list(persons)
    if not persons:
        raise ActionRefused("署名委員を1人以上指名してください。")
    absent = [p for p in persons if p.pk not in present]
    if absent and present:
        raise ActionRefused(f"{'、'.join(map(str, absent))} はこの会議に出席していません。")
    chair = presiding_member(meeting, present)
    wanted = meeting.council.minutes_signer_count
    named = {p.pk for p in persons} - ({chair.pk} if chair is not None else set())
    if wanted and len(named) != wanted:
        raise ActionRefused(f"議事録署名委員は会長のほかに{wanted}人です ({len(named)}人が指名されています)。")
    minutes.signers.all().delete()
    if chair is not None:
        MinutesSigner.objects.create(minutes=minutes, person=chair, role=MinutesSigner.Role.CHAIR)
    for person in persons:
        if chair is not None and person.pk == chair.pk:
            continue
        MinutesSigner.objects.create(minutes=minutes, person=person, role=MinutesSigner.Role.SIGNER)
    return minutes


def follow_presiding(meeting):
    """After the attendance is corrected, the chair's line of the draft minutes goes to whoever presided as now
    recorded (presiding_member); a 署名委員 who now presides signs once, on that line."""
    minutes = Minutes.objects.filter(meeting_id=meeting.pk, state=Minutes.State.DRAFT).first()
    if minutes is None or not minutes.signers.exists():
        return  # no 署名委員 named yet: designate_signers puts whoever presides on the chair's line
    line = minutes.signers.filter(role=MinutesSigner.Role.CHAIR).first()
    present = set(
        meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True).values_list("person_id", flat=True))
    chair = presiding_member(meeting, present)
    if chair is None or (line is not None and chair.pk == line.person_id):
        return
    minutes.signers.filter(person=chair).delete()
    if line is None:
        # Named while nobody presided (the 会長 and the officers absent): the 仮議長 recorded since signs.
        MinutesSigner.objects.create(minutes=minutes, person=chair, role=MinutesSigner.Role.CHAIR)
        return
    line.person = chair
    line.save(update_fields=["person"])


def presiding_member(meeting, present):
    """Who signs on the chair's line: the 会長, or, when the 会長 was absent or the post vacant, the officer who presided in the
    chair's stead (the one named as 議長, else the 会長職務代理, else the 副会長) among the members present. An
    absent member is never asked to attest the record."""
    from shingikai.councils.actions import stand_ins

    if meeting.date is None:
        # Officers hold their posts from a date: an undated meeting (a draft, an import with its date unread) names
        # nobody rather than guess.
        return None
    chair = chair_of(meeting.council, meeting.date)
    if not present or (chair is not None and chair.pk in present):
        return chair
    # The 会長 absent or the post vacant: the officer standing in presided.
    people = [o.membership.person for o in stand_ins(meeting.council, meeting.date, among=present)]
    named = "".join((meeting.presiding_name or "").split())
    for person in people:
        if named and "".join(person.name.split()) in named:
            return person
    if people or not named:
        return people[0] if people else None
    # Neither the 会長 nor an officer standing in was there: the members present chose a 仮議長 among themselves
    # (互選), whom the meeting's 議長 names (set_presiding).
    from shingikai.councils.models import Person

    return next((p for p in Person.objects.filter(pk__in=present) if "".join(p.name.split()) in named), None)


#: The title of the member the members present choose (互選) to chair an item no officer can take.
PROVISIONAL_CHAIR = "仮議長"


class ItemChair(NamedTuple):
    """Who chaired one case's item in the stead of the member presiding the meeting, who had an interest in it."""
    recused: object  # the presiding member (Person) who withdrew
    recused_title: str  # 会長, or the 会長職務代理者 / 副会長 who presided the meeting in the 会長's absence
    chair: object  # the officer present and not recused who chaired the item (Person), None without one
    title: str  # 会長職務代理者, 副会長 or 仮議長


def item_chair(meeting, case, present, item=None):
    """The 会長 with an interest in a case (除斥) cannot chair its deliberation: the 会長職務代理者 (else the
    副会長) present and not recused chairs that item; with none, the 仮議長 the members chose for `item` (the
    AgendaItem, choose_provisional_chair). None when the meeting's presiding member chairs it; `present`: the
    ids of the members present."""
    from shingikai.councils.actions import roles_on, stand_ins
    from shingikai.councils.models import Membership

    if case is None or meeting.date is None:
        return None
    presiding = presiding_member(meeting, present)
    recused = case.recused_ids()
    if presiding is None or presiding.pk not in recused:
        return None
    titles = {Membership.Role.CHAIR: "会長", Membership.Role.ACTING_CHAIR: "会長職務代理者",
              Membership.Role.VICE_CHAIR: "副会長"}
    recused_title = titles.get(roles_on(meeting.council, meeting.date).get(presiding.pk), "議長")
    officers = stand_ins(meeting.council, meeting.date, among=set(present) - {presiding.pk}, but=recused)
    if officers:
        return ItemChair(presiding, recused_title, officers[0].membership.person, titles[officers[0].role])
    chosen = item.provisional_chair if item is not None and item.provisional_chair_id else None
    if chosen is not None and chosen.pk in set(present) - recused:
        return ItemChair(presiding, recused_title, chosen, PROVISIONAL_CHAIR)
    return ItemChair(presiding, recused_title, None, "")


def item_chair_sentence(chaired, about="本件"):
    """The minutes' and the 答申's words for who chaired an item in the recused 会長's stead."""
    if chaired.chair is None:
        return (f"{about}については、{chaired.recused_title}の{chaired.recused.name}委員が利害関係を有するため、"
                "その議事を進行する会長職務代理者が出席していなかった。")
    if chaired.title == PROVISIONAL_CHAIR:
        return (f"{about}の議事は、{chaired.recused_title}の{chaired.recused.name}委員が利害関係を有し、"
                f"その職務を代理する者もいないため、出席委員の互選により仮議長となった{chaired.chair.name}委員が進行した。")
    return (f"{about}の議事は、{chaired.recused_title}の{chaired.recused.name}委員が利害関係を有するため、"
            f"{chaired.title}の{chaired.chair.name}委員が進行した。")


@transaction.atomic
@within_reach
def confirm_minutes(minutes, *, on=None, at_meeting=None, by_circulation=False, by=None, summary=None,
                    expected_version=None, without_summary=False, open_checks_acknowledged=False):
    """Confirm the minutes at a later meeting or by circulation; afterwards only amendments change them.
    `summary`: the 概要・結論 as the secretariat confirms it (the text on its screen, saved or not, a draft
    written from the record included), kept with the confirmation; None keeps the saved one. `expected_version`:
    the minutes' version when that text was shown (a summary saved by someone else meanwhile is not overwritten).
    An empty `summary` where one is saved is refused (code "empty_summary") unless `without_summary`: an emptied
    box would otherwise publish minutes without their summary, and after confirmation only an amendment with a
    reason brings it back. By circulation, a member's missing check or an open 修正意見 (open_checks) is refused
    (code "open_checks") unless `open_checks_acknowledged`: the box 「未回答・未処理の修正意見を承知のうえ確定する」."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "会議録の確定")
    if minutes.state != Minutes.State.DRAFT:
        raise ActionRefused("この会議録はすでに確定しています。")
    if summary is not None:
        _check_version(minutes, expected_version)
        if not summary.strip() and minutes.summary.strip() and not without_summary:
            raise ActionRefused(EMPTY_SUMMARY, code="empty_summary")
        minutes.summary = summary
    if minutes.meeting.state != Meeting.State.HELD:
        raise ActionRefused("閉会していない会議の会議録は確定できません。")
    unconditioned = items_missing_conditions(minutes.meeting)
    if unconditioned:
        raise ActionRefused(f"{missing_conditions_text(unconditioned)}に条件が記録されていません。会議の画面で決定に"
                            "条件を記録してから確定してください。", code="missing_conditions")
    if at_meeting is not None and on is None:
        on = at_meeting.date
    on = settling_date(on, "確定日")
    held_on = minutes.meeting.date
    if held_on and on < held_on:
        raise ActionRefused(f"確定日 ({to_wareki(on)}) が会議の日 ({to_wareki(held_on)}) より前です。")
    if bool(at_meeting) == bool(by_circulation):
        raise ActionRefused("確定する会議か、持ち回りでの確定かのどちらかを指定してください。")
    if at_meeting is not None:
        if at_meeting.council_id != minutes.meeting.council_id:
            raise ActionRefused("別の審議会の会議では確定できません。")
        if at_meeting.imported:
            raise ActionRefused(f"{at_meeting.label}は公開会議録から取り込んだ過去の会議のため、会議録を確定する会議にできません。")
        if at_meeting.pk == minutes.meeting_id or (
            at_meeting.date and minutes.meeting.date and at_meeting.date <= minutes.meeting.date
        ):
            raise ActionRefused("会議録はその会議より後の会議で確定します。")
        if at_meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
            raise ActionRefused("確定する会議が開催されていません。")
        if at_meeting.date and on != at_meeting.date:
            # The public record prints "confirmed at that meeting" with this date: another day would be false.
            raise ActionRefused(f"会議で確定するときの確定日は、その会議の日 ({to_wareki(at_meeting.date)}) です。")
        minutes.confirmed_by = Minutes.ConfirmedBy.MEETING
        minutes.confirmed_at_meeting = at_meeting
    else:
        minutes.confirmed_by = Minutes.ConfirmedBy.CIRCULATION
    if minutes.meeting.council.minutes_signed and not minutes.signers.exists():
        raise ActionRefused("議事録署名委員が指名されていません。")
    if by_circulation:
        note = _check_circulation_answered(minutes, open_checks_acknowledged)
        if note:
            minutes._change_reason = note
    minutes.state = Minutes.State.CONFIRMED
    minutes.confirmed_on = on
    minutes.version += 1
    return save_by(minutes, by)


def awaiting_confirmation(meeting):
    """The draft minutes of the council's meetings held before `meeting`, oldest first: what its 「前回議事録の
    確定」 item is about (a draft left open from longer ago included). Imported records waiting to be published are
    not the council's drafts: their meetings were held, and their minutes confirmed, before the system."""
    drafts = Minutes.objects.filter(meeting__council_id=meeting.council_id, state=Minutes.State.DRAFT,
                                    meeting__state=Meeting.State.HELD, meeting__imported=False)
    if meeting.date is not None:
        drafts = drafts.filter(meeting__date__lt=meeting.date)
    return drafts.exclude(meeting=meeting).select_related("meeting").order_by("meeting__date", "pk")


@transaction.atomic
def request_checks(minutes, *, by=None, expected_version=None):
    """The secretariat asks the members who attended to check the draft (again, once it has corrected it): the day
    is recorded, and the next daily run mails them (minutes.notify); their home page says since when it waits."""
    minutes = _lock(minutes)
    _check_version(minutes, expected_version)
    _check_council_record(minutes, "委員の確認")
    if minutes.is_locked:
        raise ActionRefused("確定した会議録の確認は依頼できません。")
    if not minutes.meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True).exists():
        raise ActionRefused("この会議に出席した委員が記録されていないため、確認を依頼できません。")
    minutes.check_requested_on = timezone.localdate()
    return save_by(minutes, by, update_fields=["check_requested_on"])


@transaction.atomic
def check_minutes(minutes, *, person, agrees, comment="", by):
    """A member who attended the meeting checks its draft minutes: 確認済, or a 修正意見 the secretariat reads
    before it confirms them (by circulation above all: the checks are the record of who read them). Kept with
    the version read, so a check made before a later edit shows as such."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "委員の確認")
    if minutes.state != Minutes.State.DRAFT:
        raise ActionRefused("確定した会議録は確認できません。訂正が必要なときは事務局にお知らせください。")
    if not minutes.meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True, person=person).exists():
        raise ActionRefused("会議録 (案) を確認するのは、その会議に出席した委員です。")
    # A new answer is the member's word now: a 対応済み mark given to the earlier one no longer answers it.
    return record_member_response(minutes.checks, person=person, agrees=agrees, comment=comment, by=by,
                                  version=minutes.version, dealt_with_note="", dealt_with_at=None,
                                  dealt_with_by=None)


#: The longest note a 対応済み mark keeps (the member reads it; the minutes' history keeps it too).
DEALT_WITH_NOTE_MAX = 200


@transaction.atomic
def mark_comment_dealt_with(minutes, *, person, note, by=None, expected_answered_at=None):
    """The secretariat marks a member's 修正意見 on the draft 対応済み, with a short note of what it did (a decision
    or a condition corrected on the meeting's screen, which changes no version of the minutes). The member reads
    the note with their comment; the minutes' history keeps it; the comment no longer counts as open when the
    minutes are confirmed by circulation (open_checks). expected_answered_at: when the comment the secretariat read
    was sent (the form's), refused if the member answered again since."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "修正意見への対応")
    if minutes.state != Minutes.State.DRAFT:
        raise ActionRefused("確定した会議録の修正意見は対応済みにできません。")
    check = minutes.checks.select_related("person").filter(person=person).first()
    if check is None or check.agrees:
        raise ActionRefused("この委員の修正意見はありません。")
    # The form carries when the comment it showed was sent: a member who answered again since then has a comment
    # the secretariat has not read, and marking it 対応済み would answer what nobody saw.
    if expected_answered_at is not None and expected_answered_at != check.answered_at:
        raise ActionRefused("表示した後に、この委員が回答し直しました。新しい回答を読んでから対応済みにしてください。",
                            code="stale")
    note = (note or "").strip()
    if not note:
        raise ActionRefused("対応の内容 (例: 議題2の条件を訂正) を入力してください。", code="note")
    if len(note) > DEALT_WITH_NOTE_MAX:
        raise ActionRefused(f"対応の内容は{DEALT_WITH_NOTE_MAX}文字以内で入力してください。", code="note")
    check.dealt_with_note = note
    check.dealt_with_at = timezone.now()
    check.dealt_with_by = by if getattr(by, "is_authenticated", False) else None
    check.save(update_fields=["dealt_with_note", "dealt_with_at", "dealt_with_by"])
    minutes._change_reason = f"{check.person.name}委員の修正意見を対応済み: {note}"[:REASON_MAX]
    save_by(minutes, by)
    return check


def _line_to_sign(minutes, person):
    """The line `person` signs the minutes on, still unsigned: refused when they hold none, have signed, or the
    line was recorded as one they cannot sign (replace_signer)."""
    signer = minutes.signers.filter(person=person).first()
    if signer is None:
        raise ActionRefused(f"{person} はこの会議録の署名者ではありません。")
    if signer.signed_on:
        raise ActionRefused(f"{person} はすでに署名しています。")
    if signer.unable_reason:
        raise ActionRefused(f"{person} は署名できない旨を記録しています ({signer.unable_reason})。")
    return signer


@transaction.atomic
@within_reach
def sign_minutes(minutes, person, *, on=None):
    minutes = _lock(minutes)
    _check_council_record(minutes, "署名")
    on = settling_date(on, "署名日")
    if minutes.state == Minutes.State.DRAFT:
        raise ActionRefused("確定前の会議録には署名できません。")
    signer = _line_to_sign(minutes, person)
    if minutes.confirmed_on and on < minutes.confirmed_on:
        raise ActionRefused("署名日が会議録の確定日より前です。")
    if not minutes.meeting.council.memberships.in_office(on).filter(person=person).exists():
        # A member whose term ran out (or who resigned) after the meeting no longer signs for the council: the
        # line is recorded as one they cannot sign and the 会長 names another member present (replace_signer).
        raise ActionRefused(f"{person} は署名日 ({to_wareki(on)}) に委員ではありません (任期満了または退任)。"
                            "署名できない旨を記録し、代わりに署名する委員を指名してください。")
    signer.signed_on = on
    signer.save(update_fields=["signed_on"])
    return signer


@transaction.atomic
@within_reach
def withdraw_signature(minutes, person, *, by=None):
    """A signature recorded by mistake (on the wrong signer's line, or with a wrong 署名日) is taken back until
    the minutes are published: publication is what rests on the signatures (publish_minutes), and until then
    nothing else cites them. The minutes' history keeps who took back which signature of which day."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "署名の取消し")
    if minutes.state == Minutes.State.PUBLISHED:
        raise ActionRefused("公開 (完結) した会議録の署名は取り消せません。")
    signer = minutes.signers.filter(person=person).select_related("person").first()
    if signer is None or signer.signed_on is None:
        raise ActionRefused(f"{person} の署名は記録されていません。")
    signed_on, signer.signed_on = signer.signed_on, None
    signer.save(update_fields=["signed_on"])
    minutes._change_reason = f"{person.name}の署名 ({to_wareki(signed_on)}) の記録を取消し"[:REASON_MAX]
    save_by(minutes, by)
    return signer


UNABLE_REASON_MAX = MinutesSigner._meta.get_field("unable_reason").max_length


@transaction.atomic
def replace_signer(minutes, person, *, reason, substitute=None, by=None):
    """A signer who cannot sign the confirmed minutes (fell ill, resigned, died) would hold their publication
    for good. As councils do, the secretariat records it with the reason: the 会長 names another member present
    at that meeting to sign in their place (`substitute`, a 署名委員's line only), or the line is closed as one
    that cannot be signed. The signer's line stays, with the reason, so the designation at the meeting is not
    lost; the signatures already made stand. The minutes' history keeps who recorded it, when and why; the
    signed copy says who signed in whose place. Until publication, which rests on the signatures."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "署名者の変更")
    if minutes.state == Minutes.State.DRAFT:
        raise ActionRefused("確定前の会議録は、署名委員の指名をやり直してください。")
    if minutes.state == Minutes.State.PUBLISHED:
        raise ActionRefused("公開 (完結) した会議録の署名者は変更できません。")
    signer = _line_to_sign(minutes, person)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ActionRefused("署名できない理由を入力してください。")
    if len(reason) > UNABLE_REASON_MAX:
        raise ActionRefused(f"署名できない理由は{UNABLE_REASON_MAX}文字以内で入力してください。")
    note = f"{person.name}委員は署名できない ({reason})"
    if substitute is not None:
        if signer.role == MinutesSigner.Role.CHAIR:
            raise ActionRefused("会長 (議長) の署名欄に代わりの委員は指名できません。署名できない旨と理由を記録してください。")
        present = minutes.meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True, person=substitute)
        if not present.exists():
            raise ActionRefused(f"{substitute} はこの会議に出席していないため、代わりに署名できません。")
        if minutes.signers.filter(person=substitute).exists():
            raise ActionRefused(f"{substitute} はすでにこの会議録の署名者です。")
        MinutesSigner.objects.create(minutes=minutes, person=substitute, role=signer.role, stands_in_for=person)
        note += f"。会長の指名により{substitute.name}委員が代わりに署名"
    signer.unable_reason = reason
    signer.save(update_fields=["unable_reason"])
    minutes.version += 1
    minutes._change_reason = note[:REASON_MAX]
    save_by(minutes, by)
    return signer


@transaction.atomic
def undo_replace_signer(minutes, person, *, by=None):
    """A signer recorded by mistake as one who cannot sign (the wrong line, or they could sign after all) is put
    back until publication: their line waits for their signature again and the member named in their place, who
    has not signed, no longer signs. The minutes' history keeps who undid it and when."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "署名者の変更の取消し")
    if minutes.state == Minutes.State.PUBLISHED:
        raise ActionRefused("公開 (完結) した会議録の署名者は変更できません。")
    signer = minutes.signers.filter(person=person).first()
    if signer is None or not signer.unable_reason:
        raise ActionRefused(f"{person} が署名できない旨は記録されていません。")
    stand_in = minutes.signers.filter(stands_in_for=person).select_related("person").first()
    if stand_in is not None and stand_in.signed_on:
        raise ActionRefused(f"代わりに指名された{stand_in.person} がすでに署名しています。先にその署名の記録を取り消してください。")
    if stand_in is not None:
        stand_in.delete()
    signer.unable_reason = ""
    signer.save(update_fields=["unable_reason"])
    minutes.version += 1
    minutes._change_reason = (f"{person.name}委員は署名できない旨の記録を取消し"
                              + (f" ({stand_in.person.name}委員の指名も取消し)" if stand_in else ""))[:REASON_MAX]
    save_by(minutes, by)
    return signer


@transaction.atomic
def amend_minutes(minutes, *, reason, after, turn=None, target="", by=None, approved_at_meeting=None):
    """A recorded correction to confirmed minutes: the old text stays in the amendment."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "理由を付けた訂正")
    if not minutes.is_locked:
        raise ActionRefused("案の会議録は訂正ではなく編集してください。")
    if not reason.strip():
        raise ActionRefused("訂正の理由を入力してください。")
    if turn is not None:
        if turn.meeting_id != minutes.meeting_id:
            raise ActionRefused("この会議録の発言ではありません。")
        before = turn.text
        Turn.objects.filter(pk=turn.pk).update(text=after)
        target = target or f"発言 {turn.order}"
    else:
        before = minutes.summary
        minutes.summary = after
        target = target or "概要"
    if before == after:
        raise ActionRefused("訂正前と訂正後が同じです。")
    # A corrected turn changes the minutes as much as a corrected summary: what is keyed on the
    # version (the public page's ETag) must see both.
    minutes.version += 1
    save_by(minutes, by)
    return Amendment.objects.create(
        minutes=minutes, target=target, before=before, after=after, reason=reason.strip(), made_by=by,
        approved_at_meeting=approved_at_meeting,
    )


@transaction.atomic
@within_reach
def publish_minutes(minutes, *, on=None, by=None):
    """Publish confirmed minutes once every designated signer has signed (unless the council chose not to sign)."""
    minutes = _lock(minutes)
    _check_council_record(minutes, "確定した会議録の公開")
    if minutes.state == Minutes.State.PUBLISHED:
        raise ActionRefused("この会議録はすでに公開されています。")
    if minutes.state != Minutes.State.CONFIRMED:
        raise ActionRefused("確定していない会議録は公開できません。")
    on = settling_date(on, "公開日")
    if minutes.confirmed_on and on < minutes.confirmed_on:
        raise ActionRefused("公開日が会議録の確定日より前です。")
    if minutes.meeting.council.minutes_signed:
        # A line recorded as one that cannot be signed (replace_signer) waits for no signature.
        lines = list(minutes.signers.select_related("person"))
        signers = [s for s in lines if not s.unable_reason]
        unsigned = [str(s.person) for s in signers if not s.signed_on]
        if not lines:
            raise ActionRefused("署名者が指名されていないため公開できません。")
        if not signers:
            raise ActionRefused("署名できる署名者がいないため公開できません (すべての署名欄に署名できない旨を記録しています)。")
        if unsigned:
            raise ActionRefused(
                f"署名が済んでいないため公開できません (署名 {len(signers) - len(unsigned)} / {len(signers)} 人、"
                f"未署名: {'、'.join(unsigned)})。")
        last_signed = max(s.signed_on for s in signers)
        if on < last_signed:
            raise ActionRefused(f"公開日が最後の署名日 ({to_wareki(last_signed)}) より前です。")
    minutes.state = Minutes.State.PUBLISHED
    minutes.published_on = on
    minutes.version += 1
    return save_by(minutes, by)


# -- whose an import is -------------------------------------------------------------------------
#
# An import belongs to the user its first reading is attributed to (ImportRecord.imported_by): a correction or a
# re-import by someone else allowed to make it (the operator) does not hand it over. None is the operator's: the
# command line without --as. On an instance shared by several cities, the operator's imports into precedent-only
# councils are no city's to change: only a superuser changes them, and the secretariats see them read-only.

OPERATORS_IMPORT = "運用者が取り込んだ会議録"


def _first_importer():
    return Subquery(ImportRecord.objects.filter(meeting=OuterRef("pk")).order_by("imported_at", "pk")
                    .values("imported_by")[:1])


def import_rights(user, owner="import_owner"):
    """(may change, may see) as conditions on imports whose importer is the field `owner` (imported meetings
    annotated with `import_owner`; imported 答申's `imported_by`); None when the user has no import of any kind to
    see."""
    if not getattr(user, "is_authenticated", False):
        return None
    if user.is_superuser:
        return Q(pk__isnull=False), Q(pk__isnull=False)
    own = access.secretariat_council_ids(user)
    if not own:
        return None
    # Whoever of its staff imported it, as the staff rows say now: an import goes with its importer's secretariat.
    from shingikai.councils.models import Staff

    staff_users = get_user_model().objects.filter(staff__in=Staff.objects.secretariat_of_councils(own)).values("pk")
    changes = Q(council_id__in=own) | Q(**{f"{owner}__in": staff_users})
    return changes, changes | Q(council__is_imported_only=True, **{f"{owner}__isnull": True})


def _imported_meetings():
    return Meeting.objects.filter(imported=True).annotate(import_owner=_first_importer())


def imports_changed_by(user):
    """The imported meetings `user` may publish, unpublish, correct, re-import and delete: a superuser any, a
    secretariat those into its own councils (the operator's included) and those its own staff imported."""
    rights = import_rights(user)
    return _imported_meetings().filter(rights[0]) if rights else Meeting.objects.none()


def imports_shown_to(user):
    """imports_changed_by, and for a secretariat the operator's imports into precedent-only councils, read-only;
    each annotated `changeable`."""
    rights = import_rights(user)
    if rights is None:
        return Meeting.objects.none()
    changes, shows = rights
    return _imported_meetings().filter(shows).annotate(
        changeable=Case(When(changes, then=Value(True)), default=Value(False), output_field=BooleanField()))


def check_may_change_import(meeting, by):
    """Refuse a change to an imported meeting by a user it does not belong to; `by` None is the operator."""
    if by is None or imports_changed_by(by).filter(pk=meeting.pk).exists():
        return
    owner = _imported_meetings().filter(pk=meeting.pk).values_list("import_owner", flat=True).first()
    if owner is None:
        raise ActionRefused(f"{meeting} は{OPERATORS_IMPORT}です。変更できるのはシステム管理者だけです。")
    raise ActionRefused(f"{meeting} はほかの事務局が取り込んだ会議録のため、変更できません。")


def attributable_secretariat(user):
    """The city whose secretariat `user` serves, to whom a command-line import may be attributed;
    ActionRefused otherwise (a superuser is the operator, not a secretariat)."""
    from shingikai.councils.models import Municipality

    name = user.get_username()
    staff = getattr(user, "staff", None) if user.is_active else None
    if staff is None or not staff.is_secretariat:
        raise ActionRefused(f"{name} は事務局の職員ではないため、取込をその人のものにできません。"
                            "取り込む審議会の自治体の事務局の職員を指定してください。")
    return Municipality.objects.get(pk=staff.secretariat()[0])


def attributable_user(username):
    """The user named to a command's --as, one a command-line import may be attributed to; ActionRefused
    otherwise."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise ActionRefused(f"ユーザー {username} が見つかりません。")
    attributable_secretariat(user)
    return user


def check_attributable_to(user, city, council):
    """An import into `council` is made `user`'s (of the secretariat of `city`) only in a council of their own
    municipality or a precedent-only one."""
    if not council.is_imported_only and council.municipality_id != city.pk:
        raise ActionRefused(f"{council}は{council.municipality}の審議会です。{user.get_username()} "
                            f"({city}の事務局) の取込にはできません。")


@transaction.atomic
def import_meeting_as(parsed, *, user, council_slug=None, source_name="", sha256="", importer_version="", replace=None,
                      as_new=False):
    """An import by the command line or the demo, attributed to `user`, who must serve a secretariat of the target
    council's municipality, or of any municipality for a precedent-only council: it is then theirs to publish,
    correct and delete, as if their secretariat had uploaded it."""
    from .store import council_for_import

    city = attributable_secretariat(user)
    council = council_for_import(parsed, council_slug, by=user)
    check_attributable_to(user, city, council)
    return import_meeting(parsed, council_slug=council.slug, source_name=source_name, sha256=sha256,
                          importer_version=importer_version, by=user, replace=replace, as_new=as_new)


# -- the import lifecycle ----------------------------------------------------------------------


def not_minutes_reason(parsed):
    """Why a parse holds no meeting, or None. The parser may say so itself (`is_minutes`, `reason`);
    otherwise a text with no date, no 回次, no items and no turns is not minutes."""
    if parsed.get("is_minutes") is False:
        # Callers end the sentence themselves.
        return (parsed.get("reason") or "会議録として読み取れる内容がありません").rstrip("。")
    if parsed.get("is_minutes") is True:
        return None
    if not (parsed.get("date") or parsed.get("meeting_label") or parsed.get("items") or parsed.get("turns")):
        return "開催日・回次・議題・発言のいずれも見つからず、会議録ではないようです"
    return None


READABLE = "会議録として読み取れるのはテキスト (.txt/.md)、HTML、PDF、Word (.docx) です"
# Files picked by mistake beside the minutes, named for what they are: the importer, seeing a ZIP package without a
# Word document in it, said only that it was not Word, which left an Excel file's uploader guessing.
MISTAKEN_FILES = {
    **dict.fromkeys((".xlsx", ".xlsm", ".xls"), f"Excel のファイルです。{READABLE}。会議録のファイルを選び直してください。"),
    **dict.fromkeys((".pptx", ".ppt"), f"PowerPoint のファイルです。{READABLE}。会議録のファイルを選び直してください。"),
    ".zip": f"ZIP 圧縮ファイルのままでは読み取れません。展開して、中の会議録のファイルを選んでください (複数のファイルを一度に"
            f"選べます)。{READABLE}。",
}


def read_upload(data, name):
    """The text of an uploaded published document (.txt/.md/.html/.pdf/.docx), within the size limit;
    ActionRefused with the reason in Japanese when it is empty, too large or not text."""
    from .importer import MinutesImportError
    from .importer.decode import bytes_to_text

    limit = settings.SHINGIKAI_IMPORT_MAX_BYTES
    if not data:
        raise ActionRefused(f"{name}: ファイルが空です。")
    if len(data) > limit:
        raise ActionRefused(f"{name}: ファイルが大きすぎます ({len(data):,} バイト、上限 {limit:,} バイト)。")
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    mistaken = MISTAKEN_FILES.get(suffix)
    if mistaken and filetypes.sniff(data[:1024]) in ("zip", "empty-zip", "ole"):
        raise ActionRefused(f"{name}: {mistaken}")
    try:
        return bytes_to_text(data, suffix, max_bytes=limit)
    except MinutesImportError as error:
        raise ActionRefused(f"{name}: {error.reason.rstrip('。')}。") from None


def too_long_reason(text):
    """Why a decoded minutes text is not read for its length, or None: one longer than
    settings.SHINGIKAI_IMPORT_MAX_CHARS is several meetings' minutes in one file, or no minutes at all, and parsing
    and storing it would hold the request (and SQLite's write lock) for minutes. Checked before the parse."""
    limit = settings.SHINGIKAI_IMPORT_MAX_CHARS
    if len(text) <= limit:
        return None
    return (f"本文が長すぎるため読み取りません ({len(text):,} 文字、上限 {limit:,} 文字)。1回の会議の会議録としては長すぎます。"
            "複数の会議の会議録をまとめたファイルなら、会議ごとのファイルに分けて選んでください")


def read_import_file(data, name):
    """Decode and parse an uploaded file; ActionRefused with the reason in Japanese when it is not minutes."""
    from .case_numbers import with_printed_numbers
    from .importer import MinutesImportError, parse_text

    text = read_upload(data, name)
    if reason := too_long_reason(text):
        raise ActionRefused(f"{name}: {reason}。")
    try:
        parsed = parse_text(text, filename=name)
    except MinutesImportError as error:
        raise ActionRefused(f"{name}: {error.reason.rstrip('。')}。") from None
    reason = not_minutes_reason(parsed)
    if reason:
        raise ActionRefused(f"{name}: {reason}。")
    return text, with_printed_numbers(parsed, text)


# The kind of record its heading names (会議要録, 議事要旨, 会議録（全文）), read from the first lines only: a word further
# down is the proceedings' (「概要を説明します」). A heading that names none leaves the kind unsaid, never a default.
RECORD_HEADING_LINES = 8
RECORD_STYLES = (
    (re.compile(r"(会議|議事)要録"), "要録"),
    (re.compile(r"(会議|議事)(要旨|概要|要点)|要点(記録|筆記)"), "要点記録"),
    (re.compile(r"(会議|議事)録\s*[（(【]?\s*(全文|逐語)|全文記録|逐語記録"), "全文"),
)


def record_style(text):
    """The kind of record (全文, 要点記録, 要録) the heading of the minutes names; "" when it names none."""
    heading = "\n".join([line for line in text.splitlines() if line.strip()][:RECORD_HEADING_LINES])
    return next((style for pattern, style in RECORD_STYLES if pattern.search(heading)), "")


def upload_name(name):
    """The name an uploaded file is kept and named under: its own name without the folders a browser may send."""
    return (name or "minutes.txt").replace("\\", "/").rsplit("/", 1)[-1][:300]


def receive_import_file(data, *, name, council=None, by=None):
    """Read and parse an uploaded minutes file once, and keep it for review as a PendingImport."""
    name = upload_name(name)
    return keep_import_file(data, name=name, read=read_import_file(data, name), council=council, by=by)


@transaction.atomic
def keep_import_file(data, *, name, read, council=None, by=None):
    """Keep a file read by read_import_file (its text and parse) for review as a PendingImport. Separate from the
    reading so that the web upload parses outside any transaction: parsing a long file takes seconds, and on
    SQLite a transaction holds the one write lock, so every other user's save would wait for it."""
    text, parsed = read
    style = record_style(text)
    if style:
        parsed = {**parsed, "record_style": style}
    return PendingImport.objects.create(
        source_name=name, sha256=hashlib.sha256(data).hexdigest(), council=council, text=text,
        parsed=parsed, created_by=by if getattr(by, "is_authenticated", False) else None,
    )


def _lock_pending(rows, pending):
    """The pending review, locked; a second click on 取り込む finds it already stored (or discarded)."""
    locked = rows.filter(pk=pending.pk).first()
    if locked is None:
        raise ActionRefused("この取込はすでに保存されたか、破棄されています。取込済みの会議録の一覧で確認してください。")
    return locked


@transaction.atomic
def correct_pending_import(pending, *, changes, by=None, expected_version=None):
    """Keep corrections made on one page of the review (a dict of top-level parse keys) on the server.
    `expected_version`: the review's version when the page was opened; a page saved by someone else
    meanwhile is refused, since this page's rows may no longer be the rows it showed."""
    pending = _pending_to_change(pending, expected_version)
    # Keys a parse may lack (an older parse has no cumulative_number, secretariat or staff) that the review writes.
    unknown = set(changes) - set(pending.parsed) - {"items", "turns", "members_absent", "observers", "public",
                                                    "cumulative_number", "secretariat", "staff"}
    if unknown:
        raise ActionRefused(f"取込データに無い項目です: {', '.join(sorted(unknown))}")
    return _save_parse(pending, changes)


# The fields a block of the source can be re-read as, with the words the review and its messages use.
REREAD_FIELDS = {"items": "議題", "members_present": "出席委員", "members_absent": "欠席委員"}
# An agenda or a roster spans a few dozen lines; a larger block is a slip of the line numbers.
REREAD_MAX_LINES = 400


def _pending_to_change(pending, expected_version):
    """The pending review locked for a change, at the version the page showed."""
    pending = _lock_pending(PendingImport.objects.select_for_update(), pending)
    check_version(pending, expected_version, what="取込の確認内容")
    return pending


def _save_parse(pending, changes):
    pending.parsed = {**pending.parsed, **changes}
    pending.version += 1
    pending.save(update_fields=["parsed", "updated_at", "version"])
    return pending


def _index(value, count, what):
    """A posted 0-based index into a list of count rows; a forged one is refused, never an IndexError."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
        raise ActionRefused(f"{what}の番号が正しくありません。ページを開き直してください。")
    return value


def _source_block(pending, first_line, last_line, limit, what):
    """Source lines first_line to last_line (1-based, as numbered beside the source), at most limit of them."""
    lines = pending.text.splitlines()
    if not lines:
        raise ActionRefused("元のファイルの本文が保存されていないため、行を指定して読み直すことはできません。")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (first_line, last_line)) \
            or not 1 <= first_line <= last_line <= len(lines):
        raise ActionRefused(f"行の範囲は 1 から {len(lines)} までで、始めの行は終わりの行以下にしてください。")
    if last_line - first_line + 1 > limit:
        raise ActionRefused(f"一度に読み直せるのは {limit} 行までです。{what}の行だけを指定してください。")
    return lines[first_line - 1:last_line]


@transaction.atomic
def reread_pending_block(pending, *, field, first_line, last_line, by=None, expected_version=None):
    """Read lines first_line to last_line (1-based, as numbered beside the source) as the agenda or a roster,
    in place of what the importer read there. Re-read items are new: the turns' item references pointed into
    the old list and are cleared. A block where nothing is found changes nothing."""
    from .importer.blocks import items_from_lines, members_from_lines
    from .importer.closed_items import marked_closed

    pending = _pending_to_change(pending, expected_version)
    if field not in REREAD_FIELDS:
        raise ActionRefused("読み直す項目を「議題」「出席委員」「欠席委員」から選んでください。")
    block = _source_block(pending, first_line, last_line, REREAD_MAX_LINES, "議題や名簿")
    word = REREAD_FIELDS[field]
    if field == "items":
        items = items_from_lines(block)
        lines = pending.text.splitlines()
        # Re-read items are new: the 非公開 mark after a title is read again with them, never lost to the re-read.
        items = [{**item, "public": False} if marked_closed(lines, item.get("title") or "") else item for item in items]
        if not items:
            raise ActionRefused(f"{first_line}〜{last_line} 行目に議題が見つかりませんでした。番号付きの議題の行を指定してください。")
        turns = [{**t, "item": None} for t in pending.parsed.get("turns") or []]
        return _save_parse(pending, {"items": items, "turns": turns})
    names = members_from_lines(block)
    if not names:
        raise ActionRefused(f"{first_line}〜{last_line} 行目に{word}の氏名が見つかりませんでした。名簿の行を指定してください。")
    return _save_parse(pending, {field: names})


# The proceedings replace all the turns at once, so they are pointed at whole: a long meeting's verbatim record runs
# to a few thousand lines. A block beyond this is the whole of an unusually long text, or a slip of the numbers.
REREAD_TURNS_MAX_LINES = 5000


def speaker_labels(value):
    """The secretariat's speaker labels (a list, or text with one a line or separated by 、/,), checked: at least
    one, at most MAX_LABELS, each at most MAX_LABEL_LENGTH letters."""
    from .importer.turn_blocks import MAX_LABEL_LENGTH, MAX_LABELS, labels_from_text

    labels = labels_from_text(value if isinstance(value, str) else "\n".join(map(str, value or [])))
    if not labels:
        raise ActionRefused("話者ラベルを1つ以上入力してください (1行に1つ。例: 会長、事務局、委員)。")
    if len(labels) > MAX_LABELS:
        raise ActionRefused(f"話者ラベルは {MAX_LABELS} 個までです ({len(labels)} 個あります)。")
    long = next((label for label in labels if len(label) > MAX_LABEL_LENGTH), None)
    if long is not None:
        raise ActionRefused(f"話者ラベルは1つ {MAX_LABEL_LENGTH} 文字までです (「{long[:MAX_LABEL_LENGTH]}…」)。")
    return labels


@transaction.atomic
def reread_pending_turns(pending, *, first_line, last_line, labels, by=None, expected_version=None):
    """Read lines first_line to last_line as the proceedings, cut into turns wherever one of the secretariat's
    speaker labels stands as a label (importer/turn_blocks.py), in place of all the turns read. The re-read turns
    point at no item. A block where no label is found changes nothing."""
    from .importer.turn_blocks import turns_from_lines

    pending = _pending_to_change(pending, expected_version)
    labels = speaker_labels(labels)
    block = _source_block(pending, first_line, last_line, REREAD_TURNS_MAX_LINES, "議事")
    found = turns_from_lines(block, labels)
    if not found:
        shown = "、".join(labels[:5]) + (" など" if len(labels) > 5 else "")
        raise ActionRefused(f"{first_line}〜{last_line} 行目に話者ラベル ({shown}) が見つかりませんでした。"
                            "議事の行と、原文に書かれているとおりのラベルを指定してください。")
    turns = [{"speaker": t.speaker, "role": _role_of(pending.parsed, t.speaker), "item": None, "text": t.text}
             for t in found]
    return _save_parse(pending, {"turns": turns})


def _role_of(parsed, speaker):
    """The speaker's role as the importer gives it: by the chair and members the review holds, and the secretariat
    by the labels already read as the secretariat's."""
    from .importer.speakers import RoleContext, role_of

    ctx = RoleContext(chair=parsed.get("chair"), members=frozenset(parsed.get("members_present") or []),
                      secretariat_units=frozenset(t.get("speaker") for t in parsed.get("turns") or []
                                                  if t.get("role") == "secretariat" and t.get("speaker")))
    return role_of(speaker, ctx)


@transaction.atomic
def split_pending_turn(pending, *, index, words, speaker, by=None, expected_version=None):
    """Split turn `index` (0-based) where `words` first occur after its first letter (another speaker's turn run
    into it): the text from there becomes a new turn of `speaker`, under the same item. Words that are the speaker's
    label (○事務局, (事務局)) are the label, not speech: they are left out of the new turn's text."""
    from .importer.turn_blocks import labels_from_text, split_turn_text

    pending = _pending_to_change(pending, expected_version)
    turns = list(pending.parsed.get("turns") or [])
    index = _index(index, len(turns), "発言")
    if not "".join(str(words or "").split()):
        raise ActionRefused("分ける位置の言葉を入力してください (新しい発言の始まりの言葉。例: (事務局))。")
    speaker = "".join(str(speaker or "").split())
    if not speaker or len(speaker) > 100:
        raise ActionRefused("新しい発言の話者を 100 文字以内で入力してください。")
    turn = turns[index]
    parts = split_turn_text(turn.get("text") or "", words)
    if parts is None:
        raise ActionRefused(f"発言 {index + 1} の本文の2文字目以降に「{words}」が見つかりませんでした。"
                            "本文にあるとおりの言葉を入力してください。")
    before, found, after = parts
    # Words that are the new speaker's label are left out, unless nothing would be left of the turn without them.
    is_label = labels_from_text(words) == labels_from_text(speaker)
    text = (after.strip(" \t\u3000\n:：") if is_label else "") or (found + after).strip(" \t\u3000\n")
    new = {"speaker": speaker, "role": _role_of(pending.parsed, speaker), "item": turn.get("item"), "text": text}
    return _save_parse(pending, {"turns": turns[:index] + [{**turn, "text": before}, new] + turns[index + 1:]})


@transaction.atomic
def split_pending_item(pending, *, index, by=None, expected_version=None):
    """Split item `index` (0-based) whose title ran several numbered cases together into one item each.
    Turns of the split item stay with its first part; turns of later items follow them as they shift."""
    from .importer.blocks import split_numbered

    pending = _pending_to_change(pending, expected_version)
    items = list(pending.parsed.get("items") or [])
    index = _index(index, len(items), "議題")
    item = items[index]
    parts = split_numbered(item.get("title") or "", item.get("kind") if item.get("kind") != "その他" else None)
    if not parts:
        raise ActionRefused(f"議題 {index + 1} の件名には番号の付いた複数の案件が見つからないため、分割しませんでした。")
    # What was filled in for the item (担当課, 根拠条項, 類型, 結論, 条件・意見, 主題) stays with its first part, as its
    # turns do, where that part read nothing of its own.
    parts[0] = {**item, **{key: value for key, value in parts[0].items() if value not in (None, "", [], "不明")}}
    if item.get("public") is False:
        # Every case of a closed item was heard closed: none becomes public by the split.
        parts = [{**part, "public": False} for part in parts]
    added = len(parts) - 1
    turns = [{**t, "item": t["item"] + added if isinstance(t.get("item"), int) and t["item"] > index else t.get("item")}
             for t in pending.parsed.get("turns") or []]
    return _save_parse(pending, {"items": items[:index] + parts + items[index + 1:], "turns": turns})


@transaction.atomic
def add_pending_item(pending, *, by=None, expected_version=None):
    """Append an empty item for the secretariat to fill in; an item is only imported with a title."""
    from .importer.blocks import empty_item

    pending = _pending_to_change(pending, expected_version)
    return _save_parse(pending, {"items": list(pending.parsed.get("items") or []) + [empty_item()]})


def merged_turns(turns, indexes):
    """The turns with each turn at `indexes` appended to the turn before it (a line read wrongly as a new
    speaker's label); consecutive ones all go into the last turn not merged. The first turn has none before it.
    The words read as the merged turn's speaker are words of the minutes: they go in before its text."""
    indexes = {_index(i, len(turns), "発言") for i in indexes}
    if 0 in indexes:
        raise ActionRefused("最初の発言は前の発言に続けられません。")
    out = []
    for i, turn in enumerate(turns):
        if i in indexes:
            words = "\u3000".join(w for w in (turn.get("speaker"), turn.get("text")) if w)
            out[-1] = {**out[-1], "text": "\n".join(t for t in (out[-1].get("text"), words) if t)}
        else:
            out.append(turn)
    return out


@transaction.atomic
def merge_pending_turns(pending, *, indexes, by=None, expected_version=None):
    """Append each turn at `indexes` (0-based) to the turn before it."""
    pending = _pending_to_change(pending, expected_version)
    return _save_parse(pending, {"turns": merged_turns(list(pending.parsed.get("turns") or []), indexes)})


@transaction.atomic
def reopen_import(meeting, *, by=None):
    """Open an imported meeting's latest extraction for correction, as a pending review of that meeting, with the
    題目 its items were given since."""
    from .store import with_confirmed_topics

    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not meeting.imported:
        raise ActionRefused("取込記録ではない会議は取込の確認画面では訂正できません。")
    check_may_change_import(meeting, by)
    existing = PendingImport.objects.filter(meeting=meeting).first()
    if existing is not None:
        return existing
    record = meeting.import_records.first()
    if record is None:
        raise ActionRefused("この会議には取込記録がありません。")
    return PendingImport.objects.create(
        source_name=record.source_name, sha256=record.sha256, council=meeting.council, meeting=meeting,
        text="", parsed=with_confirmed_topics(meeting, record.parsed), created_by=by if getattr(by, "is_authenticated", False) else None,
    )


# What importers before the 通算 and the 事務局・説明員 were read (2026-12) left out of a stored reading, with the words
# refresh_import reports them by.
REFRESHED = {"cumulative_number": "通算回", "secretariat": "事務局", "staff": "説明員"}


def refresh_import(meeting, *, data, name="", by=None):
    """Read the file outside the transaction, then refresh_read_import: parsing takes seconds, and on SQLite a
    transaction holds the one write lock, so every other user's save would wait for it. A file that is not the
    one the meeting was imported from is not read at all (refresh_read_import refuses it)."""
    record = meeting.import_records.order_by("-imported_at", "-pk").first()
    read = None
    if record is not None and hashlib.sha256(data).hexdigest() == record.sha256:
        read = read_import_file(data, name or record.source_name)[1]
    return refresh_read_import(meeting, data=data, name=name, by=by, read=read)


@transaction.atomic
def refresh_read_import(meeting, *, data, name="", by=None, read=None):
    """Fill in, from the source file read again, what the reading an import was stored from lacks: the 通算第N回 and
    the 事務局・説明員 as printed (REFRESHED), which earlier importers did not read. Only the decoded text of a review
    is kept, and only until it is imported, so the file is given again; it must be the file the meeting was last
    imported from (its SHA-256), or the facts would be another file's. A key the stored reading has stays as it is:
    it was read by the importer of its day or typed on the review (the stored reading is the corrected one), and a
    通算回 the meeting carries stays too. Nothing else of the meeting changes, and it stays published or not.
    Returns {key: ("filled" | "kept" | "unread", value)} in REFRESHED's order."""
    from .store import cumulative_number

    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not meeting.imported:
        raise ActionRefused(f"{meeting} は取込記録ではありません。")
    check_may_change_import(meeting, by)
    if PendingImport.objects.filter(meeting=meeting).exists():
        raise ActionRefused(f"{meeting} の「読み取った内容を訂正する」が確認待ちです。先にその訂正を取り込むか、やめてから補ってください。")
    record = meeting.import_records.order_by("-imported_at", "-pk").first()
    if record is None:
        raise ActionRefused(f"{meeting} には取込記録がありません。")
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise ActionRefused(f"{name or 'このファイル'} は {meeting} を取り込んだファイル ({record.source_name}) と内容が違います。"
                            "取り込んだときのファイルを指定してください。訂正したファイルなら「取り込み直す」で取り込みます。")
    # Read here only when the file matched no import record before the lock (the meeting imported anew meanwhile).
    parsed = read if read is not None else read_import_file(data, name or record.source_name)[1]
    stored = record.parsed if isinstance(record.parsed, dict) else {}
    read = {"cumulative_number": cumulative_number(parsed.get("cumulative_number")),
            **{key: parsed.get(key) if isinstance(parsed.get(key), str) and parsed.get(key).strip() else None
               for key in ("secretariat", "staff")}}
    result, filled = {}, {}
    for key in REFRESHED:
        if key in stored:
            result[key] = ("kept", stored[key])
        elif key == "cumulative_number" and meeting.cumulative_number is not None:
            result[key] = ("kept", meeting.cumulative_number)
        elif read[key] is None:
            result[key] = ("unread", None)
        else:
            result[key] = filled[key] = ("filled", read[key])
    if filled:
        record.parsed = {**stored, **{key: value for key, (_, value) in filled.items()}}
        record.save(update_fields=["parsed"])
        if "cumulative_number" in filled:
            meeting.cumulative_number = filled["cumulative_number"][1]
        # Its pages and re-printed 会議録 change: what is kept under the meeting's version must see it.
        meeting.version += 1
        save_by(meeting, by, update_fields=["cumulative_number", "version"])
        from shingikai.search import indexing

        indexing.schedule("meeting", meeting.pk)
    return result


def unread_facts(meeting):
    """The words (REFRESHED) of what the reading `meeting` was last imported from lacks, which refresh_import fills in."""
    record = meeting.import_records.order_by("-imported_at", "-pk").first()
    stored = record.parsed if record is not None and isinstance(record.parsed, dict) else {}
    return [word for key, word in REFRESHED.items() if key not in stored
            and not (key == "cumulative_number" and meeting.cumulative_number is not None)]


def refresh_summary(result):
    """refresh_import's result in words: 「通算回 41、事務局を補いました。説明員は訂正済みのため変えていません。」"""
    said = {state: [f"{REFRESHED[key]}{f' (第{value}回)' if key == 'cumulative_number' and value else ''}"
                    for key, (s, value) in result.items() if s == state] for state in ("filled", "kept", "unread")}
    parts = []
    if said["filled"]:
        parts.append(f"{'、'.join(said['filled'])}を補いました。")
    if said["kept"]:
        parts.append(f"{'、'.join(said['kept'])}は取込済みの記録 (確認画面での訂正を含む) のとおりで、変えていません。")
    if said["unread"]:
        parts.append(f"{'、'.join(said['unread'])}は元のファイルから読み取れませんでした。")
    return "".join(parts)


@transaction.atomic
def import_meeting(parsed, *, council_slug=None, meeting=None, source_name="", sha256="", importer_version="",
                   by=None, replace=None, as_new=False):
    """The only way an import is stored. The meeting lands as imported and not public; the same file
    again changes nothing. A meeting already stored (the same council, day and 回次 as printed) is replaced only
    with `replace` (that meeting, or True for the same meeting), and another meeting on a day that has one is stored
    only with `as_new`: nothing is overwritten silently (store.meetings_like).
    Returns (meeting, "imported" | "updated" | "unchanged")."""
    from .store import write_parsed

    if meeting is not None:
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if isinstance(replace, Meeting):
        replace = Meeting.objects.select_for_update().get(pk=replace.pk)
    return write_parsed(parsed, council_slug=council_slug, meeting=meeting, source_name=source_name,
                        sha256=sha256, importer_version=importer_version, by=by, replace=replace, as_new=as_new)


@transaction.atomic
def import_pending(pending, *, by=None, replace=None, as_new=False):
    """Store a reviewed pending import through import_meeting; the pending review is then done. `replace` and
    `as_new`: the secretariat's choice where the meeting, or one on the same day, is already imported
    (already_imported)."""
    from .importer import IMPORTER_VERSION

    pending = _lock_pending(PendingImport.objects.select_for_update(of=("self",)).select_related("council", "meeting"),
                            pending)
    untitled = [n for n, item in enumerate(pending.parsed.get("items") or [], start=1)
                if not str(item.get("title") or "").strip()]
    if untitled:
        # 議題を追加 leaves an empty item until the secretariat fills it in.
        raise ActionRefused(f"議題 {untitled[0]} の件名が空です。件名を入力するか、その議題を削除してください。")
    council, moved_from = _import_target(pending, by)
    result = import_meeting(
        pending.parsed, council_slug=council.slug if council else None, meeting=pending.meeting,
        source_name=pending.source_name, sha256=pending.sha256, importer_version=IMPORTER_VERSION, by=by,
        replace=replace if pending.meeting is None else None, as_new=as_new,
    )
    pending.delete()
    if moved_from is not None:
        from .store import drop_unused_import_council

        drop_unused_import_council(moved_from)
    return result


def already_imported(pending, user):
    """The meetings already stored that the pending review's meeting may be, for the review to say so before any
    work: dicts with the meeting, `same` (that meeting, or one held the same day under another label),
    `published`, and `changeable` (the user may replace it; another secretariat's or the operator's never)."""
    from .store import find_council, meeting_number, meetings_like, _date

    if pending.meeting is not None:
        return []
    parsed = pending.parsed
    council = pending.council or find_council(parsed)
    try:
        date = _date(parsed.get("date"))
        label = str(parsed.get("meeting_label") or "").strip()
        fy, number = meeting_number(label, date)
    except ActionRefused:
        return []  # the import refuses it with the reason; nothing to compare with
    changeable = set(imports_changed_by(user).values_list("pk", flat=True))
    return [{"meeting": m, "same": same, "changeable": m.pk in changeable and m.imported,
             "same_number": not same and number is not None and (m.fiscal_year, m.number) == (fy, number),
             "published": Minutes.objects.filter(meeting=m, state=Minutes.State.PUBLISHED).exists()}
            for m, same in meetings_like(council, date, label, fy, number)]


def same_cumulative_number(council, number, exclude=()):
    """The council's other meetings (not cancelled) carrying the 通算第N回 `number`, in date order. Nothing forbids two:
    a count misread or mistyped on one import, or a council whose count restarted, is for the secretariat to judge,
    so an import is warned of it, never refused."""
    if council is None or council.pk is None or not number:
        return []
    return list(Meeting.objects.filter(council=council, cumulative_number=number)
                .exclude(state=Meeting.State.CANCELLED).exclude(pk__in=[m.pk for m in exclude if m is not None])
                .order_by("date", "pk"))


def cumulative_clash(number, others):
    """The warning that the 通算第N回 `number` is also another meeting's, naming it; "" when none is."""
    if not others:
        return ""
    names = "、".join(f"{m.short_label}{f' ({to_wareki(m.date)})' if m.date else ''}" for m in others)
    return (f"通算第{number}回は{names}にも付いています。同じ審議会の別の会議が同じ通算回になっています。"
            "どちらかの通算回が誤っていないか、会議録の記載を確かめてください。")


def pending_cumulative_clash(pending, existing=()):
    """(the meetings whose 通算 the pending review's repeats, the warning): `existing` the same meetings it would
    replace (already_imported), whose number is no clash."""
    from .store import cumulative_number, find_council

    number = cumulative_number(pending.parsed.get("cumulative_number"))
    council = pending.council or (pending.meeting.council if pending.meeting is not None else find_council(pending.parsed))
    replaced = [pending.meeting] + [found["meeting"] for found in existing if found["same"]]
    others = same_cumulative_number(council, number, exclude=replaced)
    return others, cumulative_clash(number, others)


def listed_cumulative_clashes(meetings):
    """Each of `meetings` (a list) given `cumulative_clash`: the warning naming the council's other meetings of its
    通算第N回, "" when none; one query for the whole list."""
    numbered = [m for m in meetings if m.cumulative_number]
    carrying = {}
    if numbered:
        for other in (Meeting.objects.filter(council_id__in={m.council_id for m in numbered},
                                             cumulative_number__in={m.cumulative_number for m in numbered})
                      .exclude(state=Meeting.State.CANCELLED).order_by("date", "pk")):
            carrying.setdefault((other.council_id, other.cumulative_number), []).append(other)
    for m in meetings:
        others = [o for o in carrying.get((m.council_id, m.cumulative_number), []) if o.pk != m.pk]
        m.cumulative_clash = cumulative_clash(m.cumulative_number, others) if m.cumulative_number else ""
    return meetings


def _import_target(pending, by):
    """(the council a reviewed import goes to, the council a corrected meeting leaves or None)."""
    from .store import corrected_council

    if pending.meeting is None:
        return pending.council, None
    council = corrected_council(pending.parsed, pending.meeting, by)
    return council, (pending.meeting.council if council != pending.meeting.council else None)


@transaction.atomic
def discard_pending_import(pending, *, by=None):
    PendingImport.objects.filter(pk=pending.pk).delete()


def _set_import_published(meeting, published, on, by, note=None):
    if not meeting.imported:
        raise ActionRefused("取込記録ではない会議です。会議録の公開は確定・公開の手続で行ってください。")
    check_may_change_import(meeting, by)
    minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first()
    if minutes is None:
        raise ActionRefused("この取込記録には会議録がありません。")
    if (minutes.state == Minutes.State.PUBLISHED) == published:
        raise ActionRefused("この取込記録はすでに公開されています。" if published else "この取込記録は公開されていません。")
    minutes.state = Minutes.State.PUBLISHED if published else Minutes.State.DRAFT
    minutes.published_on = (on or timezone.localdate()) if published else None
    minutes.version += 1
    if note:
        minutes._change_reason = note
    return save_by(minutes, by)


@transaction.atomic
@within_reach
def publish_import(meeting, *, on=None, by=None):
    """Make an imported meeting public, after the secretariat has checked it."""
    return _set_import_published(meeting, True, on, by)


@transaction.atomic
def unpublish_import(meeting, *, reason, by=None):
    """Take an imported meeting off the public site, e.g. to correct it; the reason is required and kept in the
    history of its 会議録, which the import's page shows."""
    from shingikai.history import reason_note

    return _set_import_published(meeting, False, None, by, note=reason_note("公開を終了", reason, "非公開に戻す"))


def import_deletion(meeting, by=None):
    """What deleting an imported meeting takes with it, for the confirmation page and the action: its items and turns,
    whether it is public, the precedent marks `by`'s own councils put on its cases (deleted with them), and those other
    councils put there (which refuse the delete: another city's judgement is not this secretariat's to remove)."""
    from shingikai.cases.models import Case as Case_
    from shingikai.precedents.models import PrecedentMark

    # A case another meeting also lists stays, with its marks (store.clear_imported_content).
    elsewhere = AgendaItem.objects.exclude(meeting=meeting).filter(case__isnull=False).values("case_id")
    cases = Case_.objects.filter(agenda_items__meeting=meeting, imported=True).exclude(pk__in=elsewhere).values("pk")
    marks = PrecedentMark.objects.filter(Q(precedent__in=cases) | Q(case__in=cases)).select_related(
        "case__council", "precedent")
    own = access.secretariat_council_ids(by) if by is not None else None
    others = [m for m in marks if own is not None and m.case.council_id not in own]
    return {
        "items": meeting.items.count(), "turns": meeting.turns.count(),
        "is_public": Minutes.objects.filter(meeting=meeting, state=Minutes.State.PUBLISHED).exists(),
        "own_marks": len(marks) - len(others), "other_marks": others,
    }


def _others_marks_refusal(marks):
    named = "、".join(dict.fromkeys(f"{m.case.council}「{m.precedent.title}」" for m in marks))
    return ActionRefused(f"ほかの審議会の事務局がこの会議の案件を先例として固定・除外しています ({named})。削除するとその記録も"
                         "消えるため、削除できません。公開をやめるときは「非公開に戻す」を使ってください。")


@transaction.atomic
def delete_import(meeting, *, by=None):
    """Delete an imported meeting with everything the import created (its cases too, and the precedent marks
    `by`'s own councils put on them); refused while another council's marks point at its cases. Returns the number
    of precedent marks removed, for the message."""
    from .store import clear_imported_content, drop_unused_import_council

    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not meeting.imported:
        raise ActionRefused("取込記録ではない会議は削除できません。")
    check_may_change_import(meeting, by)
    others = import_deletion(meeting, by)["other_marks"]
    if others:
        raise _others_marks_refusal(others)
    removed_marks = clear_imported_content(meeting, by)
    meeting.delete()
    drop_unused_import_council(meeting.council)
    return removed_marks


@transaction.atomic
def expire_pending_imports(now=None):
    """Remove reviews abandoned for SHINGIKAI_PENDING_IMPORT_DAYS; returns how many went."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.SHINGIKAI_PENDING_IMPORT_DAYS)
    count, _ = PendingImport.objects.filter(updated_at__lt=cutoff).delete()
    # Earlier versions kept uploads as files in media/imports until they were reviewed.
    leftovers = Path(settings.MEDIA_ROOT) / "imports"
    if leftovers.is_dir():
        for path in leftovers.iterdir():
            if path.is_file() and path.stat().st_mtime < cutoff.timestamp():
                path.unlink(missing_ok=True)
                count += 1
    return count
