"""A roster with each person's surname and given name on two lines (北野\n一郎 委員長\n南田\n花子 委員).

A board's record typed as a table of two cells a person loses the cell border in extraction: the surname stays alone on
its line and the given name opens the next, followed by the post. Read line by line, the roster lists surnames and given
names as people of their own and no post reaches the surname. The two lines are joined where the second is a given name
followed by a post, and only in a run of three such people or more. A line the page's layout pushed between the two
(the room printed beside the roster, 3階委員会室 D) is not a name: it is moved above the roster's heading, where the
header's facts are, instead of being read as a person.
"""
from __future__ import annotations

import re

_SURNAME = re.compile(r"^[ \u3000]*[一-龥々]{1,4}[ \u3000]*$")
_GIVEN_AND_POST = re.compile(r"^[ \u3000]*[一-龥々ぁ-んァ-ヶ]{1,4}[ \u3000]+[一-龥々ぁ-んァ-ヶ]*(?:長|員|事|理|官|与|監|補)(?:[(（].*)?$")
# The line between the two halves may be anything but a name: it must carry a figure or a room's word.
_STRAY = re.compile(r"[0-9０-９]|室|階|館|ホール")
_AT_LEAST = 3


def _pair_at(lines: list[str], i: int) -> tuple[int, int | None] | None:
    """(index of the given-name line, index of a stray line between) for a surname at i, or None."""
    if not _SURNAME.match(lines[i]) or i + 1 >= len(lines):
        return None
    if _GIVEN_AND_POST.match(lines[i + 1]):
        return i + 1, None
    if i + 2 < len(lines) and _STRAY.search(lines[i + 1]) and not _SURNAME.match(lines[i + 1]) \
            and _GIVEN_AND_POST.match(lines[i + 2]):
        return i + 2, i + 1
    return None


def split_names_joined(lines: list[str]) -> list[str]:
    pairs = {}
    i = 0
    while i < len(lines):
        found = _pair_at(lines, i)
        if found:
            pairs[i] = found
            i = found[0] + 1
        else:
            i += 1
    if len(pairs) < _AT_LEAST:
        return lines
    out: list[str] = []
    heading = None  # where the current run's heading sits in out
    i = 0
    while i < len(lines):
        if i in pairs:
            given, stray = pairs[i]
            if heading is None:
                heading = max(len(out) - 1, 0)
            if stray is not None:
                out.insert(heading, lines[stray].strip())
                heading += 1
            out.append(lines[i].strip() + lines[given].strip())
            i = given + 1
            continue
        heading = None
        out.append(lines[i])
        i += 1
    return out
