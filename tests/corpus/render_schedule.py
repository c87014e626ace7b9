"""Rebuild a full-length record's text from a stored minutes JSON copied in chunks.

    python3 tests/corpus/render_schedule.py CHUNKDIR SCHEDULE_ID OUT.txt

Most full-length records (`tests/corpus/full/`, the README's "Full-length records") are one day's schedule of a
public repository's JSON of a minutes system: `{"schedules": [{"schedule_id": N, "minutes": [{"text": …}, …]}, …]}`.
The text is the `text` of each entry of that schedule in order, joined by one blank line (a VOICES or PDF record has
a single entry: its text as stored). The texts are not ours to keep, so after a machine reset they are read again a
part at a time and saved as CHUNKDIR/OFFSET.json: each file the part as a JSON string literal, named by its offset
in the source file (zero-padded). Copying is where a character gets lost, so the parts must be consecutive and each
but the last exactly as long as the gap to the next offset (the last is checked against read_file's total_chars by
whoever copies it); the schedule object must lie wholly inside them. texts.tsv records the SHA-256 of each rendered
text (check_texts.py compares), which catches what the lengths cannot.
"""
import json
import re
import sys
from pathlib import Path


def load_chunks(folder):
    """The source's characters from the first chunk's offset on, or an error naming the chunk that does not fit."""
    files = sorted(Path(folder).glob("*.json"), key=lambda p: int(p.stem))
    if not files:
        raise ValueError(f"{folder}: no OFFSET.json chunks")
    parts = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    for path, part, following in zip(files, parts, files[1:]):
        expected = int(following.stem) - int(path.stem)
        if len(part) != expected:
            raise ValueError(f"{path.name}: {len(part)} characters where the next chunk's offset says {expected}")
    return int(files[0].stem), "".join(parts)


def schedule_text(source, schedule_id):
    found = re.search(r'\{\s*"schedule_id":\s*%d\s*,' % schedule_id, source)
    if not found:
        raise ValueError(f"schedule_id {schedule_id} is not in the chunks")
    try:
        schedule, _ = json.JSONDecoder().raw_decode(source, found.start())
    except json.JSONDecodeError as e:
        raise ValueError(f"schedule {schedule_id} is cut or was miscopied: {e}") from None
    return schedule.get("name"), "\n\n".join(entry["text"] for entry in schedule["minutes"])


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        _, source = load_chunks(args[0])
        name, text = schedule_text(source, int(args[1]))
    except ValueError as e:
        print(e, file=sys.stderr)
        return 1
    Path(args[2]).write_text(text, encoding="utf-8")
    print(f"{name}: {len(text)} characters -> {args[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
