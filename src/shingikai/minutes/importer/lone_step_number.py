"""A step's number left alone on its line, its agenda word opening the next (5 / 議題 検討事項 …について).

A record flattened to one line is cut again before each field word it knows (flat.py), and 議題 / 議事 are such words:
in 「… 4 会長選出 … 5 議題 検討事項 北山町…計画について 【北野会長】 …」 the cut falls between the step's number and its
word, so the number stands alone and the word opens a line that reads as a field, not as the agenda's step. The two
are one step again, so that the business run on after the word is read as the agenda's heading reads it.
"""
from __future__ import annotations

import re

# Only a number: no dot-less figure inside a sentence stands alone on a line.
_LONE_NUMBER = re.compile(r"[ \t\u3000]*[0-9０-９]{1,2}[.．]?[ \t\u3000]*")
# The words a step of business is named by, then a gap and what it takes up: a bare 議事 alone on its line is a field
# the header reads, and is left as it is.
_STEP_WITH_BUSINESS = re.compile(r"(?P<w>議題|議事|協議事項|報告事項|審議事項|案件)[ \t\u3000]+(?=\S)")
# 3 / 議事 (1) …報告 …: the business numbered in its own right under the step goes on a line of its own, as the list
# under a step's line is printed.
_OWN_NUMBER = re.compile(r"[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|[①-⑳]")


def lone_step_numbers_joined(lines: list[str]) -> list[str]:
    """``lines`` with each step number alone on its line put back before the agenda word that opens the next."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        step = _STEP_WITH_BUSINESS.match(lines[i + 1]) if i + 1 < len(lines) and _LONE_NUMBER.fullmatch(line) else None
        i += 1
        if step is None or not line.strip():
            out.append(line)
            continue
        business = lines[i][step.end():]
        i += 1
        if _OWN_NUMBER.match(business):
            out.extend((f"{line.strip()} {step.group('w')}", business))
        else:
            out.append(f"{line.strip()} {lines[i - 1]}")
    return out
