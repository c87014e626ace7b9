"""Members introduced one by one in the chair's words, where no roster lists them.

会長 本日ご出席の委員の皆様方を紹介させていただきます。 / 北野委員でございます。 / 南田一郎委員でございます。 /
東山専門委員でございます。: a ministry's record may print no roster, the chair naming each member present a line
at a time. A run of such lines (three or more, with no more than two other lines between two of them) is the roster; a member said to be late or
away (…委員なのですが、おくれる…) is on no such line and is not read.
"""
from __future__ import annotations

import re

_INTRODUCED = re.compile(r"^[ \t\u3000]*(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?:専門|臨時)?委員(?:でございます|です)。[ \t\u3000]*$")
_AT_LEAST = 3
_GAP = 2


def members_introduced(lines: list[str]) -> list[str]:
    """The names in the longest run of lines that each introduce one member (see above), in order; [] where none.
    Two lines or fewer of other words (a member said to be late, the turn to the next group) do not end a run."""
    best: list[str] = []
    run: list[str] = []
    gap = 0
    for line in lines + ["", "", ""]:
        m = _INTRODUCED.match(line) if "委員で" in line else None
        if m:
            run.append(m.group("n"))
            gap = 0
            continue
        if not line.strip(" \t\u3000"):
            continue
        gap += 1
        if gap > _GAP:
            if len(run) > len(best):
                best = run
            run, gap = [], 0
    if len(run) > len(best):
        best = run
    return list(dict.fromkeys(best)) if len(best) >= _AT_LEAST else []
