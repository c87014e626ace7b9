"""Caching of the public site's pages by anonymous visitors: Cache-Control and a version-keyed ETag.

An anonymous response of a view decorated with `revalidated(tag)` may be kept for MAX_AGE seconds
by browsers and shared caches (`Cache-Control: public`); after that they send If-None-Match and get
`304 Not Modified`, without the page being rendered, while its ETag is unchanged. The ETag is a hash
of what `tag(...)` reads from the database: the versions of the records the page shows (raised by
every action that changes them) and the few names that carry none. Nothing is kept on the server,
so two servers against one database answer alike and a publication, an unpublication, a closed
item or a correction changes the ETag at once.

Signed-in visitors get none of it: their pages carry their name and are no-store (nostore.py).
"""
import hashlib
from functools import wraps

from django.contrib.messages import get_messages
from django.db.models import Max, Sum
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import condition

from shingikai import publicity
from shingikai.councils.models import Council

# Short: a visitor may see a page up to this long after it changed (an unpublished page included)
# before revalidating; the ETag makes the revalidation cheap.
MAX_AGE = 60


def _etag(tag):
    def etag(request, *args, **kwargs):
        # A flash message belongs to this visitor's next page, not to a shared copy.
        if request.user.is_authenticated or len(get_messages(request)):
            return None
        values = tag(*args, **kwargs)
        if values is None:
            return None
        return hashlib.sha256(repr(values).encode()).hexdigest()[:32]
    return etag


def revalidated(tag):
    """Decorate a portal view: `tag(**view kwargs)` returns the values its page depends on, or None when
    the page is not public (the view then answers as it would, without any caching headers)."""
    def decorator(view):
        conditional = condition(etag_func=_etag(tag))(view)

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            response = conditional(request, *args, **kwargs)
            if response.has_header("ETag") and response.status_code in (200, 304):
                patch_cache_control(response, public=True, max_age=MAX_AGE)
                patch_vary_headers(response, ["Cookie"])
            else:
                response.headers.pop("ETag", None)
            return response
        return wrapped
    return decorator


def home_tag():
    """The front page: every council's name, and the ten newest published minutes."""
    councils = list(Council.objects.order_by("pk").values_list(
        "pk", "slug", "name", "municipality__name", "is_imported_only"))
    recent = list(publicity.minutes().order_by("-meeting__date").values_list(
        "pk", "version", "meeting_id", "meeting__version", "meeting__council__name")[:10])
    return councils, recent


def meeting_tag(pk):
    """A published meeting: the meeting (any change in it, its items' publicity included, raises its
    version), its minutes, the cases on its agenda and the council's names and name policy."""
    row = publicity.meetings().filter(pk=pk).values_list(
        "version", "state", "is_public", "minutes__state", "minutes__version", "council__name",
        "council__name_policy", "council__municipality__name").first()
    if row is None:
        return None
    # A sum, not a maximum: versions only grow, so any case's change changes it.
    cases = publicity.agenda_items().filter(meeting_id=pk, case__isnull=False).aggregate(
        versions=Sum("case__version"), updated=Max("case__updated_at"))
    return row, cases["versions"], str(cases["updated"])
