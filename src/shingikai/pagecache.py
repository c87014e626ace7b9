"""Whole work pages cached until the data they show changes, per user.

A page is stored under (build, today, user, host, full path) together with the data version of every
table it read while it was rendered (shingikai.ops.dataversion), and served again only while none of
those tables has been written since, by any process. The build changes with the code and templates, as
the cache outlives a deploy; the day is in the key because boards count days to deadlines. The user
rather than a role: the header names the user, and the user decides the role, which is read from the
staff and membership tables while rendering (so a change there is a change of the page's tables).

The CSRF token differs per request, so a page is rendered with a placeholder where the token goes and
each response gets a freshly masked token of the requester's own secret.

Not cached: anything but GET, requests with messages to show (the page would carry them), requests inside a
transaction that has written (it sees data no one else does yet), and responses other than a plain 200.
The `X-Page-Cache` header says hit or miss, for the benchmark and for anyone wondering.

Each process also keeps the pages it served last in memory (`_Recent`), in front of the shared file
cache: reading a 40 KB page back from a file (open, unpickle, decompress) took ~130 µs, a tenth of a
whole cache hit. Both are checked against the same data versions before they are served.
"""
import hashlib
import threading
import time
from collections import OrderedDict
from functools import cache, wraps
from pathlib import Path

import django
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from shingikai.authbackend import VERSION_ATTR
from shingikai.ops import dataversion

CACHE_ALIAS = "pages"
# Letters only, so that it survives HTML escaping unchanged inside value="...".
CSRF_PLACEHOLDER = "shingikaiCsrfTokenPlaceholder"
_PLACEHOLDER_BYTES = CSRF_PLACEHOLDER.encode()
_CAPTURE = "_shingikai_page_capture"


class _Recent:
    """A small LRU of items whose last element is the content, by key, bounded by total bytes; safe for
    threaded workers."""

    def __init__(self, max_bytes, timeout=None):
        self.max_bytes = max_bytes
        # Like the shared cache's: should a data version ever fail to change after a write, no copy
        # outlives what the shared cache would keep.
        self.timeout = timeout
        self._items = OrderedDict()  # key -> (stored at, item)
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._items.get(key)
            if entry is None:
                return None
            if self.timeout is not None and time.monotonic() - entry[0] > self.timeout:
                self._drop(key)
                return None
            self._items.move_to_end(key)
            return entry[1]

    def put(self, key, item):
        size = len(item[-1])
        if size > self.max_bytes // 4:
            return  # one huge page must not flush everything else
        with self._lock:
            self._drop(key)
            self._items[key] = (time.monotonic(), item)
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._items)))

    def _drop(self, key):
        entry = self._items.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry[1][-1])


recent = _Recent(getattr(settings, "SHINGIKAI_PAGE_MEMORY_BYTES", 32 * 2**20),
                 timeout=settings.CACHES[CACHE_ALIAS].get("TIMEOUT", 300))


def enabled():
    return getattr(settings, "SHINGIKAI_PAGE_CACHE", True)


def csrf_placeholder(request):
    """Context processor: while a page is rendered for the cache, its CSRF tokens are the placeholder."""
    return {"csrf_token": CSRF_PLACEHOLDER} if getattr(request, _CAPTURE, False) else {}


@cache
def build():
    """A digest of this code and its templates (names, sizes, times), computed once per process."""
    digest = hashlib.sha256(django.get_version().encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".html"):
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _key(request):
    if request.method != "GET" or not enabled() or dataversion.has_pending_write():
        return None
    if len(get_messages(request)):
        return None
    parts = (build(), timezone.localdate().isoformat(), request.user.pk, request.scheme,
             request.META.get("HTTP_HOST", ""), request.get_full_path())
    return "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _versions(request):
    """The data versions this request reads at: those the user was read at (see shingikai.authbackend), taken
    before anything the page shows was read. None when the user came without them (another backend, or no
    versions yet): versions read now would be newer than the user, so nothing is cached."""
    return getattr(request.user, VERSION_ATTR, None)


def _current(item, versions):
    """Whether a stored (tables' versions, content type, content) still shows the data of `versions`."""
    return item is not None and all(versions.get(name) == token for name, token in item[0].items())


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    messages = get_messages(request)
    # Shown (iterated) or queued while rendering: the page is about this one request.
    return not (getattr(messages, "used", False) or len(messages))


def _with_token(request, content):
    return content.replace(_PLACEHOLDER_BYTES, get_token(request).encode("ascii"))


def cached_page(view):
    """Serve a GET of this view from the page cache while nothing has changed; put inside login_required."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        key = _key(request)
        versions = _versions(request) if key is not None else None
        if versions is None:
            response = view(request, *args, **kwargs)
            response["X-Page-Cache"] = "off"
            return response
        cache = caches[CACHE_ALIAS]
        stored = recent.get(key)
        if not _current(stored, versions):
            stored = cache.get(key)
            if _current(stored, versions):
                recent.put(key, stored)
            else:
                stored = None
        if stored is not None:
            _, content_type, content = stored
            response = HttpResponse(_with_token(request, content), content_type=content_type)
            response["X-Page-Cache"] = "hit"
            return response
        setattr(request, _CAPTURE, True)
        try:
            with dataversion.reads() as tables:
                response = view(request, *args, **kwargs)
                if not getattr(response, "is_rendered", True):
                    response.render()
        finally:
            # Error pages rendered after an exception must get the real token.
            setattr(request, _CAPTURE, False)
        if response.streaming:
            return response
        content = response.content
        stored = _storable(request, response)
        if stored:
            # GLOBAL for writes to tables that could not be told; auth_user for the user in the header.
            depends = {name: versions.get(name) for name in (*tables, dataversion.GLOBAL, "auth_user")}
            item = (depends, response["Content-Type"], content)
            cache.set(key, item)
            recent.put(key, item)
        response["X-Page-Cache"] = "miss" if stored else "off"
        if _PLACEHOLDER_BYTES in content:
            response.content = _with_token(request, content)
        return response

    return wrapper
