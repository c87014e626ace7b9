"""The next step's number run on after a whole title: 2 議事 …(案)について 3 その他, 1 …について  2 …について 3 その他.

A page that prints its order of business on one line leaves each step's number standing after the title before
it, with only a gap between. Where a title closes as a whole title does (…について) and a step number follows
after a gap, the title ends there and the number opens the next step; a number left alone at the line's end (a
step whose words were cut off, a page number of a table of contents) is no part of the title. A number glued to
the word after it (2件, 3月) is a count or a date, no step.
"""
from __future__ import annotations

import re

_STEP_AFTER_TITLE = re.compile(r"(?<=について)[ \t\u3000]+(?=[0-9０-９]{1,2}[ \t\u3000]+\S)")
_NUMBER_LEFT_AT_THE_END = re.compile(r"(?<=について)[ \t\u3000]+[0-9０-９]{1,2}[ \t\u3000]*$")


def steps_apart(line: str) -> list[str]:
    """The line's steps, split where a step number follows a whole title after a gap; a number left at the end
    dropped. A line with a full stop is a sentence and is left whole."""
    if "。" in line:
        return [line]
    line = _NUMBER_LEFT_AT_THE_END.sub("", line)
    return _STEP_AFTER_TITLE.split(line)


_STEP = re.compile(r"^(?P<n>[0-9０-９]{1,2})[ \t\u3000]+(?P<t>\S.*?)[ \t\u3000]*$")


def steps_after_heading(title: str, number: int | None) -> list[tuple[str, None, None, None]] | None:
    """A numbered heading's title that runs on into the next steps (2 議事 …について 3 その他 ◇ …): the cases of the
    line, the heading's own title first and each later step that closes as a whole title; None unless the steps
    go on from the heading's number one by one."""
    first, *later = steps_apart(title)
    if number is None or not later:
        return None
    cases = [(first, None, None, None)]
    for k, step in enumerate(later, start=1):
        m = _STEP.match(step)
        if m is None or int(m.group("n")) != number + k:
            return None
        if m.group("t").endswith("について"):
            cases.append((m.group("t"), None, None, None))
    return cases
