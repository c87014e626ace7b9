"""北山県環境審議会 温泉部会, 北山審議会第 61 回資源分科会, 北山協議会 第6回専門委員会: the title names the parent body, then
the sub-body that sat (部会, 分科会, 小委員会, 専門委員会, ワーキンググループ, 調査会, 理事会), a blank or the sitting's count (and
year) between them. The record is the sub-body's, named after its parent as the answers and the seeds name it.
"""
from __future__ import annotations

import re

from .conventions import ERA_YEAR

_GAP = r"[ \t\u3000]*"
_SUB = re.compile(
    rf"{_GAP}(?:{ERA_YEAR}度?{_GAP})?(?:第{_GAP}[0-9０-９]{{1,3}}{_GAP}回{_GAP})?"
    # 北山審議会北分科会第二部会: a sub-body numbered in kanji (第二部会) keeps its 第, which counts no sitting.
    r"(?P<sub>(?:第[一二三四五六七八九十]{1,3}[^\s()（）「」『』、。:：第]{0,28}?|[^\s()（）「」『』、。:：第]{1,30}?)"
    # 北山区自治会連絡協議会三役会理事会: the board of the body's officers sits as itself too.
    r"(?:専門分科会|分科会|部会|小委員会|専門委員会|運営委員会|ワーキンググループ|調査会|理事会))"
    # …第二部会会合(第6回)議事録: the sub-body's sitting called a 会合.
    r"(?=[ \t\u3000(（]|会合|会議録|議事録|議事要旨|議事概要|$)"
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
