"""A roster table whose 出欠 column fell onto its own line under each row (a PDF's cells one a line).

    出欠 / 副会長 北野一郎 / ○ / 会長 南田健 / ○ / 委員 東山花子 / ○ / 委員 西川清 / × …

Each row is an office and a name, the line under it the row's mark: ○ present, × away. Read only where three or more
rows are so marked; the 会長's (委員長's) row names the chair. Rows of other columns (紀南県民局長, the 事務局's
surnames) carry no office of the body and no mark, and are passed over.
"""
from __future__ import annotations

import re

from .roster import People

_SP = r"[ \t\u3000]"
_ROW = re.compile(
    rf"{_SP}*(?P<r>副?(?:会長|委員長|議長)|委員){_SP}+(?P<n>[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{0,4}}"
    rf"(?:{_SP}?[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{1,4}})?){_SP}*"
)
_PRESENT = re.compile(rf"{_SP}*[○〇◯]{_SP}*")
_AWAY = re.compile(rf"{_SP}*[×✕]{_SP}*")
_CHAIR = ("会長", "委員長", "議長")


def marked_office_rows(lines: list[str]) -> People | None:
    names: list[str] = []
    away: list[str] = []
    chair = None
    for row, mark in zip(lines, lines[1:]):
        m = _ROW.fullmatch(row)
        if not m or not (_PRESENT.fullmatch(mark) or _AWAY.fullmatch(mark)):
            continue
        name = re.sub(rf"{_SP}", "", m.group("n"))
        if len(name) < 2:
            continue
        if _AWAY.fullmatch(mark):
            away.append(name)
            continue
        names.append(name)
        if m.group("r") in _CHAIR and chair is None:
            chair = name
    if len(names) + len(away) < 3:
        return None
    return People(tuple(dict.fromkeys(names)), chair, absent=tuple(away) or None)
