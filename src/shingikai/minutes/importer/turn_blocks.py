"""Reading a block of the proceedings with the speaker labels the secretariat names on the review page
(「原文の 40 行目から 900 行目を発言として読み直す」, 話者ラベル: 会長 / 事務局 / 委員).

The whole-text reader must guess which words at a line's start are a speaker's label; here the secretariat has
said which words are, so a label is found wherever one of them stands as a label, and the block is cut there
into turns. A label stands as a speaker's label

- at a line's start, after a mark (○ ◯ 〇 ● ◎ ■ ◆ ・ • - ＊ …) or not, in brackets (【会長】 (会長) <会長> 〈会長〉 ［会長］)
  or not, followed by the line's end (the speech on the next lines), a colon, a space, its closing bracket, or
  directly the speech where a mark or a bracket set the label off (○会長ただいまから…);
- inside a line (a text flattened onto one line) where a mark, a bracket or a run of two or more spaces sets it off
  (…ました。 ○委員 …, … (会 長) …).

A label given as 「会長」 also finds 「会 長」 and 「会　長」 (letter spacing). A label ending in a role word (委員, 会長, 課長 …)
also finds a name written before it (○田中委員, 田中委員：): the speaker is then the whole 田中委員, as written. 「」 quote
speech and are no brackets of a label.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .conventions import ROLE_SUFFIXES, letter_spaced
from .speakers import compact

# The secretariat's list: one label a line, or several separated by 、 or a comma.
_LIST_SEPARATORS = re.compile(r"[\n、,，]")
# ○会長, 【会長】, 会長：, typed as they stand in the text: the label is the words inside (事務局(齊藤) keeps its name).
_LABEL_DRESS = re.compile(r"^[\s○◯〇●◎■◆◇□・•\-－*＊]+|[\s:：]+$")
_LABEL_BRACKETS = re.compile(r"^[【\[［(（<＜〈《〔](?P<inside>[^【】\[\]［］()（）<>＜＞〈〉《》〔〕]+)[】\]］)）>＞〉》〕]$")

_SP = "[ \t]"   # after NFKC, the ideographic space is a space
_SPACING = f"{_SP}*"   # 会長 finds 会 長
_MARKS = "○◯〇●◎■◆◇□・•\\-*▲△▼▽◦"
_BRACKETS = {"【": "】", "(": ")", "<": ">", "〈": "〉", "[": "]", "《": "》", "〔": "〕"}
# A name before a role word: kanji first (ただいまから委員 is a sentence, not a name), then kanji or kana; or the letter
# that stands for a member in an anonymised record (A委員).
_NAME = r"[一-龥々〆ヶ][一-龥々〆ヶァ-ヶーぁ-ゖ]{0,5}|[A-Za-z]{1,2}"
_ROLE_END = re.compile(rf"(?:{ROLE_SUFFIXES})$")
# 出席委員, 各委員, 全委員: words before a role that make no person of it.
_NOT_NAMES = frozenset({"出席", "欠席", "各", "全", "同", "当該", "所管"})
# ○委員会の…, ○会長代理, ○課長補佐: a label's letters going on into a longer word are no label, even after a mark.
_LONGER_WORD = frozenset("会長補代職室局部課")
# ・委員から意見があった, ○会長の挨拶: a particle after the label makes it the subject of a sentence, not a speaker.
# (○事務局(説明・省略) is a turn: a note on what was said follows the mark's label.)
_PARTICLES = frozenset("かのはがをにもとへで」』")

# 委員・・・・・, 会長……, 事務局――: a leader between the label and the speech.
_LEADER = re.compile(rf"{_SP}*(?:[・·･…‥.]{{2,}}|[―─—-]{{2,}}){_SP}*")
# 事務局(南田), 会長（北野）: the speaker's name in brackets after the label, part of it; a longer note is an
# affiliation in a roster (内薗委員(北野県立大学学長)).
_NAME_NOTE = rf"\({_SP}*[一-龥々〆ヶァ-ヶーぁ-ゖA-Za-z]{{1,5}}{_SP}*\)"
# What follows a label on a roster's line: only more names with their roles.
# 田 中 敦 朗 委員長    日 隈   忍 副委員長: names letter-spaced to a table's columns too.
_SPACED_NAME = r"[一-龥々〆ヶァ-ヶーぁ-ゖ](?:[ \t]*[一-龥々〆ヶァ-ヶーぁ-ゖ]){0,5}"
# Longer than this, what follows a label is a text flattened onto one line, not a roster's line: each label in it is
# not checked against all the rest of the text (which took the number of labels times the text's length).
_ROSTER_LINE = 1000
# Each name with its role is taken once (atomic), up to a space: 委員 委員 委員 … 欠席 is no roster in linear time
# instead of trying every way of reading 委員 as a name or a role.
_ROSTER_REST = re.compile(rf"(?:{_SP}++(?>(?:{_SPACED_NAME}{_SP}*)?(?:{ROLE_SUFFIXES})(?=[ \t]|$)))+{_SP}*")

MAX_LABELS = 50
MAX_LABEL_LENGTH = 30


class Turn(NamedTuple):
    speaker: str
    text: str


def labels_from_text(value: str) -> list[str]:
    """The secretariat's labels as typed (one a line, or separated by 、/,), marks and brackets around each taken off;
    empty entries dropped, the same label kept once."""
    out = {}
    for entry in _LIST_SEPARATORS.split(value or ""):
        label = _LABEL_DRESS.sub("", entry.strip())
        bracketed = _LABEL_BRACKETS.match(label)
        label = bracketed.group("inside").strip() if bracketed else label
        if label:
            out.setdefault(compact(label), label)   # 会長 and 会 長 are one label
    return list(out.values())


def _normalized(text: str) -> tuple[str, list[int]]:
    """The text NFKC'd a character at a time, with each normalized character's offset in the text: labels are
    compared NFKC'd, the turns' text is cut from the text as written."""
    out, at = [], []
    for i, c in enumerate(text):
        n = c if c.isascii() else unicodedata.normalize("NFKC", c)
        out.append(n)
        at.extend([i] * len(n))
    at.append(len(text))
    return "".join(out), at


def label_pattern(labels: list[str]) -> re.Pattern[str]:
    """The pattern of the given labels standing as speaker labels (see the module); what follows the label is
    checked by `_stands`."""
    alternatives = []
    for label in sorted({compact(label) for label in labels if compact(label)}, key=len, reverse=True):
        alternatives.append((letter_spaced(label, _SPACING), bool(_ROLE_END.search(label))))
    named = "|".join(a for a, role in alternatives if role) or "(?!)"
    bare = "|".join(a for a, role in alternatives if not role) or "(?!)"
    opening = re.escape("".join(_BRACKETS))
    # A run of spaces is taken whole and only from its start (possessive, after no space): a line padded with
    # spaces, as text taken from a PDF's layout often is, is then read in linear time, not in its length squared.
    return re.compile(
        rf"(?P<lead>^{_SP}*+|(?<![ \t]){_SP}{{2,}}+|)(?P<mark>[{_MARKS}]{_SP}*+)?(?P<open>[{opening}]{_SP}*+)?"
        rf"(?:(?P<name>{_NAME})?(?P<role>{named})|(?P<bare>{bare}))(?P<note>{_NAME_NOTE})?", re.MULTILINE)


def _stands(m: re.Match, s: str) -> int | None:
    """Where the speech after a found label starts, or None when the words found stand as no label there."""
    at = m.end()
    rest = s[at:at + 40]
    before = s[m.start() - 1] if m.start() else "\n"
    lead_ok = m.group("lead") != "" or before == "\n" or before in " \t。" and (
        rest[:1] == ":" or rest[:2] in ("  ", " \t", "\t\t", "\t "))
    if not (lead_ok or m.group("mark") or m.group("open")):
        # Inside a sentence: 本日の会長は…. (…について 事務局:皆さん… is set off by its colon, … 事務局  それでは by
        # the gap after it.)
        return None
    if m.group("name") and (m.group("name") in _NOT_NAMES or not m.group("role")):
        return None
    spaces = len(rest) - len(rest.lstrip(" \t"))
    if rest[spaces:spaces + 1] in ("|", "｜"):
        return None   # 伊奈川参事官 | 木下参事官 |: a table's cell
    line = s[at:at + _ROSTER_LINE + 1].split("\n", 1)[0]
    if not (m.group("mark") or m.group("open")) and rest[:1] in (" ", "\t") and len(line) <= _ROSTER_LINE \
            and _ROSTER_REST.fullmatch(line):
        return None   # 大畠委員 橘委員 谷口委員: a roster's line of names, each with its role
    if m.group("open"):
        close = _BRACKETS[m.group("open").strip()]
        if rest[spaces:spaces + 1] != close:
            return None   # (会長の説明) is a note, not a label
        if not m.group("mark") and (before.isalnum() or rest[spaces + 1:spaces + 2] in ("、", ",")):
            return None   # 酒井 隆明(会長)、: a note on the name before it
        return at + spaces + 1
    leader = _LEADER.match(rest)
    if leader:
        return at + leader.end()   # 嶋田委員・・・では開会します。: a leader sets the label off
    following = rest[:1]
    if following in ("", "\n", ":", " ", "\t"):
        return at + spaces + (1 if rest[spaces:spaces + 1] == ":" else 0)
    if m.group("mark") and following not in _LONGER_WORD | _PARTICLES:
        return at   # ○会長ただいまから…: the mark set the label off
    return None


def _label_span(m: re.Match) -> tuple[int, int]:
    """Where the label with its name is in the normalized text."""
    first = "name" if m.group("name") else "role" if m.group("role") else "bare"
    return m.start(first), m.end("note" if m.group("note") else "role" if m.group("role") else "bare")


def _labels_found(s: str, labels: list[str]):
    """(start of the label with what set it off, start of its speech, the label's span) of each label standing
    in s."""
    pattern = label_pattern(labels)
    pos = 0
    while True:
        m = pattern.search(s, pos)
        if m is None:
            return
        speech = _stands(m, s)
        if speech is None:
            pos = m.start() + 1
            continue
        yield m.start(), speech, _label_span(m)
        pos = max(speech, m.end(), m.start() + 1)


def first_label_line(lines: list[str], labels: list[str]) -> int | None:
    """The 0-based line on which one of the labels first stands as a label, or None."""
    s, _at = _normalized("\n".join(lines))
    first = next(_labels_found(s, labels), None)
    return None if first is None else s.count("\n", 0, first[1])


def turns_from_lines(lines: list[str], labels: list[str]) -> list[Turn]:
    """The turns of a proceedings block cut at the given labels (see the module); the text before the first
    label is no turn, and a label with no words after it before the next makes none."""
    text = "\n".join(lines)
    s, at = _normalized(text)
    found = list(_labels_found(s, labels))
    turns = []
    for k, (_start, speech, (label_start, label_end)) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(s)
        words = text[at[speech]:at[end]].strip(" \t\u3000\n:：")
        if words:
            # The speaker as the importer writes a label: as written, without its letter spacing.
            turns.append(Turn("".join(text[at[label_start]:at[label_end]].split()), words))
    return turns


def split_turn_text(text: str, words: str) -> tuple[str, str, str] | None:
    """The turn's text before the first occurrence of words after its first letter (compared NFKC'd, spaces
    ignored), the words as written there, and the text after them; None when the words do not occur there."""
    key = compact(words)
    if not key:
        return None
    s, at = _normalized(text)
    m = re.compile(letter_spaced(key, _SPACING)).search(s, 1)
    if m is None:
        return None
    before = text[:at[m.start()]].rstrip(" \t\u3000\n")
    return (before, text[at[m.start()]:at[m.end()]], text[at[m.end()]:]) if before else None
