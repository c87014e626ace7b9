"""What one block re-read on the review page recovers: the items, members, turns and speaker labels field scores of
the importer at first sight, and after the secretariat points at the lines that hold the agenda, the roster or the
proceedings.

    .venv/bin/python benchmarks/bench_review.py DIR [DIR...]

DIR holds NAME.txt with NAME.json answers beside it (the parsed-minutes JSON of DESIGN.md 3.1); they are
read, never stored. For each file the agenda's block is the span from the first to the last line where an
answer item's title starts (each item at its first mention, as in the agenda), the roster's block the span
over the answer's members' names; each is re-read with importer.blocks as the review's re-read does. The
proceedings' block runs from the first line on which one of the answer's speaker_labels stands as a label to the
end of the text, re-read with importer.turn_blocks and the answer's speaker_labels as the secretariat's list. The
scores are those of ../shared/eval/score_minutes.py (score_doc), imported from beside the repository.

Per folder: the field's mean score at first sight, after re-reading the block (applied to every file), and
when the secretariat keeps whichever of the two is right (re-reading only a file read wrongly); how many files
score 1.0 at first sight and after that one action; and how many had no block within the re-read's limit.
"""
import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")

import django  # noqa: E402

django.setup()  # the importer's vocabulary comes from the models

from shingikai.minutes.actions import REREAD_MAX_LINES, REREAD_TURNS_MAX_LINES  # noqa: E402
from shingikai.minutes.importer import parse_text  # noqa: E402
from shingikai.minutes.importer.blocks import items_from_lines, members_from_lines  # noqa: E402
from shingikai.minutes.importer.speakers import compact  # noqa: E402
from shingikai.minutes.importer.turn_blocks import first_label_line, turns_from_lines  # noqa: E402

from scorer import find_scorer, where_looked  # noqa: E402

# Letters of an answer's title looked for on a line: enough to be its own (not the council's name in the
# page's title), short of a wrap; the shorter start where the longer is on no line.
TITLE_STARTS = (12, 6)
FIELDS = ("items_found", "members_present", "turns", "speaker_labels")


def load_scorer():
    return find_scorer() or sys.exit("bench_review: the scorer ../shared/eval/score_minutes.py is not beside the "
                                     f"repository (looked at {where_looked()})")


def first_line(lines_compact, needles):
    """The first line holding the first of needles found at all, or None."""
    for needle in needles:
        at = next((i for i, line in enumerate(lines_compact) if needle in line), None)
        if at is not None:
            return at
    return None


def block(lines_compact, needles):
    """(first, last) 0-based of the lines where each needle (a tuple of alternatives) first occurs, or None."""
    found = [at for at in (first_line(lines_compact, n) for n in needles) if at is not None]
    return (min(found), max(found)) if found else None


def reread(lines, lines_compact, needles, reader):
    """The block re-read's result, or None when no block holds the answer within the re-read's limit."""
    span = block(lines_compact, [tuple(a for a in n if a) for n in needles if any(n)])
    if span is None or span[1] - span[0] + 1 > REREAD_MAX_LINES:
        return None
    return reader(lines[span[0]:span[1] + 1])


def bench_file(scorer, txt):
    truth = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    text = txt.read_text(encoding="utf-8")
    pred = parse_text(text, filename=txt.name)
    lines = text.splitlines()
    lines_compact = [compact(line) for line in lines]
    first = scorer.score_doc(pred, truth)[1]
    result = {}
    fields = {
        "items_found": ("items", [tuple(compact(i.get("title") or "")[:k] for k in TITLE_STARTS)
                                  for i in truth.get("items") or []], items_from_lines),
        "members_present": ("members_present",
                            [(scorer.norm_name(n),) for n in truth.get("members_present") or []], members_from_lines),
    }
    for field, (key, needles, reader) in fields.items():
        read = reread(lines, lines_compact, needles, reader) if needles else None
        after = first[field] if read is None else scorer.score_doc({**pred, key: read}, truth)[1][field]
        result[field] = (first[field], after, bool(needles) and read is None)
    labels = [label for label in truth.get("speaker_labels") or [] if compact(label)]
    start = first_label_line(lines, labels) if labels else None
    read = None
    if start is not None and len(lines) - start <= REREAD_TURNS_MAX_LINES:
        found = turns_from_lines(lines[start:], labels)
        read = [{"speaker": t.speaker, "role": "other", "item": None, "text": t.text} for t in found] or None
    after = first if read is None else scorer.score_doc({**pred, "turns": read}, truth)[1]
    for field in ("turns", "speaker_labels"):
        result[field] = (first[field], after[field], bool(labels) and read is None)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--verbose", action="store_true", help="a line per file whose re-read is below 1.0")
    a = ap.parse_args()
    scorer = load_scorer()
    for folder in map(Path, a.dirs):
        docs = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").exists())
        if not docs:
            print(f"{folder}: no NAME.txt with NAME.json")
            continue
        rows = [bench_file(scorer, txt) for txt in docs]
        if a.verbose:
            for txt, r in zip(docs, rows):
                weak = ", ".join(f"{k} {v[0]:.2f}->{v[1]:.2f}" for k, v in r.items() if v[1] < 1)
                if weak:
                    print(f"  {txt.name}: {weak}")
        print(f"{folder} ({len(docs)} files)")
        for field in FIELDS:
            first = [r[field][0] for r in rows]
            after = [r[field][1] for r in rows]
            kept = [max(f, x) for f, x in zip(first, after)]
            no_block = sum(1 for r in rows if r[field][2])   # an answer, but no block of it within the limit
            limit = REREAD_TURNS_MAX_LINES if field in ("turns", "speaker_labels") else REREAD_MAX_LINES
            print(f"  {field:16s} first sight {sum(first) / len(rows):.3f}  re-read {sum(after) / len(rows):.3f}"
                  f"  best of both {sum(kept) / len(rows):.3f}  at 1.0: {sum(f == 1 for f in first)} -> "
                  f"{sum(k == 1 for k in kept)} of {len(rows)}  (no block within {limit} lines: {no_block})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
