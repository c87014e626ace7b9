"""The secretariat's import of other 審査会's published 答申: upload, check and correct the reading beside
the source text, publish, unpublish, delete. Modelled on the minutes import (minutes/import_views.py): an
imported 答申 is not public until published, and belongs to the secretariat's own councils or to a council
that exists only as imported precedents.
"""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from shingikai import access
from shingikai.councils.models import Council
from shingikai.errors import ActionRefused
from shingikai.history import history_mark
from shingikai.viewhelpers import history_rows, posted_mark, refused
from shingikai.submissions import one_submission

from . import actions
from .forms import AnswerUploadForm, ImportedAnswerForm
from .models import ImportedAnswer

IMPORT_WORDS = {"imported": "取り込みました", "unchanged": "取込済みのため変更はありません"}


def _own_councils(user):
    ids = access.secretariat_council_ids(user)
    if not ids:
        raise PermissionDenied
    return ids


def _imported_for(user):
    """The imported 答申 the user may change (actions.imported_answers_changed_by): only those open on their own
    page. Another city's secretariat must not read ours before they are published, nor correct, publish or delete
    them; the operator's imports into precedent-only councils are listed to a secretariat read-only."""
    _own_councils(user)
    return actions.imported_answers_changed_by(user).select_related("council__municipality")


@login_required
@one_submission
def upload(request):
    councils = Council.objects.filter(pk__in=_own_councils(request.user))
    form = AnswerUploadForm(request.POST or None, request.FILES or None, councils=councils)
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            answer, result = actions.import_answer(b"".join(uploaded.chunks()), name=uploaded.name,
                                                   council=form.cleaned_data["council"], by=request.user,
                                                   typed=form.typed_names())
        except actions.CouncilNotRead as error:
            # A file input is never filled in again by the browser.
            form.add_error("council_name", f"{error} ファイルはもう一度選んでください。")
        except ActionRefused as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, f"{answer}: {IMPORT_WORDS[result]}。公開するまで市民には表示されません。")
            return redirect("disclosure:imported", pk=answer.pk)
    return render(request, "disclosure/imports.html", {
        "form": form, "answers": actions.imported_answers_shown_to(request.user).select_related("council")
                                                                         .defer("source_text"),
    }, status=400 if form.errors else 200)


@login_required
def imported(request, pk):
    answer = get_object_or_404(_imported_for(request.user), pk=pk)
    status = 200
    if request.method == "POST":
        form = ImportedAnswerForm(request.POST)
        if form.is_valid():
            try:
                actions.correct_imported_answer(answer, by=request.user, seen_mark=posted_mark(request),
                                                **form.as_fields())
            except ActionRefused as exc:
                status = refused(request, exc)
            else:
                messages.success(request, "訂正を保存しました。")
                return redirect("disclosure:imported", pk=answer.pk)
        else:
            status = 400
    else:
        form = ImportedAnswerForm(initial=ImportedAnswerForm.initial_from(answer))
    return render(request, "disclosure/imported.html", {
        "answer": answer, "form": form, "history": history_rows(answer.history.all(), request=request), "seen": history_mark(answer),
    }, status=status)


LIFECYCLE = {
    "publish": (actions.publish_imported_answer, "公開しました"),
    "unpublish": (actions.unpublish_imported_answer, "非公開に戻しました"),
    "delete": (actions.delete_imported_answer, "削除しました"),
}


@login_required
@require_POST
def change(request, pk, step):
    answer = get_object_or_404(_imported_for(request.user), pk=pk)
    if step not in LIFECYCLE:
        raise Http404
    action, word = LIFECYCLE[step]
    try:
        action(answer, by=request.user)
    except ActionRefused as exc:
        refused(request, exc)
        return redirect("disclosure:imported", pk=answer.pk)
    messages.success(request, f"{answer} を{word}。")
    if step == "delete":
        return redirect("disclosure:imports")
    return redirect("disclosure:imported", pk=answer.pk)
