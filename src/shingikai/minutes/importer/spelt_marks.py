"""A speaker's mark spelt out as a word (しろまる北村部会長 それでは、…).

Some PDF-to-text services write the ○ before each label as its reading, しろまる (and ◎ as にじゅうまる, ● as
くろまる), glued to the label. Only a word at the start of a line and followed at once by a letter is read as the mark:
the words inside a sentence are left alone.
"""
from __future__ import annotations

import re

_SPELT = {"しろまる": "○", "にじゅうまる": "◎", "くろまる": "●"}
_AT_LINE_START = re.compile(r"(?m)^([ \u3000]*)(" + "|".join(_SPELT) + r")(?=[一-龥々ァ-ヶ])")
# One spelt mark is a coincidence (a word in a speech); a mark opens several labels in a record.
_AT_LEAST = 2


def spelt_marks_written(text: str) -> str:
    """The text with each spelt-out mark at a line's start written as the mark, where the text has several."""
    if "まる" not in text or len(_AT_LINE_START.findall(text)) < _AT_LEAST:
        return text
    return _AT_LINE_START.sub(lambda m: m.group(1) + _SPELT[m.group(2)], text)
