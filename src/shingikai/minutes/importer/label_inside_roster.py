"""The attendance label printed in the middle of its own list.

(北山市都市計画審議会委員) 北野 一郎、南田 健、… 東山 花子、 4.出席者氏名 西川 明、森本 清 (事務局) …: a form's label
cell set at the middle of a tall value cell comes out, in a copy that runs the cells onto one line, after the
value's first rows. The list then opens before the label, under the members' bracketed group word (or, with none,
as two or more names each closed by 、 straight after the field before), and its last entry before the label still
carries the 、 that joins it to the rest.
"""
from __future__ import annotations

import re

_LABEL = (r"[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000]*[.．、]?[ \t\u3000]*)?出[ \t\u3000]*席[ \t\u3000]*"
          r"(?:者[ \t\u3000]*(?:氏[ \t\u3000]*)?名|委[ \t\u3000]*員)")
_HEAD_BEFORE_LABEL = re.compile(
    r"[(（](?:[^()（）\s]{0,20})?委員[)）][ \t\u3000]*(?P<head>[^()（）]{2,400}?、)" + _LABEL
    # 第3会議室 北野 一郎、南田 健、 出 席 委 員 東山 花子、…: no group word; two or more names, each closed by 、,
    # straight before the label.
    # Each name is read one way only (possessive), so a list with no label after it fails at once.
    + r"|(?P<names>(?:(?<=[\s、])[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{0,8}+(?:[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}+)?+"
    r"[ \t\u3000]*+、[ \t\u3000]*+){2,})"
    + _LABEL
)
# 佐久間 勇 (: the next group's bracket, its word cut off by the field's end.
_OPEN_BRACKET_LEFT = re.compile(r"[ \t\u3000]*[(（][ \t\u3000]*$")


def roster_head_before_label(lines: list[str], value: str | None) -> str | None:
    """The whole list: the members' rows printed before the attendance label whose value is ``value`` (see above),
    then the value (the opening bracket of the next group it was cut before dropped); None where there are none."""
    if not value:
        return None
    start = value.strip(" \t\u3000")[:8]
    # The cleaning may have set the label on a line of its own: the lines are read as one.
    text = " ".join(lines)[:6000]
    if "委" not in text or "席" not in text:
        return None
    for m in _HEAD_BEFORE_LABEL.finditer(text):
        if text[m.end():].lstrip(" \t\u3000:：").startswith(start):
            return (m.group("head") or m.group("names")) + _OPEN_BRACKET_LEFT.sub("", value)
    return None
