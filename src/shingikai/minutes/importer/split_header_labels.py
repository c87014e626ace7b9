"""A form's label column printed apart from its values (日\\n場\\n議\\n時:…\\n所:…\\n題:…).

A two-letter label column (日時 / 場所 / 議題) spaced out in the PDF comes out as the first letters one a line, then
each label's second letter still before its colon and value. The first letters are put back before the lines they
belong to, in order, so the header reads 日時:… / 場所:… / 議題:… . Only a run of at least two single letters
followed by as many lines of one letter and a colon is read so; anything else is left as printed.
"""
from __future__ import annotations

import re

from .paired_columns import columns_paired

_LETTER = re.compile(r"^[ \u3000]*([一-龥])[ \u3000]*$")
_SECOND = re.compile(r"^[ \u3000]*[一-龥][ \u3000]*[::]")


def split_header_labels_joined(lines: list[str]) -> list[str]:
    return columns_paired(lines, lambda line: bool(_LETTER.match(line)), lambda line: bool(_SECOND.match(line)),
                          lambda letter, value: _LETTER.match(letter).group(1) + value.lstrip(" \t\u3000"))
