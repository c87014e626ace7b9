"""Importing minutes end to end: `shingikai import-minutes FILE` into a fresh SQLite database (parse,
store through the import_meeting action with history rows, and the search re-index after commit),
then, up to 2 MB, the same file once more with one word changed (a re-import replaces the meeting's
content).

    .venv/bin/python benchmarks/bench_import_store.py             # 1.5 MB and 16 MB
    .venv/bin/python benchmarks/bench_import_store.py 200 1536    # sizes in KB

Two shapes of document, from bench_import.py's synthetic minutes: `record`, an assembly's record
(one agenda item per 30 KB of speeches, about 50 items in 1.5 MB), and `items`, every case its own
agenda item (about 2,000 items in 1.5 MB), the worst case for storage. Times are wall-clock and the
CPU time of the import process, which a busy machine stretches less.

    .venv/bin/python benchmarks/bench_import_store.py --shape items 1536
    .venv/bin/python benchmarks/bench_import_store.py --shape items 200    # ~285 items, re-imported
"""
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# A re-import deletes and re-creates everything (in bulk, with history rows) and re-indexes the
# meeting and every replaced case after the commit: a 16 MB record would double the run, so the
# re-import is timed up to this size.
REIMPORT_MAX_KB = 2048
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHINGIKAI = ROOT / ".venv" / "bin" / "shingikai"


def run(args, data_dir):
    """Wall and CPU seconds of one shingikai command, and what it printed."""
    env = dict(os.environ, SHINGIKAI_DATA_DIR=str(data_dir))
    env.pop("DATABASE_URL", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([str(SHINGIKAI), *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu, done.stdout.strip()


def record_minutes(target_bytes, synthetic_minutes):
    """An assembly-like record: the synthetic cases' speeches, with a new agenda item only every 30 KB."""
    text = synthetic_minutes(target_bytes)
    head, rest = text.split("2　議事\n", 1)
    cases = re.split(r"\n(?=（\d+）)", rest)
    out, size = [head + "2　議事\n"], 0
    for case in cases:
        if size and size < 30 * 1024:
            case = case.split("\n", 1)[1] if "\n" in case else ""  # the case's heading goes
        else:
            size = 0
        out.append(case + "\n")
        size += len(case.encode())
    return "".join(out)


def counts(data_dir):
    import sqlite3

    with sqlite3.connect(Path(data_dir) / "shingikai.sqlite3") as db:
        return [db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("meetings_agendaitem", "meetings_turn", "search_searchentry")]


def main(sizes_kb, shape):
    sys.path.insert(0, str(HERE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    from bench_import import synthetic_minutes  # sets Django up

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"minutes import end to end into SQLite, shape '{shape}' (load average {load:.1f} on {os.cpu_count()} CPUs)")
    print("size       items   turns  index entries   import s (CPU s)   re-import s (CPU s)")
    for kb in sizes_kb:
        with tempfile.TemporaryDirectory() as tmp:
            run(["migrate", "-v0"], tmp)
            path = Path(tmp) / "minutes.txt"
            text = record_minutes(kb * 1024, synthetic_minutes) if shape == "record" else synthetic_minutes(kb * 1024)
            path.write_text(text, encoding="utf-8")
            first, first_cpu, out = run(["import-minutes", str(path)], tmp)
            assert ": imported" in out, out
            items, turns, entries = counts(tmp)
            again = "-"
            if kb <= REIMPORT_MAX_KB:
                # One changed word makes a new file of the same meeting: its content is replaced.
                path.write_text(re.sub("会長", "会長 ", text, count=1), encoding="utf-8")
                seconds, cpu, out = run(["import-minutes", str(path)], tmp)
                assert ": updated" in out, out
                again = f"{seconds:.1f} ({cpu:.1f})"
        label = f"{kb} KB" if kb < 1024 else f"{kb / 1024:g} MB"
        print(f"{label:>7} {items:>8} {turns:>7} {entries:>14} {f'{first:.1f} ({first_cpu:.1f})':>18} {again:>21}",
              flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    shape = "record"
    if args[:1] == ["--shape"]:
        shape, args = args[1], args[2:]
    if shape not in ("record", "items"):
        sys.exit("--shape is record or items")
    main([int(a) for a in args] or [1536, 16 * 1024], shape)
