"""Reading a block of lines the secretariat points at on the review page (「原文の 12 行目から 18 行目を議題として
読み直す」), and splitting one title that ran several numbered cases together.

The whole-text readers must first find where an agenda or a roster is; here the secretariat has said so,
so every line of the block is read as part of it: an enumerated line opens an item, a line without an
enumerator continues the item above (a wrapped title), a heading word (議題, 【報告事項】) gives the kind
of the items under it, procedure steps (開会, 閉会, 出席者) are left out. Names are read by their shape,
as the roster reader by shape does. Only the lines given are read, nothing around them.
"""
from __future__ import annotations

import re

from . import vocabulary as V
from .agenda_fallback import AGENDA_HEADING_WORDS, plausible_title, split_run
from .roster_fallback import _read as _read_roster, name_shaped
from .speakers import compact
from .structure import Heading, classify_heading, parse_heading, split_title

_SP = "[ \t\u3000]"
# ・北野計画について, - 南田の件: a bullet opens an entry too (the heading parser reads numbered entries only).
_BULLET = re.compile(rf"^[・•◦\-－]{_SP}*(?=\S)")
# 報告案件第1号 …, 事前説明案件第2号 …: a case number in a series word, each opening a case. Two or more on one
# line are a run of cases; each starts after a space or the line's start.
_SERIES_CASE = re.compile(r"(?:^|(?<=\s))[^\s第「」()（）]{1,8}第[0-9０-９]{1,3}(?:[-‐－][0-9０-９]{1,3})?号")
# 出席委員：, 【欠席者】, ■出席者 (敬称略): a roster's field word before its names, no name of its own.
_FIELD_LABEL = re.compile(rf"^{_SP}*[■□◆◇●○・【\[［(（]?{_SP}*(?:出{_SP}*席|欠{_SP}*席)[^:：】\]］)）\n]{{0,10}}"
                          rf"(?:[:：】\]］)）]|{_SP}|$)(?:{_SP}*[(（]敬称略[)）])?")
# 1 北野一郎, (2) 南田健, 3. 東山花子: a seat number before a name, and a table's rule between cells.
_SEAT = re.compile(rf"(?:^|(?<=[\s、,，]))[(（]?[0-9０-９]{{1,3}}[)）.．]?{_SP}*")
_RULE = re.compile(r"[|｜│]")
# 次第, 2 議題, 【報告事項】, ◇会 議 内 容: a line that is an agenda's heading word alone, with its number or marks.
_MARKS = re.compile(r"[\s0-9０-９.．、:：()（）【】〔〕\[\]［］■□◆◇●○◎・<>＜＞《》]")
_HEADING_WORD = re.compile(r"(?:" + "|".join(AGENDA_HEADING_WORDS) + r")等?")
# A name no entry of a real roster can be: two names are needed for the roster reader to trust its read,
# so one name alone is read beside this one and this one taken off again.
_STAND_IN = "甲野乙郎"
# 会議録, 令和6年度第2回: a block pointed at a line or two off takes in the title's words; no name holds them.
_NO_NAME_LETTERS = re.compile(r"会議|議事|録|年度|令和|平成|第")

MAX_ITEMS = 100
KINDS = ("諮問", "報告")


def _item(title: str, kind: str | None, departments: list[str] | None = None) -> dict:
    """An item in the parse's shape; what the lines do not state stays unknown (その他, 不明, empty)."""
    return {
        "kind": kind if kind in KINDS else "その他", "title": title,
        "departments": list(departments or []), "legal_basis": [], "categories": [], "outcome": V.UNKNOWN,
        "conditions": [], "topic": None,
    }


def empty_item() -> dict:
    """An item for the secretariat to fill in on the review."""
    return _item("", None)


def _heading(line: str) -> Heading:
    """The line read as an agenda heading: its title, kind, departments and class (item, container, procedural)."""
    parsed = parse_heading(line)
    if parsed is None:
        style, number, title = "plain", None, _BULLET.sub("", line)
    else:
        style, number, title = parsed[0], parsed[1], parsed[2]
    series = parsed[3] if parsed is not None and style == "case" else ""
    case = _SERIES_CASE.match(title)
    if case and compact(title[case.end():]):
        # 報告案件第1号 北野…: the number is the case's, not its title's (as the agenda reader reads it).
        series, title = case.group(0), title[case.end():].strip(" \t\u3000")
    h = Heading(line=-1, style=style, number=number, title=title)
    # 諮問第3号 …, 報告案件第1号 …: the series word states the kind.
    h.kind_hint = next((k for k in KINDS if k in series), None)
    split_title(h)
    classify_heading(h)
    return h


def _opens_entry(line: str) -> bool:
    return parse_heading(line) is not None or bool(_BULLET.match(line)) or bool(_SERIES_CASE.match(line))


def _group_kind(h: Heading) -> str | None:
    # 【報告事項】, 諮問事項: the heading word states the kind of the items under it.
    return h.container_kind or h.kind_hint or (V.REPORT if "報告" in h.title and "諮問" not in h.title else None)


def split_numbered(title: str, kind: str | None = None) -> list[dict] | None:
    """The items of a title that holds several numbered cases ((1)… (2)…, 1 … 2 …, 報告案件第1号 … 事前説明案件第1号 …),
    or None when it holds one case only."""
    run = split_run(title, kind)
    if run and len(run) > 1:
        return [_item(t, k or kind) for t, k, _number, _series in run]
    starts = [m.start() for m in _SERIES_CASE.finditer(title)]
    if len(starts) < 2:
        return None
    parts = [title[a:b].strip(" \t\u3000、,") for a, b in zip([0] + starts, starts + [len(title)])]
    items = []
    for part in parts:
        items.extend(_items_of(part, kind) if part else [])
    return items if len(items) > 1 else None


def _items_of(text: str, kind: str | None) -> list[dict]:
    """The items one entry's text gives: several for a flattened run, none for a procedure step."""
    run = split_numbered(text, kind)
    if run:
        return run
    h = _heading(text)
    if h.cls != "item":
        return []
    title = h.title.strip(" \t\u3000:：、,")
    if len(compact(title)) < 2 or not plausible_title(title):
        return []   # a sentence (○会長 ただいまから…。) names no case
    return [_item(title, h.kind_hint or kind, h.depts)]


def items_from_lines(lines: list[str]) -> list[dict]:
    """The items of an agenda block (see the module): each in the parse's item shape, outcome 不明."""
    entries: list[list] = []   # [text, kind of the heading above]
    kind = None
    numbered = any(_opens_entry(line.strip(" \t\u3000")) for line in lines)
    for raw in lines:
        line = raw.strip(" \t\u3000")
        if not line:
            continue
        h = _heading(line)
        if h.cls == "container" or _HEADING_WORD.fullmatch(_MARKS.sub("", line)):
            kind = _group_kind(h)
            continue
        if h.cls in ("procedural", "other") and not _opens_entry(line):
            continue   # 閉会, 出席者 or その他 on its own line: no case and no part of the title above
        if numbered and entries and not _opens_entry(line):
            # A title wrapped to the next line: Japanese runs on without a space.
            entries[-1][0] += line
            continue
        entries.append([line, kind])
    items: list[dict] = []
    for text, under in entries:
        items.extend(_items_of(text, under))
    return items[:MAX_ITEMS]


def members_from_lines(lines: list[str]) -> list[str]:
    """The names of a roster block, one a name: role words, seat numbers, notes in brackets and letter
    spacing taken off; several names on one line split."""
    cleaned = []
    for raw in lines:
        line = _FIELD_LABEL.sub("", _RULE.sub("  ", raw))
        cleaned.append(_SEAT.sub("", line))
    value = "\n".join(cleaned)
    people = _read_roster(value + "\n" + _STAND_IN)
    names = people.names if people else ()
    return [n for n in names if n != _STAND_IN and name_shaped(n) and not _NO_NAME_LETTERS.search(n)]
