"""The importer's score on every corpus folder at once, in one process, and what changed between two runs.

    .venv/bin/python tests/corpus/score.py --out /tmp/before.json            # every folder under --root
    .venv/bin/python tests/corpus/score.py /work/heldout46 --out /tmp/b.json  # some folders
    .venv/bin/python tests/corpus/score.py --diff /tmp/before.json /tmp/after.json [--field items_found]

Each text is read and parsed as `shingikai import-minutes FILE --dry-run --json` does and scored with the seeds'
scorer (../shared/eval/score_minutes.py, imported, not copied), so a folder's mean is the one that scorer prints
for it; one process instead of one per file makes a run of the six hundred texts take seconds, not minutes.
--diff compares two runs over the files both scored: per folder means, and every file that went up or down.
"""
import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score_minutes.py"


def _scorer(path):
    spec = importlib.util.spec_from_file_location("score_minutes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _folders(root):
    """The corpus folders that hold texts: corpus, corpus-full, heldoutNN, heldoutfullN."""
    names = ("corpus", "corpus-full")
    return sorted(p for p in Path(root).iterdir()
                  if p.is_dir() and (p.name in names or p.name.startswith("heldout")) and any(p.glob("*.txt")))


def _parse(path):
    """What the dry run prints for one file, as JSON would carry it (or None where the command would refuse it)."""
    from shingikai.minutes.case_numbers import with_printed_numbers
    from shingikai.minutes.importer import MinutesImportError, parse_text, read_minutes_file
    from shingikai.minutes.management.commands.import_minutes import _json_dumps

    try:
        text = read_minutes_file(path)
        parsed = with_printed_numbers(parse_text(text, filename=path.name), text)
    except MinutesImportError:
        return None
    return json.loads(_json_dumps(parsed))


def run(folders, scorer):
    scores = {}
    for folder in folders:
        for txt in sorted(folder.glob("*.txt")):
            answer = txt.with_suffix(".json")
            if not answer.exists():
                continue
            pred = _parse(txt)
            truth = json.loads(answer.read_text(encoding="utf-8"))
            total, fields = scorer.score_doc(pred, truth) if pred is not None else (0.0, {})
            scores[f"{folder.name}/{txt.stem}"] = {"total": total, "fields": fields}
    return scores


def _by_folder(scores, names):
    folders = {}
    for name in names:
        folders.setdefault(name.split("/")[0], []).append(scores[name]["total"])
    return {folder: sum(v) / len(v) for folder, v in sorted(folders.items())}


def report(scores):
    for folder, mean in _by_folder(scores, list(scores)).items():
        count = sum(1 for name in scores if name.startswith(folder + "/"))
        print(f"{folder:16s} {mean:.3f}  ({count})")
    if scores:
        print(f"{'all':16s} {sum(s['total'] for s in scores.values()) / len(scores):.3f}  ({len(scores)})")


def diff(before, after, field=None):
    common = sorted(set(before) & set(after))
    means_before, means_after = _by_folder(before, common), _by_folder(after, common)
    for folder in means_before:
        print(f"{folder:16s} {means_before[folder]:.3f} -> {means_after[folder]:.3f}")
    value = (lambda s: s["fields"].get(field, 0.0)) if field else (lambda s: s["total"])
    up = [(n, value(before[n]), value(after[n])) for n in common if value(after[n]) > value(before[n]) + 1e-9]
    down = [(n, value(before[n]), value(after[n])) for n in common if value(after[n]) < value(before[n]) - 1e-9]
    for word, rows in (("up", up), ("down", down)):
        for name, old, new in rows:
            print(f"  {word:4s} {name}: {old:.3f} -> {new:.3f}")
    total_before = sum(before[n]["total"] for n in common) / max(len(common), 1)
    total_after = sum(after[n]["total"] for n in common) / max(len(common), 1)
    print(f"{len(common)} files in both: {total_before:.3f} -> {total_after:.3f}, {len(up)} up, {len(down)} down"
          + (f" (by {field})" if field else ""))
    return 1 if down else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of NAME.txt + NAME.json (default: all under --root)")
    parser.add_argument("--root", default="/work", help="where corpus/ and heldoutNN/ are")
    parser.add_argument("--scorer", default=str(SCORER), help="the seeds' scorer, score_minutes.py")
    parser.add_argument("--out", help="write every file's score here (JSON), for a later --diff")
    parser.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two --out files")
    parser.add_argument("--field", help="with --diff: list files up or down by this field instead of the total")
    args = parser.parse_args(argv)
    if args.diff:
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.diff)
        return diff(before, after, args.field)
    if not Path(args.scorer).is_file():
        print(f"score.py: the scorer is not at {args.scorer} (give --scorer)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    import django

    django.setup()  # the importer's vocabulary comes from the models
    folders = args.folders or _folders(args.root)
    scores = run(folders, _scorer(args.scorer))
    report(scores)
    if args.out:
        Path(args.out).write_text(json.dumps(scores, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
