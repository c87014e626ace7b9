"""A box-drawn seat table read column after column: 出席議員 / 1.北野一郎4.南田健…　2.東山花子　　5.西川清….

An assembly's roster drawn in box characters (│ 1.北野一郎 │ 2.東山花子 │ 3.西川 清 │) comes out of the cleaning with its
columns one after the other on one line, each seat's number and a dot before the name and nothing between one seat's
name and the next seat's number. The seat numbers are the check: the line is read only where it is made of such entries
and nothing else, and their numbers are every seat from 1 up, each once.
"""
from __future__ import annotations

import re
import unicodedata

from .roster import People

_SP = r"[ \t\u3000]"
_LABEL = re.compile(rf"^{_SP}*出{_SP}*席{_SP}*(?:議|委){_SP}*員{_SP}*(?:[(（]{_SP}*[0-9０-９]{{1,3}}{_SP}*[名人]{_SP}*[)）])?{_SP}*$")
_LETTERS = r"[一-龥々豈-﫿ヶぁ-んァ-ヶー]"
# 3.北野 健: a single blank inside a short name that its cell spaced out (a longer one fills the cell); a wider gap
# parts two seats.
_ENTRY = re.compile(rf"(?<![0-9０-９])(?P<n>[0-9０-９]{{1,3}})[.．](?P<name>{_LETTERS}{{1,3}} {_LETTERS}{{1,3}}(?!{_LETTERS})|{_LETTERS}{{1,6}})")
_AT_LEAST = 3


def dotted_seat_roster(lines: list[str]) -> People | None:
    """The members of a seat table read column after column under its label (see the module); None elsewhere."""
    for i, line in enumerate(lines):
        if not _LABEL.match(line):
            continue
        rows = []
        for more in lines[i + 1:i + 4]:
            if not _ENTRY.search(more):
                break
            rows.append(more)
        text = "\n".join(rows)
        entries = list(_ENTRY.finditer(text))
        if len(entries) < _AT_LEAST or _ENTRY.sub("", text).strip(" \t\u3000\n"):
            return None
        seats = {int(unicodedata.normalize("NFKC", m.group("n"))): m.group("name").replace(" ", "") for m in entries}
        if len(seats) != len(entries) or sorted(seats) != list(range(1, len(seats) + 1)):
            return None
        return People(tuple(dict.fromkeys(seats[k] for k in sorted(seats))))
    return None
