"""Work screens for minutes: drafted from the record, edited, signed, confirmed, published, amended."""
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from shingikai import access, publicity
from shingikai.councils.models import Person
from shingikai.viewhelpers import (
    MINUTES_CHECK_LABELS, history_rows, member_responses, page_of, posted_mark, posted_response, posted_text, refused,
)
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.models import Attendance, Decision, Meeting, Turn
from shingikai.outgoing_mail import mail_goes_out
from shingikai.disclosure.meeting_steps import appeal_steps_at
from shingikai.documents.context.minutes_record import withdrawn_conclusion
from shingikai.registers.agenda import inspection_results
from shingikai.submissions import one_submission

from . import actions
from .forms import AmendForm, ConfirmForm, MinutesEditForm, PublishForm, ReplaceSignerForm, SignersForm, SignForm
from .models import Minutes


def _visible_minutes(user, pk):
    minutes = get_object_or_404(Minutes.objects.select_related("meeting__council"), pk=pk)
    if minutes.meeting.council_id not in access.council_ids(user):
        raise Http404
    return minutes


def _secretariat_minutes(user, pk):
    minutes = _visible_minutes(user, pk)
    if not access.is_secretariat(user, minutes.meeting.council):
        raise PermissionDenied("この操作は審議会の事務局のみが行えます。")
    return minutes


@login_required
def minutes_list(request):
    minutes = (Minutes.objects.filter(meeting__council_id__in=access.council_ids(request.user))
               .select_related("meeting__council").order_by("-meeting__date", "-id"))
    return render(request, "minutes/list.html", {"page": page_of(request, minutes, row_url="minutes:detail"), "query": ""})


def speaker_names(turns, council, day=None):
    """How each turn's speaker will be printed under the council's name policy: the published minutes' own
    rule (documents/speakers.py), so the work screen shows what the public will read."""
    from shingikai.documents import speakers

    letters = speakers.assign_letters(turns)
    return [speakers.speaker_label(t, council.name_policy, letters, day) for t in turns]


def draft_summary(meeting, items):
    """A first text of the minutes, written from what was recorded: attendance, items, decisions, conditions."""
    lines = []
    members = [a for a in meeting.attendances.all() if a.kind == Attendance.Kind.MEMBER]
    present = [a.name for a in members if a.present]
    absent = [a.name for a in members if not a.present]
    lines.append(f"出席委員: {'、'.join(present) or 'なし'} (計{len(present)}人)")
    lines.append(f"欠席委員: {'、'.join(absent) or 'なし'} (計{len(absent)}人)")
    if meeting.observers is not None:
        lines.append(f"傍聴人: {meeting.observers}人")
    lines.append("")
    inspected = inspection_results([item.pk for item in items if item.case_id is None])
    appeal_steps = appeal_steps_at(meeting)
    for item in items:
        lines.append(f"{item.order} {item.title}" + (f" ({item.case.department.name})" if item.case else ""))
        lines += [f"  {line}" for line in appeal_steps.get(item.case_id, [])]
        if item.pk in inspected:
            findings, requests = inspected[item.pk]
            lines += [f"  点検の結果: {line}" for line in findings.splitlines() if line.strip()]
            lines += [f"  実施機関への要請事項: {line}" for line in requests.splitlines() if line.strip()]
        decision = getattr(item, "decision", None) if _has_decision(item) else None
        if decision is not None:
            lines.append(f"  結論: {decision.outcome} ({decision.vote_method})")
            if decision.wording:
                lines.append(f"  {decision.wording}")
            for f in decision.follow_ups.all():
                due = f" (期限 {to_wareki(f.due_date)})" if f.due_date else ""
                lines.append(f"  {f.kind}: {f.text}{due}")
    return "\n".join(lines).strip()


def _has_decision(item):
    try:
        item.decision
    except Decision.DoesNotExist:  # not decided
        return False
    return True


#: The summary's form, which the confirmation's fields join (a confirmation keeps the summary on the screen).
SUMMARY_FORM = "summary-form"


def _context(request, minutes, **extra):
    meeting = minutes.meeting
    council = meeting.council
    is_secretariat = access.is_secretariat(request.user, council)
    items = list(meeting.items.select_related("case__department", "decision")
                 .prefetch_related("decision__follow_ups"))
    turns = list(meeting.turns.select_related("person", "staff__department", "agenda_item__case__department")
                 .order_by("order"))
    names = speaker_names(turns, council, meeting.date)
    by_item = {}
    for turn, name in zip(turns, names):
        turn.display_name = name
        by_item.setdefault(turn.agenda_item_id, []).append(turn)
    carried = {}
    for question in meeting.questions_in_minutes.order_by("asked_at", "pk"):
        carried.setdefault(question.case_id, []).append(question)
    for item in items:
        # A member with an interest in the case (除斥) reads none of its closed deliberation, as in the PDF.
        item.recused = not item.is_public and access.excluded_from_item(request.user, item.case_id, council.pk)
        item.turn_list = [] if item.recused else by_item.get(item.pk, [])
        item.carried = [] if item.recused or item.case_id is None else carried.get(item.case_id, [])
        item.has_decision = _has_decision(item)
        # The same 取下げ line the PDF/Word print (minutes_record.withdrawn_conclusion), so the draft read on screen
        # says what the signed copy will.
        item.withdrawn = "" if item.has_decision else withdrawn_conclusion(item, meeting)
    present = Person.objects.filter(pk__in=meeting.attendances.filter(
        kind=Attendance.Kind.MEMBER, present=True).values("person_id"))
    later = Meeting.objects.filter(council=council, state__in=[Meeting.State.OPEN, Meeting.State.HELD], imported=False)
    if meeting.date:
        later = later.filter(date__gt=meeting.date)
    signers = list(minutes.signers.select_related("person", "stands_in_for"))
    person = access.person_of(request.user)
    drafted = not minutes.summary.strip() and minutes.state == Minutes.State.DRAFT
    unanswered, comments = (actions.open_checks(minutes) if is_secretariat and minutes.state == Minutes.State.DRAFT
                            else ([], []))
    context = {
        "minutes": minutes, "meeting": meeting, "council": council, "items": items,
        "loose_turns": by_item.get(None, []), "is_secretariat": is_secretariat,
        "unplaced_withheld": by_item.get(None, []) if publicity.unplaced_turns_withheld(meeting) else [],
        "members": [a for a in meeting.attendances.all() if a.kind == Attendance.Kind.MEMBER and a.present],
        "absent_members": [a for a in meeting.attendances.all() if a.kind == Attendance.Kind.MEMBER and not a.present],
        # A 書面開催's answers by item, named: a recused member reads none of a closed item's, as of its turns.
        "written_answers": [(item, [r for r in answers if r.agenda_item_id == item.pk])
                            for answers in [list(meeting.written_answers.select_related("person"))]
                            for item in items if meeting.written and item.is_deliberation and not item.recused],
        "signers": signers, "amendments": minutes.amendments.select_related("made_by"),
        "history": history_rows(minutes.history.all(), request=request),
        "drafted_from_record": drafted,
        "edit_form": MinutesEditForm(initial={"summary": draft_summary(meeting, items) if drafted else minutes.summary}),
        "version": minutes.version,
        "signers_form": SignersForm(persons=_signer_choices(meeting, present), count=meeting.council.minutes_signer_count,
                                    initial={"signers": [s.person for s in signers if s.role == "signer"]}),
        "confirm_form": ConfirmForm(meetings=later, initial={"how": "meeting"},
                                    checks_open=bool(unanswered or comments)),
        "unanswered": unanswered, "open_comments": comments,
        "missing_conditions": (actions.missing_conditions_text(actions.items_missing_conditions(meeting))
                               if minutes.state == Minutes.State.DRAFT and not meeting.imported else ""),
        "publish_form": PublishForm(initial={"on": timezone.localdate()}),
        "amend_form": AmendForm(turns=turns),
        "my_signature": next((s for s in signers if person and s.person_id == person.pk and not s.signed_on
                              and not s.unable_reason), None),
        # Its only step here is the import's own 公開 (minutes_import:meeting), for whoever may change the import.
        "import_changeable": (meeting.imported
                              and actions.imports_changed_by(request.user).filter(pk=meeting.pk).exists()),
    }
    context.update(_checks(minutes, present, person, is_secretariat))
    # Each signer's line has its own date box: a refused date stays (with its error) on that signer's line only.
    bad_sign = extra.pop("bad_sign", None)
    bad_replace = extra.pop("bad_replace", None)
    stand_ins = _stand_in_choices(minutes) if is_secretariat and minutes.state == Minutes.State.CONFIRMED else None
    for signer in signers:
        signer.sign_form = (bad_sign[1] if bad_sign and bad_sign[0] == signer.person_id
                            else SignForm(initial={"on": timezone.localdate()}))
        if stand_ins is not None:
            signer.replace_form = (bad_replace[1] if bad_replace and bad_replace[0] == signer.person_id
                                   else ReplaceSignerForm(persons=stand_ins, auto_id=f"id_unable_{signer.person_id}_%s"))
    context.update(extra)
    context["confirm_form"].join(SUMMARY_FORM)
    return context


def _signer_choices(meeting, present):
    """The members the secretariat chooses 署名委員 from: not the one who presided, who signs on the chair's line
    anyway (designate_signers), so choosing them would only look like taking one of the places."""
    chair = actions.presiding_member(meeting, {p.pk for p in present})
    return present.exclude(pk=chair.pk) if chair is not None else present


def _checks(minutes, present, person, is_secretariat):
    """The members' checks of the draft: every present member's for the secretariat (kept after confirmation, the
    record of who read them), and the form for a present member while it is a draft."""
    if minutes.meeting.imported:
        return {}  # confirmed elsewhere before the system: no member checks it here
    checks = list(minutes.checks.all())
    context = dict(MINUTES_CHECK_LABELS)
    if is_secretariat:
        context["responses"] = member_responses(present, checks, version=minutes.version)
        context["can_mark_dealt_with"] = minutes.state == Minutes.State.DRAFT
    if person is not None and person in present:
        # The member rereads what they sent, also once the minutes are confirmed and the form is gone.
        context["my_response"] = member_responses([person], checks, version=minutes.version)[0][1]
        if minutes.state == Minutes.State.DRAFT:
            context["respond_url"] = reverse("minutes:check", args=[minutes.pk])
    return context


@login_required
def minutes_detail(request, pk):
    minutes = _visible_minutes(request.user, pk)
    return render(request, "minutes/detail.html", _context(request, minutes))


def _refused(request, minutes, exc, **extra):
    status = refused(request, exc)
    minutes.refresh_from_db()
    return render(request, "minutes/detail.html", _context(request, minutes, **extra), status=status)


@login_required
@require_POST
def minutes_edit(request, pk):
    minutes = _secretariat_minutes(request.user, pk)
    form = MinutesEditForm(request.POST)
    if not form.is_valid():
        return render(request, "minutes/detail.html", _context(request, minutes, edit_form=form), status=400)
    try:
        expected = int(request.POST.get("version", ""))
    except ValueError:
        expected = -1
    try:
        actions.edit_minutes(minutes, summary=form.cleaned_data["summary"], expected_version=expected,
                             by=request.user)
    except ActionRefused as exc:
        return _refused(request, minutes, exc, **_kept_summary(request, minutes, form, exc))
    messages.success(request, "会議録を保存しました。")
    return redirect("minutes:detail", minutes.pk)


def _kept_summary(request, minutes, form, exc):
    """The summary this user typed, kept on the refused page; after a conflict, beside what is saved now,
    so they can save over it knowingly."""
    extra = {"edit_form": form}
    if exc.code == "conflict" and form.is_valid():
        minutes.refresh_from_db()
        extra.update(conflict={"mine": form.cleaned_data["summary"], "saved": minutes.summary},
                     version=minutes.version)
        messages.warning(request, "変更された項目: 概要・結論 (保存されている内容とあなたの入力を並べて表示しています)。")
    return extra


@login_required
@require_POST
def minutes_signers(request, pk):
    minutes = _secretariat_minutes(request.user, pk)
    present = Person.objects.filter(pk__in=minutes.meeting.attendances.filter(
        kind=Attendance.Kind.MEMBER, present=True).values("person_id"))
    form = SignersForm(request.POST, persons=_signer_choices(minutes.meeting, present),
                       count=minutes.meeting.council.minutes_signer_count)
    if not form.is_valid():
        return render(request, "minutes/detail.html", _context(request, minutes, signers_form=form), status=400)
    try:
        actions.designate_signers(minutes, form.cleaned_data["signers"])
    except ActionRefused as exc:
        return _refused(request, minutes, exc, signers_form=form)
    messages.success(request, "議事録署名委員を指名しました。")
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
def minutes_confirm(request, pk):
    minutes = _secretariat_minutes(request.user, pk)
    later = Meeting.objects.filter(council=minutes.meeting.council, imported=False)
    unanswered, comments = actions.open_checks(minutes)
    form = ConfirmForm(request.POST, meetings=later, checks_open=bool(unanswered or comments))
    # The confirm button sends the summary box with it (detail.html): what the screen shows is what is confirmed,
    # the draft written from the record included, saved or not.
    summary_form = MinutesEditForm(request.POST)
    if not form.is_valid() or not summary_form.is_valid():
        return render(request, "minutes/detail.html", _context(
            request, minutes, confirm_form=form, edit_form=summary_form), status=400)
    data = form.cleaned_data
    try:
        actions.confirm_minutes(minutes, on=data["on"], at_meeting=data["at_meeting"] if data["how"] == "meeting" else None,
                                by_circulation=data["how"] == "circulation", by=request.user,
                                summary=summary_form.cleaned_data["summary"] if "summary" in request.POST else None,
                                expected_version=posted_mark(request, "version"),
                                without_summary=data["without_summary"],
                                open_checks_acknowledged=data.get("open_checks_acknowledged", False))
    except ActionRefused as exc:
        # Said next to the box to decide on: the emptied summary, or the box that acknowledges the open checks.
        if exc.code == "empty_summary":
            summary_form.add_error("summary", exc.message)
        elif exc.code == "open_checks":
            form.add_error("open_checks_acknowledged" if "open_checks_acknowledged" in form.fields else None,
                           exc.message)
        else:
            return _refused(request, minutes, exc, confirm_form=form,
                            **_kept_summary(request, minutes, summary_form, exc))
        return render(request, "minutes/detail.html", _context(
            request, minutes, confirm_form=form, edit_form=summary_form), status=400)
    messages.success(request, "会議録を確定しました。以後の変更は訂正として記録されます。")
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
def minutes_sign(request, pk, person_pk):
    minutes = _visible_minutes(request.user, pk)
    person = get_object_or_404(Person, pk=person_pk)
    own = access.person_of(request.user) is not None and access.person_of(request.user).pk == person.pk
    if not (own or access.is_secretariat(request.user, minutes.meeting.council)):
        raise PermissionDenied
    form = SignForm(request.POST)
    if not form.is_valid():
        return render(request, "minutes/detail.html", _context(request, minutes, bad_sign=(person.pk, form)),
                      status=400)
    try:
        actions.sign_minutes(minutes, person, on=form.cleaned_data["on"])
    except ActionRefused as exc:
        return _refused(request, minutes, exc, bad_sign=(person.pk, form))
    messages.success(request, f"{person.name} の署名を記録しました。")
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
def minutes_withdraw_signature(request, pk, person_pk):
    return _signer_line_taken_back(request, pk, person_pk, actions.withdraw_signature,
                                   "{} の署名の記録を取り消しました。署名日を確かめて記録し直してください。")


def _signer_line_taken_back(request, pk, person_pk, action, done):
    """A secretariat's button on a signer's line that takes back what was recorded there (`action`); `done`: the
    message, with the signer's name."""
    minutes = _secretariat_minutes(request.user, pk)
    person = get_object_or_404(Person, pk=person_pk)
    try:
        action(minutes, person, by=request.user)
    except ActionRefused as exc:
        return _refused(request, minutes, exc)
    messages.success(request, done.format(person.name))
    return redirect("minutes:detail", minutes.pk)


def _stand_in_choices(minutes):
    """The members present at the meeting who hold no line of its minutes yet: those the 会長 may name to sign."""
    present = minutes.meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True).values("person_id")
    return Person.objects.filter(pk__in=present).exclude(pk__in=minutes.signers.values("person_id")).order_by("pk")


@login_required
@require_POST
def minutes_replace_signer(request, pk, person_pk):
    minutes = _secretariat_minutes(request.user, pk)
    person = get_object_or_404(Person, pk=person_pk)
    form = ReplaceSignerForm(request.POST, persons=_stand_in_choices(minutes), auto_id=f"id_unable_{person.pk}_%s")
    if not form.is_valid():
        return render(request, "minutes/detail.html", _context(request, minutes, bad_replace=(person.pk, form)),
                      status=400)
    try:
        actions.replace_signer(minutes, person, by=request.user, **form.cleaned_data)
    except ActionRefused as exc:
        return _refused(request, minutes, exc, bad_replace=(person.pk, form))
    substitute = form.cleaned_data["substitute"]
    messages.success(request, f"{person.name} が署名できない旨を記録しました。" +
                     (f"{substitute.name} が代わりに署名します。" if substitute else ""))
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
def minutes_undo_replace_signer(request, pk, person_pk):
    return _signer_line_taken_back(request, pk, person_pk, actions.undo_replace_signer,
                                   "{} が署名できない旨の記録を取り消しました。")


@login_required
@require_POST
def minutes_publish(request, pk):
    minutes = _secretariat_minutes(request.user, pk)
    form = PublishForm(request.POST)
    if not form.is_valid():
        return render(request, "minutes/detail.html", _context(request, minutes, publish_form=form), status=400)
    try:
        actions.publish_minutes(minutes, on=form.cleaned_data["on"], by=request.user)
    except ActionRefused as exc:
        return _refused(request, minutes, exc)
    messages.success(request, "会議録を完結しました。非公開の会議のため、市民向けの画面には公表されません。"
                     if minutes.withheld else "会議録を公開しました。")
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
@one_submission
def minutes_amend(request, pk):
    minutes = _secretariat_minutes(request.user, pk)
    turns = list(minutes.meeting.turns.order_by("order"))
    form = AmendForm(request.POST, turns=turns)
    if not form.is_valid():
        return render(request, "minutes/detail.html", _context(request, minutes, amend_form=form), status=400)
    try:
        actions.amend_minutes(minutes, reason=form.cleaned_data["reason"], after=form.cleaned_data["after"],
                              turn=form.turn(), by=request.user)
    except ActionRefused as exc:
        return _refused(request, minutes, exc, amend_form=form)
    messages.success(request, "訂正を記録しました。")
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
def minutes_request_checks(request, pk):
    minutes = _secretariat_minutes(request.user, pk)
    try:
        actions.request_checks(minutes, by=request.user, expected_version=posted_mark(request, "version"))
    except ActionRefused as exc:
        return _refused(request, minutes, exc)
    by_mail = "明日の通知で委員にメールが届き、" if mail_goes_out() else ""
    messages.success(request, f"出席した委員に会議録 (案) の確認を依頼しました。{by_mail}委員のホームに表示されます。")
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
def minutes_comment_dealt_with(request, pk, person_pk):
    minutes = _secretariat_minutes(request.user, pk)
    person = get_object_or_404(Person, pk=person_pk)
    try:
        # Absent or forged, the check against a newer answer is skipped, as posted_mark skips a version's.
        answered_at = datetime.datetime.fromisoformat(request.POST.get("answered", ""))
    except ValueError:
        answered_at = None
    if answered_at is not None and timezone.is_naive(answered_at):
        answered_at = None
    try:
        actions.mark_comment_dealt_with(minutes, person=person, note=posted_text(request, "note"), by=request.user,
                                        expected_answered_at=answered_at)
    except ActionRefused as exc:
        # The note typed stays in its box, with the reason next to it.
        return _refused(request, minutes, exc, dealt_with_refused=(person.pk, str(exc)))
    messages.success(request, f"{person.name}委員の修正意見を対応済みにしました。")
    return redirect("minutes:detail", minutes.pk)


@login_required
@require_POST
def minutes_check(request, pk):
    minutes = _visible_minutes(request.user, pk)
    person = access.person_of(request.user)
    if person is None:
        raise PermissionDenied("会議録 (案) を確認するのは、その会議に出席した委員です。")
    try:
        agrees, comment = posted_response(request, MINUTES_CHECK_LABELS)
        actions.check_minutes(minutes, person=person, agrees=agrees, comment=comment, by=request.user)
    except ActionRefused as exc:
        return _refused(request, minutes, exc)
    messages.success(request, "会議録 (案) を確認しました。" if agrees else "修正意見を事務局に送りました。")
    return redirect("minutes:detail", minutes.pk)

