"""A results table flattened so that each row runs into one line: the case's number, its title and what was decided.

付議事項 / 審議結果 over 第2号議案…規則等制定の件継続審議: a commission's page lists each case with its result in the next
cell, and the extraction drops the cell boundary. The title ends as titles do (件, について, a closing bracket, 案), the
result is one of the few words a results column holds, so the row splits at the first place where both hold.
"""
from __future__ import annotations

import re

from .speakers import compact, nfkc

# The heading cells: the cases' column, then the results' column (on the same line or a line or two below).
_CASES_CELL = re.compile(r"(?:付議|審議|審査)?(?:事項|案件|事件)|議案|件名")
_RESULTS_CELL = re.compile(r"(?:審議|審査|議決|採決)?結果")
# 第2号議案, 議案第2号, 報告第1号: the row's number, the series word before or after it.
_ROW_NUMBER = re.compile(r"^[ \t\u3000]*(?:第[0-9０-９]{1,3}号(?P<a>議案|報告|諮問)|(?P<b>議案|報告|諮問)第[0-9０-９]{1,3}号)[ \t\u3000]*")
# The series word says the kind: a 議案 is put to the body to decide (その他), a 報告 reported, a 諮問 referred.
_SERIES_KIND = {"議案": "その他", "報告": "報告", "諮問": "諮問"}
# What a results column holds, closing the line: 継続審議, 原案可決, 議事録を承認, 意見を決定.
_RESULT = (r"(?:継続審議|継続審査|(?:原案(?:のとおり)?)?(?:可決|否決|承認|不承認|同意|不同意|了承|決定|認定|採択|不採択)"
           r"|[一-龥]{1,6}を(?:承認|決定|了承|可決))")
_ROW = re.compile(r"(?P<t>[^\n]{3,160}?(?:件|について|[)）]|案))[ \t\u3000]*(?P<r>" + _RESULT + r")[ \t\u3000]*$")
_MAX_LINE = 240


def _heading_at(lines: list[str], i: int) -> int | None:
    """The line after the results table's heading cells that start at line i, or None."""
    cells = nfkc(lines[i]).split()
    if len(cells) == 2 and _CASES_CELL.fullmatch(cells[0]) and _RESULTS_CELL.fullmatch(cells[1]):
        return i + 1
    if not _CASES_CELL.fullmatch(compact(lines[i])):
        return None
    seen = 0
    for j in range(i + 1, min(len(lines), i + 6)):
        s = compact(lines[j])
        if not s:
            continue
        if _RESULTS_CELL.fullmatch(s):
            return j + 1
        seen += 1
        if seen > 1:
            break
    return None


def result_rows(lines: list[str], stop: int) -> list[tuple[str, str, str]]:
    """The (title, result, kind) of each row of the first flattened results table above line stop."""
    for i in range(min(stop, len(lines))):
        start = _heading_at(lines, i)
        if start is None:
            continue
        rows: list[tuple[str, str, str]] = []
        for line in lines[start:min(len(lines), start + 60)]:
            if not line.strip(" \t\u3000"):
                if rows:
                    break
                continue
            number = _ROW_NUMBER.match(line)
            m = _ROW.fullmatch(line[number.end():].rstrip()) if number and len(line) <= _MAX_LINE else None
            if m is None:
                break
            rows.append((m.group("t").strip(" \t\u3000"), m.group("r"), _SERIES_KIND[number.group("a") or number.group("b")]))
        if rows:
            return rows
    return []
