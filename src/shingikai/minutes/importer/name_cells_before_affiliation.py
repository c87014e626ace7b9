"""A roster table's cells one a line: surname, given name, then the member's affiliation.

北野 / 一郎 / 北山大学教授 / 南田 / 健 / 北山商工会議所会頭 …: a roster printed as a table of name and affiliation
columns, its name cell itself two cells (surname, given name), comes out one cell a line. Read line by line, each
half of a name is a person of its own and each affiliation a name. Where three or more people read so, each pair of
short lines before an affiliation is one name, and the affiliations go. The extraction may run an affiliation's
last line onto the next surname (…高等学校校長南田 / 健): the letters after the post's last word are that surname.
A name printed whole on one line (東山 花子) stays as it is.
"""
from __future__ import annotations

import re

_HALF = re.compile(r"[一-龥々ヶ豈-﫿]{1,4}|[一-龥々ヶ豈-﫿]{1,2}[ぁ-ん]{1,3}")
_WHOLE = re.compile(r"[一-龥々ヶ豈-﫿]{1,4}[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}")
# …高等学校校長南田: the affiliation's post, then a surname the extraction ran onto it.
_POST_THEN_SURNAME = re.compile(r"^(?P<aff>.{4,}?(?:長|役|授|員|事|官|職|理|代理))(?P<sur>[一-龥々ヶ]{1,3})$")
_AT_LEAST = 3


def _affiliation(line: str) -> bool:
    return len(line) >= 5 and not _WHOLE.fullmatch(line)


def name_cells_joined(value: str) -> str:
    """The value as one name a line where it is a column of such cells (see above); else unchanged."""
    lines = [ln.strip(" \t\u3000") for ln in value.split("\n")]
    lines = [ln for ln in lines if ln]
    names: list[str] = []
    pairs, i = 0, 0
    while i < len(lines):
        line = lines[i]
        after = lines[i + 2] if i + 2 < len(lines) else None
        if i + 1 < len(lines) and _HALF.fullmatch(line) and _HALF.fullmatch(lines[i + 1]) \
                and (after is None or _affiliation(after)) and (i == 0 or not _HALF.fullmatch(lines[i - 1])):
            names.append(f"{line} {lines[i + 1]}")
            pairs, i = pairs + 1, i + 2
            continue
        glued = _POST_THEN_SURNAME.match(line) if i + 1 < len(lines) and _affiliation(line) else None
        if glued and _HALF.fullmatch(lines[i + 1]) and (after is None or _affiliation(after)):
            names.append(f"{glued.group('sur')} {lines[i + 1]}")
            pairs, i = pairs + 1, i + 2
            continue
        if _WHOLE.fullmatch(line):
            names.append(line)
        elif _HALF.fullmatch(line):
            return value  # a half with no partner: not the two-cell column
        i += 1
    return "\n".join(names) if pairs >= _AT_LEAST else value
