"""The chair of a 部会 that sat on its own, named only by the label it speaks under.

北山審議会北山分科会第二部会会合(第6回)議事録 / ○ 北野部会長: where the body that sat is itself a 部会 (its name
ends so, or the record's title names a 部会's minutes), the one who speaks as 部会長 chairs it. Elsewhere a 部会長 is a section's head
speaking at the parent body, and no chair of it; a 副部会長 or 部会長代理 is not the chair either.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# 第二部会会合(第6回)議事録, 施策部会 議事要旨: a title naming one 部会's record (not 合同, two sections' sitting).
_SECTION_TITLE = re.compile(r"部会[^。、\n]{0,12}(?:議事録|会議録|議事要旨|議事概要)")
_SECTION_CHAIR = re.compile(r"(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,10}?)(?<!副)部会長")


def section_chair_spoken(labels: Iterable[str], council: str | None, titles: list[str], members: list[str]) -> str | None:
    """The surname (made whole from ``members`` where one member bears it) of the one who speaks most as 部会長,
    where ``council`` or one of the ``titles`` names a 部会."""
    if not (council or "").endswith("部会") and not any(
            len(t) <= 80 and "合同" not in t and _SECTION_TITLE.search(t) for t in titles):
        return None
    spoken = Counter(m.group("n") for label in labels if (m := _SECTION_CHAIR.fullmatch(re.sub(r"[ \t\u3000]", "", label))))
    if not spoken:
        return None
    name = spoken.most_common(1)[0][0]
    whole = [p for p in members if p.startswith(name)]
    return whole[0] if len(whole) == 1 else name
