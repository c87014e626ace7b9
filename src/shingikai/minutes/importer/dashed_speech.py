"""Speech set out as dashed bullets under a bracketed label alone on its line: (北野委員) / - …か。 / (会長) / - ….

A summary page may give each speaker's points as `- ` bullets under the label. Elsewhere a `- ` line is a step of the
sitting (- 開会, - 質疑応答), so the readers do not take it for speech; where two labels at least stand over such bullets,
the bullets under each are written with the ・ bullet the speaker readers know for a speaker's points. A line of two
labels over one bullet ((北野委員)(南田課長)) is read as its first speaker's, the bullet holding one statement.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES

_LABEL = rf"[（(][^()（）\s]{{0,16}}?(?:{ROLE_SUFFIXES}|事務局)[）)]"
_LABELS_ALONE = re.compile(rf"^(?P<pad>[ \t\u3000]*)(?P<first>{_LABEL})(?:[ \t\u3000]*{_LABEL})?[ \t\u3000]*$")
_DASHED = re.compile(r"^(?P<pad>[ \t\u3000]*)-[ \t\u3000]+(?=\S)")


def dashed_speech_under_labels(lines: list[str]) -> list[str]:
    """The lines with the dashed bullets under each lone label written as ・ bullets, where two labels at least have
    them; the lines unchanged otherwise."""
    heads = []
    for i, line in enumerate(lines):
        if line[:8].lstrip(" \t\u3000")[:1] in "(（" and (m := _LABELS_ALONE.match(line)):
            below = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
            if below is not None and _DASHED.match(lines[below]):
                heads.append((i, m, below))
    if len(heads) < 2:
        return lines
    out = list(lines)
    for i, m, below in heads:
        out[i] = m.group("pad") + m.group("first")
        j = below
        while j < len(out) and (d := _DASHED.match(out[j])):
            out[j] = d.group("pad") + "・" + out[j][d.end():]
            j += 1
    return out
