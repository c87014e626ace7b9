"""An assembly committee's cases marked with the round mark its speakers' labels use, under the header's field of the
cases taken up: 11 会議に付した事件 / 〇追加予定議案 / 〇議事運営について ・一般質問について ・議事日程について / 12 議事.

A page that flattened the header runs several marked cases onto one line and the field's label onto the line of the
field before it; the cases end at the next numbered field. The bulleted points under a case (・…) are parts of it.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES

# …議会総務課長補佐 11 会議に付した事件 (the label run onto the field before it) or the label alone on its line.
_FIELD = re.compile(r"(?:^|[ \t\u3000])(?:[0-9０-９]{1,2}[ \t\u3000.．]*)?(?:本日の)?(?:会議に付した事件|付議事件)[ \t\u3000]*(?P<rest>.*)$")
# 12 議事, 12 議事の経過: the next numbered field ends the cases.
_NEXT_FIELD = re.compile(r"^[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000.．]+[一-龥]")
_MARK = re.compile(r"[〇○◯]")
# 〇8/29議案概要の説明(副市長): who explains the case, in brackets after it, is no part of its title.
_EXPLAINER = re.compile(rf"[ \t\u3000]*[(（][一-龥]{{0,8}}(?:{ROLE_SUFFIXES})[)）]$")
_REACH = 12


def marked_cases_under_field(lines: list[str], stop: int) -> list[str]:
    """The titles of the marked cases under the first 会議に付した事件 field above line stop; [] where the field's
    value is no run of marked cases (a numbered or unmarked list is read by the other readers)."""
    return marked_cases_field(lines, stop)[1]


def marked_cases_field(lines: list[str], stop: int) -> tuple[int | None, list[str]]:
    """The line of the field and the titles of marked_cases_under_field, (None, []) where there are none."""
    stop = min(stop, len(lines))
    for i in range(stop):
        m = _FIELD.search(lines[i])
        if m is None:
            continue
        value = [m.group("rest")]
        for line in lines[i + 1:min(stop, i + 1 + _REACH)]:
            if _NEXT_FIELD.match(line) or not line.strip(" \t\u3000"):
                break
            value.append(line)
        text = " ".join(value).strip(" \t\u3000")
        if not text or not _MARK.match(text):
            return None, []
        titles = []
        for piece in _MARK.split(text)[1:]:
            title = re.split(r"[ \t\u3000]*・", piece, maxsplit=1)[0].strip(" \t\u3000")
            if not title or "。" in title or len(title) > 60 or re.search(rf"(?:{ROLE_SUFFIXES})$", title):
                # 〇(北野委員長) 皆さん…。: a speech has begun; the marks are no cases.
                return None, []
            titles.append(_EXPLAINER.sub("", title))
        return i, titles
    return None, []
