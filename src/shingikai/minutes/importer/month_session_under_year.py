"""A board's monthly sitting named under its year's line (平成 27 年度 / 北山町教育委員会5月定例会).

A board that meets every month names the sitting by the month alone after its own name, and its record's cover gives the
fiscal year on the line above. The label is that year and the month's sitting (平成27年度5月定例会); the year is taken only
from a line that is nothing else, right above the body's name, and the month only where the session's word follows it.
"""
from __future__ import annotations

import re

from .conventions import ERA_YEAR

_YEAR_LINE = re.compile(rf"^[ \t\u3000]*(?P<y>{ERA_YEAR}度?)[ \t\u3000]*$")
_MONTH_SITTING = re.compile(r"[ \t\u3000]*(?P<m>[0-9０-９]{1,2}[ \t\u3000]*月)[ \t\u3000]*(?P<s>定例会|臨時会)(?:[ \t\u3000]*(?:会議録|議事録))?[ \t\u3000]*$")
_BLANKS = re.compile(r"[ \t\u3000]+")


def month_session_under_year(lines: list[str], council: str) -> str | None:
    for above, line in zip(lines, lines[1:]):
        year = _YEAR_LINE.match(above)
        at = line.find(council) if year else -1
        if at < 0:
            continue
        sitting = _MONTH_SITTING.match(line, at + len(council))
        if sitting:
            return _BLANKS.sub("", year.group("y") + sitting.group("m") + sitting.group("s"))
    return None
