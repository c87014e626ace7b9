"""The next group's label run onto the members' list (… 東山健委員 事務局の職氏名 北山課長 …, … 西川清委員 ( 事務局 ) …,
… 22番 森本進欠席議員(なし)).

The copy lost the line break before the label of the list that follows, so the last member and the label share a
line; read as one entry the two name no one and the last member is lost. The label ends the members' list there.
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
_NEXT_GROUP = re.compile(
    # 事務局の職氏名 / 事務局職員 / 説明員の職・氏名: a staff list's label, words after it.
    rf"{_SP}+(?:事務局|説明員|理事者|執行部)(?:の職・?氏名|職員|出席者)(?={_SP}|$)"
    # ( 事務局 ) / (説明員): the staff's heading in brackets.
    rf"|{_SP}+[(（]{_SP}*(?:事務局|説明員|理事者|執行部){_SP}*[)）]"
    # 森本進欠席議員(なし / 森本進欠席委員:南田: the absent list's label glued to the last name.
    rf"|(?<=[一-龥々ぁ-んァ-ヶ])欠席(?:議員|委員|者)(?={_SP}*[(（:：]|\n)"
)


def members_before_next_group(value: str) -> str:
    """``value`` up to a run-on label of the list after it; unchanged where there is none."""
    m = _NEXT_GROUP.search(value)
    return value[:m.start()] if m and m.start() > 0 else value
