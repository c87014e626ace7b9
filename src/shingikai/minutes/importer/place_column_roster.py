"""A roster printed as a column of places then a column of officials (井原 / 矢掛 / 笠岡 / 北野教育長,南田委員長 / …).

A joint council of several municipalities' boards lists who came as a table: the member body's place in one cell, its
officials in the next. Extracted cell by cell, the places come first, one a line, and then as many lines of officials,
each a list of names run into their posts; read as it stands, every place is taken for a person. The place column is
dropped where it stands right under the roster's heading and as many lines of officials follow it, each of them a list
whose every entry ends in a post: the officials keep their rows, the places (which name no one) go.
"""
from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t\u3000]*[○◯・■●]?[ \t\u3000]*出[ \t\u3000]*席[ \t\u3000]*(?:者|委員)[ \t\u3000]*[:：]?[ \t\u3000]*$")
_PLACE_CELL = re.compile(r"^[ \t\u3000]*[一-龥々ヶ]{2,4}[ \t\u3000]*$")
_POSTS = "教育長|教育委員長|委員長|副委員長|会長|副会長|委員|教育長職務代理者|職務代理者|町長|市長|村長|部長|課長"
_OFFICIAL = re.compile(rf"[一-龥々ヶ]{{1,6}}?(?:{_POSTS})")
_SEPARATORS = re.compile(r"[,，、]")
_POST_WORD = re.compile(rf"(?:{_POSTS})$")


def _officials_row(line: str) -> bool:
    entries = [e.strip(" \t\u3000") for e in _SEPARATORS.split(line)]
    return len(entries) >= 1 and all(_OFFICIAL.fullmatch(e) for e in entries)


def place_column_dropped(lines: list[str]) -> list[str]:
    for h, line in enumerate(lines):
        if not _HEADING.match(line):
            continue
        k = h + 1
        while k < len(lines) and _PLACE_CELL.match(lines[k]) and not _POST_WORD.search(lines[k].strip(" \t\u3000")):
            k += 1
        places = k - (h + 1)
        rows = lines[k:k + places]
        if places >= 2 and len(rows) == places and all(_officials_row(r) for r in rows):
            return lines[:h + 1] + lines[k:]
    return lines
