"""Work screens for cases: drafting by the department, intake by the secretariat, questions by members."""
import datetime
import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case as DbCase, DateField, F, OuterRef, Q, Subquery, When, prefetch_related_objects
from django.db.models.functions import Coalesce, TruncDate
from django.core.cache import cache
from django.utils import timezone
from django.utils.text import Truncator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_POST

from shingikai import access, access_record, publicity
from shingikai.history import ERASED_MATERIAL
from shingikai.search.precedents import precedents_and_dismissed
from shingikai.councils.models import Council, Membership, Person
from shingikai.disclosure import retention
from shingikai.jp.wareki import fiscal_year, fiscal_year_label
from shingikai.viewhelpers import asks_for_history, history_rows, page_of, posted_text, refused, stored_file, text_search
from shingikai.errors import ActionRefused
from shingikai.formfields import ErasureForm
from shingikai.fragments import KEPT_SECONDS
from shingikai.meetings import actions as meeting_actions
from shingikai.meetings.models import AgendaItem, Answer, Decision, FollowUp, Meeting
from shingikai.portal.freshness import names_stamp
from shingikai.submissions import one_submission

from . import actions, checklist, numbering
from .actions import fiscal_year_span
from .forms import (
    AttachmentForm, CaseFilterForm, CaseForm, ChecklistAnswerForm, ContractorFormSet, DataItemFormSet, QuestionAnswerForm,
    AcceptForm, PastAnswerForm, QuestionForm, ReturnForm, TransferForm, UndoWithdrawalForm, WithdrawForm, contractor_initial, data_item_initial, filled_rows,
)
from .models import Attachment, Case, Certification, Contractor, DataItem, Question, StorageLocation, TransferMethod

ASKABLE = (Case.Status.ACCEPTED, Case.Status.SCHEDULED, Case.Status.CONTINUED)


def _visible_case(user, pk):
    return with_labels(get_object_or_404(access.visible_cases(user).select_related("council", "department", "appeal"),
                                         pk=pk))


def with_labels(case):
    """Attach the Japanese labels of the stored choice lists, for templates."""
    transfer, storage = dict(TransferMethod.choices), dict(StorageLocation.choices)
    case.transfer_labels = [transfer.get(v, v) for v in case.transfer_methods]
    case.storage_labels = [storage.get(v, v) for v in case.storage_locations]
    return case


@login_required
def case_list(request):
    form = CaseFilterForm(request.GET)
    # The columns the table shows, as dicts: building fifty case rows (a wide model, even deferred) cost
    # more than the rest of the view.
    # Newest received first; those not yet received (drafts, submitted) on top, as they wait for someone. An imported
    # case was never received here (no 受付日): it stands at the day it was first heard, never at its import day.
    cases = (_with_heard_on(access.visible_cases(request.user))
             .order_by(F("listed_on").desc(nulls_first=True), F("accepted_at").desc(nulls_last=True), "-id")
             .values("id", "number", "title", "kind", "status", "updated_at", "accepted_at", "heard_on",
                     council_name=F("council__name"), department_name=F("department__name")))
    # Each filter that reads applies: a mistyped 年度 is shown with its message, never the whole list as if the
    # words typed beside it had found every case.
    form.is_valid()
    data = form.cleaned_data
    if data.get("q"):
        # 諮問第3号 is looked up by its number as often as by its title.
        cases = text_search(cases, data["q"], "title", "number")
    if data.get("status"):
        cases = cases.filter(status=data["status"])
    if fy := data.get("fiscal_year"):
        start, end = fiscal_year_span(fy)
        cases = cases.filter(Q(accepted_at__gte=start, accepted_at__lt=end)
                             | Q(heard_on__gte=datetime.date(fy, 4, 1), heard_on__lt=datetime.date(fy + 1, 4, 1)))
    page = page_of(request, cases, row_url="cases:detail")
    statuses = dict(Case.Status.choices)
    for row in page.object_list:
        row["status_label"] = statuses.get(row["status"], row["status"])
        if row["accepted_at"]:
            row["received_on"] = timezone.localdate(row["accepted_at"])
        if row["accepted_at"] or row["heard_on"]:
            row["year_label"] = fiscal_year_label(fiscal_year(row.get("received_on") or row["heard_on"]))
        # Truncator walks every character of every title; most titles are shorter than the cut.
        row["short_title"] = row["title"] if len(row["title"]) <= 80 else Truncator(row["title"]).chars(80)
    query = request.GET.copy()
    query.pop("page", None)
    passed_on = numbering.passed_on_numbers(access.secretariat_council_ids(request.user))
    for row in passed_on:
        row["year_label"] = fiscal_year_label(row["year"]) if row["year"] else ""
    return render(request, "cases/list.html", {
        "form": form, "page": page, "query": query.urlencode() + "&" if query else "",
        "can_create": access.department_of(request.user) is not None,
        # The numbers this secretariat gave cases it passed on: gaps in its series the list would leave unexplained.
        "passed_on": passed_on,
    })


def _with_heard_on(cases):
    """`heard_on`: an imported case's first meeting day (it has no 受付日), None for any other; `listed_on`: the day
    the case list orders by, its 受付日 or that."""
    first = (AgendaItem.objects.filter(case_id=OuterRef("pk"), meeting__date__isnull=False)
             .exclude(meeting__state=Meeting.State.CANCELLED).order_by("meeting__date"))
    return cases.annotate(
        heard_on=DbCase(When(imported=True, accepted_at__isnull=True, then=Subquery(first.values("meeting__date")[:1])),
                        output_field=DateField()),
        listed_on=Coalesce(TruncDate("accepted_at"), F("heard_on"), output_field=DateField()))


def _draft_councils(department):
    """The councils a department brings its 諮問・報告 to: a city's 審議会, not its 審査会, which hears 審査請求
    (a city whose only council is a 審査会 brings them there)."""
    councils = Council.objects.filter(municipality_id=department.municipality_id, is_imported_only=False)
    if councils.filter(body_type=Council.BodyType.SHINGIKAI).exists():
        councils = councils.filter(body_type=Council.BodyType.SHINGIKAI)
    return councils.order_by("name")


def _row_forms(request, case=None):
    if request.method == "POST":
        return (DataItemFormSet(request.POST, prefix="items"), ContractorFormSet(request.POST, prefix="contractors"))
    return (DataItemFormSet(prefix="items", initial=data_item_initial(case) if case else None),
            ContractorFormSet(prefix="contractors", initial=contractor_initial(case) if case else None))


def _save_rows(case, items, contractors, by):
    actions.set_data_items(case, [f.cleaned_data for f in filled_rows(items)], by=by)
    actions.set_contractors(case, [f.as_action_dict() for f in filled_rows(contractors)], by=by)


@login_required
@one_submission
def case_new(request):
    department = access.department_of(request.user)
    if department is None:
        raise PermissionDenied("案件を作成できるのは担当課の職員です。")
    councils = _draft_councils(department)
    form = CaseForm(request.POST or None, councils=councils)
    items, contractors = _row_forms(request)
    status = 200
    if request.method == "POST":
        if form.is_valid() and items.is_valid() and contractors.is_valid():
            try:
                with transaction.atomic():
                    case = actions.create_case(form.cleaned_data["council"], department, by=request.user,
                                               **form.case_fields())
                    _save_rows(case, items, contractors, request.user)
            except ActionRefused as exc:
                status = refused(request, exc)
            else:
                messages.success(request, "案件を作成しました。確認項目を見直し、準備ができたら提出してください。")
                return redirect("cases:edit" if request.POST.get("add_rows") else "cases:detail", case.pk)
        else:
            status = 400
            messages.error(request, "入力内容に誤りがあります。各項目のメッセージを確認してください。")
    return render(request, "cases/form.html", {
        "form": form, "items": items, "contractors": contractors, "case": None,
        "findings": _preview_findings(form, items, contractors, None),
    }, status=status)


def _display(value):
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    return str(value)


def _conflict_rows(form, items, contractors, current):
    """Each field where what this user typed differs from what is saved now (both are shown)."""
    rows = []
    for name, mine in form.case_fields().items():
        saved = getattr(current, name)
        if _display(mine) != _display(saved):
            rows.append({"label": form.fields[name].label, "mine": _display(mine), "saved": _display(saved)})
    mine_items = [f.cleaned_data["name"] for f in filled_rows(items)]
    saved_items = [i.name for i in current.data_items.all()]
    if mine_items != saved_items:
        rows.append({"label": "個人情報の項目", "mine": "、".join(mine_items), "saved": "、".join(saved_items)})
    mine_contractors = [f.cleaned_data["name"] for f in filled_rows(contractors)]
    saved_contractors = [c.name for c in current.contractors.all()]
    if mine_contractors != saved_contractors:
        rows.append({"label": "委託事業者", "mine": "、".join(mine_contractors), "saved": "、".join(saved_contractors)})
    return rows


@login_required
def case_edit(request, pk):
    case = _visible_case(request.user, pk)
    if not access.can_edit_case(request.user, case):
        raise PermissionDenied("この案件を編集できるのは担当課です。")
    form = CaseForm(request.POST or None, instance=case)
    items, contractors = _row_forms(request, case)
    version = case.version
    conflict = None
    status = 200
    if case.status not in actions.EDITABLE_BY_DEPARTMENT:
        messages.warning(request, f"{case.get_status_display()}の案件は編集できません。")
        return redirect("cases:detail", case.pk)
    if request.method == "POST":
        try:
            expected = int(request.POST.get("version", ""))
        except ValueError:
            expected = -1
        if form.is_valid() and items.is_valid() and contractors.is_valid():
            try:
                with transaction.atomic():
                    actions.update_case(case, by=request.user, expected_version=expected, **form.case_fields())
                    _save_rows(case, items, contractors, request.user)
            except ActionRefused as exc:
                status = refused(request, exc)
                current = Case.objects.get(pk=case.pk)
                if exc.code == "conflict":
                    conflict = _conflict_rows(form, items, contractors, current)
                    # Saving again keeps this user's input over the other save, knowingly.
                    version = current.version
            else:
                messages.success(request, "保存しました。")
                return redirect("cases:edit" if request.POST.get("add_rows") else "cases:detail", case.pk)
        else:
            status = 400
            version = expected
            messages.error(request, "入力内容に誤りがあります。各項目のメッセージを確認してください。")
    return render(request, "cases/form.html", {
        "form": form, "items": items, "contractors": contractors, "case": case, "version": version,
        "conflict": conflict, "findings": _preview_findings(form, items, contractors, case),
    }, status=status)


def _preview_findings(form, items, contractors, case):
    """The checklist of what the form holds now, saved or not."""
    if not form.is_bound:
        if case is None:
            return checklist.evaluate(Case(), data_items=[], contractors=[], answers={})
        return checklist.evaluate(case)
    form.is_valid()
    values = {k: v for k, v in getattr(form, "cleaned_data", {}).items() if k in actions.CASE_FIELDS}
    draft = Case(**actions.with_retention(values))
    data_items = []
    for f in items.forms:
        if f.is_valid() and f.cleaned_data.get("name", "").strip():
            data_items.append(DataItem(name=f.cleaned_data["name"], required=f.cleaned_data.get("required", False),
                                       sensitive=f.cleaned_data.get("sensitive", False),
                                       reason=f.cleaned_data.get("reason", "")))
    rows = []
    for f in contractors.forms:
        if f.is_valid() and f.cleaned_data.get("name", "").strip():
            data = f.as_action_dict()
            certs = [Certification(**c) for c in data.pop("certifications")]
            rows.append((Contractor(**data), certs))
    answers = {a.code: a.answer for a in case.checklist_answers.all()} if case else {}
    return checklist.evaluate(draft, data_items=data_items, contractors=rows, answers=answers)


@login_required
@require_POST
def checklist_preview(request):
    """The checklist for the form as typed so far (the drafting page refreshes it while typing)."""
    case = None
    if request.POST.get("case"):
        try:
            case = _visible_case(request.user, int(request.POST["case"]))
        except ValueError:
            raise Http404
        if not access.can_edit_case(request.user, case):
            raise PermissionDenied
    elif access.department_of(request.user) is None:
        raise PermissionDenied
    form = CaseForm(request.POST)
    items = DataItemFormSet(request.POST, prefix="items")
    contractors = ContractorFormSet(request.POST, prefix="contractors")
    findings = _preview_findings(form, items, contractors, case)
    return HttpResponse(render_to_string("cases/_checklist.html", {"findings": findings, "live": True}, request))


def _questions(case):
    """The case's questions, each with the answers a correction replaced (earlier_answers, oldest first,
    each dated when it was given), read from their history only when a question was corrected."""
    # Ordered here, not by the model's ordering, which joins the case to order by it.
    questions = list(case.questions.select_related("asked_by__person").order_by("asked_at", "pk").only(
        "case", "text", "asked_at", "from_secretariat", "answer", "answered_at", "corrected_at", "answered_by_secretariat",
        "asked_by", "asked_by__person__name"))
    answers = {}
    if any(q.corrected_at for q in questions):
        for pk, answer, date in Question.history.filter(case=case).order_by("history_date", "history_id").values_list(
                "id", "answer", "history_date"):
            given = answers.setdefault(pk, [])
            if answer and (not given or given[-1]["answer"] != answer):
                given.append({"answer": answer, "date": date})
    for question in questions:
        question.earlier_answers = answers.get(question.pk, [])[:-1]
    return questions


def _case_rows(request, case):
    """The case's data items, contractors, attachments, checklist, questions and change history for its
    page, kept in the cache under the case row, the names it shows and today. The case's save time moves
    with each of those rows (actions.touch) and with every save, which is what writes its history; the
    names stamp moves when a department, member or official is renamed (the history's editors and values,
    the questions' askers). A change through any action on any server is read anew on the next page."""
    parts = (case.pk, case.created_at, case.version, case.updated_at, timezone.localdate(), names_stamp())
    key = "case-rows:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
    found = cache.get(key)
    # Another page of the history, or its export, is read for its request and never kept.
    other_history = asks_for_history(request)
    if found is None:
        prefetch_related_objects([case], "contractors__certifications")
        data_items, contractors = list(case.data_items.all()), list(case.contractors.all())
        found = {
            "data_items": data_items, "contractors": contractors, "attachments": list(case.attachments.all()),
            # The checklist weighs dates (a certificate's expiry) against today, which is in the key.
            "findings": checklist.evaluate(case, data_items=data_items,
                                           contractors=[(c, list(c.certifications.all())) for c in contractors]),
            # Ordered here, not by the model's ordering, which joins the case to order by it.
            "questions": _questions(case),
            **_case_history(request, case),
        }
        if not other_history:
            cache.set(key, found, KEPT_SECONDS)
    elif other_history:
        found = {**found, **_case_history(request, case)}
    return found


def _attachment_named(record):
    # The file's own name beside the title: the question is which file was added or removed. A removed one's
    # are emptied from the history (actions.ATTACHMENT_VALUES): it is said to be gone, not named.
    if not record.title and not record.file:
        return ERASED_MATERIAL
    return f"{record.title} ({str(record.file).rsplit('/', 1)[-1]})" if record.file else record.title


def _case_history(request, case):
    return {"history": history_rows(case.history.all(), request=request),
            "attachment_history": history_rows(Attachment.history.filter(case_id=case.pk), subject=_attachment_named,
                                               request=request, key="attachments")}


# What the case page shows of each meeting: its label and date, and for one to come when and where it sits,
# which the department's 説明員 needs to attend.
MEETING_LABEL = ("fiscal_year", "number", "cumulative_number", "title_as_written", "date", "start_time", "place",
                 "state", "is_public")
DECISION = ("case_id", "outcome", "vote_method", "wording")
FOLLOW_UP = ("kind", "text", "due_date", "status", "responded_at")


def _deliberations(case):
    """The case's agenda items, and its decisions with their follow-ups, each with its meeting's label.

    One query of the columns shown: as three queries of model rows they took three times as long, most
    of it Django building the queries, not the database running them.
    """
    # The decisions' items by id, not through the join: an OR across two tables would scan every item.
    decided = Decision.objects.filter(case=case).values("agenda_item_id")
    rows = AgendaItem.objects.filter(Q(case=case) | Q(pk__in=decided)).order_by(
        "meeting__date", "pk", "decision__follow_ups__due_date", "decision__follow_ups__pk").values_list(
        "pk", "case_id", "is_public", "meeting_id", *(f"meeting__{f}" for f in MEETING_LABEL),
        "decision__pk", *(f"decision__{f}" for f in DECISION),
        "decision__follow_ups__pk", *(f"decision__follow_ups__{f}" for f in FOLLOW_UP))
    items, decisions = {}, {}
    for row in rows:
        (pk, case_id, is_public, meeting_id), row = row[:4], row[4:]
        meeting, row = dict(zip(MEETING_LABEL, row)), row[len(MEETING_LABEL):]
        (decision_pk, *decision), row = row[:1 + len(DECISION)], row[1 + len(DECISION):]
        follow_up_pk, *follow_up = row
        item = items.get(pk)
        if item is None:
            item = items[pk] = AgendaItem(pk=pk, case_id=case_id, is_public=is_public,
                                          meeting=Meeting(pk=meeting_id, **meeting))
        if decision_pk is None or decision[0] != case.pk:
            continue
        if decision_pk not in decisions:
            decisions[decision_pk] = Decision(pk=decision_pk, agenda_item=item, **dict(zip(DECISION, decision)))
            decisions[decision_pk].follow_up_list = []
        if follow_up_pk is not None:
            decisions[decision_pk].follow_up_list.append(
                FollowUp(pk=follow_up_pk, decision_id=decision_pk, **dict(zip(FOLLOW_UP, follow_up))))
    return [item for item in items.values() if item.case_id == case.pk], list(decisions.values())


def mark_public_pages(items):
    """Set `public_page` on agenda items whose meeting has a public page: the one view of the meeting (its time,
    place and public 会議次第) open to a department, which may not open the meeting itself."""
    public = set(publicity.meetings().filter(pk__in={i.meeting_id for i in items}).values_list("pk", flat=True))
    for item in items:
        item.public_page = item.meeting_id in public


def _detail_context(request, case, **extra):
    user = request.user
    is_secretariat = access.is_secretariat(user, case.council)
    owner = access.can_edit_case(user, case)
    agenda_items, decisions = _deliberations(case)
    can_view_meetings = case.council_id in access.council_ids(user)
    if not can_view_meetings:
        mark_public_pages(agenda_items)
    answers = []
    if not access.can_view_deliberation(user, case):
        decisions = []
    elif case.status == Case.Status.ANSWERED:
        # What the department acts on and reports against; an appeal's 答申 lives on the appeal's page.
        answers = list(case.answers.filter(state=Answer.State.ISSUED, cases__appeal__isnull=True)
                       .order_by("date", "pk"))
    precedents, dismissed = precedents_and_dismissed(case)
    context = {
        "case": case,
        **_case_rows(request, case),
        "precedents": precedents,
        "can_mark_precedents": is_secretariat,
        "dismissed_precedents": dismissed if is_secretariat else [],
        "precedent_marks_visible": True,
        "agenda_items": agenda_items,
        "decisions": decisions,
        "answers": answers,
        "can_open_answers": case.council_id in access.council_ids(user),
        "is_secretariat": is_secretariat,
        "is_owner": owner,
        "can_edit": owner and case.status in actions.EDITABLE_BY_DEPARTMENT,
        "can_submit": owner and case.status in actions.EDITABLE_BY_DEPARTMENT,
        "can_answer_checklist": owner and case.status not in actions.SETTLED,
        "can_answer_questions": (owner or is_secretariat) and case.status not in actions.SETTLED,
        "answers_for_department": is_secretariat and not owner,
        "can_attach": (owner or is_secretariat) and case.status not in actions.SETTLED,
        "can_ask": (is_secretariat and case.status in actions.SECRETARIAT_ASKABLE
                    or access.is_member(user, case.council) and case.status in ASKABLE),
        "can_view_meetings": can_view_meetings,
        "submission_problems": actions.submission_problems(case) if owner else [],
        "answer_form": ChecklistAnswerForm(),
        "accept_form": AcceptForm(case=case) if is_secretariat and case.status == Case.Status.SUBMITTED else None,
        "return_form": ReturnForm(),
        # The numbers other councils gave the case before passing it on: 欠番 there, and what their 受付簿 names it by.
        # A withdrawn case's materials are kept for the city's period, then listed for the secretariat to erase.
        **(retention.page_context(user, retention.withdrawn_case_period(case), case.council.municipality,
                                  timezone.localdate()) if case.status == Case.Status.WITHDRAWN else {}),
        "numbers_elsewhere": (case.history.exclude(number="").exclude(council_id=case.council_id)
                              .values_list("council__name", "number").distinct() if case.passed_on else ()),
        "transfer_form": (TransferForm(case=case) if is_secretariat and case.status in actions.TRANSFERABLE
                          and not case.agenda_items.exists() else None),
        "past_answer_form": (PastAnswerForm(initial=_past_answer_initial(case)) if is_secretariat and case.imported
                             and case.kind == Case.Kind.CONSULTATION
                             and case.status in meeting_actions.PAST_ANSWER_STATES else None),
        "withdraw_form": WithdrawForm(),
        "undo_withdrawal_form": UndoWithdrawalForm(),
        "attachment_form": AttachmentForm(),
        # A withdrawn case's materials are erased one by one, each with its own reason.
        "can_erase": is_secretariat and case.status == Case.Status.WITHDRAWN,
        "question_form": QuestionForm(),
        "question_answer_form": QuestionAnswerForm(),
        "answer_max": actions.ANSWER_MAX,
        "today": timezone.localdate(),
    }
    if is_secretariat:
        context["recusals"] = list(case.recusals.select_related("person"))
        context["can_change_recusals"] = not decisions  # the secretariat reads every decision on the case
        recused = {r.person_id for r in context["recusals"]}
        context["recusal_members"] = [p for p in Person.objects.filter(
            memberships__in=Membership.objects.in_office(timezone.localdate()).filter(council=case.council)).distinct()
            if p.pk not in recused]
        context.setdefault("posted_recusal", {})
    if is_secretariat and case.kind == Case.Kind.CONSULTATION and case.status == Case.Status.DECIDED:
        # The next step once the council has decided: the 答申 (one per case: a draft begun is opened, not doubled).
        draft = case.answers.order_by("pk").first()
        context["answer_step"] = (reverse("meetings:answer", args=[draft.pk]) if draft is not None
                                  else reverse("meetings:answer_new") + f"?case={case.pk}", draft is not None)
    if (is_secretariat or owner) and case.status in actions.PUBLISHABLE:
        context["public_state"] = _public_state(case)
    context.update(extra)
    if context["can_erase"]:
        bound, bound_pk = context.pop("erase_form", None), context.pop("erase_pk", None)
        context["erasable"] = [(a, bound if a.pk == bound_pk else ErasureForm(prefix=f"erase-{a.pk}"))
                               for a in context["attachments"]]
    return context


def _past_answer_initial(case):
    """The 答申 form of an imported case opens with the outcome its minutes record, for the secretariat to word."""
    decision = case.decisions.filter(outcome__in=meeting_actions.ANSWERABLE_OUTCOMES).order_by("-pk").first()
    return {"conclusion": f"{decision.outcome}する。" if decision else ""}


def _public_state(case):
    """Whether the public sees the case and, if not, why: the secretariat decides when an accepted case goes out."""
    if publicity.cases().filter(pk=case.pk).exists():
        return {"public": True, "by_publishing": case.published_at is not None
                and not publicity.agenda_items().filter(case=case).exists()}
    return {"public": False, "closed": case.is_appeal or case.on_a_closed_item,
            "public_attachments": case.attachments.filter(is_public=True).count()}


@login_required
def case_detail(request, pk):
    case = _visible_case(request.user, pk)
    return render(request, "cases/detail.html", _detail_context(request, case))


def _act(request, case, do, success, then=None, **forms):
    """Run one action from a button on the case page; a refusal re-shows the page with the reason and
    with ``forms`` (the posted form, so what was typed stays). ``then``: where to go once done, if not back to
    the case."""
    try:
        do()
    except ActionRefused as exc:
        status = refused(request, exc)
        case.refresh_from_db()
        with_labels(case)
        return render(request, "cases/detail.html", _detail_context(request, case, **forms), status=status)
    messages.success(request, success)
    return redirect(then or reverse("cases:detail", args=[case.pk]))


@login_required
@require_POST
def case_submit(request, pk):
    case = _visible_case(request.user, pk)
    if not access.can_edit_case(request.user, case):
        raise PermissionDenied
    return _act(request, case, lambda: actions.submit_case(case, by=request.user), "提出しました。事務局の受付をお待ちください。")


def _secretariat_case(request, pk):
    case = _visible_case(request.user, pk)
    if not access.is_secretariat(request.user, case.council):
        raise PermissionDenied("この操作は審議会の事務局のみが行えます。")
    return case


@login_required
@require_POST
def case_accept(request, pk):
    case = _secretariat_case(request, pk)
    form = AcceptForm(request.POST, case=case)
    if not form.is_valid():
        messages.error(request, "受付日と番号を確認してください。")
        return render(request, "cases/detail.html", _detail_context(request, case, accept_form=form), status=400)
    return _act(request, case, lambda: actions.accept_case(
        case, on=form.cleaned_data["received_on"], number=form.cleaned_data.get("number", ""), by=request.user),
        "受け付けました。" + actions.NOT_YET_PUBLIC, accept_form=form)


@login_required
@require_POST
def case_publish(request, pk):
    case = _secretariat_case(request, pk)
    return _act(request, case, lambda: actions.publish_case(case, by=request.user),
                "公開しました。案件の内容と公開資料が公開ページ・検索・API に載ります。")


@login_required
@require_POST
def case_unpublish(request, pk):
    case = _secretariat_case(request, pk)
    return _act(request, case, lambda: actions.unpublish_case(case, reason=posted_text(request, "reason"),
                                                              by=request.user),
                "公開をやめました。案件の内容と公開資料は公開ページ・検索・API から外れます。")


@login_required
@require_POST
def recusal_add(request, pk):
    case = _secretariat_case(request, pk)
    # Kept as typed, to show again if refused; read through posted_text inside the action, so that a NUL pasted
    # from a PDF is refused there with the form kept, like any other refusal.
    posted = {"person": request.POST.get("person", ""), "reason": request.POST.get("reason", "")}
    person = Person.objects.filter(pk=posted["person"]).first() if posted["person"].isdigit() else None

    def record():
        if person is None:
            raise ActionRefused("委員を選んでください。")
        actions.record_recusal(case, person, reason=posted_text(request, "reason"), by=request.user)

    return _act(request, case, record, f"{person}委員の利害関係 (除斥) を記録しました。この案件の非公開の資料は届かなくなります。",
                then=reverse("cases:detail", args=[case.pk]) + "#recusals", posted_recusal=posted)


@login_required
@require_POST
def recusal_withdraw(request, pk, recusal_pk):
    case = _secretariat_case(request, pk)
    recusal = get_object_or_404(case.recusals.select_related("person"), pk=recusal_pk)
    return _act(request, case, lambda: actions.withdraw_recusal(recusal, reason=posted_text(request, "reason"),
                                                                by=request.user),
                f"{recusal.person}委員の利害関係 (除斥) の記録を取り消しました。",
                then=reverse("cases:detail", args=[case.pk]) + "#recusals")


@login_required
@require_POST
def case_past_answer(request, pk):
    case = _secretariat_case(request, pk)
    form = PastAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, "答申番号・答申日・結論を確認してください。")
        return render(request, "cases/detail.html", _detail_context(request, case, past_answer_form=form), status=400)
    data = form.cleaned_data
    return _act(request, case, lambda: meeting_actions.record_past_answer(
        case, number=data["number"], date=data["date"], conclusion=data["conclusion"], by=request.user),
        "過去の答申を記録しました。案件は答申済になりました。", past_answer_form=form)


@login_required
@require_POST
def case_transfer(request, pk):
    case = _secretariat_case(request, pk)
    form = TransferForm(request.POST, case=case)
    if not form.is_valid():
        messages.error(request, "回付先の審議会を選んでください。")
        return render(request, "cases/detail.html", _detail_context(request, case, transfer_form=form), status=400)
    council = form.cleaned_data["council"]
    # Once passed on, the case is the other secretariat's: this one no longer opens it.
    return _act(request, case, lambda: actions.transfer_case(case, council, by=request.user),
                f"{council.name}に回付しました。回付先の事務局が受け付けます。", then=reverse("cases:list"),
                transfer_form=form)


@login_required
@require_POST
def case_recall(request, pk):
    """Take back a case passed on to the wrong council, from the sending secretariat's home: the case is no longer
    this secretariat's to open until it comes back."""
    case = get_object_or_404(actions.sent_away(access.secretariat_council_ids(request.user)), pk=pk)
    try:
        case = actions.recall_transfer(case, by=request.user)
    except ActionRefused as exc:
        messages.error(request, str(exc))
        return redirect("councils:dashboard")
    done = (f"受付済 ({case.number})" if case.number else "受付済") if case.status == Case.Status.ACCEPTED else "提出済 (受け付け直してください)"
    messages.success(request, f"回付を取り消しました。案件は{case.council.name}に戻り、{done}です。")
    return redirect("cases:detail", pk=case.pk)


@login_required
@require_POST
def case_return(request, pk):
    case = _secretariat_case(request, pk)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, "差戻しの理由を入力してください。")
        return render(request, "cases/detail.html", _detail_context(request, case, return_form=form), status=400)
    return _act(request, case, lambda: actions.return_case(case, comment=form.cleaned_data["comment"], by=request.user),
                "担当課に差し戻しました。")


@login_required
@require_POST
def case_withdraw(request, pk):
    case = _visible_case(request.user, pk)
    if not (access.is_secretariat(request.user, case.council) or access.can_edit_case(request.user, case)):
        raise PermissionDenied
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, "取下げの理由を入力してください。")
        return render(request, "cases/detail.html", _detail_context(request, case, withdraw_form=form), status=400)
    return _act(request, case, lambda: actions.withdraw_case(case, reason=form.cleaned_data["reason"], by=request.user),
                "取り下げました。")


@login_required
@require_POST
def case_undo_withdrawal(request, pk):
    case = _secretariat_case(request, pk)
    form = UndoWithdrawalForm(request.POST)
    if not form.is_valid():
        messages.error(request, "取下げを取り消す理由を入力してください。")
        return render(request, "cases/detail.html", _detail_context(request, case, undo_withdrawal_form=form), status=400)
    return _act(request, case, lambda: actions.undo_withdrawal(case, reason=form.cleaned_data["reason"], by=request.user),
                "取下げを取り消しました。", undo_withdrawal_form=form)


@login_required
@require_POST
def checklist_answer(request, pk, code):
    case = _visible_case(request.user, pk)
    if not access.can_edit_case(request.user, case):
        raise PermissionDenied
    form = ChecklistAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, "回答を入力してください。")
        return render(request, "cases/detail.html",
                      _detail_context(request, case, answer_form=form, answer_error_code=code), status=400)
    return _act(request, case, lambda: actions.answer_checklist(case, code, form.cleaned_data["answer"], request.user),
                "確認項目に回答しました。")


@login_required
@require_POST
@one_submission
def attachment_add(request, pk):
    case = _visible_case(request.user, pk)
    if not (access.can_edit_case(request.user, case) or access.is_secretariat(request.user, case.council)):
        raise PermissionDenied
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "添付資料の入力内容に誤りがあります。")
        return render(request, "cases/detail.html", _detail_context(request, case, attachment_form=form), status=400)
    data = form.cleaned_data
    return _act(request, case, lambda: actions.add_attachment(
        case, title=data["title"], file=data["file"], is_public=data["is_public"], by=request.user), "資料を追加しました。",
        attachment_form=form)


@login_required
def attachment_download(request, pk, attachment_pk):
    case = _visible_case(request.user, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, case=case)
    response = stored_file(attachment.file)
    if not attachment.is_public:  # a 公開資料 is on the public case page for anyone
        access_record.record(request, access_record.DOWNLOAD, "案件の添付資料 (非公開)",
                             f"{case.title} {attachment.title}", case)
    return response


@login_required
@require_POST
def attachment_remove(request, pk, attachment_pk):
    case = _visible_case(request.user, pk)
    if not access.can_edit_case(request.user, case):
        raise PermissionDenied
    attachment = get_object_or_404(Attachment, pk=attachment_pk, case=case)
    return _act(request, case, lambda: actions.remove_attachment(attachment, by=request.user), "資料を削除しました。")


@login_required
@require_POST
def attachment_erase(request, pk, attachment_pk):
    case = _secretariat_case(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, case=case)
    form = ErasureForm(request.POST, prefix=f"erase-{attachment.pk}")
    if not form.is_valid():
        messages.error(request, "消去の理由と確認を入力してください。")
        return render(request, "cases/detail.html", _detail_context(request, case, erase_form=form,
                                                                    erase_pk=attachment.pk), status=400)
    return _act(request, case, lambda: actions.erase_attachment(attachment, reason=form.cleaned_data["reason"],
                                                                by=request.user),
                "資料を消去しました。ファイルと変更履歴の資料名も消え、消去したことの記録だけが残ります。",
                erase_form=form, erase_pk=attachment.pk)


@login_required
@require_POST
@one_submission
def question_ask(request, pk):
    case = _visible_case(request.user, pk)
    if access.is_secretariat(request.user, case.council):
        ask = actions.ask_as_secretariat
    elif access.is_member(request.user, case.council):
        ask = actions.ask_question
    else:
        raise PermissionDenied("質問できるのはこの審議会の委員と事務局です。")
    form = QuestionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return render(request, "cases/detail.html", _detail_context(request, case, question_form=form), status=400)
    return _act(request, case, lambda: ask(case, text=form.cleaned_data["text"], by=request.user),
                "質問を担当課に送りました。", question_form=form)


def _first_error(form):
    """The posted form's reason (empty, too long), for the message at the top of the re-shown page."""
    return next(iter(form.errors.values()))[0]


@login_required
@require_POST
def question_answer(request, pk, question_pk):
    case = _visible_case(request.user, pk)
    for_department = not access.can_edit_case(request.user, case)
    if for_department and not access.is_secretariat(request.user, case.council):
        raise PermissionDenied
    question = get_object_or_404(Question, pk=question_pk, case=case)
    form = QuestionAnswerForm(request.POST)
    # The answer forms are one per question: the typed answer goes back into the one it was posted from.
    typed = {"typed_answer": request.POST.get("answer", ""), "typed_answer_for": question.pk}
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return render(request, "cases/detail.html", _detail_context(request, case, **typed), status=400)
    correction = request.POST.get("correction") == "1"
    return _act(request, case, lambda: actions.answer_question(
        question, answer=form.cleaned_data["answer"], by=request.user, correction=correction,
        seen=request.POST.get("seen"), for_department=for_department), "回答を訂正しました。訂正前の回答も残ります。" if correction else "質問に回答しました。",
        **typed)


@login_required
def consultation_document(request, pk):
    """諮問書 for printing, with the review checklist as its appendix."""
    from shingikai.documents.context.common import consulted_on, head_with_name

    case = _visible_case(request.user, pk)
    # Dated and signed as the PDF and Word 諮問書 are: the 諮問日, and the head in office on it.
    on = consulted_on(case)
    return render(request, "cases/shimonsho.html", {
        "case": case, "consulted_on": on, "head": head_with_name(case.council.municipality, on), "findings": checklist.evaluate(case), "data_items": case.data_items.all(),
        "contractors": case.contractors.prefetch_related("certifications"),
    })
