"""北山委員会会議録   令和2年6月4日(木曜日)午前10時3分開議        議事堂第3委員会室協議事項】 …: a committee record's
title block flattened onto one line, its room set across from the date and the opening clock (the 於 of other
records left out), the next heading run on after the room.

The room is read where the date on that line is the sitting's, and ends with the kind of room an assembly's committee
sits in (委員会室, 会議室, 議場), whatever runs on after it.
"""
from __future__ import annotations

import re

from shingikai.jp.wareki import parse_date

from .conventions import ERA_DATE

_OPENED_THEN_ROOM = re.compile(
    rf"(?P<date>{ERA_DATE})[ \t\u3000]*(?:[(（][^()（）]{{1,6}}[)）])?[ \t\u3000]*(?:午前|午後)?[ \t\u3000]*[0-9０-９]{{1,2}}[ \t\u3000]*時"
    r"(?:[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*分)?[ \t\u3000]*(?:開議|開会)(?:[ \t]{3,}|\u3000{2,})"
    r"(?P<room>[^\s0-9０-９:：、。【】()（）][^\s:：、。【】()（）]{0,20}?(?:委員会室|会議室|議場))"
)


def room_across_from_opening(lines: list[str], date) -> str | None:
    return next((m.group("room") for line in lines if "開" in line for m in _OPENED_THEN_ROOM.finditer(line)
                 if parse_date(m.group("date")) == date), None)
