"""PostgreSQL: the pairs GIN index also carries each entry's day, so that common words are read newest first.

Why: one GIN scan builds the bitmap of every candidate before it checks the first, so a word
that many entries hold cost time in proportion to the corpus (extrapolated: about a second for
委託 at 100,000 meetings). With the entry's day as a second key (btree_gin, a contrib extension
of stock PostgreSQL) the engine reads spans of days newest first and stops after 1,001 matches,
as SQLite's FTS5 does (search.engine._PostgreSQLMatches.walk; figures in docs/search.md). The
index replaces the pairs-only one, which it also serves. Nothing changes on SQLite.
"""
from django.db import migrations

DAY = "COALESCE((date - DATE '0001-01-01') + 1, 0)"
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    f"CREATE INDEX IF NOT EXISTS search_entry_day_pairs_gin ON search_searchentry USING gin (({DAY}), search_pairs)",
    "DROP INDEX IF EXISTS search_entry_pairs_gin",
]
POSTGRES_REVERSE = [
    "CREATE INDEX IF NOT EXISTS search_entry_pairs_gin ON search_searchentry USING gin (search_pairs)",
    "DROP INDEX IF EXISTS search_entry_day_pairs_gin",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_postgres_sample_indexes"),
    ]

    operations = [
        migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_REVERSE)),
    ]
