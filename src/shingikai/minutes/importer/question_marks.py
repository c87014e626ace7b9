"""Statements labelled with the Latin letters Q and A: a summary's question and answer, each under its speaker.

A 要旨 record may mark who asks with Q and who answers with A, the speaker's name and post after the letter, alone on the
line over what was said (Q 北野委員 / …か。 / A 南田課長 / …). Where both letters are used so, each such line is written as a
marked label (○北野委員) for the speaker readers; a Q or an A that opens a sentence is left alone.
"""
from __future__ import annotations

import re

from .conventions import ROLE_SUFFIXES

_LETTERED_LABEL = re.compile(
    rf"^(?P<pad>[ \t\u3000]*)(?P<q>[QAＱＡ])[ \t\u3000]+(?P<label>[^\s。、，,：:「」()（）]{{1,16}}?(?:{ROLE_SUFFIXES}))[ \t\u3000]*$"
)


def lettered_labels_marked(lines: list[str]) -> list[str]:
    """The lines with each Q / A label alone on its line written as a marked label, where the record has both; the
    lines unchanged otherwise."""
    found = {}
    for i, line in enumerate(lines):
        if line[:12].lstrip(" \t\u3000")[:1] in "QAＱＡ" and (m := _LETTERED_LABEL.match(line)):
            found[i] = m
    if not {"Q", "A"} <= {m.group("q").translate(str.maketrans("ＱＡ", "QA")) for m in found.values()}:
        return lines
    return [f"{found[i].group('pad')}○{found[i].group('label')}" if i in found else line for i, line in enumerate(lines)]
