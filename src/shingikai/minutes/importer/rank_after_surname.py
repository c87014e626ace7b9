"""A post read after a surname in a speaker's label, where the post is a rank rather than a unit.

○北野係長, ○南田副室長: the label is a person by surname and rank. Cutting 長 leaves 北野係 or 南田副室, a
surname run into the rank's word, not the unit that brings the business; a null beats a department nobody runs.
A unit word before the rank (総務課庶務係長) leaves a unit named, and the caller keeps what it read.
"""
from __future__ import annotations

import re

# 北野係 / 矢ノ目係 / 南田副室 / 東山副課: a short name and nothing else before the rank's word. A unit word before
# it (庶務係, 総務課 …) is read by the caller; a 係 is never taken as the department bringing a case.
_RANK_AFTER_NAME = re.compile(r"^[一-龥々ァ-ヶー]{1,5}?(?:副(?:室|課|部|局|所|館|園)|係)$")
# …課庶務係, …センター係: a unit word before the 係 leaves a unit to claim, so the caller keeps what it read.
_UNIT_WORD_INSIDE = re.compile(r"課|室|部|局|センター|所|館|園|担当|グループ|チーム|事務")


def rank_after_surname(unit: str) -> bool:
    """Whether ``unit`` (a label's post with its closing 長 cut) is a surname run into a rank's word."""
    if not _RANK_AFTER_NAME.match(unit):
        return False
    stem = unit[:-2] if unit[-2:-1] == "副" else unit[:-1]
    return not _UNIT_WORD_INSIDE.search(stem)
