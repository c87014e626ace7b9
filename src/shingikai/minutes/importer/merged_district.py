"""場所 南野町民センター … 事務局 北野支所長 … 第2期第1回地域協議会: the council of a district (地域協議会) that was a town
before a merger meets in the hall that keeps the old town's name, its office now a branch (支所) of the merged town.
The hall names no municipality of today; where the page names that town nowhere else, none is claimed from it.
"""
from __future__ import annotations


def town_merged_away(town: str, text: str) -> bool:
    """True where ``town`` is named only by a hall of its people, on a district council's page served by a branch."""
    if town[-1] not in "町村" or "地域協議会" not in text or "支所" not in text:
        return False
    return text.count(town) == text.count(town + "民")
