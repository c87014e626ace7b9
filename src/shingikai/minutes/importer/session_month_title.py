"""A committee's record titled by the assembly's session month before its name (平成23年6月北山県議会総務委員会).

An assembly's committee meets during the plenary's session; a prefecture's record system titles the committee's
record with the year and month of that session and no count (令和6年2月北山県議会建設委員会会議記録(3月14日開催分)).
That year and month label the sitting. Read only where the committee's name (as read) follows the month straight
away, with nothing but the assembly's name between, and only for a 委員会. A minutes system's index line
(平成28年 7月北山委員会-07月28日-01号) among the opening lines names the day's record by its number; the
corpus leaves those unlabelled.
"""
from __future__ import annotations

import re

_MONTH = re.compile(r"(?P<l>(?:令和|平成|昭和)[0-9０-９元]{1,2}年[ \t\u3000]*[0-9０-９]{1,2}月)[ \t\u3000]*(?P<rest>\S+)")
_DAY_RECORD = re.compile(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日[-−－‐][0-9０-９]{1,3}号")
_ASSEMBLY_FIRST = re.compile(r"^[一-龥]{1,6}[都道府県市区町村]議会")


def session_month_label(titles: list[str], council: str, opening: list[str]) -> str | None:
    if not council.endswith("委員会") or any(_DAY_RECORD.search(line) for line in opening):
        return None
    committee = _ASSEMBLY_FIRST.sub("", council)
    for title in titles:
        m = _MONTH.match((title or "").strip(" \t\u3000"))
        if m and _ASSEMBLY_FIRST.sub("", m.group("rest")).startswith(committee):
            return re.sub(r"[ \t\u3000]+", "", m.group("l"))
    return None
