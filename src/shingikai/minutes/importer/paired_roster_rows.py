"""A two-column attendance table flattened row by row: members on the left, officials on the right.

A ministry's council prints its 出席者 as a table of two columns, the members (grouped 分科会長 / 委員 / 臨時委員 / 専門委員,
each group label on its first row only) beside the officials who attend for the ministries (財務省 江島関税局長). Read row
by row, each line is a member's name, surname and given name apart by one blank, then the official on the same row:

    出席者
    部会長 北野 一郎 北山省 南田局長
    委員 東山 花子 西川審議官
    西山 次郎 東田総務課長

The left cell is the member (the group label, where printed, is their seat); the right cell is the official, whose post
too long for the cell may run on to the next row (…確保対策 / 推進室長). Each member is written as the list reader knows a
member with a note (北野一郎(部会長)), and the officials together on a 説明者 line, so neither is read as the other. Only a
run of four rows or more under an attendance label, with group labels and officials' posts on most rows, is read so.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES
from .gapped_roster_rows import seat_of

_ATTENDANCE = re.compile(r"^[ \t\u3000]*(?:出席者|出席委員|出席者名簿)[ \t\u3000]*$")
# The left cell: an optional group label, then a name as surname, one blank, given name.
_ROW = re.compile(
    r"^[ \t\u3000]*(?:(?P<group>[一-龥]{0,6}(?:委員|会長|委員長|部会長|座長))[ \u3000])?"
    r"(?P<sur>[一-龥々ヶ]{1,4})[ \u3000](?P<given>[一-龥々ヶ]{1,3}|[ぁ-んァ-ヶー]{2,5})"
    r"(?:[ \u3000]+(?P<right>\S.*?))?[ \t\u3000]*$"
)
# An official's post ends the right cell: 江島関税局長, 山崎審議官, 伊藤…調整官.
_POST_END = re.compile(rf"(?:{ROLE_SUFFIXES}|官|長)$")
# A right cell holding a name pair is the other table's (two members a row), not an official.
_NAME_PAIR = re.compile(r"^[一-龥々ヶ]{1,4}[ \u3000][一-龥々ヶ]{1,3}$")
_MIN_ROWS = 4


def _rows(lines: list[str], start: int) -> list[re.Match[str]]:
    rows = []
    for line in lines[start:]:
        m = _ROW.match(line)
        if m is None or (m.group("right") and _NAME_PAIR.match(m.group("right"))):
            break
        rows.append(m)
    return rows


def _officials(rights: list[str]) -> list[str]:
    """The right cells as officials, a post that ran on to the next row joined to its start."""
    out: list[str] = []
    for cell in rights:
        if out and not _POST_END.search(out[-1]):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def paired_roster_rows_read(lines: list[str]) -> list[str]:
    """The lines with a flattened two-column attendance table written as members with notes and one 説明者 line."""
    for k, line in enumerate(lines):
        if not _ATTENDANCE.match(line):
            continue
        rows = _rows(lines, k + 1)
        rights = [m.group("right") for m in rows if m.group("right")]
        if (len(rows) < _MIN_ROWS or not any(m.group("group") for m in rows)
                or sum(1 for r in rights if _POST_END.search(r)) * 2 < len(rows)):
            continue
        seat, members = None, []
        for m in rows:
            group = m.group("group")
            if group:
                seat = seat_of(group)
            name = m.group("sur") + m.group("given")
            members.append(f"{name}({seat})" if seat else name)
        return [*lines[:k + 1], *members, "説明者 " + "、".join(_officials(rights)), *lines[k + 1 + len(rows):]]
    return lines
