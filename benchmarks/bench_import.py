"""Minutes importer speed: one 30 KB document, growth with size, a 1,000-file batch, and the time and
peak memory of hostile files (zip bombs, huge PDFs, images renamed .txt refused; a text shaped against the
readers' patterns, such as a run of 500,000 blanks, read and parsed).

    .venv/bin/python benchmarks/bench_import.py             # everything
    .venv/bin/python benchmarks/bench_import.py --hostile   # only the hostile files

Documents are synthesised from the project's fictional fixtures (tests/fixtures/minutes):
the header of one meeting followed by as many deliberated cases as the size needs, each its
own agenda item (numbered (1) to (99) and again), up to 16 MB to show linear growth.
"""
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")

import django  # noqa: E402

django.setup()  # the importer's vocabulary comes from the models

from shingikai.minutes.importer import parse_file, parse_text  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "minutes"


def _cases() -> list[str]:
    """Case sections (heading, speeches, decision) cut from the ○-style fixture."""
    text = (FIXTURES / "minami-circle.txt").read_text(encoding="utf-8")
    body = text.split("2　議事\n", 2)[2].split("3　閉会")[0]
    return [c for c in re.split(r"\n(?=（\d）)", body) if c.strip()]


def synthetic_minutes(target_bytes: int) -> str:
    text = (FIXTURES / "minami-circle.txt").read_text(encoding="utf-8")
    head = text.split("2　議事\n", 2)[0] + "2　議事\n"
    parts, size, n = [head], len(head.encode()), 0
    cases = _cases()
    while size < target_bytes:
        case = cases[n % len(cases)]
        n += 1
        # Renumber so that every case is its own item, as in a long annual volume.
        case = re.sub(r"^（\d）", f"（{(n - 1) % 99 + 1}）", case.lstrip("\n"))
        case = case.replace("について（", f"（第{n}号）について（", 1)
        parts.append(case + "\n")
        size += len(parts[-1].encode())
    parts.append("3　閉会\n○会長　以上で本日の会議を終了します。\n")
    return "".join(parts)


def _clear_importer_caches() -> None:
    """Forget what the importer memoises (labels, department names, shared debates), as for a new file."""
    import functools

    from shingikai.minutes.importer import clean, header, parse, speakers, structure

    for module in (clean, header, parse, speakers, structure):
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


def median_ms(text: str, rounds: int, cold: bool = False) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds; CPU time stays meaningful on a busy machine.

    ``cold``: the importer's caches are cleared before each parse, so that parsing the same text
    again gains nothing from the previous round.
    """
    wall, cpu = [], []
    for _ in range(rounds):
        if cold:
            _clear_importer_caches()
        start, start_cpu = time.perf_counter(), time.process_time()
        parse_text(text)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parse_text(synthetic_minutes(30_000))  # warm up imports and compiled patterns
    print("minutes importer benchmark")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.1f} on {os.cpu_count()} CPUs)")
    text = synthetic_minutes(30 * 1024)
    wall, cpu = median_ms(text, 21)
    print(f"30 KB document: median parse {wall:.1f} ms wall, {cpu:.1f} ms CPU (goal <= 20 ms)")
    wall, cpu = median_ms(text, 21, cold=True)
    print(f"30 KB document, caches cleared before each parse: {wall:.1f} ms wall, {cpu:.1f} ms CPU")
    # Parse time must grow linearly with size: CPU ms per KB should stay flat from 30 KB to 16 MB.
    print("size      wall ms    CPU ms   CPU ms per KB   items")
    for kb, rounds in ((30, 11), (1024, 1), (4 * 1024, 1), (16 * 1024, 1)):
        text = synthetic_minutes(kb * 1024)
        wall, cpu = median_ms(text, rounds)
        items = len(parse_text(text)["items"]) if kb <= 1024 else "-"
        label = f"{kb} KB" if kb < 1024 else f"{kb // 1024} MB"
        print(f"{label:>7}  {wall:>9.1f}  {cpu:>9.1f}   {cpu / kb:>8.3f}   {items:>6}")
    # A record flattened to one line (as aggregators give it) must cost no more than the printed one.
    for kb in (30, 1024):
        flat = " ".join(synthetic_minutes(kb * 1024).split("\n"))
        wall, cpu = median_ms(flat, 11 if kb == 30 else 1)
        label = f"{kb} KB" if kb < 1024 else f"{kb // 1024} MB"
        print(f"{label} flattened to one line: {wall:.1f} ms wall, {cpu:.1f} ms CPU, {cpu / kb:.3f} CPU ms per KB")
    sources = ["minami-circle.txt", "kita-bracket.md", "higashi-paren.txt", "nishi-colon.txt", "minami-bold.md",
               "kita-tortoise.txt", "higashi-close.txt", "nishi-alone.txt", "minami-angle.txt", "kita-minutes.html",
               "minami-circle.sjis.txt", "higashi-paren.eucjp.txt", "nishi-colon.pdf", "minami-circle.docx"]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(1000):
            src = FIXTURES / sources[i % len(sources)]
            dest = Path(tmp) / f"{i:04d}-{src.name}"
            dest.write_bytes(src.read_bytes())
            paths.append(dest)
        start = time.perf_counter()
        for path in paths:
            parse_file(path)
        elapsed = time.perf_counter() - start
    print(f"batch of 1,000 files (txt/md/html/pdf/docx mix): {elapsed:.1f} s, {1000 / elapsed:.0f} documents per second")


# Loose bounds for refusing a hostile file, printed beside each figure rather than asserted in a test.
HOSTILE_SECONDS, HOSTILE_PEAK_MB = 3.0, 400


def hostile_cases():
    sys.path.insert(0, str(ROOT / "tests"))
    import hostile_files as h

    mb = 1024 * 1024
    return [
        ("real .docx (for comparison)", lambda: h.REAL_DOCX.read_bytes(), ".docx"),
        ("document.xml inflating to 209 MB", lambda: h.docx_inflated_document(209 * mb), ".docx"),
        ("styles.xml inflating to 512 MB", lambda: h.docx_inflated_styles(512 * mb), ".docx"),
        ("styles.xml declaring 1 KB, inflating to 209 MB", lambda: h.docx_lying_sizes(209 * mb), ".docx"),
        ("docx with 5,000 parts", lambda: h.docx_many_parts(5000), ".docx"),
        ("PDF with 5,000 blank pages", lambda: h.pdf_pages(5000), ".pdf"),
        ("PNG renamed .txt", h.png, ".txt"),
        ("zip archive renamed .txt", h.zip_archive, ".txt"),
        ("UTF-16 without BOM (read, not refused)", h.utf16_without_bom, ".txt"),
        ("a roster line with 500,000 spaces (read)", lambda: h.blank_run_roster(500_000), ".txt"),
        ("2,000 lines that each run on (read)", lambda: h.run_on_lines(2000), ".txt"),
    ]


def run_one(path, suffix):
    """In a fresh process, so that the peak resident memory belongs to this file alone."""
    import resource

    from shingikai.minutes.importer import MinutesImportError, parse_text
    from shingikai.minutes.importer.decode import bytes_to_text

    data = Path(path).read_bytes()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        # A file that is read is parsed too: its time is the whole import's, as an upload spends it.
        parsed = parse_text(bytes_to_text(data, suffix))
        outcome = f"read: {len(parsed['members_present'])} members, {len(parsed['turns'])} turns"
    except MinutesImportError as error:
        outcome = error.reason
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{elapsed:.3f}\t{base / 1024:.0f}\t{peak / 1024:.0f}\t{outcome}")


def hostile() -> None:
    import subprocess

    print(f"hostile files (bounds: {HOSTILE_SECONDS:.0f} s, {HOSTILE_PEAK_MB} MB peak resident memory)")
    print("file                                              size      time   peak MB  within  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for label, make, suffix in hostile_cases():
            path = Path(tmp) / f"file{suffix}"
            path.write_bytes(make())
            done = subprocess.run([sys.executable, __file__, "--one", str(path), suffix],
                                  capture_output=True, text=True, check=True)
            elapsed, base, peak, outcome = done.stdout.strip().split("\t", 3)
            within = "ok" if float(elapsed) <= HOSTILE_SECONDS and float(peak) <= HOSTILE_PEAK_MB else "OVER"
            size = path.stat().st_size
            print(f"{label:<48} {size / 1024:>7.0f} KB {float(elapsed):>6.2f} s {peak:>6}  {within:<6}  {outcome[:60]}")
            path.unlink()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        import django

        django.setup()
        run_one(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["--hostile"]:
        hostile()
    else:
        main()
        hostile()
