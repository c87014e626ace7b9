"""Letters and digits indexed as characters on both databases; PostgreSQL indexes pairs in a tsvector.

Why: Latin words were indexed whole, so LINE did not find LINEWORKS nor 27001 ISO27001, where a
substring scan does; and PostgreSQL's pg_trgm index could not serve terms of one or two characters
(委託, 同意), which fell back to a sequential scan. See shingikai.search.backends.

SQLite: the FTS5 tables keep their shape; their tokens change, so they are rebuilt from the
entries (derived data). PostgreSQL: the trigram index gives way to a GIN index over a new
column search_pairs (not in the Django model: only the backend reads and writes it, as with the
FTS5 tables), and the stale-text trigger now clears both. The DDL is written out so that the
migration keeps meaning what it meant when it was applied.
"""
from django.db import migrations

POSTGRES_FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN IF NOT EXISTS search_pairs tsvector NOT NULL DEFAULT ''::tsvector",
    "DROP INDEX IF EXISTS search_entry_text_trgm",
    "CREATE INDEX IF NOT EXISTS search_entry_pairs_gin ON search_searchentry USING gin (search_pairs)",
    "CREATE OR REPLACE FUNCTION search_entry_forget_stale_text() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "IF (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) "
    "AND NEW.search_text IS NOT DISTINCT FROM OLD.search_text THEN "
    "NEW.search_text := ''; NEW.search_pairs := ''::tsvector; "
    "END IF; RETURN NEW; END $$",
]
POSTGRES_REVERSE = [
    "CREATE OR REPLACE FUNCTION search_entry_forget_stale_text() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "IF (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) "
    "AND NEW.search_text IS NOT DISTINCT FROM OLD.search_text THEN NEW.search_text := ''; "
    "END IF; RETURN NEW; END $$",
    "DROP INDEX IF EXISTS search_entry_pairs_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_pairs",
    "CREATE INDEX IF NOT EXISTS search_entry_text_trgm ON search_searchentry "
    "USING gin (search_text gin_trgm_ops)",
]


def _run(statements_by_vendor, rebuild):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        for sql in statements_by_vendor.get(connection.vendor, ()):
            schema_editor.execute(sql)
        if not rebuild:
            # Going back leaves the index of the newer code: run `shingikai reindex` with the older one.
            return
        with connection.cursor() as cursor:
            cursor.execute("SELECT EXISTS (SELECT 1 FROM search_searchentry)")
            has_entries = cursor.fetchone()[0]
        if has_entries:
            from shingikai.search.backends import get_backend

            get_backend(connection.alias).rebuild()

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_pair_index"),
    ]

    operations = [
        migrations.RunPython(_run({"postgresql": POSTGRES_FORWARD}, True),
                             _run({"postgresql": POSTGRES_REVERSE}, False)),
    ]
