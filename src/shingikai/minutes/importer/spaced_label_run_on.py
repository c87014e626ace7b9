"""A two-letter field label set a space apart, its value run on without a blank (場 所国土交通省11階 特別会議室).

A page that spaces its labels to the width of a longer one (日 時, 場 所) may lose the blank between the label and the
cell beside it. The letter-spaced label is still a label: the blank is put back after it, so that the value is read
as the field's, as it is where the blank was kept. Only the few labels a form spaces so are read; two letters a
blank apart inside a sentence are left alone.
"""
from __future__ import annotations

import re

# 日 時, 場 所, 会 場 at a line's start, one blank inside, the value's first letter straight after (not a colon: a
# label with its colon is read as it is).
_RUN_ON = re.compile(r"(?m)^(?P<l>[ \t\u3000]*(?:日[ \u3000]時|場[ \u3000]所|会[ \u3000]場))(?=[^\s:：])")


def spaced_labels_parted(text: str) -> str:
    """``text`` with a blank after each letter-spaced field label whose value was run on."""
    return _RUN_ON.sub(r"\g<l> ", text)
