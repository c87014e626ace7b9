"""Reading a block of lines the secretariat points at on the review page (「原文の 12 行目から 18 行目を議題として
読み直す」), and splitting one title that ran several numbered cases together.

The whole-text readers must first find where an agenda or a roster is; here the secretariat has said so,
so every line of the block is read as part of it: an enumerated line opens an item, a line without an
enumerator continues a title not yet ended (…システムの / 更改について), a heading word (議題, 【報告事項】) gives
the kind of the items under it, procedure steps (開会, 閉会, 出席者) are left out. Names are read by their shape,
as the roster reader by shape does (`read_names`). Only the lines given are read, nothing around them.
"""
from __future__ import annotations

import re

from . import vocabulary as V
from .agenda_fallback import AGENDA_HEADING_WORDS, fallback_agenda, plausible_title, split_run
from .conventions import FIELD_WORDS, FLAT_FIELD_WORDS
from .roster_fallback import name_shaped, read_names, roster_by_shape
from .speakers import compact
from .structure import Heading, classify_heading, parse_heading, split_title

_SP = "[ \t\u3000]"
# ・北野計画について, - 南田の件: a bullet opens an entry too (the heading parser reads numbered entries only).
_BULLET = re.compile(rf"^[・•◦\-－]{_SP}*(?=\S)")
# 報告案件第1号 …, 事前説明案件第2号 …: a case number in a series word, each opening a case. Two or more on one
# line are a run of cases; each starts after a space or the line's start. Assemblies print the number in kanji
# digits too (陳情第五〇四六号, 議案第十二号).
_SERIES_CASE = re.compile(r"(?:^|(?<=\s))[^\s第「」()（）]{0,8}第(?:[0-9０-９]{1,4}|[〇一二三四五六七八九十百千]{1,6})"
                          r"(?:[-‐－][0-9０-９]{1,3})?号")
# 出席委員：, 【欠席者】, ■出席者 (敬称略): a roster's field word before its names, no name of its own.
_FIELD_LABEL = re.compile(rf"^{_SP}*[■□◆◇●○・【\[［(（]?{_SP}*[出欠]{_SP}?席(?:{_SP}?[者委員議])*(?:氏名|者名|者氏名)?"
                          rf"(?:{_SP}*[(（][^（）()\n]{{0,12}}[)）])?(?:{_SP}*[:：】\]］)）]|{_SP}|$)")
# 1 北野一郎, (2) 南田健, 3. 東山花子: a seat number before a name, and a table's rule between cells.
_SEAT = re.compile(rf"(?:^|(?<=[\s、,，]))[(（]?[0-9０-９]{{1,3}}(?:{_SP}?番|[)）.．])?{_SP}*")
_RULE = re.compile(r"[|｜│]")
# 佐々木 史 仁 君, 北野一郎氏: an assembly's honorific after a name.
_HONORIFIC = re.compile(rf"(?<=[^\s、,，]){_SP}*(?:君|氏|様|さん)(?={_SP}|$|[、,，])")
# ◎北野一郎〇南田健※東山花子, - 古橋会長, 〃 南田健: marks before each name (chair, vice-chair, a list's bullet,
# the ditto of a role column) part the names.
_NAME_MARK = re.compile(rf"[◎〇○●◯※◇◆■□〃]|^{_SP}*[-－・•]")
# 委 員 長  北 野 一 郎, 委  員  南 田 健: a role letter-spaced to its column before a name is no part of it.
_SPACED_ROLE = re.compile(rf"(?:^|(?<=[\s、,，]))(?:副?{_SP}*(?:委{_SP}*員{_SP}*長|会{_SP}*長|議{_SP}*長|委{_SP}+員)|代{_SP}*理)(?={_SP})")
# 北野 一郎  北野大学法学部 教授: a name, then its affiliation a wide gap after it in the same line.
# 委員 北野一郎 出席: a table's column of attendance after a name.
_ATTENDED = re.compile(rf"(?<=\S){_SP}+出{_SP}?席{_SP}*$")
_STAFF_GROUP = re.compile(r"^(?:事務局|説明員|職員|市側|町側|村側)$|[部課局館室係所]長$|次長$")
_KANA_GIVEN = re.compile(r"[ぁ-ゖ]{2,5}")
_CELLS = re.compile(rf"{_SP}{{2,}}")
_NAME_CELL = re.compile(r"[一-龥々〆ヶ豈-﫿ぁ-んァ-ヶー]{1,4}(?:[ \t\u3000][一-龥々〆ヶ豈-﫿ぁ-んァ-ヶー]{1,5})?")
# (北野大学教授), (弁護士): a note on a member; the roster reader would take a long one for another group's label.
_BRACKET_NOTE = re.compile(r"[（(][^（）()\n]{0,30}[）)]")
_ROLE_WORD = re.compile(r"(?:会長|委員長)代理|(?:教育)?委員長職務代理者?|副?(?:会長|(?:教育)?委員長|議長)|部会長|座長"
                        r"|(?:教育)?委員|議員|(?:教育長)?職務代理者?|教育長")
# 南田 健 市長: the head of the body, a member in some councils, after a name a space apart (北野市長 is an office).
_HEAD_AFTER_NAME = re.compile(rf"(?<=[^\s、,，:：]){_SP}+(?:市長|町長|村長|区長|知事)(?={_SP}|$|[、,，])")
# 白井会長 宮城副会長 奥津委員, 田 中 敦 朗 委員長: a role closing each name ends its entry; 委員長:星名建市 a role
# before a colon is a label. Names are read without their roles.
_ROLE_AFTER_NAME = re.compile(rf"(?<=[^\s、,，:：]){_SP}*(?:{_ROLE_WORD.pattern})(?={_SP}|$|[、,，])"
                              rf"|(?:{_ROLE_WORD.pattern}){_SP}*[:：]")
# A line this long is a text flattened onto one line: its agenda or roster is found under a field word inside it
# (a roster runs on into the staff and the agenda otherwise).
_FLATTENED = 300
# 次第, 2 議題, 【報告事項】, ◇会 議 内 容: a line that is an agenda's heading word alone, with its number or marks.
_MARKS = re.compile(r"[\s0-9０-９.．、:：()（）【】〔〕\[\]［］■□◆◇●○◎・<>＜＞《》]")
_HEADING_WORD = re.compile(r"(?:本日の|今回の|当日の)?(?:" + "|".join(AGENDA_HEADING_WORDS) + r")等?")
# …について, …の件, …(諮問): a title's own ending; a line after it opens the next item even without a number.
_TITLE_END = re.compile(r"(?:について|に関して|に関すること|の件|[)）】])$")
# 会議録, 令和6年度第2回: a block pointed at a line or two off takes in the title's words; no name holds them.
_NO_NAME_LETTERS = re.compile(r"会議|議事|録|年度|令和|平成|第")

# 【案件2】…, [議題3] …: a case's number in brackets with its word opens an entry as a number does.
_LABELLED = re.compile(rf"^[【\[［〔<＜]{_SP}*(?P<w>[^\s【】\[\]［］〔〕<>＜＞0-9０-９]{{0,6}}?){_SP}*第?[0-9０-９]{{1,3}}号?"
                       rf"{_SP}*[】\]］〕>＞]{_SP}*(?=\S)")
# 1 開催日時, 3 出席者, 2 開催場所: a numbered field of the record's header, no case (its value follows it).
_HEADER_FIELDS = frozenset(w for key, words in FIELD_WORDS.items() if key != "other" for w in words) | frozenset(
    w for w in FLAT_FIELD_WORDS if not _HEADING_WORD.fullmatch(w))
# …について ………… 6: a table of contents' leader and page number after a title.
_LEADER = re.compile(rf"{_SP}*(?:[…‥]{{2,}}|[・.．·]{{4,}}){_SP}*[0-9０-９]*{_SP}*$")
# ○日程第3 …, ◆1 …: a mark before a numbered entry.
_ENTRY_MARK = re.compile(rf"^[○◯〇◎●◆◇■□]{_SP}*")
# …説明した。 - 北野計画について: a bullet after a sentence's end on the same line opens an entry there.
_BULLET_AFTER_SENTENCE = re.compile(rf"(?<=。){_SP}+(?=[・•\-－]{_SP}*\S)")
# -1 個人情報, －2 …: a point numbered under the item above (a branch of its number), no case of its own.
_SUB_POINT = re.compile(r"^[-－‐][0-9０-９]")
# (「本人収集の原則」/北野課): a line wholly in brackets after a title is a note to it, part of the title.
_NOTE_LINE = re.compile(r"^[(（][^（）()]*[)）]$")
# …協議会につ / いて: a line starting in hiragana goes on with the title above it (a title never starts so).
_HIRAGANA_START = re.compile(r"^[ぁ-ゖ]")

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
    return (parse_heading(line) is not None or bool(_BULLET.match(line)) or bool(_SERIES_CASE.match(line))
            or bool(_LABELLED.match(line)))


def _number_only(line: str) -> bool:
    """(2), ②諮問第693号, ・議案第4号: an entry's number with no title after it."""
    title = compact(_heading(_BULLET.sub("", line)).title)
    return not title or bool(_SERIES_CASE.fullmatch(title))


def _clean_entry(line: str) -> str:
    """The line without a table of contents' leader, and without a mark before a numbered entry."""
    line = _LEADER.sub("", line)
    bare = _ENTRY_MARK.sub("", line)
    return bare if bare != line and _opens_entry(bare) else line


def _unlabelled(line: str) -> tuple[str, str | None]:
    """The line without a bracketed case number (【報告2】…), and the kind its word states."""
    m = _LABELLED.match(line)
    if not m:
        return line, None
    return line[m.end():], next((k for k in KINDS if k in m.group("w")), None)


def _group_kind(h: Heading) -> str | None:
    # 【報告事項】, 諮問事項: the heading word states the kind of the items under it.
    return h.container_kind or h.kind_hint or ("報告" if "報告" in h.title and "諮問" not in h.title else None)


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
    if any(len(line) > _FLATTENED for line in lines):
        # A text flattened onto a line or two (…■議事: 1 開会 2 …について 3 閉会 ■配布資料…): the agenda reader finds
        # the heading word and the list after it inside the block.
        found = _agenda_inside(lines)
        if found:
            return found
    entries: list[list] = []   # [text, kind of the heading above]
    kind = last = None   # last: the entry just opened, which a note on the next line may close
    wrapping = False   # whether the last entry may go on on the next line
    cleaned = [_clean_entry(part.strip(" \t\u3000")) for raw in lines
               for part in _BULLET_AFTER_SENTENCE.split(raw.strip(" \t\u3000"))]
    numbered = any(_opens_entry(line) for line in cleaned)
    # ②諮問第693号 / 北野…について: each number on a line of its own above its title; a block pointed from
    # a title's first line, under the number above it, opens with that title.
    numbers_apart = any(_opens_entry(line) and _number_only(line) for line in cleaned)
    for line in cleaned:
        if not line:
            continue
        opens = _opens_entry(line)
        if (entries and not _TITLE_END.search(entries[-1][0]) and _HIRAGANA_START.match(line)
                and (wrapping or not numbered)):
            entries[-1][0] += line   # a title broken inside a word (…につ / いて)
            wrapping = not _TITLE_END.search(entries[-1][0])
            continue
        if entries and not opens and _NOTE_LINE.match(line) and entries[-1][0] == last:
            entries[-1][0] += line   # the title's note on a line of its own
            continue
        last = None
        if numbered and _SUB_POINT.match(line) and entries:
            wrapping = False
            continue
        line, stated = _unlabelled(line)
        bare = _BULLET.sub("", line)
        h = _heading(bare)
        # 議事(2議案): a heading word with a count or a note after it.
        if h.cls == "container" or _HEADING_WORD.fullmatch(_MARKS.sub("", _BRACKET_NOTE.sub("", bare))):
            kind, wrapping = _group_kind(h), False
            continue
        if compact(_MARKS.sub("", h.title)) in _HEADER_FIELDS:
            wrapping = False
            continue   # 1 開催日時, 2 開催場所: the header's fields, numbered like the agenda
        if h.cls in ("procedural", "other") and not opens:
            wrapping = False
            continue   # 閉会, 出席者 or その他 on its own line: no case and no part of the title above
        if numbered and not opens:
            if not entries and numbers_apart and plausible_title(line):
                entries.append([line, kind])
                wrapping, last = not _TITLE_END.search(line), line
                continue
            if wrapping:
                # A title wrapped to the next line: Japanese runs on without a space.
                entries[-1][0] += line
                wrapping, last = not _TITLE_END.search(entries[-1][0]), entries[-1][0]
                continue
            if not _TITLE_END.search(line):
                continue   # 日時, 最新情報: in a numbered agenda, a line neither numbered nor a title is none
        entries.append([line, stated or kind])
        last = line
        wrapping = numbered and not _TITLE_END.search(line)
    items: list[dict] = []
    texts: list[str] = []
    for text, under in entries:
        read = _items_of(text, under)
        items.extend(read)
        texts.extend([text] * len(read))
    _keep_departments_apart(items, texts)
    return (items or _agenda_inside(lines))[:MAX_ITEMS]


def _keep_departments_apart(items: list[dict], texts: list[str]) -> None:
    """第三者点検の実施について(北野課), 第三者点検の実施について(南田課): where only the department in brackets tells
    two titles apart, it stays part of each title as the text has it."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item["title"]] = counts.get(item["title"], 0) + 1
    for item, text in zip(items, texts):
        title, depts = item["title"], item["departments"]
        if counts[title] < 2 or not depts or title not in text:
            continue
        start = text.index(title)
        at = text.find(depts[-1], start + len(title))
        close = re.compile(r"[)）]").search(text, at) if at >= 0 else None
        if close:
            item["title"] = text[start:close.end()]


def _agenda_inside(lines: list[str]) -> list[dict]:
    """The agenda the agenda reader finds under a heading word inside the block."""
    return [_item(title, kind) for title, kind, _number, _series in fallback_agenda(lines, len(lines))][:MAX_ITEMS]


def _spaced_cell(cell: str) -> str:
    """佐々木 史 仁, 草木原 由 幸: a name letter-spaced to its cell around a longer family name, joined. A cell of
    single letters only is left to the roster reader, which joins it itself (北 野  一 郎 across a wider gap)."""
    parts = cell.split()
    lengths = [len(p) for p in parts]
    if (2 <= len(parts) <= 4 and 1 in lengths and max(lengths) <= 3 and max(lengths) > 1 and sum(lengths) <= 6
            and not any(_ROLE_WORD.fullmatch(p) for p in parts)):
        return "".join(parts)
    return cell


def _roster_line(raw: str) -> str:
    """A roster line in the shape the roster reader takes: seat numbers, honorifics, rules and marks off,
    each name its own entry."""
    line = _FIELD_LABEL.sub("", _ATTENDED.sub("", _RULE.sub("  ", raw)))
    line = _NAME_MARK.sub("、", _HONORIFIC.sub("、", _SEAT.sub("、", _BRACKET_NOTE.sub(_note_or_group, line))))
    line = _SPACED_ROLE.sub("、", _ROLE_AFTER_NAME.sub("、", _HEAD_AFTER_NAME.sub("、", line)))
    if "、" in line:
        line = "、".join(_two_part_name(e) for e in line.split("、"))
    cells = re.split(rf"({_SP}{{2,}}|、)", line)
    return "".join(_spaced_cell(c) if c.strip(" \t\u3000、") else c for c in cells)


def _note_or_group(m: re.Match) -> str:
    """A note on a member blanked; (生涯学習部長), (事務局): the staff's group after the members, kept for the roster
    reader to end the list at."""
    before = m.string[m.start() - 1] if m.start() else " "
    label = before.isspace() or before in "、,，"   # a label stands before its names, a note after a name
    return m.group(0) if label and _STAFF_GROUP.search(compact(m.group(0)[1:-1])) else " "


def _two_part_name(entry: str) -> str:
    """石塚  正寛, 北原 ともあき: an entry a seat number, a role or a mark set apart, in two parts short enough
    for one name (or with a given name in kana), is one name, whatever the gap between them."""
    parts = entry.split()
    if (len(parts) == 2 and all(_NAME_CELL.fullmatch(p) and name_shaped(p) for p in parts)
            and (sum(map(len, parts)) <= 6 or _KANA_GIVEN.fullmatch(parts[1]))):
        return "".join(parts)
    return entry


def members_from_lines(lines: list[str]) -> list[str]:
    """The names of a roster block, one a name: role words, seat numbers, notes in brackets and letter
    spacing taken off; several names on one line split."""
    if any(len(line) > _FLATTENED for line in lines):
        found = roster_by_shape("\n".join(lines))
        if found:
            # The list under the field word, read again as a block's lines are (1番 北 野 一 郎 君 …).
            again = _read_block(found[1].split("\n"))
            return again or _names(found[0].names)
    return _read_block(lines)


def _without_affiliation(line: str) -> str | None:
    """A line of a name and its affiliation (北野 一郎  北野大学 教授) as the name alone; None for a member noted
    absent there ((当日欠席)); other lines as they are."""
    cells = _CELLS.split(line.strip(" \t\u3000"))
    if len(cells) < 2 or not _NAME_CELL.fullmatch(cells[0]) or _ROLE_WORD.fullmatch(compact(cells[0])):
        return line
    rest = cells[1:]
    if not any(len(compact(c)) > 6 and not _NAME_CELL.fullmatch(c) for c in rest):
        return line   # 北野 一郎  南田 健: names side by side
    return None if "欠席" in "".join(rest) else cells[0]


def _read_block(lines: list[str]) -> list[str]:
    """The names of lines a roster is said to hold, each line cleaned to the roster reader's shape."""
    kept = [line for line in map(_without_affiliation, lines) if line is not None]
    value = "\n".join(_roster_line(raw) for raw in kept)
    # The secretariat has said this block is a roster: one name is enough.
    people = read_names(value, at_least=1)
    return _names(people.names if people else ())


def _names(names) -> list[str]:
    return [n for n in names if name_shaped(n) and not _NO_NAME_LETTERS.search(n)]
