"""A roster whose roles stand before their groups: 座長 北野一郎 委員 南田健、東山花子、西川三郎.

The chair's office and name, then the members' word, then the members listed with 、: the words set apart by spaces
are no part of the first names. The value is rewritten as the list reader knows it (北野一郎座長、南田健、…), the
chair's office after the name so that the reader still tells who chairs.
"""
from __future__ import annotations

import re

_GAP = r"[ \t\u3000]+"
_ROLE_GROUPS = re.compile(
    r"^[ \t\u3000]*(?P<office>座長|会長|部会長|委員長|議長)" + _GAP + r"(?P<name>[一-龥々ヶぁ-んァ-ヶ]{2,8})" + _GAP
    + r"(?:委員|構成員|部会員)" + _GAP + r"(?=[^\s、,]{2,8}[、,])"
)


def role_groups_apart(value: str) -> str:
    return _ROLE_GROUPS.sub(lambda m: f"{m.group('name')}{m.group('office')}、", value, count=1)
