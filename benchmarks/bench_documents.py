"""Time the official documents: the 答申書 PDF (goal ≤ 0.3 s) and a 30-page 全文 会議録 PDF (goal ≤ 2 s).

    .venv/bin/python benchmarks/bench_documents.py [--runs 7]

Builds a fictional record (shingikai.documents.sampledata) in a throw-away SQLite database, renders
each document once to warm up (fonts, templates), then prints the median of the timed runs. The
times include reading the record from the database, as a download does.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GOALS = {"答申書 PDF": 0.3, "会議録 PDF (全文, 30ページ)": 2.0, "会議結果報告書 PDF (30ページ)": 2.0}


def setup(data_dir):
    os.environ["SHINGIKAI_DATA_DIR"] = data_dir
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def turns_for_pages(style, pages, slug):
    """A record whose 会議録 in `style` runs to at least `pages` pages, and that page count."""
    from pypdf import PdfReader

    from shingikai.documents.render import render
    from shingikai.documents.sampledata import build_record

    extra = 330
    for attempt in range(6):
        record = build_record(slug=f"{slug}{attempt}", city=f"{slug}{attempt}市", minutes_style=style,
                              extra_turns=extra)
        count = len(PdfReader(__import__("io").BytesIO(render("minutes", record.meeting.pk, "pdf"))).pages)
        if count >= pages:
            return record, count
        extra = int(extra * pages / count) + 10
    return record, count


def timed(fn, runs):
    """(median wall time, median CPU time) in seconds; CPU time shows what a busy machine hides."""
    fn()  # warm-up
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        setup(data_dir)
        from shingikai.documents.render import render
        from shingikai.documents.sampledata import build_record

        record = build_record(slug="bench")
        zenbun, zenbun_pages = turns_for_pages("全文", 30, "benchz")
        kekka, kekka_pages = turns_for_pages("会議結果報告書", 30, "benchk")
        cases = [
            ("答申書 PDF", lambda: render("answer", record.answer.pk, "pdf"), ""),
            ("会議録 PDF (全文, 30ページ)", lambda: render("minutes", zenbun.meeting.pk, "pdf"), f"{zenbun_pages}ページ"),
            ("会議結果報告書 PDF (30ページ)", lambda: render("minutes", kekka.meeting.pk, "pdf"), f"{kekka_pages}ページ"),
            ("答申書 DOCX", lambda: render("answer", record.answer.pk, "docx"), ""),
            ("会議録 DOCX (全文, 30ページ相当)", lambda: render("minutes", zenbun.meeting.pk, "docx"), ""),
        ]
        print(f"median of {args.runs} runs after one warm-up (wall clock; CPU time of this process)", flush=True)
        for name, fn, extra in cases:
            wall, cpu = timed(fn, args.runs)
            goal = GOALS.get(name)
            verdict = "" if goal is None else (f"goal ≤ {goal} s: " + ("ok" if wall <= goal else "MISSED"))
            print(f"{name:<24}\t{wall:6.3f} s\t(CPU {cpu:.3f} s)\t{extra}\t{verdict}".rstrip(), flush=True)


if __name__ == "__main__":
    main()
