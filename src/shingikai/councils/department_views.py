"""The secretariat's departments screen: the city's 課 (課名, 部名, 連絡先), a new one, a correction, and a 組織改正
(a 名称変更 or a 統合 from its date), each through an action in actions.py with its history entry."""
from django import forms
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Max, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from shingikai.errors import ActionRefused
from shingikai.ids import parse_id
from shingikai.jp.wareki import to_wareki
from shingikai.submissions import one_submission
from shingikai.viewhelpers import history_rows, posted_mark, refused, valid_data

from . import actions
from .forms import WarekiDateField
from .models import Department, Reorganisation, Staff
from .ownership import secretariat_council


class DepartmentForm(forms.Form):
    name = forms.CharField(label="課名", max_length=80)
    division = forms.CharField(label="部名", max_length=80, required=False)
    email = forms.EmailField(label="連絡先メール", max_length=254, required=False)


class RenameForm(forms.Form):
    name = forms.CharField(label="新しい課名", max_length=80)
    division = forms.CharField(label="新しい部名", max_length=80, required=False)
    on = WarekiDateField(label="名称変更の日 (施行日)")


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(label="統合先の課", queryset=Department.objects.none(), error_messages={
        "invalid_choice": "統合先は同じ自治体の今ある課から選んでください。", "required": "統合先の課を選んでください。"})
    on = WarekiDateField(label="統合の日 (施行日)", help_text="例: 令和8年4月1日。先の日付なら、その日に統合します")
    staff = forms.ModelMultipleChoiceField(
        label="統合先に移す職員 (ログイン)", queryset=Staff.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple, help_text="チェックした職員は統合の日から統合先の課の職員として利用します",
        error_messages={"invalid_choice": "統合先に移す職員は、この課のログインのある職員から選んでください。"})

    def __init__(self, *args, department, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = Department.objects.offered().filter(
            municipality_id=department.municipality_id).exclude(pk=department.pk)
        self.fields["staff"].queryset = Staff.objects.filter(department=department, user__is_active=True)
        self.fields["staff"].label_from_instance = staff_label


def staff_label(staff):
    return f"{staff.name} {staff.title} ({staff.user.get_username()})"


class StaffEmailForm(forms.Form):
    email = forms.EmailField(label="電子メール", max_length=254, required=False)


class MoveForm(forms.Form):
    department = forms.ModelChoiceField(label="異動先の課", queryset=Department.objects.none(), error_messages={
        "invalid_choice": "異動先はこの自治体の今ある課から選んでください。", "required": "異動先の課を選んでください。"})

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.offered().filter(municipality=municipality)


class UndoForm(forms.Form):
    reason = forms.CharField(label="取り消す理由", max_length=200)


class ClerkForm(forms.Form):
    """An official with a login: a clerk of the secretariat as it is, a department's official with its 課 (StaffForm)."""
    name = forms.CharField(label="氏名", max_length=50)
    title = forms.CharField(label="職名", max_length=50, required=False, help_text="主事、係長など")
    username = forms.CharField(label="ユーザー名", max_length=30,
                               help_text="半角の英数字と「. _ -」で3〜30文字。仮パスワードはこの画面に一度だけ表示されます")
    email = forms.EmailField(label="電子メール", max_length=254, required=False,
                             help_text="事務局あてのお知らせと、パスワードを忘れたときの再設定メールの送り先")


class StaffForm(ClerkForm):
    department = forms.ModelChoiceField(label="所属課", queryset=Department.objects.none(), error_messages={
        "invalid_choice": "所属課はこの自治体の今ある課から選んでください。", "required": "所属課を選んでください。"})
    field_order = ["department"]

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.offered().filter(municipality=municipality)
        self.fields["title"].help_text = "課長、主査など"
        self.fields["email"].help_text = "課あてのお知らせと、パスワードを忘れたときの再設定メールの送り先"


def _changed(request, council, text):
    messages.success(request, text)
    return redirect("councils:departments", council.pk)


# --- A login over time (人事異動, 退職, a lost laptop): each through its action, said back in one sentence ---

def _stop(request, staff, municipality):
    actions.stop_department_staff_login(staff, by=request.user)
    return f"{staff.name} のログインを停止しました。開いていた画面も次の操作でログアウトします。"


def _restart(request, staff, municipality):
    if staff.user is None:
        raise ActionRefused(f"{staff.name} にはログインがありません。")
    actions.restart_login(staff.user, by=request.user)
    return f"{staff.name} のログインを再開しました。パスワードは停止前のままです。"


def _move(request, staff, municipality):
    data = valid_data(MoveForm(request.POST, prefix=f"s{staff.pk}", municipality=municipality), "異動")
    before = staff.department
    actions.move_department_staff(staff, department=data["department"], by=request.user)
    return (f"{staff.name} の所属を{before}から{data['department']}に変更しました。"
            f"今から{data['department']}の記録を扱い、{before}の記録は見えなくなります。")


def _email(request, staff, municipality):
    data = valid_data(StaffEmailForm(request.POST, prefix=f"s{staff.pk}"), "電子メール")
    actions.set_staff_email(staff, data["email"], by=request.user)
    return f"{staff.name} の電子メールを{'変更' if data['email'] else '削除'}しました。"


def _sessions(request, staff, municipality):
    if staff.user is None:
        raise ActionRefused(f"{staff.name} にはログインがありません。")
    count = actions.end_sessions(staff.user, by=request.user)
    return f"{staff.name} のセッション {count} 件を終了しました。パスワードは変わりません。"


STAFF_ACTIONS = {"stop": _stop, "restart": _restart, "move": _move, "email": _email, "sessions": _sessions}


@login_required
@one_submission
def departments(request, pk):
    council = secretariat_council(request, pk, "担当課を登録・変更できるのは審議会の事務局です。")
    municipality = council.municipality
    city = Department.objects.own().filter(municipality=municipality)
    what = request.POST.get("what") if request.method == "POST" else None
    add_form = DepartmentForm(request.POST if what == "add" else None)
    staff_form = StaffForm(request.POST if what == "staff" else None, municipality=municipality, prefix="staff")
    clerk_form = ClerkForm(request.POST if what == "clerk" else None, prefix="clerk")
    city_staff = Staff.objects.filter(department__in=city).exclude(pk__in=Staff.objects.secretariats().values("pk"))
    # The council's clerks besides the one signed in: a fellow clerk who left is stopped here too.
    clerks = Staff.objects.secretariat_of_councils([council.pk]).exclude(user=request.user)
    status, issued, clerk_issued = 200, None, None
    if what in ("staff", "clerk"):
        try:
            if what == "staff":
                data = valid_data(staff_form, "職員の登録")
                staff, password = actions.add_department_staff(by=request.user, **data)
                staff_form = StaffForm(municipality=municipality, prefix="staff")
            else:
                data = valid_data(clerk_form, "事務局の職員の登録")
                staff, password = actions.add_secretariat_clerk(council, by=request.user, **data)
                clerk_form = ClerkForm(prefix="clerk")
            # Shown on this answer only, never put in a message or the session: it is handed over once.
            shown = {"name": staff.name, "username": staff.user.get_username(), "password": password, "new": True}
            issued, clerk_issued = (shown, None) if what == "staff" else (None, shown)
        except ActionRefused as exc:
            status = refused(request, exc)
    elif what:
        try:
            if what == "add":
                data = valid_data(add_form, "課の追加")
                added = actions.create_department(municipality, by=request.user, **data)
                return _changed(request, council, f"{added.name} を追加しました。")
            if what in STAFF_ACTIONS:
                staff = get_object_or_404(Staff.objects.filter(Q(pk__in=city_staff) | Q(pk__in=clerks)),
                                          pk=parse_id(request.POST.get("staff")) or 0)
                return _changed(request, council, STAFF_ACTIONS[what](request, staff, municipality))
            if what == "end_clerk":
                staff = get_object_or_404(clerks, pk=parse_id(request.POST.get("staff")) or 0)
                actions.end_secretariat_clerk(staff, council, by=request.user)
                return _changed(request, council, f"{staff.name} を{council.name}の事務局から外しました。")
            if what == "undo":
                reorganisation = get_object_or_404(Reorganisation, department__in=city,
                                                   pk=parse_id(request.POST.get("reorganisation")) or 0)
                data = valid_data(UndoForm(request.POST, prefix=f"r{reorganisation.pk}"), "取消")
                actions.undo_reorganisation(reorganisation, reason=data["reason"], by=request.user)
                return _changed(request, council, f"{reorganisation.department} の{to_wareki(reorganisation.on)}の"
                                                  f"{reorganisation.get_kind_display()}を取り消しました。")
            department = get_object_or_404(city, pk=parse_id(request.POST.get("department")) or 0)
            prefix = f"d{department.pk}"
            if what == "correct":
                data = valid_data(DepartmentForm(request.POST, prefix=prefix), "課名・部名・連絡先の訂正")
                actions.correct_department(department, by=request.user, seen_mark=posted_mark(request), **data)
                return _changed(request, council, f"{data['name']} の課名・部名・連絡先を訂正しました。")
            if what == "rename":
                data = valid_data(RenameForm(request.POST, prefix=prefix), "名称変更")
                renamed = actions.rename_department(department, name=data["name"], division=data["division"],
                                                    on=data["on"], by=request.user, seen_mark=posted_mark(request))
                if renamed.renamed_ahead:
                    return _changed(request, council, f"{department.name} は{to_wareki(data['on'])}から{data['name']}に"
                                                      "名称が変わります。その日までは今の名称のままです。")
                return _changed(request, council, f"{department.name} は{to_wareki(data['on'])}から{renamed.name}に"
                                                  "名称が変わりました。それより前の記録は元の名称のままです。")
            if what == "merge":
                data = valid_data(MergeForm(request.POST, prefix=prefix, department=department), "統合")
                moved = actions.merge_department(department, into=data["into"], on=data["on"], staff=data["staff"],
                                                 by=request.user, seen_mark=posted_mark(request))
                if data["on"] > timezone.localdate():
                    return _changed(request, council, f"{department.name} は{to_wareki(data['on'])}に{data['into'].name}"
                                                      "に統合します。その日までは何も引き継がれません。")
                carried = "、".join(f"{name} {count}件" for name, count in moved.items())
                return _changed(request, council, f"{department.name} を{to_wareki(data['on'])}付けで{data['into'].name}"
                                                  f"に統合しました。" + (f"引き継いだもの: {carried}。" if carried else ""))
            raise ActionRefused("操作を選んでください。")
        except ActionRefused as exc:
            status = refused(request, exc)
    today = timezone.localdate()
    departments = list(city.select_related("merged_into").prefetch_related("staff__user")
                       .order_by("merged_into", "division", "name"))
    # Read once for the page, not once a row: each row's newest history mark, and the 課 a merge may go to.
    marks = dict(Department.history.filter(id__in=[d.pk for d in departments]).values("id")
                 .annotate(mark=Max("history_id")).values_list("id", "mark"))
    offered = list(Department.objects.offered().filter(municipality=municipality))
    rows = []
    for department in departments:
        # The three forms of a row share the 課's prefix (the POST names the 課 by it): their own auto_id keeps
        # each label tied to its own control, not to the first form's.
        prefix = f"d{department.pk}"
        logins = [s for s in department.staff.all() if s.user_id and s.user.is_active]
        merge = MergeForm(prefix=prefix, auto_id="merge_%s", department=department, initial={"on": today, "staff": [s.pk for s in logins]})
        merge.fields["into"].choices = [("", merge.fields["into"].empty_label)] + [
            (d.pk, str(d)) for d in offered if d.pk != department.pk]
        if logins:
            merge.fields["staff"].choices = [(s.pk, staff_label(s)) for s in logins]
        else:  # nobody signs in for the 課: nothing to choose
            del merge.fields["staff"]
        rows.append({
            "department": department, "seen": marks.get(department.pk, 0),
            "correct": DepartmentForm(prefix=prefix, auto_id="correct_%s", initial={
                "name": department.name, "division": department.division, "email": department.email}),
            "rename": RenameForm(prefix=prefix, auto_id="rename_%s", initial={"division": department.division, "on": today}),
            "merge": merge,
        })
    reorganisations = [
        {"record": r, "refusal": actions.undo_refusal(r), "undo": UndoForm(prefix=f"r{r.pk}")}
        for r in Reorganisation.objects.filter(department__in=departments).select_related("department", "into")]
    return render(request, "councils/departments.html", {
        "council": council, "municipality": municipality, "rows": rows, "add_form": add_form,
        "reorganisations": reorganisations,
        "staff_form": staff_form, "issued": issued, "clerk_form": clerk_form, "clerk_issued": clerk_issued,
        "staff": _staff_rows(city_staff.select_related("department", "user").order_by(
            "department__division", "department__name", "name"), municipality),
        "clerks": _staff_rows(clerks.select_related("user").order_by("name"), None),
        "history": history_rows(Department.history.filter(municipality_id=municipality.pk, imported=False),
                                subject=lambda r: r.name, request=request),
        "staff_history": history_rows(Staff.history.filter(
            Q(department__municipality_id=municipality.pk) & ~Q(id__in=Staff.objects.secretariats().values("pk"))
            | Q(id__in=Staff.objects.secretariat_of_councils([council.pk]).values("pk"))
            # A clerk taken off the council stays in its history: the change that took them off is on record.
            | Q(id__in=apps.get_model("councils", "HistoricalStaff_secretariat_councils").objects.filter(
                council_id=council.pk).values("staff_id"))),
            subject=lambda r: r.name, request=request, key="staff"),
    }, status=status)


def _staff_rows(staff, municipality):
    """(staff, e-mail form, move form or None) per official: a clerk of the secretariat is not moved to a 課 here.
    The 課 a move offers are read once for the page, not once a row."""
    offered = [(d.pk, str(d)) for d in Department.objects.offered().filter(municipality=municipality)] \
        if municipality is not None else []
    rows = []
    for s in staff:
        move = None
        if municipality is not None:
            move = MoveForm(prefix=f"s{s.pk}", municipality=municipality, initial={"department": s.department_id})
            move.fields["department"].choices = [("", move.fields["department"].empty_label)] + offered
        rows.append((s, StaffEmailForm(prefix=f"s{s.pk}", initial={"email": s.email or (s.user.email if s.user else "")}),
                     move))
    return rows
