"""Speaker labels broken by blanks that a PDF's extraction let fall inside words (○前 田会 長 そ れで は、…).

Some extractions put a blank every two or three letters through the whole text, so a label's letters and the first
words of its speech run together with blanks in the wrong places: neither the blank after the label nor the label's own
letters can be trusted. Where the text is broken so throughout, a speaker mark followed by letters that close up into a
name and an office (前田会長, 竹内電波政策課長) is read as that label, and the line is written as a clean label and its
speech (○前田会長 そ れで は、…) for the speaker readers; a mark in the middle of a line (開 ○前 田会 長 会 …) opens a
line of its own. Text whose words are whole is left alone: its labels are read as printed.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES

_MARKS = "○〇◯"
_LETTER = r"[一-龥々ぁ-んァ-ヶー]"
# A blank between two letters: in broken text about one in three letters has one.
_GAP = re.compile(rf"{_LETTER}[ \u3000](?={_LETTER})")
_LETTERS = re.compile(_LETTER)
# The letters a name and an office are made of (no kana of speech), closed up.
_NAME_LETTER = re.compile(r"[一-龥々ヶァ-ヶー]")
_ROLE_END = re.compile(rf"(?:{ROLE_SUFFIXES})")
_MAX_LABEL = 16
# The heading's second letter after the label, alone between blanks (開 ○前 田会 長 会 そ れで は).
_SPLIT_HEADING_TAIL = re.compile(r"[ \u3000]+[一-龥][ \u3000]+")


def _broken_throughout(lines: list[str]) -> bool:
    """Whether blanks fall inside the words of the text's opening everywhere, not only in a spaced heading."""
    sample, size = [], 0
    for line in lines:
        # Only the opening is looked at: the lines are joined until it is long enough, not the whole text.
        sample.append(line)
        size += len(line) + 1
        if size >= 4000:
            break
    sample = " ".join(sample)[:4000]
    if (sample.count(" ") + sample.count("\u3000")) * 6 < len(sample):
        # Whole words: too few blanks for one to fall inside every few letters.
        return False
    letters = len(_LETTERS.findall(sample))
    return letters >= 100 and len(_GAP.findall(sample)) * 5 >= letters


def _label_at(line: str, at: int) -> tuple[str, int] | None:
    """The label that closes up after the mark at ``at`` and where it ends in ``line``, or None. The label's letters
    must hold a blank (a whole label is the other readers' to take)."""
    letters, ends = [], []
    for k in range(at + 1, min(len(line), at + 1 + 2 * _MAX_LABEL)):
        c = line[k]
        if c in " \u3000":
            continue
        if not _NAME_LETTER.match(c):
            break
        letters.append(c)
        ends.append(k + 1)
        if len(letters) >= _MAX_LABEL:
            break
    m = _ROLE_END.search("".join(letters))
    if not m or m.start() < 1:
        return None
    end = ends[m.end() - 1]
    if " " not in line[at + 1:end] and "\u3000" not in line[at + 1:end]:
        return None
    return "".join(letters[:m.end()]), end


def spaced_labels_closed(lines: list[str]) -> list[str]:
    """The lines with each broken label closed up and opening a line of its own, where the whole text is broken;
    the lines unchanged otherwise."""
    if not _broken_throughout(lines) or not any(m in line for line in lines for m in _MARKS):
        return lines
    out = []
    for line in lines:
        # Each label found opens a piece: the text before the first, then every label with the words after it.
        cuts = []
        for k, c in enumerate(line):
            if c in _MARKS and (k == 0 or line[k - 1] in " \u3000") and (found := _label_at(line, k)):
                cuts.append((k, found))
        if not cuts:
            out.append(line)
            continue
        if line[:cuts[0][0]].strip():
            out.append(line[:cuts[0][0]].rstrip())
        for n, (k, (label, end)) in enumerate(cuts):
            stop = cuts[n + 1][0] if n + 1 < len(cuts) else len(line)
            out.append(f"{line[k]}{label} {line[end:stop].strip()}".rstrip())
    return out


# 平成24年11月14日於・1001会議室(10階): a cover's date and the room after 於 (a 中黒 or a colon after it), closed up.
_DATE_AT_ROOM_CLOSED = re.compile(
    r"^(?:令和|平成|昭和)[^於\n]{2,24}?日於[・:：]?(?P<p>[^、。「」:：・]{1,20}?(?:会議室|委員会室|会議所|会館|ホール|議場)"
    r"(?:[(（][^()（）]{1,10}[)）])?)"
)


def room_on_broken_cover(lines: list[str]) -> str | None:
    """The room a cover names after its date and 於, where blanks fell inside its words (平成 24 年 11 月1 4日 於・ 10 0 1会
    議室 (1 0 階)), closed up; None where the text is not broken so or its opening names no room that way."""
    if not any("於" in line for line in lines[:3]) or not _broken_throughout(lines):
        return None
    for line in lines[:3]:
        m = _DATE_AT_ROOM_CLOSED.match(re.sub(r"[ \t\u3000]+", "", line[:200])) if "於" in line else None
        if m:
            return m.group("p")
    return None


# 目 1. 開 次 会: the contents' heading, its two letters set apart by the first entry (a cover's column read across).
_CONTENTS_HEAD = re.compile(r"(?:^|[ \u3000])目(?P<between>(?:[ \u3000]+[^ \u3000…]{1,4}){0,3}?)[ \u3000]+次(?=[ \u3000])")
# …… … …1 2. 諮問: an entry's leader dots and its page number end the entry.
# Bounded, so that a long run of blanks or dots with no page after it is passed over in one look.
_LEADER_PAGE = re.compile(r"[ \u3000]{0,3}…[… \u3000]{0,160}?[0-9]{1,3}(?=[ \u3000]|$)")
# The contents stand in a record's opening: leaders are looked for this far into the line.
_CONTENTS_REACH = 8000
# (1)電波の…: a numbered sub-entry, closed up, starts a line of its own.
_SUB_ENTRY = re.compile(r"(?<=[^\n])(?=[(（][0-9０-９]{1,2}[)）])")


def contents_closed_up(lines: list[str]) -> list[str]:
    """The lines with a broken text's contents list (目 … 次, entries ending in leader dots and a page number) set one
    entry a line, closed up, under a 目次 line, where the whole text is broken; the lines unchanged otherwise."""
    if not _broken_throughout(lines):
        return lines
    for i, line in enumerate(lines[:3]):
        head = _CONTENTS_HEAD.search(line[:400]) if "目" in line[:400] else None
        pages = list(_LEADER_PAGE.finditer(line[:_CONTENTS_REACH], head.end())) if head else []
        if len(pages) < 2:
            continue
        text = line[head.end():pages[-1].end()]
        text = head.group("between") + " " + text
        entries = [re.sub(r"[ \u3000]+", "", piece) for piece in _LEADER_PAGE.split(text)]
        entries = [e for piece in entries for e in _SUB_ENTRY.sub("\n", piece).split("\n") if e]
        before = line[:head.start()].rstrip()
        after = _heading_around_label_dropped(line[pages[-1].end():].strip())
        return [*lines[:i], *([before] if before else []), "目次", *entries, "", *([after] if after else []), *lines[i + 1:]]
    return lines


def _heading_around_label_dropped(text: str) -> str:
    """開 ○前 田会 長 会 そ れで は → ○前 田会 長 そ れで は: the proceedings' first heading (開会), its letters set on either
    side of the first label, is no part of what was said and no entry of the contents above it."""
    if len(text) < 3 or text[1] not in " \u3000" or text[2] not in _MARKS or not _NAME_LETTER.match(text[0]):
        return text
    found = _label_at(text, 2)
    tail = _SPLIT_HEADING_TAIL.match(text, found[1]) if found else None
    return text[2:found[1]] + " " + text[tail.end():] if tail else text
