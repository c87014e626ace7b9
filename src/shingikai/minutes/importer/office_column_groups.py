"""A roster whose left column names each group once (会 長 北野一郎 / 委 員 南田健 / 東山清 / 幹 事 西川明 …).

The members' offices (会長, 委員 …) head the first rows; an office that is no member's (幹事, 事務局, 説明員 …) heads
the officials who serve the body, and every row from it on is theirs, whatever follows (a minister's aide, the
ministry's staff with no group word of their own).
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
# 会   長  宮廻… / 委員  出水沢…: a group word, perhaps letter-spaced, set apart from the name by a wide blank.
_LABEL = re.compile(rf"^{_SP}*(?P<l>[一-龥](?:{_SP}{{0,3}}[一-龥]){{1,6}}?)(?={_SP}{{2,}}\S)")
_MEMBER_OFFICE = re.compile(r"副?(?:会長|委員長|座長|部会長)|(?:会長|委員長|座長)(?:職務)?代理者?|(?:臨時|専門)?委員|構成員")
_OTHER_OFFICE = re.compile(r"幹事|事務局|説明員|書記|参与|随行|関係者|関係職員|職員")


def member_groups_only(value: str) -> str:
    """``value`` cut before the first row headed by an office that is no member's, where member offices head the
    rows before it; ``value`` unchanged else."""
    if "\n" not in value:
        return value
    lines = value.split("\n")
    members_seen = False
    for i, line in enumerate(lines):
        m = _LABEL.match(line)
        if not m:
            continue
        label = re.sub(rf"{_SP}", "", m.group("l"))
        if _MEMBER_OFFICE.fullmatch(label):
            members_seen = True
        elif members_seen and _OTHER_OFFICE.fullmatch(label) and i > 0:
            return "\n".join(lines[:i])
    return value
