"""A roster whose entries are parted now by 、 and now by a blank (北野一郎 南田健、東山清 西川明、… 4名).

Whether a blank parts two names or a surname from its given name the shape alone cannot say; the list's own count
can. Where parting on both gives exactly as many entries as the count, and every entry is a word of a name's
length, each entry is a name as printed (letters the copy damaged included: the count vouches for the entry).
"""
from __future__ import annotations

import re
import unicodedata

_COUNT_AT_END = re.compile(r"[ \t\u3000]*(?:計|以上)?[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*(?:名|人)[ \t\u3000]*$")
_ENTRY = re.compile(r"[^\s0-9０-９()（）:：、,，。]{2,6}")
_NOT_NAME = re.compile(r"委員|会長|議長|出席|欠席|事務局|職員|名簿|とおり|別紙")


def names_by_count(value: str | None, count: int | None) -> list[str] | None:
    """The entries of ``value`` parted on 、 and blanks, where they are exactly as many name-length words as ``count``
    (or the count closing the value); else None."""
    if not value or "\n" in value.strip():
        return None
    closing = _COUNT_AT_END.search(value)
    count = count or (int(unicodedata.normalize("NFKC", re.sub(r"\D", "", closing.group(0)))) if closing else None)
    if count is None or count < 2:
        return None
    entries = [e for part in re.split(r"[、,，]", _COUNT_AT_END.sub("", value)) for e in part.split()]
    if len(entries) != count or not all(_ENTRY.fullmatch(e) and not _NOT_NAME.search(e) for e in entries):
        return None
    return entries
