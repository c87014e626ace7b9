"""92回北山審議会会議録: the sitting's count whose 第 the copy lost, run on before the body's name.

No body is named by a count, so the digits and 回 that open what was read as the name are the sitting's count, kept as
printed (the 第 is not restored: the page does not print it), and the rest is the body's name. 第1北山県…審議会, the
回 lost instead, before the municipality that opens the body's name: the count is no part of the name either, but
labels nothing (the letter is not restored).
"""
from __future__ import annotations

import re

from .municipality import municipality_from_prefix

_COUNT_WITHOUT_KAI = re.compile(r"^第[0-9０-９]{1,3}(?![次期号回条部分区班種章節代])(?P<body>[一-龥々ヶ][^\s]{4,})$")
_UNMARKED_COUNT = re.compile(r"^(?P<count>[0-9０-９]{1,3}回)(?P<body>[一-龥々ヶァ-ヴー・][^\s]{3,})$")


def count_apart(council: str | None) -> tuple[str | None, str | None]:
    """(the body's name, the sitting's count) where the name opens with a count without 第; else (council, None)."""
    m = _UNMARKED_COUNT.match(council or "")
    if not m:
        lost = _COUNT_WITHOUT_KAI.match(council or "")
        if lost and municipality_from_prefix(lost.group("body")):
            return lost.group("body"), None
        return council, None
    return m.group("body"), m.group("count")
