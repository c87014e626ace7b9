"""The work behind each search on a kept benchmark database: time in process and what the index read.

    .venv/bin/python benchmarks/bench_search_work.py --database-url postgres://postgres@127.0.0.1:55432/g11c300
    .venv/bin/python benchmarks/bench_search_work.py --database-url … --filter council_slug=c0001 --filter kind=turn

The database is one that `bench_search.py --build-only --keep` left (the same corpus at any size).
For each query of bench_search.QUERIES, in process and warm (no HTTP):

* the median of `--runs` calls of engine.search (public scope, first page), and of each statement
  the search ran, by position (1 = step 1, the first matches; the sample probes; the estimate);
* from EXPLAIN (ANALYZE, BUFFERS) of each statement: the rows every Bitmap Index Scan returned
  (the candidates, all spans summed) and the shared buffers read or hit.

`--filter name=value` (repeatable) runs every query with those filters as well: a filtered search
should cost about what an unfiltered one does, not what the filter leaves out.

`--src PATH` imports the engine from another checkout's `src` (e.g. the previous commit from
`git archive HEAD~1 src | tar -x -C /tmp/before`), to alternate before and after runs on one database:
on a shared machine only alternating runs compare, and the minimum is the steadier figure.

`--server-side-binding` runs the searches with psycopg's server-side binding, under which a statement
run five times on one connection is prepared (planned once); alternate runs with and without it.

`--build-steps` instead times the steps of PostgreSQLBackend.rebuild one by one on that database
(tokenising in this process, COPY into a temporary table, the UPDATE, creating the GIN indexes),
rewriting the index columns with the values they already hold, then VACUUM ANALYZE.
"""
import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from bench_search import QUERIES  # beside this script

ROOT = Path(__file__).resolve().parents[1]


def plan_work(plan):
    """(bitmap index rows, shared buffers) summed over a JSON plan tree."""
    rows = buffers = 0
    stack = [plan]
    while stack:
        node = stack.pop()
        if node.get("Node Type") == "Bitmap Index Scan":
            rows += node.get("Actual Rows", 0) * max(1, node.get("Actual Loops", 1))
        stack.extend(node.get("Plans", []))
    buffers = plan.get("Shared Hit Blocks", 0) + plan.get("Shared Read Blocks", 0)
    return rows, buffers


def measure(query, filters, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from shingikai.search.engine import PUBLIC, search

    search(query, user_scope=PUBLIC, filters=filters)  # warm-up
    totals, per_statement = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            result = search(query, user_scope=PUBLIC, filters=filters)
        totals.append((time.perf_counter() - t0) * 1000)
        per_statement.append([float(q["time"]) * 1000 for q in captured.captured_queries])
    statements = [q["sql"] for q in captured.captured_queries]
    work = []
    with connection.cursor() as cursor:
        # The SQL Django logs has its parameters inlined; re-run each with EXPLAIN as logged.
        for sql in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}")
            doc = cursor.fetchone()[0]
            doc = json.loads(doc) if isinstance(doc, str) else doc
            work.append(plan_work(doc[0]["Plan"]))
    width = max(len(t) for t in per_statement)
    medians = [statistics.median(t[i] for t in per_statement if i < len(t)) for i in range(width)]
    return result, (statistics.median(totals), min(totals)), medians, work


def build_steps(connection):
    """Seconds per step of PostgreSQLBackend.rebuild, each step over every entry in turn."""
    from shingikai.search.backends import PostgreSQLBackend, pg_rows

    backend = PostgreSQLBackend()
    times = {}

    def step(name, t0):
        times[name] = times.get(name, 0) + time.perf_counter() - t0

    with connection.cursor() as cursor:
        cursor.execute("BEGIN")
        for name in (backend.INDEX, *backend.SAMPLE_INDEXES):
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
        cursor.execute("CREATE TEMPORARY TABLE search_rebuild (id bigint PRIMARY KEY, t text, p tsvector, "
                       "l smallint) ON COMMIT DROP")
        t0 = time.perf_counter()
        batches = list(backend._iter_all())
        step("read the entries", t0)
        n = 0
        cpu = time.process_time()
        for batch in batches:
            t0 = time.perf_counter()
            rows = pg_rows(batch)
            step("tokenise (one process)", t0)
            t0 = time.perf_counter()
            with cursor.copy("COPY search_rebuild (id, t, p, l) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            step("COPY", t0)
            n += len(rows)
        # On a shared machine the wall time of Python work says more about the neighbours than the work.
        times["tokenise: CPU time of this process (all steps)"] = time.process_time() - cpu
        t0 = time.perf_counter()
        backend._apply_rebuilt(cursor)
        step("UPDATE", t0)
        t0 = time.perf_counter()
        cursor.execute(backend.DDL_INDEX)
        step("CREATE INDEX day, pairs and filters", t0)
        t0 = time.perf_counter()
        for sql in backend.DDL_SAMPLE_INDEXES:
            cursor.execute(sql)
        step("CREATE INDEX sample levels", t0)
        cursor.execute("COMMIT")
        t0 = time.perf_counter()
        cursor.execute("VACUUM ANALYZE search_searchentry")
        step("VACUUM ANALYZE", t0)
    print(f"rebuild steps over {n:,} entries:")
    for name, seconds in times.items():
        print(f"  {name:<38} {seconds:8.1f} s  ({seconds / max(1, n) * 1e6:,.0f} µs an entry)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--filter", action="append", default=[], help="name=value, e.g. council_slug=c0001")
    parser.add_argument("--only", action="append", default=[], help="only these queries")
    parser.add_argument("--build-steps", action="store_true", help="time the steps of the index rebuild instead")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the src folder to import shingikai from")
    parser.add_argument("--set", action="append", default=[], metavar="ATTR=INT",
                        help="set an attribute of engine._PostgreSQLMatches for the run (before/after), "
                             "e.g. PREDICT_START=0")
    parser.add_argument("--server-side-binding", action="store_true",
                        help="psycopg binds parameters on the server, which prepares a statement run 5 times on one "
                             "connection (Django's OPTIONS server_side_binding)")
    args = parser.parse_args()

    sys.path.insert(0, args.src)
    os.environ.update({"DJANGO_SETTINGS_MODULE": "shingikai.settings", "DATABASE_URL": args.database_url,
                       "DEBUG": "0", "SECRET_KEY": "bench-" * 10, "ALLOWED_HOSTS": "127.0.0.1"})
    import django

    django.setup()
    from django.db import connection

    from shingikai.search.engine import _PostgreSQLMatches

    if args.server_side_binding:
        connection.settings_dict["OPTIONS"]["server_side_binding"] = True  # read when the connection opens

    for item in args.set:
        name, value = item.split("=", 1)
        if not hasattr(_PostgreSQLMatches, name):
            raise SystemExit(f"no attribute {name}")
        setattr(_PostgreSQLMatches, name, int(value))
    if args.build_steps:
        connection.ensure_connection()
        connection.connection.autocommit = True
        build_steps(connection)
        return
    filters = {}
    for item in args.filter:
        name, value = item.split("=", 1)
        filters.setdefault(name, []).append(int(value) if name in ("fiscal_year", "council_id") else value)
    with connection.cursor() as cursor:
        cursor.execute("SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE relname = 'search_searchentry'")
        entries = cursor.fetchone()[0]
    print(f"{connection.settings_dict['NAME']}: ~{entries:,} entries; filters {filters or 'none'}; "
          f"medians of {args.runs} in-process runs; {' '.join(args.set)}"
          f"{'; server-side binding' if args.server_side_binding else ''}")
    print(f"{'query':<26} {'total':>11} {'ms':>7} {'min':>7}  statements ms (candidates / buffers)")
    queries = args.only or [q for qs in QUERIES.values() for q in qs]
    for query in queries:
        result, (total_ms, min_ms), medians, work = measure(query, filters, args.runs)
        total = ("約" if not result.total_exact else "") + f"{result.total:,}"
        parts = [f"{ms:.1f}" + (f" ({rows:,}/{buf:,})" if i < len(work) else "")
                 for i, (ms, (rows, buf)) in enumerate(zip(medians, work + [(0, 0)] * len(medians)))]
        print(f"{query:<26} {total:>11} {total_ms:7.1f} {min_ms:7.1f}  " + " | ".join(parts), flush=True)


if __name__ == "__main__":
    main()
