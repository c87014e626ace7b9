"""A meeting held in writing (書面開催): the member's written answer and the secretariat's recording of the result."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from shingikai import access
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from shingikai.settling import today
from shingikai.submissions import one_submission
from shingikai.viewhelpers import refused

from . import actions
from .forms import WrittenAnswerForm
from .views import _refused_page, _secretariat_meeting, _seen_version, _visible_meeting


@login_required
def written_answer(request, pk, person_pk=None):
    """A member's own page for a 書面開催: each item asked, with their vote and opinion, which they change until
    the 回答期限 and the result is recorded. With `person_pk`, the secretariat's page recording the answer a member
    sent back on paper (the 書面表決書), also after the 回答期限, until the result is recorded."""
    by_secretariat = person_pk is not None
    meeting = (_secretariat_meeting if by_secretariat else _visible_meeting)(request.user, pk)
    if by_secretariat:
        person = next((p for p in actions.written_people(meeting) if p.pk == person_pk), None)
        if person is None or not meeting.written:
            raise Http404("この書面開催で回答を求める委員ではありません。")
    else:
        person = access.person_of(request.user)
    if person is None:
        if access.is_secretariat(request.user, meeting.council):
            return redirect("meetings:detail", meeting.pk)
        raise PermissionDenied("書面開催に回答できるのは審議会の委員です。")
    if not meeting.written:
        return redirect("meetings:detail", meeting.pk)
    items = actions.written_items(meeting)
    given = {a.agenda_item_id: a for a in meeting.written_answers.filter(person=person)}
    rows, status = [], 200
    for item in items:
        recused = item.case_id is not None and item.case.recusals.filter(person=person).exists()
        answer = given.get(item.pk)
        initial = {"vote": answer.vote, "opinion": answer.opinion} if answer else None
        form = None if recused else WrittenAnswerForm(request.POST or None, prefix=f"i{item.pk}", initial=initial)
        rows.append((item, form, answer))
    here = (reverse("meetings:written_answer_for", args=[meeting.pk, person.pk]) if by_secretariat
            else reverse("meetings:written_answer", args=[meeting.pk]))
    if request.method == "POST":
        forms_ = [(item, form) for item, form, _ in rows if form is not None]
        if all(form.is_valid() for _, form in forms_):
            try:
                actions.answer_in_writing(
                    meeting, person=person, by=request.user,
                    answers={item: (form.cleaned_data["vote"], form.cleaned_data["opinion"]) for item, form in forms_})
            except ActionRefused as exc:
                status = refused(request, exc)
            else:
                if by_secretariat:
                    messages.success(request, f"{person.name} 委員の書面による回答を記録しました。")
                    return redirect("meetings:detail", meeting.pk)
                messages.success(request, f"書面による回答を送りました。回答期限 ({to_wareki(meeting.date)}) までは変更できます。")
                return redirect(here)
        else:
            messages.error(request, "回答の入力内容に誤りがあります。")
            status = 400
    open_ = meeting.state == meeting.State.PLANNED
    return render(request, "meetings/written_answer.html", {
        "meeting": meeting, "rows": rows, "person": person, "by_secretariat": by_secretariat, "here": here,
        # The secretariat records a paper answer that arrives late too, until the result is recorded.
        "answerable": open_ and (by_secretariat or (meeting.convened_on is not None and meeting.date >= today())),
    }, status=status)


@login_required
@require_POST
@one_submission
def written_result(request, pk):
    meeting = _secretariat_meeting(request.user, pk)
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            actions.record_written_result(meeting, by=request.user)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc)
    messages.success(request, "書面開催の結果を記録しました。書面開催結果 (会議録) の案を作成しました。")
    meeting.refresh_from_db()
    return redirect("minutes:detail", meeting.minutes.pk)


@login_required
@require_POST
@one_submission
def change_method(request, pk):
    """Hold a planned meeting in writing instead, or in person after all (actions.change_meeting_method)."""
    meeting = _secretariat_meeting(request.user, pk)
    sent = meeting.convened_on is not None
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            changed = actions.change_meeting_method(meeting, method=request.POST.get("method", ""), by=request.user)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc)
    meeting.refresh_from_db()
    if changed and meeting.written:
        messages.success(request, "書面開催に変更しました。開催時刻・場所と出欠の連絡は削除しました。"
                                  + ("招集通知 (書面開催のお知らせ) を送り直してください。" if sent else ""))
    elif changed:
        messages.success(request, "会議を開いて開催するように変更しました。書面による回答は削除しました。"
                                  "開始時刻と場所を入力し" + ("、招集通知を送り直してください。" if sent else "てください。"))
        return redirect("meetings:edit", meeting.pk)
    return redirect("meetings:detail", meeting.pk)
