"""PostgreSQL: the search filters become further keys of the pairs indexes (the day-and-pairs index
and the sample indexes).

Why: scope and filters were checked on each candidate's row after the index had answered, so a
common word filtered to one council read every candidate of the word (a plain scan) or walked
span after span until 1,001 of that council's matches came up. With the filter columns as
btree_gin keys (and the categories as jsonb_path_ops) a filter to one value is intersected
inside the index, as SQLite's FTS5 intersects its meta tokens: the work is what the filtered
matches hold. Figures and build times: docs/search.md. Nothing changes on SQLite.

Creating the indexes reads the whole table: ~40 s at 160,000 entries on the benchmark machine
(the time grows with the entries; see docs/search.md for larger sizes).
"""
from django.db import migrations

DAY = "COALESCE((date - DATE '0001-01-01') + 1, 0)"
KEYS = ("council_slug, municipality, fiscal_year, kind, case_kind, department, outcome, speaker_role, "
        "categories jsonb_path_ops")
LEVELS = (13, 9, 5)
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    f"CREATE INDEX IF NOT EXISTS search_entry_day_pairs_filters_gin ON search_searchentry "
    f"USING gin (({DAY}), search_pairs, {KEYS})",
    "DROP INDEX IF EXISTS search_entry_day_pairs_gin",
    *(f"CREATE INDEX IF NOT EXISTS search_entry_pairs_filters_s{level} ON search_searchentry "
      f"USING gin (search_pairs, {KEYS}) WHERE sample_level >= {level}" for level in LEVELS),
    *(f"DROP INDEX IF EXISTS search_entry_pairs_s{level}" for level in LEVELS),
]
POSTGRES_REVERSE = [
    f"CREATE INDEX IF NOT EXISTS search_entry_day_pairs_gin ON search_searchentry USING gin (({DAY}), search_pairs)",
    "DROP INDEX IF EXISTS search_entry_day_pairs_filters_gin",
    *(f"CREATE INDEX IF NOT EXISTS search_entry_pairs_s{level} ON search_searchentry USING gin (search_pairs) "
      f"WHERE sample_level >= {level}" for level in LEVELS),
    *(f"DROP INDEX IF EXISTS search_entry_pairs_filters_s{level}" for level in LEVELS),
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
        ("search", "0009_index_generation"),
    ]

    operations = [
        migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_REVERSE)),
    ]
