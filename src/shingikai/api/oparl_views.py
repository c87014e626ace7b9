"""The OParl 1.1 read API, rooted at /oparl/v1/system.

Lists page as the standard says ({data, pagination, links}) and take created_since, created_until,
modified_since, modified_until, limit and page. GET only; an unknown id and a record the public may
not see answer the same 404.
"""
import functools
import math

from django.db.models import QuerySet
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from shingikai import publicity
from shingikai.meetings import answer_corrections

from . import oparl_sources as sources
from . import stamps
from .oparl import BODY_LISTS, ORGANIZATION_LISTS, Writer, answers_in

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
WINDOW = {
    "created_since": ("stamp_created", "gte"),
    "created_until": ("stamp_created", "lte"),
    "modified_since": ("stamp_modified", "gte"),
    "modified_until": ("stamp_modified", "lte"),
}


class BadRequest(ValueError):
    pass


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/json; charset=utf-8"
    # The standard asks servers to let browser clients on any origin read the data.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def oparl_view(view):
    @csrf_exempt
    @require_safe
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return _json(view(request, Writer(request), *args, **kwargs))
        except Http404:
            return _json({"error": "not found"}, status=404)
        except BadRequest as error:
            return _json({"error": str(error)}, status=400)
    return wrapped


def _number(request, name, default, low, high):
    text = request.GET.get(name)
    if text in (None, ""):
        return default
    try:
        value = int(text)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number") from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return value


def _within_window(request, source):
    for name, (field, op) in WINDOW.items():
        text = request.GET.get(name)
        if not text:
            continue
        moment = stamps.parse_moment(text)
        if moment is None:
            raise BadRequest(f"{name} must be an ISO 8601 date-time")
        if isinstance(source, QuerySet):
            source = source.filter(**{f"{field}__{op}": moment})
        elif op == "gte":
            source = [row for row in source if getattr(row, field) >= moment]
        else:
            source = [row for row in source if getattr(row, field) <= moment]
    return source


def _page_link(request, page):
    query = request.GET.copy()
    query["page"] = page
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _listing(request, source, write, deleted=()):
    """One page of `source` written by `write`; with modified_since, the `deleted` objects (oparl_sources.Deleted)
    of the window follow the records, as the standard's `deleted: true` objects, so a harvester drops them."""
    source = _within_window(request, source)
    deleted = _within_window(request, list(deleted)) if request.GET.get("modified_since") else []
    limit = _number(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    page = _number(request, "page", 1, 1, 10**9)
    live = source.count() if isinstance(source, QuerySet) else len(source)
    total = live + len(deleted)
    pages = max(1, math.ceil(total / limit))
    start = (page - 1) * limit
    rows = list(source[start:min(start + limit, live)]) if start < live else []
    rows += deleted[max(0, start - live):max(0, start + limit - live)]
    answer_corrections.read_corrections(answers_in(rows))  # the page's 正誤 in one query, not one per 答申
    links = {"first": _page_link(request, 1), "last": _page_link(request, pages)}
    if page > 1:
        links["prev"] = _page_link(request, min(page - 1, pages))
    if page < pages:
        links["next"] = _page_link(request, page + 1)
    return {
        "data": [Writer(request).deleted(row) if isinstance(row, sources.Deleted) else write(row) for row in rows],
        "pagination": {"totalElements": total, "elementsPerPage": limit, "currentPage": page, "totalPages": pages},
        "links": links,
    }


def _found(rows):
    row = rows.first() if isinstance(rows, QuerySet) else (rows[0] if rows else None)
    if row is None:
        raise Http404
    return row


def _found_or_deleted(w, write, rows, *url_args):
    """The object, or, for one the public could read and can no longer, its `deleted: true` form with status 200
    as the standard asks; anything else the same 404 as an unknown id."""
    row = rows.first()
    if row is not None:
        return write(row)
    gone = sources.deleted_one(*url_args)
    if gone is None:
        raise Http404
    return w.deleted(gone)


def root(request):
    return redirect("oparl:system")


@oparl_view
def system(request, w):
    return w.system(*sources.system_stamps())


@oparl_view
def bodies(request, w):
    return _listing(request, sources.bodies(), w.body)


@oparl_view
def body(request, w, slug):
    return w.body(sources.bodies(get_object_or_404(publicity.municipalities(), slug=slug))[0])


@oparl_view
def body_list(request, w, slug, kind):
    if kind not in BODY_LISTS:
        raise Http404
    body = get_object_or_404(publicity.municipalities(), slug=slug)
    source, write = {
        "organizations": (sources.councils, w.organization),
        "persons": (sources.persons, w.person),
        "memberships": (sources.memberships, w.membership),
        "meetings": (sources.meetings, w.meeting),
        "agendaItems": (sources.agenda_items, w.agenda_item),
        "papers": (sources.papers, w.paper),
        "consultations": (sources.consultations, w.consultation),
        "files": (sources.documents, w.file),
        "legislativeTerms": (sources.terms, w.term),
        "locations": (sources.locations, w.location),
    }[kind]
    return _listing(request, source(body), write, sources.deleted(kind, body=body))


@oparl_view
def organization(request, w, slug):
    return w.organization(_found([c for c in sources.councils(_body_of(slug)) if c.slug == slug]))


def _body_of(council_slug):
    return get_object_or_404(publicity.councils().select_related("municipality"), slug=council_slug).municipality


@oparl_view
def organization_list(request, w, slug, kind):
    if kind not in ORGANIZATION_LISTS:
        raise Http404
    council = get_object_or_404(publicity.councils(), slug=slug)
    if kind == "meetings":
        return _listing(request, sources.meetings().filter(council=council), w.meeting,
                        sources.deleted(kind, council=council))
    return _listing(request, sources.consultations().filter(meeting__council=council), w.consultation,
                    sources.deleted(kind, council=council))


@oparl_view
def person(request, w, pk):
    return w.person(_found(sources.persons(pk=pk)))


@oparl_view
def membership(request, w, pk):
    return w.membership(_found(sources.memberships(pk=pk)))


@oparl_view
def term(request, w, slug, year):
    return w.term(_found([t for t in sources.terms(get_object_or_404(publicity.municipalities(), slug=slug))
                          if t.fiscal_year == year]))


@oparl_view
def meeting(request, w, pk):
    return _found_or_deleted(w, w.meeting, sources.meetings().filter(pk=pk), "meeting", pk)


@oparl_view
def location(request, w, pk):
    return w.location(_found(sources.locations().filter(pk=pk)))


@oparl_view
def agenda_item(request, w, pk):
    return _found_or_deleted(w, w.agenda_item, sources.agenda_items().filter(pk=pk), "agenda-item", pk)


@oparl_view
def consultation(request, w, pk):
    return _found_or_deleted(w, w.consultation, sources.consultations().filter(pk=pk), "consultation", pk)


@oparl_view
def paper(request, w, pk):
    return _found_or_deleted(w, w.paper, sources.papers().filter(pk=pk), "paper", pk)


@oparl_view
def file(request, w, kind, key):
    if kind not in ("minutes", "answer"):
        raise Http404
    doc = sources.document(kind, key)
    if doc is None:
        gone = sources.deleted_one("file", kind, key)
        if gone is None:
            raise Http404
        return w.deleted(gone)
    return w.file(doc)
