"""How much of the importer's reading survives the changes real publishing makes to the same minutes.

    .venv/bin/python benchmarks/bench_layouts.py DIR [DIR...] [--only NAME ...] [--show N]

DIR holds NAME.txt with NAME.json answers beside it (the parsed-minutes JSON of DESIGN.md 3.1); they are read,
never stored. Each text is parsed as published, then again after each change in tests/layout_changes.py (page
numbers and running heads, lines cut at a page edge, a blank line after every line, every line indented, other
digits and marks, a web page's or a document library's furniture, the lines run onto one line), and scored
with ../shared/eval/score_minutes.py (score_doc), imported from beside the repository.

Per change: the mean score over all files, how many files score lower than as published (by more than 0.02),
and the fields that lose most. A file that scores lower after a change that leaves every answer true is a
reading that depends on the layout: the next file from another site will meet it.
"""
import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")

import django  # noqa: E402

django.setup()

import layout_changes  # noqa: E402
from scorer import find_scorer, where_looked  # noqa: E402
from shingikai.minutes.importer import MinutesImportError, parse_text, read_minutes_file  # noqa: E402

LOWER = 0.02


def _documents(dirs):
    for d in dirs:
        for txt in sorted(Path(d).glob("*.txt")):
            answer = txt.with_suffix(".json")
            if answer.exists():
                yield txt, json.loads(answer.read_text(encoding="utf-8")), read_minutes_file(txt)


def _score(score_doc, text, name, truth):
    try:
        parsed = parse_text(text, filename=name)
    except MinutesImportError:
        return 0.0, {}
    return score_doc(parsed, truth)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", metavar="DIR")
    ap.add_argument("--only", nargs="*", help="changes to run, by name (default: all)")
    ap.add_argument("--show", type=int, default=0, help="list the N files that lose most under each change")
    args = ap.parse_args(argv)
    scorer = find_scorer()
    if scorer is None:
        print(f"the scorer ../shared/eval/score_minutes.py is not beside the repository (looked at {where_looked()})",
              file=sys.stderr)
        return 2
    changes = {f.__name__: f for f in layout_changes.ALL}
    unknown = sorted(set(args.only or ()) - set(changes))
    if unknown:
        print(f"no such change: {', '.join(unknown)} (known: {', '.join(changes)})", file=sys.stderr)
        return 2
    score_doc = scorer.score_doc
    docs = list(_documents(args.dirs))
    if not docs:
        print("no NAME.txt with a NAME.json answer in " + " ".join(args.dirs), file=sys.stderr)
        return 2
    published = {txt: _score(score_doc, text, txt.name, truth) for txt, truth, text in docs}
    mean = sum(s for s, _ in published.values()) / len(docs)
    print(f"{len(docs)} files; as published {mean:.3f}")
    print(f"{'change':34s} {'mean':>6s} {'lower':>6s}  fields that lose most")
    for name in args.only or changes:
        change = changes[name]
        total, lower, lost = 0.0, [], {}
        for txt, truth, text in docs:
            score, fields = _score(score_doc, change(text), txt.name, truth)
            total += score
            before, before_fields = published[txt]
            if score < before - LOWER:
                lower.append((before - score, f"{txt.parent.name}/{txt.stem}"))
            for field, value in before_fields.items():
                lost[field] = lost.get(field, 0.0) + value - fields.get(field, 0.0)
        worst = sorted(((v / len(docs), k) for k, v in lost.items() if v > 1e-9), reverse=True)[:4]
        print(f"{name:34s} {total / len(docs):6.3f} {len(lower):6d}  " + ", ".join(f"{k} {v:.3f}" for v, k in worst))
        for drop, file in sorted(lower, reverse=True)[:args.show]:
            print(f"{'':36s}-{drop:.2f} {file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
