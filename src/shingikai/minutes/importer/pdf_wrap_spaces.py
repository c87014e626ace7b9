"""A blank a PDF's text layer keeps where a printed line wrapped inside について (選定につ いて).

A page flattened onto one line keeps a blank where each printed line ended, often inside the agenda's ``について``;
the titles then read ``…選定につ いて``. A blank inside ``について`` is dropped. Figures set apart from their units
(``平成 24 年``, ``第 5 回``) are left as printed: a spaced date is what tells a site's teaser from the page's own header.
"""
from __future__ import annotations

import re

_SP = r"[ \u3000]"
_BROKEN_NITSUITE = re.compile(rf"に{_SP}ついて|につ{_SP}いて|につい{_SP}て")


def pdf_wrap_spaces_closed(text: str) -> str:
    return _BROKEN_NITSUITE.sub("について", text) if "いて" in text else text
