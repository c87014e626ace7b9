"""A wrap blank inside 委員 in a run of members written name委員(affiliation) (北野一郎委 員(北山町森林組合)).

A roster printed as a paragraph of `name委員(affiliation)`, its page flattened onto one line, keeps a blank where each
printed line ended; where that fell inside 委員 the name reads 北野一郎委 and the word is lost to the list reader. The
blank is dropped only before the affiliation's bracket, and only in a text that writes its members so three times or
more.
"""
from __future__ import annotations

import re

_RUN_ENTRY = "委員("
_BROKEN = re.compile(r"(?<=[一-龥々])委[ \u3000]+員(?=[(（])")
_AT_LEAST = 3


def member_word_closed(text: str) -> str:
    if "委 員" not in text and "委\u3000員" not in text:
        return text
    if text.count(_RUN_ENTRY) + text.count("委員（") < _AT_LEAST:
        return text
    return _BROKEN.sub("委員", text)
