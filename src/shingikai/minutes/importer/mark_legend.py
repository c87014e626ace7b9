"""Statements opened by a mark alone, where the record defines each mark (○:委員、□:座長、△:事務局).

A summary that does not name who spoke can still say which side spoke: a legend in brackets, once, gives each mark's
meaning, and every statement after it opens with its mark and a space. Read so, the mark stands for the side it
names, and each such line is written as a labelled statement (○委員 …) for the speaker readers.
"""
from __future__ import annotations

import re

# (○:委員、□:座長、△:事務局): two or more marks, each with a colon and the side it stands for, inside one bracket.
_MARKS = "○〇◯□△▽◇◆■●◎▲"
_ENTRY = rf"[{_MARKS}][ \t\u3000]*[:：=＝][ \t\u3000]*[一-龥ァ-ヶー]{{1,8}}"
_LEGEND = re.compile(rf"[(（][ \t\u3000]*(?P<e>{_ENTRY}(?:[ \t\u3000]*[、,，・][ \t\u3000]*{_ENTRY})+)[ \t\u3000]*[)）]")
_LEGEND_ENTRY = re.compile(rf"(?P<m>[{_MARKS}])[ \t\u3000]*[:：=＝][ \t\u3000]*(?P<r>[一-龥ァ-ヶー]{{1,8}})")
# ○ 労働審判制度について…: the mark, a space, then the statement; a mark run into a word (○委員) is a label already.
_MARKED_STATEMENT = re.compile(rf"^(?P<pad>[ \t\u3000]*)(?P<m>[{_MARKS}])[ \t\u3000]+(?P<s>\S.*)$")


def legend_marks_named(lines: list[str]) -> list[str]:
    """The lines with each statement after the legend that opens with a defined mark alone labelled by the side the
    mark stands for (○ … → ○委員 …); the lines unchanged where no legend is found."""
    at = next((i for i, line in enumerate(lines) if ":" in line or "：" in line or "=" in line or "＝" in line
               if _LEGEND.search(line)), None)
    if at is None:
        return lines
    sides = {m.group("m"): m.group("r") for m in _LEGEND_ENTRY.finditer(_LEGEND.search(lines[at]).group("e"))}
    out = lines[:at + 1]
    for line in lines[at + 1:]:
        m = _MARKED_STATEMENT.match(line) if line[:8].lstrip(" \t\u3000")[:1] in sides else None
        # The speaker readers know ○ as a label's mark; the legend's other marks (□, △) stand for their sides the same.
        out.append(f"{m.group('pad')}○{sides[m.group('m')]} {m.group('s')}" if m and m.group("m") in sides else line)
    return out
