"""Agendas whose cases carry no enumerator, read by the shape of the lines around them.

Two shapes many pages share: the cases listed one a line under a heading word alone on its line (議題等 / …について /
…について(報告)), and a header's numbered fields flattened onto one line, the case field's value ending where the next
field's number begins (9 協議事項 …について 10 その他). Each reader gives the title lines for the agenda's reader
(parse._agenda_entries), which settles kinds and procedure as for any agenda.
"""
from __future__ import annotations

import re

from .conventions import AGENDA_HEADING_WORDS
from .speakers import compact, nfkc
from .structure import parse_heading

# The heading word alone on its line, a mark or bracket about it allowed: 議題等, 内容, 【協議事項】.
_HEAD_ALONE = re.compile(r"[■□◆◇●〇○・【〔<＜]?(?:" + "|".join(AGENDA_HEADING_WORDS) + r")等?[】〕>＞]?")
# A case's title closes as titles do, a short note in brackets allowed after it ((報告), (諮問)).
_TITLE_CLOSE = re.compile(r"(?:について|に関すること|の件|[(（]案[)）])(?:[ \t\u3000]*[(（][^()（）]{1,6}[)）])?$")
_MAX_TITLE = 80


def _case_line(s: str) -> bool:
    return 4 <= len(s) <= _MAX_TITLE and "。" not in s and bool(_TITLE_CLOSE.search(s)) and parse_heading(s) is None


def unmarked_cases_under_word(lines: list[str], stop: int) -> list[str]:
    """The title lines of the first run of unmarked cases under a heading word alone on its line, above line stop.

    Blank lines may stand between the word and its first case; after that the first line that is no case's title (a
    blank, the next heading, a sentence) ends the list, so a page's later prose is never read as its agenda.
    """
    stop = min(stop, len(lines))
    for i in range(stop):
        if not _HEAD_ALONE.fullmatch(compact(lines[i])):
            continue
        j = i + 1
        while j < stop and not lines[j].strip():
            j += 1
        run: list[str] = []
        while j < stop and _case_line(s := lines[j].strip(" \t\u3000")):
            run.append(s)
            j += 1
        if run:
            return run
    return []


# 9 協議事項    …について 10 その他: the number before the case field's word, the title, and the number of the field after.
_CASE_FIELD_RUN_ON = re.compile(
    r"(?:^|(?<=[ \t\u3000]))(?P<n>[0-9０-９]{1,2})[.．]?[ \t\u3000]*(?:協議事項|審議事項|議題|案件|内容)[ \t\u3000]+"
    r"(?P<t>[^\s。、][^。]{3,80}?(?:について|の件))[ \t\u3000]+(?P<m>[0-9０-９]{1,2})[.．]?[ \t\u3000]*(?=\S)"
)


def case_field_before_the_next(lines: list[str], stop: int) -> list[str]:
    """The value of a numbered case field whose next field (numbered one more) runs on in the same line: the
    numbering, not a line break, says where the title ends."""
    out = []
    for line in lines[:stop]:
        for m in _CASE_FIELD_RUN_ON.finditer(line):
            if int(nfkc(m.group("m"))) == int(nfkc(m.group("n"))) + 1:
                out.append(m.group("t").strip(" \t\u3000"))
    return out


# 日程第1 議案第23号 …のうち環境経済常任委 / (indented) 員会所管事項: a title wrapped at the page's edge, its rest
# indented further than the entry's first line, a few words with no enumerator of their own.
_WRAPPED_REST = re.compile(r"[^\s0-9０-９(（○〇◎●◆■△▲□・【〔日第][^\s。]{0,19}")
_WHOLE_TITLE = re.compile(r"(?:について|の件|[)）]|予算|条例|決算|指名|決定)$")


def wrapped_rest(line: str, entry: str) -> bool:
    """line is the rest of entry's title, wrapped onto a line of its own."""
    rest = line.strip(" \t\u3000")
    indent = len(line) - len(line.lstrip(" \t\u3000"))
    return (indent > len(entry) - len(entry.lstrip(" \t\u3000")) + 1 and bool(_WRAPPED_REST.fullmatch(rest))
            and not _WHOLE_TITLE.search(entry.rstrip(" \t\u3000")))
