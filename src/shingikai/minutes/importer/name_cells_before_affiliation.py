"""A roster table's cells one a line: surname, given name, then the member's affiliation.

北野 / 一郎 / 北山大学教授 / 南田 / 健 / 北山商工会議所会頭 …: a roster printed as a table of name and affiliation
columns, its name cell itself two cells (surname, given name), comes out one cell a line. Read line by line, each
half of a name is a person of its own and each affiliation a name. Where three or more people read so, each pair of
short lines before an affiliation is one name, and the affiliations go. The extraction may run an affiliation's
last line onto the next surname (…高等学校校長南田 / 健): the letters after the post's last word are that surname.
A name printed whole on one line (東山 花子) stays as it is; a half whose other half a page number pushed away is
read as no one.
"""
from __future__ import annotations

import re

_HALF = re.compile(r"[一-龥々ヶ豈-﫿]{1,4}|[一-龥々ヶ豈-﫿]{1,2}[ぁ-ん]{1,3}")
_GIVEN = re.compile(_HALF.pattern + r"|[ぁ-ん]{2,4}|[ァ-ヶー]{2,5}")
_WHOLE = re.compile(r"[一-龥々ヶ豈-﫿]{1,4}[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}")
# …高等学校校長南田: the affiliation's post, then a surname the extraction ran onto it.
_POST_THEN_SURNAME = re.compile(r"^(?P<aff>.{4,}?(?:長|役|授|員|事|官|職|代理))(?P<sur>[一-龥々ヶ]{1,3})$")
_PAGE_NUMBER = re.compile(r"-?[0-9０-９]{1,3}-?")
_AT_LEAST = 3


def _affiliation(line: str) -> bool:
    return len(line) >= 5 and not _WHOLE.fullmatch(line)


def _after_name(line: str | None) -> bool:
    """Whether a line may follow a name's two cells: the end, the next affiliation or a page number."""
    return line is None or _affiliation(line) or _PAGE_NUMBER.fullmatch(line) is not None


def name_cells_joined(value: str) -> str:
    """The value as one name a line where it is a column of such cells (see above); else unchanged."""
    lines = [ln.strip(" \t\u3000") for ln in value.split("\n")]
    lines = [ln for ln in lines if ln]
    names: list[str] = []
    pairs, lone, i = 0, 0, 0
    while i < len(lines):
        line = lines[i]
        after = lines[i + 2] if i + 2 < len(lines) else None
        if i + 1 < len(lines) and _HALF.fullmatch(line) and _GIVEN.fullmatch(lines[i + 1]) \
                and _after_name(after) and (i == 0 or not _HALF.fullmatch(lines[i - 1])):
            names.append(f"{line} {lines[i + 1]}")
            pairs, i = pairs + 1, i + 2
            continue
        glued = _POST_THEN_SURNAME.match(line) if i + 1 < len(lines) and _affiliation(line) else None
        if glued and _GIVEN.fullmatch(lines[i + 1]) and _after_name(after):
            names.append(f"{glued.group('sur')} {lines[i + 1]}")
            pairs, i = pairs + 1, i + 2
            continue
        if _WHOLE.fullmatch(line):
            names.append(line)
        elif _HALF.fullmatch(line):
            lone += 1
        i += 1
    # A half with no partner (its other half pushed past a page number) is left out; more than one in five pairs and
    # the lines are not the two-cell column.
    return "\n".join(names) if pairs >= _AT_LEAST and lone <= pairs // 5 else value
