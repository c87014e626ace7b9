"""Whole titles joined into one sentence: …決算認定について,…決算認定について並びに…決算認定について.

An assembly's 本日の会議に付した事件 may name the cases it took up together as one sentence, the titles joined by a
comma, 及び or 並びに, so the line reads as one long title. Where every piece closes as a whole title does (…について),
the line is the cases, one a piece. A 及び inside a title (利益処分及び決算認定について) joins no titles: only a joint
right after について splits. A line with a full stop is a sentence of the record, never a list.
"""
from __future__ import annotations

import re

_JOINT = re.compile(r"(?<=について)[ \t\u3000]*(?:[,，、][ \t\u3000]*|並びに|及び|ならびに|および)[ \t\u3000]*(?=\S)")
_TITLE = re.compile(r"\S{4,}について")


def titles_joined(line: str) -> list[str] | None:
    """The titles of a line of whole titles joined by commas or conjunctions, or None for any other line."""
    text = line.strip(" \t\u3000")
    if "。" in text or not text.endswith("について") or not _JOINT.search(text):
        return None
    pieces = _JOINT.split(text)
    if len(pieces) < 2 or not all(_TITLE.fullmatch(p) for p in pieces):
        return None
    return pieces
