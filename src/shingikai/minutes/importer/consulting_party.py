"""The party that consults a body, listed among those present (【諮問者】 / 北山市統計課:南田課長).

A statistics council's 部会 lists, beside its members and the ministries that help it, the office that put the
question to it, under 【諮問者】 (or 諮問者:). A sitting that lists one and deliberates one matter deliberates that
office's 諮問: the item is a 諮問, and the office (the line's first words, before the officials' posts) its department.
An item whose kind or department was read elsewhere keeps them; a sitting of several items is left as read (which
of them was consulted is not said).
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
_LABEL = re.compile(rf"^{_SP}*(?:【{_SP}*諮{_SP}*問{_SP}*者{_SP}*】|諮問者{_SP}*[:：]){_SP}*(?P<v>.*)$")
_UNIT = re.compile(r"^[^\s:：、,()（）]{2,30}(?:[(（][^()（）]{1,12}[)）])?")
_OPENING = 80


def _consulting_unit(lines: list[str]) -> str | None:
    for i, line in enumerate(lines[:_OPENING]):
        m = _LABEL.match(line)
        if not m:
            continue
        value = m.group("v").strip(" \t\u3000") or next((x.strip(" \t\u3000") for x in lines[i + 1:i + 3] if x.strip()), "")
        unit = _UNIT.match(value)
        return unit.group(0) if unit else None
    return None


def consulted_item_marked(lines: list[str], items: list[dict]) -> None:
    if len(items) != 1 or items[0].get("kind") not in (None, "その他"):
        return
    unit = _consulting_unit(lines)
    if unit is None:
        return
    items[0]["kind"] = "諮問"
    if not items[0].get("departments"):
        items[0]["departments"] = [unit]
