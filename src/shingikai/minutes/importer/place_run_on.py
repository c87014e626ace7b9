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
# flattened form prints it. Any word that opens with 出席 (出席者の氏名, 出席者及び, 出席者数:12人, 出席委員氏名) or
# 議題 (議題等) is a field's, never a room's; 議事 alone is (議事堂 is a building).
_NEXT_FIELD = re.compile(
    r"[ \t\u3000]+(?:[0-9０-９]{1,2}[ \t\u3000]+(?=出席)|[(（][0-9０-９]{1,2}[)）][ \t\u3000]*|[0-9０-９]{1,2}[、.．][ \t\u3000]*)?"
    r"(?:(?:議事|次第|会議次第|付託事件|(?:開議|開会|散会|閉会)年月日時)(?=[ \t\u3000:：]|$)|出席|議題|会議に出席した"
    rf"|{_spaced('委員の出欠')}(?=[ \t\u3000]|$)"
    r"|(?:会[ \t\u3000]*長|委[ \t\u3000]*員|副[ \t\u3000]*会[ \t\u3000]*長)[ \t\u3000]*[:：])"
    # 北山市役所 本館2階 第3会議室 北野 一郎、南田 健、…: the roster run on after the room, two names each with its 、
    # (本館 会議室、別館会議室 is one room's words).
    r"|[ \t\u3000]+(?=[一-龥々]{1,3}[ \t\u3000][一-龥々ぁ-ん]{1,3}、[一-龥々]{1,3}[ \t\u3000]?[一-龥々ぁ-ん]{1,3}、)"
)
# 北山会館 3階大会議室(北山市南町四丁目1番1号), 北山会館 平安の間(北山市中区南通上ル): the venue's street address in
# brackets after the room is no part of it. A bracket naming the venue otherwise ((北山県民文化会館)) or its floor
# ((市役所5階), (南町ビル8階), (北山市南町700番地北山ビル3階)) stays.
_ADDRESS_AFTER = re.compile(
    r"[ \t\u3000]*[(（](?=[一-龥々ヶ]{1,5}?[都道府県市区町村郡])(?![^()（）]*階)(?=[^()（）]*(?:[0-9０-９]|丁目|番地|通|上ル|下ル))"
    r"[^()（）]{4,60}[)）]$"
)
# 北山県庁西庁舎109号会議室 ○: a mark left after the room by a form's cell.
_MARK_AFTER = re.compile(r"[ \t\u3000]+[○◯●◎]$")


def room_before_next_field(place: str) -> str:
    m = _NEXT_FIELD.search(place)
    place = place[:m.start()] if m and m.start() >= 2 else place
    return _MARK_AFTER.sub("", _ADDRESS_AFTER.sub("", place)) or place
