"""A web page's navigation bullets above its own text (• ホーム / • サイトマップ / … / ここから本文です。).

An assembly's or a prefecture's page opens with its menu, one link a bullet, then the breadcrumb and the marker a
screen reader skips to (ここから本文です). The bullets are no line of the record; read as its header they stood in for
its title lines. Only bullets above the marker are dropped (the breadcrumb, which may name the body, is kept), and
only where the marker comes within the page's opening.
"""
from __future__ import annotations

import re

_MARKER = re.compile(r"^[ \t\u3000]*ここから本文(?:です)?。?[ \t\u3000]*$")
_BULLET = re.compile(r"^[ \t\u3000]*[•·・▪◦][ \t\u3000]*\S{1,20}[ \t\u3000]*$")
_OPENING = 60


def navigation_dropped(lines: list[str]) -> list[str]:
    at = next((k for k, line in enumerate(lines[:_OPENING]) if _MARKER.match(line)), None)
    if at is None or sum(1 for line in lines[:at] if _BULLET.match(line)) < 3:
        return lines
    return [line for line in lines[:at] if not _BULLET.match(line)] + lines[at + 1:]
