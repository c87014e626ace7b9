"""PostgreSQL: sample levels and their partial GIN indexes, and the newest-first index.

Why: the PostgreSQL backend counted and faceted every match exactly (委託: ~13 s at 213,000
entries). It now bounds its work as SQLite does (search.engine, EXACT_LIMIT): beyond the
bound the total and the facets are estimated from the entries whose sample level (a hash of
the id, backends.sample_level) is deep enough, each level answered by a small partial index,
and the page is the newest matches. SQLite keeps its sample tables (migration 0004); nothing
changes there. The column is filled by a rebuild (the level is computed in Python).
"""
from django.db import migrations

POSTGRES_FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN IF NOT EXISTS sample_level smallint NOT NULL DEFAULT 0",
    "CREATE INDEX IF NOT EXISTS search_entry_newest ON search_searchentry (date DESC NULLS LAST, id DESC)",
    *(f"CREATE INDEX IF NOT EXISTS search_entry_pairs_s{level} ON search_searchentry USING gin (search_pairs) "
      f"WHERE sample_level >= {level}" for level in (13, 9, 5)),
]
POSTGRES_REVERSE = [
    *(f"DROP INDEX IF EXISTS search_entry_pairs_s{level}" for level in (13, 9, 5)),
    "DROP INDEX IF EXISTS search_entry_newest",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS sample_level",
]


def _run(statements, rebuild):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)
        if not rebuild:
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
        ("search", "0006_merge_parallel_work"),
    ]

    operations = [
        migrations.RunPython(_run(POSTGRES_FORWARD, True), _run(POSTGRES_REVERSE, False)),
    ]
