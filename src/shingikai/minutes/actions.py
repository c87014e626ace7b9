"""Actions on minutes: draft, designate signers, confirm, sign, amend, publish."""
from django.db import transaction

from shingikai.councils.actions import chair_of
from shingikai.errors import ActionRefused
from shingikai.history import save_by
from shingikai.settling import settling_date
from shingikai.meetings.models import Attendance, Meeting, Turn

from .models import Amendment, Minutes, MinutesSigner


def _lock(minutes):
    return Minutes.objects.select_for_update().get(pk=minutes.pk)


@transaction.atomic
def draft_minutes(meeting, *, style=None, summary=""):
    """Start the minutes of a held meeting in the council's style (idempotent)."""
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("開催されていない会議の会議録は作成できません。")
    minutes, created = Minutes.objects.get_or_create(
        meeting=meeting, defaults={"style": style or meeting.council.minutes_style, "summary": summary}
    )
    return minutes


@transaction.atomic
def edit_minutes(minutes, *, summary, expected_version=None, by=None):
    minutes = _lock(minutes)
    if minutes.is_locked:
        raise ActionRefused("確定した会議録は編集できません。訂正として理由とともに記録してください。")
    if expected_version is not None and expected_version != minutes.version:
        raise ActionRefused(
            "この会議録は他の人が先に保存しました (変更された項目: 概要・結論)。最新の内容を確認してから入力し直してください。",
            code="conflict")
    minutes.summary = summary
    minutes.version += 1
    return save_by(minutes, by)


@transaction.atomic
def designate_signers(minutes, persons):
    """議事録署名委員: named at the meeting from the members present; the chair signs too."""
    minutes = _lock(minutes)
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
    minutes.signers.all().delete()
    chair = chair_of(meeting.council, meeting.date) if meeting.date else None
    if chair is not None:
        MinutesSigner.objects.create(minutes=minutes, person=chair, role=MinutesSigner.Role.CHAIR)
    for person in persons:
        if chair is not None and person.pk == chair.pk:
            continue
        MinutesSigner.objects.create(minutes=minutes, person=person, role=MinutesSigner.Role.SIGNER)
    return minutes


@transaction.atomic
def confirm_minutes(minutes, *, on=None, at_meeting=None, by_circulation=False, by=None):
    """Confirm the minutes at a later meeting or by circulation; afterwards only amendments change them."""
    minutes = _lock(minutes)
    if minutes.state != Minutes.State.DRAFT:
        raise ActionRefused("この会議録はすでに確定しています。")
    if minutes.meeting.state != Meeting.State.HELD:
        raise ActionRefused("閉会していない会議の会議録は確定できません。")
    on = settling_date(on, "確定日")
    if bool(at_meeting) == bool(by_circulation):
        raise ActionRefused("確定する会議か、持ち回りでの確定かのどちらかを指定してください。")
    if at_meeting is not None:
        if at_meeting.council_id != minutes.meeting.council_id:
            raise ActionRefused("別の審議会の会議では確定できません。")
        if at_meeting.pk == minutes.meeting_id or (
            at_meeting.date and minutes.meeting.date and at_meeting.date <= minutes.meeting.date
        ):
            raise ActionRefused("会議録はその会議より後の会議で確定します。")
        if at_meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
            raise ActionRefused("確定する会議が開催されていません。")
        minutes.confirmed_by = Minutes.ConfirmedBy.MEETING
        minutes.confirmed_at_meeting = at_meeting
    else:
        minutes.confirmed_by = Minutes.ConfirmedBy.CIRCULATION
    if minutes.meeting.council.minutes_signed and not minutes.signers.exists():
        raise ActionRefused("議事録署名委員が指名されていません。")
    minutes.state = Minutes.State.CONFIRMED
    minutes.confirmed_on = on
    minutes.version += 1
    return save_by(minutes, by)


@transaction.atomic
def sign_minutes(minutes, person, *, on=None):
    minutes = _lock(minutes)
    on = settling_date(on, "署名日")
    if minutes.state == Minutes.State.DRAFT:
        raise ActionRefused("確定前の会議録には署名できません。")
    signer = minutes.signers.filter(person=person).first()
    if signer is None:
        raise ActionRefused(f"{person} はこの会議録の署名者ではありません。")
    if signer.signed_on:
        raise ActionRefused(f"{person} はすでに署名しています。")
    if minutes.confirmed_on and on < minutes.confirmed_on:
        raise ActionRefused("署名日が会議録の確定日より前です。")
    signer.signed_on = on
    signer.save(update_fields=["signed_on"])
    return signer


@transaction.atomic
def amend_minutes(minutes, *, reason, after, turn=None, target="", by=None, approved_at_meeting=None):
    """A recorded correction to confirmed minutes: the old text stays in the amendment."""
    minutes = _lock(minutes)
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
        minutes.version += 1
        save_by(minutes, by)
        target = target or "概要"
    if before == after:
        raise ActionRefused("訂正前と訂正後が同じです。")
    return Amendment.objects.create(
        minutes=minutes, target=target, before=before, after=after, reason=reason.strip(), made_by=by,
        approved_at_meeting=approved_at_meeting,
    )


@transaction.atomic
def publish_minutes(minutes, *, on=None, by=None):
    """Publish confirmed minutes once every designated signer has signed (unless the council chose not to sign)."""
    minutes = _lock(minutes)
    if minutes.state == Minutes.State.PUBLISHED:
        raise ActionRefused("この会議録はすでに公開されています。")
    if minutes.state != Minutes.State.CONFIRMED:
        raise ActionRefused("確定していない会議録は公開できません。")
    on = settling_date(on, "公開日")
    if minutes.confirmed_on and on < minutes.confirmed_on:
        raise ActionRefused("公開日が会議録の確定日より前です。")
    if minutes.meeting.council.minutes_signed:
        signers = list(minutes.signers.select_related("person"))
        unsigned = [str(s.person) for s in signers if not s.signed_on]
        if not signers:
            raise ActionRefused("署名者が指名されていないため公開できません。")
        if unsigned:
            raise ActionRefused(
                f"署名が済んでいないため公開できません (署名 {len(signers) - len(unsigned)} / {len(signers)} 人、"
                f"未署名: {'、'.join(unsigned)})。")
    minutes.state = Minutes.State.PUBLISHED
    minutes.published_on = on
    minutes.version += 1
    return save_by(minutes, by)
