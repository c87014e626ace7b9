"""A roster of numbered seats, a bullet before each row.

• 1番 北野 一郎 / • 2番 南田 健: a page's list turned into text keeps its bullets before the seat numbers. The
bullet is no letter of the name; where every row is a bulleted seat, the bullets go and the seats are read as
seats are.
"""
from __future__ import annotations

import re

_BULLETED_SEAT = re.compile(r"^[ \t\u3000]*[•・●◦▪][ \t\u3000]*(?=[0-9０-９]{1,3}[ \t\u3000]*番)")


def bullets_before_seats_dropped(value: str) -> str:
    """The value with the bullet before each numbered seat dropped, where every row is one."""
    rows = [line for line in value.split("\n") if line.strip(" \t\u3000")]
    if len(rows) < 2 or not all(_BULLETED_SEAT.match(line) for line in rows):
        return value
    return "\n".join(_BULLETED_SEAT.sub("", line) for line in value.split("\n"))
