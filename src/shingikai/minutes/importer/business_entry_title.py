"""第二 特別委員会設置の件 among the first lines: an entry of the day's order of business (議事日程) that the page's
title block ran into, not a title. The committee it sets up is business of the sitting, never the body that sat.
"""
from __future__ import annotations

import re

_ENTRY = re.compile(r"^[ \t\u3000]*(?:日程)?第[一二三四五六七八九十0-9０-９]{1,3}[ \t\u3000]+\S.{0,60}?の件$")


def is_business_entry(line: str) -> bool:
    """True for 第二 …の件 / 日程第3 …の件: one entry of the order of business."""
    return _ENTRY.match(line or "") is not None
