"""Caching of the public site's pages for anonymous visitors, keyed on the versions they show.

`revalidated(tag)` makes a view's anonymous answers cacheable: `tag(...)` reads from the database
what the page depends on (the versions of its records, raised by every action that changes them,
and when the names that carry none last changed), and a hash of it is the page's ETag.

* Browsers and shared caches may keep the page MAX_AGE seconds (`Cache-Control: public`), then send
  If-None-Match and get `304 Not Modified` while the ETag is unchanged, without a rendering.
* This process keeps the rendered page under that ETag, so the next visitor without a copy is served
  it without a rendering either. The key is read from the database on every request: a publication,
  an unpublication, a closed item or a correction made on any server changes it at once, and two
  servers against one database answer alike (nothing that correctness depends on is per machine).

Signed-in visitors get none of it: their pages carry their name and are no-store (nostore.py).
"""
import hashlib
from functools import wraps

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import connection
from django.db.models import F, Max, Sum
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, quote_etag

from shingikai import publicity
from shingikai.councils.models import Department, Person, Staff

# Short: a browser or proxy may show a page up to this long after it changed (an unpublished page
# included) before revalidating; the ETag makes the revalidation cheap.
MAX_AGE = 60
# A larger page (an assembly's minutes with thousands of turns) is rendered each time rather than
# held in every worker's memory.
MAX_KEPT_BYTES = 512 * 1024
# A kept page is never stale (its key is the ETag); this only frees memory.
KEPT_SECONDS = 300


def _etag(tag, request, args, kwargs):
    # A flash message belongs to this visitor's next page, not to a shared copy.
    if request.method not in ("GET", "HEAD") or request.user.is_authenticated or len(get_messages(request)):
        return None
    values = tag(*args, **kwargs)
    if values is None:
        return None
    return quote_etag(hashlib.sha256(repr(values).encode()).hexdigest()[:32])


def revalidated(tag):
    """Decorate a portal view: `tag(**view kwargs)` returns the values its page depends on, or None when
    the page is not public (the view then answers as it would, without any caching headers)."""
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            etag = _etag(tag, request, args, kwargs)
            if etag is None:
                return view(request, *args, **kwargs)
            response = get_conditional_response(request, etag=etag)
            if response is None:
                key = f"portal-page:{request.get_full_path()}:{etag}"
                body = cache.get(key)
                if body is not None:
                    response = HttpResponse(body)
                else:
                    response = view(request, *args, **kwargs)
                    if response.status_code == 200 and len(response.content) <= MAX_KEPT_BYTES:
                        cache.set(key, response.content, KEPT_SECONDS)
            if response.status_code in (200, 304):
                response.headers["ETag"] = etag
                patch_cache_control(response, public=True, max_age=MAX_AGE)
                patch_vary_headers(response, ["Cookie"])
            return response
        return wrapped
    return decorator


def names_stamp():
    """When a department's, a member's or an official's name last changed (and how many there are): they
    have no version, and a published meeting shows them (its speakers, its cases' departments). One
    query for the three tables; renames are rare, so any of them renews every kept page."""
    tables = [model._meta.db_table for model in (Department, Person, Staff)]
    select = ", ".join(f"(SELECT MAX(updated_at) FROM {t}), (SELECT COUNT(*) FROM {t})" for t in tables)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {select}")
        return tuple(str(value) for value in cursor.fetchone())


# The front page's 「新しく公開された会議録」: newest published first (a neighbour's minutes imported and
# published today among them, whatever their meeting's date), then by meeting date.
RECENT_ORDER = (F("published_on").desc(nulls_last=True), "-meeting__date", "-pk")


CONTACT_FIELDS = ("secretariat_section", "secretariat_phone", "secretariat_email", "secretariat_address")


def home_tag():
    """The front page: every council's name, and the ten newest published minutes."""
    councils = list(publicity.councils().order_by("pk").values_list(
        "pk", "slug", "name", "municipality__name", "is_imported_only"))
    # A meeting's creation time tells a row apart from one that reuses its id and version after a
    # restore from backup (or a test's rollback).
    recent = list(publicity.minutes().order_by(*RECENT_ORDER).values_list(
        "pk", "version", "meeting_id", "meeting__version", "meeting__created_at", "meeting__council__name")[:10])
    from .views import upcoming_meetings

    upcoming = list(upcoming_meetings().values_list("pk", "version", "created_at"))
    return councils, recent, upcoming, str(timezone.localdate())


def meeting_tag(pk):
    """A published meeting: the meeting (any change in it, its items' publicity included, raises its
    version), its minutes, the cases on its agenda, the 答申 issued at it and the council's names, name policy and
    whether it keeps its closed items' places (both set on the 審議会の設定 page)."""
    row = publicity.meetings().filter(pk=pk).values_list(
        "version", "created_at", "state", "is_public", "minutes__state", "minutes__version", "council__name",
        "council__name_policy", "council__closed_items_shown", "council__municipality__name", "council__observation_info",
        *(f"council__{name}" for name in CONTACT_FIELDS), "date").first()
    if row is None:
        return None
    # A planned meeting's page changes wording the day after its date (publicity.state_label) with no write.
    row += (row[2] == "planned" and row[-1] is not None and row[-1] < timezone.localdate(),)
    # A sum, not a maximum: versions only grow, so any case's change changes it.
    cases = publicity.agenda_items().filter(meeting_id=pk, case__isnull=False).aggregate(
        versions=Sum("case__version"), updated=Max("case__updated_at"))
    # An issued 答申's number and date never change (正誤 corrects only its wording), so the list is its stamp.
    answers = list(publicity.answers().filter(meeting_id=pk).order_by("pk").values_list("pk", "number", "date"))
    return row, cases["versions"], str(cases["updated"]), answers, names_stamp()
