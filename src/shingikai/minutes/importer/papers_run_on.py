"""議 題 1 …について 2 平成 26 年度…について 5 その他添付資料 資料 1 …: a PDF flattened onto few lines runs the agenda's
field on into the papers' field (添付資料, 配付資料), and spaces the digits of an era's year. The papers are no cases:
the agenda ends at the papers' field word; and 平成 26 年度 closed up is a year, no entry numbered 26.
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
# その他添付資料 資料 1 …, 5 その他 配付資料 (1)…: the papers' field word, standing apart or run onto the last entry.
# A word that ends its line is a label set after its values (…(3)…について 配付資料等の件名), and heads nothing.
# …について (配付資料) 【資料1】…: the word in brackets, as a page's heading for the list is printed.
_PAPERS_FIELD = re.compile(rf"(?:(?<=\s)|(?<=その他))(?:添付|配付|配布)資料(?:等)?(?:の件名)?(?={_SP}+\S)"
                           rf"|(?:^|(?<=\s))[(（](?:添付|配付|配布)資料(?:等)?[)）](?=$|{_SP}+\S)")
# 2 平成 26 年度…: after a bare entry number, where the year's digits would be read as the next entry's.
_SPACED_YEAR = re.compile(rf"(?<=[0-9０-９]{_SP})(?P<era>平成|令和|昭和){_SP}+(?P<n>[0-9０-９元]{{1,2}}){_SP}+(?=年)")


def papers_field_cut(block: list[str]) -> list[str]:
    """block up to the papers' field run into it, its era years closed up."""
    out: list[str] = []
    for line in block:
        line = _SPACED_YEAR.sub(r"\g<era>\g<n>", line)
        m = _PAPERS_FIELD.search(line)
        if m:
            head = line[:m.start()].rstrip(" \t\u3000")
            if head:
                out.append(head)
            break
        out.append(line)
    return out
