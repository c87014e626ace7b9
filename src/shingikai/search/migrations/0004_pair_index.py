"""SQLite: the full-text index over pairs of tokens, with meta tokens and date-ordered keys.

Why (measured in benchmarks/bench_search.py on a national-size corpus): with one token per
Japanese character a common two-character word is a phrase over two huge position lists, and
scope, filters and ordering needed a join for every match. The new table indexes each pair of
neighbouring tokens, carries filter values as tokens of a `meta` column, and uses (date
ordinal << 40 | entry id) as rowid so that the index's own order is newest first; three small
copies hold fixed hash samples of the entries (1/8192, 1/512, 1/32) from which the counts of
very large result sets are estimated. See SQLiteBackend in shingikai.search.backends.

The old index cannot be converted in SQL; this migration rebuilds it from the entries (derived
data). PostgreSQL is unchanged. The DDL is written out so that the migration keeps meaning what
it meant when it was applied.
"""
from django.db import migrations

KEY = "(((COALESCE(CAST(julianday({t}.date) AS INTEGER), 1721424) - 1721424) << 40) | {t}.id)"
TABLES = ("search_fts", "search_fts_s13", "search_fts_s9", "search_fts_s5")
COLUMNS = "title, body, meta, tokenize = \"ascii tokenchars '_'\""
CHANGED = " OR ".join(
    f"old.{c} IS NOT new.{c}"
    for c in ("title", "body", "date", "visibility", "council_id", "council_slug", "municipality", "fiscal_year",
              "case_kind", "categories", "department", "outcome", "speaker_role", "kind")
)
DELETE_OLD = " ".join(f"DELETE FROM {t} WHERE rowid = {KEY.format(t='old')};" for t in TABLES)
SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS search_fts_entry_deleted",
    "DROP TRIGGER IF EXISTS search_fts_entry_changed",
    *(f"DROP TABLE IF EXISTS {t}" for t in TABLES),
    *(f"CREATE VIRTUAL TABLE {t} USING fts5({COLUMNS})" for t in TABLES),
    f"CREATE TRIGGER search_fts_entry_deleted AFTER DELETE ON search_searchentry BEGIN {DELETE_OLD} END",
    f"CREATE TRIGGER search_fts_entry_changed AFTER UPDATE ON search_searchentry WHEN {CHANGED} "
    f"BEGIN {DELETE_OLD} END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_fts_entry_deleted",
    "DROP TRIGGER IF EXISTS search_fts_entry_changed",
    *(f"DROP TABLE IF EXISTS {t}" for t in TABLES),
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'ascii')",
    "CREATE TRIGGER search_fts_entry_deleted AFTER DELETE ON search_searchentry "
    "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER search_fts_entry_changed AFTER UPDATE OF title, body "
    "ON search_searchentry WHEN old.title IS NOT new.title OR old.body IS NOT new.body "
    "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END",
]


def _run(statements, rebuild):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite":
            return
        for sql in statements:
            schema_editor.execute(sql)
        with connection.cursor() as cursor:
            cursor.execute("SELECT EXISTS (SELECT 1 FROM search_searchentry)")
            has_entries = cursor.fetchone()[0]
        if has_entries and rebuild:
            # Entries are derived data; their index is regenerated with the current code.
            from shingikai.search.backends import get_backend

            get_backend(connection.alias).rebuild()
        # Going back leaves the old, empty table: run rebuild_index() with the older code.

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_forget_stale_text"),
    ]

    operations = [
        migrations.RunPython(_run(SQLITE_FORWARD, True), _run(SQLITE_REVERSE, False)),
    ]
