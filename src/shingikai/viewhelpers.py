"""Small helpers every work screen shares: refusals, paging, change history, row links."""
from django.contrib import messages
from django.core.paginator import Paginator
from django.urls import reverse

from shingikai import access

PAGE_SIZE = 50


def refused(request, exc):
    """Show an ActionRefused message; the status tells clients why nothing changed."""
    messages.error(request, exc.message)
    return 409 if exc.code == "conflict" else 400


def page_of(request, queryset, per_page=PAGE_SIZE, *, row_url=None):
    """The requested page; with `row_url` (a view name taking the row's pk) each row gets its `url`."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    if row_url:
        page.object_list = with_row_urls(page.object_list, row_url)
    return page


def history_rows(records, limit=30):
    """Who changed what and when, newest first, from simple-history records (a queryset)."""
    records = list(records.select_related("history_user__staff").order_by("-history_date", "-history_id")[: limit + 1])
    rows = []
    kinds = {"+": "作成", "~": "変更", "-": "削除"}
    skip = {"version", "updated_at"}
    for index, record in enumerate(records[:limit]):
        changes = []
        older = records[index + 1] if index + 1 < len(records) else None
        if older is not None and record.history_type == "~":
            model = record.instance_type
            for change in record.diff_against(older).changes:
                if change.field in skip:
                    continue
                field = model._meta.get_field(change.field)
                value = change.new
                if getattr(field, "choices", None):
                    value = dict(field.choices).get(value, value)
                if isinstance(value, (list, tuple)):
                    value = "、".join(str(v) for v in value)
                changes.append({"label": str(field.verbose_name), "value": "" if value in (None, "") else str(value)})
        user = record.history_user
        name = ""
        if user is not None:
            staff = access.staff_of(user)
            name = staff.name if staff else user.get_username()
        rows.append({"date": record.history_date, "user": name, "kind": kinds.get(record.history_type, ""),
                     "changes": changes})
    return rows


_SLOT = 2_147_483_647


def with_row_urls(rows, viewname, *, attr="url", key="pk"):
    """Give each row its link, reversing the URL pattern once rather than with {% url %} per row.

    Reversal walks the resolver for every call; on a long list that was most of the template's time.
    """
    prefix, suffix = reverse(viewname, args=[_SLOT]).split(str(_SLOT))
    rows = list(rows)
    for row in rows:
        setattr(row, attr, f"{prefix}{getattr(row, key)}{suffix}")
    return rows
