"""The day of an assembly's record under an aggregator's date of its session (北山県議会 2008-09-01 / 10月15日-08号).

An aggregator files every day's record of a session under the date the session opened, and titles the page by the
record's own day and number (10月15日-08号). The record's day is the sitting's, in the year of the filing date (the
next year where its month comes before the filing month: a session that runs over the new year).
"""
from __future__ import annotations

import datetime as dt
import re

_FILED = re.compile(r"(?:^|[ \t\u3000])(?P<y>(?:19|20)[0-9]{2})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])[ \t\u3000]*$")
_RECORD_DAY = re.compile(r"^[ \t\u3000]*(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日[ \t\u3000]*[-−－][ \t\u3000]*[0-9]{1,3}号")


def record_day(date: dt.date | None, texts: list[str]) -> dt.date | None:
    """The record's own day where ``date`` is the aggregator's filing date and a title names another day."""
    if date is None:
        return None
    filed = any((m := _FILED.search(t or "")) and dt.date(int(m["y"]), int(m["m"]), int(m["d"])) == date for t in texts)
    day = next((m for t in texts if (m := _RECORD_DAY.match(t or ""))), None)
    if not filed or day is None:
        return None
    month, mday = int(day["m"]), int(day["d"])
    year = date.year + (1 if month < date.month else 0)
    try:
        found = dt.date(year, month, mday)
    except ValueError:
        return None
    return found if found != date else None
