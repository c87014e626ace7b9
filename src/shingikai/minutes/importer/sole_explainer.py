"""The one unit a summary page names as its 説明者, the department of its one case.

A ministry's 議事要旨 lists who attended in groups, `(委 員) …` then `(説明者) 北山局財務課 課長補佐 南田 健`, and summarises
one case with no speech to tie anyone to it. The case was explained by the one unit the page names as 説明者: that unit
brings it. Only a page of one case with no turns, whose 説明者 group names one unit, is read so.
"""
from __future__ import annotations

import re

_EXPLAINERS = re.compile(r"^[ \t\u3000]*[(（][ \t\u3000]*説[ \t\u3000]*明[ \t\u3000]*(?:者|員)[ \t\u3000]*[)）][ \t\u3000]*(?P<v>\S.*)$")
# The unit is the first word of the row, ending as an office does (課, 室, 局, 部); the post and the name follow it.
_UNIT = re.compile(r"^(?P<u>[一-龥々ヶ・]{2,30}?(?:課|室|局|部))(?=[ \t\u3000])")
_REACH = 200
# Read from who attended, not from what was said: sure enough to offer, to be checked.
SOLE_EXPLAINER_CONFIDENCE = 0.6


def sole_explaining_unit(lines: list[str]) -> str | None:
    units = []
    for line in lines[:_REACH]:
        m = _EXPLAINERS.match(line)
        if m is None:
            continue
        u = _UNIT.match(m.group("v"))
        if u is None:
            return None
        units.append(u.group("u"))
    return units[0] if len(set(units)) == 1 else None
