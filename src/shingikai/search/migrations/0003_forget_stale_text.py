"""Fail closed when an entry's text changes without being re-indexed.

QuerySet.update() and bulk_update() send no signals, so the index would keep matching the
old text: an entry from which a hidden name had been removed would still be found by that
name. These triggers drop the index data as soon as title or body change; the entry is
then not found by text until index_entries() or rebuild_index() writes the new text
(save() does so by itself through the post_save receiver).
"""
from django.db import migrations

SQLITE_FORWARD = [
    "CREATE TRIGGER IF NOT EXISTS search_fts_entry_changed AFTER UPDATE OF title, body "
    "ON search_searchentry WHEN old.title IS NOT new.title OR old.body IS NOT new.body "
    "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_entry_changed",
]
POSTGRES_FORWARD = [
    # An UPDATE that writes search_text itself (the indexer) keeps what it writes.
    "CREATE OR REPLACE FUNCTION search_entry_forget_stale_text() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "IF (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) "
    "AND NEW.search_text IS NOT DISTINCT FROM OLD.search_text THEN NEW.search_text := ''; END IF; "
    "RETURN NEW; END $$",
    "DROP TRIGGER IF EXISTS search_entry_stale_text ON search_searchentry",
    "CREATE TRIGGER search_entry_stale_text BEFORE UPDATE ON search_searchentry "
    "FOR EACH ROW EXECUTE FUNCTION search_entry_forget_stale_text()",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_stale_text ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_forget_stale_text()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_fulltext_index"),
    ]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        ),
    ]
