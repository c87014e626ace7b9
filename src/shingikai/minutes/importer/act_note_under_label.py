"""A label over a note of what its speaker did, no words of the speech (座長: / (あいさつ), (会長) / 開会宣言).

A summary record may keep a statement only as a note of the act: the greeting given, the sitting declared open,
a report made and the staff introduced ((事務局) / (人事異動の報告及び職員の紹介)). The label and its note are a
turn of that speaker, as a label over the speech itself is.
"""
from __future__ import annotations

import re

_ACT = r"(?:あいさつ|挨拶|説明|報告|紹介|宣言|宣告|朗読|確認)"
_ACT_NOTE = re.compile(
    # (あいさつ), (資料の確認), (人事異動の報告及び職員の紹介): the act alone in brackets.
    rf"[(（][^()（）。「」]{{0,40}}?{_ACT}(?:を行う|を行った|する|した)?[)）]"
    # 開会宣言, 閉会の宣告, 開会あいさつ: the sitting's opening or closing declared, unbracketed.
    r"|(?:開会|閉会|開議|散会)(?:の)?(?:宣言|宣告|あいさつ|挨拶)"
    # 委員長 | (省略): the statement left out of the summary, its speaker kept.
    r"|[(（](?:以下)?(?:省略|略)[)）]"
)

# (…の人事異動についての報告): a note with a subject is read for the business it names; it is left to those readers.
_NAMED = re.compile(r"から|より|による|について")


def act_note(line: str) -> bool:
    """Whether ``line`` (stripped) is only a note of what the speaker above it did."""
    # (南田委員から挨拶): a note naming who acts is a heading over another's words, not this speaker's act.
    line = line.lstrip("|｜ \t\u3000")
    return len(line) <= 44 and _ACT_NOTE.fullmatch(line) is not None and _NAMED.search(line) is None
