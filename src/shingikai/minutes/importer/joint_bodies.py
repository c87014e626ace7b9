"""A body several municipalities hold together belongs to none of them.

北山市・南野町合併協議会 (a merger council), 北山・南野地区教科用図書採択市町(組合)教育委員会協議会 (the boards of a
district's towns together), 北部地域ごみ焼却処理広域化第1ブロック会議 (towns planning one shared plant): the body meets
in one member's hall, but the hall's city is its host, not its owner. A union set up as a body of its own
(北山広域環境施設組合, 後期高齢者医療広域連合) is a local public body and is read elsewhere.
"""
from __future__ import annotations

import re

_JOINT = re.compile(
    r"合併協議会|広域化"
    # 市町(組合): the towns of a district and their union, each by its board.
    r"|市町村?[(（]組合[)）]"
    # 北山市・南野町, 北山市 南野町…協議会: two municipalities joined in the body's own name.
    r"|[一-龥々ヶ]{1,5}[市町村][・\s][一-龥々ヶ]{1,5}[市町村](?:[一-龥々ヶァ-ヴー・]{0,20})(?:協議会|会議|委員会)"
)


def held_by_several(names: list[str | None]) -> bool:
    """True where the body's name (or the record's title naming it) names a body of several municipalities."""
    return any(name and _JOINT.search(name) for name in names)
