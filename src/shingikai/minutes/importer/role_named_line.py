"""A roster line whose label the page lost, each entry its office and a name: 委員長 北野一郎、副委員長 南田健、委員 東山亨、….

A city's page of a meeting's record prints its table's values without their labels (the date, the room, then the
members): the attendance line is known by its own shape. Every entry, three or more, is a member's office (委員長,
副会長, 委員 …) and a name a blank after it; a line with anything else among its entries (北野副市長, 総合政策部長) is
not read, but for the staff's own line joined on after the members' (the entry they meet in is dropped). The entry of the 委員長 (会長, 座長) names the chair.
"""
from __future__ import annotations

import re

from .roster import People

_SP = r"[ \t\u3000]"
_ENTRY = re.compile(rf"{_SP}*(?P<r>副?委員長|副?会長|会長職務代理者?|委員長職務代理者?|副?座長|委員){_SP}+"
                    rf"(?P<n>[一-龥々豈-﫿ヶ][一-龥々豈-﫿ヶぁ-んァ-ヶー]{{1,7}}){_SP}*")
# 西川清北野副市長: a name that ends in an office is two entries run together.
_OFFICE_END = re.compile(r"(?:長|員|官|課|部|室|係|主査|主事|主幹|参事)$")
_CHAIRS = ("委員長", "会長", "座長")
_AT_LEAST = 3


def role_named_line(lines: list[str]) -> People | None:
    """The members of the first line made only of office-and-name entries (see the module); None without one."""
    for line in lines:
        entries = line.strip(" \t\u3000").split("、")
        if len(entries) < _AT_LEAST:
            continue
        read = [m if (m := _ENTRY.fullmatch(e)) and not _OFFICE_END.search(m.group("n")) else None for e in entries]
        if None in read:
            # …委員 西川清北野副市長、南田総合政策部長…: the staff's line joined on after the last member's, where the
            # one entry cannot be parted; the members before it are read, the entry and the staff after it are not.
            cut = read.index(None)
            if any(read[cut:]) or not _ENTRY.match(entries[cut]):
                continue
            read = read[:cut]
            if len(read) < _AT_LEAST:
                continue
        names = [m.group("n") for m in read]
        chairs = [m.group("n") for m in read if m.group("r") in _CHAIRS]
        return People(tuple(dict.fromkeys(names)), chairs[0] if len(chairs) == 1 else None)
    return None
