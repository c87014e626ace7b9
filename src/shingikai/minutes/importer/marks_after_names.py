"""A roster table flattened onto one run, each member's row closed by the mark its legend defines.

委員の出欠 出席者 ○ 欠席者 − / 委員長 (北山市議会議員) 北野一郎 ○ 副委員長 (北山町民生委 南田健 員協議会長) ○ … 東山清 −:
the legend says which mark means present and which absent; every row's office, affiliation (wrapped across the name
when the cell was narrow) and name come before its mark. The name is the row's one word shaped as a name: no bracket,
no office word. The 委員長's row names the chair.
"""
from __future__ import annotations

import re

from .roster import People

_SP = r"[ \t\u3000]"
_PRESENT_MARKS = "○〇◯"
_ABSENT_MARKS = "−―×✕－-"
_LEGEND = re.compile(
    rf"出{_SP}*席(?:者|委員)?{_SP}*[:：]?{_SP}*(?P<p>[{_PRESENT_MARKS}]){_SP}*[、,，/／]?{_SP}*"
    rf"欠{_SP}*席(?:者|委員)?{_SP}*[:：]?{_SP}*(?P<a>[{re.escape(_ABSENT_MARKS)}])(?=\s)"
)
_NAME = re.compile(r"[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}")
_NOT_NAME = re.compile(r"委員|会長|議長|事務|局長|課長|係長|部長|班長|理事|議員|議会|協議|推進|出席|欠席|傍聴|者$|会$|[市区町村県都府所課局室]$")
_CHAIR_ROW = re.compile(r"(?<!副)(?:委員長|会長|座長)")


def roster_by_marks_after_names(text: str) -> People | None:
    """The members the legend's present mark closes, the chair, and those its absent mark closes; None where no
    legend is found or fewer than three rows read so."""
    legend = _LEGEND.search(text)
    if legend is None:
        return None
    present_mark, absent_mark = legend.group("p"), legend.group("a")
    names: list[str] = []
    absent: list[str] = []
    chair = None
    row: list[str] = []
    for token in text[legend.end():].split():
        if token not in (present_mark, absent_mark):
            row.append(token)
            continue
        shaped = [t for t in row if _NAME.fullmatch(t) and not _NOT_NAME.search(t)]
        if shaped:
            name = shaped[-1]
            (names if token == present_mark else absent).append(name)
            if chair is None and token == present_mark and any(_CHAIR_ROW.search(t) for t in row):
                chair = name
        row = []
    if len(names) < 3:
        return None
    return People(tuple(names), chair, absent=tuple(absent))
