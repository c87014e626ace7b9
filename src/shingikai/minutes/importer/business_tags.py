"""A case's title tagged with what kind of business it was and the department that brought it
(⑴ 人事案件について(審議:北山部), ⑵ …の実施結果について(報告:南田部)).

A commission's summary page lists the cases of the sitting, each closed by a bracket that names the kind of business
before a colon and the department after it. The tag is no part of the title: its word says the kind (a report is
a 報告; a case deliberated or discussed is put to the body, その他 unless it names a consultation) and its rest the
department.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"[ \t\u3000]*[（(](?P<k>審議|報告|協議|諮問|決定)[ \t\u3000]*[:：][ \t\u3000]*(?P<u>[^（）():：]{2,30})[）)][ \t\u3000]*$")
_KIND = {"報告": "報告", "諮問": "諮問"}


def business_tag(title: str) -> tuple[str, str, str] | None:
    """``(title, kind, departments)`` where ``title`` closes with such a tag; None otherwise. The departments are
    the tag's words as printed, for the caller to read as a list of units."""
    if not title.endswith((")", "）")):
        return None
    m = _TAG.search(title)
    if not m or m.start() == 0:
        return None
    return title[:m.start()].rstrip(" \t\u3000"), _KIND.get(m.group("k"), "その他"), m.group("u")
