"""Rendered pieces of a page kept in the cache under the rows and values they show.

A work page that shows the same records on every visit (the members' materials: every item's case,
checklist and precedents) spends most of its time rendering them. `kept_many` keys each piece on what
it shows: the versions and save times of the rows it renders (the case's `updated_at` standing for its
data items, contractors, answers, attachments and questions, which cases.actions moves with them) and
any other value. A change through any action on any server is a different key at once, so
a kept piece is never stale, and the rows behind a piece are read only when it is rendered. A piece
holds nothing that varies by visitor beyond what its key names (no CSRF token: forms stay outside).
"""
import hashlib

from django.core.cache import cache
from django.utils.safestring import mark_safe

# Never stale (the key changes with the content); this only frees memory.
KEPT_SECONDS = 24 * 3600


def kept_many(name, parts, render_missing):
    """{id: HTML} for `parts` ({id: what the piece shows}): kept pieces from the cache, the others from
    `render_missing(ids)` ({id: HTML}, one call for all of them), which are then kept."""
    keys = {pk: f"fragment:{name}:" + hashlib.sha256(repr(value).encode()).hexdigest()[:40]
            for pk, value in parts.items()}
    found = cache.get_many(list(keys.values()))
    html = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in parts if pk not in html]
    if missing:
        rendered = render_missing(missing)
        cache.set_many({keys[pk]: rendered[pk] for pk in missing}, KEPT_SECONDS)
        html.update(rendered)
    return {pk: mark_safe(value) for pk, value in html.items()}
