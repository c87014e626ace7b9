"""A member's spaced name and title run onto the step that opens the questions (…(2)質疑意見等北野一郎 委員  …).

A prefectural assembly's committee summary (会議要録) copied off its minutes site may come as one line: the step
質疑意見等 (or 質疑・意見, 質疑応答 …) with no blank after it, then the member's full name, one blank, the title, two
blanks and what was said (the cleaning may have set the step, numbered, on a line of its own with the rest). The
label and its speech are cut off onto a line of their own, marked as such a site marks its labels, so the speech is
read as the member's. Only a full name (two to eight letters), a member's or an official's
title and a sentence after it are read so.
"""
from __future__ import annotations

import re

from .speakers import ROLE_SUFFIXES

_STEP_THEN_LABEL = re.compile(
    r"(?:質疑|質問|意見)(?:[・及び]{0,2}(?:質疑|質問|意見|応答|回答))?等?"
    rf"(?P<label>[一-龥々ぁ-んァ-ヶ]{{2,8}}[ \u3000](?:{ROLE_SUFFIXES}))[ \u3000]{{2,}}(?=\S[^。]{{0,120}}。)"
)
# The step, a label and a sentence take this much at least; a shorter line is no such run.
_FLAT_RECORD = 40


def label_after_question_step(line: str) -> list[str]:
    """``line`` cut before a spaced label run onto the questions' step, the label marked; else ``[line]``."""
    if len(line) < _FLAT_RECORD or "  " not in line and "\u3000\u3000" not in line:
        return [line]
    m = _STEP_THEN_LABEL.search(line)
    if m is None:
        return [line]
    return [line[:m.start("label")], "○" + line[m.start("label"):]]
