"""The secretariat's members screen: who is in office, a resignation (退任) and a new appointment (委嘱); and the
logins of the members and the city's department staff, to whom it issues a temporary password when one is forgotten."""
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from shingikai.errors import ActionRefused
from shingikai.ids import parse_id
from shingikai.jp.wareki import to_wareki
from shingikai.viewhelpers import history_rows, posted_mark, posted_text, refused, valid_data
from shingikai.submissions import one_submission

from . import actions
from .forms import WarekiDateField
from .models import Membership, Officer, PasswordIssue, Person, Staff
from .ownership import secretariat_council


class EndForm(forms.Form):
    ended_on = WarekiDateField(label="退任日")
    reason = forms.ChoiceField(label="退任の事由", choices=[("", "事由を選ぶ")] + Membership.EndReason.choices,
                               initial=Membership.EndReason.RESIGNATION, required=False)


class EndCorrectForm(forms.Form):
    """A recorded 退任 typed wrong, or recorded by mistake, corrected (actions.correct_membership_end)."""
    ended_on = WarekiDateField(label="退任日", required=False)
    reason = forms.ChoiceField(label="退任の事由", choices=[("", "事由を選ぶ")] + Membership.EndReason.choices,
                               required=False)
    clear = forms.BooleanField(label="退任の記録を取り消す (退任していなかった)", required=False)

    def clean(self):
        data = super().clean()
        if not data.get("clear") and data.get("ended_on") is None and "ended_on" not in self.errors:
            self.add_error("ended_on", "退任日を入力してください。退任の記録を取り消すときは「退任の記録を取り消す」にチェックしてください。")
        return data


class CorrectForm(forms.Form):
    """An appointment recorded ahead or typed wrong, corrected (a served term until its meetings' minutes are
    settled: actions.correct_appointment)."""
    appointed_on = WarekiDateField(label="委嘱日")
    term_start = WarekiDateField(label="任期の始期")
    term_end = WarekiDateField(label="任期の終期", required=False)
    sector = forms.CharField(label="選出区分", max_length=60, required=False)


class AppointForm(forms.Form):
    person = forms.ModelChoiceField(
        label="これまでの委員・元委員から選ぶ", queryset=None, required=False, empty_label="新しい人として委嘱する",
        error_messages={"invalid_choice": "この自治体の審議会の委員・元委員から選んでください。"},
        help_text="この自治体の審議会の委員・元委員を再び委嘱するときに選びます (会議の記録がつながります)")
    name = forms.CharField(label="氏名", max_length=100, required=False, help_text="新しい人を委嘱するとき")
    another_person = forms.BooleanField(label="同姓同名の別の人として委嘱する", required=False)
    sector = forms.CharField(label="選出区分", max_length=60, required=False, help_text="学識経験者、市民公募など")
    appointed_on = WarekiDateField(label="委嘱日")
    term_start = WarekiDateField(label="任期の始期")
    term_end = WarekiDateField(label="任期の終期", required=False,
                              help_text="後任は前任者の残任期間 (空欄なら、任期の始期に在任する委員の任期の終期。"
                                        "在任する委員がいないときは入力が必要です)")
    email = forms.EmailField(label="電子メール", max_length=254, required=False,
                             help_text="招集通知と会議のお知らせの送り先 (公開されません)")


    def __init__(self, *args, council, **kwargs):
        from django.db.models import Prefetch

        super().__init__(*args, **kwargs)
        municipality = council.municipality
        self.fields["person"].queryset = actions.people_of(municipality).prefetch_related(Prefetch(
            "memberships", queryset=Membership.objects.filter(council__municipality=municipality).select_related(
                "council").order_by("term_start", "pk")))
        self.fields["person"].label_from_instance = lambda p: actions.person_label(p, municipality)


class EmailForm(forms.Form):
    email = forms.EmailField(label="電子メール", max_length=254, required=False)


class OfficerForm(forms.Form):
    membership = forms.ModelChoiceField(label="委員", queryset=Membership.objects.none(), error_messages={
        "invalid_choice": "在任中の委員から選んでください。", "required": "委員を選んでください。"})
    role = forms.ChoiceField(label="役職", choices=Officer.ROLES)
    given_by = forms.ChoiceField(label="選任の方法", choices=[
        (Membership.GivenBy.MUTUAL_ELECTION, "互選"), (Membership.GivenBy.DESIGNATION, "指名 (会長による)")],
        help_text="会長は互選、副会長・会長職務代理は条例の定めるところにより互選または会長の指名")
    since = WarekiDateField(label="就任日")
    meeting = forms.ModelChoiceField(label="互選した会議", queryset=None, required=False, error_messages={
        "invalid_choice": "この審議会の会議から選んでください。"}, help_text="会議で互選したときは、その会議の日が就任日")

    def __init__(self, *args, council, on, **kwargs):
        from shingikai.meetings.models import Meeting

        super().__init__(*args, **kwargs)
        self.fields["membership"].queryset = council.memberships.in_office(on).select_related("person")
        self.fields["membership"].label_from_instance = lambda m: m.person.name
        self.fields["meeting"].queryset = Meeting.objects.filter(council=council).exclude(
            state=Meeting.State.CANCELLED).exclude(date__isnull=True).order_by("-date")
        self.fields["meeting"].label_from_instance = lambda m: m.label


@login_required
@one_submission
def members(request, pk):
    council = secretariat_council(request, pk, "委員の委嘱と退任を記録できるのは審議会の事務局です。")
    today = timezone.localdate()
    in_office = council.memberships.in_office(today)
    current = in_office.first()
    appoint_form = AppointForm(request.POST if request.POST.get("what") == "appoint" else None, council=council, initial={
        "appointed_on": today, "term_start": today, "term_end": current.term_end if current else None})
    officer_form = OfficerForm(request.POST if request.POST.get("what") == "officer" else None, council=council,
                               on=today, initial={"since": today})
    status, issued = 200, None
    if request.method == "POST" and request.POST.get("what") == "login":
        try:
            person = get_object_or_404(Person.objects.filter(memberships__council=council).distinct(),
                                       pk=parse_id(request.POST.get("person")) or 0)
            user, password = actions.give_member_login(council, person, username=request.POST.get("username", ""),
                                                       by=request.user)
            issued = {"name": person.name, "username": user.get_username(), "password": password, "new": True}
        except ActionRefused as exc:
            status = refused(request, exc)
    elif request.method == "POST" and request.POST.get("what") in ("restart", "sessions"):
        try:
            name, user = _login_named(request, council, stopped=request.POST["what"] == "restart")
            if request.POST["what"] == "restart":
                actions.restart_login(user, by=request.user)
                messages.success(request, f"{name} のログインを再開しました。パスワードは停止前のままです。")
            else:
                count = actions.end_sessions(user, by=request.user)
                messages.success(request, f"{name} のセッション {count} 件を終了しました。パスワードは変わりません。")
            return redirect("councils:members", council.pk)
        except ActionRefused as exc:
            status = refused(request, exc)
    elif request.method == "POST" and request.POST.get("what") == "password":
        try:
            name, user = _login_named(request, council)
            _, password = actions.issue_temporary_password(user, by=request.user)
            # Shown on this answer only, never put in a message or the session: it is handed over once.
            issued = {"name": name, "username": user.get_username(), "password": password}
        except ActionRefused as exc:
            status = refused(request, exc)
    elif request.method == "POST":
        try:
            if request.POST.get("what") == "officer":
                data = valid_data(officer_form, "役職の選任")
                officer = actions.elect_officer(
                    council, data["membership"].person, role=data["role"], on=data["since"], given_by=data["given_by"],
                    meeting=data["meeting"], by=request.user, seen_mark=posted_mark(request))
                messages.success(request, f"{officer.membership.person} を{officer.get_role_display()}に選任しました "
                                          f"({to_wareki(officer.since)}から)。")
                return redirect("councils:members", council.pk)
            if request.POST.get("what") == "withdraw_officer":
                officer = get_object_or_404(Officer, council=council, pk=parse_id(request.POST.get("officer")) or 0)
                actions.withdraw_election(officer, reason=posted_text(request, "reason"), by=request.user,
                                          seen_mark=posted_mark(request))
                messages.success(request, f"{officer.membership.person} の{officer.get_role_display()}の選任 "
                                          f"({to_wareki(officer.since)}から) を取り消しました。")
                return redirect("councils:members", council.pk)
            if request.POST.get("what") in ("end", "email", "correct", "correct_end"):
                posted = request.POST.get("membership", "")
                membership = get_object_or_404(Membership, council=council,
                                               pk=int(posted) if posted.isdigit() and len(posted) < 19 else 0)
            if request.POST.get("what") == "email":
                form = EmailForm(request.POST, prefix=f"e{membership.pk}")
                if not form.is_valid():
                    raise ActionRefused(f"{membership.person} の電子メールを「iin@example.jp」の形で入力してください。")
                actions.set_member_email(membership.person, form.cleaned_data["email"], by=request.user)
                messages.success(request, f"{membership.person} の電子メールを{'登録' if form.cleaned_data['email'] else '削除'}しました。")
                return redirect("councils:members", council.pk)
            if request.POST.get("what") == "end":
                form = EndForm(request.POST, prefix=f"m{membership.pk}")
                if not form.is_valid():
                    raise ActionRefused(f"{membership.person} の退任日を「令和7年6月1日」または「2025-06-01」の形で入力してください。")
                actions.end_membership(membership, on=form.cleaned_data["ended_on"], reason=form.cleaned_data["reason"],
                                       by=request.user)
                reason = form.cleaned_data["reason"]
                messages.success(request, f"{membership.person} の退任 ({to_wareki(form.cleaned_data['ended_on'])}) を記録しました。"
                                          + (f"事由: {reason}" if reason else "")
                                          + _login_after_end(membership.person, form.cleaned_data["ended_on"]))
                return redirect("councils:members", council.pk)
            if request.POST.get("what") == "correct_end":
                data = valid_data(EndCorrectForm(request.POST, prefix=f"x{membership.pk}"),
                                  f"{membership.person} の退任の訂正")
                ended_on = None if data["clear"] else data["ended_on"]
                actions.correct_membership_end(membership, ended_on=ended_on, reason=data["reason"], by=request.user)
                messages.success(request, f"{membership.person} の退任の記録を取り消しました。" if ended_on is None else
                                 f"{membership.person} の退任を{to_wareki(ended_on)}"
                                 f"{'(' + data['reason'] + ')' if data['reason'] else ''}に訂正しました。")
                return redirect("councils:members", council.pk)
            if request.POST.get("what") == "correct":
                form = CorrectForm(request.POST, prefix=f"c{membership.pk}")
                actions.correct_appointment(membership, by=request.user,
                                            **valid_data(form, f"{membership.person} の委嘱の訂正"))
                messages.success(request, f"{membership.person} の委嘱を訂正しました。")
                return redirect("councils:members", council.pk)
            if appoint_form.is_valid():
                added = actions.appoint_successor(council, by=request.user, **appoint_form.cleaned_data)
                messages.success(request, f"{added.person} の委嘱を記録しました。")
                return redirect("councils:members", council.pk)
            status = 400
        except ActionRefused as exc:
            status = refused(request, exc)
    rows, serving = [], {m.pk for m in in_office}
    for m in council.memberships.select_related("person__user").order_by("ended_on", "term_start", "pk"):
        # Appointed ahead: not in office yet, and the record can still be corrected. A member serves (and keeps an
        # address for the 招集通知) until the last day in office, a 退任 recorded for a day to come included.
        m.upcoming = m.term_start > today and m.ended_on is None
        m.serves = m.pk in serving or m.upcoming
        correct = CorrectForm(prefix=f"c{m.pk}", initial={
            "appointed_on": m.appointed_on, "term_start": m.term_start, "term_end": m.term_end, "sector": m.sector,
        }) if m.serves else None
        # A recorded 退任 stays correctable (actions.correct_membership_end says until when).
        m.end_correction = EndCorrectForm(prefix=f"x{m.pk}", initial={
            "ended_on": m.ended_on, "reason": m.end_reason}) if m.ended_on else None
        rows.append((m, EndForm(prefix=f"m{m.pk}", initial={"ended_on": today}),
                     EmailForm(prefix=f"e{m.pk}", initial={"email": m.person.email}), correct))
    officers = list(council.officers.select_related("membership__person").order_by("-since", "role", "-pk"))
    return render(request, "councils/members.html", {
        "council": council, "rows": rows, "in_office": serving, "appoint_form": appoint_form,
        "officer_form": officer_form, "officers_seen": actions.officers_mark(council),
        "officers": officers, "withdrawable": _withdrawable(officers),
        # A refused 取消 shows its form open again with the reason as typed.
        "withdrawing": (parse_id(request.POST.get("officer")), request.POST.get("reason", ""))
        if request.POST.get("what") == "withdraw_officer" else (None, ""),
        "current_officers": set(council.officers.on(today).values_list("pk", flat=True)),
        "history": history_rows(Membership.history.filter(council_id=council.pk), subject=lambda r: str(r.person), request=request),
        # The people this council appointed, whoever changed them (the same person may serve another council).
        "person_history": history_rows(Person.history.filter(id__in=council.memberships.values("person_id")),
                                       subject=lambda r: r.name, request=request, key="persons"),
        "logins": _logins(request.user, council), "issued": issued,
        "password_issues": _password_issues(request.user, council),
    }, status=status)


def _withdrawable(officers):
    """The elections the members screen offers to take back: the latest of each office, while no settled record
    names its holder (actions.withdraw_election refuses the others with the reason)."""
    latest = {}
    for officer in officers:  # newest first
        latest.setdefault(officer.role, officer)
    return {o.pk for o in latest.values() if actions.election_settled_by(o) is None}


def _login_after_end(person, ended_on):
    """What becomes of the former member's login, said with the 退任."""
    import datetime as dt

    person = Person.objects.select_related("user").get(pk=person.pk)
    if person.user is None:
        return ""
    name = person.user.get_username()
    if not person.user.is_active:
        return f" ログイン ({name}) を停止しました。"
    stays = actions.member_login_stays(person, ended_on)
    if stays:
        return f" ログイン ({name}) は{stays}停止しません。"
    return (f" ログイン ({name}) は退任日の翌日 ({to_wareki(ended_on + dt.timedelta(days=1))}) の毎日の処理で"
            "停止します。")


def _password_issues(user, council):
    """The latest temporary passwords issued to the people this screen lists: who issued one, when, for whom."""
    people = Q(user__person__memberships__council=council) | Q(user__in=_logins(user, council).values("user"))
    return PasswordIssue.objects.filter(people).distinct().select_related(
        "user__person", "user__staff", "issued_by__staff")[:20]


def _logins(user, council):
    """The department staff of the council's city who sign in (and, for the operator, its secretariat): those
    the members screen issues a temporary password to, beside the members."""
    query = Q(department__municipality=council.municipality, department__imported=False)
    if user.is_superuser:
        query |= Q(pk__in=Staff.objects.secretariat_of_councils([council.pk]).values("pk"))
    # A stopped login is not offered a temporary password: it is restarted on the departments screen first.
    return Staff.objects.filter(query, user__is_active=True).select_related("department", "user").order_by(
        "department__division", "department__name", "name")


def _login_named(request, council, stopped=False):
    """(name, login) of the member or staff row the posted form names, among those this screen lists: active
    logins, or a member's stopped one to restart."""
    if "person" in request.POST:
        people = Person.objects.filter(user__is_active=not stopped, memberships__council=council).distinct()
        person = get_object_or_404(people.select_related("user"), pk=parse_id(request.POST["person"]) or 0)
        return person.name, person.user
    staff = get_object_or_404(_logins(request.user, council), pk=parse_id(request.POST.get("staff")) or 0)
    return staff.name, staff.user
