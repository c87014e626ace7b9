"""An order of business numbered one entry a line, a group entry's cases under it as dashed sub-entries.

A ministry's page prints its 次第 as a numbered list from 開会 to 閉会, one entry a line; an entry that groups the
business (北山制度改正項目) has the cases under it, each a line opened by a dash:

    1. 開会
    2. 北山制度改正項目
      -南田手数料の見直し
      -東山基準の緩和
    3. 閉会

The dashed lines are the cases and the group over them is their heading, not a case of its own. The list is read only
where it is numbered from 1 without a gap, opens with 開会 or closes with 閉会 (an order of business, not a list of
points), and an entry has two dashed lines or more under it. The entries are given renumbered, for the agenda's reader
to settle procedure and kinds as for any agenda.
"""
from __future__ import annotations

import re

from .speakers import compact, nfkc

_NUMBERED = re.compile(r"^[ \t\u3000]*(?P<n>[0-9０-９]{1,2})[.．][ \t\u3000]*(?P<t>\S.{0,80}?)[ \t\u3000]*$")
_DASHED = re.compile(r"^[ \t\u3000]*[-－‐―][ \t\u3000]*(?P<t>[^\s\-－‐―].{1,80}?)[ \t\u3000]*$")
_OPENING, _CLOSING = "開会", "閉会"


def _runs(lines: list[str]):
    """Each run of numbered lines (with the dashed lines under them): [(title, [sub-entries]), …]."""
    run: list[tuple[str, list[str]]] = []
    for line in lines:
        if not line.strip(" \t\u3000"):
            continue
        m = _NUMBERED.match(line)
        if m and int(nfkc(m.group("n"))) == len(run) + 1:
            run.append((m.group("t"), []))
            continue
        d = _DASHED.match(line)
        if d and run:
            run[-1][1].append(d.group("t"))
            continue
        if run:
            yield run
        run = [(m.group("t"), [])] if m and int(nfkc(m.group("n"))) == 1 else []
    if run:
        yield run


def dashed_cases_block(lines: list[str], stop: int) -> list[str]:
    """The order of business above ``stop`` with each group entry's dashed cases in its place, numbered afresh; ``[]``
    where the lines hold no such list."""
    for run in _runs(lines[:stop]):
        if len(run) < 3 or not (compact(run[0][0]) == _OPENING or compact(run[-1][0]) == _CLOSING):
            continue
        if not any(len(subs) >= 2 for _, subs in run):
            continue
        titles = [t for title, subs in run for t in (subs if len(subs) >= 2 else [title])]
        return [f"{k}. {t}" for k, t in enumerate(titles, 1)]
    return []
