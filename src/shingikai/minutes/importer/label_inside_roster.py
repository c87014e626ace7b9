"""The attendance label printed in the middle of its own list.

(北山市都市計画審議会委員) 北野 一郎、南田 健、… 東山 花子、 4.出席者氏名 西川 明、森本 清 (事務局) …: a form's label
cell set at the middle of a tall value cell comes out, in a copy that runs the cells onto one line, after the
value's first rows. The list then opens before the label, under the members' bracketed group word, and its last
entry before the label still carries the 、 that joins it to the rest.
"""
from __future__ import annotations

import re

_HEAD_BEFORE_LABEL = re.compile(
    r"[(（](?:[^()（）\s]{0,20})?委員[)）][ \t\u3000]*(?P<head>[^()（）]{2,400}?、)[ \t\u3000]*"
    r"(?:[0-9０-９]{1,2}[ \t\u3000]*[.．、]?[ \t\u3000]*)?出[ \t\u3000]*席[ \t\u3000]*者[ \t\u3000]*(?:氏[ \t\u3000]*)?名"
)

# 佐久間 勇 (: the next group's bracket, its word cut off by the field's end.
_OPEN_BRACKET_LEFT = re.compile(r"[ \t\u3000]*[(（][ \t\u3000]*$")


def roster_head_before_label(lines: list[str], value: str | None) -> str | None:
    """The whole list: the members' rows printed before the attendance label whose value is ``value`` (see above),
    then the value (the opening bracket of the next group it was cut before dropped); None where there are none."""
    if not value:
        return None
    start = value.strip(" \t\u3000")[:8]
    for line in lines:
        if "委員" not in line or "席" not in line:
            continue
        for m in _HEAD_BEFORE_LABEL.finditer(line):
            if line[m.end():].lstrip(" \t\u3000:：").startswith(start):
                return m.group("head") + _OPEN_BRACKET_LEFT.sub("", value)
    return None
