"""公安委員会: a prefecture's public safety commission, whose page seldom names its prefecture before its own name.

Its prefecture is claimed from the police it oversees (北山県警察本部 …) where one prefecture's police alone is named.
A page that calls its own police 当県警察 names other prefectures' police and commissions when they ask for help
(南海県公安委員会からの援助要求 … 南海県警察に派遣); those are set aside, and the prefecture is the one left that the
page names, if only one (北山県監査委員, 北山県情報公開審査会).
"""
from __future__ import annotations

import re

from .municipality import PREFECTURES

_PREF = "|".join(PREFECTURES)
_POLICE_OR_COMMISSION = re.compile(rf"(?P<m>{_PREF})(?=警察|公安委員会)")
_POLICE = re.compile(rf"(?P<m>{_PREF})(?=警察)")
_ANY = re.compile(rf"(?P<m>{_PREF})")
_OWN_POLICE = re.compile(r"(?:当|本)県警察")


def is_commission(council: str | None) -> bool:
    """公安委員会 named bare: a prefecture's, the prefecture left unsaid."""
    return council == "公安委員会"


def prefecture_of_commission(text: str) -> str | None:
    """The prefecture whose 公安委員会 the page is, or None where the page leaves two."""
    if _OWN_POLICE.search(text):
        others = {m.group("m") for m in _POLICE_OR_COMMISSION.finditer(text)}
        left = {m.group("m") for m in _ANY.finditer(text)} - others
        return next(iter(left)) if len(left) == 1 else None
    police = {m.group("m") for m in _POLICE.finditer(text)}
    return next(iter(police)) if len(police) == 1 else None
