"""A group word with its marked entries run onto its line: ⑴ 報告事項(公開) ○…について ○…について ⑵ 協議事項(公開) ○….

A form flattened onto one line leaves the group's word, its note in brackets (公開, 非公開) and each entry after a
○ mark together, so the reader takes the whole run for one title. The group word is no case; each marked entry
is one, a report under 報告事項.
"""
from __future__ import annotations

import re

_GROUP_RUN = re.compile(r"^(?P<g>報告|協議|審議|諮問|説明)(?:事項|案件)(?:[（(][^（）()]{1,8}[）)])?[ \t\u3000]*(?=[○〇◯●])")
_MARK = re.compile(r"[ \t\u3000]*[○〇◯●][ \t\u3000]*")


def group_run(title: str) -> list[tuple[str, str | None, None, None]] | None:
    """The marked entries of a group word's line, each with the kind the word gives (報告 or none); None for any
    other title, or where fewer than one entry follows."""
    m = _GROUP_RUN.match(title.strip(" \t\u3000"))
    if m is None:
        return None
    entries = [e for e in _MARK.split(title.strip(" \t\u3000")[m.end():]) if e]
    kind = "報告" if m.group("g") == "報告" else None
    return [(e, kind, None, None) for e in entries if len(e) >= 4] or None
