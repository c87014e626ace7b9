"""A form's spaced label column flattened onto one line with its values (日 場 時:… 所:…).

A two-letter label column (日時 / 場所) spaced out in the PDF, its page copied onto one line, keeps the first letters
together before the first value and each second letter before its colon: `日 場 時:令和6年5月10日 14:00 所:北山市役所`.
The letters are put back together, each field on a line of its own (日時:… / 場所:…), as split_header_labels.py does for
the column printed one letter a line. Only letters that make field labels the header knows, as many first letters as
second ones, are read so.
"""
from __future__ import annotations

import re

_LABELS = frozenset({"日時", "場所", "議題", "会場", "日程", "時間", "案件", "次第"})
_FIRSTS = re.compile(r"(?:^|(?<=[ \u3000]))(?P<f>(?:[一-龥][ \u3000]+){2,4})(?=[一-龥][:：])")
_SECOND = re.compile(r"[ \u3000]+(?=[一-龥][:：])")
_NEXT_FIELD = re.compile(r"[ \u3000]+(?=[一-龥]{2,5}[:：])")


def _parted(line: str) -> list[str] | None:
    m = _FIRSTS.search(line)
    if m is None:
        return None
    firsts = m.group("f").split()
    rest = line[m.end():]
    # Each second letter opens a value that runs to the next letter and colon; the last value runs to the line's end.
    cuts = [0] + [c.end() for c in _SECOND.finditer(rest)][:len(firsts) - 1]
    if len(cuts) < len(firsts):
        return None
    values = [rest[a:b].rstrip(" \u3000") for a, b in zip(cuts, cuts[1:] + [len(rest)])]
    labels = [f + v[0] for f, v in zip(firsts, values)]
    if any(label not in _LABELS for label in labels):
        return None
    head = line[:m.start()].rstrip(" \u3000")
    # 所:北山市役所 事務局:北山市総務課: a field of the form's own after the last value goes on a line of its own.
    nxt = _NEXT_FIELD.search(values[-1])
    tail = values[-1][nxt.end():] if nxt else ""
    values[-1] = values[-1][:nxt.start()] if nxt else values[-1]
    return ([head] if head else []) + [f + v for f, v in zip(firsts, values)] + ([tail] if tail else [])


def inline_split_labels_joined(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        parted = _parted(line) if ":" in line or "：" in line else None
        out.extend(parted if parted else [line])
    return out
