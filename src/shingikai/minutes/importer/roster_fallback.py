"""The last reader of a roster: by its general shape, for a text where no header field held one.

A roster is an attendance field word (出席者, 出席委員, 出席した者(傍聴人を除く。)氏名(敬称略), 委員出席者氏名,
【出 席 者】 …) followed by a run of person names: family and given name in kanji or kana, a space between
them or none, letter-spaced to a cell's width (北　野　　一　郎), split by 、 or gaps or one a line, a role
before or after (会長 北野一郎, 北野一郎(会長), 北野一郎会長). The run ends at the next field word of the
header's catalogue (欠席, 事務局, 傍聴, 議題 …), at a group that is not the members' (・事務局:, ・保育課:),
at a sentence's end, or at a line of staff (北野市長 南田課長). Entries that are no name (an organisation,
an office, a count) are passed over; a run with fewer than two names is no roster.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from . import header as hdr
from .conventions import FIELD_WORDS, NOT_NAME_WORDS, OTHER_GROUP_WORDS, PRESENT_WORDS, ROSTER_END_WORDS, letter_spaced
from .roster import People, _STAFF_WORD, seats_closed_up
from .glued_member_words import member_words_apart

_SP = r"[ \t\u3000]"


def _alternation(words) -> str:
    # 出 席 者: a field word letter-spaced to fill its table cell, as the header's catalogue reads it.
    return "|".join(letter_spaced(w, hdr.FIELD_GAP) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_COUNT_BEFORE_NAMES = rf"[0-9０-９]{{1,3}}{_SP}*[名人]{_SP}+[一-龥々]"
# 7 出席した者, ■出席者, 【出席委員】, 委員出席者氏名: the word after a blank, a mark or a number, and not a count
# (出席者数 12名, 出席委員 15名中12名: counts name no one), a separator after it (出席者は…: a sentence).
_PRESENT_AT = re.compile(
    # ◇出席委員 11 名 北野委員、南田委員、…: a count after a blank with the names after it is the label's note.
    rf"(?:^|(?<=[\s◇◆■□●・【〔\[(（0-9０-９.．]))(?:{_alternation(PRESENT_WORDS)})"
    rf"(?![数の]?{_SP}*(?:数|人数|(?!{_COUNT_BEFORE_NAMES})[0-9０-９]))(?=[\s:：】〕\]）)（(]|の?氏{_SP}?名|$)"
)
# (傍聴人を除く。)氏名(敬称略), a colon or a closing bracket: what may stand between the field word and its first name.
_LEAD = re.compile(rf"^(?:{_SP}|[】〕\]:：）)]|[（(][^（）()\n]{{0,16}}[）)]|氏{_SP}?名|の氏名|[0-9０-９]{{1,3}}{_SP}*[名人](?={_SP}))*")
# The list ends at a field word (of the header's catalogue but attendance's own, or the reader's), a sentence's end or a mark.
_STOP_WORDS = [w for words in FIELD_WORDS.values() for w in words if not w.startswith("出席")]
_STOP = re.compile(rf"(?:{_alternation(_STOP_WORDS + list(ROSTER_END_WORDS))})|。|【")
# ・委 員:, 保育課:, (事務局), <委員>: a group's label inside the list; only the members' groups go on.
_GROUP = re.compile(rf"(?:^|(?<=\s))[・•]?{_SP}*[(（<＜〈]?(?P<g>[^\n:：、,，()（）<＞>＜〈〉]{{1,12}}?){_SP}*(?:[:：]|[)）>＞〉])")
_MEMBER_GROUP = re.compile(r"^(?:副?(?:会長|委員長)|委員|構成員|出席委員|委員出席者)$")
_NOTE = re.compile(r"[（(][^（）()]{0,12}[）)]")
_ROLE = r"副?(?:会長|委員長|議長)|座長|部会長|(?:会長|委員長)?職務代理者?|委員"
_ROLE_BEFORE = re.compile(rf"^(?P<r>{_ROLE}){_SP}*")
# After a name, 部会長 needs two letters before it: 阿部会長 is 阿部 the 会長, 北野一郎部会長 a 部会's chair.
_ROLE_AFTER = re.compile(rf"{_SP}*[（(]?(?P<r>{_ROLE.replace('部会長', '(?<=..)部会長')})[）)]?$")
_CHAIR_ROLES = ("会長", "委員長", "議長", "座長")
_NAME = re.compile(r"[一-龥々〆ヶ豈-﫿][一-龥々〆ヶ豈-﫿ぁ-んァ-ヶー]{1,7}")
# What no name can be, whatever its ending (木村, 岡部, 喜市 are names): an organisation, an office, a
# profession (商工会, 総務課, 弁護士), a field word of the form or a count (出席者数).
_NOT_NAME = re.compile(r"協会|市民|事業者|有識者|出欠|連合|協議|審議|役所|役場|委員会|団体|法人|大学|会社|組合|センター|グループ|公募|代表|学識|"
                       r"出席|欠席|氏名|役職|敬称|[課係局庁]$|(?:商工|協議|連合|議)会$|[課部局]長|(?:弁護|税理|会計|書|労務)士$|[0-9０-９]")
# What the reader by shape also passes over, beyond _NOT_NAME: any entry ending like a place, a body or an
# office (北野町, 市民, 部会, 係長, 職員). 市, 村 and 部 end a place or an office only after two letters or
# more (北野市, 南田村, 環境部): 中村, 木村, 阿部, 岡部, 高市 are family names, a roster's entries by surname
# (a full name ending so, 西川喜市, is still passed over: by its shape it is 北九州市).
_NOT_PERSON = re.compile(r"市民|[都道府県区町室会]$|..[市村部]$|[長員]$")


def _core(part: str) -> str:
    return _ROLE_AFTER.sub("", _NOTE.sub("", part))


_ONE_LETTER_NAME = re.compile(r"[一-龥々〆ヶ豈-﫿ぁ-んァ-ヶ]")


def _names_in(piece: str) -> list[str]:
    """The names one piece holds: 北 野 一 郎 letter-spaced, 北野 一郎 a space apart, or whole names a space apart."""
    letters = piece.split()
    if len(letters) > 1 and all(len(p) == 1 for p in letters) and len(letters) <= 5:
        # 北　野　　　健: one name letter-spaced to its cell, the gap between family and given name wider.
        return ["".join(letters)]
    out: list[str] = []
    for cell in (c for c in re.split(rf"{_SP}{{2,}}", piece) if c):
        parts = cell.split()
        if len(parts) > 1 and all(len(p) == 1 for p in parts):
            out.append("".join(parts))
            continue
        k = 0
        while k < len(parts):
            a, b = parts[k], parts[k + 1] if k + 1 < len(parts) else ""
            la, lb = len(_core(a)), len(_core(b))
            # 今井 孝, 谷 健一, 渋木 俊(副会長): a family and a given name a space apart, one of them short;
            # 弁護士 中嶋 晴子: a profession beside a name is no half of it. 東麻生原 勉: a four-letter family name
            # with a one-letter given name.
            if (b and _NOTE.search(a) is None and 0 < min(la, lb) <= 2 and max(la, lb) <= (4 if _ONE_LETTER_NAME.fullmatch(_core(b if lb == 1 else a)) else 3)
                    and la + lb <= 5
                    and not _NOT_NAME.search(_core(a)) and not _NOT_NAME.search(_core(b))):
                out.append(a + b)
                k += 2
            else:
                out.append(a)
                k += 1
    return out


# Where no attendance word heads the roster: 北野市環境委員会(敬称略) closing a line, the body's own name over
# the list of those at the sitting; (出席人数:6人)北野一郎、… a count of those present opening the list.
# (資料1)環境審議会委員名簿 is not one: a 名簿 lists the body's membership, not who came.
_ROSTER_HEAD = re.compile(
    rf"(?:(?<=[会員議])[（(]敬称略[）)]|[（(]出席{_SP}*(?:者|委員)?{_SP}*(?:人数|者数|数){_SP}*[:：]?{_SP}*[0-9０-９]{{1,3}}{_SP}*[名人][）)])"
    rf"(?={_SP}*(?:\n|[一-龥々]))"
)
# 事務局(敬称略), 傍聴者(敬称略): a heading of another group's list.
_OTHER_HEAD = re.compile("|".join(OTHER_GROUP_WORDS))


def roster_by_shape(text: str) -> tuple[People, str] | None:
    """The members a roster under an attendance field word names, and the text they came from (see the module)."""
    heads = list(_PRESENT_AT.finditer(text))
    for m in _ROSTER_HEAD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _OTHER_HEAD.search(text[line_start:m.start()]):
            heads.append(m)
    for m in heads:
        rest = text[m.end():m.end() + 1200]
        rest = rest[_LEAD.match(rest).end():]
        stop = _STOP.search(rest)
        value = rest[:stop.start()] if stop else rest
        people = read_names(seats_closed_up(value))
        if people is not None:
            return people, value
    return None


def read_names(value: str, at_least: int = 2) -> People | None:
    """The names of a roster's value; None below `at_least` names (read from a whole text, one name alone is
    too little to trust; a block the secretariat points at may hold one)."""
    names: list[str] = []
    chair = None
    value = member_words_apart(value)
    legend = _MARK_LEGEND.search(value) if any(m in value for m in _LEGEND_MARKS) else None
    for g in _GROUP.finditer(value):
        group = re.sub(r"\s", "", g.group("g"))
        if not _MEMBER_GROUP.match(group) and not _NAME.fullmatch(group):
            # ・保育課:, (事務局): another group's list begins.
            value = value[:g.start()]
            break
    value = _GROUP.sub(lambda g: " " if _MEMBER_GROUP.match(re.sub(r"\s", "", g.group("g"))) else g.group(0), value)
    staff_before = False
    for line in value.split("\n"):
        entries = [e for e in re.split(r"[、,，・•]", line) if e.strip()]
        pieces = []
        for entry in entries:
            # 会長　北　野　　一　郎: a role before a letter-spaced name goes with the name, not with its first letters.
            lead = _ROLE_BEFORE.match(entry.strip(" \t\u3000"))
            rest = entry.strip(" \t\u3000")[lead.end():] if lead and lead.group(0) != lead.group("r") else entry
            named = _names_in(rest.strip(" \t\u3000"))
            pieces += [lead.group("r") + named[0]] + named[1:] if rest is not entry and named else named
        for piece in pieces:
            if _STAFF_WORD.search(piece):
                if staff_before and names:
                    # 北野町長 南田副町長 東山総務課長: a run of staff after the members ends the roster.
                    return _people(names, chair, at_least)
                staff_before = True
                continue
            staff_before = False
            role = None
            for pattern in (_ROLE_BEFORE, _ROLE_AFTER):
                r = pattern.search(piece)
                if r and len(piece) > len(r.group(0)):
                    role = role or r.group("r")
                    piece = piece[:r.start()] + piece[r.end():]
            piece = _NOTE.sub("", piece)
            mark = piece[:1] if legend and piece[:1] in _LEGEND_MARKS else None
            if mark:
                # ◎北 野 一 郎 委員 … (◎会長 ○副会長): the mark the legend explains is no letter of the name.
                piece = piece[1:]
            if not _NAME.fullmatch(piece) or _NOT_PERSON.search(piece) or _NOT_NAME.search(piece):
                continue
            if piece not in names:
                names.append(piece)
            if (role in _CHAIR_ROLES or mark and mark in (legend.group("m"), legend.group("m2"))) and chair is None:
                chair = piece
    return _people(names, chair, at_least)


# (◎会長 ○副会長): the legend under a roster whose officers are marked before their names; the chair's mark.
_LEGEND_MARKS = "◎○〇◯●"
_MARK_LEGEND = re.compile(rf"[(（][^()（）\n]*?(?P<m>[{_LEGEND_MARKS}])[:：=＝]?(?:会長|委員長|議長|座長)[^()（）\n]*[)）]"
                          # 出席委員:(10名)敬称略、○委員長: the legend after the list's note, no bracket round it.
                          rf"|(?<=敬称略)[、,，]?[ \t\u3000]*(?P<m2>[{_LEGEND_MARKS}])[:：=＝]?(?:会長|委員長|議長|座長)(?=[ \t\u3000]*\n)")


def _people(names: list[str], chair: str | None, at_least: int = 2) -> People | None:
    if len(names) < at_least:
        return None
    return People(tuple(names), chair)


# --- is a roster read plausible? ------------------------------------------------------------------

# Words of a form's fields and offices that a reader may take for a name (関係人, 説明者, 事務局).
_FIELD_WORD = frozenset(w for words in FIELD_WORDS.values() for w in words) | frozenset(NOT_NAME_WORDS)
# 10名中8名, 計13名: the letters of a count left over as an entry.
# 出 / 席 of 出  席30名, a count's letter-spaced label: no one's name.
_COUNT_LETTER = "中名計人外他等及各出欠席"
# 委 / 員 / 議 / 事 of a label set one letter a line: letters no one is called by alone (林, 辻, 泉 are).
_LABEL_LETTER = "委員議事会長副職氏様殿行"
# The letters of a name, in kanji, kana or Latin, with a bracketed note to tell two apart (吉田(彩)); a mark
# (⑴, ◆, ※) is a list's numbering or a line's decoration read into the list; ?, ？ and 〓 stand for a letter the
# page could not print (京極??宣).
_NAME_LETTERS = re.compile(r"[一-龥々〆ヶ豈-﫿\U00020000-\U0002FFFFぁ-んァ-ヶーｦ-ﾟA-Za-zＡ-Ｚａ-ｚ・･.．'?？〓\s（）()]+")
# 南田浩委員東山斌夫 (two entries run together at a role), 北野会長を初め (a sentence), 別紙のとおり.
_NO_NAME_INSIDE = re.compile(r"委員.|会長|を|のとおり")
# 10名中8名 / 計13名 / 出席者 8名 / (出席人数:6人): the number of those present a roster states.
_STATED = (
    re.compile(rf"[0-9０-９]{{1,3}}{_SP}*[名人]{_SP}*中{_SP}*(?P<n>[0-9０-９]{{1,3}}){_SP}*[名人]"),
    re.compile(rf"(?:^|(?<=[\s（(]))計{_SP}*(?P<n>[0-9０-９]{{1,3}}){_SP}*[名人]"),
    re.compile(rf"出席{_SP}*(?:者|委員)?{_SP}*(?:人?数)?{_SP}*[:：]?{_SP}*(?P<n>[0-9０-９]{{1,3}}){_SP}*[名人]"),
)


def stated_count(value: str | None) -> int | None:
    """The count of those present a roster's text states (10名中8名 → 8), or None."""
    for pattern in _STATED:
        m = pattern.search(value or "")
        if m:
            return int(unicodedata.normalize("NFKC", m.group("n")))
    return None


# 出席者:16名(総委員数18名) / 議事内容 / ・…: the label's value a count alone on its line, the lines under it another field's.
_COUNT_ALONE = re.compile(rf"^{_SP}*(?P<n>[0-9０-９]{{1,3}}){_SP}*[名人](?:{_SP}*[（(][^()（）\n]{{1,16}}[)）])?{_SP}*(?:\n|$)")


def count_alone(value: str | None) -> int | None:
    """The count a roster's value opens with where it is all its first line holds (the names read from the lines
    under it are to match it), or None."""
    m = _COUNT_ALONE.match(value or "")
    return int(unicodedata.normalize("NFKC", m.group("n"))) if m else None


def name_shaped(entry: str) -> bool:
    """Whether an entry of a member list can be a person: not a field word (関係人), an office or an
    organisation (総務課, 商工会), nor a count's letter (中 of 10名中8名). 辻 or 林 alone may be a family name."""
    if not entry or entry in _FIELD_WORD or len(entry) == 1 and entry in _COUNT_LETTER + _LABEL_LETTER:
        return False
    return bool(_NAME_LETTERS.fullmatch(entry)) and not _NOT_NAME.search(entry) and not _NO_NAME_INSIDE.search(entry)


def person_shaped(entry: str) -> bool:
    """Whether an entry read by a roster's shape alone can be a person: name-shaped, and ending like no place,
    body or office (see _NOT_PERSON)."""
    return name_shaped(entry) and not _NOT_PERSON.search(entry)


def name_shaped_part(names: list[str]) -> list[str]:
    """The entries of a member list that can be persons, each without a number run into its end
    (北野一郎1 where a page's line number followed the last name of a column)."""
    out = []
    for entry in names:
        entry = re.sub(r"[0-9０-９]+$", "", entry)
        if name_shaped(entry):
            out.append(entry)
    return out


def plausible_members(names: list[str], stated: int | None = None) -> bool:
    """Whether a member list read from a roster looks like one: every entry name-shaped, and a count the
    roster states (計13名) not missed by far (fewer than half, or more than half again). A list of two
    stays plausible; an empty one is no roster read, not a wrong one."""
    if not names:
        return True
    if not all(name_shaped(n) for n in names):
        return False
    return stated is None or stated <= len(names) * 2 and len(names) <= stated + stated // 2 + 1


# --- a roster table extracted column by column ----------------------------------------------------

# 役職名 / 会長 / 委員 / 委員 / オブザーバー … 氏名 / 北野 一郎 / 南田 健 / …: a form's roster table whose PDF came out
# one cell a line, column after column: the run of roles under their head and the run of names under theirs.
# The head may close a line the letters of a label set one a line beside the table ran into (出席者の → 出会議 役職名).
_ROLE_COLUMN_HEAD = re.compile(rf"(?:^|{_SP})(?:役{_SP}*職{_SP}*名?|職{_SP}*名|役{_SP}*名){_SP}*$")
_NAME_COLUMN_HEAD = re.compile(rf"(?:^|{_SP})(?:氏{_SP}*名|委員名|名{_SP}*前){_SP}*$")
_ROLE_CELL = re.compile(
    rf"^{_SP}*(?:副?(?:会長|委員長|部会長)|(?:会長|委員長)?職務代理者?|[一-龥]{{0,6}}委員|座長|副座長|"
    rf"オブザーバー|アドバイザー|顧問|参与|幹事|事務局){_SP}*$"
)
# The roles that seat a member; an オブザーバー, 顧問 or 幹事 sits at the table without being one.
_MEMBER_ROLE = re.compile(r"(?:会長|委員長|委員|職務代理者?|座長)$")
# 北野 一郎(代理): a stand-in sent in a member's place is no member.
_STAND_IN = re.compile(r"[（(]\s*代理\s*[）)]")
_NAME_CELL = re.compile(rf"^{_SP}*(?P<n>{_NAME.pattern}|[一-龥々〆ヶ豈-﫿]{{1,4}}{_SP}{{1,3}}[一-龥々〆ヶ豈-﫿ぁ-んァ-ヶー]{{1,5}})"
                        rf"{_SP}*(?P<note>[（(][^（）()]{{1,12}}[）)])?{_SP}*$")


def _name_cell(line: str) -> re.Match | None:
    m = _NAME_CELL.match(line)
    n = re.sub(r"\s", "", m.group("n")) if m else ""
    return m if m and person_shaped(n) else None


def _has_gap(m: re.Match) -> bool:
    return bool(re.search(r"\s", m.group(0).strip(" \t\u3000")))


def _column_runs(lines: list[str], head: re.Pattern, cell) -> list[list[re.Match]]:
    """Each run of two cells or more under a column's head, the cells one a line."""
    runs = []
    for i, line in enumerate(lines):
        if head.search(line):
            run = []
            for nxt in lines[i + 1:]:
                m = cell(nxt)
                if not m or run and _has_gap(m) != _has_gap(run[0]):
                    # 北野 一郎 / 南田 花子 / 確定: a column's names are printed alike, a gap inside each or none.
                    break
                run.append(m)
            if len(run) >= 2:
                runs.append(run)
    return runs


def opens_role_column(value: str | None) -> bool:
    """Whether an attendance value opens on the head of a column of roles (役職名 / 会長 / 委員 …)."""
    return bool(value) and _ROLE_COLUMN_HEAD.match(value.split("\n")[0].strip(" \t\u3000")) is not None


def roster_by_columns(lines: list[str]) -> People | None:
    """The members of a roster table printed as a column of roles and a column of names (see above); row k of
    the one is row k of the other, so a role column goes with a name column of its own length (the second
    pair may print its names before its roles). Who sits under a role that seats no member, or as a stand-in
    (代理), is left out; the name beside 会長 or 委員長 chairs."""
    roles = _column_runs(lines, _ROLE_COLUMN_HEAD, _ROLE_CELL.match)
    names = _column_runs(lines, _NAME_COLUMN_HEAD, _name_cell)
    if not roles or not names:
        return None
    members: list[str] = []
    chair = None
    taken: set[int] = set()
    for role_run in roles:
        k = next((k for k, run in enumerate(names) if k not in taken and len(run) == len(role_run)), None)
        if k is None:
            continue
        taken.add(k)
        for role, name in zip(role_run, names[k]):
            r = role.group(0).strip(" \t\u3000")
            n = re.sub(r"\s", "", name.group("n"))
            if not _MEMBER_ROLE.search(r) or _STAND_IN.search(name.group(0)):
                continue
            if n not in members:
                members.append(n)
            if chair is None and r in ("会長", "委員長", "座長"):
                chair = n
    return _people(members, chair)


# --- rows whose attendance column prints both marks -----------------------------------------------

# 会長 北野一郎 出席 ・ 欠席 / 委員 南田花子 出席 ・ 欠席: a form's roster rows whose 出欠 column printed both words for a
# mark to circle, the mark lost. Each row names a member; whether any stayed away the text cannot tell.
_BOTH_MARKS = re.compile(rf"出{_SP}?席{_SP}*[・･/／]{_SP}*欠{_SP}?席")
_ROW_ROLES = r"職務代理者?|副?会長|副?委員長|委員|長"
_ROW_NAME = re.compile(r"[一-龥々ヶ豈-﫿ァ-ヶー]{2,6}")
_ROW_ROLE = re.compile(rf"(?:{_ROW_ROLES})(?={_ROW_NAME.pattern}$)")
_ROW_ROLE_WORD = re.compile(_ROW_ROLES)
_ROW_CHAIR_ROLES = ("会長", "委員長", "長")


def roster_by_attendance_marks(text: str) -> People | None:
    """The members of roster rows each closed by both attendance marks (see above); the name in a row whose
    role is 会長 or 委員長 (or its last letter 長, the label split around the cells beside it) chairs.
    Three rows at least."""
    marks = list(_BOTH_MARKS.finditer(text))
    if len(marks) < 3:
        return None
    names: list[str] = []
    chair = None
    start = 0
    for m in marks:
        tokens = text[start:m.start()].split()
        start = m.end()
        if not tokens:
            continue
        last = tokens[-1]
        if len(tokens) > 1 and len(last) <= 3 and not _ROW_ROLE_WORD.fullmatch(tokens[-2]):
            # 委員田中 美智子: a letter-spaced name closed up in two pieces, its given name the shorter.
            last = tokens[-2] + last
        role = _ROW_ROLE.search(last)
        name = last[role.end():] if role else last
        if not _ROW_NAME.fullmatch(name) or not person_shaped(name):
            continue
        names.append(name)
        said = role.group(0) if role else tokens[-2] if len(tokens) > 1 else ""
        if chair is None and said in _ROW_CHAIR_ROLES:
            chair = name
    return _people(names, chair, 3)


# --- the roster table's columns one after another: roles, surnames, given names -------------------

# 出席者 / 教育長 / 教育委員 教育長職務代理者 / 委員委員委員事務局 教育部長 / 生涯学習課長 / … / 北野 / 南田 / … / 一郎 / 健 / …:
# a form's roster extracted column by column, the roles (the members' first, one a row, then 事務局 and the staff's
# posts), then every surname, then every given name in the same order. The first as many names as member rows are
# the members; where the first row is the 教育長's or the 会長's, its name chairs.
_ROW_ROLE_RUN = re.compile(r"(?:教育長|教育委員|委員長|副委員長|会長|副会長|委員)+")
_ONE_ROW_ROLE = re.compile(r"教育長|教育委員|副?委員長|副?会長|委員")
_NAME_HALF = re.compile(r"[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{0,3}|[ぁ-んァ-ヶー]{2,4}")


def roster_by_name_columns(value: str | None) -> People | None:
    if not value or "事務局" not in value:
        return None
    lines = [ln.strip(" \t\u3000") for ln in value.split("\n")]
    lines = [ln for ln in lines if ln]
    # The run of one-word lines at the end: the surnames, then the given names, as many of each.
    k = len(lines)
    while k > 0 and _NAME_HALF.fullmatch(lines[k - 1]) and not _ONE_ROW_ROLE.search(lines[k - 1]):
        k -= 1
    halves = lines[k:]
    if len(halves) < 6 or len(halves) % 2:
        return None
    n = len(halves) // 2
    names = [a + b for a, b in zip(halves[:n], halves[n:])]
    rows, first_role = 0, None
    for line in lines[:k]:
        head = line.split()[0]
        before_staff = head.split("事務局")[0]
        if before_staff and _ROW_ROLE_RUN.fullmatch(before_staff):
            roles = _ONE_ROW_ROLE.findall(before_staff)
            first_role = first_role or roles[0]
            rows += len(roles)
        if "事務局" in line:
            break
    else:
        return None
    if not 2 <= rows < n or not all(person_shaped(name) for name in names[:rows]):
        return None
    chair = names[0] if first_role in ("教育長", "会長", "委員長") else None
    return People(tuple(names[:rows]), chair)


# --- one member a line, where from in brackets after the name -------------------------------------

# 出席者 : / ◎北野 一郎(北山大学教授) / 南田健(北山商工会議所会頭) / ○東山 清(市民公募委員) / … / 以上10名: an attendance label
# with nothing after it over one member a line, each name followed by where the member comes from in brackets; ◎
# marks the chair (the legend under it, ◎…部会長, names the office), ○ the deputy.
_BARE_ATTENDANCE_LABEL = re.compile(rf"^{_SP}*(?:出{_SP}*席{_SP}*者|出{_SP}*席{_SP}*委{_SP}*員|委{_SP}*員){_SP}*[:：]?{_SP}*$")
_NOTED_MEMBER = re.compile(
    rf"^{_SP}*(?P<m>[◎○〇◯●])?{_SP}*(?P<n>[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{0,4}}(?:{_SP}{{1,3}}[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{1,4}})?)"
    rf"{_SP}*[(（](?P<note>[^()（）\n]{{2,80}})[)）]{_SP}*$"
)


def roster_by_noted_lines(lines: list[str]) -> People | None:
    """The members one a line under a bare attendance label (see above), three at least; the ◎ one chairs."""
    for i, line in enumerate(lines):
        if not _BARE_ATTENDANCE_LABEL.match(line):
            continue
        k = i + 1
        while k < len(lines) and not lines[k].strip():
            k += 1
        names: list[str] = []
        chair = None
        while k < len(lines) and (m := _NOTED_MEMBER.match(lines[k])):
            name = re.sub(r"\s", "", m.group("n"))
            if not person_shaped(name) or not 2 <= len(name) <= 7:
                break
            names.append(name)
            if m.group("m") == "◎" and chair is None:
                chair = name
            k += 1
        if len(names) >= 3:
            return People(tuple(names), chair)
    return None


# --- rows of affiliation and name closed by the one attendance word --------------------------------

# 出席委員等 関係団体等 氏 名 備 考 北山町区長会会長 北野 一郎 出席 商工会(商工会理事) 南田 健 欠席 …: a roster table
# (affiliation / name / 備考 or 出欠) whose rows were run onto one line, each closed by the one word its attendance
# column holds. The name is the last word of the row, or its last two a space apart (surname, given name).
_ATTENDANCE_HEAD = re.compile(rf"氏{_SP}?名{_SP}*(?:備{_SP}?考|出{_SP}?欠|出欠の別)")
_ATTENDANCE_WORD = re.compile(r"(?<=[ \t\u3000])(出席|欠席)(?=[ \t\u3000]|$)")
_PART_OF_NAME = re.compile(r"[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{0,3}")


def roster_by_attendance_column(text: str) -> People | None:
    """The members of the rows after a table's head (氏名 備考, 氏名 出欠) each closed by 出席 or 欠席 (see above):
    those whose row says 出席 attend, those whose row says 欠席 are absent. Three rows at least; the rows end at the
    first that holds no name or runs long (the table's end)."""
    head = _ATTENDANCE_HEAD.search(text)
    if head is None:
        return None
    present: list[str] = []
    absent: list[str] = []
    start = head.end()
    for m in _ATTENDANCE_WORD.finditer(text, start):
        row = text[start:m.start()]
        start = m.end()
        tokens = row.split()
        if not tokens or len(row) > 80:
            break
        if len(tokens) > 2 and all(_PART_OF_NAME.fullmatch(t) for t in tokens[-2:]) and len(tokens[-1]) <= 3 \
                and len(tokens[-2]) <= 3:
            name = tokens[-2] + tokens[-1]
        elif len(tokens) > 1 and _ROW_NAME.fullmatch(tokens[-1]):
            name = tokens[-1]
        else:
            break
        if not person_shaped(name):
            break
        (present if m.group(1) == "出席" else absent).append(name)
    if len(present) + len(absent) < 3 or not present:
        return None
    return People(tuple(present), None, absent=tuple(absent))


# --- rows of role, name and affiliation run together -----------------------------------------------

# 会長 平本 健太 北海道大学大学院経済学研究科 教授 副会長 岡田 直人 北星学園大学… 教授 委員 齋藤 寛子 公募委員 …: a
# roster table (役職 / 氏名 / 所属) whose rows were run onto one line. Each role word stands alone between gaps and
# is followed by the surname and the given name one space apart; what follows the name to the next role is where
# the member comes from (公募委員 is no role word of the row: it is joined to no gap before it).
_ROW_ROLE_THEN_NAME = re.compile(
    r"(?:^|(?<=[ \t\u3000]))(?P<r>副?会長|副?委員長|職務代理者?|委員)[ \t\u3000]+"
    r"(?P<s>[一-龥々ヶ豈-﫿]{1,4})[ \u3000](?P<g>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,4})(?=[ \t\u3000]|$)"
)


def roster_by_role_rows(value: str | None) -> People | None:
    """The members of such run-together rows, where three rows at least read so; the 会長 or 委員長 chairs."""
    if not value:
        return None
    names: list[str] = []
    chair = None
    for m in _ROW_ROLE_THEN_NAME.finditer(value):
        name = m.group("s") + m.group("g")
        if not person_shaped(name):
            continue
        names.append(name)
        if chair is None and m.group("r") in ("会長", "委員長"):
            chair = name
    return _people(names, chair, 3)


# --- rows of affiliation, post and name, one a line ------------------------------------------------

# 会長 / 北山市 市長 北野一郎 / 委員 / • 北山警察署 署長 南田健二 / • 北山保健所 所長 東山花子 …: a 防災会議's roster,
# each member seated by the office held elsewhere: the organisation, its post, then the name, one row a line
# (a bullet before it). The name is the row's last word; a role alone on its line (会長) seats the row under it.
_AFFILIATION_ROW = re.compile(
    r"^[ \t\u3000]*[・•\-－]?[ \t\u3000]*(?P<org>\S.*?)[ \t\u3000]+(?P<n>[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,6})"
    r"[ \t\u3000]*(?P<note>[（(][^（）()]{0,20}[）)])?[ \t\u3000]*$"
)
# What the words before the name must hold: an organisation's or a post's ending (愛知警察署 署長, 瀬戸保健所 所長,
# 自治会連合会 会長, 日赤さつき奉仕団 代表団員); a seat's number (10番) or a split name is none.
_ORG_OR_POST = re.compile(r"[署所会市町村区県部課局長社団院校員表]|センタ|クラブ|組合|企業")
_ROLE_ALONE_LINE = re.compile(r"^[ \t\u3000]*(?P<r>副?会長|副?委員長|委員|構成員)[ \t\u3000]*$")


def roster_by_affiliation_rows(value: str | None) -> People | None:
    """The members of such rows, where three rows at least read so and they are most of the rows; None else.
    A member who sent a stand-in ((代理:…)) was not there, and the stand-in is no member."""
    if not value or value.count("\n") < 3:
        return None
    names: list[str] = []
    chair = None
    role = None
    rows = 0
    for line in value.split("\n"):
        if not line.strip(" \t\u3000") or line.strip(" \t\u3000").startswith(("(", "（")) and ")" in line[:12]:
            continue
        alone = _ROLE_ALONE_LINE.match(line)
        if alone:
            role = alone.group("r")
            continue
        rows += 1
        m = _AFFILIATION_ROW.match(line)
        if m is None or not person_shaped(m.group("n")) \
                or not _ORG_OR_POST.search(m.group("org")) or m.group("org")[0].isdigit():
            continue
        if m.group("note") and "代理" in m.group("note"):
            continue
        names.append(m.group("n"))
        if chair is None and role in ("会長", "委員長"):
            chair = m.group("n")
        role = None if role in ("会長", "委員長") else role
    if rows == 0 or len(names) < 0.6 * rows:
        return None
    return _people(names, chair, 3)


# 副委員長 / 北野一郎:北山県体育協会副会長 / 委員 / 南田健:北山陸上競技協会理事 / … / 監事 / 東山亨:…: each group's
# word alone on its line over rows of name, colon and affiliation; only the members' groups (会長, 委員 …) list
# members, those under 監事, 報告者 or 事務局 are others.
_GROUP_WORD_LINE = re.compile(r"^[ \t\u3000]*(?P<g>[一-龥ァ-ヶー]{1,8})[ \t\u3000]*$")
_NAME_COLON_ROW = re.compile(
    r"^[ \t\u3000]*(?P<n>[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,6})[ \t\u3000]*[:：][ \t\u3000]*\S")
_MEMBER_GROUP = re.compile(r"(?:副?会長|副?委員長|委員|構成員|(?:会長|委員長)職務代理者?)")


def roster_by_name_colon_rows(value: str | None) -> People | None:
    """The members of such rows, where three rows at least read so, every line is a group word or a row, and
    a members' group opens the list; None else."""
    if not value or value.count("\n") < 3:
        return None
    names: list[str] = []
    chair = None
    group = None
    rows = 0
    for line in value.split("\n"):
        if not line.strip(" \t\u3000"):
            continue
        word = _GROUP_WORD_LINE.match(line)
        if word:
            group = word.group("g")
            continue
        m = _NAME_COLON_ROW.match(line)
        if m is None or group is None or not person_shaped(m.group("n")):
            return None
        rows += 1
        if _MEMBER_GROUP.fullmatch(group):
            names.append(m.group("n"))
            if chair is None and group in ("会長", "委員長"):
                chair = m.group("n")
    if rows < 3:
        return None
    return _people(names, chair, 2)


# 会長 北山市 副市長 北野 一郎 北山交通(株)代表取締役社長 南田 健二 … 森本 経一(同席) … 藤田 和弘(代理): the same roster
# run onto one line; each name is a surname and a given name one space apart after a post's word, and a note after it
# may say the member was away (欠席), sent a stand-in (代理) or is staff sitting beside (同席).
_POST_THEN_NAME = re.compile(
    # 北山交通労働組合 南田 健, 南校区バス運用協議会 東山 清, 商工会議所 副会頭 西川 明: a body's name or its office (頭)
    # stands where the post does.
    r"(?:^|(?<=[ \t\u3000]))(?P<post>[^\s]{0,14}?(?:長|役|員|官|職|補佐|幹事|理事|社長|委員|頭|組合|協議会|タクシー))[ \t\u3000]+"
    r"(?!(?:副?会長|副?委員長?|議長|職務代理者?)[ \u3000])(?P<s>[一-龥々ヶ豈-﫿]{1,3})[ \u3000](?P<g>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,3})"
    r"(?P<note>[（(][^（）()]{1,6}[）)])?(?=[ \t\u3000]|$)"
)
_NOT_THERE = re.compile(r"欠席|代理|同席|随行")


def roster_by_posts_and_names(value: str | None) -> People | None:
    """The members of such a run, where five names at least read so; the name after a leading 会長 chairs."""
    if not value:
        return None
    names: list[str] = []
    chair = None
    pos = 0
    while (m := _POST_THEN_NAME.search(value, pos)) is not None:
        name = m.group("s") + m.group("g")
        if not person_shaped(name):
            # 会長 北山市 副市長: a place and a post read as a name; the post may head the next try.
            pos = m.start("s")
            continue
        pos = m.end()
        if m.group("note") and _NOT_THERE.search(m.group("note")):
            continue
        names.append(name)
        if chair is None and not names[:-1] and re.match(r"[ \t\u3000]*(?:会長|委員長|座長)[ \t\u3000]", value):
            chair = name
    return _people(names, chair, 5)


# --- full names each closed by 委員, among a form's flattened cells ---------------------------------------

# 出席委員 事 務 局 別館3階 第5会議室 北野一郎委員 南田健二委員 東山花子委員 … 町長 北山太郎 …: a form's label column
# and its cells flattened in column order leave the roster's names among the room's and the staff's; a full name
# (three letters or more) with 委員 after it, standing between gaps, is a member wherever it falls.
_NAME_THEN_MEMBER = re.compile(
    r"(?:^|(?<=[ \t\u3000]))(?P<n>[一-龥々ヶ豈-﫿]{2,4}[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,4})委員(?=[ \t\u3000]|$)"
)


def roster_by_member_word(value: str | None) -> People | None:
    """The members so named in ``value`` (a header's field values), where three at least read so."""
    names = [m.group("n") for m in _NAME_THEN_MEMBER.finditer(value or "")]
    names = [n for n in dict.fromkeys(names) if person_shaped(n) and not re.search(r"副|職務|代理|臨時|専門", n)]
    return _people(names, None, 3)


# --- a roster table one cell a line, each row closed by its attendance cell -----------------------

# 中井 / 愃雄 / 北野市医師会代表 / 出席 / 石川 / 広巳 / … / 欠席: a roster table (name, affiliation, 出欠) copied one cell a
# line, each row closed by the cell that says 出席 or 欠席; the surname and the given name are the two cells before
# the affiliation. Column heads (氏 / 名 / 役 / 職 / 出 / 欠) before the first row are no one's.
_ATTENDANCE_CELL = frozenset(("出席", "欠席"))
_SURNAME_CELL = re.compile(r"[一-龥々ヶ豈-﫿]{1,4}")
_GIVEN_CELL = re.compile(r"[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}")


def roster_by_attendance_cells(lines: list[str]) -> tuple[People, list[str]] | None:
    """The members present and those absent of a roster table one cell a line (see above); three rows at least,
    every row read, or None."""
    rows: list[tuple[list[str], str]] = []
    cells: list[str] = []
    for line in lines:
        s = line.strip(" \t\u3000")
        if not s:
            continue
        if s in _ATTENDANCE_CELL:
            rows.append((cells[-3:], s))
            cells = []
        elif len(s) > 4 and s[-2:] in _ATTENDANCE_CELL and not s[-3].isdigit():
            # 北山健康センター長出席: the copy ran the attendance cell onto the affiliation's.
            rows.append(((cells + [s[:-2]])[-3:], s[-2:]))
            cells = []
        else:
            cells.append(s)
    if len(rows) < 3:
        return None
    present: list[str] = []
    absent: list[str] = []
    for row, mark in rows:
        if row and row[0].split():
            # 氏名役職等出欠 中井: the column heads ran onto the first name, a gap before it.
            row = [row[0].split()[-1], *row[1:]]
        if len(row) < 3 or not _SURNAME_CELL.fullmatch(row[0]) or not _GIVEN_CELL.fullmatch(row[1]) or len(row[2]) < 3:
            return None   # a row without its name cells: the table is laid out otherwise
        name = row[0] + row[1]
        if not person_shaped(name):
            return None
        (present if mark == "出席" else absent).append(name)
    people = _people(present, None, 3)
    return (people, absent) if people else None


# 議席番号 氏 名 出欠 議席番号 氏 名 出欠 / 1 北野 一郎 出 9 南田 健 出 / 6 14 東山 亨 欠: an assembly's seat table
# whose attendance column marks each seat 出 or 欠, two seats a row; an empty seat is its number alone.
_SEAT_MARK_HEAD = re.compile(rf"(?:議席(?:番号)?{_SP}+)?氏{_SP}*名{_SP}+出{_SP}*欠")
_SEAT_MARK_CELL = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))(?P<seat>[0-9０-９]{{1,3}}){_SP}+(?P<n>[^\s0-9０-９][^0-9０-９\n]*?){_SP}+(?P<m>[出欠])(?={_SP}|$)")
_EMPTY_SEAT = re.compile(rf"^{_SP}*[0-9０-９]{{1,3}}{_SP}*$")


def opens_seat_marks(value: str | None) -> bool:
    return bool(value) and _SEAT_MARK_HEAD.search(value.strip(" \t\u3000\n").split("\n", 1)[0]) is not None


def roster_by_seat_marks(lines: list[str]) -> People | None:
    """The members of such a table (those marked 出, with those marked 欠 as its absent), where three seats
    at least read so and every row under the head is read whole; None else."""
    head = next((i for i, ln in enumerate(lines) if _SEAT_MARK_HEAD.search(ln)), None)
    if head is None:
        return None
    seats: list[tuple[int, str, str]] = []
    for line in lines[head + 1:]:
        if not line.strip(" \t\u3000"):
            continue
        cells = list(_SEAT_MARK_CELL.finditer(line))
        rest = _SEAT_MARK_CELL.sub(" ", line)
        if not cells or not _EMPTY_SEAT.match(rest) and rest.strip(" \t\u3000"):
            break
        for c in cells:
            name = "".join(c.group("n").split())
            if not person_shaped(name):
                return None
            seats.append((int(unicodedata.normalize("NFKC", c.group("seat"))), name, c.group("m")))
    seats.sort()   # the rows read across the two columns; the roster goes by seat
    present = [n for _, n, m in seats if m == "出"]
    absent = [n for _, n, m in seats if m == "欠"]
    people = _people(present, None, 3)
    return replace(people, absent=tuple(absent)) if people else None


# --- a roster table read row by row: role, name, affiliation; the role cell left blank under the first row ------

# 区分 氏名 職名等 / 座長 永山 正男 北山大学教授 / 委員 大山 亜紀子 司法書士 /   田中 穂 税理士 / …, or the same rows with
# their cells set off by bars (委員長 | 北野一郎 | 北山大学教授 | / 南田健 | 北山商工会議所 | |): a table flattened one
# row a line, the role written once at the head of its group and left blank (or dropped) in the rows under it. The
# rows under a member's role are members; a row under another role (技術解説員, 事務局, 総務課長) opens a group that is
# not, and the rows under it are not either.
_CELL_ROLE = r"[一-龥ァ-ヶー]{0,12}?(?:長|員|者|局|官|監|幹|主事|参与|理事|代理)"
_SPACED_ROLE_ROW = re.compile(
    rf"^(?P<lead>{_SP}*)(?:(?P<role>{_CELL_ROLE}){_SP}+)?"
    rf"(?P<s>[一-龥々ヶ豈-﫿]{{1,4}})[ \u3000](?P<g>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{1,5}})(?:{_SP}+(?P<aff>\S.*))?$"
)
_BARRED_NAME = re.compile(r"[一-龥々ヶ豈-﫿][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,7}|[一-龥々ヶ豈-﫿]{1,4}[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5}")
_ROW_MEMBER_ROLES = ("会長", "副会長", "委員長", "副委員長", "委員", "座長", "副座長", "教育長", "教育委員", "職務代理者",
                     "会長職務代理者", "委員長職務代理者", "部会長", "副部会長")
_ROW_CHAIRS = ("会長", "委員長", "座長")
_TABLE_HEAD_ROW = re.compile(rf"氏{_SP}*名")


def _role_cell_row(line: str) -> tuple[str | None, str] | None:
    """(the row's role or None where its cell is blank, the name) of one row, or None for a line that is no row."""
    if "|" in line or "｜" in line:
        cells = [c.strip(" \t\u3000") for c in re.split(r"[|｜]", line)]
        cells = [c for c in cells if c]
        if len(cells) >= 3 and re.fullmatch(_CELL_ROLE, cells[0]) and _BARRED_NAME.fullmatch(cells[1]):
            return cells[0], re.sub(r"\s", "", cells[1])
        if len(cells) == 2 and cells[0] in _ROW_MEMBER_ROLES and _BARRED_NAME.fullmatch(cells[1]):
            return cells[0], re.sub(r"\s", "", cells[1])
        if len(cells) == 2 and _BARRED_NAME.fullmatch(cells[0]) and not re.fullmatch(_CELL_ROLE, cells[0]):
            return None, re.sub(r"\s", "", cells[0])
        return None
    m = _SPACED_ROLE_ROW.match(line)
    if m is None or not (m.group("role") or m.group("lead")):
        return None
    return m.group("role"), m.group("s") + m.group("g")


def roster_by_role_cell_rows(lines: list[str]) -> People | None:
    """The members of the first run of three rows or more (see above) whose first row names a member's role; two
    members at least. The row of a 会長, 委員長 or 座長 chairs; a 教育長's is marked as such."""
    k = 0
    while k < len(lines):
        first = _role_cell_row(lines[k])
        if first is None or first[0] not in _ROW_MEMBER_ROLES:
            k += 1
            continue
        names: list[str] = []
        chair = None
        superintendents: set[str] = set()
        rows, member, j = 0, True, k
        while j < len(lines):
            line = lines[j]
            if not line.strip(" \t\u3000|｜"):
                if j + 1 < len(lines) and not lines[j + 1].strip(" \t\u3000|｜"):
                    break   # a blank line alone is a cell broken off its row; two end the table
                j += 1
                continue
            row = _role_cell_row(line)
            if row is None:
                break
            role, name = row
            if role is not None:
                member = role in _ROW_MEMBER_ROLES
            if member and person_shaped(name):
                names.append(name)
                if role in _ROW_CHAIRS and chair is None:
                    chair = name
                if role == "教育長":
                    superintendents.add(name)
            rows += 1
            j += 1
        if rows >= 3 and len(names) >= 2 and len(set(names)) == len(names):
            # 会長 北野 一郎 委員 / 副会長 南田 健 委員 / 会長 南田 健 委員: a name twice is a list of the offices
            # two bodies elected, no roster.
            return People(tuple(names), chair, superintendents=frozenset(superintendents))
        k = max(j, k + 1)
    return None


# --- the seats one cell a line under the roster's label ---------------------------------------------------------

# 会議に出席した議員 / 1番 / 北野一郎 / 2番 / 南田 健 / … / 会議に欠席した議員 / なし: an assembly's seat table extracted one cell a
# line, each seat's number over its member's name, under the label of those present.
_PRESENT_LABEL_LINE = re.compile(
    rf"^{_SP}*(?:会議に)?(?:出席した議員|出席議員|出席した委員|出席委員|応招議員)"
    rf"(?:{_SP}*[（(]{_SP}*[0-9０-９]{{1,3}}{_SP}*[名人]{_SP}*[)）])?{_SP}*$"
)
_NEXT_GROUP_LABEL = re.compile(rf"{_SP}+\S*(?:欠席|事務局|職員|説明)\S*{_SP}*$")
_SEAT_ALONE = re.compile(rf"^{_SP}*[0-9０-９]{{1,3}}{_SP}*番{_SP}*$")


def roster_by_seat_lines(lines: list[str]) -> People | None:
    """The members of the seats one cell a line under the label of those present (see above); three at least."""
    for i, line in enumerate(lines):
        if not _PRESENT_LABEL_LINE.match(line):
            continue
        names: list[str] = []
        k = i + 1
        while k + 1 < len(lines) and _SEAT_ALONE.match(lines[k]):
            # 石黒永剛 会議に欠席した議員: the next group's label run onto the last name's line.
            name = re.sub(r"\s", "", _NEXT_GROUP_LABEL.sub("", lines[k + 1]))
            if not 2 <= len(name) <= 8 or not person_shaped(name):
                break
            names.append(name)
            k += 2
        if len(names) >= 3:
            return People(tuple(dict.fromkeys(names)))
    return None


# --- the members' group under its bracketed heading, those away after (欠席) --------------------------------------

# 【委員】 / 北野一郎、南田健、東山亨、 / 西川清 / (欠席)森本進、中村次郎 / 【アドバイザー】 / …: a form's attendance cell
# that lists each group under its heading in lenticular brackets, those of the group who stayed away after (欠席); the
# form's own label for the cell may come after it (5 出 席 者 名). The 委員 group holds the members.
_MEMBER_GROUP_HEAD = re.compile(rf"^{_SP}*[【\[［〔](?:委{_SP}*員|構成員|出席委員)[】\]］〕]{_SP}*$")
_AWAY_LINE = re.compile(rf"^{_SP}*[(（]{_SP}*欠{_SP}*席{_SP}*[)）]{_SP}*(?P<n>.*)$")
_GROUP_HEAD = re.compile(rf"^{_SP}*[【\[［〔][^】\]］〕]{{1,12}}[】\]］〕]")


def roster_by_member_group(lines: list[str]) -> People | None:
    """The members listed under the 委員 group's heading (see above), those after its (欠席) away; three at least."""
    for i, line in enumerate(lines):
        if not _MEMBER_GROUP_HEAD.match(line):
            continue
        body: list[str] = []
        away: list[str] = []
        for nxt in lines[i + 1:i + 20]:
            if _GROUP_HEAD.match(nxt) or re.match(rf"^{_SP}*[0-9０-９]{{1,2}}{_SP}", nxt):
                break
            m = _AWAY_LINE.match(nxt)
            if m:
                away = [re.sub(r"\s", "", n) for n in re.split(r"[、,，]", m.group("n")) if n.strip(" \t\u3000")]
                break
            body.append(nxt)
        entries = [re.sub(r"\s", "", e) for e in re.split(r"[、,，\n]", "\n".join(body)) if e.strip(" \t\u3000")]
        if len(entries) >= 3 and all(2 <= len(e) <= 8 and person_shaped(e) for e in entries):
            return People(tuple(dict.fromkeys(entries)), absent=tuple(a for a in away if person_shaped(a)))
    return None


# --- a seat table with its attendance marks, one cell a line -----------------------------------------------------

# ○ 出席 / × 欠席 / … / 1 / 橋 口 / 美 一 / ○ / 18 / 道 山 幸 治 / ○ / …: a board's seat table extracted one cell a line (its two
# columns of seats read row by row), each seat's number, its member's name in one or two cells (surname, given name),
# then the mark its 出欠 column holds; the legend says what each mark means. A row whose mark the extraction lost is
# passed over.
_SEAT_NUMBER_CELL = re.compile(rf"^{_SP}*[0-9０-９]{{1,3}}{_SP}*$")
_ATTENDANCE_MARK_CELL = re.compile(rf"^{_SP}*(?P<m>[○〇◯×✕△公]){_SP}*$")
_NAME_PART_CELL = re.compile(rf"^{_SP}*[一-龥々ヶ豈-﫿ぁ-んァ-ヶー](?:{_SP}?[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]){{0,4}}{_SP}*$")
_PRESENT_LEGEND = re.compile(rf"[○〇◯]{_SP}*出{_SP}*席")


def roster_by_seat_mark_cells(lines: list[str]) -> People | None:
    """The members a seat table's marks say came (see above), those marked ×, △ or 公 away; five rows at least, and
    the legend of the marks in the text."""
    if not any(_PRESENT_LEGEND.search(line) for line in lines):
        return None
    present: list[str] = []
    away: list[str] = []
    k = 0
    while k < len(lines):
        if not _SEAT_NUMBER_CELL.match(lines[k]):
            k += 1
            continue
        parts, j = [], k + 1
        while j < len(lines) and len(parts) < 2 and _NAME_PART_CELL.match(lines[j]) and not _ATTENDANCE_MARK_CELL.match(lines[j]):
            parts.append(re.sub(r"\s", "", lines[j]))
            j += 1
        mark = _ATTENDANCE_MARK_CELL.match(lines[j]) if parts and j < len(lines) else None
        if mark is None:
            k += 1
            continue
        name = "".join(parts)
        if 2 <= len(name) <= 8 and person_shaped(name):
            seat = int(unicodedata.normalize("NFKC", lines[k]).strip())
            (present if mark.group("m") in "○〇◯" else away).append((seat, name))
        k = j + 1
    if len(present) + len(away) < 5 or len(present) < 3:
        return None
    # Two columns of seats read row by row (1, 18, 2, 19 …): the members in the order of their seats.
    return People(tuple(dict.fromkeys(n for _, n in sorted(present))), absent=tuple(dict.fromkeys(n for _, n in sorted(away))))


# --- a seat table with its attendance marks, two seats a row ------------------------------------------------------

# 出席 ○ / 欠席 × / 番 号 氏 名 出欠 番 号 氏 名 出欠 / 1番 北 野 一 郎 ○ 4番 西 川 清 ○ / 2番 南 田 健 × …: an assembly's
# seat table flattened one row a line, each seat's number, the name letter-spaced to its cell and the mark its 出欠 column
# holds. A PDF read aloud spells the marks out (しろまる, ×ばつ) and may leave a mark run into the name by a stray dash
# (東 山 亨ーしろまる) or lines of marks alone above the rows; the legend, in either order, says what the marks mean.
_ROW_PRESENT_MARK = r"[○〇◯]|しろまる"
_ROW_AWAY_MARK = r"[×✕](?:ばつ)?|ばつ|△"
_ROW_MARK = rf"(?P<m>{_ROW_PRESENT_MARK}|{_ROW_AWAY_MARK})"
_ROW_LEGEND = re.compile(rf"出{_SP}*席{_SP}*[:：]?{_SP}*(?:{_ROW_PRESENT_MARK})|(?:{_ROW_PRESENT_MARK}){_SP}*[:：]?{_SP}*出{_SP}*席")
_ROW_SEAT_CELL = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))(?P<seat>[0-9０-９]{{1,3}})番?{_SP}*(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー](?:{_SP}?[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]){{1,7}}?)"
    rf"{_SP}*[ーｰ‐-]?{_SP}*{_ROW_MARK}(?={_SP}|$)")
_MARKS_ALONE = re.compile(rf"^{_SP}*(?:(?:{_ROW_PRESENT_MARK}|{_ROW_AWAY_MARK}){_SP}*)+$")


def roster_by_seat_mark_rows(lines: list[str]) -> People | None:
    """The members such a table marks present (see above), those marked ×/△ as its absent; the legend in the text, the
    rows read from the table's head row to the first line that is not one, five seats at least."""
    if not any("席" in line and _ROW_LEGEND.search(line) for line in lines):
        return None
    head = next((i for i, ln in enumerate(lines) if _SEAT_MARK_HEAD.search(ln)), None)
    if head is None:
        return None
    seats: list[tuple[int, str, bool]] = []
    for line in lines[head + 1:]:
        if not line.strip(" \t\u3000") or _MARKS_ALONE.match(line):
            continue   # marks left alone above the rows by the extraction
        cells = list(_ROW_SEAT_CELL.finditer(line))
        if not cells or _ROW_SEAT_CELL.sub(" ", line).strip(" \t\u3000"):
            break
        for c in cells:
            name = re.sub(r"\s", "", c.group("n"))
            if not person_shaped(name):
                return None
            seats.append((int(unicodedata.normalize("NFKC", c.group("seat"))), name, re.fullmatch(_ROW_PRESENT_MARK, c.group("m")) is not None))
    if len(seats) < 5:
        return None
    seats.sort()   # the rows read across the two columns; the roster goes by seat
    people = _people([n for _, n, came in seats if came], None, 3)
    return replace(people, absent=tuple(n for _, n, came in seats if not came)) if people else None
