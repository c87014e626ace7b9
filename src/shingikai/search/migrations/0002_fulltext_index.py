"""The full-text index next to SearchEntry, different per database.

SQLite: an FTS5 table holding each entry's title and body pre-segmented into tokens (one per
Japanese character, one per Latin word; see shingikai.search.text), keyed by SearchEntry.id,
plus a trigger that drops an entry's row when the entry is deleted by any route (ORM, raw SQL,
a test flush). The `ascii` tokenizer splits only at ASCII spaces/punctuation and treats every
non-ASCII character as part of a token, so the Python segmentation alone decides the tokens.

PostgreSQL: pg_trgm and a GIN trigram index over SearchEntry.search_text.

The DDL is written out here rather than imported so that this migration keeps meaning what
it meant when it was applied.
"""
from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, body, tokenize = 'ascii')",
    "CREATE TRIGGER IF NOT EXISTS search_fts_entry_deleted AFTER DELETE ON search_searchentry "
    "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_entry_deleted",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_entry_text_trgm ON search_searchentry "
    "USING gin (search_text gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    # The extension stays: other code in the database may use it.
    "DROP INDEX IF EXISTS search_entry_text_trgm",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        ),
    ]
