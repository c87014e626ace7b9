"""Recall@5 and MRR of the precedents on a hand-labelled set of same-subject pairs (goal: recall@5 ≥ 0.9).

    .venv/bin/python benchmarks/precedent_eval.py [--seeds ../shared/seeds] [--verbose]

Builds a throw-away SQLite database: the demo city (with its two imported neighbours), the seed
minutes imported with the existing importer, and the fictional councils of
precedent_eval/neighbours.json stored the same way. Then, for each pair in precedent_eval/pairs.json,
asks for the query case's top five precedents (search.precedents.similar_cases, as the pages do)
and finds the target's rank. Imported items keep the empty topic the importer leaves them.
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "precedent_eval"
sys.path.insert(0, str(ROOT / "src"))


def setup(data_dir):
    os.environ["SHINGIKAI_DATA_DIR"] = data_dir
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def build(seeds):
    from shingikai.demo.loader import load_demo
    from shingikai.minutes.importer import parse_file

    sys.path.insert(0, str(ROOT / "tests"))
    from helpers import import_published  # the same walk through the actions as the tests take

    load_demo()
    for path in sorted(Path(seeds).glob("*.txt")):
        import_published(parse_file(path), source_name=path.name)
    for number, parsed in enumerate(json.loads((DATA / "neighbours.json").read_text()), start=1):
        import_published(parsed, source_name=f"precedent-eval-{number}.json")


def find(ref):
    from shingikai.cases.models import Case

    municipality, part, n = ref.split("|")
    matches = list(Case.objects.filter(council__municipality__name=municipality, title__contains=part).order_by("pk"))
    if len(matches) <= int(n):
        raise SystemExit(f"評価データの案件が見つかりません: {ref}")
    return matches[int(n)]


def cost(case_ids):
    """Queries and milliseconds of one precedent block (five precedents), over these cases."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from shingikai.cases.models import Case
    from shingikai.search.precedents import similar_cases

    queries, times = [], []
    for case in Case.objects.filter(pk__in=case_ids):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            similar_cases(case)
        times.append((time.perf_counter() - start) * 1000)
        queries.append(len(captured))
    return min(queries), max(queries), statistics.median(times)


def evaluate(pairs, verbose=False):
    from shingikai.search.precedents import similar_cases

    found, reciprocal, cache = 0, 0.0, {}
    for subject, query_ref, target_ref in pairs:
        query, target = find(query_ref), find(target_ref)
        if query.pk not in cache:
            cache[query.pk] = [p.case_id for p in similar_cases(query, limit=5)]
        ranked = cache[query.pk]
        rank = ranked.index(target.pk) + 1 if target.pk in ranked else None
        found += rank is not None
        reciprocal += 1 / rank if rank else 0.0
        if verbose or rank is None:
            print(f"{'ok ' if rank else 'MISS'} {rank or '-'} [{subject}] {query_ref} -> {target_ref}")
    return found / len(pairs), reciprocal / len(pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    pairs = json.loads((DATA / "pairs.json").read_text())["pairs"]
    with tempfile.TemporaryDirectory() as data_dir:
        setup(data_dir)
        build(args.seeds)
        recall, mrr = evaluate(pairs, args.verbose)
        low, high, ms = cost({find(p[1]).pk for p in pairs})
    print(f"pairs: {len(pairs)}, subjects: {len({p[0] for p in pairs})}")
    print(f"recall@5: {recall:.3f} (goal ≥ 0.9)")
    print(f"MRR: {mrr:.3f}")
    print(f"one precedent block: {low}-{high} queries, median {ms:.1f} ms")


if __name__ == "__main__":
    main()
