"""開会 13時05分 1 開催日時 令和2年6月4日(木) 閉会 14時50分: the opening and closing clocks printed beside the date's
row, a form flattened into one line.

The 日時 field then holds the date and the closing clock only; a clock after 閉会 (散会) is where the sitting ended,
never where it opened. The opening is the clock after 開会 on the lines above or around the date.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_CLOCK = r"(?:午前|午後)?[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*(?:時[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000]*分|半)?|[:：][0-9０-９]{2})"
_CLOSED = re.compile(rf"(?:閉会|散会)[ \t\u3000]*(?P<c>{_CLOCK})")
_OPENED = re.compile(rf"開会(?:宣告)?[ \t\u3000]*(?P<c>{_CLOCK})")


def closing_clock_apart(values: list[str], lines: list[str], clocks: Callable) -> tuple[str | None, str | None] | None:
    """(opening, closing) where a value's only clock follows 閉会; None where no value is of that shape."""
    for value in values:
        closed = _CLOSED.search(value)
        if not closed or clocks(value[:closed.start()])[0] or clocks(value[closed.end():])[0]:
            continue
        opened = next((m.group("c") for line in lines for m in [_OPENED.search(line)] if m), None)
        return (clocks(opened)[0] if opened else None), clocks(closed.group("c"))[0]
    return None
