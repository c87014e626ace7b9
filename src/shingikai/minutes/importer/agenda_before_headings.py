"""○議事 / (1)…について / (a summary of it) / (2)…について / (a summary of it): a summary record whose numbered cases
each head their own account. The header's agenda field ends where the first account begins, so it holds the first
case alone and the body's headings hold the rest; a council's agenda that lists no more than the headings hold is
otherwise dropped as already reached. The field's entries are cases of their own where they are numbered in the
headings' own style from 1 and the first heading takes up the numbering where they stop.
"""
from __future__ import annotations

from .structure import Heading, parse_heading
from .speakers import compact, nfkc


def _ordinal(number: str | None) -> int | None:
    value = nfkc(number or "")
    return int(value) if value.isascii() and value.isdigit() else None


def entries_before_the_headings(blocks: list[list[str]], first: Heading | None) -> list[str]:
    """The agenda field's lines that are the cases before the first heading's, or []."""
    listed = [line.strip(" \t\u3000") for block in blocks for line in block if line.strip(" \t\u3000")]
    if not listed or first is None or _ordinal(first.number) is None:
        return []
    parsed = [parse_heading(line) for line in listed]
    if any(p is None or p[0] != first.style for p in parsed):
        return []
    numbers = [_ordinal(p[1]) for p in parsed]  # type: ignore[index]
    if numbers != list(range(1, len(listed) + 1)) or _ordinal(first.number) != len(listed) + 1:
        return []
    if compact(first.title) in {compact(p[2]) for p in parsed}:  # type: ignore[index]
        return []
    return listed
