"""An agenda field's title kept apart from the sentence printed under it.

A ministry's summary page sets each field as a label line over its value; under 議題 the case's title, then a line
that says what the case is about (今回の議題は、…を求めるものである。):

    議題

     北山市版「白書」の骨子(案)について
     今回の議題は、…について意見を求めるものである。

The title ends as a case's title does and the next line is a sentence of its own, so the two are not one line broken
at the page's edge. Only the first line under a lone agenda word is kept so; any other line ending on について may be
a sentence wrapped there.
"""
from __future__ import annotations

import re

from .conventions import AGENDA_HEADING_WORDS

_SP = " \t\u3000"
_LONE_WORD = re.compile(r"[■□◆◇●・【〔<＜]?(?:" + "|".join(AGENDA_HEADING_WORDS) + r")[】〕>＞]?")
_TITLE_END = re.compile(r"(?:について|の件|[(（]案[)）])$")
# A sentence of its own: it says what it is about (…は、) and closes with a full stop.
_SENTENCE = re.compile(r"^[^。]{1,20}?は[、,，][^\n]*。$")


def title_under_agenda_word(out: list[str], blanks: int, line: str) -> bool:
    """Whether ``line`` is a sentence under a case title that is the first value under a lone agenda word (``out``
    the lines so far, the last ``blanks`` of them blank)."""
    k = len(out) - 1 - blanks
    if k < 1 or not _TITLE_END.search(out[k].strip(_SP)) or not _SENTENCE.match(line.strip(_SP)):
        return False
    j = k - 1
    while j >= 0 and not out[j].strip(_SP):
        j -= 1
    return j >= 0 and _LONE_WORD.fullmatch(out[j].strip(_SP)) is not None
