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


def _narrated_in(lines: list[str], span) -> bool:
    if not span:
        return False
    first, end = span
    return any(CLOSED_NARRATION.search(line) for line in lines[max(0, first):end + 1] if "非公開" in line)


def mark_closed_items(lines: list[str], items, records: list[dict]) -> None:
    """Set ``public: False`` on the record of each item the minutes mark or narrate as heard in closed session."""
    if not any("非公開" in line for line in lines):
        return
    for item, record in zip(items, records):
        title = record.get("title") or item.title or ""
        if marked_closed(lines, title) or _narrated_in(lines, item.span or item.own_span):
            record["public"] = False
