"""92回北山審議会会議録: the sitting's count whose 第 the copy lost, run on before the body's name.

No body is named by a count, so the digits and 回 that open what was read as the name are the sitting's count, kept as
printed (the 第 is not restored: the page does not print it), and the rest is the body's name.
"""
from __future__ import annotations

import re

_UNMARKED_COUNT = re.compile(r"^(?P<count>[0-9０-９]{1,3}回)(?P<body>[一-龥々ヶァ-ヴー・][^\s]{3,})$")


def count_apart(council: str | None) -> tuple[str | None, str | None]:
    """(the body's name, the sitting's count) where the name opens with a count without 第; else (council, None)."""
    m = _UNMARKED_COUNT.match(council or "")
    if not m:
        return council, None
    return m.group("body"), m.group("count")
