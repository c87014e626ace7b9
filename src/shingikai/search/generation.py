"""The search index's generation: a token that changes with every index write (IndexGeneration).

`bump()` runs inside each transaction that writes entries (search.indexing); `current()` is read once
per page by whatever keeps results derived from the index (search.precedents).
"""
import uuid

from django.db import connection

from .models import IndexGeneration

ROW = 1


def current():
    """The token of the index as this transaction sees it ("" before the first index write)."""
    # A plain statement: it is read on every page that shows precedents, and building the same query
    # through the ORM cost ten times what running it does.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {IndexGeneration._meta.db_table} WHERE id = %s", [ROW])
        row = cursor.fetchone()
    return (row[0] if row else "") or ""


def bump():
    """A new token; call inside the transaction that writes the index, so both commit together."""
    token = uuid.uuid4().hex
    if not IndexGeneration.objects.filter(pk=ROW).update(token=token):
        IndexGeneration.objects.update_or_create(pk=ROW, defaults={"token": token})
