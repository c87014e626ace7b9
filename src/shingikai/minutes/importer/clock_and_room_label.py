"""One label for the clock and the room, both on its line (2開始時刻・場所 10:00〜 北山小学校校長室).

A school's or a community body's short report names the day under one label and the opening clock with the room
under another (時刻・場所, 時間・場所). The value is the clock (a range, or an open one, 10:00〜) and the room after a
blank; it is written as two labelled lines the header reads (開会時刻:… / 場所:…). A value that does not open with a
clock is left as printed.
"""
from __future__ import annotations

import re

_CLOCK = r"(?:午前|午後)?[ \t\u3000]*[0-9０-９]{1,2}(?:時|[:：])[0-9０-９]{0,2}分?"
_LINE = re.compile(
    r"^(?P<lead>[ \t\u3000]*[0-9０-９]{0,2}[.．、)）]?[ \t\u3000]*)(?:開始|開会|開催)?(?:時刻|時間)[ \t\u3000]*(?:・|及び|および)"
    r"[ \t\u3000]*(?:場所|会場)[ \t\u3000:：]*"
    rf"(?P<clock>{_CLOCK}(?:[ \t\u3000]*[〜～~\-－―から]+(?:[ \t\u3000]*{_CLOCK})?)?)"
    r"[ \t\u3000]+(?P<room>\S.*?)[ \t\u3000]*$"
)


def clock_and_room_parted(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        m = _LINE.match(line)
        if m:
            out += [f"開会時刻:{m.group('clock')}", f"場所:{m.group('room')}"]
        else:
            out.append(line)
    return out
