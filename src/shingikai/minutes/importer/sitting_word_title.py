"""定例会議の開催概要(…) over 定例会議では、…公安委員会としての意思決定を行いました: a title that names the sitting by its
kind (定例会議, 臨時会議) names no body. The body is the one the page names most, bare, with one mention near the top;
claimed only where no other body is named as often (北山県公安委員会 of a neighbour asking for help is another body).
"""
from __future__ import annotations

import re
from collections import Counter

SITTING_WORD = re.compile(r"(?:定例|臨時)会議")
_BODY = re.compile(r"(?<![一-龥々ァ-ヴー・])[一-龥々ァ-ヴー・]{2,16}?(?:審議会|審査会|委員会|協議会|懇話会|懇談会)(?!委員)")


def body_of_sitting(lines: list[str], near_top: int = 5) -> str | None:
    """The body a page titled by its sitting's kind names most, or None where two are named as often."""
    counts = Counter(m.group(0) for line in lines for m in _BODY.finditer(line))
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    if n < 2 or rest[0][1] >= n:
        return None
    return best if any(best in line for line in lines[:near_top]) else None
