"""Attendance stated only as a count (委員13名中10名出席, 出席委員 9名): a roster the record has but does not print.

Where the record counts those present, the members it names elsewhere (the officer elected at the sitting) are the
ones of that roster it names. Where it neither prints nor counts a roster, a member named in the narration is no
claim about who attended: the sitting's officers are still read, its members are not.
"""
from __future__ import annotations

import re

_N = r"[0-9０-９]{1,3}[ \t\u3000]*(?:名|人)"
# 13名中10名出席 / 委員9人中全員出席 / 出席委員 9名 / 10名が出席 / 出席者:12人
_COUNTED = re.compile(
    rf"{_N}[ \t\u3000]*中[ \t\u3000]*(?:{_N}|全員)"
    rf"|出席(?:者|委員|議員)?(?:数)?[ \t\u3000]*[:：]?[ \t\u3000]*{_N}"
    rf"|{_N}[ \t\u3000]*(?:が|の)?[ \t\u3000]*出席"
)


def attendance_counted(lines: list[str]) -> bool:
    """Whether a line counts those present."""
    return any(_COUNTED.search(line) for line in lines if "名" in line or "人" in line)
