"""A seat table flattened two members a line (役職名 議席番号 氏 名 役職名 議席番号 氏 名 / 会長 19 北野 一郎 委員 9 南田 健).

An agricultural committee's roster is a table of two halves, each row an office, a seat number and a name; the text
layer runs both halves of a row onto one line after the column heads, and an office too long for its cell
(副会長(会長職務代理者)) comes out alone on a line above its seat. Each seat is written one a line, as the roster reader
knows it (会長 19番 北野 一郎), an office alone carried to the seat below it. Read only under the column heads, and only
while every line is seats and offices: the first other line ends the table.
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
_HEAD_WORD = re.compile(rf"役{_SP}?職{_SP}?名|議{_SP}?席{_SP}?番{_SP}?号|氏{_SP}?名")
_OFFICE = r"(?:副?(?:会長|委員長|議長)|(?:農業|推進|農地利用最適化推進)?委員)(?:[(（][^()（）\n]{1,12}[)）])?"
_NAME_PART = r"[一-龥々ヶぁ-んァ-ヶー]"
_NAME = rf"{_NAME_PART}{{1,4}}{_SP}(?!{_OFFICE}(?:{_SP}|$)){_NAME_PART}{{1,5}}|{_NAME_PART}{{2,8}}"
_SEAT = re.compile(rf"(?:(?P<office>{_OFFICE}){_SP}+)?(?P<n>[0-9０-９]{{1,3}}){_SP}+(?P<name>{_NAME})(?={_SP}|$)")
_OFFICE_ALONE = re.compile(rf"(?P<office>{_OFFICE})(?={_SP}|$)")
_HEAD_SPAN = 12


def _pieces(line: str) -> list[tuple[str | None, str | None, str | None]] | None:
    """The line's seats and lone offices, in order, or None where anything else is on it."""
    out, at, s = [], 0, line.strip(" \t\u3000")
    while at < len(s):
        m = _SEAT.match(s, at)
        if m:
            out.append((m.group("office"), m.group("n"), m.group("name")))
        else:
            m = _OFFICE_ALONE.match(s, at)
            if not m:
                return None
            out.append((m.group("office"), None, None))
        at = m.end()
        while at < len(s) and s[at] in " \t\u3000":
            at += 1
    return out


def _head_end(lines: list[str], i: int) -> int | None:
    """Where the column heads starting at line i end (the index after the last head word's line), if they are all
    there (office, seat and name) within a few lines."""
    seen, last = set(), None
    for j in range(i, min(len(lines), i + _HEAD_SPAN)):
        words = _HEAD_WORD.findall(lines[j])
        if not words and lines[j].strip(" \t\u3000"):
            break
        seen.update(re.sub(_SP, "", w) for w in words)
        if words:
            last = j
    return last if seen == {"役職名", "議席番号", "氏名"} else None


def seat_pairs_listed(lines: list[str]) -> list[str]:
    if not any("番" in line and "議席番号" in re.sub(_SP, "", line) for line in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        last = _head_end(lines, i) if _HEAD_WORD.search(lines[i]) else None
        if last is None:
            out.append(lines[i])
            i += 1
            continue
        # The first row runs on after the last head word.
        rest = [_HEAD_WORD.split(lines[last])[-1]] + lines[last + 1:]
        seats: list[str] = []
        office, k = None, 0
        while k < len(rest):
            if not rest[k].strip(" \t\u3000"):
                k += 1
                continue
            pieces = _pieces(rest[k])
            if not pieces:
                break
            for off, n, name in pieces:
                if n is None:
                    office = off
                    continue
                seats.append(f"{off or office or ''} {n}番 {name}".strip())
                office = None
            k += 1
        if len(seats) < 2:
            out.append(lines[i])
            i += 1
            continue
        out.extend(seats)
        i = last + k
    return out
