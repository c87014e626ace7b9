"""Two marked bills run onto one line (○議案第4号 北山市…について ○議案第5号 北山市…について).

An order of business printed one bill a line, each after its mark, comes out of a PDF with two rows on one line where
the rows were short. Each bill is put back on a line of its own, so the agenda reader takes both; only a line that
opens with a marked bill number is parted, and only before another marked bill number set off by a blank.
"""
from __future__ import annotations

import re

_MARK = r"[○〇◯●◎■□◆◇・]"
_BILL = r"(?:議案|報告|諮問|承認|同意|認定|発議)第[0-9０-９]{1,3}号"
_OPENS = re.compile(rf"^[ \t\u3000]*{_MARK}[ \t\u3000]*{_BILL}")
_NEXT = re.compile(rf"[ \t\u3000]+(?={_MARK}[ \t\u3000]*{_BILL})")


def _parted(line: str) -> list[str]:
    return _NEXT.split(line) if line.count("第") >= 2 and _OPENS.match(line) else [line]


def marked_bills_apart(lines: list[str]) -> list[str]:
    return [part for line in lines for part in _parted(line)]
