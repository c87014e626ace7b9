"""The secretariat's records of its council (docs/audit.md): the 閲覧・出力の記録 (who read closed materials, who
downloaded what is not public, who exported a register) and the ログインの記録 (sign-ins and failed attempts of the
council's users), each filtered by person, period and object, and exported as CSV. Only the council's secretariat
(and the operator) reads them; a department or a member gets the same refusal as for the council's settings."""
import csv
import datetime as dt
import io

from axes.models import AccessFailureLog, AccessLog
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header

from shingikai import access_record
from shingikai.excel import excel_safe
from shingikai.jp.templatetags import wareki_hm
from shingikai.jp.text import search_matches
from shingikai.ops.models import AccessRecord
from shingikai.viewhelpers import text_search

from .forms import WarekiDateField
from .ownership import secretariat_council

REFUSAL = "閲覧・出力の記録とログインの記録を見られるのは審議会の事務局です。"
PER_PAGE = 50
#: The sign-in list merges two tables in memory: at most this many newest rows of each for one filter.
SIGN_IN_ROWS = 5000


class RecordFilter(forms.Form):
    person = forms.CharField(label="利用者 (氏名またはユーザー名)", max_length=150, required=False)
    since = WarekiDateField(label="期間 (から)", required=False)
    until = WarekiDateField(label="期間 (まで)", required=False)

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise forms.ValidationError("期間の始まりが終わりより後になっています。")
        return data


class AccessFilter(RecordFilter):
    target = forms.CharField(label="対象 (資料名・案件名など)", max_length=150, required=False)
    action = forms.ChoiceField(label="種別", required=False,
                               choices=[("", "すべて"), *AccessRecord.Action.choices])


class SignInFilter(RecordFilter):
    result = forms.ChoiceField(label="結果", required=False,
                               choices=[("", "すべて"), ("success", "成功"), ("failure", "失敗")])


def council_users(council):
    """The logins of the council's secretariat, of its members and of its city's departments."""
    return get_user_model().objects.filter(
        Q(staff__secretariat_councils=council)
        | Q(staff__department__municipality_id=council.municipality_id) | Q(person__memberships__council=council))


def _period(queryset, field, data):
    """Rows from the start of `since` to the end of `until` (days in the site's time zone)."""
    zone = timezone.get_current_timezone()
    if data.get("since"):
        queryset = queryset.filter(**{f"{field}__gte": dt.datetime.combine(data["since"], dt.time.min, zone)})
    if data.get("until"):
        end = dt.datetime.combine(data["until"] + dt.timedelta(days=1), dt.time.min, zone)
        queryset = queryset.filter(**{f"{field}__lt": end})
    return queryset


def _csv(name, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([excel_safe(value) for value in row] for row in rows)
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["Cache-Control"] = "private, no-store"
    return response


def _filters(request, form_class):
    """The filter form and its data; a form with an error filters nothing and says why (400)."""
    form = form_class(request.GET or None)
    if not request.GET:
        return form, {}, 200
    if form.is_valid():
        return form, form.cleaned_data, 200
    return form, None, 400


@login_required
def access_records(request, pk):
    council = secretariat_council(request, pk, REFUSAL)
    form, data, status = _filters(request, AccessFilter)
    rows = AccessRecord.objects.filter(
        Q(council=council) | Q(council__isnull=True, municipality_id=council.municipality_id)
        | Q(council__isnull=True, municipality__isnull=True, user__in=council_users(council)))
    if data is None:
        rows = rows.none()
    else:
        if data.get("person"):
            rows = text_search(rows, data["person"], "user_name", "username")
        if data.get("target"):
            rows = text_search(rows, data["target"], "label", "what")
        if data.get("action"):
            rows = rows.filter(action=data["action"])
        rows = _period(rows, "at", data)
    if request.GET.get("format") == "csv" and data is not None:
        access_record.record(request, access_record.EXPORT, "閲覧・出力の記録 (CSV)", council.name,
                             council_id=council.pk)
        return _csv(f"閲覧・出力の記録_{council.name}.csv",
                    ["日時", "日時 (ISO)", "氏名", "ユーザー名", "種別", "経路", "対象の種類", "対象", "対象の番号", "URL",
                     "接続元"],
                    ([wareki_hm(r.at), timezone.localtime(r.at).isoformat(timespec="seconds"), r.user_name, r.username,
                      r.get_action_display(), r.get_channel_display(), r.what, r.label, r.object_id or "", r.path,
                      r.address or ""]
                     for r in rows.iterator()))
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "councils/access_records.html", {
        "council": council, "form": form, "page": page, "query": _query_without_page(request),
        "kept_days": settings.SHINGIKAI_ACCESS_RECORD_DAYS}, status=status)


@login_required
def sign_ins(request, pk):
    council = secretariat_council(request, pk, REFUSAL)
    form, data, status = _filters(request, SignInFilter)
    users = {u.username: u for u in council_users(council).select_related("staff", "person").distinct()}
    rows, capped = [], False
    if data is not None:
        names = list(users)
        if data.get("person"):
            wanted = data["person"]
            names = [n for n, u in users.items()
                     if search_matches(n, wanted) or search_matches(access_record.display_name(u), wanted)]
        kinds = []
        if data.get("result") != "failure":
            kinds.append((AccessLog, lambda r: "成功"))
        if data.get("result") != "success":
            kinds.append((AccessFailureLog, lambda r: "失敗 (ロック中)" if r.locked_out else "失敗"))
        for model, result in kinds:
            found = list(_period(model.objects.filter(username__in=names), "attempt_time", data)
                         .order_by("-attempt_time")[:SIGN_IN_ROWS])
            capped = capped or len(found) == SIGN_IN_ROWS
            rows += [{"at": r.attempt_time, "username": r.username, "result": result(r),
                      "logout": getattr(r, "logout_time", None), "address": r.ip_address, "agent": r.user_agent}
                     for r in found]
        rows.sort(key=lambda r: r["at"], reverse=True)
        for row in rows:
            row["name"] = access_record.display_name(users[row["username"]])
    if request.GET.get("format") == "csv" and data is not None:
        access_record.record(request, access_record.EXPORT, "ログインの記録 (CSV)", council.name,
                             council_id=council.pk)
        return _csv(f"ログインの記録_{council.name}.csv",
                    ["日時", "日時 (ISO)", "氏名", "ユーザー名", "結果", "ログアウト", "接続元", "ブラウザ"],
                    ([wareki_hm(r["at"]), timezone.localtime(r["at"]).isoformat(timespec="seconds"), r["name"],
                      r["username"], r["result"], wareki_hm(r["logout"]), r["address"] or "", r["agent"]] for r in rows))
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "councils/sign_ins.html", {
        "council": council, "form": form, "page": page, "query": _query_without_page(request),
        "kept_days": settings.SHINGIKAI_SIGN_IN_RECORD_DAYS, "capped": capped, "cap": SIGN_IN_ROWS}, status=status)


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("format", None)
    return query.urlencode() + "&" if query else ""
