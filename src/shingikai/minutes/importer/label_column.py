"""A form's label column printed one character a line, and the cells it pushed out of place.

A 会議録 form laid out as a table keeps its labels in a narrow left column (日 / 時, 場 / 所, 議 / 事); the PDF's
extraction reads that column one character a line and interleaves it with the cells beside it:

    出席委員 / 会議録 / 北野一郎、南田健、東山 / 欠席委員 / 花子 / 西川 守 …
    議 / (開会) / (北山課長) / 事 / 19:00 / 本日は …

The cleaning already closes up a label whose characters come on consecutive lines (日 / 時). What is left:
- the form's title word (会議録) read between a roster label and its names: it is the page's title, set above the label;
- the last given name of a roster row pushed past the next row's label (…、東山 / 欠席委員 / 花子): it goes back to the
  surname it was cut from, when the row's other names are whole and the line under the label is that one short word;
- the two characters of a label (議 … 事) each alone on a line around the cells they frame, with the clock the form
  stamps beside them: they are dropped, so that the bracketed speaker label (北山課長) opens the speech under it.
"""
from __future__ import annotations

import re

_ROSTER_LABEL = re.compile(r"^(?:出席|欠席)(?:委員|者|議員)(?:氏名)?$")
_FIRST_ROW = re.compile(r"^(?:開催)?(?:日時|日[ \u3000]+時|期日|年月日|開催日)")
_TITLE_WORD = re.compile(r"^(?:会議録|議事録|会議要旨|議事要旨)$")
# One name's part alone: a surname cut from its given name (東山) or the given name alone (花子).
# なし under 欠席委員 says the row is empty.
_NAME_PART = re.compile(r"^(?!なし$|無し$)(?:[一-龥々ヶ]{1,2}|[ぁ-んァ-ヶー]{2,3})$")
_COUNT = re.compile(r"[(（][ \u3000]*[0-9０-９]+[ \u3000]*名[)）]")
# The labels a form's column spells one character a line around its cells.
_SPLIT_LABELS = ("議事", "議題", "内容", "発言")
_CLOCK = re.compile(r"^[0-9０-９]{1,2}[:：][0-9０-９]{2}$")
_REACH = 4


def _names(line: str) -> list[str]:
    return [n.strip(" \u3000") for n in _COUNT.sub("、", line).split("、") if n.strip(" \u3000")]


def _title_word_above_label(lines: list[str]) -> list[str]:
    out = list(lines)
    for i in range(1, len(out) - 1):
        if _TITLE_WORD.match(out[i].strip()) and _ROSTER_LABEL.match(out[i - 1].strip()) and "、" in out[i + 1]:
            # Set with the title, over the form's first row: between the rows it would read as the heading that opens
            # the proceedings.
            first_row = next((k for k in range(i) if _FIRST_ROW.match(out[k].strip())), None)
            word = out.pop(i)
            if first_row is not None:
                out.insert(first_row, word)
    return out


def _given_name_returned(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i + 3 < len(out):
        top = i
        while top > 0 and "、" in out[top - 1] and not _ROSTER_LABEL.match(out[top - 1].strip()):
            top -= 1
        # The row's names over all its lines: a row wraps, its count (11名) printed at the start of a wrapped line.
        names = [n for k in range(top, i + 1) for n in _names(out[k])] if "、" in out[i] else []
        label, part, after = out[i + 1].strip(), out[i + 2].strip(" \u3000"), out[i + 3]
        whole = [n for n in names[:-1] if len(n.replace(" ", "").replace("\u3000", "")) >= 3]
        if (len(names) >= 3 and len(whole) == len(names) - 1 and _ROSTER_LABEL.match(label)
                and re.fullmatch(r"[一-龥々ヶ]{1,2}", names[-1]) and _NAME_PART.match(part) and "、" in after):
            out[i] = out[i].rstrip(" \u3000") + part
            del out[i + 2]
        i += 1
    return out


def _split_label_dropped(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(out):
        first = out[i].strip()
        second = next((j for j in range(i + 2, min(len(out), i + 2 + _REACH))
                       if len(out[j].strip()) == 1 and first + out[j].strip() in _SPLIT_LABELS), None)
        between = out[i + 1:second] if second is not None else []
        if (len(first) == 1 and second is not None
                and all(b.strip() and (b.strip()[0] in "(（" or len(b.strip()) <= 3) for b in between)):
            clock = second + 1 < len(out) and _CLOCK.match(out[second + 1].strip())
            del out[second:second + 1 + bool(clock)]
            del out[i]
            continue
        i += 1
    return out


def label_column_closed(lines: list[str]) -> list[str]:
    """The lines with the label column's stray characters and pushed cells put back (see the module's docstring)."""
    if not any(_ROSTER_LABEL.match(line.strip()) for line in lines[:80]) and not any(
            len(line.strip()) == 1 for line in lines[:80]):
        return lines
    head, rest = lines[:80], lines[80:]
    head = _split_label_dropped(_given_name_returned(_title_word_above_label(head)))
    return head + rest
