"""A roster whose roles stand before their groups: 座長 北野一郎 委員 南田健、東山花子、西川三郎.

The chair's office and name, then the members' word, then the members listed with 、: the words set apart by spaces
are no part of the first names. The value is rewritten as the list reader knows it (北野一郎座長、南田健、…), the
chair's office after the name so that the reader still tells who chairs.
"""
from __future__ import annotations

import re

_GAP = r"[ \t\u3000]+"
_ROLE_GROUPS = re.compile(
    r"^[ \t\u3000]*(?P<office>座長|会長|部会長|委員長|議長)" + _GAP + r"(?P<name>[一-龥々ヶぁ-んァ-ヶ]{2,8})" + _GAP
    + r"(?:委員|構成員|部会員)" + _GAP + r"(?=[^\s、,]{2,8}[、,])"
)


def role_groups_apart(value: str) -> str:
    return _ROLE_GROUPS.sub(lambda m: f"{m.group('name')}{m.group('office')}、", value, count=1)


# 座長:北野 一郎(北山大学教授) / 座長代理:南田 健(…) / 東山 花子(…): each officer's office closed by a colon before the name,
# a line each; rewritten as the list reader knows an officer's note (北野 一郎(座長・北山大学教授)), which tells who chairs.
_OFFICE_COLON_BEFORE_NAME = re.compile(
    r"^(?P<pad>[ \t\u3000]*)(?P<office>(?:座長|会長|部会長|委員長)(?:代理|職務代理者?)?|副(?:座長|会長|部会長|委員長))"
    r"[ \t\u3000]*[:：][ \t\u3000]*(?P<name>[^\s:：()（）、,][^:：()（）、,\n]{0,10}?)[ \t\u3000]*"
    r"(?:(?P<open>[(（])(?P<note>[^\n]*[)）])[ \t\u3000]*)?$",
    re.M,
)


def _office_note(m: re.Match[str]) -> str:
    if m["open"]:
        return f"{m['pad']}{m['name']}{m['open']}{m['office']}・{m['note']}"
    return f"{m['pad']}{m['name']}({m['office']})"


def office_colon_before_name_moved(value: str) -> str:
    return _OFFICE_COLON_BEFORE_NAME.sub(_office_note, value)


# 北山市国際交流会議委員 6名: the body's members counted, the body named before its word; no name of anyone.
_BODY_COUNTED = re.compile(
    r"^(?P<pad>[ \t\u3000]*)[^\s、,]{2,40}?(?:会議|審議会|審査会|委員会|協議会|懇談会|懇話会|部会|分科会)"
    r"(?=(?:委員|構成員)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*$)",
    re.M,
)


def body_before_count_dropped(value: str) -> str:
    return _BODY_COUNTED.sub(r"\g<pad>", value)


def body_counted(value: str) -> str | None:
    """The body whose members a line of the attendance counts (北山市国際交流会議委員 6名 → 北山市国際交流会議)."""
    m = _BODY_COUNTED.search(value)
    return m.group(0)[len(m.group("pad")):] if m else None


# 北野委員、南田委員、東山委員 / 西川理事長代理(北山機構)、山川理事(北山機構): beside a row of members each closed by 委員, a row
# whose every entry is an office with its organisation in brackets, and no 委員 among them, lists those sitting in.
_MEMBERS_ROW = re.compile(r"(?:[^、\s]{1,8}委員、){2,}")
_AFFILIATED_ENTRY = re.compile(r"[^、\s()（）]{2,20}[(（][^()（）]{2,30}[)）]")


def sitting_in_rows_dropped(value: str) -> str:
    lines = value.split("\n")
    if not any(_MEMBERS_ROW.search(line) for line in lines):
        return value
    def sitting_in(line: str) -> bool:
        entries = [e for e in line.strip(" \t\u3000").split("、") if e]
        return len(entries) >= 2 and "委員" not in line and all(_AFFILIATED_ENTRY.fullmatch(e) for e in entries)
    return "\n".join(line for line in lines if not sitting_in(line))


# 公益委員 :北野委員、南田委員  労働者代表 :東山委員、…  使用者代表 :西川委員: the members in groups, each group's word and a
# colon before its names (a council of three sides); the group words name no one.
# The group's word is no office (会長:北野一郎 names the chair) and its names each close with 委員.
_GROUP_COLON = re.compile(
    r"(?:^|(?<=[\s、]))(?!委員[ \t\u3000]*[:：])[^\s:：、()（）]{1,7}[^\s:：、()（）長][ \t\u3000]*[:：][ \t\u3000]*"
    r"(?=[^\s:：、]{1,6}委員(?:[、\s]|$))"
)


def colon_groups_apart(value: str) -> str:
    return _group_words_dropped(_GROUP_COLON, value)


def _group_words_dropped(pattern: re.Pattern[str], value: str) -> str:
    # Two groups at least: one group word before a list may be its label, or a name.
    if len(pattern.findall(value)) < 2:
        return value
    return pattern.sub("、", value).strip("、 \t\u3000")


# 公益委員 北野会長、南田委員 / 労働者委員 東山委員、… / 使用者委員 西川委員、…: a council of three sides lists its members by
# side with no colon, each side's word a blank before its first name (the lines may come joined, a side's word glued to
# the last name above). The sides' words are the ones such councils use; a word of a side names no one.
_SIDE_BEFORE_NAMES = re.compile(
    r"(?:^|(?<=[\s、,])|(?<=委員))(?:公益|労働者|使用者|事業主|学識経験者?)(?:代表)?委員[ \t\u3000]+"
    r"(?=[^\s:：、]{1,6}(?:委員|会長|部会長|委員長)(?:[、\s]|$))"
)


def side_words_dropped(value: str) -> str:
    return _group_words_dropped(_SIDE_BEFORE_NAMES, value).replace("、、", "、")


# 出席委員(五十音順): 北野委員、… / 出席者(順不同・敬称略):北野一郎、…: the label's note on how the names are written, then the
# colon that closes the label; the colon is no part of the first name.
_NOTE_THEN_COLON = re.compile(r"^([ \t\u3000]*[(（][^()（）\n]{1,12}[)）])[ \t\u3000]*[:：][ \t\u3000]*")


def note_colon_dropped(value: str) -> str:
    return _NOTE_THEN_COLON.sub(r"\1 ", value, count=1)


# | 氏名 | 所属・職名 | / |---|---| / | 北野 一郎 | 北山大学教授 | …: a roster as a Markdown table, a member a row, the name in the
# first cell and the post or organisation after it (rows may come joined, a row's bar glued to the cell before).
# The head row's first cell is the column's word, no one's name.
_PIPE_ROW_FIRST_CELL = re.compile(r"(?:^|(?<=\n)|(?<=[^\s|]))[ \t\u3000]*\|[ \t\u3000]*(?P<name>[^|\n]{1,12}?)[ \t\u3000]*\|")
_NAME_COLUMN_WORD = re.compile(r"氏[ \t\u3000]*名|名[ \t\u3000]*前|委員名|[-:]+")


def pipe_table_names(value: str) -> str:
    cells = [m.group("name") for m in _PIPE_ROW_FIRST_CELL.finditer(value)]
    if len(cells) < 3 or not _NAME_COLUMN_WORD.fullmatch(cells[0]):
        return value
    return "、".join(c for c in cells[1:] if not _NAME_COLUMN_WORD.fullmatch(c))
