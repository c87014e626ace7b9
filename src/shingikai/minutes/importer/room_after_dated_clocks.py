"""平成30年5月22日(火) 18時30分 開会 19時50分 閉会 北山プラザ 会議室2 北野委員、…: a cover or a form flattened onto
one line, its room after the sitting's date and clocks with no label, the roster or the title run on after it.

The room is one to three words after the date (and its clocks, 開会 and 閉会, a page's stray number 1), the last
ending in the kind of word a room ends in (室 with its number, 議場, ホール); the date must be the sitting's.
"""
from __future__ import annotations

import re

from shingikai.jp.wareki import parse_date

from .conventions import ERA_DATE

_GAP = r"[ \t\u3000]*"
_CLOCK = rf"(?:午前|午後)?{_GAP}[0-9０-９]{{1,2}}{_GAP}時(?:{_GAP}[0-9０-９]{{1,2}}{_GAP}分|半)?"
_CLOCKS = rf"(?:{_GAP}{_CLOCK}(?:{_GAP}(?:開会|閉会|開議|散会|から|まで|[~〜～∼－-]))*)*"
_WORD = r"[^\s0-9０-９、。,()（）「」:：][^\s、。,()（）「」:：]{0,24}"
# 午後2時から 会次場:中央図書館3階 ホール: the room's label (会場) glued to it by a colon, its letters mixed with the next
# column's (次第) by the flattening.
_ROOM_AFTER_DATE = re.compile(
    rf"(?P<date>{ERA_DATE}){_GAP}(?:[(（][^()（）]{{1,6}}[)）])?{_CLOCKS}[0-9０-９]?[ \t\u3000]+"
    rf"(?:[^\s:：]{{0,4}}?[場所]{_GAP}[:：]{_GAP})?"
    rf"(?P<room>(?:{_WORD}[ \t\u3000]){{0,2}}?{_WORD}?(?:室[0-9０-９]{{0,2}}|議場|ホール))(?=[0-9０-９]?(?:[ \t\u3000]|$))"
)


def room_after_dated_clocks(lines: list[str], date) -> str | None:
    return next((m.group("room") for line in lines for m in _ROOM_AFTER_DATE.finditer(line)
                 if parse_date(m.group("date")) == date), None)
