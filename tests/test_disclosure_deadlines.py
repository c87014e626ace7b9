"""Deadline rules of the disclosure side, against dates worked out by hand on the 2024–2025 calendar.

Holidays used: 2024-05-03/04/05 and 振替休日 05-06, 2024-08-12 (振替休日 of 山の日), 2025-01-01, and the
year-end days 12-29 to 01-03 that cities close (地方自治法第4条の2).
"""
import datetime

import pytest

from shingikai.disclosure import deadlines
from shingikai.disclosure.models import CountingRule, DisclosureRules

D = datetime.date
PERSONAL = "personal_disclosure"
PUBLIC = "public_document"


def rules(**fields):
    return DisclosureRules(**fields)


def test_first_period_is_thirty_days_not_counting_the_day_of_the_request():
    # 2024-06-03 (Mon) + 30 days = 2024-07-03 (Wed), an open day.
    assert deadlines.first_due(PERSONAL, D(2024, 6, 3), rules()) == D(2024, 7, 3)


def test_first_period_ending_in_golden_week_moves_to_the_next_open_day():
    # 2024-04-03 + 30 = 2024-05-03 (憲法記念日); 05-04 Sat, 05-05 Sun, 05-06 振替休日 → 05-07 (Tue).
    assert deadlines.first_due(PERSONAL, D(2024, 4, 3), rules()) == D(2024, 5, 7)


def test_plain_calendar_rule_does_not_move_a_deadline_off_a_holiday():
    assert deadlines.first_due(PERSONAL, D(2024, 4, 3), rules(counting_rule=CountingRule.CALENDAR)) == D(2024, 5, 3)


def test_year_end_days_are_closed_unless_the_city_says_otherwise():
    # 2024-11-29 + 30 = 2024-12-29 (Sun); 12-30..01-03 closed, 01-04 Sat, 01-05 Sun → 2025-01-06 (Mon).
    assert deadlines.first_due(PERSONAL, D(2024, 11, 29), rules()) == D(2025, 1, 6)
    # Without the year-end closure only the Sunday moves it: 2024-12-30 (Mon).
    assert deadlines.first_due(PERSONAL, D(2024, 11, 29), rules(year_end_closed=False)) == D(2024, 12, 30)


def test_a_citys_own_closed_day_moves_the_deadline():
    assert deadlines.first_due(PERSONAL, D(2024, 6, 3), rules(extra_closed_days=["2024-07-03"])) == D(2024, 7, 4)


def test_extension_counts_the_whole_period_from_the_request():
    # 30 + 30 = 60 days from 2024-06-03: 2024-08-02 (Fri). 30 + 20 = 50 days: 2024-07-23 (Tue).
    r = rules()
    assert deadlines.latest_extended_due(PERSONAL, D(2024, 6, 3), r) == D(2024, 8, 2)
    assert deadlines.extended_due(PERSONAL, D(2024, 6, 3), 20, r) == D(2024, 7, 23)


def test_extension_ending_on_the_obon_substitute_holiday_moves_on():
    # 2024-06-13 + 60 = 2024-08-12 (振替休日 of 山の日) → 2024-08-13 (Tue).
    assert deadlines.latest_extended_due(PERSONAL, D(2024, 6, 13), rules()) == D(2024, 8, 13)


def test_shortened_city_periods_for_public_documents():
    city = rules(public_document_days=15, public_document_extension_days=30)
    # 2024-06-03 + 15 = 2024-06-18 (Tue); with the extension 45 days: 2024-07-18 (Thu).
    assert deadlines.first_due(PUBLIC, D(2024, 6, 3), city) == D(2024, 6, 18)
    assert deadlines.latest_extended_due(PUBLIC, D(2024, 6, 3), city) == D(2024, 7, 18)


def test_counting_the_first_day_ends_a_day_earlier():
    city = rules(public_document_days=15, count_first_day=True)
    assert deadlines.first_due(PUBLIC, D(2024, 6, 3), city) == D(2024, 6, 17)


def test_business_day_counting_skips_weekends_and_holidays():
    city = rules(public_document_days=14, counting_rule=CountingRule.BUSINESS_DAYS)
    # 14 open days after Mon 2024-06-03: 06-04..07 (4), 06-10..14 (9), 06-17..21 (14) → Fri 2024-06-21.
    assert deadlines.first_due(PUBLIC, D(2024, 6, 3), city) == D(2024, 6, 21)
    # Across golden week: after Tue 2024-04-30, open days 05-01, 05-02, 05-07, 05-08, 05-09 → 5th is 05-09.
    assert deadlines.period_end(D(2024, 4, 30), 5, city) == D(2024, 5, 9)


def test_correction_and_suspension_have_their_own_periods():
    city = rules(correction_days=20, suspension_days=25)
    assert deadlines.first_due("correction", D(2024, 6, 3), city) == D(2024, 6, 24)  # 06-23 is a Sunday
    assert deadlines.first_due("suspension", D(2024, 6, 3), city) == D(2024, 6, 28)


@pytest.mark.parametrize("learned, last_day", [
    (D(2024, 6, 3), D(2024, 9, 3)),     # the corresponding day three months on
    (D(2024, 11, 30), D(2025, 2, 28)),  # no 2025-02-30: the month's last day
    (D(2024, 5, 10), D(2024, 8, 13)),   # 08-10 Sat, 08-11 Sun, 08-12 振替休日 → 08-13
    (D(2025, 4, 30), D(2025, 7, 31)),   # counted from 05-01: it ends on 07-31, not on 07-30
    (D(2025, 2, 28), D(2025, 6, 2)),    # 03-01 to 05-31, a Saturday → 06-02
    (D(2024, 11, 29), D(2025, 2, 28)),  # counted from 11-30: no 2025-02-30, the month's last day
    (D(2025, 1, 30), D(2025, 4, 30)),   # counted from 01-31: no 04-31
])
def test_appeal_window_is_three_months_from_learning_of_the_decision(learned, last_day):
    assert deadlines.appeal_window_end(learned, rules()) == last_day


def test_third_party_objection_keeps_two_weeks_between_decision_and_disclosure():
    # Decided 2024-07-01: 07-02..07-15 are the two weeks in between; disclosure from 07-16.
    assert deadlines.third_party_earliest_disclosure(D(2024, 7, 1), rules()) == D(2024, 7, 16)
