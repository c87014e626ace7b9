"""The municipality of a body whose page files it under another body of the same owner.

トップ > くらし > 公安委員会 > 北山県公安委員会 > 警察署協議会 > 令和3年…開催の警察署協議会会長連絡会議: the body that sat
names no place, but the site files its page under a body that does (the prefecture's commission over the councils of
its police stations). The crumbs that open with a place's name before a body's word must all name the same one; a
crumb that only names a place (北山市 > …) is left to the breadcrumb readers, and two places mean none.
"""
from __future__ import annotations

import re

from .municipality import municipality_from_prefix

_CRUMB_SPLIT = re.compile(r"[ \t\u3000]*[>＞»›][ \t\u3000]*")
_BODY_WORD = re.compile(r"(?:委員会|審議会|審査会|協議会)$")


def owner_in_crumbs(lines: list[str]) -> str | None:
    owners = set()
    for line in lines:
        crumbs = _CRUMB_SPLIT.split(line.strip(" \t\u3000"))
        if len(crumbs) < 3:
            continue
        for crumb in crumbs[1:-1]:
            if _BODY_WORD.search(crumb) and (owner := municipality_from_prefix(crumb)):
                owners.add(owner)
    return owners.pop() if len(owners) == 1 else None
