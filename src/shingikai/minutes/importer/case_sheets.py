"""A case's sheet under its heading (【審議案件1】 / 審議案件名 :… / 資格種別 :… / 発注部局名 :… / 契約金額 :…).

A procurement or audit committee's summary heads each case it examined with a bracketed number, then the case's
particulars as colon fields, one a line: its name, the unit that ordered it, the kind of contract, the sum, the date.
The name is the item's title and the ordering unit its department; the other particulars are the contract's, no fact
of the meeting. The sheet is written as the heading and its title with the unit in brackets after it, the way the readers
take a case heading and its department. A heading with fewer than three fields under it is left as printed.
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
_HEADING = re.compile(rf"^{_SP}*【(?:審議|審査|抽出|報告)?案件{_SP}*[0-9０-９]{{1,3}}】{_SP}*$")
_FIELD = re.compile(rf"^{_SP}*(?P<k>[一-龥ァ-ヶー]{{2,8}}){_SP}*[:：]{_SP}*(?P<v>\S.*?){_SP}*$")
_TITLE_FIELD = re.compile(r"(?:案件名|件名|事業名|工事名|業務名|調達件名)$")
_UNIT_FIELD = re.compile(r"(?:発注部局名?|発注機関名?|担当部局名?|所管課|担当課|契約担当部局)$")
_AT_LEAST = 3


def case_sheets_read(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _HEADING.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        fields: list[re.Match[str]] = []
        k = i + 1
        while k < len(lines):
            if not lines[k].strip(" \t\u3000"):
                k += 1
                continue
            m = _FIELD.match(lines[k])
            if not m:
                break
            fields.append(m)
            k += 1
        title = next((m.group("v") for m in fields if _TITLE_FIELD.search(m.group("k"))), None)
        if len(fields) < _AT_LEAST or title is None:
            out.append(lines[i])
            i += 1
            continue
        unit = next((m.group("v") for m in fields if _UNIT_FIELD.search(m.group("k"))), None)
        out += [lines[i], "", f"{title}({unit})" if unit else title, ""]
        i = k
    return out
