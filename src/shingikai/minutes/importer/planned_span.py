"""第1回北山市協議会次第 / 日時 … 午前10時から11時30分まで … 協議会報告 / 1 開催日時 … 午前10時から 2 会場 …: the
order of business sent before the sitting states the span planned for it; the report after it gives the sitting's
own opening clock and no close. The planned close is not claimed as the sitting's.
"""
from __future__ import annotations

import re

from .conventions import CLOCK, ERA_DATE

_GAP = r"[ \t\u3000]*"
_OPEN_ENDED = re.compile(
    rf"開催日時{_GAP}[:：]?{_GAP}(?:{ERA_DATE}){_GAP}(?:[(（][^()（）]{{1,4}}[)）])?{_GAP}(?P<clock>{CLOCK}){_GAP}から"
    rf"(?!{_GAP}(?:{CLOCK}))")


# …協議会次第 日時 …: the order of business's title, its 日時 field right after it, near the top of the page.
_ORDER_OF_BUSINESS = re.compile(r"次第[ \t\u3000\n]*(?:[0-9０-９][.．]?[ \t\u3000]*)?日[ \t\u3000]*時")


def close_only_planned(text: str, start: str | None, parse_clock) -> bool:
    """True where a 次第 heads a page whose report opens the sitting at ``start`` and names no close."""
    if not start or not _ORDER_OF_BUSINESS.search(text[:400]):
        return False
    return any(parse_clock(m.group("clock")) == start for m in _OPEN_ENDED.finditer(text))
