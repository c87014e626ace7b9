"""北山県環境審議会 温泉部会, 北山審議会第 61 回資源分科会, 北山協議会 第6回専門委員会: the title names the parent body, then
the sub-body that sat (部会, 分科会, 小委員会, 専門委員会, ワーキンググループ, 調査会), a blank or the sitting's count (and
year) between them. The record is the sub-body's, named after its parent as the answers and the seeds name it.
"""
from __future__ import annotations

import re

from .conventions import ERA_YEAR

_GAP = r"[ \t\u3000]*"
_SUB = re.compile(
    rf"{_GAP}(?:{ERA_YEAR}度?{_GAP})?(?:第{_GAP}[0-9０-９]{{1,3}}{_GAP}回{_GAP})?"
    r"(?P<sub>[^\s()（）「」『』、。:：第]{1,30}?(?:専門分科会|分科会|部会|小委員会|専門委員会|運営委員会|ワーキンググループ|調査会))"
    r"(?=[ \t\u3000(（]|会議録|議事録|議事要旨|議事概要|$)"
)


def with_sub_body(council: str, titles: list[str]) -> str:
    """``council`` with the sub-body the title names right after it, or ``council`` as it was."""
    for title in titles:
        at = (title or "").find(council)
        if at < 0:
            continue
        m = _SUB.match(title, at + len(council))
        if m:
            return council + m.group("sub")
    return council
