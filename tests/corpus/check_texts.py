"""Are the development corpus texts beside their answers, and are they the texts the answers were checked on?

    python3 tests/corpus/check_texts.py [--root /work]

The texts are not ours to copy, so they live outside the repository (ROOT/corpus, ROOT/heldoutNN) and are lost
with the machine. texts.tsv records, for each answer, the folder its text belongs in, the text's SHA-256 and
length, and the words that found the page again in the `search` tool's stored pages (the text is that page's
stored opening, exactly as the tool returns it; for a full-length record, the repository file it is rendered from,
see render_schedule.py); a row without a hash is an answer whose text was not found
when the corpus was last rebuilt. A rebuilt text with another hash is a different text: the
answer may not fit it, and the importer's scores are not comparable with earlier ones.
"""
import argparse
import csv
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows():
    with open(HERE / "texts.tsv", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default="/work", help="the folder that holds corpus/, corpus-full/ and heldoutNN/")
    args = parser.parse_args(argv)
    missing, changed, same, lost = [], [], 0, 0
    for row in rows():
        path = Path(args.root) / row["folder"] / f"{row['name']}.txt"
        if not row["sha256"]:
            lost += 1   # not found again when the corpus was last rebuilt: its answer cannot be measured
            continue
        if not path.is_file():
            missing.append(f"{row['folder']}/{row['name']}")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            changed.append(f"{row['folder']}/{row['name']}")
        else:
            same += 1
    print(f"{same} texts as recorded, {len(changed)} different, {len(missing)} missing"
          f" ({lost} answers have no recorded text)")
    for name in changed:
        print(f"  different: {name}")
    for name in missing:
        print(f"  missing: {name}")
    return 1 if changed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
