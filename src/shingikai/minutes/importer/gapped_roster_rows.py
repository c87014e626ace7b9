"""A roster table flattened with wide gaps between its cells (第一分科会長  上野  淳  北山大学副学長).

Each row is the member's office, the name (its surname and given name set apart by one or two blanks, as the table
centred them) and the affiliation, the cells parted by two blanks or more; an affiliation too long for its cell runs
on to the next line alone. Each row is written as the list reader knows a member with a note (上野淳(第一分科会長・
北山大学副学長)), so the name is read whole and the office tells who chairs; a run-on line is joined to its row's note.
Only two rows or more in a run are read so.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES

_SP = r"[ \t\u3000]"
_ROLE = re.compile(rf"^[一-龥](?:{_SP}?[一-龥]){{0,7}}$")
_ROLE_END = re.compile(rf"(?:{ROLE_SUFFIXES})$")
_CELLS = re.compile(rf"{_SP}{{2,}}")
_SURNAME = re.compile(r"^[一-龥々ヶ]{2,4}$")
_GIVEN = re.compile(r"^[一-龥々ヶぁ-んァ-ヶー]{1,4}$")
_BARE_MEMBERS_LABEL = re.compile(r"^[ \t\u3000]*委[ \t\u3000]*員[ \t\u3000]*(?P<note>(?:[(（][^)）]{1,10}[)）])?)[ \t\u3000]*$")
_SEATS = ("副委員長", "委員長", "副会長", "会長", "座長", "委員")


def seat_of(office: str) -> str:
    """第一分科会長 / 臨時委員 → 会長 / 委員: the office by its last word, as the list reader knows it."""
    return next((w for w in _SEATS if office.endswith(w)), office)


_NAME_ONE_CELL = re.compile(rf"^([一-龥々ヶ]{{1,4}}){_SP}([一-龥々ヶぁ-んァ-ヶー]{{1,4}})$")


def _is_office(cell: str) -> bool:
    return bool(_ROLE.match(cell) and _ROLE_END.search(re.sub(_SP, "", cell)))


def _row(line: str) -> tuple[str, str, str] | None:
    cells = _CELLS.split(line.strip(" \t\u3000"))
    if len(cells) < 3 or not _ROLE.match(cells[0]):
        return None
    office = re.sub(_SP, "", cells[0])
    if not _ROLE_END.search(office):
        return None
    if any(_is_office(c) for c in cells[1:3]):
        # 委員     北野一郎     委員     南田健: two members a row, each after the office; the other table's.
        return None
    one = _NAME_ONE_CELL.match(cells[1])
    if one:
        name, rest = one.group(1) + one.group(2), cells[2:]
    elif len(cells) >= 4 and _SURNAME.match(cells[1]) and _GIVEN.match(cells[2]):
        name, rest = cells[1] + cells[2], cells[3:]
    else:
        return None
    # 委 員   岡  田  哲  明        委 員   高  橋 …: a name spaced letter by letter, two members a row, is the other
    # table's; an affiliation is words, never one letter or another office.
    if any(len(c) < 3 or _is_office(c) for c in rest):
        return None
    return office, name, " ".join(rest)


def gapped_roster_rows_read(lines: list[str]) -> list[str]:
    rows = [_row(line) for line in lines]
    if sum(1 for r in rows if r) < 2:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        row = rows[i]
        if row and not any(rows[:i]):
            above = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip(" \t\u3000")), None)
            if above is not None and _BARE_MEMBERS_LABEL.match(out[above]):
                # 委員(敬称略) over the rows: the table's heading names those who sat, the header's 出席委員.
                out[above] = _BARE_MEMBERS_LABEL.sub(r"出席委員\g<note>", out[above])
        if not row:
            out.append(lines[i])
            i += 1
            continue
        office, name, note = row
        k = i + 1
        # The affiliation's run-on: a short line of words between two rows, no label and no row of its own.
        while True:
            j = k
            while j < len(lines) and not lines[j].strip(" \t\u3000"):
                j += 1
            nxt = next((n for n in range(j + 1, len(lines)) if lines[n].strip(" \t\u3000")), None)
            if (j < len(lines) and not rows[j] and nxt is not None and rows[nxt] and len(lines[j].strip()) <= 20
                    and not re.search(r"[::。()()]", lines[j])):
                note += lines[j].strip(" \t\u3000")
                k = j + 1
                continue
            break
        # 第一分科会長 / 第二部会長: the section's head chairs this sitting; the list reader knows the office by its last word.
        seat = seat_of(office)
        out.append(f"{name}({seat}・{note.strip()})")
        i = k
    return out
