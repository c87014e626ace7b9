"""A speaker's label inside the bracketed stage note that opens the sitting ([開会 北野教育長 午後3時]).

A board's record typed as a table sets the opening as one bracketed cell: what happened, who spoke first and the clock,
the cell's lines run together when the page is extracted (`[開会北野教育長午後3時]`), then the first speech on the next
line. The note is read as the sitting's clock line (午後3時開会) and the label as a line of its own over the speech, as
the record's other labels stand. Only a note that opens or resumes the sitting, ends on a clock and holds a label with
a post between them is read so.
"""
from __future__ import annotations

import re

from .conventions import CLOCK, OPENING_WORDS, ROLE_SUFFIXES

_NOTE = re.compile(
    rf"^[ \t\u3000]*[\[［〔(（][ \t\u3000]*(?P<word>{OPENING_WORDS})[ \t\u3000]*"
    rf"(?P<label>[一-龥々ぁ-んァ-ヶ]{{1,12}}?(?:{ROLE_SUFFIXES}))[ \t\u3000]*"
    rf"(?P<clock>{CLOCK})[ \t\u3000]*[\]］〕)）][ \t\u3000]*$"
)


def stage_note_label_apart(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        m = _NOTE.match(line) if "時" in line else None
        if m is None:
            out.append(line)
            continue
        out.extend([m.group("clock") + m.group("word"), m.group("label")])
    return out
