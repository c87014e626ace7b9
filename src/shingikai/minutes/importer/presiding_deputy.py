"""The deputy who presides: ○北野一郎副委員長 ただいまから、…委員会を開会いたします。

Where the 委員長 (議長, 会長) is away, the deputy takes the chair for the sitting. The record says so only by who
speaks: the first turn is the deputy's, and it declares the sitting open; no label of the chair's own office speaks
anywhere. The deputy is then the chair. A deputy who speaks later, or a first turn that does not open the sitting,
says nothing of who presided.
"""
from __future__ import annotations

import re

_DEPUTY = re.compile(r"(?P<n>[^\s()（）\[\]【】]{2,10}?)副(?P<r>議長|委員長|会長)")
# ただいまから本日の会議を開きます, これより…委員会を開会いたします: the words that open a sitting.
_OPENS = re.compile(r"(?:ただ今|ただいま|只今|これ)(?:から|より)[^。]{0,40}?(?:開会|開議|を開きます|を開き)")


def deputy_presiding(labels: dict, lines: list[str], members: list[str]) -> str | None:
    """The deputy whose turn opens the sitting where no label of the chair's office speaks; None otherwise.

    ``labels``: the body's labels by line (LabelMatch). ``members``: those present, as read; a deputy they do not
    list is no claim (an empty roster, a record that only counts those present, claims nothing against it)."""
    if not labels:
        return None
    first = min(labels)
    deputy = _DEPUTY.fullmatch(labels[first].label)
    if deputy is None:
        return None
    speech = labels[first].text or next((ln for ln in lines[first + 1:first + 3] if ln.strip()), "")
    if not _OPENS.search(speech):
        return None
    office = re.compile(rf"(?<!副){deputy.group('r')}")
    if any(office.search(lm.label) for lm in labels.values()):
        return None
    name = deputy.group("n")
    if not members:
        return name
    return next((m for m in members if re.sub(r"\s", "", m).startswith(name) or name.startswith(m)), None)
