"""Deadlines of the disclosure side, computed from a municipality's DisclosureRules.

- The first period runs from the request: with the default rule the day of the request is not counted
  (民法第140条), and a period ending on a closed day ends on the next open day (地方自治法第4条の2第4項).
- An extension (法第83条第2項 and its siblings) lengthens the first period by at most the extension days;
  the total is counted from the request like the first period.
- A special extension (特例) has its notice reach the requester within the first period. For a disclosure
  (法第84条, and the 情報公開条例's like it) a 相当の部分 is still decided within first + maximum extension;
  a correction (法第95条) or a suspension (法第103条) is decided as a whole within a 相当の期間, by the date
  the notice gives.
- An appeal may be filed within 3 months of the day after the requester learned of the decision
  (行政不服審査法第18条第1項; 民法第143条: the period ends the day before the corresponding day, or
  at the month's end when there is none).
"""
from __future__ import annotations

import datetime
import functools

from dateutil.relativedelta import relativedelta

from .models import CountingRule, DisclosureRequest, DisclosureRules

ONE_DAY = datetime.timedelta(days=1)


def rules_for(municipality) -> DisclosureRules:
    """The municipality's rules; the law's defaults while it has set none (not saved: reading is not a change)."""
    try:
        return municipality.disclosure_rules
    except DisclosureRules.DoesNotExist:
        return DisclosureRules(municipality=municipality)


@functools.lru_cache(maxsize=64)
def _national_holidays(year: int) -> frozenset[datetime.date]:
    import holidays

    return frozenset(holidays.country_holidays("JP", years=year))


def is_closed(day: datetime.date, rules: DisclosureRules) -> bool:
    """Weekends, national holidays, the year-end days (when the rules say so) and the city's own closed days."""
    if day.weekday() >= 5 or day in _national_holidays(day.year):
        return True
    if rules.year_end_closed and ((day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)):
        return True
    return day.isoformat() in (rules.extra_closed_days or [])


def national_closed_days() -> DisclosureRules:
    """The national government's closed days (行政機関の休日に関する法律第1条: weekends, national holidays and
    12月29日〜1月3日), as rules for is_closed: a period set by a law or a 命令 for an act toward a national
    行政庁 (a report to the 個人情報保護委員会) that ends on one of them ends on the next day (同法第2条).
    The city's own closed days do not close the national office, so they do not move such a deadline."""
    return DisclosureRules(year_end_closed=True, extra_closed_days=[])


def next_open_day(day: datetime.date, rules: DisclosureRules) -> datetime.date:
    while is_closed(day, rules):
        day += ONE_DAY
    return day


def period_end(start: datetime.date, days: int, rules: DisclosureRules) -> datetime.date:
    """The last day of a period of `days` days from `start` (the day of the request)."""
    if rules.counting_rule == CountingRule.BUSINESS_DAYS:
        day = start
        counted = 0
        if rules.count_first_day and not is_closed(start, rules):
            counted = 1
        while counted < days:
            day += ONE_DAY
            if not is_closed(day, rules):
                counted += 1
        return day
    end = start + datetime.timedelta(days=days - 1 if rules.count_first_day else days)
    if rules.counting_rule == CountingRule.CALENDAR_ROLL:
        end = next_open_day(end, rules)
    return end


PERIODS = {
    DisclosureRequest.Kind.PUBLIC_DOCUMENT: ("public_document_days", "public_document_extension_days"),
    DisclosureRequest.Kind.PERSONAL_DISCLOSURE: ("personal_disclosure_days", "personal_disclosure_extension_days"),
    DisclosureRequest.Kind.CORRECTION: ("correction_days", "correction_extension_days"),
    DisclosureRequest.Kind.SUSPENSION: ("suspension_days", "suspension_extension_days"),
}


#: The article of each kind's special extension (特例), named in refusals.
SPECIAL_ARTICLE = {
    DisclosureRequest.Kind.PUBLIC_DOCUMENT: "情報公開条例",
    DisclosureRequest.Kind.PERSONAL_DISCLOSURE: "法第84条",
    DisclosureRequest.Kind.CORRECTION: "法第95条",
    DisclosureRequest.Kind.SUSPENSION: "法第103条",
}


def special_has_portion(kind: str) -> bool:
    """Whether a special extension of this kind still owes a 相当の部分 within the longest ordinary period
    (disclosure only: 法第95条 and 第103条 move the whole decision to the stated date)."""
    return kind not in (DisclosureRequest.Kind.CORRECTION, DisclosureRequest.Kind.SUSPENSION)


def periods(kind: str, rules: DisclosureRules) -> tuple[int, int]:
    """(first period, maximum extension) in days for a kind of request."""
    first, extension = PERIODS[kind]
    return getattr(rules, first), getattr(rules, extension)


def first_due(kind: str, received_on: datetime.date, rules: DisclosureRules) -> datetime.date:
    return period_end(received_on, periods(kind, rules)[0], rules)


def extended_due(kind: str, received_on: datetime.date, days: int, rules: DisclosureRules) -> datetime.date:
    return period_end(received_on, periods(kind, rules)[0] + days, rules)


def latest_extended_due(kind: str, received_on: datetime.date, rules: DisclosureRules) -> datetime.date:
    return extended_due(kind, received_on, periods(kind, rules)[1], rules)


def appeal_window_words(appeal) -> str:
    """The window an appeal was filed in, as the warnings and the 却下's reason say it: the months the city's
    rules count (行政不服審査法第18条: 3) and the last day, so that nobody counts it again by hand."""
    from shingikai.jp.wareki import to_wareki

    rules = rules_for(appeal.request.municipality)
    end = appeal_window_end(appeal.learned_on, rules)
    return f"決定を知った日の翌日から{rules.appeal_window_months}か月、{to_wareki(end)}まで"


def appeal_window_end(learned_on: datetime.date, rules: DisclosureRules) -> datetime.date:
    # Counted from the day after (起算日): the period ends the day before the 起算日's corresponding day, or on
    # the month's last day when that month has none (民法第143条第2項). Counting from `learned_on` itself ends
    # a month-end's window too early: known on 4月30日, the window runs 5月1日〜7月31日, not to 7月30日.
    start = learned_on + ONE_DAY
    end = start + relativedelta(months=rules.appeal_window_months)
    if end.day == start.day:
        end -= ONE_DAY
    if rules.counting_rule == CountingRule.CALENDAR_ROLL:
        end = next_open_day(end, rules)
    return end


def third_party_earliest_disclosure(decided_on: datetime.date, rules: DisclosureRules) -> datetime.date:
    """With a third party's objection on record, disclosure waits at least this long after the decision, so
    that the third party can appeal first (法第86条第2項: 少なくとも2週間を置く)."""
    return decided_on + datetime.timedelta(days=rules.third_party_gap_days + 1)
