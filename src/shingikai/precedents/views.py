"""Work screens: 「論点・題目の確認」 for imported items, and pinning or dismissing a case's precedents."""
from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from django.db.models import Q

from shingikai import access, publicity
from shingikai.cases.models import Case
from shingikai.viewhelpers import page_of, refused
from shingikai.errors import ActionRefused
from shingikai.meetings.models import Turn

from . import actions
from .topics import suggest, vocabulary


def _require_secretariat(user):
    if not (access.secretariat_council_ids(user) or user.is_superuser):
        raise PermissionDenied("この画面は事務局のみが使えます。")


def subject_texts(case_ids):
    """{case_id: title and department explanation}, the text a topic is suggested from."""
    texts = defaultdict(list)
    for case_id, text in Turn.objects.filter(agenda_item__case_id__in=case_ids, role=Turn.Role.DEPARTMENT).order_by(
            "meeting_id", "order").values_list("agenda_item__case_id", "text"):
        texts[case_id].append(text)
    return texts


def _imported_cases(user):
    """Imported items of the meetings the user's import screens show: another city's unpublished import
    stays out of the topic review."""
    from shingikai.meetings.models import AgendaItem
    from shingikai.minutes.import_views import imported_for

    items = AgendaItem.objects.filter(meeting__in=imported_for(user)).values("case_id")
    return Case.objects.filter(imported=True, pk__in=items)


def _labelled_cases(user):
    """The cases whose 題目 the user may read among the labels: the public ones, its own council's, and the imports
    its screens show; None (every case) for a superuser."""
    if user.is_superuser:
        return None
    seen = (publicity.cases(), access.visible_cases(user), _imported_cases(user))
    return Case.objects.filter(Q(pk__in=seen[0].values("pk")) | Q(pk__in=seen[1].values("pk"))
                               | Q(pk__in=seen[2].values("pk")))


@login_required
def topic_review(request, status=200):
    _require_secretariat(request.user)
    cases = _imported_cases(request.user).select_related("council__municipality").order_by(
        "topic", "council__name", "pk")
    if request.GET.get("all") != "1":
        cases = cases.filter(topic="")
    page = page_of(request, cases)
    texts = subject_texts([c.pk for c in page])
    vocab = vocabulary(_labelled_cases(request.user))
    rows = []
    for case in page:
        text = "\n".join([case.title, *texts.get(case.pk, [])])
        names = (case.council.name, case.council.municipality.name)
        rows.append({"case": case, "suggestions": suggest(text, vocab, names=names)})
    return render(request, "precedents/topic_review.html", {
        "page": page, "rows": rows, "labels": sorted(label for label, _ in vocab),
        "show_all": request.GET.get("all") == "1", "query": "all=1&" if request.GET.get("all") == "1" else "", "topic_count": len(vocab),
    }, status=status)


@login_required
@require_POST
def topic_confirm(request, pk):
    _require_secretariat(request.user)
    case = get_object_or_404(_imported_cases(request.user), pk=pk)
    text = "\n".join([case.title, *subject_texts([case.pk]).get(case.pk, [])])
    try:
        topic = actions.confirm_topic(case, request.POST.get("label", ""), by=request.user, text=text)
    except ActionRefused as exc:
        return topic_review(request, status=refused(request, exc))
    messages.success(request, f"「{case.title}」の題目を「{topic.label}」にしました。")
    # The review page sends where to come back to; only a path of this site is followed, never another host or a
    # name to reverse.
    back = request.POST.get("next") or ""
    if not (back.startswith("/") and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()})):
        back = reverse("precedents:topics")
    return redirect(back)


@login_required
@require_POST
def mark(request, pk):
    case = get_object_or_404(access.visible_cases(request.user), pk=pk)
    if not access.is_secretariat(request.user, case.council):
        raise PermissionDenied("この操作は審議会の事務局のみが行えます。")
    precedent_id = request.POST.get("precedent", "")
    if not precedent_id.isdigit():
        messages.error(request, "先例の指定が正しくありません。")
        return redirect("cases:detail", case.pk)
    precedent = Case.objects.filter(pk=int(precedent_id)).first()
    kind = request.POST.get("kind", "")
    try:
        if precedent is None:
            raise ActionRefused("指定された先例の案件はありません。")
        if kind == "clear":
            actions.clear_precedent_mark(case, precedent, by=request.user)
        else:
            actions.mark_precedent(case, precedent, kind, by=request.user, note=request.POST.get("note", ""))
    except ActionRefused as exc:
        refused(request, exc)
    else:
        done = {"pin": "先例として固定しました。", "dismiss": "先例から除外しました。"}.get(kind, "固定・除外を解除しました。")
        messages.success(request, done)
    return redirect("cases:detail", case.pk)
