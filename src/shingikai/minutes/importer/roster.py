"""Who attended: the names an attendance field of the header lists, and the chair it marks.

A roster comes as a list split by 、 or by gaps, a table of role and name cells (letter-spaced to the
column's width, or one cell a line), seat-numbered rows, or a list with a mark before each name
(◎ the chair). The names are returned as written, without role words, honorifics or spaces.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from shingikai.jp.text import strip_role_words
from .bulleted_seats import bullets_before_seats_dropped
from .name_cells_before_affiliation import name_cells_joined
from .roster_groups import body_before_count_dropped, colon_groups_apart, role_groups_apart, sitting_in_rows_dropped
from .roster_groups import note_colon_dropped, pipe_table_names, side_words_dropped
from .roster_groups import office_colon_before_name_moved
from .entries_naming_no_one import counts_only
from .glued_member_words import member_words_apart
from .office_column_groups import member_groups_only
from .next_group_run_on import members_before_next_group

_PARENS = re.compile(r"[（(][^（）()]*[）)]")
# 和田委員(以上33名): the bracket a count opens goes with it.
_COUNT_AFTER_LEAD = re.compile(r"[（(]?[ \t\u3000]*(?:を?始め|を?はじめ|ほか|他|外|以下|以上)[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \t\u3000]*[名人].*$")
_NO_ONE = re.compile(r"別紙|別添|別記|のとおり|の通り|名簿")
_DATE_WORD = re.compile(
    r"(?:(?:令和|平成|昭和)?[元〇一二三四五六七八九十0-9０-９]{1,3}年)?[一二三四五六七八九十0-9０-９]{1,2}月[一二三四五六七八九十0-9０-９]{1,3}日"
)
_PEOPLE_SPLIT = re.compile(r"[、,，;；|｜]|\s{2,}|[ \u3000](?=[^\s、,，;；]+(?:委員|会長|委員長|副会長)(?:\s|$|[、,]))")
_LIST_SPLIT = re.compile(r"[、,，;；|｜]|\s{2,}")
# Only a note after a name: 委員(北野一郎、南田健) and 2名(川上敬、大野春美) bracket the list itself.
# (元北山大学講師,北山民俗学会理事) alone on its line: a column of notes printed under the column of names.
_NOTE_WITH_SEPARATOR = re.compile(r"(?:(?<=[一-龥々ぁ-んァ-ヶ])(?<![名員者長])|(?<=[\n、])|^)[（(][^（）()\n]{0,60}?[、,，][^（）()\n]{0,60}[）)]")
COUNT_NOTE = re.compile(r"[（(]?\s*(?:計|以上|合計)?\s*[0-9０-９]+\s*[名人]\s*[）)]?|以上$|ほか$|外$")
# (会長), (座長・東洋大学法学部教授): the note that makes the name before it the chair.
_CHAIR_NOTE = re.compile(r"[（(]\s*(?:会長|委員長|議長|座長)\s*(?:[・、,，][^（）()]*)?[）)]")
_TRAILING_CHAIR = re.compile(r"(?:座長|部会長|(?:座長|部会長|委員長|会長)代理)[ \t\u3000]*$")
_CHAIR_SUFFIX = re.compile(r"(?:会長|委員長|議長|座長)$")
# What stands before 会長 where it is another body's head: a name longer than a person's (佐々木眞理子 has six
# letters), the body's own word (…栄養士会 + 会長), or a place with more after it (北野市商工 + 会長; a place word
# after two letters or more, as 中村 and 市川 are names).
_OTHER_BODYS_HEAD = re.compile(r".{8,}|.+会|.{2,}[都道府県市区町村].+")
_NOT_CHAIR_SUFFIX = re.compile(r"(?:副会長|副委員長|副議長)$")
# 議長 森元清蔵 in a committee's roster: the assembly's speaker, there as an observer.
_SPEAKER = re.compile(r"(?<![副委])議長")
# 会長 北野実, or 会長北野実 where a letter-spaced line lost its spaces (会 長 北 野 実).
# 会長・沖倉功, 委員・道佛雅克: the role and the name joined by a middle dot.
_CHAIR_PREFIX = re.compile(r"^(?:会長|委員長|議長)(?:[ \u3000・]+|(?!職務|代理)(?=[一-龥々豈-﫿]{2,6}$))")
_ACTING_PREFIX = re.compile(r"^(?:副?委員長|会長|教育長)職務代理者?[ \u3000・]+")
# 副委員長 木村 克一, 代理 海老原 崇智: a role written before the name on a roster line.
_ROLE_PREFIX = re.compile(
    r"^(?:副会長|副委員長|副議長|(?:副?委員長|会長|教育長)職務代理者?|職務代理者?|代理|(?:準|教育)?委員|議員)[ \u3000・]+"
    # 副会長有田伸弘, 委員清山美千子: the role set against the name.
    r"|^(?:副会長|副委員長|副議長|委員(?!長))(?=[一-龥々豈-﫿]{2,6}$)"
    # 教育委員山本由美子: a member of the board of education, the name set against the office.
    r"|^教育委員(?!長)(?=[一-龥々豈-﫿](?:[ \u3000]?[一-龥々豈-﫿ぁ-んァ-ヶー]){1,5}$)"
)
_STAFF_WORD = re.compile(
    r"(?:課長補佐|課長|係長|主査|主幹|主任主事|主任|主事|参事|室長|所長|部長|次長|局長|館長|園長|補佐|技師|専門員|保健師|"
    # 消防団長, 警察署長, 小学校長, 病院長, 支店長, 駅長: the head of an organisation sitting by office (a 防災会議).
    r"市長|町長|村長|教育長|職員|事務局|株式会社|団長|署長|校長|院長|店長|駅長|"
    # 北野コーディネーター among the 委員 of a programme's committee: who runs the programme at a school reports to it.
    r"コーディネーター)"
)


@dataclass(frozen=True)
class People:
    """What one attendance value says: the names in order, the chair it marks, those its own 出欠 column
    marks absent (None without such a column), and the names listed with the office of 教育長."""
    names: tuple[str, ...] = ()
    chair: str | None = None
    absent: tuple[str, ...] | None = None
    superintendents: frozenset[str] = frozenset()
    acting: str | None = None   # 委員長職務代理者 北野一郎: who chairs when the chair is absent
    # 南田 健 ( 急用により早 退) under 欠席委員: listed with a note that says the member came and left early.
    attended: tuple[str, ...] = ()

    def members(self, board_of_education: bool = False) -> list[str]:
        """The names; on a board of education the 教育長 is a member of the board, elsewhere staff."""
        return [n for n in self.names if board_of_education or n not in self.superintendents]


_PAIR_PART = r"[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,3}"
_PAIRED_ROW = re.compile(
    rf"(?m)^(?P<lead>[ \t\u3000]*)(?P<pairs>(?:{_PAIR_PART} {_PAIR_PART} ){{1,4}}{_PAIR_PART} {_PAIR_PART})"
    r"(?P<note>[(（][^()（）\n]{1,12}[)）])[ \t\u3000]*$"
)


def _pairs_apart(m: re.Match[str]) -> str:
    parts = m.group("pairs").split(" ")
    pairs = [(parts[k], parts[k + 1]) for k in range(0, len(parts), 2)]
    if any(min(len(a), len(b)) > 2 for a, b in pairs):
        return m.group(0)   # 北野祐子 南田光治 …: whole names one space apart
    return m.group("lead") + "、".join(a + " " + b for a, b in pairs) + m.group("note")


_ROLE_ROW_START = re.compile(r"(?m)^[ \t\u3000]*(?:副?(?:会長|委員長)|教育委員|教育長|委員)[ \t\u3000]*[一-龥々ヶ豈-﫿]")
_BROKEN_OFFICE = re.compile(r"(?m)^([ \t\u3000]*[一-龥])[ \t\u3000]*\n(?=[ \t\u3000]*長[ \t\u3000]*[一-龥々ヶ豈-﫿])")
_BROKEN_NAME_TAIL = re.compile(
    r"(?m)^([ \t\u3000]*(?:副?(?:会長|委員長)|教育委員|教育長|委員)[ \t\u3000]*[一-龥々ヶ豈-﫿]{1,2})[ \t\u3000]*\n"
    r"[ \t\u3000]*([一-龥々ヶ豈-﫿ぁ-ん]{1,3})[ \t\u3000]*$"
)
_ROLE_CLOSED_ENTRY = r"[ \t\u3000]*[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{2,8}?(?:副?委員長|副?会長|委員)[ \t\u3000]*"
_ROLE_CLOSED_DOTTED = re.compile(rf"(?:{_ROLE_CLOSED_ENTRY}・[ \t\u3000]*\n?)+{_ROLE_CLOSED_ENTRY}")
_ROLE_CLOSED_DOT = re.compile(r"(?<=[長員])[ \t\u3000]*・[ \t\u3000]*\n?")
_DOTTED_NAMES = re.compile(r"(?m)^[ \t\u3000]*[一-龥々ヶ][一-龥々ヶぁ-ん]{1,5}(?:・[一-龥々ヶ][一-龥々ヶぁ-ん]{1,5}){2,}[ \t\u3000]*$")
_SURNAME_AND_ROLE = re.compile(r"([一-龥々ヶ]{1,4}?)(副会長|会長|副委員長|委員長|委員)")
_ROLES_RUN_TOGETHER = re.compile(r"(?:[一-龥々ヶ]{1,4}?(?:副会長|会長|副委員長|委員長|委員)){3,}")
_OTHERS_LINE = re.compile(r"[ \t\u3000]*[^\s]{0,6}(?:出席者|事務局|説明員)")
_COMMITTEE_CHAIR_ROW = re.compile(r"(?<!副)(?<!副[ \t\u3000])委[ \t\u3000]*員[ \t\u3000]*長(?![ \t\u3000]*(?:職務|代理))")
# (議 長) 南田健 on a row of its own, or 議  長   西  村  五  郎  君 among role-and-name rows.
_PRESIDING_OFFICER_ROW = re.compile(
    r"(?m)^[ \t\u3000]*[(（]副?[ \t\u3000]*議[ \t\u3000]*長[)）][^\n]*$"
    r"|(?:^|(?<=[ \t\u3000]))副?[ \t\u3000]*議[ \t\u3000]*長[ \t\u3000]*[一-龥々ぁ-んァ-ヶ]{1,8}?(?:[ \t\u3000]+[一-龥々ぁ-んァ-ヶ]{1,8}?){0,5}[ \t\u3000]*君"
)


# 会 / 長:北野 一郎(市長) / 第一号委員:南田 健(…、所長) / 東山 進(…、副所長、西川所長代理) / (欠席) / 第一号委員:星川 …: a
# 防災会議's roster by the clause of the statute that seats each group; the 会長's label broken over two lines, a
# stand-in named with the member he came for inside the bracket, and those away listed after (欠席) on a line of its own.
_BROKEN_CHAIR_LABEL = re.compile(r"(?m)^([ \t\u3000]*[会委議座])[ \t\u3000]*\n[ \t\u3000]*(長[ \t\u3000]*[:：])")
_CLAUSE_GROUP = re.compile(r"(?m)^[ \t\u3000]*第[一二三四五六七八九十0-9０-９]{1,3}号委員[ \t\u3000]*[:：][ \t\u3000]*")
_STAND_IN_NOTED = re.compile(
    r"(?m)^[^\n（(]*[（(](?:[^（）()\n]|[（(][^（）()\n]*[）)])*[、,，][^（）()\n、,，]*代理[）)][ \t\u3000]*(?:\n|$)"
)
_STAND_IN_HEAD = re.compile(r"(?m)^[ \t\u3000]*[(（【]?代[ \t\u3000]*理(?:出席者?)?[)）】]?[ \t\u3000]*$")
_MEMBER_STOOD_FOR = re.compile(r"(?<=[ \t\u3000(（])([一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{2,8}?)委員[）)]")
_AWAY_LINE = re.compile(r"(?m)^[ \t\u3000]*[(（【]欠[ \t\u3000]*席(?:者|委員)?[)）】][ \t\u3000]*$")


# - 会長 / - 北山市長 北野 一郎 / - 委員 / - 北山警察署長 南田 健 / 北山保健所長 東山 花子: a page's nested list flattened into
# dashes, each group's word a bullet of its own and the group's first row a bullet too (the rows after it plain).
_DASHED_GROUP_WORD = re.compile(r"(?m)^[ \t\u3000]*-[ \t\u3000]+(?P<r>副?(?:会長|委員長|座長)|委員)[ \t\u3000]*$")
_DASH_BULLET = re.compile(r"(?m)^[ \t\u3000]*-[ \t\u3000]+")


def _dashed_groups_bracketed(value: str) -> str:
    """The value with each group's word in brackets over its rows, as a roster printed with [会長] / [委員] headings, and
    the dashes taken off the rows; the group's first row is no heading of its own."""
    return _DASH_BULLET.sub("", _DASHED_GROUP_WORD.sub(r"[\g<r>]", value))


def _grouped_rows(value: str) -> tuple[str, People | None]:
    """The value with such rows put plain (the labels joined, the clause groups and the stand-ins dropped), and the
    people listed after a line of (欠席) alone, or None where there is no such line."""
    value = _CLAUSE_GROUP.sub("", _BROKEN_CHAIR_LABEL.sub(r"\1\2", value))
    value = _STAND_IN_NOTED.sub("", value)
    cut = _AWAY_LINE.search(value)
    stand_ins = _STAND_IN_HEAD.search(value) if cut is None else None
    if stand_ins is not None:
        # 代理 / 南田健(北山警察署庶務課長 北野一郎委員): the stand-ins' group under the members; each row names in its
        # bracket the member it came for, who is away; the stand-ins are no members.
        away = tuple(_MEMBER_STOOD_FOR.findall(value[stand_ins.end():]))
        return value[:stand_ins.start()].rstrip(), People(away)
    if cut is None:
        return value, None
    return value[:cut.start()].rstrip(), read_people(value[cut.end():])


_MEMBERS_GROUP_FIRST = re.compile(r"^[ \t\u3000\n]*[(（](?:委員|構成員)[)）][ \t\u3000]*")
_OTHER_GROUP_LINE = re.compile(r"(?m)^[ \t\u3000]*[(（](?!委員|構成員)[^()（）\n]{1,10}[)）]")
_ATTENDANCE_MODE = re.compile(
    r"(?m)^[ \t\u3000]*(?:会議室|会場|対面|来庁|現地|Web|WEB|ウェブ|オンライン|リモート|電話)[ \t\u3000]*(?:での)?(?:参加|出席)"
    r"(?:者|委員)?[ \t\u3000]*[:：][ \t\u3000]*"
)


# (1) 委 員(北野一郎会長、…、\n東山亨委員) / (2) …, or (北野一郎委員、南田健委員、小川オブザーバー) alone: the group's list in brackets.
_MEMBERS_LISTED_IN_BRACKET = re.compile(
    r"^[ \t\u3000\n]*(?:[(（][0-9０-９]{1,2}[)）][ \t\u3000]*(?:委[ \t\u3000]*員|構成員)[ \t\u3000]*)?[(（](?!敬称|五十音|順不同)(?P<list>[^()（）]{4,}?、[^()（）]{2,})(?<!順)(?<!略)[)）][ \t\u3000]*(?:\n|$)")
# …、小川オブザーバー: one named as an observer by the word after the surname is no member.
_OBSERVER_CLOSED = re.compile(r"(?:^|[、,，])[ \t\u3000]*[一-龥々ヶ]{1,6}オブザーバー[ \t\u3000]*(?=[、,，]|$)")


_NONE_OF_EACH = re.compile(r"(?:[ \t\u3000]*(?:欠席|遅参|早退|遅刻)[ \t\u3000]*(?:なし|無し))+[ \t\u3000]*")


# 内閣府, 文部科学省研究開発局核融合開発室: a line that is a national government office's name alone (a ministry, an agency
# or the cabinet office, then perhaps its bureau, division or section), after the first line; 京都府 is a prefecture.
_OFFICE_LINE = re.compile(r"\n[ \t\u3000]*(?:内閣府|[一-龥ァ-ヶ・]{1,12}(?:省|庁))(?:[一-龥ァ-ヶ・]{0,30}(?:院|局|部|課|室|所))?[ \t\u3000]*(?=\n|$)")


def read_people(value: str | None, with_others: bool = False) -> People:
    """Everything an attendance value says about who attended (see People). ``with_others``: the value's label
    (出席委員等) says that others than the members attended under it."""
    if not value:
        return People()
    if _NONE_OF_EACH.fullmatch(value):
        # 欠席 なし  遅参 なし  早退 なし: the list of those away, late and leaving early, each stated empty.
        return People(absent=())
    if counts_only(value):
        # 委員数7名中5名(会長を含む): the field counts those who came and names no one.
        return People()
    table = attendance_table(value)
    if table:
        return People(tuple(table[0]), table[2], tuple(table[1]))
    # 会 長 北野一郎 / 委 員 南田健 … / 幹 事 西川明 …: the officials' groups after the members' are none of them.
    if value.count("\n") >= 8:
        # 北野 / 一郎 / 北山大学教授 / …: a table's surname, given name and affiliation cells one a line.
        value = name_cells_joined(value)
    if "番" in value:
        # • 1番 北野 一郎 / • 2番 南田 健: the bullets before the seats are no letters of the names.
        value = bullets_before_seats_dropped(value)
    value = members_before_next_group(member_groups_only(value))
    value = member_words_apart(seats_closed_up(seats_numbered(_office_before_seat_apart(value))))
    if "-" in value and _DASHED_GROUP_WORD.search(value):
        value = _dashed_groups_bracketed(value)
    if value.count("|") >= 6:
        value = pipe_table_names(value)
    if value.lstrip(" \t\u3000")[:1] in "(（":
        value = note_colon_dropped(value)
    if "委員 " in value or "委員\u3000" in value:
        value = side_words_dropped(value)
    if "、" in value:
        # 座長 北野一郎 委員 南田健、東山花子: the offices set before their groups, apart from the names by spaces.
        value = role_groups_apart(value)
    if ":" in value or "：" in value:
        # 公益委員 :北野委員、… 労働者代表 :南田委員、…: the groups' words before their names name no one.
        value = colon_groups_apart(value)
        value = office_colon_before_name_moved(value)
    if "委員、" in value and "\n" in value:
        # 北野委員、南田委員 / 西川理事(北山機構)、…: a row of those sitting in, each with the body they come from.
        value = sitting_in_rows_dropped(value)
    if "名" in value or "人" in value:
        # 北山市国際交流会議委員 6名: a count of the members, the body's name no one's.
        value = body_before_count_dropped(value)
    if "、" in value and "\n" in value:
        value = _WRAPPED_NAME.sub("", value)
    # 出席委員 :17 名 北野一郎委員長、…: the count before the list is no part of its first name.
    value = _LEADING_COUNT.sub("", value, count=1)
    if "\n" in value and ("省" in value or "内閣府" in value or "庁" in value):
        # 北野委員長、南田委員 / 内閣府 / 東山参事官、… / 北山省…課 / …: the officials after the members, each group under
        # its ministry's (or office's) name alone on a line; the members' list ends at the first.
        value = _OFFICE_LINE.split(value, 1)[0]
    members_group = _MEMBERS_GROUP_FIRST.match(value)
    if members_group:
        # (委員)北野委員、南田委員 / (北山市)北山市長、東山企画室理事、…: the roster's groups each under its bracketed
        # heading; only the members' group lists members.
        other = _OTHER_GROUP_LINE.search(value, members_group.end())
        value = value[members_group.end():other.start() if other else len(value)]
    listed = _MEMBERS_LISTED_IN_BRACKET.match(value) if members_group is None else None
    if listed:
        # (1) 委 員(北野一郎会長、南田健副会長、…) / (2) 北山市(…部長、…): each group's people in a bracket after its word, a
        # group a numbered line; the members are the bracket after 委員, the bracket alone a list of one group.
        value = listed.group("list")
        value = _OBSERVER_CLOSED.sub("", value)
    if "参加" in value or "出席" in value:
        # 会議室参加:北野一郎会長、… / Web参加:南田健委員、…: the roster split by how each attended, the mode no name.
        value = _ATTENDANCE_MODE.sub("", value)
    if "(" in value or "（" in value:
        # 税所 篤朗 内山 豊己 福元 祐義(根占町): a row of names, family and given name one space apart as between the
        # names, closed by the row's note.
        value = _PAIRED_ROW.sub(_pairs_apart, value)
    if "\n" in value and len(_ROLE_ROW_START.findall(value)) >= 3:
        # 教育委員 瓜 / 郁 夫, 市 / 長 菊 島 好 孝: rows of office and letter-spaced name that the PDF broke, the
        # office's last letter or the name's last letters on the next line.
        value = _BROKEN_OFFICE.sub(r"\1", _BROKEN_NAME_TAIL.sub(r"\1\2", value))
    if "・" in value:
        # 池田雄治・石山英子・上野喜博: whole names set apart by ・ alone.
        value = _DOTTED_NAMES.sub(lambda m: m.group(0).replace("・", "、"), value)
        if _ROLE_CLOSED_DOTTED.fullmatch(value.strip(" \t\u3000\n")):
            # 北野一郎委員・南田健委員・\n東山亨委員: entries each closed by the role, joined by ・ (the line wrapped
            # after one).
            value = _ROLE_CLOSED_DOT.sub("、", value.strip(" \t\u3000\n"))
    first, _, rest = value.strip(" \t\u3000").partition("\n")
    if _ROLES_RUN_TOGETHER.fullmatch(first.strip(" \t\u3000")) and (not rest or _OTHERS_LINE.match(rest)):
        # 北野会長南田委員東委員西川委員: surnames each closed by the role, with nothing between them (県出席者 … on the
        # line below is the next field, its label unknown to the header).
        found = _SURNAME_AND_ROLE.findall(first)
        return People(tuple(n for n, _ in found), next((n for n, r in found if r in ("会長", "委員長")), None))
    if "号委員" in value or "\n長" in value or "代理" in value or "欠席" in value:
        value, away = _grouped_rows(value)
        if away is not None:
            people = read_people(value, with_others)
            return replace(people, absent=tuple(n for n in (people.absent or ()) + away.names if n not in people.names))
    if with_others and "議" in value and _COMMITTEE_CHAIR_ROW.search(value):
        # 出席委員等 / (委員長) 北野一郎 … (議 長) 南田健 / (副議長) 東山亨: the assembly's presiding officers sit in on its
        # committee, listed with its members under 等 (and nothing else); they are no members of it.
        value = _PRESIDING_OFFICER_ROW.sub("", value)
    if "【" in value and "】" in value:
        value = _INTERLEAVED_ROWS.sub(_interleaved_rows_restored, value)
    if "オブザーバー" in value:
        # …家入時治 / 深町直也(オブザーバー): one noted as sitting in as an observer is no member.
        value = _OBSERVER_ENTRY.sub("", value)
        # …西川委員         オブザーバー 山川一郎議長、川上副議長: the observers' group after the members, its word before
        # their names; they sit in and are no members.
        value = _OBSERVER_GROUP.sub("", value)
    value, absent = _absences_noted(value)
    people = _acts_dropped(_read_listed(value))
    if people.chair is None and (headed := _CHAIR_HEADING_OVER_NAME.search(value)):
        # [委員長] / 北野 一郎 / (北山大学教授) / [委員] / …: the chair's office as a bracketed heading over its name.
        name = re.sub(r"[ \t\u3000]", "", headed.group("n"))
        people = replace(people, chair=name) if name in people.names else people
    if absent is None:
        return people
    absent = tuple(a for a in dict.fromkeys(absent) if a not in people.names)
    return replace(people, names=tuple(n for n in people.names if n not in absent), absent=absent)


# (2)委員紹介 / (3)会長互選 / (4)会長挨拶: the next section's steps run into a roster read as an office and a "name"; an
# act of the sitting is no one's name.
_ACT_NOT_NAME = re.compile(r"(?:[一-龥]{1,4}の)?(?:互選|選出|選任|紹介|挨拶|あいさつ|指名|委嘱|就任)(?:[(（][^()（）]{1,6}[)）])?")


def _acts_dropped(people: People) -> People:
    if not any(_ACT_NOT_NAME.fullmatch(n) for n in people.names):
        return people
    chair = None if people.chair and _ACT_NOT_NAME.fullmatch(people.chair) else people.chair
    return replace(people, names=tuple(n for n in people.names if not _ACT_NOT_NAME.fullmatch(n)), chair=chair)


# The group closes its line: a member's row after the word (委員 岩本克美, a table's second column) keeps it a cell.
_OBSERVER_GROUP = re.compile(r"(?:(?<=[ \t\u3000])|^)オブザーバー[ \t\u3000:：]+(?![^\n]*委員)[^\n]*")
_OBSERVER_ENTRY = re.compile(
    r"(?:^|(?<=[、,，\n]))[ \t\u3000]*[一-龥々ヶ豈-﫿ぁ-んァ-ヶー \u3000]{2,12}[（(][ \t\u3000]*オブザーバー[ \t\u3000]*[）)][ \t\u3000]*(?=[、,，\n]|$)"
)


# 北野 一郎委員、…、川上 【事 優子委員、南田 花子委員、 健委員 務局】…: a roster whose printed lines (…、川上 / 優子委員、
# 南田 花子委員、 / 中川 健委員 / 【事務局】) a two-column extraction read left half first: the family names that ended
# each line (and the next label's first half) stand together, their given names each open a line's second half.
_FAMILY = r"[一-龥々ヶ豈-﫿]{1,4}"
_INTERLEAVED_ROWS = re.compile(
    rf"(?<=、)[ \t\u3000]*(?P<fams>(?:{_FAMILY}[ \t\u3000]+){{1,4}})(?P<open>【[^【】\s]{{1,4}})[ \t\u3000]+"
    r"(?P<mid>[^【】\n]{1,400}?)[ \t\u3000]+(?P<close>[^【】\s]{1,4}】)"
)
_SPACED_ENTRY = re.compile(rf"^{_FAMILY}[ \t\u3000]+[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{1,5}}(?:委員|会長|委員長|副会長)?$")
_GIVEN_ENTRY = re.compile(r"^[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}(?:委員|会長|委員長|副会長)$")


def _interleaved_rows_restored(m: re.Match[str]) -> str:
    fams = m.group("fams").split()
    entries = [e.strip(" \t\u3000") for e in m.group("mid").split("、")]
    given = [k for k, e in enumerate(entries) if _GIVEN_ENTRY.match(e)]
    if len(given) != len(fams) or not all(_SPACED_ENTRY.match(e) for k, e in enumerate(entries) if k not in given and e):
        return m.group(0)
    for fam, k in zip(fams, given):
        entries[k] = f"{fam} {entries[k]}"
    return "、".join(e for e in entries if e) + "\n" + m.group("open") + m.group("close")


# 北野議長、南田委員、東\n山委員: a list wrapped inside a name; the piece after the last 、 has no role, the
# next line's first piece ends in one, so the break is no separator.
_WRAPPED_NAME = re.compile(r"(?<=、[一-龥々])\n(?=[一-龥々]{1,3}(?:委員|議長|会長)(?:、|\n|$))|(?<=、[一-龥々]{2})\n(?=[一-龥々]{1,2}(?:委員|議長|会長)(?:、|\n|$))")
# (木村繁滿委員、山本良子委員は所用のため欠席), (計6名。折井美耶子・小泉和子各委員は所用のため欠席。): the list's own
# note names those who did not come; 樋村 恭一 … 講師(当日欠席): a row's note marks its member absent.
ABSENCE_NOTE = re.compile(r"[（(](?P<body>[^（）()\n]{0,80}?)(?:各?委員)?(?:は|が)[^（）()\n。]{0,12}?欠席(?:し(?:た|ました)?)?。?[）)]")
# (欠席:佐藤委員), ( 欠席西川委員、森本委員 ): a note that opens with the word and names the absent, each closed by the role.
_ABSENT_FIRST_NOTE = re.compile(
    r"[（(][ \t\u3000]*欠席(?:委員|者)?[ \t\u3000]*[:：]?[ \t\u3000]*(?P<body>(?:[^\s（）()、,，・:：]{1,8}?委員[、,，・]?[ \t\u3000]*)+)[）)]")
_COUNTED_ABSENT = re.compile(r"[（(][ \t\u3000]*欠席(?:者|委員)?[ \t\u3000]*(?P<c>[1-9１-９])[ \t\u3000]*名[ \t\u3000]*[）)][ \t\u3000]*(?=[一-龥々])")
_COUNTED_NAME = re.compile(r"[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,7}")
_NO_ABSENCE_NOTE = re.compile(r"[（(][ \t\u3000]*欠席(?:委員|議員|者)?[ \t\u3000]*[:：]?[ \t\u3000]*(?:なし|無し|[0０][ \t\u3000]*[名人])[^（）()\n]*[）)]")
_ROW_ABSENT = re.compile(r"(?P<row>[^\n、,，（）()]+?)[（(][ \t\u3000]*(?:当日|本日)?欠席[ \t\u3000]*[）)]")


# 1.会長山田和子, (1) 委員 北野一郎 南田健: the list's own numbering of its entries or of its groups.
_ENTRY_NUMBER = re.compile(r"(?m)^[ \t\u3000]*(?:[0-9０-９]{1,2}[.．]|[(（][0-9０-９]{1,2}[)）])[ \t\u3000]*(?=[^\s0-9０-９番])")
# (15人中14人出席): how many of how many came, after the names; the second figure is the count of those present.
STATED_COUNT = re.compile(
    r"[（(][ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*中[ \t\u3000]*(?P<n>[0-9０-９]{1,3})[ \t\u3000]*[名人]"
    r"[ \t\u3000]*出席[ \t\u3000]*[）)]"
)
# 会長 / • 高橋 保(有識者), 会長 / 近藤鈔: an officer's role alone above the one name it heads (委員 only above a bullet,
# as in a table's role column 委員長 / 副委員長 / 委員 the last role heads all the names below it).
_ROLE_ABOVE_BULLET = re.compile(
    # - 【会長】 / - 北野 一郎: the role a bracketed heading of its own, each line a bullet.
    r"(?m)^[ \t\u3000]*(?:-[ \t\u3000]+)?[【\[［]?(副?(?:会長|委員長|議長)|座長|委員)[】\]］]?[ \t\u3000]*\n[ \t\u3000]*(?:[•・]|-[ \t\u3000])[ \t\u3000]*"
    r"|^[ \t\u3000]*(副?(?:会長|委員長)|座長)[ \t\u3000]*\n(?![ \t\u3000]*(?:副?(?:会長|委員長|議長)|委員|座長|部会長|(?:副?委員長|会長)?職務代理者?)[ \t\u3000]*(?:\n|$))"
    # 会長 / 北野 一郎: the name's surname and given name a space apart, as a table cell prints them.
    r"(?=[ \t\u3000]*(?:[一-龥々ぁ-んァ-ヶ]{2,7}|[一-龥々]{1,4}[ \u3000][一-龥々ぁ-んァ-ヶ]{1,4})[ \t\u3000]*(?:\n|$))"
)
_STAND_IN_ROW = re.compile(r"(?m)^[^\n、]*?[)）][ \t\u3000]*代理(?![^\s、,，]*[)）])[ \t\u3000]*")
_AGENDA_RUN_ON = re.compile(r"(?<=委員)(?:議案|報告|諮問|議題)[0-9０-９]{1,2}[.．][^\n]*")
_NAME_COLUMN_HEAD = re.compile(r"^[ \t\u3000\n]*氏[ \t\u3000]*名[ \t\u3000]+(?:現職名?|職名|所属(?:等|団体)?|役職|職業|選出区分)[ \t\u3000]*\n")
_OFFICER_RUN_ON = re.compile(
    r"(?P<pre>(?:^|(?<=[、,，\n]))[一-龥々ヶ]{2,6}?)(?P<role>副?(?:委員長|会長))(?!職務|代理|代行)(?=[一-龥々ヶ]{2,6}[、,，])"
)
_ROLE_CLOSED_RUN = re.compile(r"(?<=[一-龥々])(委員(?!長)|会長)(?=[一-龥々]{2,6}(?:委員|会長)(?:$|[、,，\s]))")
# (委員6名、オブザーバー2名) 委員長 北野一郎 …: the count in brackets, of each group, likewise.
# １ 北野一郎 ２ 南田 健 ３ 東山花子: an assembly's seats, each number before its member's name, several to a row (10 番
# 北野一郎, the seat's word set apart, is read as it is by seats_closed_up).
_SEAT_PAIR = re.compile(r"(?P<n>[0-9０-９]{1,2})[ \t\u3000]+(?![番名人号])[一-龥々ヶぁ-んァ-ヶー]{1,5}(?:[ \u3000][一-龥々ヶぁ-んァ-ヶー]{1,5})?(?=[ \t\u3000]|$)")


def seat_row(line: str) -> bool:
    """Whether a line is a row of seats (two or more, their numbers one after another): the roster goes on, though
    its first number looks like the numbering of the record's next section."""
    s = line.strip(" \t\u3000")
    pairs, at = [], 0
    while at < len(s):
        m = _SEAT_PAIR.match(s, at)
        if not m:
            return False
        pairs.append(int(unicodedata.normalize("NFKC", m.group("n"))))
        at = m.end()
        while at < len(s) and s[at] in " \t\u3000":
            at += 1
    return len(pairs) >= 2 and all(b == a + 1 for a, b in zip(pairs, pairs[1:]))


def seats_numbered(value: str) -> str:
    """１ 北野一郎 ２ 南田 健 → 1番 北野一郎 2番 南田 健: each row of seats given the 番 the roster's reader knows seats by."""
    if not any(seat_row(line) for line in value.split("\n")):
        return value
    return "\n".join(_SEAT_PAIR.sub(lambda m: f"{unicodedata.normalize('NFKC', m.group('n'))}番 {m.group(0)[len(m.group('n')):].lstrip()}", line)
                     if seat_row(line) else line for line in value.split("\n"))


# 議 長 １４番 北 野 一 郎 副 議 長 １３番 南 田 健: letter-spaced cells closed up run the next seat's office onto the name
# before it (北野一郎副議長 １３番); an office word just before a seat number is that seat's.
_OFFICE_BEFORE_SEAT = re.compile(r"(?<=[一-龥々ぁ-んァ-ヶ])(?<!副)(?=(?:副議長|議長|副委員長|委員長)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*番)")


def _office_before_seat_apart(value: str) -> str:
    return _OFFICE_BEFORE_SEAT.sub(" ", value) if "長" in value else value


def seats_closed_up(value: str) -> str:
    """10 番 明戸 政勝, 18 名中 17 名: a PDF's text that sets the digits apart from their seat's or count's word, closed
    up; 3 番 河原木 一実 待機: a seat's holder who stood by (待機) and did not attend, left out."""
    if "番" not in value:
        return value
    value = _GROUP_COUNT.sub(" ", _SPACED_SEAT_WORD.sub("", value))
    # 13番橘 由正: a one-letter surname the spacing closed onto its seat is a word of its own.
    value = _GLUED_ONE_LETTER.sub(" ", value)
    return _STOOD_BY.sub(" ", value) if "待機" in value else value


# 農業委員 18名中17名 1番 …, 農地利用最適化推進委員 21名中3名 1番 …: each group's heading and count before its seats.
_GROUP_COUNT = re.compile(r"(?:^|(?<=[ \t\u3000]))[一-龥々]{0,12}委員[ \t\u3000]*[0-9０-９]{1,3}名中[ \t\u3000]*[0-9０-９]{1,3}名(?=[ \t\u3000]|$)")
_GLUED_ONE_LETTER = re.compile(r"(?<=[0-9０-９]番)(?=[一-龥々][ \u3000][一-龥々ぁ-ん])")
_SPACED_SEAT_WORD = re.compile(r"(?<=[0-9０-９])[ \t\u3000]+(?=[番名])")
_STOOD_BY = re.compile(
    r"[0-9０-９]{1,3}番[ \t\u3000]*[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,6}(?:[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,6})?[ \t\u3000]+待機(?=[ \t\u3000]|$)"
)
_LEADING_COUNT = re.compile(
    # 出席者12名、欠席者2名) 北野 一郎、…: the label read inside the count's bracket, the rest of the bracket left over.
    r"^[ \t\u3000]*(?:[0-9０-９]{1,3}[ \t\u3000]*[名人][、,，][^()（）\n]{0,30}?[)）]|[0-9０-９]{1,3}[ \t\u3000]*[名人]|[(（][^()（）\n]{0,20}?[0-9０-９]{1,3}[ \t\u3000]*[名人][^()（）\n]{0,30}?[)）])"
    r"[ \t\u3000]+(?=[一-龥々ぁ-んァ-ヶ])"
)
# 各務委員(代), 北野一郎委員(代理 南田健副校長): one came in the member's stead, named or not; the member is away
# and the stand-in is no member.
# 北野一郎委員 ( 代理南田健北山運輸支局専門官 ): a PDF's spaces inside the brackets, the stand-in's name run onto 代理.
# 委員 北野 一郎 (代理:南田 健): the member's surname and given name a space apart (a role word before them is no name).
_STAND_IN_MARK = re.compile(
    r"(?P<n>(?<![一-龥々ぁ-んァ-ヶ])(?!(?:副?会長|副?委員長|委員|議員)[ \u3000])[一-龥々ぁ-んァ-ヶ]{1,4}[ \u3000][一-龥々ぁ-んァ-ヶ]{1,4}"
    r"(?=[ \t\u3000]?[（(][ \t\u3000]?代)|[一-龥々ぁ-んァ-ヶ]{1,8}?)(?:委員)?[ \t\u3000]?[（(][ \t\u3000]?代"
    r"(?:理[ \t\u3000:：]*[^（）()\s]{2,30}|理?[ \t\u3000:：]+[^（）()\n]{2,30})?[ \t\u3000]?[）)]"
)
# 上野委員、南田委員代理、東山(英)委員代理、…: an entry of the list that is a member's name and 委員代理 is the one who
# came in that member's stead (as 各務委員(代)); the member is away (inside brackets, 西川博(森本清委員代理), it is the
# stand-in's note, read with the stand-in).
_STAND_IN_ENTRY = re.compile(
    r"(?:^|(?<=[、,，\s]))(?P<n>[一-龥々ぁ-んァ-ヶ]{1,8}?(?:[（(][一-龥々ぁ-んァ-ヶ]{1,3}[）)])?)委員代理(?=[、,，\s]|$)"
)
# 北野構成員、南田構成員代理: a study group's member named with 構成員, and one who came in that member's stead.
_MEMBER_STAND_IN_ENTRY = re.compile(r"(?:^|(?<=[、,，\s]))(?P<n>[一-龥々ぁ-んァ-ヶ]{1,8}?)構成員代理(?=[、,，\s]|$)")
# 松本(北野委員代理)、南田委員、…: an entry that is a surname and, in brackets, the member it came for (a surname with
# 委員代理): the one who came is no member (whether the member is away the note does not say: the list may name
# another of that surname). 東山委員(西川委員代理): one listed as a member himself stays one.
_STAND_IN_FOR_NAMED = re.compile(
    r"(?:^|(?<=[、,，\n]))[ \t\u3000]*[一-龥々ぁ-んァ-ヶ]{1,8}(?<!委員)[（(](?P<n>[一-龥々ぁ-んァ-ヶ]{1,8}?)委員代理[）)](?=[、,，\n]|$)"
)
# …長井勝利委員(前原中学校長)、田中葉月教諭(須賀小学校校長代理): an entry whose note says whose post it stood in for (a
# school's principal, an office's head), its own post no member's; the one who came is no member, and whether the
# member is away the note does not say. 南田健(会長代理) holds the office of acting chair and stays a member.
_STAND_IN_FOR_POST = re.compile(
    r"(?:^|(?<=[、,，\n]))[ \t\u3000]*[一-龥々ぁ-んァ-ヶ \u3000]{2,12}(?<!委員)(?<!会長)(?<!委員長)[（(]"
    r"(?P<post>[^（）()、,，\n]{2,24}?[^会員座]長)代理[）)](?=[、,，\n]|$)"
)
# 北野一郎委員(北山県森林課長【代理:森林課 南田主査】): the stand-in named in lenticular brackets inside the member's
# affiliation; the member is away and the stand-in is no member.
_STAND_IN_IN_AFFILIATION = re.compile(
    r"(?:^|(?<=[、,，\s]))(?P<n>[一-龥々ぁ-んァ-ヶ]{2,8}?)委員[（(][^（）()【】]{0,60}【代理[:：][^】]{1,30}】[ \t\u3000]*[）)]"
)
_STAND_IN_AFTER_NAME = re.compile(r"[（(][ \t\u3000]*代理(?:出席)?[ \t\u3000]*[）)]$")
_HEARD_INSTEAD = re.compile(r"(?P<n>[一-龥々ぁ-んァ-ヶ]{1,8})[（(][^（）()、]{1,10}参考人[）)]")
_LIST_STOP = re.compile(r"。(?=[ \t\u3000]*(?:[、\n]|$))")


def absence_notes_dropped(line: str) -> str:
    """The line without the notes that name absent members."""
    return ABSENCE_NOTE.sub("、", line) if "欠席" in line else line


# １番 新井田 邦 宏 〇 / ２３番 北 野 一 郎 ×: a table's attendance column, one mark at each row's end
# (注）〇…出席、×…欠席). Two marked rows are the sign; a mark alone ends no name.
# 凡例 ◯出席を示す / ▲欠席を示す: a legend line a mark, ▲ for the absent; the table's head row (議席番号 氏名 出席等の別).
_MARK_COLUMN = re.compile(r"(?m)(?<=\S)[ \t\u3000]+(?P<mark>[〇○◯×✕▲])[ \t\u3000]*$")
_MARK_LEGEND = re.compile(
    r"(?m)^[ \t\u3000]*(?:凡例[ \t\u3000]*|注|※)?[)）:：]?[ \t\u3000]*(?:[〇○◯][…・:：]+出席|[〇○◯▲×✕][…・:：]*(?:出席|欠席)を示す).*$"
    r"|^[ \t\u3000]*議席番号[ \t\u3000]+氏[ \t\u3000]*名.*$"
)
_TRIANGLE_ABSENT = re.compile(r"▲[…・:：は]{0,2}欠席")
_ROW_SEAT = re.compile(r"^[ \t\u3000]*(?:[0-9０-９]{1,3}[ \t\u3000]*番)?")


def _mark_column(value: str, absent: list[str]) -> str:
    if len(_MARK_COLUMN.findall(value)) < 2:
        return value
    # ▲ is an absence only where the legend says so (▲欠席を示す); ▲…遅参, (▲は途中退席) mark members who came.
    away = "×✕▲" if _TRIANGLE_ABSENT.search(value) else "×✕"
    value = _MARK_LEGEND.sub("", value)
    rows = []
    for row in value.split("\n"):
        m = _MARK_COLUMN.search(row)
        if m and m.group("mark") in away:
            name = "".join(_ROW_SEAT.sub("", row[:m.start()]).split())
            if name:
                absent.append(name)
            continue
        rows.append(row[:m.start()] if m else row)
    return "\n".join(rows)


def _absences_noted(value: str) -> tuple[str, list[str] | None]:
    """The value without its notes of absence, and the names those notes mark absent (None without a note)."""
    absent: list[str] = []
    if any(mark in value for mark in "〇○◯×✕▲"):
        value = _mark_column(value, absent)
    if "欠席" not in value and "参考人" not in value and "代" not in value:
        return value, absent or None

    def note(m: re.Match[str]) -> str:
        body = m.group("body").split("。")[-1]
        absent.extend(n for n in (re.sub(r"各?委員$", "", re.sub(r"[ \t\u3000]", "", p)) for p in re.split(r"[、,，・]", body)) if n)
        return "、"

    def row(m: re.Match[str]) -> str:
        name = _row_name(m.group("row"))
        if name:
            absent.append(name)
            return "、"
        return m.group("row") + "、"

    value = _ABSENT_FIRST_NOTE.sub(note, ABSENCE_NOTE.sub(note, value))
    counted = _COUNTED_ABSENT.search(value) if "欠席" in value else None
    if counted:
        # ・(欠席者2名)北野 一郎、南田健、東山 清、…: the bracket counts the absent, whose names follow it first.
        n = int(unicodedata.normalize("NFKC", counted.group("c")))
        entries = value[counted.end():].split("、")
        names = ["".join(e.split()) for e in entries[:n]]
        if len(entries) > n and all(_COUNTED_NAME.fullmatch(x) for x in names):
            absent.extend(names)
            value = value[:counted.start()] + "、" + "、".join(entries[n:])
    stated_none = False
    if "な" in value or "無" in value or "0" in value or "０" in value:
        # (欠席委員:なし、委員外議員:なし): the list's own note says no one stayed away.
        value, notes = _NO_ABSENCE_NOTE.subn("", value)
        stated_none = notes > 0
    # 福田(直井参考人): a 参考人 attends in the member's stead; the member is away.
    value = _HEARD_INSTEAD.sub(lambda m: absent.append(m.group("n")) or "", value)
    value = _STAND_IN_MARK.sub(lambda m: absent.append(re.sub(r"[ \u3000]", "", m.group("n"))) or "", value)
    if "【代理" in value:
        value = _STAND_IN_IN_AFFILIATION.sub(lambda m: absent.append(m.group("n")) or "", value)
    if "代理" in value:
        value = _STAND_IN_FOR_POST.sub("", value)
    if "委員代理" in value:
        value = _STAND_IN_FOR_NAMED.sub("", value)
        value = _STAND_IN_ENTRY.sub(lambda m: absent.append(m.group("n")) or "", value)
    if "構成員代理" in value:
        value = _MEMBER_STAND_IN_ENTRY.sub(lambda m: absent.append(m.group("n")) or "", value)
    value = _ROW_ABSENT.sub(row, value)
    return value, absent if absent or stated_none else None


_SEAT_CELL_FIRST = re.compile(r"^(?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,5})[ \t\u3000]*番[ \t\u3000]+(?=\S)")


def _row_name(row: str) -> str | None:
    """木村 俊夫  九州国際大学 教授: a table row's name, the cell before the wide gap; None where it holds none."""
    # 二十七番  北野一郎君(欠席): the seat's cell before the name (in kanji numerals in an old assembly's record), and
    # the honorific after it, are no part of the name.
    row = _SEAT_CELL_FIRST.sub("", row.strip(" \t\u3000"))
    row = re.sub(r"(?<=[一-龥々ぁ-んァ-ヶ])君[ \t\u3000]*$", "", row)
    cells = re.split(r"[ \t]{2,}|\u3000{2,}", row.strip(" \t\u3000"))
    if len(cells) > 2:
        return None   # rows run together: which name the note is on cannot be told
    cell = cells[0]
    name = strip_role_words(re.sub(r"[ \t\u3000]", "", cell))
    return name if _ROW_NAME.fullmatch(name) and len(name) <= 8 and not _STAFF_WORD.search(name) else None


def _bullet_lines(value: str) -> str:
    """・依 田 浩 敏 / ・佐々木 / 允 / ・小 / ・村 / 畑 克 己: a list one bullet a line, as a PDF layer extracts it. A
    short line under a name of two or three letters is the rest that wrapped; a one-letter bullet is a name
    cut apart from its rest, and lines that no bullet opens are those rests out of order: neither is read.
    The bracketed affiliations printed after the list close it."""
    lines = [line.strip(" \t\u3000") for line in value.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2 or not lines[0].startswith("・"):
        return value
    out: list[str] = []
    for line in lines:
        if line.startswith("・"):
            out.append(line)
        elif line[:1] in "(（" or line[-1:] in ")）" and not _OPENERS.search(line):
            break
        elif out and 2 <= len(out[-1]) - 1 <= 3 and len(line) <= 2 and "・" not in out[-1][1:]:
            out[-1] += line
    return "\n".join(line for line in out if len(line.replace(" ", "").replace("\u3000", "")) > 2)


_OPENERS = re.compile(r"[（(]")


# • 北山市商工会議所事務局長 北野 一郎: a roster bullet giving the member's organisation and role first, then the
# name as surname and given name a space apart. (13番 北野 一郎: a seat's number is no organisation.)
_AFFILIATION_FIRST = re.compile(
    r"^[ \t\u3000]*(?P<mark>[•・][ \t\u3000]*)?(?![0-9０-９]{1,3}番[ \t\u3000])[^\s、。]{3,40}[ \t\u3000]+"
    r"(?P<s>[一-龥々ヶ豈-﫿]{1,4})[ \u3000](?P<g>[一-龥々ヶ豈-﫿ぁ-んァ-ヶ]{1,4})[ \t\u3000]*$"
)
_GROUP_HEADING = re.compile(r"^[ \t\u3000]*[【\[［](?P<r>副?(?:会長|委員長)|委員)[】\]］][ \t\u3000]*$")


def _affiliations_dropped(value: str) -> str:
    """【会長】 / 北山大学教授 北野 一郎 / 【委員】 / • 南田商店会会長 南田 健: where the list gives each member's
    organisation before the name (three lines or more), the name alone under its group's role; the roles are the
    organisations' own, not the council's."""
    lines = value.split("\n")
    matched = [_AFFILIATION_FIRST.match(line) for line in lines]
    if sum(1 for m in matched if m) < 3:
        return value
    out = []
    for line, m in zip(lines, matched):
        heading = _GROUP_HEADING.match(line)
        if heading:
            out.append(heading.group("r"))
        elif m:
            out.append(("・" if m.group("mark") else "") + m.group("s") + m.group("g"))
        else:
            out.append(line)
    return "\n".join(out)


# 会長   北山 健 市長 / 委員   40人: an officer named by role and name, then the office he holds outside the body
# (a 防災会議's 会長 is the mayor). The office is no staff word on the name: dropped.
_OFFICE_AFTER_NAME = re.compile(
    r"(?m)^(?P<head>[ \t\u3000]*(?:副?(?:会長|委員長|議長)|委員)[ \t\u3000]+"
    r"(?P<name>[一-龥々豈-﫿]{1,4}(?:[ \u3000][一-龥々豈-﫿]{1,4})?))[ \t\u3000]+(?P<office>[^\s、,，]{1,10})[ \t\u3000]*$"
)


def _office_dropped(m: re.Match[str]) -> str:
    if _STAFF_WORD.search(m.group("office")) and not _STAFF_WORD.search(m.group("name")):
        return m.group("head")
    return m.group(0)


_CHAIR_HEADING_OVER_NAME = re.compile(
    r"(?:^|\n)[ \t\u3000]*[\[［【〔][ \t\u3000]*(?:委[ \t\u3000]*員[ \t\u3000]*長|会[ \t\u3000]*長|座[ \t\u3000]*長)[ \t\u3000]*[\]］】〕]"
    r"[ \t\u3000]*\n[ \t\u3000]*(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}(?:[ \t\u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5})?)[ \t\u3000]*(?:\n|$)"
)


def _read_listed(value: str) -> People:
    closing = _CLOSING_COUNT.search(value)
    if closing and not _MEMBER_AGAIN.search(closing.group("rest")):
        value = value[:closing.start()]
    if "\n" in value:
        value = _affiliations_dropped(value)
    value = _bullet_lines(value)
    if ":" in value or "：" in value:
        # …伊藤奈津子委員 市 : 北野市長 福祉部 南田部長: the city's side run on after the members under a label of its own.
        value = _STAFF_GROUP_RUN_ON.sub("", value)
    if "\n" in value and ("(" in value or "（" in value):
        # 北野 / 一 (北山大学教授): a row whose surname the extraction left on a line of its own.
        value = _SURNAME_ALONE.sub(r"\1", value)
    if "※" in value:
        # 北野 一 (北山大学教授)※会長南田 健 (…): the office marked after the entry's note; the next row run on after it.
        value = _MARKED_OFFICE.sub(r"(\g<r>)、", value)
    # …湯浅隆各委員。: the 。 that closes the list is no part of its last name.
    value = _LIST_STOP.sub("", value)
    # 出 / 席 / 者 委員:藤本委員: the last letter of a label printed one letter a line, left before the names.
    value = re.sub(r"(?m)^[ \t\u3000]*者[ \t\u3000]+(?=\S)", "", value)
    # 岡委員議案1.諮問(…): the agenda that follows the form's roster cell run onto its last name.
    value = _AGENDA_RUN_ON.sub("", value)
    head = _NAME_COLUMN_HEAD.match(value)
    if head:
        # 氏名 現職名 / 木村 俊夫  九州国際大学 教授: a table of name and affiliation; the name is the first cell.
        value = "\n".join(re.split(r"[ \t]{2,}|\u3000{2,}", line.strip(" \t\u3000"))[0] for line in value[head.end():].split("\n"))
    # 1.会長山田和子 / 2.副会長有田伸弘: the list's own numbering.
    value = _ENTRY_NUMBER.sub("", value)
    if "中" in value:
        value = STATED_COUNT.sub("", value)
    if "長" in value:
        value = _OFFICE_AFTER_NAME.sub(_office_dropped, value)
    # 会長 / • 高橋 保(有識者): the role alone above the bullet it heads.
    value = _ROLE_ABOVE_BULLET.sub(lambda m: (m.group(1) or m.group(2)) + "\u3000", value)
    # • 桑原 千秋(…農村計画課長)代理: one attending in a member's stead, no member.
    value = _STAND_IN_ROW.sub("", value)
    closed = _closed_by_member(value)
    if closed:
        return closed
    value = _before_closing_rule(value)
    # 教　育　長 / 笹山 忠則: the office in a cell of its own above the name.
    value = _OFFICE_ABOVE_NAME.sub(r"\1教育長 ", value)
    # ──────: a rule drawn under the roster is no part of the last name; ( 欠席小林委員 ) names one who is not there.
    value = _ABSENT_NOTE.sub("、", _RULE.sub("", value))
    # (敬称略、順上同), <委員:五十音順、敬称略>: how the list is written, its 、 no separator of names.
    value = _LIST_NOTE.sub(" ", value)
    if ":" in value or "：" in value:
        # 委員長:北野一朗、委員:南田健: each name after its role and a colon.
        value = _ROLE_COLON.sub("\\1\u3000", value)
    # 委員 / 田中  宰: the one name on the line under its role, its letters a wide gap apart, is one person.
    value = _SPACED_NAME_UNDER_ROLE.sub(r"\g<r>\g<a> \g<b>", value)
    value = _role_column(value) or _one_name_a_line(value) or value
    if ")" in value or "）" in value:
        value = "\n".join(_notes_close_entries(line) for line in value.split("\n"))
    value = _EACH_LIST.sub("", value)
    seated = _seat_split(value)
    # 委員 4番 北野一郎: one seat-numbered entry, after its role or alone (or after the group it belongs to:
    # 農地利用最適化推進委員 第5地区 南田健).
    if len(seated) > 2 or len(seated) == 2 and (not seated[0].strip() or _ROLE_TOKEN.fullmatch("".join(seated[0].split()))
                                                 or _GROUP_WORD.fullmatch("".join(seated[0].split()))):
        names, chair, attended = _seated_people(seated)
        return People(tuple(names), chair, attended=attended)
    value, marked_chair, marked_spaced = _marks_apart(value)
    # 駒崎高行 田中富造 清沢謙治各委員: the words that close the list are no part of its last name.
    lines = [_EACH_TAIL.sub(r"\g<last>", line) for line in value.split("\n")]
    sections = [_role_row(line) or line for line in (_closed_entries(s) or s for s in _member_sections(lines))]
    spaced = marked_spaced or any(_spaced_full_names(line, 3) for line in sections)
    text = "、".join((_names_apart(line) if spaced and _spaced_full_names(line, 2) else line) for line in sections)
    text = _SPLIT_NAME.sub(_join_split_name, text)
    # 金田章裕委員根立研介委員: a wrapped list's two lines joined; the role still closes each name.
    text = _ROLE_CLOSED_RUN.sub(r"\1、", text)
    # 北野一郎委員長、南田健副委員長 / 東山亨、西川誠…の各委員: the officers' line joined to the members' below it, the
    # office closing the one name and the next name run on after it.
    text = _OFFICER_RUN_ON.sub(r"\g<pre>\g<role>、", text)
    # 鶴岡(稔男)委員長: the given name in brackets between surname and role.
    text = _GIVEN_IN_BRACKETS.sub(r"\1\2", text)
    text = _ROSTER_NOTE.sub("", text)
    # 委員 (山田・川上・森各委員)3名: one role for a list of surnames.
    text = _EACH_MEMBER.sub(lambda m: "、".join(m.group("names").split("・")), text)
    # ・満木 祐子 ・坪田 光治: a bullet before each name separates them; where a line starts with
    # one (・川島岩治・島﨑喜美子), every bullet does.
    text = _NAME_BULLET.sub("、", text)
    if any(line.lstrip(" \t\u3000").startswith("・") for line in sections):
        text = text.replace("・", "、")
    text = re.sub(r"各委員(?=[ \t\u3000]*(?:$|[、,，（(]))", "", text)
    if len(_ROLE_BEFORE_NAME.findall(text)) >= 2:
        # 委員 内田 敬子 (弁護士) 委員 大脇 成昭 (…): the role word opens each entry.
        text = _ROLE_BEFORE_NAME.sub("、", _STAFF_RUN_ON.sub("", text))
        # 委員長    青 木   繁     委員   田 中 俊 一: each entry after its role is one name, however its cells spaced its
        # letters; an オブザーバー's entry names one who sits in, no member.
        text = "、".join(_role_entry_closed(e) for e in text.split("、"))
    names, chairs, superintendents, acting = [], [], set(), None
    # 渡辺 学副委員長、大島 明、…: where 、 parts the names, a single space is the gap inside one.
    if "、" in text or "," in text or "，" in text:
        # 杉山八千代(北山市美化推進協議会会長、北山県推進委員): the separators inside a note are no part of the list's.
        text = _NOTE_WITH_SEPARATOR.sub(lambda m: re.sub("[、,，]", "・", m.group(0)), text)
    split = _LIST_SPLIT if text.count("、") >= 3 else _PEOPLE_SPLIT
    if split is _LIST_SPLIT and " " in text:
        text = _two_spaced_names_apart(text)
    tokens = [piece for token in split.split(text) for piece in _role_closed_pieces(token)]
    for token in _lone_letters_joined(tokens, "、" not in text):
        t = token.strip(" \t\u3000・")
        closed = _ROLE_CLOSED_THEN_MORE.match(t)
        if closed:
            # 西川 明部会長 北山区相談支援センター、…: the last member's entry, then the first of the bodies that sent staff.
            t = closed.group("n")
        # ◎志野誠也  ○市川洋一: a mark the marked-roster reading left on a name; ◎ is the chair's.
        marked = t[:1] in "◎○〇◯" and len(t) > 2
        t = t[1:].lstrip(" \t\u3000") if marked else t
        if not t:
            continue
        is_chair = bool(_CHAIR_NOTE.search(t) or _CHAIR_PREFIX.match(t) or marked and token.strip(" \t\u3000・")[0] == "◎")
        is_acting = bool(_ACTING_PREFIX.match(t) or _ACTING_SUFFIX.search(t))
        # 河添和子教育長職務代理者: the board member who stands in for the 教育長, the office after the name.
        t = _ACTING_SUFFIX.sub("", t)
        if _GROUP_COUNTED.fullmatch(_PARENS.sub("", t).strip(" \t\u3000")):
            continue   # 委員7名(1名欠席): how many of the group came, naming no one
        if _STAND_IN_AFTER_NAME.search(t):
            continue   # 北野一郎(代理): one who came in an unnamed member's stead, no member
        # 委員長始め3名: the role that leads a count is no one's name.
        t = _COUNT_AFTER_LEAD.sub("", t)
        counted = COUNT_NOTE.sub("", t).strip(" \t\u3000")
        if counted != t and _UNIT_COUNTED.search(counted):
            continue   # 総務事務管理課1名: a count of a unit's staff names no one
        t = counted
        t = _ROLE_PREFIX.sub("", _CHAIR_PREFIX.sub("", t))
        core = re.sub(r"[ \t\u3000]", "", _PARENS.sub("", t))
        # 議席番号 / 氏名: a roster table's column heads run onto its first row.
        if not core or re.search(r"[0-9０-９。]", core) or core in ("なし", "無し", "以上", "議席番号", "氏名") or _ROLE_TOKEN.fullmatch(core):
            continue
        if _NO_ONE.search(core) or _DATE_WORD.match(core):
            continue   # 別紙のとおり, 五月十一日: a reference or the sitting's date under the roster
        superintendent = bool(_SUPERINTENDENT.search(t))
        if superintendent:
            t = _SUPERINTENDENT.sub("", t)
            core = re.sub(r"[ \t\u3000]", "", _PARENS.sub("", t))
        if _STAFF_WORD.search(core) or _BODY_WORD.search(core):
            continue
        if not is_chair and _CHAIR_SUFFIX.search(core) and not _NOT_CHAIR_SUFFIX.search(core) \
                and not _OTHER_BODYS_HEAD.fullmatch(_CHAIR_SUFFIX.sub("", core)):
            # みなみ市歯科医師会長, 北山県栄養士会会長: the head of another body names no chair of this one.
            is_chair = True
        t = _TRAILING_CHAIR.sub("", t)
        # 井上(由): a one-letter initial that tells two members of one surname apart stays as printed.
        initial = _INITIAL.search(t)
        name = strip_role_words(_PARENS.sub("", t)).replace("　", "") + (initial.group(0) if initial else "")
        name = re.sub(r"^(?:委員|会長|副会長|委員長)[ \t\u3000]*", "", name)
        name = re.sub(r"\s+", "", name)
        # 渡部孝樹君: an assembly's roster honours each member with 君.
        name = re.sub(r"(?<=.)君(?:議員|議長|副議長|委員)?$", "", name)
        # 北野議長、南田副議長、東委員: a 委員会議 whose chair is its 議長; the office is no part of the name.
        name = re.sub(r"^([一-龥々]{2,6}?)(?<![会])(?:副議長|議長)$", r"\1", name)
        # 堀部政男個人情報保護検討部会座長: a member who also chairs another body, named by it.
        other_body = _OTHER_BODY_ROLE.search(name) is not None
        name = _OTHER_BODY_ROLE.sub("", name)
        if not name or len(name) > 12 or re.fullmatch(r"(?:委員|会長|副会長|委員長|全員|議長|副議長|議員)", name):
            continue
        names.append(name)
        if superintendent:
            superintendents.add(name)
        if is_chair:
            # An assembly's 議長 sitting in on a committee, or the chair of another body, presides only
            # where no one else is marked.
            chairs.append((name, other_body or bool(_SPEAKER.search(token)), core.endswith("部会長")))
        if is_acting and acting is None:
            acting = name
    if sum(section for *_, section in chairs) >= 2:
        # 樋口 勝部会長、松下 功一部会長 … beside 山 直樹 会長: the heads of the sections sit in a plenary; one 部会長 alone
        # presides over the section's own sitting.
        chairs = [(n, weak or section, section) for n, weak, section in chairs]
    # 委員長 北野花子 会長 南田一郎: two marked as chairing (a joint sitting) leave who presided unsaid.
    strong = {n for n, weak, _ in chairs if not weak} or {n for n, *_ in chairs}
    chair = strong.pop() if len(strong) == 1 else None
    return People(tuple(dict.fromkeys(names)), marked_chair or chair, None, frozenset(superintendents), acting)


_ROLE_CLOSED_THEN_MORE = re.compile(
    # The name has its gap (西川 明): 分科会長 北野一郎 or 教育委員長 南田健 is an office before a name, no name before more.
    r"^(?P<n>[一-龥々ヶ]{1,4}[ \u3000][一-龥々ヶぁ-ん]{1,4}(?:部会長|副会長|会長|副委員長|委員長))[ \u3000]+(?=[^\s(（])"
)


# 植田委員 宇野委員 片山委員, 唐澤篤子委員 池田浩明委員: entries each closed by its role one space apart (a row of a
# roster wrapped under its group's word, or two entries a 、 was lost between); the role closes each name.
_ROLE_CLOSED_PIECE = re.compile(r"[一-龥々豈-﫿ヶぁ-んァ-ヶー]{1,8}?(?:委員|副?会長|副?委員長)")


def _two_spaced_names_apart(text: str) -> str:
    """南田 健、東山 亨、西川 清 森本 進、川上 勉: in a list parted by 、 whose entries are each a surname
    and a given name one space apart, an entry of four such parts is two names the list forgot to part."""
    entries = text.split("、")
    shapes = [len(e.split()) for e in entries]
    if shapes.count(2) < 3 or shapes.count(2) * 2 < len(entries):
        return text
    return "、".join(
        " ".join(parts[:2]) + "、" + " ".join(parts[2:]) if len(parts) == 4 and all(_NAME_PART.fullmatch(p) and not _ROLE_TOKEN.fullmatch(p) for p in parts) else e
        for e in entries for parts in [e.split()])


_NAME_PART = re.compile(r"[一-龥々豈-﫿ヶ]{1,4}|[ぁ-んァ-ヶー]{2,4}")


def _role_closed_pieces(token: str) -> list[str]:
    pieces = token.split()
    if len(pieces) >= 2 and all(_ROLE_CLOSED_PIECE.fullmatch(p) and not _ROLE_TOKEN.fullmatch(p) for p in pieces):
        return pieces
    return [token]


_INITIAL = re.compile(r"(?<=[一-龥々])[（(][一-龥](?<![欠出遅早退代])[）)](?=(?:委員|副?会長|副?委員長)?$)")


def _lone_letters_joined(tokens: list[str], spaced: bool) -> list[str]:
    """福地   茂   宇田川   希: in a list parted by gaps alone, a single letter is the given name the gap cut off."""
    if not spaced:
        return tokens
    out: list[str] = []
    for token in tokens:
        if out and _NAME_START.fullmatch(token.strip(" \t\u3000")) and len(out[-1].strip(" \t\u3000")) >= 2:
            out[-1] = out[-1].rstrip(" \t\u3000") + token.strip(" \t\u3000")
        else:
            out.append(token)
    return out


# ◎北野一朗〇南田健※東山亨, ◎山川昌子 ○肥沼茂男 佐藤真和: a mark before each name, or some, sets the names apart;
# ◎ marks the chair unless a legend gives the chair another (※会長◎ 副会長○, (◎委員長 ○副委員長)).
_ROSTER_MARKS = "◎○〇◯●◆■※"
_MARK_ROLE = r"副?(?:会長|委員長|議長)|(?:会長|委員長)?職務代理者?"
_LEGEND_PAIR = re.compile(
    rf"^[※＊*]?(?:(?P<role>{_MARK_ROLE})[:：=＝は]?(?P<mark>[{_ROSTER_MARKS}])|(?P<mark2>[{_ROSTER_MARKS}])印?[:：=＝は]?(?P<role2>{_MARK_ROLE}))$"
)
_BARE_ROLE = re.compile(r"委員|議員|出席者?|出席委員")
_MARKED_NAME = re.compile(r"[一-龥々豈-﫿ヶぁ-んァ-ヶー]{2,8}")
_NOT_A_NAME = re.compile(r"敬称略|五十音順|順不同|名簿順|欠席|出席|遅参|遅刻|早退|途中|印")
_CHAIR_ROLES_MARKED = ("会長", "委員長", "議長")


def _legend(line: str) -> dict[str, str] | None:
    """The marks a legend line explains (mark → role), or None where the line is not only a legend."""
    tokens = [t for t in re.split(r"[ \t\u3000、,，()（）]+", line) if t]
    pairs = {}
    for t in tokens:
        m = _LEGEND_PAIR.match(t)
        if m:
            pairs[m.group("mark") or m.group("mark2")] = m.group("role") or m.group("role2")
        elif not _BARE_ROLE.fullmatch(t):
            return None
    return pairs or None


def _marks_apart(value: str) -> tuple[str, str | None, bool]:
    """The value with each mark of a marked roster turned into a separator, the name the chair's mark marks,
    and whether the marked names were whole names one space apart (as the roster's other lines then are)."""
    if not any(m in value for m in _ROSTER_MARKS):
        return value, None, False
    chair_mark, out, chair, spaced = "◎", [], None, False
    for line in value.split("\n"):
        legend = _legend(line) if line.strip() else None
        if legend:
            # ※会長◎ 副会長○: what the marks mean, naming no one.
            chair_mark = next((m for m, r in legend.items() if r in _CHAIR_ROLES_MARKED), chair_mark)
            continue
        entries = marked_entries(line)
        if entries is None:
            out.append(line)
            continue
        for mark, names in entries:
            if mark == chair_mark and chair is None:
                chair = names[0]
            spaced = spaced or len(names) > 1
        out.append("、".join(n for _, names in entries for n in names))
    return "\n".join(out), chair, spaced


def marked_entries(line: str) -> list[tuple[str, list[str]]] | None:
    """◎山川昌子 ○肥沼茂男 佐藤真和 → [("◎", [山川昌子]), ("○", [肥沼茂男, 佐藤真和])]: a line of names set apart by
    marks, each mark directly before a name, two marks at least or one opening the line; None for any other line."""
    s = line.strip(" \t\u3000")
    if not s or "。" in s:
        return None
    pieces = re.split(f"([{_ROSTER_MARKS}])", s)
    lead, pairs = pieces[0].strip(" \t\u3000"), list(zip(pieces[1::2], pieces[2::2]))
    if len(pairs) < (1 if not lead else 2):
        return None
    entries = [("", lead)] if lead else []
    entries += [(mark, text) for mark, text in pairs]
    out = []
    for mark, text in entries:
        if not text or text[0] in " \t\u3000":
            return None
        tokens = text.split()
        # 肥沼茂男 佐藤真和 北久保眞道: whole names one space apart; 北野 一朗: one name with a gap inside.
        names = tokens if len(tokens) > 1 and all(_FULL_NAME.fullmatch(t) for t in tokens) else ["".join(tokens)]
        if not all(_MARKED_NAME.fullmatch(n) and not _NOT_A_NAME.search(n) and not _ROLE_TOKEN.search(n)
                   and not _STAFF_WORD.search(n) for n in names):
            return None
        out.append((mark, names))
    if len(out) == 1 and len(out[0][1]) < 2:
        return None   # ○北野一朗 alone: a label as likely as a roster
    return out


_EACH_TAIL = re.compile(r"(?:^|(?<=\s))(?P<last>[^\s・、,，]+)各委員[ \t\u3000]*$")


# 役職 氏名 出欠 / 委員長 北野ひさ 出席: a roster table whose last column says who came; or 氏  名 出欠 / 西野 政次 /
# 吉本 知則 欠, without the role column, one name a line and the mark only where a member did not come.
TABLE_HEAD = re.compile(
    r"^[ \t\u3000]*(?P<role>(?:役職|職名|職)[ \t\u3000]+)?(?:氏[ \t\u3000]*名|名[ \t\u3000]*前)[ \t\u3000]*"
    r"(?:出[ \t\u3000]*欠(?:席)?|出席状況)[ \t\u3000]*$"
)
_TABLE_ROW = re.compile(
    r"^[ \t\u3000]*(?P<role>\S{1,12})[ \t\u3000]+(?P<name>[一-龥々豈-﫿ヶぁ-んァ-ヶー]{2,10})"
    r"[ \t\u3000]+(?P<mark>出席|欠席|遅刻|早退|途中退席)[ \t\u3000]*$"
)
_NAME_ROW = re.compile(
    r"^[ \t\u3000]*(?P<name>[一-龥々豈-﫿ヶぁ-んァ-ヶー]{1,5}?(?:[ \t\u3000]+[一-龥々豈-﫿ヶぁ-んァ-ヶー]{1,5}?)?)"
    # 南田 健欠: where a letter-spaced row closed up, the mark of absence stays on the name (no name ends in 欠).
    r"(?:[ \t\u3000]+(?P<mark>出席|欠席|遅刻|早退|途中退席|欠|出|遅|早|○|〇|×)|(?P<glued>欠席?))?[ \t\u3000]*$"
)
_ABSENT_MARKS = {"欠席", "欠", "×"}
_NOT_MEMBER_ROLE = re.compile(r"オブザーバー|事務局|説明員|傍聴|書記")


def table_in(lines: list[str], stop: int) -> str | None:
    """The lines of a roster table (氏名 / 出欠 under their header row) within ``lines[:stop]``, where no
    attendance label leads to it: a PDF's table extracted one cell a line stands apart from the header's fields."""
    for i in range(min(stop, len(lines))):
        if "名" in lines[i] and TABLE_HEAD.match(lines[i]):
            row = _TABLE_ROW if TABLE_HEAD.match(lines[i]).group("role") else _NAME_ROW
            end = i + 1
            while end < len(lines) and (not lines[end].strip() or row.match(lines[end])):
                end += 1
            return "\n".join(lines[i:end]).strip("\n") if end > i + 1 else None
    return None


# 【委員出席】 役 職 / 氏 名 / 出 欠 / 備 考 会 長 /北野(きたの)一郎(いちろう)/ 〇 / 北山大学教授 委 員 / …: the same table
# flattened onto one line, its cells parted by slashes (the note cell runs into the next row's role), each name perhaps
# with its reading in brackets after surname and given name, 〇 present and × absent.
_SLASHED_HEAD = re.compile(r"役[ \t\u3000]*職[ \t\u3000]*/[ \t\u3000]*氏[ \t\u3000]*名[ \t\u3000]*/[ \t\u3000]*出[ \t\u3000]*欠")
_SLASHED_ROW = re.compile(
    r"(?P<role>副?[ \t\u3000]*(?:会[ \t\u3000]*長|委[ \t\u3000]*員(?:[ \t\u3000]*長)?))[ \t\u3000]*/[ \t\u3000]*"
    r"(?P<name>[^/\n]{2,30}?)[ \t\u3000]*/[ \t\u3000]*(?P<mark>[〇○◯×✕])[ \t\u3000]*(?=/|$)"
)
_READING = re.compile(r"[(（][ぁ-ん]{1,12}[)）]")


def slashed_table_in(lines: list[str], stop: int) -> str | None:
    """The rows of a roster table flattened with slashes (see above), as the lines ``attendance_table`` reads; None
    where ``lines[:stop]`` hold none."""
    for line in lines[:stop]:
        head = _SLASHED_HEAD.search(line) if "/" in line else None
        if head is None:
            continue
        rows = []
        for m in _SLASHED_ROW.finditer(line, head.end()):
            name = re.sub(r"[ \t\u3000]", "", _READING.sub("", m.group("name")))
            if not re.fullmatch(r"[一-龥々豈-﫿ヶぁ-んァ-ヶー]{2,10}", name):
                continue
            role = re.sub(r"[ \t\u3000]", "", m.group("role"))
            rows.append(f"{role} {name} {'欠席' if m.group('mark') in '×✕' else '出席'}")
        return "役職 氏名 出欠\n" + "\n".join(rows) if rows else None
    return None


def attendance_table(value: str | None) -> tuple[list[str], list[str], str | None] | None:
    """Those present, those absent and the chair, from a 役職 / 氏名 / 出欠 table under its header row.

    The header row is nobody; each row's 出欠 cell, not its place in the list, says whether the
    member came (遅刻 and 早退 came too). An observer's row (オブザーバー) is no member's.
    None where the value holds no such table.
    """
    if not value or "名" not in value:
        return None
    lines = value.split("\n")
    head = next((m for m in map(TABLE_HEAD.match, lines) if m), None)
    if head is None:
        return None
    row = _TABLE_ROW if head.group("role") else _NAME_ROW
    present, absent, chair = [], [], None
    for line in lines[lines.index(head.string) + 1:]:
        m = row.match(line)
        if not m:
            if line.strip():
                break
            continue
        role = m.group("role") if row is _TABLE_ROW else ""
        if _NOT_MEMBER_ROLE.search(role):
            continue
        name = re.sub(r"君$", "", "".join(m.group("name").split()))
        if m.group("mark") in _ABSENT_MARKS or row is _NAME_ROW and m.group("glued"):
            absent.append(name)
            continue
        present.append(name)
        if chair is None and role in _CHAIR_ROLES:
            chair = name
    if not present and not absent:
        return None
    return present, absent, chair


# 委員長 / 北野 一郎 / 委員 / 南田  健: a role alone on its line over one name on the next (blank lines between), the name
# letter-spaced as wide as a gap between entries.
_SPACED_NAME_UNDER_ROLE = re.compile(
    r"(?m)^(?P<r>[ \t\u3000]*(?:副?委員長|委員|副?会長|会長職務代理者?)[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,2})"
    r"[ \t\u3000]*(?P<a>[一-龥々ヶ豈-﫿]{1,3})[ \t\u3000]{2,}(?P<b>[一-龥々ヶ豈-﫿ぁ-ん]{1,3})[ \t\u3000]*$"
)


# 草 川   健(弁護士): a letter-spaced roster sets surname and given name a wider gap apart, as
# wide as the gap between entries; the note in brackets shows where the name ends.
_SPLIT_NAME = re.compile(
    r"(?:^|(?<=[\s、,，]))(?P<a>[一-龥々豈-﫿ぁ-んァ-ヶー]{1,3})[ \t\u3000]{2,}(?P<b>[一-龥々豈-﫿ぁ-んァ-ヶー]{1,2})(?=[（(])"
)
_ROLE_ONLY = re.compile(r"(?:副?会長|副?委員長?|副?議長|議員|部会長|座長|事務局|代理)")


def _join_split_name(m: re.Match[str]) -> str:
    if _ROLE_ONLY.fullmatch(m.group("a")):
        return m.group(0)
    return m.group("a") + m.group("b")


_OTHER_BODY_ROLE = re.compile(
    r"(?<=..)(?:個人情報|情報公開|公文書|行政)[一-龥・]{0,16}(?:部会|委員会|審議会|審査会|検討会)(?:座長|部会長|会長|委員長|委員)?$"
)
_GIVEN_IN_BRACKETS = re.compile(r"([一-龥々豈-﫿]{1,4})[(（]([一-龥々豈-﫿ぁ-ん]{2,4})[)）](?=委員長|会長|委員|副会長)")
_ROSTER_NOTE = re.compile(r"[ \t\u3000]*※[^\n、]*")
_ROLE_BEFORE_NAME = re.compile(r"(?:^|(?<=\S)[ \t\u3000]+)(?=(?:副?委員長|委員|会長|副会長|会長職務代理者?|オブザーバー)[ \t\u3000]+[^\s、])")
_ROLE_ENTRY = re.compile(
    r"[ \t\u3000]*(?P<r>副?委員長|委員|副?会長|会長職務代理者?|オブザーバー)[ \t\u3000]+"
    r"(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,4}(?:(?P<gap>[ \t\u3000]+)[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,4})?)(?P<note>[(（][^()（）]*[)）])?[ \t\u3000]*"
)


def _role_entry_closed(entry: str) -> str:
    m = _ROLE_ENTRY.fullmatch(entry)
    if m is None:
        return entry
    if m.group("r") == "オブザーバー":
        return ""
    parts = m.group("n").split()
    if len(parts) == 2 and len(m.group("gap")) < 2 and min(map(len, parts)) > 1:
        return entry   # 委員 北野 南田: two surnames one space apart, or a name spaced as printed, left as it is
    return m.group("r") + " " + "".join(parts) + (m.group("note") or "")
# 委員長 北野一郎 委員 南田健、東山亨 事務局 福祉部長 西川進: the staff run on after the members in one cell.
_STAFF_RUN_ON = re.compile(r"[ \t\u3000]+(?:事務局|説明員|理事者)[ \t\u3000]+\S.*$", re.S)
_SURNAME_ALONE = re.compile(
    r"(?m)^(?![ \t\u3000]*(?:副?(?:会長|委員長|議長)|委員|座長)[ \t\u3000]*$)([ \t\u3000]*[一-龥々豈-﫿ヶ]{1,3})[ \t\u3000]*\n"
    r"[ \t\u3000]*(?=[一-龥々豈-﫿ぁ-んァ-ヶー]{1,2}[ \t\u3000]*[（(][^（）()\n]{2,})"
)
_MARKED_OFFICE = re.compile(
    r"(?<=[)）])[ \t\u3000]*※[ \t\u3000]*(?P<r>副?(?:会長|委員長)|(?:会長|委員長)?職務代理者?)(?![ \t\u3000]*[◎○〇◯●◆■:：=＝はがを])"
)
_STAFF_GROUP_RUN_ON = re.compile(r"(?m)[ \t\u3000]+(?:[市区町村]側?|執行部|事務局|説明員|理事者)[ \t\u3000]*[:：].*$")
# 情報公開審議会委員5名、事務局、傍聴者1名: a count of a body is no one's name.
_BODY_WORD = re.compile(r"審議会|審査会|委員会|協議会|傍聴|全員")
_NAME_BULLET = re.compile(r"(?:^|(?<=[\s、]))(?:[・•]|[-－](?=[ \t\u3000]))[ \t\u3000]*")
# 北野祐子, 渡辺さとし, おく栄一: a whole name, kana in it or not, as long as a surname and a given name together.
_FULL_NAME = re.compile(r"(?=[^\s]{3,8}$)(?=.*[一-龥々豈-﫿])[一-龥々豈-﫿ヶぁ-んァ-ヶー]+")
_ROLE_TOKEN = re.compile(r"副?(?:会長|委員長|議長)|準?委員|議員|会長職務代理者?|職務代理者?")


# 北野委員長、南田、東の各委員及び西川、森の各議員: a list closed by 各委員 is the committee's; the
# assembly members listed after 及び (各議員) sit in without being members of it.
_EACH_LIST = re.compile(r"の各(?:専門|臨時)?委員(?:[ \t\u3000]*(?:及び|並びに)[^\n]*?の各議員)?")
_RULE = re.compile(r"[─━―—－‐\-−]{3,}")
# 太田 昭宏君 / ………… / 議長 大島 理森君: a line that is only a rule closes the list of members; those under it
# (the 議長, the secretariat, the date of the sitting) attend without being members.
_CLOSING_RULE = re.compile(r"[ \t\u3000]*[…‥・･·─━―—－‐=＝_＿]{3,}[ \t\u3000]*")


# 北野 一朗委員(会長),南田 健委員 … 2 条例第3条第2号委員(5人) 東山 亨委員: each member's name closed by its role, a gap
# inside it or not; a deputy (西川 博(森本 清委員代理)) stands in for a member without being one. The first may follow
# its group's bracketed heading straight on (【審議会委員】北野 一朗委員、…).
_MEMBER_CLOSED = re.compile(
    r"(?:^|(?<=[\s,、，|｜】］〕]))(?P<n>[一-龥々豈-﫿ヶぁ-んァ-ヶー]{1,6}(?:[ \u3000]{1,3}[一-龥々豈-﫿ヶぁ-んァ-ヶー]{1,6})?)(?<!副)"
    r"(?P<r>副?(?:委員長|会長)|部会長|座長|委員)"
    r"(?:[(（](?P<note>[^()（）\n]{1,10})[)）])?(?=[\s,、，|｜]|$)"
)


def _closed_by_member(value: str) -> People | None:
    """The members of a list whose every name its role closes (委員, 会長 …), where some name has a gap inside
    it (the gap a split between names would take for one); None for any other list."""
    if "委員" not in value:
        return None
    found = list(_MEMBER_CLOSED.finditer(value))
    if len([e for e in re.split(r"[、,，]", value) if e.strip(" \t\u3000\n")]) > max(len(found), 1):
        return None   # 北野一郎委員長、南田 学、東山明委員: entries the role does not close; the 、 parts them
    if len(found) < 3 or not any(" " in m.group("n") or "\u3000" in m.group("n") for m in found):
        return None
    names, chair = [], None
    for m in found:
        name = "".join(m.group("n").split())
        if _ROLE_TOKEN.search(name) or "欠席" in name:
            return None   # 委員伊藤委員 和泉田委員: the role opens the entries too; the list is laid out otherwise
        if _STAFF_WORD.search(name) or _BODY_WORD.search(name):
            continue
        names.append(name)
        role = m.group("note") if m.group("note") and _CHAIR_SUFFIX.search(m.group("note")) else m.group("r")
        if chair is None and _CHAIR_SUFFIX.search(role) and not _NOT_CHAIR_SUFFIX.search(role):
            chair = name
    return People(tuple(dict.fromkeys(names)), chair) if len(names) >= 3 else None


def _before_closing_rule(value: str) -> str:
    lines = value.split("\n")
    for k, line in enumerate(lines):
        if k and _CLOSING_RULE.fullmatch(line) and any(prev.strip(" \t\u3000") for prev in lines[:k]):
            return "\n".join(lines[:k])
    return value


# 山口 俊一君    高市 早苗君 / 大島  敦君 / 大森 彌会長 | 西郷 浩委員: 君, or the role, closes each member's name,
# whatever the gaps inside it.
_CLOSER = r"君|(?:副?(?:委員長|会長)|部会長|座長)(?:代理)?|委員"
_CLOSED_ENTRY = re.compile(
    rf"[ \t\u3000|｜、,，]*(?P<e>[一-龥々豈-﫿ヶぁ-んァ-ヶー〃](?:[^君|｜、,，]*?\S)?)[ \t\u3000]*(?P<c>{_CLOSER})(?=[ \t\u3000|｜、,，]|$)"
)


def _closed_entries(line: str) -> str | None:
    """会長 松野 博一君 / 大島  敦君    津村 啓介君 → 会長　松野博一 / 大島敦、津村啓介; 大森 彌会長 | 加藤達夫委員 →
    大森彌会長、加藤達夫委員: a line of entries each closed by 君 (a role cell may open one) or each closed by its
    role, one of them with a gap inside; None where the line is not such a row."""
    s = line.strip(" \t\u3000")
    if "君" not in s and "委員" not in s and "長" not in s:
        return None
    entries, pos, gap, above = [], 0, False, None
    for m in _CLOSED_ENTRY.finditer(s):
        if m.start() != pos:
            return None
        e = m.group("e")
        role = _ROW_ROLE.match(e)
        if m.group("c") != "君" and (role or _BRACKETS.search(e)):
            return None   # 委員 北野 敬子 (弁護士) 委員 …: the role opens each entry, it does not close it
        rest = e[role.end():] if role else e
        gap = gap or bool(re.search(r"\S[ \t\u3000]+\S", rest))
        closer = "" if m.group("c") == "君" else m.group("c")
        # 委 員 北野 一 郎 君 〃 南 田 健 君: a ditto mark repeats the role before it.
        above = _cell_role(role, above) if role else above
        entries.append((above + "\u3000" if role else "") + "".join(rest.split()) + closer)
        pos = m.end()
    if not entries or s[pos:].strip(" \t\u3000|｜、,，") or not (gap or "君" in s):
        return None
    return "、".join(entries)
_LIST_NOTE = re.compile(
    r"[（(<＜〈][^（）()<>＜＞〈〉\n]{0,20}(?:敬称略|順不同|五十音|名簿順|順上同|順序不同)[^（）()<>＜＞〈〉\n]{0,20}[）)>＞〉]"
)
# ( 欠席小林委員 ), (3名欠席): a note on who or how many did not come.
_ABSENT_NOTE = re.compile(r"[（(][ \t\u3000]*(?:[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*)?欠席[^（）()\n]{0,40}[）)]")
# 南田 健 (計8名) (事務局) 東山 亨, 北野 一郎 13名/19名 6名欠席: the count that closes the members' list; what
# follows it is another group (staff, absentees) unless a member's role comes again.
_CLOSING_COUNT = re.compile(
    r"(?<=\S)[ \t\u3000]*(?:[（(][ \t\u3000]*(?:計|合計|以上)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*[）)]"
    r"|[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*[/／][ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人]"
    # …前田花子委員   以上14名(欠席:1名): the count closing the list unbracketed, after a gap, its note after it.
    r"|(?<=[ \t\u3000])以上[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人](?:[（(][^（）()\n]{0,12}[）)])?(?=[ \t\u3000]*(?:\n|$))"
    # …鈴木花子 会長含め計25名, …西川明 計3名: the same after a gap with 計, what the count takes in before it.
    r"|(?<=[ \t\u3000])(?:[^\s、,，()（）]{1,8}含め)?(?:計|合計)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人](?=[ \t\u3000]*(?:\n|$)))"
    r"(?P<rest>.*)$", re.S)
# Another group of members after the count; 委員紹介, a step of the order of business below the roster, is none.
_MEMBER_AGAIN = re.compile(r"委員(?!会|紹介)|(?<!副)(?:会長|委員長)")
# 委 員 長, 副 議 長, 委　　員, 〃 or 同 (ditto): a role cell of a roster table, its letters spaced to the column's width.
_ROW_ROLE_WORDS = ("副委員長", "委員長", "副議長", "議長", "副会長", "会長", "準委員", "委員", "議員")
_DITTO = "〃同"
_SPACED_ROLE_CELL = "|".join("[ \u3000]*".join(w) for w in _ROW_ROLE_WORDS)
_ROW_ROLE = re.compile(
    # A role cell may open a line of its own (副議長 under the name of the row before).
    r"(?:^|(?<=[ \t\u3000\n]))(?P<r>" + _SPACED_ROLE_CELL + rf"|[{_DITTO}])(?=[ \t\u3000]|$)"
)


def _cell_role(m: re.Match[str], above: str | None) -> str:
    """The role a role cell names; a ditto mark (〃, 同) repeats the role of the row above, 委員 where none is known."""
    role = "".join(m.group("r").split())
    return (above or "委員") if role in _DITTO else role
_ROW_NAME = re.compile(r"[一-龥々豈-﫿ヶぁ-んァ-ヶー]{2,10}")
_CHAIR_ROLES = {"委員長", "議長", "会長"}


def _role_row(line: str) -> str | None:
    """委 員 長　　大　山　益　巳　　　副委員長　　吉　谷　　　徹 → 委員長　大山益巳、副委員長　吉谷徹.

    A roster table copied as text sets each role before its name, one or two pairs a line, the
    letters of both spaced out so that the gap inside a name is as wide as the gap between cells;
    the role cells are what tells the names apart. None where the line is not such a row.
    """
    s = line.strip(" \t\u3000")
    if s[:1] not in "副委議会準" + _DITTO:
        return _role_after_row(s)
    cuts = list(_ROW_ROLE.finditer(s))
    if not cuts or cuts[0].start() != 0:
        return None
    # The gap between cells: the widest before a role cell, or on a line of one pair the gap after the role.
    # A gap inside a name is narrower (吉　谷　　　徹 beside 　　　　　副委員長); one as wide parts two names.
    before = [len(s[:m.start()]) - len(s[:m.start()].rstrip(" \t\u3000")) for m in cuts[1:]]
    entries: list[str] = []
    role = None
    for k, m in enumerate(cuts):
        end = cuts[k + 1].start() if k + 1 < len(cuts) else len(s)
        cell = s[m.end():end]
        gap = max(before) if before else len(cell) - len(cell.lstrip(" \t\u3000"))
        role = _cell_role(m, role)
        parts = re.split(rf"[ \t\u3000]{{{max(gap, 2)},}}", cell.strip(" \t\u3000"))
        if len(parts) == 2 and len(cuts) == 1 and not _two_whole_names(parts):
            # 委員長  石塚  正寛: the surname and the given name a gap apart, as wide as the one after the role.
            parts = ["".join(parts)]
        # 原 田   建   真 野 喜美子: no whole name is one letter; it is the given name of the part before it.
        parts = _one_letter_parts_joined(parts)
        for part in parts:
            # 安 井   茂 君: an assembly honours each member with 君.
            name = re.sub(r"君$", "", "".join(part.split()))
            if not _ROW_NAME.fullmatch(name):
                return None
            entries.append(f"{role}\u3000{name}")
    return "、".join(entries)


_COLUMN_ROLES = frozenset(_ROW_ROLE_WORDS + ("会長職務代理者", "会長職務代理", "職務代理者", "職務代理", "部会長", "座長"))


def _role_column(value: str) -> str | None:
    """委員長 / 副委員長 / 委員 / 北野 一朗 / 南田 健 / 東  亨 …: a table's role column copied out before its
    name column, each role cell spanning as many rows as it has names. The names are taken in order:
    one for each role above the last, and the last role (委員) for the rest.
    """
    lines = [line.strip(" \t\u3000") for line in value.split("\n")]
    lines = [line for line in lines if line and not COUNT_NOTE.fullmatch(line)]
    roles = []
    for line in lines:
        role = "".join(line.split())
        if role not in _COLUMN_ROLES:
            break
        roles.append(role)
    names = ["".join(line.split()) for line in lines[len(roles):]]
    if len(roles) < 2 or len(set(roles)) != len(roles) or len(names) < len(roles):
        return None
    if not all(_ROW_NAME.fullmatch(n) and not _ROLE_TOKEN.search(n) for n in names):
        return None
    cells = [roles[min(k, len(roles) - 1)] + "\u3000" + name for k, name in enumerate(names)]
    return "、".join(cells)


def _notes_close_entries(line: str) -> str:
    """北野 一朗(北山大学 准教授)南田 健(弁護士会 理事(弁護士))東 亨(公募委員): entries run together, each closed
    by its note in brackets. A 、 goes after each note that a name follows; a note inside a note loses its brackets."""
    out: list[str] = []
    depth = 0
    entry_empty = True     # nothing of the current entry written yet
    opened_entry = False   # (会長)北野一朗: a bracket that opens its entry is the role before the name
    for k, ch in enumerate(line):
        if ch in "(（":
            depth += 1
            if depth > 1:
                continue
            opened_entry = entry_empty
        elif ch in ")）" and depth:
            depth -= 1
            if depth:
                continue
            out.append(ch)
            # 北野(稔男)委員長: a given name in brackets before the role closes no entry.
            if (k + 1 < len(line) and not opened_entry and _NAME_START.match(line[k + 1])
                    and not _ROLE_AFTER_NOTE.match(line, k + 1)):
                out.append("、")
                entry_empty = True
            continue
        elif not depth:
            entry_empty = ch in "、,， \t\u3000" or (entry_empty and ch in "・")
        out.append(ch)
    return "".join(out)


_NAME_START = re.compile(r"[一-龥々豈-﫿ヶぁ-んァ-ヶ]")
# 教育長 高部明夫, 上島教育長: the superintendent's title before or after the name.
# 北野一郎会長代理: the acting chair's office after the name, written short.
_ACTING_SUFFIX = re.compile(r"(?<=[一-龥々])[ \t\u3000]*(?:(?:副?委員長|会長|教育長)職務代理者?|(?:部会長|分科会長|委員長|会長)代理)$")
_SUPERINTENDENT = re.compile(r"^教育長[ \t\u3000]*(?=\S)|(?<=\S)[ \t\u3000]*教育長$")
# 役員6名(6団体): an association's officers counted, none named.
# 委員代理5名, 代理出席3名: how many came in members' stead, naming no one either.
_GROUP_COUNTED = re.compile(
    r"(?:準?委員|議員|出席者?|出席委員|役員|(?:委員)?代理(?:出席者?)?|代理者)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人]")
_UNIT_COUNTED = re.compile(r"(?:課|係|室|事務局|センター)$")
_ROLE_COLON = re.compile(r"(?:^|(?<=[、,，\s]))(副?(?:会長|委員長|議長)|委員|議員|(?:副?委員長|会長)?職務代理者?)[ \t\u3000]*[:：][ \t\u3000]*(?=\S)")
_ROLE_AFTER_NOTE = re.compile(r"副?(?:会長|委員長|議長|部会長|座長)|委員|議員|職務代理|君|氏|様")


def _one_name_a_line(value: str) -> str | None:
    """北野 一朗 / 森  雅幹 / 松田  正: one name to a line, the gap inside it as wide as it pleases."""
    lines = [line.strip(" \t\u3000") for line in value.split("\n")]
    lines = [line for line in lines if line and not COUNT_NOTE.fullmatch(line)]
    if len(lines) < 3:
        return None
    names = []
    for line in lines:
        # 佐野 れいじ委員長: the role may close the name, after a gap inside it.
        role = _TRAILING_ROLE.search(line)
        line = line[:role.start()].rstrip(" \t\u3000") if role else line
        parts = line.split()
        name = "".join(parts)
        if len(parts) > 2 or not _ROW_NAME.fullmatch(name) or len(name) > 8 or _ROLE_TOKEN.search(name):
            return None
        if len(parts) == 2 and _two_whole_names(parts):
            return None
        names.append(name + (role.group(0).strip(" \t\u3000") if role else ""))
    return "、".join(names)


_KANJI = re.compile(r"[一-龥々豈-﫿]")
_BRACKETS = re.compile(r"[（(）)]")


def _one_letter_parts_joined(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and len("".join(part.split())) == 1:
            out[-1] += part
        else:
            out.append(part)
    return out


def _two_whole_names(parts: list[str]) -> bool:
    """北野一朗 南田健: two whole names, not a surname and a given name (やながわ 妙子, 石塚 正寛, 竹之内 洋人)."""
    parts = ["".join(p.split()) for p in parts]
    return max(map(len, parts)) >= 4 and all(len(p) >= 3 and _KANJI.search(p) for p in parts)
_TRAILING_ROLE = re.compile(r"(?<=\S)[ \t\u3000]*(?:副?(?:会長|委員長|議長)|委員|議員)$")


def _role_after_row(s: str) -> str | None:
    """田 中 敦 朗 委員長    日 隈   忍 副委員長: the same table with each role cell after its name."""
    if not s or s[-1] not in "長員〃":
        return None
    cuts = list(_ROW_ROLE.finditer(s))
    if not cuts or cuts[-1].end() != len(s) or cuts[0].start() == 0:
        return None
    entries, start = [], 0
    for m in cuts:
        name = re.sub(r"君$", "", "".join(s[start:m.start()].split()))
        if not _ROW_NAME.fullmatch(name):
            return None
        entries.append("".join(m.group("r").split()) + "\u3000" + name)
        start = m.end()
    return "、".join(entries)


_LEAD_OFFICER = re.compile(r"^[ \t\u3000\n]*(?:副?(?:会長|委員長|議長))[ \t\u3000]+[一-龥々豈-﫿ヶぁ-んァ-ヶー]")


def _seated_people(seated: list[str]) -> tuple[list[str], str | None, tuple[str, ...]]:
    """議　　長　22番　野　村　幸　宏　　副 議 長　１番　大　迫　　　彰 …: each seat number opens a name,
    spaced out to align; a role cell before the number (議長) belongs to the name after it. Also the names
    whose note says they came and left early (or came late)."""
    names, chair, attended = [], None, []
    role_before = _trailing_role(seated[0])
    lead = seated[0].rstrip(" \t\u3000\n")
    lead = lead[:len(lead) - len(role_before[0])] if role_before else lead
    if _LEAD_OFFICER.match(lead):
        # 会長 北野一郎 / 委員 1番 南田健、…: an officer named before the seat-numbered members (a column's
        # head, 議席番号, is no one).
        before = read_people(lead)
        names, chair = list(before.names), before.chair
    for piece in seated[1:]:
        role_after = _trailing_role(piece)
        if role_after:
            piece = piece[:piece.rstrip(" \t\u3000\n").rfind(role_after[0])]
        honoured = _HONOURED.match(piece)
        if honoured:
            # ５番 木 村 恵 君 農 政 課 長 …: 君 closes the member's name; a two-column page goes on
            # with the other column's staff on the same line.
            piece = honoured.group("n")
        # 1番委員  北野一郎: the role after the seat number; 20番委員 南田健     局長  東山亨: the secretariat run on.
        piece = _SEAT_ROLE.sub("", piece)
        # 16番 竹原 孝剛 以上 2 16名: the word that closes the list before its count, the count cut off by a stray number.
        piece = _CLOSING_WORD.sub("", piece)
        staff = _STAFF_AFTER.search(piece)
        piece = piece[:staff.start()] if staff else piece
        notes = "".join("".join(n.split()) for n in _PARENS.findall(piece))
        name = re.sub(r"\s+", "", strip_role_words(_PARENS.sub("", piece).strip(" \t\u3000\n、,，")))
        # 1番  北野一郎議員      2番  南田健議員: an assembly's seat table closes each name with the members' word.
        name = re.sub(r"(?<=..)議員$", "", name)
        if 2 <= len(name) <= 12 and not _NO_NAME_CELL.search(name):
            names.append(name)
            if _CAME_NOTE.search(notes):
                attended.append(name)
            if chair is None and role_before and role_before[1] in _CHAIR_ROLES:
                chair = name
            elif chair is None and _CHAIR_NOTE.search(piece):
                # 9番 北野一郎(議長) … 6番 南田花子(副議長): the office noted after the seat's name.
                chair = name
        role_before = role_after
    return list(dict.fromkeys(names)), chair, tuple(attended)


_CLOSING_WORD = re.compile(r"(?<=\S)[ \t\u3000]+以上[ \t\u3000]*$")
_OFFICE_ABOVE_NAME = re.compile(r"(^|\n)[ \t\u3000]*教[ \t\u3000]*育[ \t\u3000]*長[ \t\u3000]*\n(?=[ \t\u3000]*[一-龥々])")
# 15番　副　議　長　北野一郎 / ２番　〃　南田健: the role cell, spaced or the ditto mark 〃, after the seat number (同 is
# left: 同前 is a surname too, and a letter-spaced 同　前　花　子 would lose its first letter).
_SEAT_ROLE = re.compile(r"^[ \t\u3000]*(?:" + _SPACED_ROLE_CELL + r"|〃)(?=[ \t\u3000])")
_STAFF_AFTER = re.compile(r"(?:[ \t\u3000]{2,}|[ \t\u3000]*\n[ \t\u3000]*)(?=(?:事務)?局長|次長|書記|課長|係長|主査|主事|参事)")
# 1 番 ―, 25 番 ―(欠員): an empty seat's cell.
_NO_NAME_CELL = re.compile(r"^[―—－‐-]|欠員")
_CAME_NOTE = re.compile(r"早退|遅参|遅刻|途中退席|途中退室")


_HONOURED = re.compile(r"^[ \t\u3000]*(?P<n>\S(?:[ \t\u3000]*[^\s君]){1,9}?)[ \t\u3000]*君")


def _trailing_role(text: str) -> tuple[str, str] | None:
    """The role cell that ends ``text`` (as written, and compacted), if any."""
    t = text.rstrip(" \t\u3000\n")
    last = None
    for m in _ROW_ROLE.finditer(t + " "):
        last = m
    if last is None or last.end() != len(t):
        return None
    return last.group("r"), "".join(last.group("r").split())


def _spaced_full_names(line: str, at_least: int) -> bool:
    """小橋昇 和泉宏陽 菅野典浩: whole names one space apart, where 山田 太郎 is one name.

    A roster is taken to be written so when one of its lines holds at least three such names;
    its other lines then need two.
    """
    tokens = [t for t in line.split() if not _ROLE_TOKEN.fullmatch(t)]
    return len(tokens) >= at_least and all(_FULL_NAME.fullmatch(t) and not _ROLE_TOKEN.search(t) for t in tokens)


def _names_apart(line: str) -> str:
    """委員長 北野一郎 委員 南田さとし 東山健 → 委員長　北野一郎、委員　南田さとし、東山健: each role stays with the name after it."""
    out: list[str] = []
    role = ""
    for token in line.split():
        if _ROLE_TOKEN.fullmatch(token):
            role = token + "\u3000"
            continue
        out.append(role + token)
        role = ""
    return "、".join(out)


# 1番 北野一郎、3番 南田健: a seat number opens each entry, after a gap or after the 、 closing the entry before.
# 副議長２２番 中崎孝俊: the role cell set against the seat number.
_SEAT_SPLIT = re.compile(r"(?:^|(?<=[\s、,，長員]))(?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})[ \t\u3000]*番[ \t\u3000]*")
# 第1地区 北野一郎: a 農業委員会's 推進委員 are listed by district as its 委員 are by seat.
_DISTRICT = r"第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*(?:地区|区)"
# In a seat table a PDF flattened unevenly the seat number may lose its 番 (10 / 北野 一郎, 13北野 一郎, 19 with
# no name): a bare number between gaps, or set against the name after it, still opens a seat.
_SEAT_SPLIT_LOOSE = re.compile(
    r"(?:^|(?<=[\s、,，長員]))(?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})[ \t\u3000]*番|" + _DISTRICT
    + r"|[0-9０-９]{1,3}(?=[ \t\u3000\n]|$|[一-龥々ぁ-んァ-ヶ](?<![名人番号年月日時分階地区期回])))[ \t\u3000]*"
)
_GROUP_WORD = re.compile(r"[^\s、,，0-9０-９]{0,14}委員")


def _seat_split(value: str) -> list[str]:
    """The value cut at each seat number (or district); a table of two seats or more is read loosely (see above)."""
    seated = _SEAT_SPLIT.split(value)
    if len(seated) > 2 or re.search(_DISTRICT, value):
        return _SEAT_SPLIT_LOOSE.split(value)
    return seated


# 【専門委員】, （事務局）: a sub-heading inside an attendance list; staff sections hold no members.
_SECTION_LINE = re.compile(r"^[ \t\u3000]*[【\[［(（〔<＜](?P<s>[^】\]］)）〕>＞]{1,20})[】\]］)）〕>＞][ \t\u3000]*(?P<rest>.*)$")
# 【審議協力者】 / 【諮問者】: the ministries that help a statistics council's 部会 and the one that consults it sit apart
# from its members.
_STAFF_SECTION = re.compile(r"事務局|理事者|説明|職員|執行部|傍聴|オブザーバー|関係|団体|参考人|ヒアリング|実施機関|担当課|担当者|政府|省庁"
                            r"|審議協力者|諮問者")


NAMED_SECTION = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、)）][ \t\u3000]*)?"
    r"(?P<s>[^\s、,：:]{0,6}(?:審議会|審査会|委員会)委員|事務局職員|事務局|説明員|理事者|実施機関|関係課|担当課|執行部)"
    # 事務局3名(北野教育長、…): the group's head count after its word (its figure sometimes lost: 事務局名(…)).
    r"(?:[ \t\u3000]*[0-9０-９]{0,3}[ \t\u3000]*[名人](?=[ \t\u3000:：（(]|$))?"
    # 1. 審査会委員(五十音順、敬称略): the section's heading alone on its line, a note on the list after it.
    r"(?:[ \t\u3000:：]+(?P<rest>\S.*)|[ \t\u3000]*(?:[（(][^（）()\n]{1,30}[）)])?[ \t\u3000]*)$"
)
_EACH_MEMBER = re.compile(r"[（(]?(?P<names>[^\s（）()、,]+?・[^\s（）()、,]+?)各委員[）)]?")


_GROUP_LINE = re.compile(
    r"構成員|[^\s、,，()（）]{1,15}(?:審議会?|審査会|委員会|協議会|会議|調査会)委員"
    r"|(?P<staff>[^\s、,，()（）:：]{0,12}(?:庁|省|局|市役所|町役場|村役場|区役所|事務局))"
)


_ORGANISATION = re.compile(r"協会|会社|連合会|組合|新聞|放送|[(（]株[)）]|法人|大学|学会|団体|会議所")


# 上岡会長 並木副会長 宇留間委員 < 事務局 > / 健康推進課 横道課長 …: the staff's heading closes the line above it. A note in
# brackets at a line's end (西川 明 【欠席】, 東山委員 【関係団体】) is the entry's, no heading.
_SECTION_AT_END = re.compile(
    r"[ \t\u3000]+(?:[-－・•][ \t\u3000]*)?[<＜〈【［\[][ \u3000]*(?P<s>(?:事[ \u3000]?務[ \u3000]?局|説明員|説明者|執行部|理事者|"
    r"[市町村区]側)(?:職員|出席者)?)[ \u3000]*[>＞〉】］\]]$"
)


def _member_sections(lines: list[str]) -> list[str]:
    out, keep = [], True
    for line in lines:
        tail = _SECTION_AT_END.search(line) if keep else None
        if tail and line[:tail.start()].strip(" \t\u3000-－・•"):
            out.append(line[:tail.start()])
            keep = False
            continue
        named = NAMED_SECTION.match(line)
        if named:
            # 1. 審査会委員 鶴岡(稔男)委員長、岩間委員 / 2. 事務局職員 市原文書課長、…
            keep = not _STAFF_SECTION.search(named.group("s"))
            if keep and named.group("rest"):
                out.append(named.group("rest"))
            continue
        group = _GROUP_LINE.fullmatch(line.strip(" \t\u3000"))
        if group and not (group.group("staff") or keep) and _ORGANISATION.search(line):
            # (関係団体) / 日本雑誌協会編集倫理委員会委員 / 小学館編集総務部次長 / 山了吉: a guest's post in another body's
            # committee, not the members' group.
            group = None
        if group:
            # 構成員 / 福田富一 …, 文化庁 / 文化庁次長、…: a group's word alone above its names; an agency's are staff.
            keep = not group.group("staff")
            continue
        m = _SECTION_LINE.match(line)
        if m and (len(m.group("s")) < 2 or m.group("rest") and _ROLE_TOKEN.fullmatch(m.group("s").strip())
                  and line.lstrip(" \t\u3000")[0] in "(（"):
            # (株)東芝…: an abbreviation in brackets opens a line of the list, not a section; so does
            # (会長)北野一朗, the role of the name after it.
            m = None
        if m and not _PARENS.fullmatch(line.strip()) or (m and not m.group("rest") and len(m.group("s")) <= 10):
            keep = not _STAFF_SECTION.search(m.group("s"))
            if keep and m.group("rest"):
                out.append(m.group("rest"))
            continue
        if keep:
            out.append(line)
    return out


# 高 橋 正 男 千 葉   勇 / 佐々木   章 辻     均 / 田 代 千代志: a roster table whose names are letter-spaced to a
# grid of four cells each, a blank cell a space of its own and a three-letter given name squeezed into two cells.
# The gaps alone cannot tell the names apart (one space between names and between letters alike); the grid can.
_GRID_CJK = "\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
_GRID_ROLES = ("副委員長", "委員長", "副会長", "会長", "副議長", "議長", "副幹事長", "幹事長", "幹事", "副局長", "局長",
               "次長", "事務局職員", "委員")
_GRID_ROLE = re.compile(r"^(?P<role>" + "|".join(" ?".join(w) for w in _GRID_ROLES) + r") +")
_GRID_COUNT = re.compile(r" +以上 ?[0-9０-９]{1,3} ?[名人]$")
_GRID_LINE = re.compile(rf"[{_GRID_CJK}]{{1,3}}(?: (?: |[{_GRID_CJK}]{{1,3}}))+")
_GRID_CELL = re.compile(rf" (?: |[{_GRID_CJK}]{{1,3}})")


def _grid_names(line: str) -> tuple[str, str, list[str], str, bool] | None:
    """(indent, role, names, count note, irregular) of a letter-spaced grid row; None for any other line."""
    body = line.lstrip(" \u3000")
    indent = line[:len(line) - len(body)]
    if len(body) > 48 or "  " not in body and body.count(" ") < 3:
        return None
    role = _GRID_ROLE.match(body)
    rest = body[role.end():] if role else body
    count = _GRID_COUNT.search(rest)
    rest = rest[:count.start()] if count else rest
    if not _GRID_LINE.fullmatch(rest):
        return None
    cells = [rest[:rest.index(" ")]] + [m.group(0)[1:] for m in _GRID_CELL.finditer(rest, rest.index(" "))]
    names, current, weight, irregular = [], "", 0, False
    for cell in cells:
        if cell == " " and not current:
            return None   # no name opens with a blank cell
        irregular = irregular or cell == " " or len(cell) > 1
        weight += 1 if len(cell) == 1 else 2
        current += cell.strip()
        if weight == 4:
            names.append(current)
            current, weight = "", 0
        elif weight > 4:
            return None
    if weight or any(len(n) < 2 for n in names):
        return None
    return indent, "".join(role.group("role").split()) if role else "", names, count.group(0).strip() if count else "", irregular


def name_grid_lines(text: str) -> str:
    """Each row of a letter-spaced name grid rewritten as its names a wide gap apart (高橋正男　　千葉勇). Only where
    three rows at least read so and one of them shows the grid (a blank cell, a squeezed given name)."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    rows = {}
    for i, line in enumerate(lines):
        if " " in line:
            row = _grid_names(line)
            if row:
                rows[i] = row
    if len(rows) < 3 or not any(r[4] for r in rows.values()):
        return text
    for i, (indent, role, names, count, _) in rows.items():
        lines[i] = indent + (role + "\u3000" if role else "") + "\u3000\u3000".join(names) + (" " + count if count else "")
    return "\n".join(lines)
