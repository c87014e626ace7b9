"""The business a sitting decides, under its own word after the reports listed above it (3 / 報告 / (1)… (2)… /
4 / 議題 / …計画(案)について / 5 / 会議に出席した委員).

A form numbers its fields, the number alone on its line in a copy cut one cell a line. The reports come first with
their own numbering, which the heading reader takes; the field after them names one case, unnumbered, under the
word alone. That case is read here: the lines after the word up to the next field's number or word, each closed as a
title is. Nothing is read past a speaker's label.
"""
from __future__ import annotations

import re

from .speakers import compact
from .unmarked_agenda import _case_line

# The words of a field that puts business to the body for its decision (報告 is heard, and read with its own list).
_DECIDING_WORD = re.compile(r"[【〔<＜]?(?:議題|協議事項|審議事項|審議案件|協議案件)[】〕>＞]?")
_LONE_NUMBER = re.compile(r"[ \t\u3000]*[0-9０-９]{1,2}[.．]?[ \t\u3000]*")


def cases_under_word_after(lines: list[str], after: int, stop: int) -> list[tuple[str, int]]:
    """(title, line) of the unmarked cases under a deciding word alone on its line between ``after`` and ``stop``,
    where the run of titles ends at a lone field number or a blank followed by one (the form's next field)."""
    stop = min(stop, len(lines))
    for i in range(after + 1, stop):
        if not _DECIDING_WORD.fullmatch(compact(lines[i])):
            continue
        j = i + 1
        while j < stop and not lines[j].strip():
            j += 1
        run: list[tuple[str, int]] = []
        while j < stop and _case_line(s := lines[j].strip(" \t\u3000")):
            run.append((s, j))
            j += 1
        while j < stop and not lines[j].strip():
            j += 1
        # The next field's number closes the list: a title run on into prose is no such field.
        if run and j < stop and _LONE_NUMBER.fullmatch(lines[j]):
            return run
        return []
    return []
