"""Business numbered in square brackets, each number opening its line: a ministry's 議事要旨 lists what the sitting
did as [1] …について(審議) / [2] 「…」について、事務局より報告された。 (or ［１］ in full width).

An entry is either a title with a note in brackets of what was done with it ((審議), (報告)), or a sentence that tells
what was done with its subject (…について、事務局より報告された。): the subject, up to its について, is the title.
"""
from __future__ import annotations

import re

# [1] …, ［２］ …: the number in square brackets, opening its line.
_ENTRY = re.compile(r"^[ \t\u3000]*[\[［][ \t\u3000]*(?P<n>[0-9０-９]{1,2})[ \t\u3000]*[\]］][ \t\u3000]*(?P<rest>\S.*)$")
# 港湾計画について(審議): the title and the note of what was done with it.
_NOTED = re.compile(r"^(?P<t>[^。]{2,80}?)[ \t\u3000]*[(（](?P<note>審議|報告|協議|説明|諮問|答申)(?:事項)?[)）]$")
# 「…」について、事務局より報告された。: the subject up to its について, then what was done with it.
_TOLD = re.compile(r"^(?P<t>[^。]{2,100}?について)[、,][^。]{0,30}?(?P<verb>報告|説明|審議|協議|議論|意見交換)[^。]{0,20}。")
_KINDS = {"報告": "報告", "諮問": "諮問"}


def _number(s: str) -> int:
    return int(s.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def bracket_numbered_business(lines: list[str], stop: int) -> list[tuple[str, str | None, int]]:
    """(title, kind or None, line) for each entry of the first run [1], [2], … above line stop, numbered on from 1
    with two entries at least; [] where there is none."""
    found: list[tuple[str, str | None, int]] = []
    for i in range(min(stop, len(lines))):
        m = _ENTRY.match(lines[i])
        if m is None:
            continue
        if _number(m.group("n")) != len(found) + 1:
            if found:
                break
            continue
        rest = m.group("rest").strip(" \t\u3000")
        noted, told = _NOTED.match(rest), _TOLD.match(rest)
        if noted:
            found.append((noted.group("t").strip(" \t\u3000"), _KINDS.get(noted.group("note")), i))
        elif told:
            found.append((told.group("t"), _KINDS.get(told.group("verb")), i))
        elif "。" not in rest and len(rest) <= 80:
            found.append((rest, None, i))
        else:
            break
    return found if len(found) >= 2 else []
