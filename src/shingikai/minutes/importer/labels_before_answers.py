"""A two-column speaker table flattened so that its labels come first and the words after (委員:\\n事務局:\\n…).

When the label cell and the words cell of a table row are extracted column by column, a run of bare labels
(``委員:`` / ``事務局:`` / ``委員:`` / ``事務局:``) is followed by as many paragraphs, one a row. The labels are
paired with the paragraphs in order, each row written as ``委員: …`` for the speaker readers. Only a run of at least
two bare labels, each ending in a colon, followed by at least as many lines that are not labels, is read so.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES

_BARE_LABEL = re.compile(rf"^[ \u3000]*((?:[一-龥々ァ-ヶー]{{0,12}}(?:{ROLE_SUFFIXES})|事務局))[ \u3000]*[::][ \u3000]*$")
_ANY_LABEL = re.compile(rf"^[ \u3000]*[一-龥々ァ-ヶー]{{0,12}}(?:{ROLE_SUFFIXES}|事務局)[ \u3000]*[::]")


def labels_paired_with_answers(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and _BARE_LABEL.match(lines[k]):
            k += 1
        count = k - i
        words = lines[k:k + count]
        if count >= 2 and len(words) == count and all(w.strip() and not _ANY_LABEL.match(w) for w in words):
            for j in range(count):
                out.append(f"{_BARE_LABEL.match(lines[i + j]).group(1)}: {words[j].strip()}")
            i = k + count
            continue
        out.append(lines[i])
        i += 1
    return out
