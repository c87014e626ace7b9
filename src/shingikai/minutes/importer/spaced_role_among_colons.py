"""A bare role set off by a blank in minutes whose other labels end in a colon (事務局:… / 事務局 本日の…).

A record typed by hand may write its labels ``事務局:…`` and now and then ``議長 …`` or ``事務局 …``, a blank where
the colon was left out. Where a role word alone opens a line with a colon at least once, the same shape with a blank
is given its colon: a role word alone (議長, 事務局, 会長 …, no name), then words with kana in them, at least a few.
A roster's row (会長 北野一郎, 事務局 北野課長、南田係長) names people and says nothing, so it is left as it is.
"""
from __future__ import annotations

import re

from .speakers import ROLE_WORDS, attendance_like

_COLON_ROLE = re.compile(rf"^[ \t\u3000]*(?:{ROLE_WORDS})[ \t\u3000]*[:：][ \t\u3000]*\S")
_SPACED_ROLE = re.compile(rf"^(?P<lead>[ \t\u3000]*)(?P<role>{ROLE_WORDS})[ \t\u3000]+(?P<text>[^\s:：].*)$")
_KANA = re.compile(r"[ぁ-ん]")
# 傍聴者 5 内容 …: a header's field whose value ran on into the next numbered field.
_NUMBER_FIRST = re.compile(r"[0-9０-９(（⑴-⒇①-⑳]")
_SAYS_SOMETHING = 8


def _says_something(text: str) -> bool:
    text = text.rstrip(" \t\u3000")
    return (len(text) >= _SAYS_SOMETHING and bool(_KANA.search(text)) and not _NUMBER_FIRST.match(text)
            and not attendance_like(text))


def colons_restored(lines: list[str]) -> list[str]:
    """``lines`` with ``role text`` written ``role:text`` where the minutes write a role's colon elsewhere."""
    if not any(_COLON_ROLE.match(line) for line in lines):
        return lines
    out = []
    for line in lines:
        m = _SPACED_ROLE.match(line)
        if m and _says_something(m.group("text")):
            line = f"{m.group('lead')}{m.group('role')}:{m.group('text')}"
        out.append(line)
    return out
