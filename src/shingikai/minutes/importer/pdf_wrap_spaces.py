"""Blanks a PDF's text layer puts around figures and at wrapped lines (第 5 回, 平成 24 年 12 月, 選定につ いて).

Some PDFs set each run of figures apart from the letters around it, so the sitting's number and every date read
``第 5 回`` and ``平成 24 年度``, and a line flattened into one keeps a blank where the printed line wrapped, often
inside ``について``. Where a text has several spaced figures, each figure is closed up with the counter word on its
either side (第5回, 平成24年度, 12月11日); a blank inside ``について`` is dropped everywhere. Text without spaced
figures is left as printed.
"""
from __future__ import annotations

import re

_SP = r"[ \u3000]"
_SPACED_FIGURE = re.compile(rf"(?P<a>第|平成|令和|昭和|年|月){_SP}(?P<n>[0-9０-９]{{1,4}}){_SP}(?P<b>回|年|月|日|号)")
_AT_LEAST = 3
_BROKEN_NITSUITE = re.compile(rf"に{_SP}ついて|につ{_SP}いて|につい{_SP}て")


def pdf_wrap_spaces_closed(text: str) -> str:
    if len(_SPACED_FIGURE.findall(text)) < _AT_LEAST:
        return _BROKEN_NITSUITE.sub("について", text) if "について" in text else text
    # Two passes: 12 月 11 日 shares 月 between two figures.
    for _ in range(2):
        text = _SPACED_FIGURE.sub(lambda m: m.group("a") + m.group("n") + m.group("b"), text)
    return _BROKEN_NITSUITE.sub("について", text)
