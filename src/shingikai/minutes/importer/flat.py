"""Line breaks restored in a record flattened to one line.

Minutes aggregators (and some PDF extractions) give a whole record as one line, or a few very long
ones: 「全員協議会議事録 1.日  時  令和4年9月22日 1.場  所  第3委員会室 1.出席議員 … 日程第1 …
日程第2 報告第 1号 … 出席議員(18名) 議 長 …」. Every parser after this step reads line by line, so
the breaks are put back where such a record had them: before each header field or roster heading,
before each numbered heading of the agenda (日程第3, 第2 議案…, a bill under the last one), before
a run of (1) (2) … sub-items, before a speaker's mark over a label, and before the sitting's clock.

Only a line that shows the shape is touched: long, and with several of these breaks set off by
spaces inside it. A speech that quotes 日程第1 or names a field in passing has neither, so normal
text comes out as it went in. One scan of the line, so the time stays linear.
"""
from __future__ import annotations

import re
import unicodedata

from .conventions import FLAT_FIELD_WORDS, ROLE_SUFFIXES, SPEAKER_MARKS, letter_spaced

# A line shorter than this is a paragraph, however much it holds.
MIN_LENGTH = 120

_GAP = r"[ \t\u3000]"


# 日  時, 場  所: a column's label spaced out to the column's width.
_WIDE = f"{_GAP}{{0,4}}"


# Longest first, so that 出席委員 is not read as 出席 + …
# ○開 会 午前10時: the sitting's clock is a field only under a mark (1 開会 2 議事 … is an agenda).
_FIELD = (
    rf"(?:(?:[0-9０-９]{{1,2}}[.．、]?{_GAP}*|[(（][0-9０-９]{{1,2}}[)）]{_GAP}*|[{SPEAKER_MARKS}]{_GAP}*)?"
    rf"(?:{'|'.join(letter_spaced(w, _WIDE) for w in sorted(FLAT_FIELD_WORDS, key=len, reverse=True))})"
    rf"|[{SPEAKER_MARKS}]{_GAP}*(?:{letter_spaced('開会', _WIDE)}|{letter_spaced('閉会', _WIDE)})"
    # … 山本委員 事務局: 北野部長、南田課長 ※…: the staff's field closed by its colon, a post and a comma after it (a bare
    # 事務局, or 事務局:昨年より…。, is a speaker).
    rf"|事務局(?=[:：]{_GAP}*[^\s、。:：]{{1,20}}?(?:長|参事|主幹|主査|係|課|部|官)、))"
    rf"(?:[(（][^)）\n]{{0,10}}[)）])?(?={_GAP}|[:：])"
)
_NUMBER = r"[0-9０-９]{1,3}"
# 日程第3, 第2 (then a space and what is taken up; 第 1 号 is the agenda's own number).
_HEADING = rf"(?:(?:追加)?日程{_GAP}*第{_GAP}*{_NUMBER}|第{_GAP}?{_NUMBER}(?={_GAP}+[^\s号回]))"
_BILL = rf"(?:議案|報告|諮問|請願|陳情|認定|同意|承認|発議|意見案|議員提出議案){_GAP}*第{_GAP}*{_NUMBER}{_GAP}*号"
# (1) (2) …, 1.開会 2.議事 …, or ① ② …
_ENUM = r"(?:[(（](?P<n>[0-9０-９]{1,2})[)）]|(?P<dot>[0-9０-９]{1,2})[.．](?=[^\s0-9０-９])|(?P<circ>[①-⑳]))"
# 〔報告事項〕, 〔拍手〕, <会議次第>, <出席者>: a bracketed heading or stage direction stood on its own line.
_BRACKETED = r"〔[^〕\n]{1,12}〕|[<＜〈][^>＞〉\n\s]{1,12}[>＞〉]"
# ○大島委員長, ◎区長（岸川紀子）: a mark over a label, not a mark between names in a roster.
_MARK = (
    rf"[{SPEAKER_MARKS}](?:[^\s。、「」()（）{SPEAKER_MARKS}]{{0,12}}(?:{ROLE_SUFFIXES})"
    rf"|[^\s。、「」()（）{SPEAKER_MARKS}]{{1,12}}[（(][^）)\s]{{1,14}}[）)])(?={_GAP})"
    # (水谷補佐) まだお見えに…: a bracketed name and title.
    rf"|[（(][^）)\s。、]{{0,12}}(?:{ROLE_SUFFIXES}|官)[）)](?={_GAP})"
    # …について (司会) 皆様、お疲れ様でございます。: the one who runs the meeting, bracketed as the officials are.
    rf"|[（(]司会者?[）)](?={_GAP})"
)
_CLOCK = rf"(?:午前|午後){_GAP}*{_NUMBER}{_GAP}*時(?:{_GAP}*{_NUMBER}{_GAP}*分)?{_GAP}*(?:開会|開議|散会|閉会|再開|休憩)"

# -2-: a page's number left in the flow; the line breaks there and the number goes.
_PAGE = rf"[-－][0-9０-９]{{1,3}}[-－](?={_GAP}|$)"
# 第3委員会室出席委員(8名): a roster heading with its count needs no space before it.
_COUNTED_ROSTER = r"(?<=\S)(?=(?:出席|欠席)(?:委員|議員|者)[(（][0-9０-９]{1,3}[人名][)）])"
# (金曜日)出 席 議 員    1番 …, …石 田 裕 一欠 席 議 員   29番 …: a roster heading before the first seat's number needs
# none either, nor the heading of the officials summoned after it (…上 野 公 悦説明のため出席した者).
_SEATED_ROSTER = (
    rf"(?<=\S)(?=(?:{'|'.join(letter_spaced(w, _WIDE) for w in ('出席議員', '欠席議員', '出席委員', '欠席委員'))})"
    rf"{_GAP}+{_NUMBER}{_GAP}*番|説明のため出席した者)"
)

# 議事日程(第1号) 平成28年6月7日(火曜日) 10時38分開議: the sitting's date under the agenda's heading is
# a line of its own (as printed), not the agenda's first entry.
_DATE = r"(?:令和|平成|昭和)[0-9０-９元]{1,2}年"
_AGENDA_HEADING_ONLY = re.compile(
    rf"(?:[0-9０-９]{{1,2}}[.．、]?{_GAP}*|[{SPEAKER_MARKS}]{_GAP}*)?{letter_spaced('議事日程', _WIDE)}"
    rf"{_GAP}*(?:[(（][^)）\n]{{0,10}}[)）]|第{_GAP}*{_NUMBER}{_GAP}*号)?$"
)

# …午前9時30分開会日程第1 会議録署名議員指名日程第2 …: an order of business run on without a gap
# (not 議事日程第1号, the agenda's own number).
# …の報告について 追加日程第9 …: the 追加 belongs to the entry it opens.
_RUN_ON_ORDER = rf"(?<=[^\s第程事])(?<!追加)(?=(?:追加)?日程{_GAP}*第{_GAP}*{_NUMBER}[ \t\u3000])"

# A run of blanks is tried once, from its start and whole (possessive): linear however long the run.
_BREAK = re.compile(
    rf"(?:(?<![ \t\u3000]){_GAP}++|{_COUNTED_ROSTER}|{_SEATED_ROSTER}|{_RUN_ON_ORDER})(?=(?P<field>{_FIELD})|(?P<heading>{_HEADING})|(?P<bill>{_BILL})|(?P<enum>{_ENUM})"
    rf"|(?P<mark>{_MARK})|(?P<clock>{_CLOCK})|(?P<page>{_PAGE})|(?P<date>{_DATE})|(?P<bracketed>{_BRACKETED}))"
)
_HEADING_ONLY = re.compile(rf"^(?:日程{_GAP}*)?第{_GAP}*{_NUMBER}$")
_OPENING_FIELD = re.compile(rf"{_GAP}*{_FIELD}")


def is_flattened(counts: dict[str, int]) -> bool:
    """Whether the breaks found in a long line show a flattened record rather than a paragraph."""
    fields, headings, marks = counts["field"], counts["heading"] + counts["bill"], counts["mark"]
    # Two fields alone may be a sentence or a site's teaser of the page; a record has more of them.
    return (fields >= 3 or marks >= 3 or (fields >= 2 and headings + marks + counts["enum"] >= 2)
            or (fields >= 1 and headings >= 3) or headings >= 5)


def restore_breaks(line: str, flattened: bool = False) -> list[str] | None:
    """The line cut where its record had line breaks, or None when it is no flattened record.

    ``flattened``: the line is known to be a piece of a flattened record (its fields were already
    split apart by their wide gaps), so any break in it counts.
    """
    if len(line) < MIN_LENGTH or "\t" in line:
        # A table row keeps its cells: a flattened page has lost its tabs with its breaks.
        return None
    breaks: list[tuple[re.Match, str]] = []
    token_end = 0
    for m in _BREAK.finditer(line):
        if m.start() < token_end:
            # 1 開催日時: the gap inside a break's own token (after its number) is no second break.
            continue
        kind = m.lastgroup
        breaks.append((m, kind))
        token_end = m.end() + len(m.group(kind))
    counts = {k: 0 for k in ("field", "heading", "bill", "enum", "mark", "clock", "page", "date", "bracketed")}
    for _, kind in breaks:
        counts[kind] += 1
    if _OPENING_FIELD.match(line):
        # (1)日時 … (2)場所 … (3)出席委員 …: the field the line opens with is one of the record's too.
        counts["field"] += 1
    if not flattened and not is_flattened(counts):
        return None
    enums = _enumerations([(i, m) for i, (m, kind) in enumerate(breaks) if kind == "enum"])
    cuts: list[tuple[int, int]] = []   # (where the gap starts, where the next line starts)
    last = 0
    for i, (m, kind) in enumerate(breaks):
        if kind == "enum" and i not in enums:
            continue
        if kind == "bill" and _HEADING_ONLY.match(line[last:m.start()].strip(" \t\u3000")):
            # 日程第3 報告第 1号 …: the bill is that heading's own business, on its line.
            continue
        if kind == "date" and not (cuts and _AGENDA_HEADING_ONLY.match(line[last:m.start()].strip(" \t\u3000"))):
            continue
        # The page's number goes with the break; every other token opens the next line.
        cuts.append((m.start(), m.end() + len(m.group(kind)) if kind == "page" else m.end()))
        last = m.end()
    if not cuts:
        return None
    pieces, start = [], 0
    for gap, nxt in cuts:
        pieces.append(line[start:gap])
        start = nxt
    pieces.append(line[start:])
    return [pieces[0], *(piece.lstrip(" \t\u3000") for piece in pieces[1:] if piece.strip(" \t\u3000"))]


def _enumerations(candidates: list[tuple[int, re.Match]]) -> set[int]:
    """The (1) (2) … that count up from one: a list's items, not a number in brackets in passing."""
    keep: set[int] = set()
    for style in ("n", "dot", "circ"):
        # (1) (2), 1. 2. and ① ② count apart: a list of one style may hold another inside its items.
        chain: list[int] = []
        expected = 1
        for index, m in candidates:
            if not m.group(style):
                continue
            n = ord(m.group(style)) - 0x245F if style == "circ" else int(unicodedata.normalize("NFKC", m.group(style)))
            if n == 1:
                if len(chain) >= 2:
                    keep.update(chain)
                chain, expected = [index], 2
            elif n == expected and chain:
                chain.append(index)
                expected += 1
        if len(chain) >= 2:
            keep.update(chain)
    return keep
