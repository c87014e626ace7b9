"""Small helpers every work screen shares: refusals, paging, change history, row links."""
import datetime as dt

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db.models import FileField, Q
from django.urls import reverse

from shingikai import access
from shingikai.jp.text import search_pattern, search_words
from shingikai.errors import ActionRefused

PAGE_SIZE = 50


CSRF_REFUSED = ("送信を受け付けられませんでした。ページを開いてから時間がたったか、ブラウザーがこのサイトのクッキーを"
                "送っていません。ページを開き直してから、もう一度送信してください。")


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the site's own 403 page, in Japanese, rather than Django's English one that tells a
    resident to set DEBUG=True; the technical reason goes to the log only (Django logs it)."""
    from django.shortcuts import render

    return render(request, "403.html", {"exception": CSRF_REFUSED}, status=403)


def refused(request, exc):
    """Show an ActionRefused message; the status tells clients why nothing changed."""
    messages.error(request, exc.message)
    return 409 if exc.code == "conflict" else 400


def valid_data(form, what=""):
    """The form's cleaned data, or ActionRefused naming what was posted (「統合の入力内容に誤りがあります。」) with
    every error of the form."""
    if not form.is_valid():
        raise ActionRefused(f"{what}{'の' if what else ''}入力内容に誤りがあります。"
                            + " ".join(m for errors in form.errors.values() for m in errors))
    return form.cleaned_data


def posted_mark(request, name="seen"):
    """The history mark (history.history_mark) or version number an edit form was opened at; None when
    absent or forged, which skips the conflict check rather than refusing the edit."""
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        return None


def posted_text(request, name, default=""):
    """A text field read from the POST without a form: refused as a form's field would refuse it when it holds
    a NUL byte (pasted from a PDF), which no database column can store."""
    from django.core.exceptions import ValidationError
    from django.core.validators import ProhibitNullCharactersValidator

    from shingikai.errors import ActionRefused

    value = request.POST.get(name, default)
    if value:
        try:
            ProhibitNullCharactersValidator()(value)
        except ValidationError as exc:
            raise ActionRefused(exc.messages[0]) from None
    return value


def text_search(queryset, text, *fields):
    """The rows in which every word typed in a list's search box is found in one of `fields`, however the word is
    typed (width, case, hiragana or katakana, 髙/高: jp.text.search_pattern): one rule for every such box."""
    for word in search_words(text):
        pattern = search_pattern(word)
        if pattern:
            any_field = Q()
            for field in fields:
                any_field |= Q(**{f"{field}__regex": pattern})
            queryset = queryset.filter(any_field)
    return queryset


def page_of(request, queryset, per_page=PAGE_SIZE, *, row_url=None):
    """The requested page; with `row_url` (a view name taking the row's pk) each row gets its `url`."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    if row_url:
        page.object_list = with_row_urls(page.object_list, row_url)
    return page


def history_value(field, value):
    """A changed value as a person reads it: the related record's name, not its id; dates in 和暦 and
    times in JST to the minute; choices by their label."""
    from shingikai.jp.templatetags import hm, wareki

    if value in (None, ""):
        return ""
    if field.is_relation and field.many_to_many and isinstance(value, (list, tuple)):
        # simple-history gives the rows of the through table: {"personalinfofile": 1, "case": 7}.
        key = field.m2m_reverse_field_name()
        ids = [row.get(key) for row in value if isinstance(row, dict)]
        names = {o.pk: str(o) for o in field.related_model._default_manager.filter(pk__in=ids)}
        return "、".join(names.get(pk, "(削除済み)") for pk in ids) or "なし"
    if field.is_relation and (field.many_to_one or field.one_to_one):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else "(削除済み)"
    if getattr(field, "choices", None):
        return str(dict(field.choices).get(value, value))
    if isinstance(field, FileField):
        # The file's name, not where storage keeps it (「followups/2026/keiyaku.txt」).
        return str(value).rsplit("/", 1)[-1]
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, dt.datetime):
        return f"{wareki(value)} {hm(value)}"
    if isinstance(value, dt.date):
        return wareki(value)
    if isinstance(value, dt.time):
        return hm(value)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, dict) and "until" in v for v in value):
        # A department's former names (Department.former_names): each with the day the next one took effect.
        return "、".join(f"{v.get('name', '')}（{wareki(dt.date.fromisoformat(v['until']))}まで）" for v in value)
    if isinstance(value, (list, tuple)) and value and all(_iso_day(v) for v in value):
        # Days kept as ISO text in a JSON list (a file's 変更日) read in 和暦 like any date.
        return "、".join(wareki(_iso_day(v)) for v in value)
    if isinstance(value, (list, tuple)):
        # A JSON list of choice values (a case's 類型) reads as the labels the form shows.
        labels = dict(getattr(field.model, "list_field_choices", {}).get(field.name, ()))
        return "、".join(str(labels.get(v, v)) for v in value)
    if isinstance(value, dict):  # field values kept as JSON (a file's 変更案): the fields they change
        # A key that is no field of the record (a pending rename's 「from」) is bookkeeping, not a word to show.
        return "、".join(str(label) for label in (_label(field.model, key) for key in value) if label is not None)
    return str(value)


def _iso_day(value):
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def _label(model, name):
    try:
        return model._meta.get_field(name).verbose_name
    except FieldDoesNotExist:
        return None


HISTORY_PAGE = 30


class HistoryRows(list):
    """One page of a history table, newest first, and what the table says about the rest: how many entries are
    stored (`total`), which of them this page shows, and the query strings of the other pages and the exports."""

    key = "main"
    total = number = pages = start = end = 0
    previous_query = next_query = csv_query = print_query = ""


class HistoryExport(Exception):
    """A history table asked for as CSV or for printing: raised where the view builds the table, so that the
    export runs under the view's own access checks, and answered by HistoryExportMiddleware."""

    def __init__(self, response):
        super().__init__("history export")
        self.response = response


class HistoryExportMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, HistoryExport):
            return exception.response
        return None


def asks_for_history(request):
    """Whether the request asks for a history table's other page or its export (a page that keeps its rows
    in a cache reads the history anew for it)."""
    return any(name.startswith("history_") or name.endswith("_history_page") for name in request.GET)


def _page_param(key):
    return "history_page" if key == "main" else f"{key}_history_page"


def _query(request, **values):
    query = request.GET.copy()
    for name in ("history_csv", "history_print"):
        query.pop(name, None)
    for name, value in values.items():
        query[name] = value
    return query.urlencode()


def _older_versions(records, page):
    """{history_id of a row on the page: the previous version of its object}, reading below the page only for
    the objects whose previous version is not on it (one query per object)."""
    older = {}
    waiting = {}
    for index, record in enumerate(page):
        previous = next((r for r in page[index + 1:] if r.id == record.id), None)
        if previous is not None:
            older[record.history_id] = previous
        else:
            waiting[record.id] = record  # the oldest row of this object on the page
    for record in waiting.values():
        if record.history_type == "+":
            continue
        previous = (records.filter(id=record.id)
                    .filter(Q(history_date__lt=record.history_date)
                            | Q(history_date=record.history_date, history_id__lt=record.history_id))
                    .order_by("-history_date", "-history_id").first())
        if previous is not None:
            older[record.history_id] = previous
    return older


def history_rows(records, limit=HISTORY_PAGE, subject=None, describe=None, *, request=None, key="main"):
    """Who changed what and when, newest first, from simple-history records (a queryset), each change with the
    value before it and after it. Each change is compared with the previous record of the same object, so one list
    may hold several objects' history; `subject(record)` then names the object each row is about.
    `describe(record, older, changes)` gives a row's (kind, changes) in the record's own words where 「作成」「変更」
    and the fields' values say less.

    `limit` rows a page; with `request`, the page its `history_page` (or `<key>_history_page`) asks for, and
    `?history_csv=<key>` / `?history_print=<key>` answer with the whole history as CSV or as a page to print
    (raised as HistoryExport, so that only a view that shows the table, under its own checks, exports it)."""
    records = records.select_related("history_user__staff", "history_user__person").order_by(
        "-history_date", "-history_id")
    export = None
    if request is not None:
        export = ("csv" if request.GET.get("history_csv") == key
                  else "print" if request.GET.get("history_print") == key else None)
    if export:
        page = list(records)
        number, pages, offset, total = 1, 1, 0, len(page)
    else:
        number = 1
        if request is not None:
            try:
                number = max(int(request.GET.get(_page_param(key), 1)), 1)
            except ValueError:
                number = 1
        page = None
        if number == 1:
            # The short history of most records fits on one page, which then counts itself without a query.
            page = list(records[:limit + 1])
            total = len(page) if len(page) <= limit else records.count()
            page = page[:limit]
        else:
            total = records.count()
        pages = max(1, -(-total // limit))
        number = min(number, pages)
        offset = (number - 1) * limit
        if page is None:
            page = list(records[offset:offset + limit])
    older = _older_versions(records, page)
    rows = HistoryRows(_rows(page, older, subject, describe))
    rows.key, rows.total, rows.number, rows.pages = key, total, number, pages
    rows.start, rows.end = (offset + 1, offset + len(page)) if page else (0, 0)
    if request is not None:
        param = _page_param(key)
        if number > 1:
            rows.previous_query = _query(request, **{param: number - 1})
        if number < pages:
            rows.next_query = _query(request, **{param: number + 1})
        rows.csv_query = _query(request, history_csv=key)
        rows.print_query = _query(request, history_print=key)
    if export:
        raise HistoryExport(_history_csv(rows, page) if export == "csv" else _history_print(request, rows, page))
    return rows


#: A history record's type as the tables name it.
HISTORY_KINDS = {"+": "作成", "~": "変更", "-": "削除"}


def _rows(page, older_of, subject, describe):
    kinds = HISTORY_KINDS
    skip = {"version", "updated_at"}
    entries = []
    for record in page:
        changes = []
        older = older_of.get(record.history_id)
        if older is not None and record.history_type == "~":
            model = record.instance_type
            # A model's bookkeeping copies (the last 招集通知 sent, kept to word a re-sent one) change with fields
            # the history already shows, and are no value a person set.
            hidden = skip | set(getattr(model, "history_hidden_fields", ()))
            for change in record.diff_against(older).changes:
                if change.field in hidden:
                    continue
                field = model._meta.get_field(change.field)
                changes.append({"label": str(field.verbose_name), "old": history_value(field, change.old),
                                "value": history_value(field, change.new)})
        reason = getattr(record, "history_change_reason", None) or ""
        empty = older is not None and record.history_type == "~" and not changes and not reason
        entries.append([record, changes, reason, empty, record.history_user, older])
    # One action that saves a record and changes a many-to-many field writes two rows: the save (the user,
    # nothing shown) and the field's (its change, no user). Shown as one row, by that user.
    for index, (record, _, _, empty, user, _) in enumerate(entries):
        if not empty:
            continue
        for other in entries[max(index - 1, 0):index + 2]:
            if (other[0] is not record and other[0].id == record.id and other[4] is None and not other[3]
                    and abs((other[0].history_date - record.history_date).total_seconds()) < 5):
                other[4] = user
    rows = []
    for record, changes, reason, empty, user, older in entries:
        if empty:
            continue  # a save that changed nothing shown (a version, or the row of a many-to-many change's save)
        name = ""
        if user is not None:
            # A member answering for themselves (出欠の回答) is named as the council knows them.
            staff, person = access.staff_of(user), access.person_of(user)
            name = staff.name if staff else person.name if person else user.get_username()
        kind = kinds.get(record.history_type, "")
        if describe is not None:
            kind, changes = describe(record, older, changes)
        rows.append({"date": record.history_date, "user": name, "kind": kind,
                     "changes": changes, "subject": subject(record) if subject else "", "reason": reason})
    return rows


def _history_about(page):
    """What a whole exported history is about: its record, when every row is about the same one."""
    if page and len({r.id for r in page}) == 1:
        return f"{page[0].instance_type._meta.verbose_name}「{page[0].instance}」"
    return ""


def _history_csv(rows, page):
    import csv
    import io

    from django.http import HttpResponse
    from django.utils import timezone
    from django.utils.http import content_disposition_header

    from shingikai.excel import excel_safe
    from shingikai.jp.templatetags import wareki_hm

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["日時 (和暦)", "日時", "変更した人", "対象", "内容", "項目", "変更前", "変更後", "理由"])
    for row in rows:
        when = [wareki_hm(row["date"]), timezone.localtime(row["date"]).isoformat(timespec="seconds")]
        head = [*when, row["user"] or "システム", row["subject"], row["kind"]]
        for change in row["changes"] or [{"label": "", "old": "", "value": ""}]:
            writer.writerow([excel_safe(v) for v in (*head, change["label"], change.get("old", ""), change["value"],
                                                row["reason"])])
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        True, f"変更履歴_{timezone.localdate().strftime('%Y%m%d')}.csv")
    return response


def _history_print(request, rows, page):
    from django.shortcuts import render
    from django.utils import timezone

    return render(request, "history_print.html", {
        "history": rows, "about": _history_about(page), "printed_at": timezone.now(),
        # The tab's title names what the history is of, even when it covers several records (WCAG 2.4.2).
        "kinds": "・".join(dict.fromkeys(str(r.instance_type._meta.verbose_name) for r in page or [])),
        "back": f"{request.path}?{_query(request)}".rstrip("?"),
    })


_SLOT = 2_147_483_647


def with_row_urls(rows, viewname, *, attr="url", key="pk", args=()):
    """Give each row its link, reversing the URL pattern once rather than with {% url %} per row; `args`
    are the pattern's arguments before the row's own (a meeting's id for its items' links). Rows may be
    model instances or the dicts of values(), whose `pk` is `id`.

    Reversal walks the resolver for every call; on a long list that was most of the template's time.
    """
    prefix, suffix = reverse(viewname, args=[*args, _SLOT]).split(str(_SLOT))
    rows = list(rows)
    for row in rows:
        if isinstance(row, dict):  # rows read with values()
            row[attr] = f"{prefix}{row['id' if key == 'pk' else key]}{suffix}"
        else:
            setattr(row, attr, f"{prefix}{getattr(row, key)}{suffix}")
    return rows


def stored_file(field, filename=None):
    """The uploaded file ``field`` holds as a download under its own name (or `filename`); a file lost from the
    media folder is a 404, not a server error."""
    from django.http import FileResponse, Http404

    try:
        handle = field.open("rb")
    except FileNotFoundError:
        raise Http404("ファイルが見つかりません。") from None
    return FileResponse(handle, as_attachment=True, filename=filename or field.name.rsplit("/", 1)[-1])


# The words of the two choices on a member's answer form (templates/_member_response.html), per kind of draft: the
# form shows them and a refusal names them, so they live in one place.
MINUTES_CHECK_LABELS = {"agree_label": "確認しました", "comment_label": "修正意見"}
ANSWER_DRAFT_LABELS = {"agree_label": "了承します", "comment_label": "意見"}


def posted_response(request, labels):
    """(agrees, comment) of a member's answer to a draft, `labels` being the form's words for its choices."""
    from shingikai.errors import ActionRefused

    choice = request.POST.get("agrees")
    if choice not in ("yes", "no"):
        raise ActionRefused(f"「{labels['agree_label']}」か「{labels['comment_label']}を送る」を選んでください。")
    return choice == "yes", posted_text(request, "comment")


def member_responses(people, responses, version=None):
    """Each person asked (in order) with their answer or None: what the secretariat reads before settling a
    draft. With `version`, an answer given to an earlier version is marked `stale`."""
    by_person = {r.person_id: r for r in responses}
    rows = []
    for person in people:
        response = by_person.get(person.pk)
        if response is not None:
            response.stale = version is not None and response.version != version
        rows.append((person, response))
    return rows
