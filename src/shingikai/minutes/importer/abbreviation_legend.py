"""Statements opened by an abbreviated label the record defines once (委):委員 市):事務局, then 委)… / 市)…).

A summary short of space may shorten each side's label to a letter or two closed by a bracket, and say once, on a line
of its own, what each shortening stands for. Read so, every line after that legend which opens with a defined
shortening is a statement of that label; it is written as a colon label (委:…) for the speaker readers, the label kept
as printed. Shortenings the legend does not define are left alone, so a numbered 1)… list is never read as speech.
"""
from __future__ import annotations

import re

# 委):委員, (市):事務局: a short word (one to three letters), a closing bracket, a colon, the side it stands for.
_ENTRY = r"[(（]?[一-龥ァ-ヶー]{1,3}[)）][ \t\u3000]*[:：][ \t\u3000]*[一-龥ァ-ヶー]{1,10}"
# The legend alone on its line, two or more entries apart by blanks or commas.
_LEGEND = re.compile(rf"^[ \t\u3000]*{_ENTRY}(?:[ \t\u3000、,，]+{_ENTRY})+[ \t\u3000]*$")
_LEGEND_ENTRY = re.compile(r"(?P<open>[(（]?)(?P<a>[一-龥ァ-ヶー]{1,3})[)）][ \t\u3000]*[:：]")


def legend_abbreviations_named(lines: list[str]) -> list[str]:
    """The lines with each statement after an abbreviation legend that opens with a defined shortening written as a
    colon label (委)… → 委:…); the lines unchanged where no legend is found."""
    at = next((i for i, line in enumerate(lines) if len(line) <= 80 and (")" in line or "）" in line)
               and _LEGEND.match(line)), None)
    if at is None:
        return lines
    shapes = {}
    for m in _LEGEND_ENTRY.finditer(lines[at]):
        shapes[m.group("a")] = m.group("open")
    out = lines[:at + 1]
    for line in lines[at + 1:]:
        text = line.lstrip(" \t\u3000")
        pad = line[:len(line) - len(text)]
        hit = None
        for short, opened in shapes.items():
            head = (("(", "（") if opened else ("",))
            for o in head:
                for c in (")", "）"):
                    if text.startswith(f"{o}{short}{c}") and len(text) > len(o) + len(short) + 1:
                        hit = (short, len(o) + len(short) + 1)
        rest = text[hit[1]:].lstrip(" \t\u3000") if hit else ""
        # 委):… alone is the legend's shape again, not a statement; a statement has words after its label.
        out.append(f"{pad}{hit[0]}:{rest}" if hit and rest and rest[0] not in ":：" else line)
    return out
