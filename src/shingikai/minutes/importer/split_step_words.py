"""A numbered step whose two-letter word a narrow cell broke after its first letter (1.開 / 会(司会:北野室長)).

A form's steps are short words (開会, 議事, 閉会) beside their number; in a narrow cell the extraction leaves the first
letter beside the number and carries the second to the next line with the note after it. The two letters are one word
again, so that the step is read as 開会 or 議事 (procedure, the chair named in its note) and never as an item titled
by the letter that was carried.
"""
from __future__ import annotations

import re

# 2.議 / 事(進行:北野委員長): the number, one letter alone; the next line opens with one letter then the note's bracket
# or the line's end.
_BROKEN_STEP = re.compile(r"(?m)^([ \t\u3000]*[0-9０-９]{1,2}[.．][ \t\u3000]*[一-龥])\n([一-龥](?:[(（][^\n]*)?)$")
# The two letters must make one of the words a form's steps are named by: a guess at any two letters would join a
# heading to the first letter of its text.
_STEP_WORDS = frozenset(("開会", "閉会", "議事", "協議", "報告", "挨拶", "審議", "散会", "閉式", "開式"))


def _joined(m: re.Match[str]) -> str:
    word = m.group(1)[-1] + m.group(2)[0]
    return m.group(1) + m.group(2) if word in _STEP_WORDS else m.group(0)


def broken_steps_joined(text: str) -> str:
    """``text`` with each numbered step's word that a line break split put back on one line."""
    return _BROKEN_STEP.sub(_joined, text)
