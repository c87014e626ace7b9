"""The search index's generation: a token that changes with every index write (IndexGeneration).

`bump()` runs inside each transaction that writes entries (search.indexing); `current()` is read once
per page by whatever keeps results derived from the index (search.precedents).
"""
import uuid

from .models import IndexGeneration

ROW = 1


def current():
    """The token of the index as this transaction sees it ("" before the first index write)."""
    return IndexGeneration.objects.filter(pk=ROW).values_list("token", flat=True).first() or ""


def bump():
    """A new token; call inside the transaction that writes the index, so both commit together."""
    token = uuid.uuid4().hex
    if not IndexGeneration.objects.filter(pk=ROW).update(token=token):
        IndexGeneration.objects.update_or_create(pk=ROW, defaults={"token": token})
