"""A date in slashed numbers with the year last, under its field's label (発言日: 06/29/2011).

A database page prints the day as its software's locale does, the month first (06/29/2011) or the day first
(29/06/2011). The date is written as the readers know it (2011年6月29日) only where the order cannot be mistaken: one
of the first two numbers over 12 is the day. Where both could be the month (06/07/2011) it is left as printed, and the
date stays unknown rather than guessed.
"""
from __future__ import annotations

import re

_LABELLED = re.compile(
    r"(?P<label>(?:発言|開催|会議|開会)日(?:時)?[ \t\u3000]*[:：][ \t\u3000]*)"
    r"(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>(?:19|20)[0-9]{2})(?![0-9/])"
)


def _written(m: re.Match[str]) -> str:
    a, b = int(m.group("a")), int(m.group("b"))
    if a > 12 >= b >= 1:
        month, day = b, a
    elif b > 12 >= a >= 1 and b <= 31:
        month, day = a, b
    else:
        return m.group(0)
    return f"{m.group('label')}{m.group('y')}年{month}月{day}日"


def slashed_dates_written(text: str) -> str:
    return _LABELLED.sub(_written, text) if "/" in text else text
