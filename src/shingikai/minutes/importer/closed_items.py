"""Which items the minutes say were heard in closed session (非公開): read from the mark after an item's title on
the agenda or its heading, or from the record saying so under the item (conventions CLOSED_MARK, CLOSED_NARRATION).

A closed item is imported with its turns and decisions off every public surface (shingikai.publicity), as a closed
item of the council's own meetings; the review shows the mark for the secretariat to confirm or change.
"""
from __future__ import annotations

from shingikai.jp.text import compact

from .conventions import CLOSED_MARK, CLOSED_NARRATION


def marked_closed(lines: list[str], title: str) -> bool:
    """Whether a line of the text marks the title 非公開 after it."""
    key = compact(title)
    if len(key) < 2:
        return False
    for line in lines:
        if "非公開" not in line:
            continue
        flat = compact(line)
        at = flat.find(key)
        if at >= 0 and CLOSED_MARK.search(flat, at + len(key)):
            return True
    return False


def _narrated_items(lines: list[str], items, titles: list[str]) -> set[int]:
    """The indexes of the items a 「…非公開で審議した」 line is said under: the item whose heading stands on one of the
    two lines above it, else the item whose span starts last before it (a span starts at the item's first turn, and
    spans overlap: an item's discussion often runs on over the next one's heading)."""
    keys = [(compact(title), n) for n, title in enumerate(titles) if len(compact(title)) >= 2]
    starts = [(span[0], n) for n, item in enumerate(items) if (span := item.span or item.own_span)]
    closed = set()
    for at, line in enumerate(lines):
        if "非公開" not in line or not CLOSED_NARRATION.search(line):
            continue
        heading = next((n for above in lines[max(0, at - 2):at][::-1] for key, n in keys if key in compact(above)), None)
        if heading is None:
            before = [(first, n) for first, n in starts if first <= at]
            heading = max(before)[1] if before else None
        if heading is not None:
            closed.add(heading)
    return closed


def mark_closed_items(lines: list[str], items, records: list[dict]) -> None:
    """Set ``public: False`` on the record of each item the minutes mark or narrate as heard in closed session."""
    if not any("非公開" in line for line in lines):
        return
    titles = [record.get("title") or item.title or "" for item, record in zip(items, records)]
    narrated = _narrated_items(lines, items, titles)
    for n, (title, record) in enumerate(zip(titles, records)):
        if marked_closed(lines, title) or n in narrated:
            record["public"] = False
