"""A member's name over the subjects of a question, not a speech (◎北野一郎議員 「…について」 / (1)…).

A report on the assembly's business may list each member's general question by the member's name, marked as a label
is, the question's subject in quotes and its points numbered after it, on the same line or the next. What follows the
name is no speech: subjects in quotes and nothing else, then the first numbered point, or several subjects in a row.
"""
from __future__ import annotations

import re

_SUBJECTS = re.compile(r"[ \t\u3000]*(?:「[^「」]{2,60}」[ \t\u3000]*)+")
_FIRST_POINT = re.compile(r"[ \t\u3000]*[(（][1１][)）]")
# 「…」 「…」 「文…: a subject the end of the text cut off before its closing quote.
_CUT_SUBJECT = re.compile(r"「[^「」]*")


def question_subjects(text: str, next_line: str) -> bool:
    """Whether ``text`` after a label lists a question's subjects (the first point after them, or on ``next_line``)."""
    m = _SUBJECTS.match(text) if text[:4].lstrip(" \t\u3000")[:1] == "「" else None
    if m is None:
        return False
    rest = text[m.end():]
    if _FIRST_POINT.match(rest) or not rest and _FIRST_POINT.match(next_line):
        return True
    # Several subjects one after another and nothing else: a list, whatever follows it.
    return m.group().count("「") >= 2 and (not rest or _CUT_SUBJECT.fullmatch(rest) is not None)
