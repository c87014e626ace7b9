"""How speakers are named in published minutes, by the council's choice (`Council.name_policy`).

- real   (実名):     the label as recorded, e.g. 「酒井会長」「木谷委員」.
- role   (役職のみ): 「会長」「委員」「事務局」 or the department's name; no person is named.
- letter (記号):     members become 「A委員」「B委員」…, one letter per person for the whole meeting, given
                     in the order of their first speech; everyone else as under `role`.

Only the turns are anonymised: attendance lists are public facts and keep their names. Inside a turn's text a
name is masked with a role or title word after it (「青木委員」「東さん」), written in full, or introducing the
speaker (「青木です」); a one-character surname introduces the speaker only where a clause starts (「東です。」,
「はい、東です」), never inside a phrase it is part of (「事務局の東です」「駅の東です」「関東です」).

Turns may be model instances or plain dicts (the public portal renders from its API payloads), so
every attribute is read through `_get`.
"""
from __future__ import annotations

import re
import string

from shingikai.jp.text import compact, loose_pattern

REAL = "real"
ROLE = "role"
LETTER = "letter"

CHAIR_LABEL = "会長"
MEMBER_LABEL = "委員"
ALL_MEMBERS_LABEL = "委員全員"
SECRETARIAT_LABEL = "事務局"
DEPARTMENT_LABEL = "担当課"
OTHER_LABEL = "出席者"

# Role words that follow a name in recorded labels (「酒井会長」「木谷副会長」). Longest first, so that
# 「会長職務代理」 is not read as 「会長」 plus a name ending in 職務代理.
ROLE_WORDS = ("会長職務代理", "職務代理者", "副会長", "会長", "委員長", "委員")
# Labels that already name nobody; a member turn carrying one cannot be told apart from other members.
HONORIFICS = ("さん", "氏", "様", "殿")
_ANONYMOUS = re.compile(r"^(?:[A-Za-zＡ-Ｚａ-ｚ]{1,2}|[0-9０-９]{1,2}番)?(?:委員|会長|副会長|会長職務代理)$")
_SPACES = re.compile(r"[\s\u3000]+")


def _get(obj, name, default=None):
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _compact(text: str) -> str:
    return _SPACES.sub("", text or "")


def speaker_key(turn):
    """Who spoke, as far as the record tells: a person, a distinctive recorded label, or None (unknown)."""
    person_id = _get(turn, "person_id")
    if person_id is None and _get(turn, "person") is not None:
        person_id = _get(_get(turn, "person"), "pk")
    if person_id is not None:
        return ("person", person_id)
    label = _compact(_get(turn, "speaker_label", ""))
    if not label or label.startswith(ALL_MEMBERS_LABEL) or _ANONYMOUS.match(label):
        return None
    return ("label", label)


MEMBER_ROLE_WORDS = {"chair": CHAIR_LABEL, "vice_chair": "副会長"}


def member_label(name: str, role: str | None = None, written_word: str | None = None) -> str:
    """A member's turn label as minutes under the real-name policy print it: surname and role word
    (「酒井会長」「木谷委員」), the form the importer reads from published minutes. The speaker picker and a
    pasted transcript both store it, so one person carries one label however the turn was entered.
    `written_word`: the role word a transcript wrote (a presiding 「会長職務代理」 stays so)."""
    parts = _SPACES.split((name or "").strip())
    return parts[0] + (written_word or MEMBER_ROLE_WORDS.get(role, MEMBER_LABEL))


def _letter(index: int) -> str:
    letters = string.ascii_uppercase
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = letters[rest] + text
    return text


def assign_letters(turns) -> dict:
    """{speaker key: "A", "B", …} for the members, in the order each first speaks."""
    letters: dict = {}
    for turn in turns:
        if _get(turn, "role") != "member":
            continue
        key = speaker_key(turn)
        if key is not None and key not in letters:
            letters[key] = _letter(len(letters))
    return letters


def department_name(turn, day=None) -> str:
    """The department a department speaker belongs to, never the speaker's own name: as it was called on `day`,
    the meeting's (a 組織改正 since leaves the record as it was)."""
    name = _get(turn, "department_name")
    if name:
        return name
    staff = _get(turn, "staff")
    department = _get(staff, "department") if staff is not None else None
    if department is not None:
        return _dated_name(department, day) or DEPARTMENT_LABEL
    item = _get(turn, "agenda_item")
    case = _get(item, "case") if item is not None else None
    department = _get(case, "department") if case is not None else None
    if department is not None:
        return _dated_name(department, day, case) or DEPARTMENT_LABEL
    return DEPARTMENT_LABEL


def _dated_name(department, day, record=None):
    if isinstance(department, dict) or day is None:
        return _get(department, "name")
    return department.name_for(record, day) if record is not None else department.name_on(day)


def speaker_label(turn, policy, letters, day=None) -> str:
    """The label a published turn carries under `policy` ("real", "role" or "letter"); `day`, the meeting's,
    names a department speaker's department as it was then."""
    recorded = (_get(turn, "speaker_label") or "").strip()
    if policy == REAL:
        return recorded or OTHER_LABEL
    role = _get(turn, "role")
    if role == "chair":
        return CHAIR_LABEL
    if role == "member":
        if _compact(recorded).startswith(ALL_MEMBERS_LABEL):
            return ALL_MEMBERS_LABEL
        if policy == LETTER:
            letter = (letters or {}).get(speaker_key(turn))
            if letter:
                return f"{letter}{MEMBER_LABEL}"
        return MEMBER_LABEL
    if role == "secretariat":
        return SECRETARIAT_LABEL
    if role == "department":
        return department_name(turn, day)
    return OTHER_LABEL


def name_in_label(label: str) -> str | None:
    """「酒井会長」 → 「酒井」: the name part of a recorded 'name + role word' label, if there is one."""
    label = _compact(label)
    for word in ROLE_WORDS:
        if label.endswith(word) and len(label) > len(word):
            name = label[: -len(word)]
            if not _ANONYMOUS.match(label):
                return name
    return None


# Staff titles that follow a surname in running text (「北村課長」): the name goes, the title stays.
TITLE_WORDS = ("課長補佐", "副課長", "課長", "部長", "次長", "室長", "所長", "局長", "主幹", "主査", "主事", "主任",
               "係長", "参事")
HONORIFICS = ("さん", "氏", "様", "君")


def name_replacements(name: str, label: str, letter: str | None = None) -> dict[str, str]:
    """{how a person's name appears in running text: what replaces it}.

    The full name (with an honorific too) becomes the person's label; a surname before a role or title word
    loses the name and keeps the word (「青木委員」→「委員」, or 「A委員」 where the member has a letter;
    「北村課長」→「課長」); a speaker introducing themselves (「青木です。」) becomes the label (「会長です。」).
    A surname alone is left: as a word it is too common to replace safely. The Redactor matches each however
    it is spaced or in whichever width it is typed.
    """
    name = (name or "").strip()
    if not name:
        return {}
    out = {}
    parts = _SPACES.split(name)
    stems = {name, _compact(name)} | ({parts[0]} if len(parts) > 1 and parts[0] else set())
    for stem in stems:
        for word in ROLE_WORDS + TITLE_WORDS:
            out[stem + word] = f"{letter}{word}" if letter and word == MEMBER_LABEL else word
        for word in HONORIFICS:
            out[stem + word] = label
        for word in SELF_INTRODUCTIONS:
            out[stem + word] = label + word
    for full in {name, _compact(name)}:
        out[full] = label
    return {k: v for k, v in out.items() if len(k) >= 2}


def name_variants(name: str) -> set[str]:
    """Ways a name appears in running text (see name_replacements)."""
    return set(name_replacements(name, ""))


def _katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


# A surname followed by one of these is the speaker introducing themselves (「北野です。」).
SELF_INTRODUCTIONS = ("と申します", "でございます", "です")
# A self-introduction starts a word: 「関東です」 does not introduce 東.
_STARTS_A_WORD = r"(?<![\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc\uff66-\uff9f])"
# A one-character surname is a common word too (東, 森, 原): 「駅の東です」 and 「事務局の東です」 say where or
# whose, and only a clause that starts with it (「東です。」, 「はい、東です」) is a speaker introducing themselves.
# Before a role word or an honorific (「東委員」「東さん」) it is a name wherever it stands.
_STARTS_A_CLAUSE = r"(?<![^\s\u3000。、，,．.！!？?「」『』（）()])"


def _self_introduction_guard(key: str) -> str:
    """The lookbehind a self-introduction key (name + 「です」…) needs: a clause start for a one-character
    name, a word start for a longer one; "" for any other key."""
    suffix = next((word for word in SELF_INTRODUCTIONS if key.endswith(word)), None)
    if suffix is None:
        return ""
    return _STARTS_A_CLAUSE if len(key) - len(suffix) == 1 else _STARTS_A_WORD


class Redactor:
    """Replaces the names of a meeting's people inside turn texts with the labels the policy gives them, however
    a name is spaced (「井上　美咲」 with the IME's 全角 space, 「井上 美咲」, 「井上美咲」) or in whichever width."""

    def __init__(self, replacements: dict[str, str]):
        self._table = {}
        for key, value in replacements.items():
            if key and key != value:
                self._table.setdefault(compact(key), value)
        keys = sorted(self._table, key=len, reverse=True)
        alternatives = [_self_introduction_guard(key) + loose_pattern(key) for key in keys]
        self._pattern = re.compile("|".join(alternatives)) if alternatives else None

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._table[compact(m.group(0))], text)


def redactor_for(policy, turns, letters, people=(), day=None) -> Redactor:
    """A Redactor for a meeting: `people` are (name, label) pairs from attendance; `turns` add recorded names.
    `day`, the meeting's: a department speaker's name becomes the department's name of that day, as the turn's
    own label does (speaker_label), not the name a 組織改正 gave it since.

    Under the real-name policy nothing is replaced.
    """
    if policy == REAL:
        return Redactor({})
    replacements: dict[str, str] = {}

    def add(name, label, letter=None):
        for text, replacement in name_replacements(name, label, letter).items():
            replacements.setdefault(text, replacement)

    for turn in turns:
        label = speaker_label(turn, policy, letters, day)
        letter = (letters or {}).get(speaker_key(turn)) if policy == LETTER and _get(turn, "role") == "member" else None
        person = _get(turn, "person")
        if person is not None:
            add(_get(person, "name"), label, letter)
            # The reading too, as speech is often transcribed (「イノウエ委員」).
            kana = _get(person, "name_kana") or ""
            for reading in {kana, _katakana(kana)} - {""}:
                add(reading, label, letter)
        staff = _get(turn, "staff")
        if staff is not None:
            add(_get(staff, "name"), label)
        recorded_name = name_in_label(_get(turn, "speaker_label") or "")
        if recorded_name:
            for word in ROLE_WORDS + TITLE_WORDS:
                replacements.setdefault(
                    recorded_name + word, f"{letter}{word}" if letter and word == MEMBER_LABEL else word)
    for name, label in people:
        add(name, label)
    return Redactor(replacements)
