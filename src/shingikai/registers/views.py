"""Work screens of the registers: departments keep their records, the secretariat reviews them and brings
them to the council, members read what is on their agenda. Every change goes through registers.actions."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from shingikai import access, access_record, csv_import
from shingikai.cases.models import Case
from shingikai.formfields import ErasureForm
from shingikai.history import ERASED_MATERIAL, history_mark
from shingikai.viewhelpers import history_rows, history_value, posted_mark, refused, stored_file, with_row_urls
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import fiscal_year, to_wareki
from shingikai.submissions import one_submission

from . import access as rules
from . import actions, board, file_import, forms
from .models import Assessment, AssessmentDocument, Incident, PersonalInfoFile


def _municipality(user):
    """The city whose registers this user keeps or reviews."""
    department = access.department_of(user)
    if department is not None:
        return department.municipality
    ids = rules.secretariat_municipality_ids(user)
    if ids:
        from shingikai.councils.models import Municipality
        return Municipality.objects.filter(pk__in=ids).order_by("pk").first()
    return None


def _invalid(request, form=None):
    """The short action forms are drawn again unbound, so their field errors go into the message."""
    errors = [f"{form.fields[name].label if name in form.fields else ''}: {error}".lstrip(": ")
              for name, field_errors in form.errors.items() for error in field_errors] if form is not None else []
    messages.error(request, " ".join(["入力内容に誤りがあります。", *errors]) if errors
                   else "入力内容に誤りがあります。各項目のメッセージを確認してください。")
    return 400


def _version(request):
    """The version the form was loaded at; an unreadable value skips the edit-conflict check."""
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


FILE, ASSESSMENT, INCIDENT, AUDIT, REPORT = rules.FILE, rules.ASSESSMENT, rules.INCIDENT, rules.AUDIT, rules.REPORT


def _opened(request, what, record, *, form=False):
    """Record that a clerk opened a record's page or its edit form (docs/audit.md): each register's record names
    people or what is not yet public. Only opening it (GET) is recorded: a form sent back with an error shows
    again what its sender had already opened."""
    if request.method == "GET":
        access_record.record_read(request, what, record, f"{record} (修正画面)" if form else None)
    return record


def _form_page(request, forms_, title, save, success, *, version=None):
    """Show `forms_`; on a valid POST run `save()` (an action, returning the URL to go to) and redirect.
    Bad input or a refused rule shows the form again with the message and a 4xx, keeping what was typed."""
    status = 200
    if request.method == "POST":
        if all(f.is_valid() for f in forms_):
            try:
                target = save()
            except ActionRefused as exc:
                status = refused(request, exc)
            else:
                messages.success(request, success)
                return redirect(target)
        else:
            status = _invalid(request)
    # Edits carry the version they were opened at; a page without one creates a record, once per submission.
    return render(request, "registers/form.html", {"forms": forms_, "title": title, "version": version,
                                                   "creating": version is None}, status=status)


@login_required
def index(request):
    user = request.user
    if not rules.can_see_registers(user):
        raise PermissionDenied("台帳を見る権限がありません。")
    today = timezone.localdate()
    municipality = _municipality(user)
    return render(request, "registers/index.html", {
        "files": rules.visible_files(user).select_related("department"),
        "assessments": rules.visible_assessments(user).select_related("department"),
        "incidents": rules.visible_incidents(user).select_related("department"),
        "audits": rules.visible_audits(user),
        "reports": rules.visible_reports(user).select_related("agenda_item__meeting"),
        "due": board.due_items(user, today), "today": today,
        "is_department": access.department_of(user) is not None,
        "is_secretariat": municipality is not None and rules.is_register_secretariat(user, municipality),
        "municipality": municipality, "fiscal_year": fiscal_year(today),
    })


# --- 個人情報ファイル簿 ---

def _file_page(request, record, *, status=200, bound=None):
    user = request.user
    context = {
        "record": record, "history": history_rows(record.history.all(), request=request),
        "can_edit": rules.can_edit_own(user, record),
        "is_secretariat": rules.is_register_secretariat(user, record.department.municipality),
        "cases": record.cases.select_related("council"),
        "proposal": [{"label": field.verbose_name, "now": history_value(field, getattr(record, name)) or "—",
                      "proposed": history_value(field, value) or "—"}
                     for name, value in record.proposed.items() for field in [PersonalInfoFile._meta.get_field(name)]],
        "comment_form": forms.CommentForm(auto_id=_ids(FILE_FORMS, "return")),
        "change_comment_form": forms.CommentForm(auto_id=_ids(FILE_FORMS, "return_change")),
        "date_form": forms.DateForm(auto_id=_ids(FILE_FORMS, "register")),
        "change_date_form": forms.ChangeDateForm(initial={"on": timezone.localdate()},
                                                 auto_id=_ids(FILE_FORMS, "register_change")),
        "retire_form": forms.RetireForm(auto_id=_ids(FILE_FORMS, "retire")),
        "retirement_comment_form": forms.CommentForm(auto_id=_ids(FILE_FORMS, "return_retirement")),
        "reinstate_form": forms.CommentForm(auto_id=_ids(FILE_FORMS, "reinstate")),
        "linkable": Case.objects.filter(department=record.department).exclude(personal_info_files=record)
        .order_by("-id")[:50],
    }
    context.update(bound or {})
    return render(request, "registers/file.html", context, status=status)


def _visible_file(request, pk):
    return get_object_or_404(rules.visible_files(request.user).select_related("department__municipality"), pk=pk)


def _department_new(request, form_class, title, create, url_name, success, refusal):
    """A department starts a record of its own: `create(department, by=user, **cleaned_data)`."""
    department = access.department_of(request.user)
    if department is None:
        raise PermissionDenied(refusal)
    form = form_class(request.POST or None)
    return _form_page(
        request, [form], title,
        lambda: reverse(url_name, args=[create(department, by=request.user, **form.cleaned_data).pk]), success)


@login_required
@one_submission
def file_new(request):
    return _department_new(request, forms.FileForm, "個人情報ファイルの登録", actions.create_file, "registers:file",
                           "個人情報ファイルを作成しました。内容を確認して事務局へ提出してください。",
                           "個人情報ファイルを登録できるのは担当課の職員です。")


@login_required
def file_import_page(request):
    """The secretariat brings in the city's past 個人情報ファイル簿 from a CSV: the upload shows what each row would
    add and each row's errors (a dry run), and 「取り込む」 enters them all, or none (csv_import.upload_step)."""
    ids = rules.secretariat_municipality_ids(request.user)
    if not ids:
        raise PermissionDenied("個人情報ファイル簿を取り込めるのは事務局です。")
    from shingikai.councils.models import Municipality

    municipality = Municipality.objects.filter(pk__in=ids).order_by("pk").first()
    context, status = {"municipality": municipality, "max_rows": file_import.MAX_ROWS}, 200
    if request.method == "POST":
        def run(data, dry_run):
            result = file_import.import_files(municipality, data, by=request.user, dry_run=dry_run)
            return result, file_import.closing_line(result)[1]

        done, shown, status = csv_import.upload_step(request, run, what=file_import.REGISTER.what,
                                                     command="shingikai import-register files", done="registers:index")
        if done:
            return done
        context.update(shown)
    return render(request, "registers/file_import.html", context, status=status)


@login_required
def file_detail(request, pk):
    return _file_page(request, _opened(request, FILE, _visible_file(request, pk)))


@login_required
def file_edit(request, pk):
    record = _visible_file(request, pk)
    if not rules.can_edit_own(request.user, record):
        raise PermissionDenied("このファイルを変更できるのは担当課です。")
    _opened(request, FILE, record, form=True)
    # A registered file's form opens on its pending 変更案, if any: that is what the department goes on with.
    form = forms.FileForm(request.POST or None, instance=PersonalInfoFile.objects.get(pk=pk).as_proposed())
    registered = record.state == PersonalInfoFile.State.REGISTERED

    def save():
        actions.update_file(record, by=request.user, expected_version=_version(request), **form.cleaned_data)
        return reverse("registers:file", args=[record.pk])
    return _form_page(
        request, [form], f"{record.name} の{'変更案' if registered else '修正'}", save,
        "変更案を事務局へ提出しました。事務局が登載するまで、公表中の内容は変わりません。" if registered
        else "個人情報ファイルを更新しました。", version=record.version)


def _run(request, page, record, call, form=None, success="", shown_as=None):
    """Bind `form`, run `call(cleaned_data)`, and show the record again: redirected on success,
    re-rendered with the message and status 400 when the input or a rule refuses. ``shown_as`` (the form's
    name on the page and its ids, from the page's *_FORMS) shows a refused form again as it was typed."""
    bound = {}
    if form is not None and shown_as:
        name, form.auto_id = shown_as
        bound = {name: form}
    if form is not None and not form.is_valid():
        return page(request, record, status=_invalid(request, form), bound=bound)
    try:
        call(form.cleaned_data if form is not None else {})
    except ActionRefused as exc:
        return page(request, record, status=refused(request, exc), bound=bound)
    messages.success(request, success)
    return redirect(request.path.rsplit("/", 2)[0] + "/")


# Each page's step forms: verb -> (the form's name in the page, its element ids).
FILE_FORMS = {"register": ("date_form", "register_%s"), "return": ("comment_form", "comment_%s"),
              "retire": ("retire_form", "retire_%s"), "return_change": ("change_comment_form", "change_comment_%s"),
              "register_change": ("change_date_form", "change_date_%s"),
              "return_retirement": ("retirement_comment_form", "retirement_comment_%s"),
              "reinstate": ("reinstate_form", "reinstate_%s")}
ASSESSMENT_FORMS = {"comments": ("comment_form", "comments_%s"), "received": ("received_form", "received_%s"),
                    "inspection": ("meeting_form", "inspection_%s"),
                    "conclude": ("result_form", "conclude_%s"), "correct": ("correction_form", "correct_%s"),
                    "submit": ("date_form", "submit_%s"),
                    "change": ("change_form", "change_%s"), "attach": ("document_form", "document_%s")}
INCIDENT_FORMS = {"preliminary": ("preliminary_form", "preliminary_%s"), "final": ("final_form", "final_%s"),
                  "repreliminary": ("repreliminary_form", "repreliminary_%s"),
                  "notice": ("notice_form", "notice_%s"), "agenda": ("meeting_form", "agenda_%s"),
                  "waive_notice": ("waive_form", "waive_%s"), "erase": ("erase_form", "erase_%s")}
AUDIT_FORMS = {"finding": ("finding_form", "finding_%s"), "complete": ("summary_form", "complete_%s"),
               "agenda": ("meeting_form", "agenda_%s")}


def _ids(table, verb):
    return table[verb][1]


def _row_of(rows, pk, what):
    """The record's row a form names by its id (a finding of the audit, a file of the 評価書); one of
    another record's is refused as not found."""
    row = rows.filter(pk=pk).first()
    if row is None:
        raise ActionRefused(f"指定した{what}が見つかりません。")
    return row


@login_required
@require_POST
def file_action(request, pk, verb):
    record = _visible_file(request, pk)
    by = request.user
    post = request.POST
    steps = {
        "submit": (None, lambda d: actions.submit_file(record, by=by), "事務局へ提出しました。"),
        "register": (forms.DateForm(post), lambda d: actions.register_file(record, on=d["on"], by=by), "ファイル簿に登載しました。"),
        "return": (forms.CommentForm(post), lambda d: actions.return_file(record, comment=d["comment"], by=by), "差し戻しました。"),
        "retire": (forms.RetireForm(post),
                   lambda d: actions.propose_retirement(record, on=d["on"], reason=d["comment"], by=by),
                   "廃止を事務局へ申し出ました。事務局が登載するまで、ファイルは登載済のままです。"),
        "register_retirement": (None, lambda d: actions.register_retirement(record, by=by), "廃止を登載しました。"),
        "return_retirement": (forms.CommentForm(post),
                              lambda d: actions.return_retirement(record, comment=d["comment"], by=by),
                              "廃止の申出を差し戻しました。"),
        "withdraw_retirement": (None, lambda d: actions.withdraw_retirement(record, by=by), "廃止の申出を取り下げました。"),
        "reinstate": (forms.CommentForm(post), lambda d: actions.reinstate_file(record, reason=d["comment"], by=by),
                      "廃止を取り消しました。ファイルは登載済に戻りました。"),
        "link": (forms.CaseLinkForm(post), lambda d: actions.link_case(record, _case_for(record, d["case"]), by=by),
                 "案件を関連付けました。"),
        "register_change": (forms.ChangeDateForm(post), lambda d: actions.register_change(record, on=d["on"], by=by),
                            "変更を登載しました。"),
        "return_change": (forms.CommentForm(post), lambda d: actions.return_change(record, comment=d["comment"], by=by),
                          "変更案を差し戻しました。"),
        "withdraw_change": (None, lambda d: actions.withdraw_change(record, by=by), "変更案を取り下げました。"),
    }
    if verb not in steps:
        raise PermissionDenied("この操作はできません。")
    form, call, success = steps[verb]
    return _run(request, _file_page, record, call, form, success, FILE_FORMS.get(verb))


def _case_for(record, case_id):
    case = Case.objects.filter(pk=case_id, council__municipality=record.department.municipality).first()
    if case is None:
        raise ActionRefused("指定した番号の案件が見つかりません。")
    return case


def _agenda_link(user, item):
    """The record's line on a meeting's agenda links to the meeting only for those who may open it: a
    department sees where its record was heard, but the meeting's materials are the council's."""
    return {"meeting_visible": item is not None and access.can_view_meeting_materials(user, item.meeting)}


# --- 特定個人情報保護評価 ---

def _assessment_page(request, record, *, status=200, bound=None):
    user = request.user
    inspection = getattr(record, "inspection", None)
    municipality = record.department.municipality
    ids = ASSESSMENT_FORMS
    return render(request, "registers/assessment.html", {
        "record": record, "inspection": inspection, "history": history_rows(record.history.all(), request=request),
        # Only the versions this user may open: a member sees the ones brought to the council, not the others.
        "versions": rules.visible_assessments(user).filter(department=record.department,
                                                          system_name=record.system_name),
        "can_edit": rules.can_edit_own(user, record),
        "is_secretariat": rules.is_register_secretariat(user, municipality),
        "problems": actions.submission_problems(record, timezone.localdate()),
        "meeting_form": forms.MeetingChoiceForm(municipality=municipality, auto_id=_ids(ids, "inspection")),
        # Prefilled: once set, the period and the comments received are corrected in the same forms until 提出.
        "comment_form": forms.CommentPeriodForm(initial={"start": record.comment_start, "end": record.comment_end},
                                                auto_id=_ids(ids, "comments")),
        "received_form": forms.CommentsReceivedForm(
            initial={"count": record.comment_count, "summary": record.comment_result,
                     "response": record.comment_response}, auto_id=_ids(ids, "received")),
        "result_form": forms.InspectionResultForm(auto_id=_ids(ids, "conclude")),
        **_inspection_correction(request, inspection, record),
        **_agenda_link(user, inspection.agenda_item if inspection else None),
        "date_form": forms.SubmitAssessmentForm(auto_id=_ids(ids, "submit")), "change_form": forms.ChangeForm(auto_id=_ids(ids, "change")),
        **_documents(request, user, record, inspection),
        **(bound or {}),
    }, status=status)


def _documents(request, user, record, inspection):
    """The 評価書's files, each current one with the versions it replaced, and, for those who keep them, the
    forms to add, replace and remove them while they are not settled."""
    rows = list(record.documents.select_related("uploaded_by__staff"))
    for row in rows:
        staff = access.staff_of(row.uploaded_by) if row.uploaded_by else None
        row.uploader = staff.name if staff else (row.uploaded_by.get_username() if row.uploaded_by else "")
        row.older = []
    by_pk = {row.pk: row for row in rows}
    current = [row for row in rows if not any(other.replaces_id == row.pk for other in rows)]
    for row in current:
        older = by_pk.get(row.replaces_id)
        while older is not None:
            row.older.append(older)
            older = by_pk.get(older.replaces_id)
    keeps = rules.can_edit_own(user, record) or rules.is_register_secretariat(user, record.department.municipality)
    concluded = inspection is not None and inspection.concluded_on is not None
    for row in current:
        row.settled = actions.document_settled(row, record, concluded=concluded)
        if keeps and not row.settled:
            row.replace_form = forms.ReplaceDocumentForm(initial={"document": row.pk}, auto_id=f"replace{row.pk}_%s")
    with_row_urls(rows, "registers:assessment_document", args=[record.pk])
    return {
        "documents": current, "can_attach": keeps and record.state != Assessment.State.SUBMITTED,
        "document_form": forms.AssessmentDocumentForm(auto_id=_ids(ASSESSMENT_FORMS, "attach")),
        "document_history": history_rows(AssessmentDocument.history.filter(assessment_id=record.pk),
                                         subject=lambda r: str(r.instance) if r.title else ERASED_MATERIAL,
                                         request=request, key="documents"),
    }


def _inspection_correction(request, inspection, record):
    """The 点検結果 as recorded, in a form to correct it, with its own history, until the 評価書 is submitted."""
    if inspection is None or inspection.concluded_on is None:
        return {}
    context = {"inspection_history": history_rows(inspection.history.all(), request=request, key="inspection")}
    if record.state != Assessment.State.SUBMITTED:
        context["correction_form"] = forms.InspectionResultForm(
            initial={"findings": inspection.findings, "requests": inspection.requests, "on": inspection.concluded_on},
            auto_id=_ids(ASSESSMENT_FORMS, "correct"))
        context["inspection_seen"] = history_mark(inspection)
    return context


def _inspection_of(record):
    inspection = getattr(record, "inspection", None)
    if inspection is None:
        raise ActionRefused("この評価書は第三者点検に付されていません。")
    return inspection


@login_required
@one_submission
def assessment_new(request):
    return _department_new(request, forms.ThresholdForm, "しきい値判断", actions.assess_threshold, "registers:assessment",
                           "しきい値判断の結果を記録しました。", "しきい値判断を行うのは担当課の職員です。")


@login_required
def assessment_detail(request, pk):
    return _assessment_page(request, _opened(request, ASSESSMENT, get_object_or_404(
        rules.visible_assessments(request.user).select_related("department"), pk=pk)))


@login_required
@require_POST
@one_submission
def assessment_action(request, pk, verb):
    record = get_object_or_404(rules.visible_assessments(request.user), pk=pk)
    by, post = request.user, request.POST
    municipality = record.department.municipality
    steps = {
        "comments": (forms.CommentPeriodForm(post),
                     lambda d: actions.open_comment_period(record, start=d["start"], end=d["end"], by=by),
                     "意見募集の期間を設定しました。"),
        "received": (forms.CommentsReceivedForm(post),
                     lambda d: actions.record_comments(record, count=d["count"], summary=d["summary"],
                                                       response=d["response"], by=by),
                     "寄せられた意見を記録しました。"),
        "inspection": (forms.MeetingChoiceForm(post, municipality=municipality),
                       lambda d: actions.request_inspection(record, d["meeting"], by=by, is_public=d["is_public"],
                                                            closed_reason=d["closed_reason"]),
                       "第三者点検を会議次第に載せました。"),
        "conclude": (forms.InspectionResultForm(post),
                     lambda d: actions.conclude_inspection(_inspection_of(record), findings=d["findings"],
                                                           requests=d["requests"], on=d["on"], by=by),
                     "点検結果を記録しました。"),
        "correct": (forms.InspectionResultForm(post),
                    lambda d: actions.correct_inspection(_inspection_of(record), findings=d["findings"],
                                                         requests=d["requests"], on=d["on"], by=by,
                                                         seen_mark=posted_mark(request)),
                    "点検結果を訂正しました。"),
        "submit": (forms.SubmitAssessmentForm(post),
                   lambda d: actions.submit_assessment(record, on=d["on"], unrevised_reason=d["unrevised_reason"],
                                                       by=by),
                   "個人情報保護委員会への提出を記録しました。"),
        "change": (forms.ChangeForm(post),
                   lambda d: actions.record_significant_change(record, by=by, **d), "重要な変更を記録しました。"),
        "attach": (forms.AssessmentDocumentForm(post, request.FILES),
                   lambda d: actions.add_assessment_document(record, title=d["title"], file=d["file"], by=by),
                   "資料を追加しました。"),
        "replace": (forms.ReplaceDocumentForm(post, request.FILES),
                    lambda d: actions.add_assessment_document(record, title=d["title"], file=d["file"], by=by,
                                                              replaces=_row_of(record.documents, d["document"], "資料")),
                    "資料を新しい版に差し替えました。"),
        "detach": (forms.DocumentChoiceForm(post),
                   lambda d: actions.remove_assessment_document(_row_of(record.documents, d["document"], "資料"),
                                                                by=by),
                   "資料を削除しました。"),
    }
    if verb not in steps:
        raise PermissionDenied("この操作はできません。")
    form, call, success = steps[verb]
    return _run(request, _assessment_page, record, call, form, success, ASSESSMENT_FORMS.get(verb))


@login_required
def assessment_document(request, pk, document_pk):
    """A file of an 評価書, for whoever may open the 評価書 (its department, the secretariat, the council's members
    once it is on their agenda); to anyone else neither exists."""
    record = get_object_or_404(rules.visible_assessments(request.user).select_related("department"), pk=pk)
    document = get_object_or_404(AssessmentDocument, pk=document_pk, assessment=record)
    response = stored_file(document.file)
    access_record.record(request, access_record.DOWNLOAD, "評価書のファイル", f"{record} {document.title}", record)
    return response


# --- 漏えい等報告 ---

def _incident_page(request, record, *, status=200, bound=None):
    from shingikai.disclosure import retention

    user = request.user
    ids = INCIDENT_FORMS
    period = retention.incident_period(record)
    return render(request, "registers/incident.html", {
        **retention.page_context(user, period, record.department.municipality, timezone.localdate()),
        "record": record, "history": history_rows(record.history.all(), request=request),
        "can_edit": rules.can_edit_own(user, record) and record.final_filed_on is None,
        # The notice to the people may still be owed after the 確報.
        "can_notify": rules.can_edit_own(user, record),
        "waive_form": forms.CommentForm(auto_id=_ids(ids, "waive_notice"),
                                        initial={"comment": record.notice_waived_reason}),
        "is_secretariat": rules.is_register_secretariat(user, record.department.municipality),
        "erase_form": ErasureForm(auto_id=_ids(ids, "erase")),
        "reporting_over": period.completed_on is not None,
        "preliminary_form": forms.ReportForm(auto_id=_ids(ids, "preliminary")),
        "final_form": forms.ReportForm(auto_id=_ids(ids, "final")), "notice_form": forms.NoticeForm(auto_id=_ids(ids, "notice")),
        "repreliminary_form": forms.ReportForm(auto_id=_ids(ids, "repreliminary"), initial={
            "on": record.preliminary_filed_on, "late_reason": record.preliminary_late_reason}),
        "can_correct_preliminary": record.preliminary_filed_on is not None and record.final_filed_on is None and (
            rules.can_edit_own(user, record) or rules.is_register_secretariat(user, record.department.municipality)),
        "meeting_form": forms.MeetingChoiceForm(municipality=record.department.municipality, auto_id=_ids(ids, "agenda")),
        **_agenda_link(user, record.agenda_item),
        **(bound or {}),
    }, status=status)


@login_required
@one_submission
def incident_new(request):
    return _department_new(request, forms.IncidentForm, "漏えい等事案の登録", actions.record_incident, "registers:incident",
                           "漏えい等事案を登録しました。", "漏えい等事案を登録できるのは担当課の職員です。")


@login_required
def incident_detail(request, pk):
    return _incident_page(request, _opened(request, INCIDENT, get_object_or_404(
        rules.visible_incidents(request.user).select_related("department"), pk=pk)))


@login_required
def incident_edit(request, pk):
    record = get_object_or_404(rules.visible_incidents(request.user), pk=pk)
    if not rules.can_edit_own(request.user, record):
        raise PermissionDenied("この事案を変更できるのは担当課です。")
    _opened(request, INCIDENT, record, form=True)
    form = forms.IncidentForm(request.POST or None, instance=Incident.objects.get(pk=pk))

    def save():
        actions.update_incident(record, by=request.user, expected_version=_version(request), **form.cleaned_data)
        return reverse("registers:incident", args=[record.pk])
    return _form_page(request, [form], f"{record.title} の修正", save, "漏えい等事案を更新しました。",
                      version=record.version)


@login_required
@require_POST
@one_submission
def incident_action(request, pk, verb):
    record = get_object_or_404(rules.visible_incidents(request.user), pk=pk)
    by, post = request.user, request.POST
    steps = {
        "preliminary": (forms.ReportForm(post), lambda d: actions.file_preliminary_report(record, by=by, **d),
                        "速報の提出を記録しました。"),
        "final": (forms.ReportForm(post), lambda d: actions.file_final_report(record, by=by, **d),
                  "確報の提出を記録しました。"),
        "repreliminary": (forms.ReportForm(post), lambda d: actions.correct_preliminary_report(record, by=by, **d),
                          "速報の提出日を訂正しました。"),
        "notice": (forms.NoticeForm(post), lambda d: actions.notify_people(record, by=by, **d),
                   "本人への通知を記録しました。"),
        "waive_notice": (forms.CommentForm(post), lambda d: actions.waive_notice(record, reason=d["comment"], by=by),
                         "本人への通知を要しない理由を記録しました。"),
        "erase": (ErasureForm(post), lambda d: actions.erase_incident_people(record, reason=d["reason"], by=by),
                  "本人の範囲と本人への通知の方法を消去しました。変更履歴からも消え、消去したことの記録だけが残ります。"),
        "agenda": (forms.MeetingChoiceForm(post, municipality=record.department.municipality),
                   lambda d: actions.report_incident(record, d["meeting"], by=by, is_public=d["is_public"],
                                                     closed_reason=d["closed_reason"]),
                   "会議次第に報告として載せました。"),
    }
    if verb not in steps or verb == "erase" and not rules.is_register_secretariat(by, record.department.municipality):
        raise PermissionDenied("この操作はできません。")
    form, call, success = steps[verb]
    return _run(request, _incident_page, record, call, form, success, INCIDENT_FORMS.get(verb))


# --- 監査 ---

def _audit_page(request, record, *, status=200, bound=None):
    user = request.user
    ids = AUDIT_FORMS
    is_secretariat = rules.is_register_secretariat(user, record.municipality)
    return render(request, "registers/audit.html", {
        "record": record, "findings": _findings(user, record), "today": timezone.localdate(),
        "history": history_rows(record.history.all(), request=request),
        "is_secretariat": is_secretariat, "own_findings_of": None if is_secretariat else _own_findings_of(user, record),
        "finding_form": forms.FindingForm(audit=record, auto_id=_ids(ids, "finding")),
        "summary_form": forms.SummaryForm(auto_id=_ids(ids, "complete")),
        "meeting_form": forms.MeetingChoiceForm(municipality=record.municipality, auto_id=_ids(ids, "agenda")),
        **_agenda_link(user, record.agenda_item),
        **(bound or {}),
    }, status=status)


def _own_findings_of(user, record):
    """The department whose findings alone this user reads (rules.visible_findings), or None when the user reads
    them all (a member of the council the audit came before). 「指摘事項はありません」 would tell such a clerk
    that the audit found nothing, when it found nothing in this department only."""
    department = access.department_of(user)
    item = record.agenda_item
    if department is None or (item is not None and item.meeting.council_id in access.member_council_ids(user)):
        return None
    return department


def _findings(user, record):
    """The audit's findings this user may read (a department its own only); each follow-up is linked only for
    those who may open it."""
    findings = list(rules.visible_findings(user).filter(audit=record).select_related(
        "department", "follow_up__department", "follow_up__decision__case",
        "follow_up__decision__agenda_item__meeting__council"))
    own = access.department_of(user)
    for finding in findings:
        finding.follow_up_visible = finding.follow_up is not None and access.can_view_follow_up(user, finding.follow_up)
        finding.is_own = own is not None and finding.department_id == own.pk
        if finding.is_own and finding.follow_up_id is None and record.state == record.State.COMPLETED:
            finding.improvement_form = forms.ImprovementForm(
                initial={"finding": finding.pk, "report": finding.improvement}, auto_id=f"improve{finding.pk}_%s")
    return findings


@login_required
@one_submission
def audit_new(request):
    municipality = _municipality(request.user)
    if municipality is None or not rules.is_register_secretariat(request.user, municipality):
        raise PermissionDenied("監査を登録するのは事務局です。")
    form = forms.AuditForm(request.POST or None, municipality=municipality)

    def save():
        data = dict(form.cleaned_data)
        audit = actions.create_audit(municipality, departments=data.pop("departments"), by=request.user, **data)
        return reverse("registers:audit", args=[audit.pk])
    return _form_page(request, [form], "特定個人情報の監査の登録", save, "監査を登録しました。")


@login_required
def audit_detail(request, pk):
    return _audit_page(request, _opened(request, AUDIT, get_object_or_404(rules.visible_audits(request.user), pk=pk)))


def _add_finding(request, audit, data):
    finding = actions.add_finding(audit, by=request.user, **data)
    if finding.due_date and finding.due_date < timezone.localdate():
        messages.warning(request, f"改善の期限 ({to_wareki(finding.due_date)}) はすでに過ぎています。期限超過として扱われます。")
    return finding


@login_required
@require_POST
@one_submission
def audit_action(request, pk, verb):
    record = get_object_or_404(rules.visible_audits(request.user), pk=pk)
    by, post = request.user, request.POST
    steps = {
        "finding": (forms.FindingForm(post, audit=record), lambda d: _add_finding(request, record, d),
                    "指摘事項を追加しました。"),
        "complete": (forms.SummaryForm(post), lambda d: actions.complete_audit(record, summary=d["summary"], by=by),
                     "監査結果を確定しました。"),
        "agenda": (forms.MeetingChoiceForm(post, municipality=record.municipality),
                   lambda d: actions.report_audit(record, d["meeting"], by=by, is_public=d["is_public"],
                                                  closed_reason=d["closed_reason"]),
                   "会議次第に報告として載せました。"),
        "track": (None, lambda d: actions.track_findings(record, by=by), "指摘事項をフォローアップとして登録しました。"),
        "improve": (forms.ImprovementForm(post),
                    lambda d: actions.report_improvement(
                        _row_of(rules.visible_findings(by).filter(audit=record), d["finding"], "指摘事項"),
                        report=d["report"], by=by),
                    "改善を報告しました。"),
    }
    if verb not in steps:
        raise PermissionDenied("この操作はできません。")
    form, call, success = steps[verb]
    return _run(request, _audit_page, record, call, form, success, AUDIT_FORMS.get(verb))


# --- 要配慮個人情報の取扱状況 ---

@login_required
@one_submission
def sensitive_report_new(request):
    municipality = _municipality(request.user)
    if municipality is None or not rules.is_register_secretariat(request.user, municipality):
        raise PermissionDenied("報告を作成するのは事務局です。")
    form = forms.MeetingChoiceForm(request.POST or None, municipality=municipality)
    date_form = forms.DateForm(request.POST or None)

    def save():
        report = actions.report_sensitive_files(
            form.cleaned_data["meeting"], as_of=date_form.cleaned_data["on"], by=request.user,
            is_public=form.cleaned_data["is_public"], closed_reason=form.cleaned_data["closed_reason"])
        return reverse("registers:report", args=[report.pk])
    return _form_page(request, [form, date_form], "要配慮個人情報の取扱状況の報告", save,
                      "要配慮個人情報の取扱状況を会議次第に載せました。")


@login_required
def sensitive_report(request, pk):
    from .documents import sensitive_report_context

    report = _opened(request, REPORT, get_object_or_404(rules.visible_reports(request.user), pk=pk))
    return render(request, "registers/report.html", {**sensitive_report_context(report),
                                                     **_agenda_link(request.user, report.agenda_item)})
