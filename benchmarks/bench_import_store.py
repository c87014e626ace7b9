"""Importing minutes end to end: `shingikai import-minutes FILE` into a fresh SQLite database (parse,
store through the import_meeting action with history rows, and the search re-index after commit),
then, up to 2 MB, the same file once more with one word changed (a re-import replaces the meeting's
content).

    .venv/bin/python benchmarks/bench_import_store.py             # 1.5 MB and 16 MB
    .venv/bin/python benchmarks/bench_import_store.py 200 1536    # sizes in KB

The documents are bench_import.py's synthetic minutes: every case its own agenda item, so a 1.5 MB
file carries about 2,000 items and 9,000 turns, far more items than an assembly's record of that size.
"""
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Replacing an item's case deletes it row by row (cases have many dependents), each re-indexed on its
# own: minutes for the 20,000 synthetic items of 16 MB, so the re-import is timed up to this size.
REIMPORT_MAX_KB = 2048
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHINGIKAI = ROOT / ".venv" / "bin" / "shingikai"


def run(args, data_dir):
    env = dict(os.environ, SHINGIKAI_DATA_DIR=str(data_dir))
    env.pop("DATABASE_URL", None)
    start = time.perf_counter()
    done = subprocess.run([str(SHINGIKAI), *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode:
        sys.exit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return elapsed, done.stdout.strip()


def counts(data_dir):
    import sqlite3

    with sqlite3.connect(Path(data_dir) / "shingikai.sqlite3") as db:
        return [db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("meetings_agendaitem", "meetings_turn", "search_searchentry")]


def main(sizes_kb):
    sys.path.insert(0, str(HERE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    from bench_import import synthetic_minutes  # sets Django up

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"minutes import end to end into SQLite (load average {load:.1f} on {os.cpu_count()} CPUs)")
    print("size       items   turns  index entries   import s   re-import s")
    for kb in sizes_kb:
        with tempfile.TemporaryDirectory() as tmp:
            run(["migrate", "-v0"], tmp)
            path = Path(tmp) / "minutes.txt"
            text = synthetic_minutes(kb * 1024)
            path.write_text(text, encoding="utf-8")
            first, out = run(["import-minutes", str(path)], tmp)
            assert ": imported" in out, out
            items, turns, entries = counts(tmp)
            again = "-"
            if kb <= REIMPORT_MAX_KB:
                # One changed word makes a new file of the same meeting: its content is replaced.
                path.write_text(re.sub("会長", "会長 ", text, count=1), encoding="utf-8")
                seconds, out = run(["import-minutes", str(path)], tmp)
                assert ": updated" in out, out
                again = f"{seconds:.1f}"
        label = f"{kb} KB" if kb < 1024 else f"{kb / 1024:g} MB"
        print(f"{label:>7} {items:>8} {turns:>7} {entries:>14} {first:>10.1f} {again:>13}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1536, 16 * 1024])
