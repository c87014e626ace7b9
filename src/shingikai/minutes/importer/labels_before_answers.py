"""A two-column speaker table flattened so that its labels come first and the words after (委員:\\n事務局:\\n…).

When the label cell and the words cell of a table row are extracted column by column, a run of bare labels
(``委員:`` / ``事務局:`` / ``委員:`` / ``事務局:``) is followed by as many paragraphs, one a row. The labels are
paired with the paragraphs in order, each row written as ``委員: …`` for the speaker readers. Only a run of at least
two bare labels, each ending in a colon, followed by at least as many lines that are not labels, is read so.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES
from .paired_columns import columns_paired

_BARE_LABEL = re.compile(rf"^[ \u3000]*((?:[一-龥々ァ-ヶー]{{0,12}}(?:{ROLE_SUFFIXES})|事務局))[ \u3000]*[::][ \u3000]*$")
_ANY_LABEL = re.compile(rf"^[ \u3000]*[一-龥々ァ-ヶー]{{0,12}}(?:{ROLE_SUFFIXES}|事務局)[ \u3000]*[::]")


def _words(line: str) -> bool:
    return bool(line.strip()) and not _ANY_LABEL.match(line)


def labels_paired_with_answers(lines: list[str]) -> list[str]:
    return columns_paired(lines, lambda line: bool(_BARE_LABEL.match(line)), _words,
                          lambda label, words: f"{_BARE_LABEL.match(label).group(1)}: {words.strip()}")
