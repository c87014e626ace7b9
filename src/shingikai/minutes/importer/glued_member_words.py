"""Names run together, each closed by its office word (藤井委員井阪委員有村委員): the office word is the separator.

A copy that lost the list's 、 between some entries leaves one surname's 委員 glued to the next surname. An office word
followed at once by a short run of letters and another office word (or the list's end) closes an entry; 委員会, 委員長
and 委員補 are words of their own, not a closed entry.
"""
from __future__ import annotations

import re

# A run of two or more such entries, standing alone: no letter before its first name (民生委員児童委員協議会 inside an
# affiliation starts mid-word) and none after its last office word.
_KANJI = "一-龥々ヶ"
_RUN = re.compile(rf"(?<![{_KANJI}ぁ-んァ-ヶー])(?:[{_KANJI}]{{1,4}}?(?:委員|議員)(?![会長補{_KANJI}])|[{_KANJI}]{{1,4}}?(?:委員|議員)(?=[{_KANJI}]{{1,4}}?副?(?:委員|議員)(?![会補])))+")
_OFFICE_THEN_NAME = re.compile(rf"(委員|議員)(?=[{_KANJI}])")


def member_words_apart(value: str) -> str:
    """``value`` with a 、 after each office word glued to the next entry's name."""
    if "委員" not in value and "議員" not in value:
        return value
    return _RUN.sub(lambda m: _OFFICE_THEN_NAME.sub(r"\1、", m.group(0)), value)
