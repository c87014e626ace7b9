"""An attendance field stated empty, the next field's label and list run on under it.

欠席議員 / なし / 説明のための出席者 / • 市長 北野 一郎 …: the field's value is the one word that says no one; a
label the header does not know (説明のための出席者) leaves the next group's rows under it. What follows the word
is another list, none of them away.
"""
from __future__ import annotations

from . import header as hdr


def none_closes_field(value: str | None) -> str | None:
    """The value cut after its first line where that line says no one and more lines follow."""
    if not value or "\n" not in value.strip():
        return value
    first = value.strip().split("\n", 1)[0]
    return first if hdr.is_none_value(first) and first.strip(" \t\u3000") else value
