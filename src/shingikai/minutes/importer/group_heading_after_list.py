"""A roster's next group heading run onto its last entry ((委員)北野一郎委員長、…、南田健委員 (北山村)村長、副村長 …).

A list that heads each group with a bracketed word glued to its first entry ((委 員)北野…) comes out of a PDF on one
line, the next group's heading ((北山村), the village's own officers) after the last member with a blank between.
Read there, the bracket was taken for the last member's affiliation and the member was lost with the officers after
it. The last entry is closed with the list's comma (a page run onto one line keeps its fields' order): only after
such a heading, only after a 委員 entry and a blank, and only where the bracket is glued to what follows (an
affiliation is glued to its name instead).
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
_OPENS = re.compile(rf"(?:^|(?<={_SP}))[(（]委{_SP}?員[)）](?=[一-龥々ぁ-んァ-ヶ])")
_NEXT_HEADING = re.compile(rf"(?<=委員){_SP}+(?=[(（][一-龥々ァ-ヶ]{{1,10}}[)）][一-龥々ァ-ヶ])")


def group_headings_apart(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        opens = _OPENS.search(line) if "員" in line else None
        if opens:
            out.append(line[:opens.end()] + _NEXT_HEADING.sub("、", line[opens.end():]))
        else:
            out.append(line)
    return out
