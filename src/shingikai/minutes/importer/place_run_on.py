"""The room where the next field runs on after it on one line (場所 北山市役所7階 会議室7 議事 …について).

A page flattened into one paragraph, or a form whose cells were read left to right, leaves the next field's label
after the room with only a blank between: the agenda (議事, 議題, 次第) or those present (出席者, 会 長:, 委 員:). The room
ends before that label. 事務局 is left out: a room may be a secretariat's office (北山市観光協会 事務局).
"""
from __future__ import annotations

import re


def _spaced(word: str) -> str:
    return r"[ \t\u3000]*".join(word)


# 第二委員会室 3 出席した委員 …, 北山ホール 第2会議室 (3)次第, 401委員会室 開議年月日時 …, 南野合同庁舎 大会議室
# 委 員 の 出 欠 出席者 …: the next field's number before its label, or its label spaced out letter by letter, as a
# flattened form prints it.
_NEXT_FIELD = re.compile(
    r"[ \t\u3000]+(?:[0-9０-９]{1,2}[ \t\u3000]+(?=出席)|[(（][0-9０-９]{1,2}[)）][ \t\u3000]*)?(?:(?:議事|議題|次第|出席者|出席委員|出席した委員|(?:開議|開会|散会|閉会)年月日時)(?=[ \t\u3000:：]|$)"
    rf"|{_spaced('委員の出欠')}(?=[ \t\u3000]|$)"
    r"|(?:会[ \t\u3000]*長|委[ \t\u3000]*員|副[ \t\u3000]*会[ \t\u3000]*長)[ \t\u3000]*[:：])"
)


def room_before_next_field(place: str) -> str:
    m = _NEXT_FIELD.search(place)
    return place[:m.start()] if m and m.start() >= 2 else place
