"""│開閉会日時 │開 議│平成29年12月20日 午前10時00分│ / │及び宣告 │閉 会│… 午前10時12分│: a box-drawn table whose
opening and closing clocks stand each in the cell after its own word, a row apart. Its cells joined column by column
(開閉会日時及び宣告 開議 閉会 平成29年12月20日 午前10時00分 平成29年12月20日 午前10時12分) name the two words first,
then the two dated clocks in the same order.
"""
from __future__ import annotations

import re

from .conventions import CLOCK, ERA_DATE

_GAP = r"[ \t\u3000]*"
_WORDS_THEN_CLOCKS = re.compile(
    rf"(?:開{_GAP}議|開{_GAP}会){_GAP}(?:閉{_GAP}会|散{_GAP}会){_GAP}"
    rf"(?:{ERA_DATE})?{_GAP}(?P<open>{CLOCK}){_GAP}(?:{ERA_DATE})?{_GAP}(?P<close>{CLOCK})")


def clocks_in_box_cells(lines: list[str], parse_clock) -> tuple[str | None, str | None] | None:
    """The opening and closing clock of the joined box rows, or None where no line holds them."""
    for line in lines:
        m = _WORDS_THEN_CLOCKS.search(line)
        if m and (start := parse_clock(m.group("open"))):
            return start, parse_clock(m.group("close"))
    return None
