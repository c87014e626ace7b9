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
    """The agenda field's lines that are the cases before the first heading's, or []; the summary under an entry that
    the field ran on into is left out."""
    if first is None or _ordinal(first.number) is None:
        return []
    listed: list[str] = []
    parsed = []
    for line in (line.strip(" \t\u3000") for block in blocks for line in block):
        p = parse_heading(line) if line else None
        if p is not None and p[0] == first.style:
            listed.append(line)
            parsed.append(p)
        elif line and not (listed and "。" in line):
            return []  # a line of the field that is neither an entry nor the summary under one
    if not listed:
        return []
    numbers = [_ordinal(p[1]) for p in parsed]  # type: ignore[index]
    if numbers != list(range(1, len(listed) + 1)) or _ordinal(first.number) != len(listed) + 1:
        return []
    if compact(first.title) in {compact(p[2]) for p in parsed}:  # type: ignore[index]
        return []
    return listed
