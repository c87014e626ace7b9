"""A member named twice in one roster: by surname among the attendance, in full among the officers (北野 / 北野一郎).

A small council's record lists who came by surname and post (北野教育長,南田委員長) and, a few lines on, the officers it
chose with their full names (会長:北野一郎(北山市教育長)); both runs reach the roster, so one person is counted twice.
A surname is replaced by the one full name that opens with it, at the surname's place, and the full name's own entry
goes. A surname that opens two full names, or a full name that is the surname with one letter more (a three-letter
surname), is left as it is: which person it is would be a guess.
"""
from __future__ import annotations

_SURNAME = range(2, 4)
_GIVEN_LETTERS = 2


def surnames_made_whole(members: list[str] | None, chair: str | None) -> tuple[list[str] | None, str | None]:
    if not members or len(members) < 3:
        return members, chair
    whole = {}
    for name in members:
        if len(name) not in _SURNAME:
            continue
        full = [m for m in members if m.startswith(name) and len(m) - len(name) >= _GIVEN_LETTERS]
        if len(full) == 1:
            whole[name] = full[0]
    if not whole or len(set(whole.values())) != len(whole):
        return members, chair
    out = []
    for name in members:
        if name in whole.values():
            continue
        out.append(whole.get(name, name))
    return out, whole.get(chair, chair)
