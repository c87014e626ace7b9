"""A document site's caption cut by its ellipsis before a snippet (第8回北山村…委員会 議事録€¦ · (1)…について …).

One document site captions each copy with the document's title, cut with an ellipsis whose bytes were read in the
wrong encoding (€¦), then a middle dot and a snippet of the text. The caption is the title alone; the snippet is a
line of its own. Parted so the title, a line of its own, is read as the record's title repeated (no business), and
the snippet is not run onto it.
"""
from __future__ import annotations

import re

_CUT = re.compile(r"[ \t\u3000]*€¦[ \t\u3000]*·?[ \t\u3000]*(?:\.\.\.)?[ \t\u3000]*")


def teaser_caption_parted(text: str) -> str:
    return _CUT.sub("\n", text) if "€¦" in text else text
