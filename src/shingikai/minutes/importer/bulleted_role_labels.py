"""Questions and answers marked by a bullet and the side that speaks (・委員 / 質問 … / ・事務局 回答 …).

A summary record of a small council writes each exchange as a bulleted role, alone on its line over the words or run
into them after a blank. The bullet marks every other list of the record as well (・事務局より…を説明), so the role is
read as a label only where the word ends at a blank or the line's end, where the record has the two sides (a member's
and the secretariat's), and where the words are not a list of names (・委員 北野、南田: a roster's row). Each such
line is written with the circle mark that the label readers know.
"""
from __future__ import annotations

import re

from .speakers import attendance_like

_BULLETED_ROLE = re.compile(
    r"^(?P<pad>[ \t\u3000]*)[・･][ \t\u3000]*(?P<label>(?P<side>副?委員長|副?会長|委員|座長|事務局|説明者|担当課))"
    r"(?:[ \t\u3000]+(?P<text>\S.*))?$"
)
_SECRETARIAT = {"事務局", "説明者", "担当課"}


def bulleted_roles_marked(lines: list[str]) -> list[str]:
    found = {}
    for i, line in enumerate(lines):
        if "・" not in line[:8] and "･" not in line[:8]:
            continue
        m = _BULLETED_ROLE.match(line)
        if m and not (m.group("text") and attendance_like(m.group("text"))):
            found[i] = m
    sides = {m.group("side") in _SECRETARIAT for m in found.values()}
    if len(found) < 2 or sides != {True, False}:
        return lines
    out = list(lines)
    for i, m in found.items():
        out[i] = f"{m.group('pad')}○{m.group('label')}" + (f"\u3000{m.group('text')}" if m.group("text") else "")
    return out
