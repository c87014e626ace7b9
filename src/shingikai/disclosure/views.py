"""The register in the browser (departments and the secretariat) and the public report and 答申 pages."""
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from shingikai import access_record, publicity
from shingikai.councils.forms import ConfirmsDate
from shingikai.councils.models import Council, Municipality
from shingikai.history import history_mark
from shingikai.viewhelpers import HISTORY_KINDS, history_rows, posted_mark, refused
from shingikai.formfields import read_fiscal_year
from shingikai.documents.context.common import body_word
from shingikai.documents.errors import DocumentError
from shingikai.errors import ActionRefused
from shingikai.jp.text import compact
from shingikai.jp.wareki import fiscal_year, to_wareki
from shingikai.meetings.models import Meeting
from shingikai.ops.models import ErasureRecord
from shingikai.submissions import one_submission

from . import access, actions, answer_document, appeal_board, board, deadlines, forms, precedents, report, retention
from . import indexing as answer_indexing
from .models import Appeal, AppealDeadline, AppealEvent, DisclosureRequest, ImportedAnswer


def _today():
    return timezone.localdate()


@login_required
def register(request):
    requests = access.visible_requests(request.user).select_related("department")
    if not requests.exists() and not access.recording_departments(request.user).exists():
        raise PermissionDenied
    today = _today()
    fy = _fiscal_year_param(request, fiscal_year(today))
    start, end = report.fiscal_year_bounds(fy)
    return render(request, "disclosure/register.html", {
        "board": board.deadline_board(requests, today),
        "appeals": appeal_board.appeal_rows(access.visible_appeals(request.user), today, start, end),
        "rows": requests.filter(received_on__range=(start, end)).order_by("-received_on", "-id"),
        "fiscal_year": fy, "years": sorted({fiscal_year(d) for d in requests.values_list("received_on", flat=True)}
                                           | {fiscal_year(today)}, reverse=True),
        "today": today,
        "municipalities": Municipality.objects.filter(pk__in=access.secretariat_municipality_ids(request.user)),
    })


#: The records whose erasures the retention page lists: a requester's and an appellant's.
ERASED_HERE = ("disclosure.disclosurerequest", "disclosure.appeal")


@login_required
@one_submission
def retention_page(request, city):
    """The city's requests and appeals kept past their 保存期間 with a person's data still in them, and the
    廃棄 of them all at once (actions.dispose_expired), for the secretariat only."""
    municipality = get_object_or_404(Municipality, slug=city)
    if municipality.pk not in access.secretariat_municipality_ids(request.user):
        raise PermissionDenied
    today = _today()
    status = 200
    if request.method == "POST":
        try:
            if request.POST.get("confirm") != "on":  # as every erasure form asks: it cannot be undone
                raise ActionRefused("消去した情報は元に戻せないことを確認し、チェックを入れてください。")
            count = actions.dispose_expired(municipality, today=today, by=request.user)
        except ActionRefused as exc:
            status = refused(request, exc)
        else:
            messages.success(request, f"保存期間が満了した {count} 件の記録から請求者・審査請求人の情報を消去しました。"
                                      "消去したことの記録が残ります。")
            return redirect("disclosure:retention", city=municipality.slug)
    return render(request, "disclosure/retention.html", {
        "municipality": municipality, "rules": deadlines.rules_for(municipality), "today": today,
        "due": retention.due_for_disposal(municipality, today),
        "incidents_due": retention.incidents_due(municipality, today),
        "cases_due": retention.withdrawn_cases_due(municipality, today),
        "erasures": ErasureRecord.objects.filter(municipality_id=municipality.pk, model_label__in=ERASED_HERE)
                                         .select_related("erased_by").order_by("-erased_at")[:50],
    }, status=status)


def _fiscal_year_param(request, default):
    """The year asked for in ?fy=; a year that is no number, or none a register can hold (0, 99999), shows
    the current one rather than failing on a date that cannot exist."""
    fy, _ = read_fiscal_year(request.GET.get("fy", ""))  # 2024, 令和6年度, R6 alike
    return fy if fy is not None and report.is_report_year(fy) else default


@login_required
@one_submission
def new_request(request):
    departments = access.recording_departments(request.user)
    if not departments.exists():
        raise PermissionDenied
    form = forms.RequestForm(request.POST or None, departments=departments)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            created = actions.record_request(data.pop("department"), by=request.user, **data)
        except ActionRefused as exc:
            status = refused(request, exc)
            form.offer_confirmation(exc)
        else:
            messages.success(request, f"受付番号 {created.number} で登録しました。決定期限は {to_wareki(created.first_due)} です。")
            return redirect("disclosure:request", pk=created.pk)
    elif request.method == "POST":
        status = 400
    return render(request, "disclosure/request_new.html", {"form": form}, status=status)


def _visible_request(user, pk):
    return get_object_or_404(access.visible_requests(user).select_related("department", "municipality"), pk=pk)


REQUEST_STEPS = {
    "correct": (forms.CorrectRequestForm, lambda r, d, by: actions.correct_request(r, by=by, **d),
                "請求の記録を修正しました。期限を計算し直しました。"),
    "extend": (forms.ExtendForm, lambda r, d, by: actions.extend_deadline(r, by=by, **d), "期限を延長しました。"),
    "reextend": (forms.ExtendForm, lambda r, d, by: actions.correct_extension(r, by=by, **d), "延長の記録を直しました。"),
    "special": (forms.SpecialExtensionForm, lambda r, d, by: actions.extend_specially(r, by=by, **d), "特例延長を記録しました。"),
    "decide": (forms.DecideForm, lambda r, d, by: actions.decide_request(r, by=by, **d), "決定を記録しました。"),
    "withdraw": (forms.WithdrawForm, lambda r, d, by: actions.withdraw_request(r, by=by, **d), "取下げを記録しました。"),
    "transfer": (forms.TransferForm, lambda r, d, by: actions.transfer_request(r, by=by, **d),
                 "移送を記録しました。この請求の決定期限はなくなりました。"),
    "portion": (forms.PortionDecisionForm, lambda r, d, by: actions.decide_special_portion(r, by=by, **d),
                "相当の部分の決定を記録しました。残りの部分は特例延長の目途までに決定してください。"),
    "retransfer": (forms.TransferForm, lambda r, d, by: actions.correct_transfer(r, by=by, **d), "移送の記録を修正しました。"),
    "unend": (forms.UndoEndingForm, lambda r, d, by: actions.undo_ending(r, by=by, **d),
              "取消しを記録しました。請求は元の決定期限で決定待ちに戻りました。"),
    "reportion": (forms.CorrectPortionForm, lambda r, d, by: actions.correct_special_portion(r, by=by, **d),
                  "相当の部分の決定の記録を修正しました。"),
    "disclose": (forms.DisclosureForm, lambda r, d, by: actions.record_disclosure(r, by=by, **d), "開示の実施を記録しました。"),
    "thirdparty": (forms.ThirdPartyForm, lambda r, d, by: actions.ask_third_party(r, by=by, **d), "意見照会を記録しました。"),
    "appeal": (forms.AppealForm, lambda r, d, by: actions.file_appeal(r, by=by, **d), "審査請求を登録しました。"),
    "requester": (forms.CorrectRequesterForm, lambda r, d, by: actions.correct_request(r, by=by, **d),
                  "請求者の記録を修正しました。"),
    "redecide": (forms.CorrectDecisionForm, lambda r, d, by: actions.correct_request_decision(r, by=by, **d),
                 "決定の記録を修正しました。"),
    "providers": (forms.ProviderNoticeForm, lambda r, d, by: actions.record_provider_notice(r, by=by, **d),
                  "提供先への通知を記録しました。"),
    "identity": (forms.IdentityCorrectionForm, lambda r, d, by: actions.correct_identity(r, by=by, **d),
                 "請求者の記録を訂正しました。訂正前の値と理由は訂正の記録に残ります。"),
    "erase": (forms.ErasureForm, lambda r, d, by: actions.erase_identity(r, by=by, reason=d["reason"]),
              "請求者の氏名・連絡先を消去しました。変更履歴と訂正の記録からも消え、消去したことの記録だけが残ります。"),
}
#: Steps whose form offers what the request's kind allows (its decisions, grounds or a reason, its 特例).
KIND_STEPS = ("decide", "redecide", "special", "portion", "reportion")
#: Steps whose form gives the action its arguments itself (the grounds' rows gathered into one list).
DECISION_STEPS = ("decide", "redecide", "portion", "reportion")


def _step_form(step, req, data=None, **kwargs):
    form_class = REQUEST_STEPS[step][0]
    if step in KIND_STEPS:
        kwargs["kind"] = req.kind
    if step == "appeal":
        kwargs["request"] = req
    if step == "identity":
        kwargs["model"] = DisclosureRequest
    return form_class(data, prefix=step, **kwargs)


#: Steps that show or change the requester's identity: the secretariat's only.
IDENTITY_STEPS = ("requester", "identity", "erase")


def _request_forms(req, bound=None, step=None, identity=False):
    made = {name: _step_form(name, req) for name in REQUEST_STEPS}
    made["correct"] = forms.CorrectRequestForm(prefix="correct", initial={
        name: getattr(req, name) for name in forms.CorrectRequestForm.base_fields})
    made["reextend"] = forms.ExtendForm(prefix="reextend", initial={
        "days": (req.extended_due - req.first_due).days, "reason": req.extension_reason,
        "notice_on": req.extension_notice_on} if req.extended_due and req.first_due else None)
    if identity:
        made["requester"] = forms.CorrectRequesterForm(prefix="requester", initial={
            "requester_name": req.requester_name, "requester_contact": req.requester_contact})
    else:
        del made["requester"], made["identity"], made["erase"]
    made["redecide"] = _step_form("redecide", req, initial={
        "decision": req.decision, "decided_on": req.decided_on, "fee_yen": req.fee_yen, "reason": req.refusal_reason})
    made["providers"] = _step_form("providers", req, initial={"on": req.providers_notified_on})
    made["retransfer"] = _step_form("retransfer", req, initial={"on": req.decided_on, "transferred_to": req.transferred_to})
    made["reportion"] = _step_form("reportion", req, initial={
        "decision": req.portion_decision, "decided_on": req.portion_decided_on, "scope": req.portion_scope})
    if bound is not None:
        made[step] = bound
    return made


def _opened(request, what, record):
    """Record that staff opened a request's or an appeal's page (docs/audit.md): it names the requester, the
    appellant and the third parties. A step refused and shown again is the page its sender had already opened."""
    if request.method == "GET":
        access_record.record_read(request, what, record)


def request_detail(request, pk, *, bound=None, step=None, status=200):
    if not request.user.is_authenticated:
        return redirect(f"/login/?next={request.path}")
    req = _visible_request(request.user, pk)
    _opened(request, "開示請求", req)
    identity = access.can_see_identity(request.user, req)
    return render(request, "disclosure/request.html", {
        "req": req, "forms": _request_forms(req, bound, step, identity=identity),
        "show_identity": identity, "settled": actions.settled_reason(req),
        "can_work": access.can_work_on(request.user, req),
        "grounds": req.grounds.all(), "third_parties": req.third_parties.all(),
        "opinion_form": forms.OpinionForm(prefix="opinion"),
        "appeals": req.appeals.all(), "today": _today(),
        "history": history_rows(req.history.all(), request=request) if identity else [],
        "identity_corrections": req.identity_corrections.select_related("corrected_by") if identity else [],
        "seen": history_mark(req),
        **retention.page_context(request.user, retention.request_period(req), req.municipality, _today()),
    }, status=status)



@login_required
@require_POST
@one_submission
def request_step(request, pk, step):
    req = _visible_request(request.user, pk)
    if step not in REQUEST_STEPS or not access.can_work_on(request.user, req):
        raise PermissionDenied
    if step in IDENTITY_STEPS and not access.can_see_identity(request.user, req):
        raise PermissionDenied
    _, run, done = REQUEST_STEPS[step]
    form = _step_form(step, req, request.POST)
    if not form.is_valid():
        messages.error(request, "入力内容を確認してください。")
        return request_detail(request, pk, bound=form, step=step, status=400)
    data = form.decision_data() if step in DECISION_STEPS else dict(form.cleaned_data)
    if step in ("correct", "extend", "reextend", "requester", "redecide", "providers", "reportion", "retransfer", "unend"):
        data["seen_mark"] = posted_mark(request)
    try:
        result = run(req, data, request.user)
    except ActionRefused as exc:
        if isinstance(form, ConfirmsDate):
            form.offer_confirmation(exc)
        return request_detail(request, pk, bound=form, step=step, status=refused(request, exc))
    messages.success(request, done)
    if step == "correct" and result.number != req.number:
        messages.warning(request, f"請求日の年度が変わったため、受付番号を {req.number} から {result.number} に改めました。")
    if step == "appeal":
        if result.filed_late:
            messages.warning(request, f"審査請求期間 ({deadlines.appeal_window_words(result)}) を過ぎています。")
        return redirect("disclosure:appeal", pk=result.pk)
    return redirect("disclosure:request", pk=pk)


@login_required
@require_POST
def opinion_step(request, pk, opinion_pk):
    req = _visible_request(request.user, pk)
    if not access.can_work_on(request.user, req):
        raise PermissionDenied
    opinion = get_object_or_404(req.third_parties, pk=opinion_pk)
    form = forms.OpinionForm(request.POST, prefix="opinion")
    if not form.is_valid():
        messages.error(request, "意見書の提出日を確認してください。")
        return request_detail(request, pk, status=400)
    try:
        actions.record_third_party_opinion(opinion, by=request.user, **form.cleaned_data)
    except ActionRefused as exc:
        # Answered on the request's page with the reason, as every other step's refusal is: nothing changed.
        return request_detail(request, pk, status=refused(request, exc))
    messages.success(request, "意見書を記録しました。")
    return redirect("disclosure:request", pk=pk)


# --- appeals ---

def _appeal_for(user, pk):
    appeal = get_object_or_404(access.visible_appeals(user).select_related(
        "request__department", "request__municipality", "case__council"), pk=pk)
    return appeal


def _appeal_councils(appeal):
    return Council.objects.filter(municipality_id=appeal.request.municipality_id, is_imported_only=False)


def _appeal_meetings(appeal):
    if appeal.case is None:
        return Meeting.objects.none()
    return Meeting.objects.filter(council_id=appeal.case.council_id).order_by("-date")


APPEAL_STEPS = {
    "refer": lambda a, d, by: actions.refer_appeal(a, by=by, **d),
    "event": lambda a, d, by: actions.record_appeal_event(a, by=by, **d),
    "deadline": lambda a, d, by: actions.set_appeal_deadline(a, by=by, **d),
    "draft": lambda a, d, by: actions.draft_appeal_answer(a, by=by, **d),
    "issue": lambda a, d, by: actions.issue_appeal_answer(a, by=by, **d),
    "rule": lambda a, d, by: actions.rule_on_appeal(a, by=by, **d),
    "publish": lambda a, d, by: actions.publish_appeal_answer(a, checked_withheld=d["checked_withheld"], by=by),
    "withdraw": lambda a, d, by: actions.withdraw_appeal(a, by=by, **d),
    "direct": lambda a, d, by: actions.rule_without_referral(a, by=by, **d),
    "identity": lambda a, d, by: actions.correct_identity(a, by=by, **d),
    "erase": lambda a, d, by: actions.erase_identity(a, by=by, reason=d["reason"]),
}
#: The steps whose posted fields go through a form (publish posts one checkbox).
FORM_STEPS = ("refer", "event", "deadline", "draft", "issue", "rule", "withdraw", "direct", "identity", "erase")
#: What a step's page says once done, where 「記録しました。」 would not say it: what was erased, never the value.
APPEAL_DONE = {"erase": "審査請求人の氏名を消去しました。変更履歴と訂正の記録からも消え、消去したことの記録だけが残ります。"}

def _late_reason(appeal):
    """The reason offered when the appeal was filed after the window: the usual case for a 却下 without 諮問."""
    return f"審査請求期間 ({deadlines.appeal_window_words(appeal)}) の経過後にされた不適法な審査請求であるため"


def _appeal_forms(appeal, data=None, step=None):
    def bound(name):
        return data if step == name else None
    grounds = appeal.request.grounds.all()
    initial = {"outcome": appeal.outcome, "conclusion": appeal.conclusion, "judgment": appeal.judgment}
    for judgment in appeal.judgments.all():
        initial[f"finding_{judgment.ground_id}"] = judgment.finding
        initial[f"reason_{judgment.ground_id}"] = judgment.reason
    return {
        "refer": forms.ReferForm(bound("refer"), prefix="refer", councils=_appeal_councils(appeal)),
        "event": forms.EventForm(bound("event"), prefix="event",
                                 meetings=_appeal_meetings(appeal).filter(items__case_id=appeal.case_id).distinct()),
        "deadline": forms.DeadlineForm(bound("deadline"), prefix="deadline"),
        "draft": forms.AnswerDraftForm(bound("draft"), prefix="draft", grounds=grounds, initial=initial,
                                      kind=appeal.request.kind),
        "issue": forms.IssueAnswerForm(bound("issue"), prefix="issue", meetings=_appeal_meetings(appeal)),
        "rule": forms.RulingForm(bound("rule"), prefix="rule"),
        "withdraw": forms.WithdrawAppealForm(bound("withdraw"), prefix="withdraw"),
        "direct": forms.RuleWithoutReferralForm(bound("direct"), prefix="direct", initial=(
            {"ruling": "却下", "reason": _late_reason(appeal)} if appeal.filed_late else {})),
        "identity": forms.IdentityCorrectionForm(bound("identity"), prefix="identity", model=Appeal),
        "erase": forms.ErasureForm(bound("erase"), prefix="erase"),
    }


def appeal_detail(request, pk, *, data=None, step=None, status=200):
    if not request.user.is_authenticated:
        return redirect(f"/login/?next={request.path}")
    appeal = _appeal_for(request.user, pk)
    _opened(request, "審査請求", appeal)
    can_run = access.can_run_appeal(request.user, appeal)
    # An issued 答申 is corrected (正誤) once, on the council's 答申; the appeal's 答申書 follows it.
    council_answer = appeal.case.answers.filter(state="issued").first() if can_run and appeal.case_id else None
    unpublished = can_run and appeal.answered_on and not appeal.answer_published
    return render(request, "disclosure/appeal.html", {
        "council_answer": council_answer, **_masking_context(appeal, can_run, data if step == "mask" else None),
        "withheld_left": answer_document.withheld_words_left(appeal) if unpublished else [],
        "appeal": appeal, "req": appeal.request, "forms": _appeal_forms(appeal, data, step), "seen": history_mark(appeal),
        **retention.page_context(request.user, retention.appeal_period(appeal), appeal.request.municipality, _today()),
        "can_run": access.can_run_appeal(request.user, appeal),
        "ended": appeal.status in actions.ENDED_APPEALS,
        "show_identity": access.can_see_identity(request.user, appeal.request),
        "events": appeal.events.select_related("meeting"), "judgments": appeal.judgments.select_related("ground"),
        "deadlines": _deadline_rows(appeal),
        "appeal_window": deadlines.appeal_window_words(appeal) if appeal.filed_late else "",
        "identity_corrections": appeal.identity_corrections.select_related("corrected_by") if can_run else [],
        "stages": appeal.stage_days(), "standard_days": deadlines.rules_for(appeal.request.municipality).standard_review_days,
        "precedents": precedents.similar_answers(appeal) if access.can_run_appeal(request.user, appeal) else [],
        **_appeal_history(request, appeal, can_run),
    }, status=status)


def _named(record):
    return str(record.instance)


def _outcome_worded_for(appeal):
    """A history row's 答申 outcome in the words of the appeal's request (「一部取消 (一部訂正すべき)」 on a 訂正請求), where
    the field's own choices word every outcome as for a 開示請求."""
    field = Appeal._meta.get_field("outcome")
    generic, worded = dict(field.choices), dict(Appeal.outcome_choices(appeal.request.kind))
    relabel = {str(generic[value]): label for value, label in worded.items() if value in generic}
    label = str(field.verbose_name)

    def describe(record, older, changes):
        for change in changes:
            if change["label"] == label:
                change["old"] = relabel.get(change["old"], change["old"])
                change["value"] = relabel.get(change["value"], change["value"])
        return HISTORY_KINDS.get(record.history_type, ""), changes
    return describe


def _appeal_history(request, appeal, can_run):
    """The appeal's own change history, its events' and its deadlines' (a removed one included), for the
    secretariat that runs it: the rows hold the appellant's claims and the requester's name."""
    if not (can_run and access.can_see_identity(request.user, appeal.request)):
        return {}
    return {
        "history": history_rows(appeal.history.all(), describe=_outcome_worded_for(appeal), request=request),
        "event_history": history_rows(AppealEvent.history.filter(appeal_id=appeal.pk), subject=_named,
                                      request=request, key="events"),
        "deadline_history": history_rows(AppealDeadline.history.filter(appeal_id=appeal.pk), subject=_named,
                                         request=request, key="deadlines"),
    }


@login_required
@require_POST
@one_submission
def appeal_step(request, pk, step):
    appeal = _appeal_for(request.user, pk)
    if step not in APPEAL_STEPS or not access.can_run_appeal(request.user, appeal):
        raise PermissionDenied
    data = {"checked_withheld": request.POST.get("checked_withheld") == "1"} if step == "publish" else {}
    if step in FORM_STEPS:
        form = _appeal_forms(appeal, request.POST, step)[step]
        if not form.is_valid():
            messages.error(request, "入力内容を確認してください。")
            return appeal_detail(request, pk, data=request.POST, step=step, status=400)
        data = dict(form.cleaned_data)
        if step == "draft":
            data = {"outcome": data["outcome"], "conclusion": data["conclusion"], "judgment": data["judgment"],
                    "findings": form.findings(), "seen_mark": posted_mark(request)}
    try:
        APPEAL_STEPS[step](appeal, data, request.user)
    except ActionRefused as exc:
        return appeal_detail(request, pk, data=request.POST, step=step, status=refused(request, exc))
    messages.success(request, APPEAL_DONE.get(step, "記録しました。"))
    return redirect("disclosure:appeal", pk=pk)


def _masking_context(appeal, can_run, data):
    """The 「公開版で伏せる語句」 form, for those who run the appeal once there is a 答申 to publish, and the
    names the public version masks from the record by itself (so the secretariat need not list them)."""
    if not (can_run and appeal.outcome):
        return {}
    return {
        "masked_form": forms.MaskedTermsForm(data, prefix="mask", initial={"masked_terms": appeal.masked_terms}),
        "masked_from_record": answer_document.recorded_names(appeal)
        + answer_document.contact_parts(appeal.request.requester_contact),
    }


@login_required
@require_POST
def appeal_masked_terms(request, pk):
    appeal = _appeal_for(request.user, pk)
    if not access.can_run_appeal(request.user, appeal):
        raise PermissionDenied
    form = forms.MaskedTermsForm(request.POST, prefix="mask")
    try:
        if not form.is_valid():
            raise ActionRefused("伏せる語句の入力内容を確認してください。")
        actions.set_appeal_masked_terms(appeal, masked_terms=form.cleaned_data["masked_terms"], by=request.user,
                                        seen_mark=posted_mark(request))
    except ActionRefused as exc:
        return appeal_detail(request, pk, data=request.POST, step="mask", status=refused(request, exc))
    messages.success(request, "公開版で伏せる語句を保存しました。" + ("公開ページと検索に反映します。" if appeal.answer_published else ""))
    return redirect(reverse("disclosure:appeal", args=[pk]) + "#masked-terms")


def _deadline_rows(appeal):
    """The 提出期限 the 審査会 set, each marked met (with the step's date), outstanding or overdue."""
    today = _today()
    rows = list(appeal.deadlines.select_related("met_by"))
    for row in rows:
        row.overdue = row.is_overdue(today)
    return rows


def _remove_from_appeal(request, pk, model, row_pk, remove, done):
    """Take back a row of the appeal's record (a step, a 提出期限) through `remove`, for those who run it."""
    appeal = _appeal_for(request.user, pk)
    if not access.can_run_appeal(request.user, appeal):
        raise PermissionDenied
    row = get_object_or_404(model, pk=row_pk, appeal=appeal)
    try:
        remove(row, by=request.user)
    except ActionRefused as exc:
        return appeal_detail(request, pk, status=refused(request, exc))
    messages.success(request, done(row))
    return redirect("disclosure:appeal", pk=pk)


@login_required
@require_POST
def appeal_deadline_remove(request, pk, deadline_pk):
    return _remove_from_appeal(request, pk, AppealDeadline, deadline_pk, actions.remove_appeal_deadline,
                               lambda d: f"{d.kind} ({d.asked_of}) の提出期限を削除しました。")


@login_required
@require_POST
def appeal_event_remove(request, pk, event_pk):
    return _remove_from_appeal(request, pk, AppealEvent, event_pk, actions.remove_appeal_event,
                               lambda e: f"{to_wareki(e.on)}の{e.kind}を削除しました。")


def _document_response(document, fmt):
    from shingikai.documents.render import FORMATS, filename, lay_out

    if fmt not in FORMATS:
        raise Http404
    response = HttpResponse(lay_out(document, fmt), content_type=FORMATS[fmt])
    response["Content-Disposition"] = content_disposition_header(True, filename(document, fmt))
    return response


@login_required
def appeal_answer_document(request, pk, fmt):
    appeal = _appeal_for(request.user, pk)
    if not access.can_run_appeal(request.user, appeal):
        raise PermissionDenied
    public = request.GET.get("public") == "1"
    try:
        # Only those who run the appeal reach here: they read the public version before they publish it.
        document = answer_document.build(appeal, public=public, preview=True)
    except DocumentError as exc:
        messages.error(request, exc.message if hasattr(exc, "message") else str(exc))
        return redirect("disclosure:appeal", pk=pk)
    if not public:
        access_record.record(request, access_record.DOWNLOAD, "審査請求の答申書", str(appeal), appeal)
    return _document_response(document, fmt)


@login_required
@one_submission
def table_report(request, meeting_pk):
    """Table the 運用状況報告 or 実施状況追加報告 on a meeting's agenda (the form sits on the meeting's page)."""
    from shingikai.meetings.views import _secretariat_meeting

    # A meeting the user may not see is a 404, as on its own page; only its own council's members get the 403.
    meeting = _secretariat_meeting(request.user, meeting_pk)
    form = forms.TableReportForm(request.POST or None, municipality=meeting.council.municipality, meeting=meeting,
                                 prefix="report")
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            item = actions.table_report(meeting, department=data["department"], fiscal_year=data["fiscal_year"],
                                        additional=data["report"] == "additional", by=request.user)
        except ActionRefused as exc:
            status = refused(request, exc)
        else:
            messages.success(request, f"「{item.title}」を次第に加えました。")
            return redirect(reverse("meetings:detail", args=[meeting.pk]) + "#agenda")
    elif request.method == "POST":
        status = 400
    return render(request, "disclosure/table_report.html", {"meeting": meeting, "form": form}, status=status)


# --- public pages: counts and published 答申 only ---

def _municipality(slug, fy):
    """The city of a report, with the years its register holds requests for, for a year the register covers: from the first year it holds requests for (this year
    when it holds none yet) to this year, whose report is provisional. A year before the register began or still
    to come is no report of zeros but a 404 that says so; a year inside it with no request is a true zero."""
    if not report.is_report_year(fy):
        raise Http404
    municipality = get_object_or_404(publicity.municipalities(), slug=slug)
    years, unkept = report.unkept_year(municipality, fy)
    if unkept:
        raise Http404(unkept)
    return municipality, years


def report_page(request, city, fy):
    municipality, years = _municipality(city, fy)
    data = report.operations_report(municipality, fy, years=years)
    return render(request, "disclosure/report.html", {
        "report": data, "city": municipality, "additional": report.year_end_additional(municipality, fy),
        "charts": report.chart_images(data),
        "years": years,
    })


def report_file(request, city, fy, fmt):
    municipality, years = _municipality(city, fy)
    data = report.operations_report(municipality, fy, years=years)
    name = f"operations-{municipality.slug}-{fy}"
    if fmt == "csv":
        response = HttpResponse(report.to_csv(data), content_type="text/csv; charset=utf-8")
    elif fmt == "json":
        response = HttpResponse(json.dumps(report.to_json(data), ensure_ascii=False, indent=1),
                                content_type="application/json; charset=utf-8")
    elif fmt == "pdf":
        response = HttpResponse(report.to_pdf(data, report.year_end_additional(municipality, fy)),
                                content_type="application/pdf")
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    access_record.record(request, access_record.EXPORT, f"運用状況報告 ({fmt.upper()})",
                         f"{municipality.name} {report.fiscal_year_label(fy)}", municipality_id=municipality.pk)
    return response


def _matches(row, data, text_hits):
    article = compact(data["article"]) if data["article"] else ""
    return ((not data["outcome"] or row["outcome"] == data["outcome"])
            and (not data["category"] or data["category"] in row["categories"])
            and (not article or any(article in compact(a) for a in row["articles"]))
            and (text_hits is None or (row["kind"], row["pk"]) in text_hits))


def _text_hits(query):
    """The 答申 whose public search entry matches the words: the text is searched in the public index,
    never in the records, so a masked name finds nothing."""
    from shingikai.search.engine import MAX_PER_PAGE, PUBLIC, search

    kinds = [answer_indexing.KIND, answer_indexing.IMPORTED_KIND]
    hits, page = set(), 1
    while True:
        result = search(query, user_scope=PUBLIC, filters={"kind": kinds}, page=page, per_page=MAX_PER_PAGE)
        hits |= {(h.kind, h.object_id) for h in result.hits}
        if not result.has_next:
            return hits
        page += 1


def published_answers(request):
    """Every published 答申, ours and other 審査会's, searchable by outcome, 不開示 ground, article and text."""
    form = forms.AnswerFilterForm(request.GET or None)
    rows = precedents.published_rows()
    if form.is_valid():
        data = form.cleaned_data
        text_hits = _text_hits(data["q"]) if data["q"] else None
        rows = [row for row in rows if _matches(row, data, text_hits)]
    return render(request, "disclosure/answers.html", {"rows": rows, "form": form, "filtered": form.is_bound},
                  status=400 if form.is_bound and not form.is_valid() else 200)


def published_imported_answer(request, pk):
    answer = get_object_or_404(ImportedAnswer.objects.filter(published=True).select_related("council"), pk=pk)
    terms = answer.masked_list
    body = body_word(answer.council)
    parts = [(label, answer_document.masked(getattr(answer, name), terms))
             for name, label in (("conclusion", f"第1 {body}の結論"), ("purport", "第2 審査請求の趣旨"),
                                 ("claims", "第3 審査請求人及び実施機関の主張"), ("judgment", f"第4 {body}の判断"))]
    return render(request, "disclosure/imported_public.html", {"answer": answer, "parts": parts})


def published_answer(request, pk, fmt=None):
    appeal = get_object_or_404(Appeal.objects.filter(answer_published=True), pk=pk)
    document = answer_document.build(appeal, public=True)
    if fmt:
        return _document_response(document, fmt)
    council = appeal.case.council if appeal.case_id else None
    return render(request, "disclosure/answer_public.html", {"appeal": appeal, "doc": document, "council": council})


def report_index(request, city):
    """The latest year's report; an unknown city, or one with no records yet, is a 404 here, not after a redirect."""
    municipality = get_object_or_404(publicity.municipalities(), slug=city)
    years = report.years_with_requests(municipality)
    if not years:
        raise Http404("運用状況報告の対象となる記録はまだありません。")
    last = fiscal_year(_today()) - 1
    return redirect("disclosure:report", city=city, fy=max((y for y in years if y <= last), default=years[-1]))
