"""Members counted, then named in a bracket: 出席者:【協議会委員】 委員:4人(北野,南田,東,西川) 欠席:1人(北山).

A city's text record sums up attendance group by group: the group's word, how many came, and their surnames in one
bracket, parted by commas; those away the same way after 欠席. The count is the check: a bracket is read only where it
names as many people as the count before it says, and each entry is a name's shape (one to five letters, no office).
"""
from __future__ import annotations

import re
import unicodedata

from .roster import People

_SP = r"[ \t\u3000]"
_GROUP = (rf"(?P<g>委{_SP}*員|出{_SP}*席(?:委{_SP}*員|者)?|欠{_SP}*席(?:委{_SP}*員|者)?){_SP}*[:：]?{_SP}*"
          rf"(?P<n>[0-9０-９]{{1,3}}){_SP}*[名人]{_SP}*[(（](?P<names>[^()（）\n]+)[)）]")
_COUNTED = re.compile(_GROUP)
_NAME = re.compile(r"[一-龥々豈-﫿ヶ][一-龥々豈-﫿ヶぁ-んァ-ヶー]{0,4}")
_OFFICE = re.compile(r"[長員官課部局]$")


def _names(m: re.Match[str]) -> list[str] | None:
    names = [e.strip(" \t\u3000") for e in re.split(r"[,，、・]", m.group("names"))]
    if len(names) != int(unicodedata.normalize("NFKC", m.group("n"))):
        return None
    if not all(_NAME.fullmatch(n) and not _OFFICE.search(n) for n in names):
        return None
    return names


def counted_bracket_names(value: str | None) -> People | None:
    """The members a counted bracket names in an attendance value, those away from the 欠席 one (see the module)."""
    present, absent = None, None
    for m in _COUNTED.finditer(value or ""):
        names = _names(m)
        if names is None:
            continue
        if m.group("g").lstrip().startswith("欠"):
            absent = absent if absent is not None else names
        elif present is None:
            present = names
    if present is None:
        return None
    return People(tuple(dict.fromkeys(present)), None, absent=tuple(absent) if absent is not None else None)
