"""Work screens that correct a meeting until it is settled (attendance, turns, the agenda) and call it
(招集通知)."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from shingikai import access, access_record
from shingikai.councils.forms import WarekiDateField
from shingikai.councils.models import Person
from shingikai.history import history_mark
from shingikai.viewhelpers import history_rows, posted_mark, posted_text, refused
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from shingikai.outgoing_mail import MAIL_OFF, mail_goes_out
from shingikai.settling import today
from shingikai.submissions import one_submission

from . import actions, convocation
from .forms import (
    AddAttendeeForm, AgendaPublicityForm, AttendanceForm, CorrectDecisionForm, CorrectFollowUpForm, CorrectMeetingForm, MoveForm,
    RescheduleForm, TurnForm,
)
from .models import AgendaItem, Attendance, AttendanceReply, Decision, Turn
from .views import (
    _follow_up_context, _minutes_of, _refused_page, decided_item, _secretariat_meeting, _seen_version, _speakers, _visible_follow_up,
    _visible_meeting, tell_renumbered, warn_past_due,
)


def _members_in_office(meeting):
    return Person.objects.filter(memberships__in=meeting.council.memberships.in_office(meeting.date)).distinct()


RESCHEDULED_FIELDS = {"date": "開催日", "start_time": "開始時刻", "end_time": "終了予定時刻", "place": "開催場所",
                      **actions.NUMBER_NAMES}


@login_required
def meeting_edit(request, pk):
    """Postpone a planned meeting or change its times or place (the convocation then goes out again), or correct
    a date typed wrong to the past day it was held. Until its number is fixed (the convocation has gone out), the
    meeting's 回 and 通算回 can be corrected here too (actions.number_correctable)."""
    meeting = _secretariat_meeting(request.user, pk)
    initial = {"date": meeting.date, "start_time": meeting.start_time, "end_time": meeting.end_time,
               "place": meeting.place, "number": meeting.number, "cumulative_number": meeting.cumulative_number}
    if actions.number_correctable(meeting):
        form = CorrectMeetingForm(request.POST or None, initial=initial,
                                  cumulative=meeting.council.numbers_cumulatively)
    else:
        form = RescheduleForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                with actions.meeting_unchanged(meeting, _seen_version(request)):
                    changed = actions.reschedule_meeting(meeting, by=request.user, **form.cleaned_data)
            except ActionRefused as exc:
                status = refused(request, exc)
                meeting.refresh_from_db()
            else:
                if changed and set(changed) <= set(actions.NUMBER_FIELDS):
                    before = meeting.label
                    meeting.refresh_from_db()
                    what = "・".join(RESCHEDULED_FIELDS[name] for name in changed)
                    messages.success(request, f"{what}を {before} から {meeting.label} に変更しました。")
                elif "date" in changed and form.cleaned_data["date"] < today():
                    messages.success(request, f"開催日を{to_wareki(form.cleaned_data['date'])}に訂正しました。次第はそのままです。"
                                              "過去の日付のため招集通知は送り直しません。会議を開会して記録してください。")
                    meeting.refresh_from_db()
                    tell_renumbered(request, meeting.renumbered)
                    for warning in actions.order_warnings(meeting):
                        messages.warning(request, warning)
                elif changed:
                    what = "・".join(RESCHEDULED_FIELDS[name] for name in changed)
                    note = "招集通知を送り直してください。" if meeting.convened_on else ""
                    messages.success(request, f"{what}を変更しました。{note}"
                                              "出欠の連絡は変更前の日程への回答です。確かめ直してください。")
                return redirect("meetings:detail", meeting.pk)
        else:
            status = 400
    return render(request, "meetings/edit.html", {
        "meeting": meeting, "form": form, "number_fixed_by": actions.number_fixed_by(meeting),
        "history": history_rows(meeting.history.all(), request=request),
    }, status=status)


@login_required
@one_submission
def attendance(request, pk):
    """The attendance list with a correction form per person, and a form to add someone."""
    meeting = _secretariat_meeting(request.user, pk)
    members = _members_in_office(meeting)
    add_form = AddAttendeeForm(members=members, kinds=Attendance.Kind.choices)
    status = 200
    if request.method == "POST":
        try:
            with actions.meeting_unchanged(meeting, _seen_version(request)):
                status = _apply_attendance(request, meeting, members)
        except ActionRefused as exc:
            status = refused(request, exc)
        if status == 200:
            return redirect("meetings:attendance", meeting.pk)
        if request.POST.get("what") == "add":
            add_form = AddAttendeeForm(request.POST, members=members, kinds=Attendance.Kind.choices)
            add_form.is_valid()
    meeting.refresh_from_db()
    rows = [(a, AttendanceForm(prefix=f"a{a.pk}", initial={"present": a.present, "arrived_at": a.arrived_at,
                                                           "left_at": a.left_at}))
            for a in meeting.attendances.select_related("agenda_item")]
    present, required, ok = actions.quorum_status(meeting)
    return render(request, "meetings/attendance.html", {
        "meeting": meeting, "rows": rows, "add_form": add_form,
        "quorum": {"present": present, "required": required, "ok": ok},
        "history": history_rows(Attendance.history.filter(meeting_id=meeting.pk), subject=lambda r: r.name, request=request),
    }, status=status)


ANSWERS = {"yes": True, "no": False}


def _answer(request, meeting, person, seen_mark=None):
    """Record the posted answer (出席 "yes" / 欠席 "no", a note) for `person` by the signed-in user; the status
    (200 when recorded)."""
    attending = ANSWERS.get(request.POST.get("attending"))
    if attending is None:
        messages.error(request, "出席か欠席かを選んでください。")
        return 400
    try:
        actions.answer_convocation(meeting, person=person, attending=attending,
                                   note=request.POST.get("note", ""), by=request.user, seen_mark=seen_mark)
    except ActionRefused as exc:
        return refused(request, exc)
    return 200


def _reply_history(request, meeting, **only):
    return history_rows(AttendanceReply.history.filter(meeting_id=meeting.pk, **only), subject=lambda r: str(r.person),
                        describe=_reply_words, request=request)


def _reply_words(record, older, changes):
    """An answer to the convocation as what the member said: 「出席と回答」「欠席に変更」, not 「作成」 and
    「出席予定 → いいえ」."""
    answer = "出席" if record.attending else "欠席"
    changes = [c for c in changes if c["label"] != AttendanceReply._meta.get_field("attending").verbose_name]
    if record.history_type == "+":
        note = AttendanceReply._meta.get_field("note").verbose_name
        return f"{answer}と回答", [{"label": note, "value": record.note}] if record.note else []
    if older is not None and older.attending != record.attending:
        return f"{answer}に変更", changes
    return ("削除" if record.history_type == "-" else "変更"), changes


@login_required
@one_submission
def attendance_replies(request, pk):
    """Before opening: each member's answer to the convocation (出欠の連絡) and the quorum it promises; the
    secretariat records an answer received by telephone or fax."""
    meeting = _secretariat_meeting(request.user, pk)
    if meeting.written:
        # A 書面開催 asks no 出欠: its page lists who has answered in writing (a link kept from before a switch).
        return redirect("meetings:detail", meeting.pk)
    answers = actions.ConvocationAnswers(meeting)
    status = 200
    if request.method == "POST":
        person = next((p for p, _ in answers.rows if str(p.pk) == request.POST.get("person")), None)
        if person is None:
            messages.error(request, "委員を選んでください。")
            status = 400
        else:
            try:
                with actions.meeting_unchanged(meeting, _seen_version(request)):
                    status = _answer(request, meeting, person)
            except ActionRefused as exc:
                status = refused(request, exc)
            if status == 200:
                messages.success(request, f"{person} の出欠の連絡を記録しました。")
                return redirect("meetings:replies", meeting.pk)
        meeting.refresh_from_db()
    return render(request, "meetings/replies.html", {
        "meeting": meeting, "answers": answers, "history": _reply_history(request, meeting),
    }, status=status)


@login_required
@one_submission
def convocation_answer(request, pk):
    """A member's own page for a meeting's convocation: the 招集通知 as sent, and their answer (出席・欠席, a
    note), which they change until the meeting opens."""
    meeting = _visible_meeting(request.user, pk)
    person = access.person_of(request.user)
    if person is None:
        if access.is_secretariat(request.user, meeting.council):
            return redirect("meetings:replies", meeting.pk)
        raise PermissionDenied("出欠を回答できるのは審議会の委員です。")
    if meeting.written:
        # The notice of a meeting since switched to 書面開催 linked here: the member answers in writing.
        return redirect("meetings:written_answer", meeting.pk)
    status = 200
    if request.method == "POST":
        status = _answer(request, meeting, person, posted_mark(request))
        if status == 200:
            messages.success(request, "出欠の回答を送りました。開会までは変更できます。")
            return redirect("meetings:convocation_answer", meeting.pk)
        meeting.refresh_from_db()
    reply = meeting.replies.filter(person=person).first()
    return render(request, "meetings/answer_convocation.html", {
        "meeting": meeting, "reply": reply, "mark": history_mark(reply) if reply else 0,
        "answerable": meeting.state == meeting.State.PLANNED,
        "answer_by": convocation.answer_deadline(meeting) if meeting.convened_on else None,
        "convocation": (convocation.body(meeting, answer_url=request.build_absolute_uri(convocation.answer_path(meeting)))
                        if meeting.convened_on else ""),
        "posted": request.POST if status != 200 else None,
        "history": _reply_history(request, meeting, person_id=person.pk),
    }, status=status)


def _apply_attendance(request, meeting, members):
    what = request.POST.get("what")
    if what == "add":
        form = AddAttendeeForm(request.POST, members=members, kinds=Attendance.Kind.choices)
        if not form.is_valid():
            messages.error(request, "出席者の追加の入力内容に誤りがあります。")
            return 400
        data = form.cleaned_data
        added = actions.add_attendee(
            meeting, kind=data["kind"], person=data["person"] if data["kind"] == Attendance.Kind.MEMBER else None,
            name=data["name"], title=data["title"], present=data["present"], arrived_at=data["arrived_at"],
            left_at=data["left_at"], by=request.user)
        messages.success(request, f"{added.name} を出席者に加えました。")
        return 200
    posted = request.POST.get("attendance", "")
    row = get_object_or_404(Attendance, pk=int(posted) if posted.isdigit() and len(posted) < 19 else 0, meeting=meeting)
    if what == "remove":
        actions.remove_attendee(row, by=request.user)
        messages.success(request, f"{row.name} を出席者の一覧から外しました。")
        return 200
    form = AttendanceForm(request.POST, prefix=f"a{row.pk}")
    if not form.is_valid():
        errors = "、".join(e for errs in form.errors.values() for e in errs)
        messages.error(request, f"{row.name} の出席の訂正: {errors}")
        return 400
    actions.correct_attendance(row, by=request.user, **form.cleaned_data)
    messages.success(request, f"{row.name} の出席を訂正しました。")
    return 200


def _speaker_key(turn, speakers):
    for key in (f"p{turn.person_id}" if turn.person_id else None, f"s{turn.staff_id}" if turn.staff_id else None):
        if key and key in speakers:
            return key, ""
    fallback = {Turn.Role.MEMBER: "member", Turn.Role.SECRETARIAT: "secretariat"}.get(turn.role)
    if fallback and speakers[fallback]["speaker_label"] == turn.speaker_label:
        return fallback, ""
    return "other", turn.speaker_label


@login_required
def turn_edit(request, pk, turn_pk):
    """Correct, move or delete one turn until the minutes are confirmed."""
    meeting = _secretariat_meeting(request.user, pk)
    turn = get_object_or_404(Turn, pk=turn_pk, meeting=meeting)
    speakers = _speakers(meeting)
    items = list(meeting.items.order_by("order"))
    key, free_name = _speaker_key(turn, dict(speakers))
    action = request.POST.get("action") if request.method == "POST" else None
    # Only the form that was sent is bound: the other one shows the turn as it is, without errors.
    form = TurnForm(request.POST if action == "save" else None, speakers=speakers, items=items, initial={
        "speaker": key, "speaker_name": free_name, "agenda_item": str(turn.agenda_item_id or ""), "text": turn.text})
    move_form = MoveForm(request.POST if action == "move" else None, initial={"position": turn.order})
    status = 200
    back = reverse("meetings:turns", args=[meeting.pk])
    if request.method == "POST":
        try:
            if action == "delete":
                actions.delete_turn(turn, by=request.user)
                messages.success(request, f"発言 {turn.order} を削除しました。")
                return redirect(back)
            if action == "move" and move_form.is_valid():
                moved = actions.move_turn(turn, position=move_form.cleaned_data["position"], by=request.user)
                messages.success(request, f"発言を {moved.order} 番目に移しました。")
                return redirect(back + f"#turn-{moved.pk}")
            if action == "save" and form.is_valid():
                actions.edit_turn(turn, by=request.user, seen_mark=posted_mark(request), **form.turn_fields())
                messages.success(request, f"発言 {turn.order} を訂正しました。")
                return redirect(back + f"#turn-{turn.pk}")
            status = 400
        except ActionRefused as exc:
            status = refused(request, exc)
    return render(request, "meetings/turn_edit.html", {
        "meeting": meeting, "turn": turn, "form": form, "move_form": move_form, "seen": history_mark(turn),
        "history": history_rows(turn.history.all(), request=request),
    }, status=status)


@login_required
def materials_pdf(request, pk):
    """The materials as one PDF; `?for=observers` gives the copy without closed items (傍聴人用)."""
    meeting = _visible_meeting(request.user, pk)
    from shingikai.documents.materials import materials_pdf as build

    observers = request.GET.get("for") == "observers"
    name, data = build(meeting, request.user, observers=observers)
    if not observers:  # the observers' copy holds only what is public
        access_record.record(request, access_record.DOWNLOAD, "会議資料 (PDF)", meeting, obj=meeting)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["Cache-Control"] = "private, no-store"
    return response


def _posted_day(request, name, what):
    """A date typed in a form field of the page (和暦 or ISO), None when left blank; refused when unreadable."""
    try:
        return WarekiDateField(required=False).clean(request.POST.get(name, ""))
    except ValidationError as error:
        raise ActionRefused(f"{what}: {' '.join(error.messages)}") from None


@login_required
@require_POST
def convene(request, pk):
    """Send the convocation (招集通知) to the members now."""
    meeting = _secretariat_meeting(request.user, pk)
    try:
        sent = convocation.send_convocation(meeting, host=request.get_host().split(":")[0], by=request.user,
                                            base_url=request.build_absolute_uri("/").rstrip("/"),
                                            number=posted_text(request, "convocation_number", None),
                                            answer_day=_posted_day(request, "answer_by", "出欠の回答期限"),
                                            by_post=request.POST.get("by_post") == "1")
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc)
    if request.POST.get("by_post") == "1":
        messages.success(request, f"招集通知を郵送で送付したことを記録しました ({to_wareki(sent.convened_on)})。"
                                  "メールは送っていません。")
        return redirect("meetings:detail", meeting.pk)
    if mail_goes_out():
        messages.success(request, f"招集通知を委員に送りました ({to_wareki(sent.convened_on)})。")
    else:
        messages.warning(request, f"招集通知を記録しました ({to_wareki(sent.convened_on)}) が、委員にメールは届いていません。"
                                  f"{MAIL_OFF}委員には別の方法で送ってください。")
    missing = convocation.unreached(meeting)
    if missing:
        messages.warning(request, f"{'、'.join(missing)} にはメールアドレスが登録されていないため送っていません。"
                                  "郵送などで通知してください。")
    return redirect("meetings:detail", meeting.pk)


@login_required
@require_POST
def agenda_item_edit(request, pk, item_pk):
    """Reorder or remove an agenda item until the meeting closes; change its publicity until the minutes are confirmed."""
    meeting = _secretariat_meeting(request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting)
    action = request.POST.get("action")
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            _edit_agenda_item(request, item, action)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc)
    return redirect(reverse("meetings:detail", args=[meeting.pk]) + "#agenda")


def _edit_agenda_item(request, item, action):
    if action in ("up", "down"):
        actions.move_agenda_item(item, position=item.order + (-1 if action == "up" else 1), by=request.user)
        messages.success(request, f"「{item.title}」の順番を変えました。")
    elif action == "remove":
        actions.remove_agenda_item(item, by=request.user)
        messages.success(request, f"「{item.title}」を次第から外しました。")
    elif action == "publicity":
        form = AgendaPublicityForm(request.POST)
        if not form.is_valid():
            raise ActionRefused("非公開とする理由を入力してください。")
        changed = actions.set_agenda_item_publicity(item, by=request.user, **form.cleaned_data)
        messages.success(request, f"「{item.title}」を{'公開' if changed.is_public else '非公開'}にしました。")
    else:
        raise ActionRefused("操作を選んでください。")


@login_required
def decision_edit(request, pk, item_pk):
    """Correct a recorded decision, or withdraw one recorded by mistake, until the minutes are confirmed."""
    meeting = _secretariat_meeting(request.user, pk)
    item, decision = decided_item(meeting, item_pk)
    action = request.POST.get("action")
    form = CorrectDecisionForm(request.POST if action == "save" else None, initial={
        name: getattr(decision, name) for name in CorrectDecisionForm.base_fields})
    status = 200
    back = reverse("meetings:detail", args=[meeting.pk]) + f"#item-{item.pk}"
    if request.method == "POST":
        try:
            if action == "withdraw":
                actions.withdraw_decision(decision, by=request.user, seen_mark=posted_mark(request))
                messages.success(request, f"「{item.title}」の決定を取り消しました。正しい決定を記録してください。")
                return redirect(back)
            if action != "save":
                raise ActionRefused("操作を選んでください。")
            if form.is_valid():
                actions.correct_decision(decision, by=request.user, seen_mark=posted_mark(request), **form.cleaned_data)
                messages.success(request, f"「{item.title}」の決定を訂正しました。")
                return redirect(back)
            status = 400
        except ActionRefused as exc:
            status = refused(request, exc)
            decision.refresh_from_db()
    minutes = _minutes_of(meeting)
    return render(request, "meetings/decision_edit.html", {
        "meeting": meeting, "item": item, "decision": decision, "form": form, "seen": history_mark(decision),
        "settled": minutes is not None and minutes.is_locked,
        "follow_ups": decision.follow_ups.select_related("department"),
        "history": history_rows(Decision.history.filter(agenda_item_id=item.pk), request=request),
    }, status=status)


@login_required
@require_POST
def follow_up_correct(request, pk):
    """The secretariat corrects a condition or follow-up (text, kind, department, due date) or removes one
    recorded by mistake."""
    follow_up, council = _visible_follow_up(request.user, pk)
    if not access.is_secretariat(request.user, council):
        raise PermissionDenied("条件・フォローアップを直せるのは審議会の事務局です。")
    expected = posted_mark(request, "version")
    form = CorrectFollowUpForm(request.POST, prefix="correct", municipality=council.municipality)
    try:
        if request.POST.get("action") == "remove":
            meeting_id, item_id = follow_up.decision.agenda_item.meeting_id, follow_up.decision.agenda_item_id
            actions.remove_follow_up(follow_up, by=request.user, expected_version=expected)
            messages.success(request, f"条件・フォローアップ「{follow_up.text[:30]}」を削除しました。")
            return redirect(reverse("meetings:detail", args=[meeting_id]) + f"#item-{item_id}")
        if not form.is_valid():
            messages.error(request, "条件・フォローアップの訂正の入力内容に誤りがあります。")
            return render(request, "meetings/followup.html",
                          _follow_up_context(request, follow_up, council, correct_form=form), status=400)
        data = dict(form.cleaned_data)
        if form.add_prefix("requested_on") not in request.POST:
            data.pop("requested_on")  # a form of before the field: the day stays as recorded
        corrected = actions.correct_follow_up(follow_up, by=request.user, expected_version=expected, **data)
    except ActionRefused as exc:
        status = refused(request, exc)
        follow_up.refresh_from_db()
        return render(request, "meetings/followup.html", _follow_up_context(
            request, follow_up, council, correct_form=form), status=status)
    messages.success(request, "条件・フォローアップを訂正しました。")
    warn_past_due(request, corrected)
    return redirect("meetings:followup", follow_up.pk)
