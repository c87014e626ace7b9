"""Japanese era (和暦) dates, fiscal years (年度) and clock times.

The minutes importer calls these parsers on every line of every document, so
all patterns are compiled once here and each parser rejects text that cannot
contain a match before running its regular expression.

Dates before 1873-01-01 are treated as proleptic Gregorian: Japan used a
lunisolar calendar until 明治5年12月2日, so earlier 明治 dates written in
historical documents are not converted to their true Western equivalents.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Iterator, NamedTuple

__all__ = [
    "ERAS",
    "Era",
    "era_year",
    "fiscal_year",
    "fiscal_year_label",
    "fiscal_year_label_on",
    "kanji_to_int",
    "era_misfit",
    "fiscal_era_misfit",
    "parse_date",
    "parse_fiscal_year",
    "parse_time",
    "parse_time_range",
    "to_wareki",
    "wareki_year_label",
]


class Era(NamedTuple):
    name: str
    letter: str
    start: dt.date

    @property
    def offset(self) -> int:
        # 元年 is always the calendar year in which the era began.
        return self.start.year - 1


# 明治 officially began on 1868-10-23 (the proclamation), although its first
# year is counted from the beginning of 1868; dates between are rejected.
ERAS: tuple[Era, ...] = (
    Era("明治", "M", dt.date(1868, 10, 23)),
    Era("大正", "T", dt.date(1912, 7, 30)),
    Era("昭和", "S", dt.date(1926, 12, 25)),
    Era("平成", "H", dt.date(1989, 1, 8)),
    Era("令和", "R", dt.date(2019, 5, 1)),
)
_ERA_BY_NAME = {era.name: era for era in ERAS}
_ERA_BY_LETTER = {era.letter: era for era in ERAS}
_ERAS_NEWEST_FIRST = tuple(reversed(ERAS))

_KANJI_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_ASCII_NUMBER = re.compile(r"[0-9]+")
# Every date form contains an ASCII digit or 年 once normalised.
_DATE_HINT = re.compile(r"[0-9年]")

# Pieces shared by the patterns below; input is NFKC-normalised first, so
# full-width digits, colons and spaces have already become ASCII.
_ERA_NAMES = "|".join(era.name for era in ERAS)
# 平　　成 27 年 8 月 24 日: a PDF's date line letter-spaced to its cell, the era's name too.
_SPACED_ERA_NAMES = "|".join(r"\s*".join(era.name) for era in ERAS)
_ERA_LETTERS = "".join(era.letter for era in ERAS)
# r7.4.1 is typed as often as R7.4.1; the letter is looked up upper-cased.
_ERA_LETTERS_ANY_CASE = _ERA_LETTERS + _ERA_LETTERS.lower()
_KANJI_NUM = "[〇零一二三四五六七八九十百千]{1,6}"
_NUM = rf"(?:[0-9]{{1,4}}|{_KANJI_NUM})"
_YEAR = rf"(?:元|{_NUM})"

_DATE_RE = re.compile(
    "|".join(
        (
            # 令和3年5月10日, 令和 元 年 五 月 一 日
            rf"(?P<era>{_SPACED_ERA_NAMES})\s*(?P<ey>{_YEAR})\s*年\s*(?P<em>{_NUM})\s*月"
            rf"\s*(?P<ed>{_NUM})\s*日",
            # 令和3.5.10 — era name followed by dotted numbers
            rf"(?P<dera>{_ERA_NAMES})\s*(?P<dy>元|[0-9]{{1,2}})\s*(?P<dsep>[./])\s*"
            rf"(?P<dm>[0-9]{{1,2}})\s*(?P=dsep)\s*(?P<dd>[0-9]{{1,2}})(?![0-9])",
            # R3.5.10, H31/4/30, R03.05.10 — the letter must not end a word
            rf"(?<![A-Za-z0-9])(?P<ab>[{_ERA_LETTERS_ANY_CASE}])\s*\.?\s*(?P<ay>[0-9]{{1,2}})\s*"
            rf"(?P<asep>[./\-])\s*(?P<am>[0-9]{{1,2}})\s*(?P=asep)\s*(?P<ad>[0-9]{{1,2}})(?![0-9])",
            # 2021年5月10日, 二〇二一年五月十日
            rf"(?<![0-9])(?P<wy>[0-9]{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<wm>{_NUM})\s*月"
            rf"\s*(?P<wd>{_NUM})\s*日",
            # 2021-05-10, 2021/5/10, 2021.5.10
            r"(?<![0-9])(?P<iy>[0-9]{4})(?P<isep>[-/.])(?P<im>[0-9]{1,2})(?P=isep)"
            r"(?P<id>[0-9]{1,2})(?![0-9])",
        )
    )
)

_FISCAL_RE = re.compile(
    rf"(?:(?P<era>{_ERA_NAMES})|(?<![A-Za-z0-9])(?P<ab>[{_ERA_LETTERS_ANY_CASE}]))\s*"
    rf"(?P<y>{_YEAR})\s*年\s*度"
    r"|(?<![0-9])(?P<wy>[0-9]{4})\s*年\s*度"
)

_KANJI_CLOCK = "[〇零一二三四五六七八九十]{1,3}"
_TIME_RE = re.compile(
    r"(?:(?P<mer>午前|午後)\s*)?"
    r"(?:"
    # 10:00, 午後1:30, 10:00:00 (seconds are ignored)
    r"(?<![0-9])(?P<ch>[0-9]{1,2})\s*:\s*(?P<cm>[0-9]{2})(?::[0-9]{2})?(?![0-9])"
    r"|"
    # 13時30分, 十時三十分, 午後1時半; 時間/分間 are durations, not clock times
    rf"(?:(?<![0-9])(?P<kh>[0-9]{{1,2}})|(?<![〇零一二三四五六七八九十百千])(?P<kkh>{_KANJI_CLOCK}))"
    r"\s*時(?!間)"
    rf"(?:\s*(?:(?P<km>[0-9]{{1,2}}|{_KANJI_CLOCK})\s*分(?!間)|(?P<half>半)))?"
    r")"
    r"|(?P<noon>正午)"
)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def kanji_to_int(text: str) -> int | None:
    """Read 二十一, 二〇二一, 千九百八十九, ２０２１ or 21 as an integer; None if malformed."""
    if not text:
        return None
    s = _nfkc(text).strip()
    if not s:
        return None
    if _ASCII_NUMBER.fullmatch(s):
        return int(s)
    total = 0
    pending: int | None = None
    last_unit = 10_000
    for ch in s:
        digit = _KANJI_DIGITS.get(ch)
        if digit is not None:
            # A run of digits without units is positional: 二〇二一 = 2021.
            pending = digit if pending is None else pending * 10 + digit
            continue
        unit = _KANJI_UNITS.get(ch)
        if unit is None or unit >= last_unit or (pending is not None and pending > 9):
            return None
        total += (1 if pending is None else pending) * unit
        pending = None
        last_unit = unit
    if pending is not None:
        if last_unit != 10_000 and pending > 9:
            # 二十一二 mixes notations; refuse rather than guess.
            return None
        total += pending
    return total


def _year_number(token: str) -> int | None:
    return 1 if token == "元" else kanji_to_int(token)


def _as_date(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"expected a date, got {type(value).__name__}")


def _era_of(date: dt.date) -> Era:
    for era in _ERAS_NEWEST_FIRST:
        if date >= era.start:
            return era
    raise ValueError(f"{date.isoformat()} is before the 明治 era (1868-10-23)")


def _era_date(era: Era, year: int | None, month: int | None, day: int | None) -> dt.date | None:
    # No era has lasted 100 years; a larger number is a Western year or noise.
    if not year or year > 99 or month is None or day is None:
        return None
    try:
        date = dt.date(era.offset + year, month, day)
    except ValueError:
        return None
    # Dates after an era ended (平成32年) are still written and still real;
    # dates before it began (令和1年4月1日) never existed.
    return date if date >= era.start else None


def _western_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if not year or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_from_match(m: re.Match[str]) -> dt.date | None:
    g = m.group
    if g("era"):
        return _era_date(
            _ERA_BY_NAME["".join(g("era").split())], _year_number(g("ey")), kanji_to_int(g("em")), kanji_to_int(g("ed"))
        )
    if g("dera"):
        return _era_date(_ERA_BY_NAME[g("dera")], _year_number(g("dy")), int(g("dm")), int(g("dd")))
    if g("ab"):
        return _era_date(_ERA_BY_LETTER[g("ab").upper()], int(g("ay")), int(g("am")), int(g("ad")))
    if g("wy"):
        return _western_date(kanji_to_int(g("wy")), kanji_to_int(g("wm")), kanji_to_int(g("wd")))
    return _western_date(int(g("iy")), int(g("im")), int(g("id")))


def parse_date(text: str) -> dt.date | None:
    """Return the first valid date written anywhere in ``text``, or None."""
    if not text:
        return None
    s = _nfkc(text)
    if not _DATE_HINT.search(s):
        return None
    for m in _DATE_RE.finditer(s):
        date = _date_from_match(m)
        if date is not None:
            return date
    return None


def _era_reading(m: re.Match[str]) -> tuple[Era, int, int, int] | None:
    """(era, year, month, day) as a date in era form is written, before any check of the era's span."""
    g = m.group
    if g("era"):
        era, year, month, day = _ERA_BY_NAME["".join(g("era").split())], _year_number(g("ey")), kanji_to_int(g("em")), kanji_to_int(g("ed"))
    elif g("dera"):
        era, year, month, day = _ERA_BY_NAME[g("dera")], _year_number(g("dy")), int(g("dm")), int(g("dd"))
    elif g("ab"):
        era, year, month, day = _ERA_BY_LETTER[g("ab").upper()], int(g("ay")), int(g("am")), int(g("ad"))
    else:
        return None
    if not year or year > 99 or month is None or day is None:
        return None
    return era, year, month, day


def era_misfit(text: str) -> str | None:
    """The message for a date typed in an era it does not belong to, None for any other text.

    parse_date reads 平成31年5月1日 as 2019-05-01 because papers printed before an era changed still carry
    it (the importer reads such minutes); a date typed into a form or a register's CSV today is a slip,
    the day the person meant being unknown (令和元年5月1日, or 平成31年4月1日 with the month wrong). So it
    is refused, with the era's span and the day it would be, rather than stored as a day nobody checked.
    令和元年4月1日 (before 令和 began) never existed: refused as well, naming the day in the era then."""
    s = _nfkc(text or "")
    if not _DATE_HINT.search(s):
        return None
    m = _DATE_RE.search(s)
    reading = _era_reading(m) if m else None
    if reading is None:
        return None
    era, year, month, day = reading
    try:
        date = dt.date(era.offset + year, month, day)
    except ValueError:
        return None
    written = f"{_year_label(era, year, True)}{month}月{day}日"
    span = _outside_span(era, date, date)
    if span is None:
        return None
    try:
        meant = to_wareki(date)
    except ValueError:  # before 明治: no era to name it in
        return f"「{written}」という日付はありません ({span})。"
    return f"「{written}」という日付はありません ({span})。{meant} のことであれば、そのように入力してください。"


def _outside_span(era: Era, first: dt.date, last: dt.date) -> str | None:
    """The era's span (「平成は平成31年4月30日まで」) when no day from `first` to `last` fell in it, else None."""
    later = _ERAS_NEWEST_FIRST[_ERAS_NEWEST_FIRST.index(era) - 1] if era is not ERAS[-1] else None
    if last < era.start:
        return f"{era.name}は{to_wareki(era.start)}から"
    if later is not None and first >= later.start:
        return f"{era.name}は{to_wareki(later.start - dt.timedelta(days=1))}まで"
    return None


def is_written_as_date(text: str) -> bool:
    """Whether ``text`` has the shape of a date (令和8年2月30日, R99.13.40, 2025-02-30) whatever its numbers: where
    parse_date finds no date in such a text, the date it names does not exist."""
    s = _nfkc(text or "")
    return bool(_DATE_HINT.search(s) and _DATE_RE.search(s))


def _year_label(era: Era, year: int, kanji_gannen: bool) -> str:
    return f"{era.name}{'元' if year == 1 and kanji_gannen else year}年"


def era_year(date: dt.date) -> tuple[str, int]:
    """(era name, year within the era): 2019-05-01 → ("令和", 1)."""
    d = _as_date(date)
    era = _era_of(d)
    return era.name, d.year - era.offset


def wareki_year_label(date: dt.date, *, kanji_gannen: bool = True) -> str:
    """令和3年 / 令和元年 for the calendar year of ``date`` under its era."""
    d = _as_date(date)
    era = _era_of(d)
    return _year_label(era, d.year - era.offset, kanji_gannen)


WEEKDAYS = "月火水木金土日"


def to_wareki(date: dt.date, *, kanji_gannen: bool = True, western: bool = False, weekday: bool = False) -> str:
    """2021-05-10 → 令和3年5月10日; with ``weekday`` → 令和3年5月10日（月）, as the official papers date a meeting;
    with ``western`` → 令和3年5月10日 (2021年)."""
    d = _as_date(date)
    era = _era_of(d)
    text = f"{_year_label(era, d.year - era.offset, kanji_gannen)}{d.month}月{d.day}日"
    if weekday:
        text += f"（{WEEKDAYS[d.weekday()]}）"
    return f"{text} ({d.year}年)" if western else text


def fiscal_year(date: dt.date) -> int:
    """Japanese fiscal year (年度, April–March) named by the year it starts in."""
    d = _as_date(date)
    return d.year if d.month >= 4 else d.year - 1


def fiscal_year_bounds(fy: int) -> tuple[dt.date, dt.date]:
    """The first and last day of fiscal year `fy` (April to March)."""
    return dt.date(fy, 4, 1), dt.date(fy + 1, 3, 31)


def fiscal_year_label(fy: int, *, kanji_gannen: bool = True) -> str:
    """2021 → 令和3年度; 2019 → 令和元年度; 2018 → 平成30年度.

    A fiscal year carries the era name its starting calendar year is known by,
    which is the era in force at that year's end: FY2019 began under 平成 but is
    令和元年度, while FY1988 (ending under 平成) stays 昭和63年度.
    """
    year_end = dt.date(int(fy), 12, 31)
    era = _era_of(year_end)
    return _year_label(era, year_end.year - era.offset, kanji_gannen) + "度"


def fiscal_year_label_on(date: dt.date, *, kanji_gannen: bool = True) -> str:
    """The fiscal year of `date` as it was written on that day: 2019-04-30 → 平成31年度 (the city's papers of
    that April), 2019-05-07 → 令和元年度. A fiscal year is renamed for the new era only from the era's first day;
    otherwise as fiscal_year_label."""
    d = _as_date(date)
    fy = fiscal_year(d)
    named = _era_of(dt.date(fy, 12, 31))
    if d >= named.start:
        return fiscal_year_label(fy, kanji_gannen=kanji_gannen)
    era = _era_of(d)
    return _year_label(era, fy - era.offset, kanji_gannen) + "度"


def parse_fiscal_year(text: str) -> int | None:
    """令和3年度 → 2021, 令和元年度 → 2019, R3年度 → 2021, 2021年度 → 2021."""
    if not text:
        return None
    s = _nfkc(text)
    if "度" not in s:
        return None
    for m in _FISCAL_RE.finditer(s):
        if m.group("wy"):
            return int(m.group("wy"))
        year = _year_number(m.group("y"))
        if not year or year > 99:
            continue
        era = _ERA_BY_NAME[m.group("era")] if m.group("era") else _ERA_BY_LETTER[m.group("ab").upper()]
        return era.offset + year
    return None


def fiscal_era_misfit(text: str) -> str | None:
    """The message for a 年度 typed in an era none of whose days it had, None for any other text.

    parse_fiscal_year reads 平成32年度 as 2020, as plans printed before 令和 was announced carry it; typed into a
    form today it is a slip (令和2年度 meant, or a wrong year). A 年度 is named in an era if one of its days fell
    in it: 平成31年度 (April 2019) and 令和元年度 both exist, 平成32年度 and 昭和64年度 (the 年度 began under 平成)
    do not."""
    s = _nfkc(text or "")
    if "度" not in s:
        return None
    m = _FISCAL_RE.search(s)
    if m is None or m.group("wy"):
        return None
    year = _year_number(m.group("y"))
    if not year or year > 99:
        return None
    era = _ERA_BY_NAME[m.group("era")] if m.group("era") else _ERA_BY_LETTER[m.group("ab").upper()]
    span = _outside_span(era, *fiscal_year_bounds(era.offset + year))
    if span is None:
        return None
    written = _year_label(era, year, True) + "度"
    return (f"「{written}」という年度はありません ({span})。"
            f"{fiscal_year_label(era.offset + year)} のことであれば、そのように入力してください。")


class _Clock(NamedTuple):
    hour: int
    minute: int
    # Whether 午前/午後 (or 正午) fixed the half of the day, which tells
    # parse_time_range if an end time such as 4時 may inherit 午後.
    explicit: bool


def _clock_from_match(m: re.Match[str]) -> _Clock | None:
    g = m.group
    if g("noon"):
        return _Clock(12, 0, True)
    if g("ch"):
        hour, minute = int(g("ch")), int(g("cm"))
    else:
        if g("kh"):
            hour = int(g("kh"))
        else:
            # A bare kanji hour is usually the word 一時 ("for a while"), so it
            # only counts as a time with minutes or with 午前/午後.
            if not (g("mer") or g("km") or g("half")):
                return None
            hour = kanji_to_int(g("kkh"))
        if g("half"):
            minute = 30
        elif g("km"):
            minute = kanji_to_int(g("km"))
        else:
            minute = 0
    if hour is None or minute is None or minute > 59:
        return None
    meridiem = g("mer")
    if meridiem:
        # The 1872 decree (太政官達第337号), still the legal reading, counts each half-day 0 to 12:
        # 午前12時 is noon and 午後12時 midnight; 午後0時 is noon as well.
        if hour > 12:
            return None
        if meridiem == "午後":
            hour = (hour + 12) % 24
        return _Clock(hour, minute, True)
    if hour > 23:
        return None
    return _Clock(hour, minute, False)


def _iter_clocks(text: str) -> Iterator[_Clock]:
    if not text:
        return
    s = _nfkc(text)
    if ":" not in s and "時" not in s and "正午" not in s:
        return
    for m in _TIME_RE.finditer(s):
        clock = _clock_from_match(m)
        if clock is not None:
            yield clock


def _hm(clock: _Clock) -> str:
    return f"{clock.hour:02d}:{clock.minute:02d}"


def parse_time(text: str) -> str | None:
    """First clock time in ``text`` as "HH:MM": 午後1時30分 → "13:30"."""
    for clock in _iter_clocks(text):
        return _hm(clock)
    return None


def parse_time_range(text: str) -> tuple[str | None, str | None]:
    """First two clock times in ``text``: 「午後2時から4時まで」 → ("14:00", "16:00")."""
    clocks = _iter_clocks(text)
    start = next(clocks, None)
    if start is None:
        return None, None
    end = next(clocks, None)
    if end is None:
        return _hm(start), None
    if not end.explicit and end.hour < 12 and (end.hour, end.minute) < (start.hour, start.minute):
        # 午後2時から4時まで: the end repeats no 午後 but means the afternoon.
        if (end.hour + 12, end.minute) >= (start.hour, start.minute):
            end = _Clock(end.hour + 12, end.minute, False)
    return _hm(start), _hm(end)
