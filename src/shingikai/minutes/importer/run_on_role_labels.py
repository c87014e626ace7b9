"""Unmarked role labels that a flattened record runs on inside its one long line, and a letter-spaced role alone.

A page whose line breaks were lost keeps its statements' labels only as words between blanks: …7.会議の概要
事務局(南田) ただ今から総会を開会いたします。 会 長(北野) 本日は、… A role followed by who holds it in brackets
(事務局(南田), 会長(北野一), 事務局(西川総務課長)) is a speaker's label wherever it stands between a blank and a
sentence: a sentence's own words do not put a name in brackets after a bare role. A role whose letters are set apart
to fill a column (会 長, 議 長, 司 会) is a label too, the letters being no word of a sentence; it is closed up (会長)
so that the speaker readers take it as written unspaced.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# The roles that label a statement on their own; letter-spaced, a single blank (or a few) between letters.
_ROLES = ("副委員長", "委員長", "副会長", "部会長", "会長", "副議長", "議長", "座長", "司会", "事務局", "委員")


def _spaced(word: str) -> str:
    return "[ \u3000]{0,3}".join(word)


# The letters a role opens with: a line that opens otherwise is not matched.
SPACED_ROLE_FIRST = frozenset(w[0] for w in _ROLES)
_ROLE = "(?:" + "|".join(_spaced(w) for w in _ROLES) + ")"
# Who holds the role: a surname or a name (南田, 北野一), or a name and a post (西川総務課長): letters, no sentence.
_HOLDER = r"[(（](?P<who>[一-龥々ヶ]{1,14})[)）]"
# A bracketed holder after the role, then a blank; or a letter-spaced role (at least one blank inside) then a blank.
_RUN_ON = re.compile(
    rf"(?<=\S)[ \u3000]+(?P<label>{_ROLE}{_HOLDER})[ \u3000]+(?=\S)"
    rf"|(?<=\S)[ \u3000]+(?P<spaced>{_ROLE})[ \u3000]+(?=[^\s0-9０-９(（])"
    # …判断が難しい。 (事務局) ・そういったことについては…: a bracketed label after a sentence's end.
    r"|(?<=。)[ \u3000]+(?P<paren>[(（](?P<inner>[^()（）\s]{1,12})[)）])[ \u3000]*(?=[^\s(（])"
)
# What a statement's first words look like: a sentence closed within the window, no roster's honoured name.
_WINDOW = 80
_SENTENCE = re.compile(r"^[^。]{2,}?。")
_ROSTER_WORD = re.compile(r"君|様|[0-9０-９]+番")
# (仮称), (案): a bracket after a role that names no one.
_NOT_HOLDER = re.compile(r"仮称|案|説明|報告|資料|挨拶|あいさつ|出席|欠席")
# The flattened record is long; a short line is a heading or a table's row.
_FLATTENED = 200
_SPEAKER_COLUMN = re.compile(r"発[ \u3000]?言[ \u3000]?者[ \u3000]*$")
# A bracketed holder marks the label in a shorter run-on too (a step's heading, the label, the first sentence).
_RUN_ON_LINE = 40


_OPENING_PAREN = re.compile(r"[ \u3000]*[(（](?P<inner>[^()（）\s]{1,12})[)）]")


def _said_or_bullet(text: str) -> bool:
    # (事務局) ・そういったことについては…: a summary's bullet opens what was said, the extract may end before its full stop.
    return _said(text) or text[:1] in "・･•" and len(text) >= 8


def _said(text: str) -> bool:
    m = _SENTENCE.match(text[:_WINDOW])
    return m is not None and not _ROSTER_WORD.search(m.group(0))


def role_labels_apart(line: str, speaker: Callable[[str], bool]) -> list[str] | None:
    """``line`` cut before each run-on role label, the letter-spaced roles closed up; None where there is none.
    ``speaker``: whether a bracketed word after a sentence names a speaker (speakers.strict_role)."""
    if len(line) < _RUN_ON_LINE:
        return None
    pieces, last = [], 0
    opening = _OPENING_PAREN.match(line)
    # Only in a remark that itself opens with a bracketed label: a flattened page's whole record, bracketed labels
    # and all, is read by labels_found_in_text.
    paren_labels = opening is not None and speaker(opening.group("inner"))
    for m in _RUN_ON.finditer(line):
        if m.group("paren") is not None:
            if not paren_labels or not speaker(m.group("inner")) or not _said_or_bullet(line[m.end():]):
                continue
            pieces.append(line[last:m.start()])
            pieces.append(m.group("paren") + " ")
            last = m.end()
            continue
        label = m.group("label") or m.group("spaced")
        if m.group("spaced") is not None and (len(line) < _FLATTENED or " " not in label and "\u3000" not in label):
            continue
        if m.group("who") is not None and _NOT_HOLDER.search(m.group("who")):
            continue
        if not _said(line[m.end():]) or _SPEAKER_COLUMN.search(line, max(0, m.start() - 8), m.start() + 1):
            # 発言者 事務局(南田) 発言の要旨 …: a table's speaker column read across, which speaker_rows_in_line reads.
            continue
        pieces.append(line[last:m.start()])
        pieces.append("".join(label.split()) + " ")
        last = m.end()
    if not pieces:
        return None
    pieces.append(line[last:])
    # Each label goes with the speech after it.
    out = [pieces[0]] + [pieces[k] + pieces[k + 1] for k in range(1, len(pieces) - 1, 2)]
    return [p for p in out if p.strip(" \u3000")]


# 司  会    それでは時間となりましたので、…: a role spaced out over its column at the start of a line, over a sentence.
_SPACED_AT_START = re.compile(rf"^(?P<label>{_ROLE})[ \u3000]+(?=[^\s0-9０-９(（])")


def spaced_role_closed(line: str) -> str:
    """``line`` with a letter-spaced role that opens it closed up (司会), where a sentence follows it."""
    m = _SPACED_AT_START.match(line)
    if m is None:
        return line
    label = m.group("label")
    if (" " not in label and "\u3000" not in label) or not _said(line[m.end():]):
        return line
    return "".join(label.split()) + line[m.end("label"):]


# 事務局(南田), 会長(北野一): the role and who holds it, as an unmarked label prints it.
_HELD_ROLE = re.compile(rf"(?:{'|'.join(_ROLES)}){_HOLDER}")
# 会長 / 司会 over the sitting's first words: who opens it, named by the role alone.
_OPENER = re.compile(r"会長|部会長|委員長|議長|座長|司会|司会者|事務局")
_OPENS_SITTING = re.compile(
    r"^(?:それでは|では)?[、,]?(?:定刻|ただいま|ただ今|只今|時間)[^。]{0,60}?(?:開会|開催|開き|はじめ|始め)"
)


def label_once(label: str, text: str) -> bool:
    """Whether an unmarked label met once over ``text`` is one (a single statement is the house style):
    a role with its holder in brackets, or the opener's bare role over the sitting's opening words."""
    if _HELD_ROLE.fullmatch(label):
        return not _NOT_HOLDER.search(label)
    return _OPENER.fullmatch(label) is not None and _OPENS_SITTING.search(text) is not None
