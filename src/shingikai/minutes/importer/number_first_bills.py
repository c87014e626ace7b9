"""A bill named number first, in kanji numerals (第四八号議案「…」).

Some prefectural assemblies write a bill as 第N号議案 rather than 議案第N号, and a record set in kanji numerals spells
the number digit by digit (第四八号議案) or in words (第百二号議案). Only a title in quotes right after the number is
taken: the bare form (第四八号議案の…所管分について) runs on into the sentence and says nothing of where the title ends.
"""
from __future__ import annotations

import re

from shingikai.jp.wareki import kanji_to_int

_KANJI_DIGITS = "〇一二三四五六七八九十百"
NUMBER_FIRST_BILL = re.compile(
    rf"第(?P<n>[0-9０-９]{{1,3}}|[{_KANJI_DIGITS}]{{1,5}})号(?P<w>議案|報告|請願|陳情|諮問)「(?P<t>[^「」。]{{4,60}})」"
)


def bill_number(match: re.Match[str]) -> int | None:
    """The number of a NUMBER_FIRST_BILL match as an integer (四八 → 48, 百二 → 102)."""
    return kanji_to_int(match.group("n"))
