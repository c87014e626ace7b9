"""A list printed beside the header: a town assembly's first page sets its header (〇招集年月日 / 令和６年５月１３日,
〇招集の場所 / 北山町議事堂, 〇出席議員 …) in the left column and the officials present (町長, 課長 …, each office
and name spaced out to the column's width: 総 務 課 長 北 野 一 郎) in the right one. PDF-to-text runs each header line
on into the entry beside it, so the place reads 北山町議事堂 財 政 課 長 南 田 健 二 and the label 〇招 集 の 場 所 総 務
課 長 … holds a value that is an official.

Where five lines or more of the document's opening end in such a spaced-out entry (six letters or more, one blank
between each), the entries beside a date or place field's label and its value are left out: the field reads its own
value. Only those two fields, whose values never end in a spaced-out office and name, are parted; the list's other
lines stay, and a roster's line (〃 ４番 北 野 一 郎 …), whose spaced-out name runs on into the entry beside it, is left
as printed. One pass over the opening's lines.
"""
import re

from .header import _FIELD_LABELS

# The opening a header set beside a list fills: the first page.
_OPENING = 60
_SPACED_TAIL = re.compile(r"(?:^|[ \u3000])((?:[^\s][ \u3000]){5,}[^\s])[ \u3000\r]*$")
_SITTING_LABELS = sorted({label for label, field in _FIELD_LABELS if field in ("date", "place")}, key=len, reverse=True)
_MARK = "〇○◯◎●"
# The field's value beside an entry: one run of letters (令和６年５月１３日（月曜日）, 北山町議事堂), never spaced out.
_VALUE = re.compile(r"^[ \u3000]*[^\s]{3,}$")


def _label_line(line: str) -> str | None:
    """The spaced-out date or place label that opens ``line`` (〇招 集 の 場 所 …), as printed; ``None`` where none does."""
    stripped = line.lstrip()
    if not stripped or stripped[0] not in _MARK:
        return None
    letters = stripped[1:]
    joined = re.sub(r"[ \u3000]", "", letters)
    for label in _SITTING_LABELS:
        if joined.startswith(label):
            at = 0
            for letter in label:
                at = letters.index(letter, at) + 1
            return stripped[0] + letters[:at]
    return None


def beside_list_apart(lines: list[str]) -> list[str] | None:
    """``lines`` without the entries of a list printed beside the header's date and place; ``None`` where the opening
    has no such list."""
    tails = [_SPACED_TAIL.search(line) for line in lines[:_OPENING]]
    if sum(1 for m in tails if m is not None) < 5:
        return None
    out = list(lines)
    changed = False
    for i, m in enumerate(tails):
        label = _label_line(lines[i])
        if m is None or label is None or i + 1 >= len(lines):
            continue
        # The entries beside the label and its value are left out: under the value they would read as its next line
        # (a place under a date), and no field reads the officials present.
        if not lines[i].lstrip()[len(label):].strip():
            continue
        out[i] = label
        below = tails[i + 1] if i + 1 < len(tails) else None
        if below is not None and _VALUE.match(lines[i + 1][:below.start()]):
            out[i + 1] = lines[i + 1][:below.start()]
        changed = True
    return out if changed else None


def beside_list_apart_text(text: str) -> str | None:
    """``text`` without the entries of a list printed beside its header's date and place; ``None`` where it has no
    such list. Only the opening is split into lines (a text run onto one line may be megabytes)."""
    head = text.split("\n", _OPENING)
    rest = head.pop() if len(head) > _OPENING else None
    apart = beside_list_apart(head)
    if apart is None:
        return None
    return "\n".join(apart if rest is None else [*apart, rest])
