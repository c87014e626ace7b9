"""Dates a page misprints, claimed only where the weekday printed beside them leaves one reading.

Four shapes:
- ``令和5年度6月16日(金)``: the fiscal year's word (年度) written in a calendar date. The fiscal year 令和4年度 runs from
  April 2022 to March 2023, so May is 2022's and February would be 2023's; the printed weekday must agree.
- ``平成29月11月7日(火曜日)``: the year's 年 mistyped as 月; the era's year, the weekday agreeing.
- ``平成1769日(木) 午前10``: the copy lost the 年 and 月 (and the clock's 時), the digits run together. Every split of
  the digits into a year of the era, a month and a day is tried; the date is claimed where exactly one split is a real
  day falling on the printed weekday. The clock's hour alone (``午前10`` with no digit after it) is the hour on the dot:
  a lost 分 would have left its digits.
"""
from __future__ import annotations

import datetime
import re
import unicodedata

_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_ERA_LAST_YEAR = {"令和": 99, "平成": 31, "昭和": 64}
_WEEKDAYS = "月火水木金土日"

_MISPRINTED_DATE = re.compile(
    r"(?P<era>令和|平成|昭和)\s*(?P<y>[0-9]{1,2}|元)\s*(?P<word>年度|月|年)\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*(?P<day>日)?"
    r"\s*[(（](?P<w>[月火水木金土日])(?:曜日?)?[)）]"
)
_DIGITS_RUN_DATE = re.compile(
    r"(?P<era>令和|平成|昭和)\s*(?P<digits>[0-9]{3,6})\s*日\s*[(（](?P<w>[月火水木金土日])(?:曜日?)?[)）]"
    r"(?:\s*(?P<half>午前|午後)\s*(?P<h>[0-9]{1,2})\s*$)?"
)


def _day(era: str, year: int, month: int, day: int) -> datetime.date | None:
    if not 1 <= year <= _ERA_LAST_YEAR[era]:
        return None
    try:
        return datetime.date(_ERAS[era] + year, month, day)
    except ValueError:
        return None


def weekday_checked_date(value: str | None) -> tuple[datetime.date | None, str | None]:
    """The sitting's date (and its hour, where only the hour survived) from a misprinted date, or (None, None)."""
    if not value:
        return None, None
    text = unicodedata.normalize("NFKC", value)
    m = _MISPRINTED_DATE.search(text)
    if m and m.group("word") == "年" and m.group("day"):
        # A date printed whole is parse_date's; nothing is misprinted in it.
        m = None
    if m:
        year = 1 if m.group("y") == "元" else int(m.group("y"))
        month, day = int(m.group("m")), int(m.group("d"))
        fiscal = m.group("word") == "年度" and month <= 3
        found = _day(m.group("era"), year + (1 if fiscal else 0), month, day)
        if found and _WEEKDAYS[found.weekday()] == m.group("w"):
            return found, None
        return None, None
    m = _DIGITS_RUN_DATE.search(text)
    if not m:
        return None, None
    digits = m.group("digits")
    days = set()
    for i in range(1, 3):
        for j in range(i + 1, min(i + 3, len(digits))):
            year, month, day = digits[:i], digits[i:j], digits[j:]
            if len(day) > 2:
                continue
            found = _day(m.group("era"), int(year), int(month), int(day))
            if found and _WEEKDAYS[found.weekday()] == m.group("w"):
                days.add(found)
    if len(days) != 1:
        return None, None
    hour = None
    if m.group("h"):
        h = int(m.group("h"))
        h = h + 12 if m.group("half") == "午後" and h < 12 else h
        hour = f"{h:02d}:00" if h < 24 else None
    return days.pop(), hour


_WHEN_LABEL = re.compile(r"(?:開催)?日[ \t\u3000]*時[ \t\u3000]*[:：]?|開催日[ \t\u3000]*[:：]?|期[ \t\u3000]*日[ \t\u3000]*[:：]?")


def misprinted_date_after_label(lines: list[str]) -> tuple[datetime.date | None, str | None]:
    """日 時:平成 24 年7月 30(月)17:1 inside a line the header did not read as a field: the misprinted date after the
    first date label, read as weekday_checked_date reads it."""
    for line in lines:
        label = _WHEN_LABEL.search(line)
        if label:
            found = weekday_checked_date(line[label.end():label.end() + 40])
            if found[0]:
                return found
    return None, None
