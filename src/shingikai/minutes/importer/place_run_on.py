"""The room where the next field runs on after it on one line (場所 北山市役所7階 会議室7 議事 …について).

A page flattened into one paragraph, or a form whose cells were read left to right, leaves the next field's label
after the room with only a blank between: the agenda (議事, 議題, 次第) or those present (出席者, 会 長:, 委 員:). The room
ends before that label. 事務局 is left out: a room may be a secretariat's office (北山市観光協会 事務局).
"""
from __future__ import annotations

import re

_NEXT_FIELD = re.compile(
    r"[ \t\u3000]+(?:(?:議事|議題|次第|出席者|出席委員)(?=[ \t\u3000:：]|$)"
    r"|(?:会[ \t\u3000]*長|委[ \t\u3000]*員|副[ \t\u3000]*会[ \t\u3000]*長)[ \t\u3000]*[:：])"
)


def room_before_next_field(place: str) -> str:
    m = _NEXT_FIELD.search(place)
    return place[:m.start()] if m and m.start() >= 2 else place
