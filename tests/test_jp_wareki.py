"""Japanese era dates, fiscal years and clock times (shingikai.jp.wareki)."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shingikai.jp.wareki import (
    era_misfit,
    fiscal_era_misfit,
    era_year,
    fiscal_year,
    fiscal_year_label,
    is_written_as_date,
    kanji_to_int,
    parse_date,
    parse_fiscal_year,
    parse_time,
    parse_time_range,
    to_wareki,
    wareki_year_label,
)

D = dt.date

# (last day of the previous era as written, that day, first day of the new era as written, that day)
ERA_BOUNDARIES = [
    ("明治45年7月29日", D(1912, 7, 29), "大正元年7月30日", D(1912, 7, 30)),
    ("大正15年12月24日", D(1926, 12, 24), "昭和元年12月25日", D(1926, 12, 25)),
    ("昭和64年1月7日", D(1989, 1, 7), "平成元年1月8日", D(1989, 1, 8)),
    ("平成31年4月30日", D(2019, 4, 30), "令和元年5月1日", D(2019, 5, 1)),
]


@pytest.mark.parametrize("last_text, last_day, first_text, first_day", ERA_BOUNDARIES)
def test_era_boundaries_format_on_both_sides(last_text, last_day, first_text, first_day):
    assert to_wareki(last_day) == last_text
    assert to_wareki(first_day) == first_text


@pytest.mark.parametrize("last_text, last_day, first_text, first_day", ERA_BOUNDARIES)
def test_era_boundaries_parse_on_both_sides(last_text, last_day, first_text, first_day):
    assert parse_date(last_text) == last_day
    assert parse_date(first_text) == first_day


def test_meiji_begins_on_its_official_start_date():
    assert to_wareki(D(1868, 10, 23)) == "明治元年10月23日"
    assert parse_date("明治元年10月23日") == D(1868, 10, 23)
    assert parse_date("明治元年10月22日") is None
    with pytest.raises(ValueError):
        to_wareki(D(1868, 10, 22))


def test_reiwa_gannen_first_day_round_trips():
    assert parse_date(to_wareki(D(2019, 5, 1))) == D(2019, 5, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("令和1年4月1日", None),  # 令和 had not begun
        ("平成元年1月7日", None),  # still 昭和64年
        ("令和0年5月1日", None),
        ("令和3年2月30日", None),
        ("令和3年13月1日", None),
        ("2021年2月29日", None),
        ("R3.2.30", None),
        ("", None),
        ("第3回審議会", None),
    ],
)
def test_invalid_dates_are_rejected(text, expected):
    assert parse_date(text) is expected


def test_date_after_an_era_ended_is_accepted_as_people_write_it():
    assert parse_date("平成32年3月31日") == D(2020, 3, 31)
    assert parse_date("昭和64年1月8日") == D(1989, 1, 8)


@pytest.mark.parametrize(
    "text",
    [
        "令和3年5月10日",
        "令和３年５月１０日",
        "令和三年五月十日",
        "令和 3 年 5 月 10 日",
        "令和　３年　５月　１０日",
        "令和3年5月10日（月）",
        "令和3年5月10日(月)午後2時",
        "開催日時：令和3年5月10日（月）午後2時から",
        "R3.5.10",
        "R3/5/10",
        "R03.05.10",
        "R3-5-10",
        "Ｒ３．５．１０",
        "令和3.5.10",
        "2021年5月10日",
        "２０２１年５月１０日",
        "二〇二一年五月十日",
        "2021-05-10",
        "2021/5/10",
        "2021.5.10",
    ],
)
def test_every_written_form_of_the_same_day_parses(text):
    assert parse_date(text) == D(2021, 5, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("H31.4.30", D(2019, 4, 30)),
        ("S64.1.7", D(1989, 1, 7)),
        ("T15.12.24", D(1926, 12, 24)),
        ("M45.7.29", D(1912, 7, 29)),
        ("H1.1.8", D(1989, 1, 8)),
    ],
)
def test_letter_abbreviations_cover_every_era(text, expected):
    assert parse_date(text) == expected


def test_gannen_is_read_as_year_one():
    assert parse_date("令和元年5月1日") == D(2019, 5, 1)
    assert parse_date("令和１年５月１日") == D(2019, 5, 1)
    assert parse_date("令和元.5.1") == D(2019, 5, 1)


def test_kanji_numerals_with_tens_parse():
    assert parse_date("令和二十年十二月三十一日") == D(2038, 12, 31)
    assert parse_date("平成三十一年四月三十日") == D(2019, 4, 30)
    assert parse_date("昭和六十四年一月七日") == D(1989, 1, 7)


def test_first_valid_date_in_a_line_wins():
    assert parse_date("令和3年2月30日の誤り、正しくは令和3年3月1日") == D(2021, 3, 1)
    assert parse_date("令和3年5月10日及び令和3年6月1日") == D(2021, 5, 10)


def test_letter_inside_a_word_is_not_an_era():
    assert parse_date("VER3.5.10") is None


def test_to_wareki_formats_plain_and_with_western_year():
    assert to_wareki(D(2021, 5, 10)) == "令和3年5月10日"
    assert to_wareki(D(2021, 5, 10), western=True) == "令和3年5月10日 (2021年)"
    assert to_wareki(D(2019, 5, 1), kanji_gannen=False) == "令和1年5月1日"
    assert to_wareki(dt.datetime(2021, 5, 10, 23, 59)) == "令和3年5月10日"


def test_era_year_and_year_label():
    assert era_year(D(2021, 5, 10)) == ("令和", 3)
    assert era_year(D(2019, 4, 30)) == ("平成", 31)
    assert wareki_year_label(D(2019, 5, 1)) == "令和元年"
    assert wareki_year_label(D(2019, 5, 1), kanji_gannen=False) == "令和1年"
    assert wareki_year_label(D(1989, 1, 7)) == "昭和64年"


@pytest.mark.parametrize(
    "day, expected",
    [
        (D(2022, 3, 15), 2021),
        (D(2022, 3, 31), 2021),
        (D(2022, 4, 1), 2022),
        (D(2021, 12, 31), 2021),
        (D(2022, 1, 1), 2021),
    ],
)
def test_fiscal_year_turns_over_on_april_first(day, expected):
    assert fiscal_year(day) == expected


@pytest.mark.parametrize(
    "fy, label",
    [
        (2021, "令和3年度"),
        (2019, "令和元年度"),  # began under 平成 but is called 令和元年度
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),  # ended under 平成 but keeps 昭和
    ],
)
def test_fiscal_year_label_names_the_year(fy, label):
    assert fiscal_year_label(fy) == label


@pytest.mark.parametrize(
    "text, fy",
    [
        ("令和3年度", 2021),
        ("令和元年度", 2019),
        ("平成30年度", 2018),
        ("平成31年度", 2019),
        ("令和３年度第２回審議会", 2021),
        ("令和 三 年度", 2021),
        ("R3年度", 2021),
        ("2021年度", 2021),
        ("令和3年", None),
        ("令和0年度", None),
        ("", None),
    ],
)
def test_parse_fiscal_year(text, fy):
    assert parse_fiscal_year(text) == fy


@pytest.mark.parametrize("fy", range(1869, 2100))
def test_fiscal_year_label_round_trips(fy):
    assert parse_fiscal_year(fiscal_year_label(fy)) == fy


@pytest.mark.parametrize(
    "text, expected",
    [
        ("午後1時30分", "13:30"),
        ("13時30分", "13:30"),
        ("午前12時00分", "12:00"),  # 午前12時 is noon (太政官達第337号)
        ("午後12時", "00:00"),  # 午後12時 is midnight
        ("午後0時", "12:00"),
        ("午前0時", "00:00"),
        ("午前10時", "10:00"),
        ("10:00", "10:00"),
        ("10：00", "10:00"),
        ("9:05", "09:05"),
        ("十時三十分", "10:30"),
        ("午後二時", "14:00"),
        ("13時", "13:00"),
        ("午後１時半", "13:30"),
        ("１３時３０分", "13:30"),
        ("午後 1 時 30 分", "13:30"),
        ("正午", "12:00"),
        ("開会 午前10時00分", "10:00"),
    ],
)
def test_parse_time_reads_every_clock_form(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "第3回", "2時間", "30分間", "一時中断した", "午後13時", "25時", "10時70分", "令和3年5月10日"],
)
def test_parse_time_rejects_durations_words_and_impossible_times(text):
    assert parse_time(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("13時30分～16時40分", ("13:30", "16:40")),
        ("午後2時から午後4時まで", ("14:00", "16:00")),
        ("午後2時から4時まで", ("14:00", "16:00")),
        ("14:00～15:30", ("14:00", "15:30")),
        ("午前10時00分 開会 … 午前11時45分 閉会", ("10:00", "11:45")),
        ("午前11時から午後1時まで", ("11:00", "13:00")),
        ("午後2時開会", ("14:00", None)),
        ("日時未定", (None, None)),
    ],
)
def test_parse_time_range_returns_the_first_two_times(text, expected):
    assert parse_time_range(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("〇", 0),
        ("十", 10),
        ("二十一", 21),
        ("百", 100),
        ("千九百八十九", 1989),
        ("二〇二一", 2021),
        ("二千二十一", 2021),
        ("２０２１", 2021),
        ("42", 42),
        ("", None),
        ("十十", None),
        ("二十一二", None),
        ("三x", None),
    ],
)
def test_kanji_to_int(text, value):
    assert kanji_to_int(text) == value


@given(st.dates(min_value=D(1873, 1, 1), max_value=D(2100, 12, 31)))
def test_to_wareki_round_trips_through_parse_date(day):
    assert parse_date(to_wareki(day)) == day
    assert parse_date(to_wareki(day, western=True)) == day
    assert parse_date(to_wareki(day, kanji_gannen=False)) == day


@given(st.dates(min_value=D(1873, 1, 1), max_value=D(2100, 12, 31)))
def test_fiscal_year_contains_its_dates(day):
    fy = fiscal_year(day)
    assert D(fy, 4, 1) <= day <= D(fy + 1, 3, 31)


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_every_clock_time_round_trips(hour, minute):
    assert parse_time(f"{hour}時{minute}分") == f"{hour:02d}:{minute:02d}"
    assert parse_time(f"{hour:02d}:{minute:02d}") == f"{hour:02d}:{minute:02d}"


# Template filters (builtins from settings.TEMPLATES; no database needed).


def _render(source, **context):
    from django.template import Context, Template

    return Template(source).render(Context(context))


def test_wareki_filter_formats_dates_and_iso_strings():
    assert _render("{{ d|wareki }}", d=D(2021, 5, 10)) == "令和3年5月10日"
    assert _render("{{ d|wareki }}", d="2019-05-01") == "令和元年5月1日"
    assert _render("{{ d|wareki }}", d=None) == ""
    assert _render("{{ d|wareki }}", d="") == ""


def test_wareki_filter_uses_the_local_calendar_day_for_aware_datetimes():
    utc_evening = dt.datetime(2021, 5, 9, 16, 0, tzinfo=dt.timezone.utc)  # 01:00 in Tokyo
    assert _render("{{ d|wareki }}", d=utc_evening) == "令和3年5月10日"


def test_wareki_western_filter_adds_the_western_year():
    assert _render("{{ d|wareki_western }}", d=D(2021, 5, 10)) == "令和3年5月10日 (2021年)"


def test_fiscal_year_label_filter():
    assert _render("{{ fy|fiscal_year_label }}", fy=2019) == "令和元年度"
    assert _render("{{ fy|fiscal_year_label }}", fy="2018") == "平成30年度"
    assert _render("{{ fy|fiscal_year_label }}", fy=D(2022, 3, 31)) == "令和3年度"


def test_hm_filter_writes_japanese_clock_time():
    assert _render("{{ t|hm }}", t=dt.time(13, 30)) == "13時30分"
    assert _render("{{ t|hm }}", t=dt.time(9, 5)) == "9時05分"
    assert _render("{{ t|hm }}", t="14:00") == "14時00分"
    assert _render("{{ t|hm }}", t=None) == ""


def test_number_filter_groups_thousands():
    from shingikai.jp.templatetags import number

    assert [number(v) for v in (5500000, 999, 0, -1200)] == ["5,500,000", "999", "0", "-1,200"]
    assert [number(v) for v in (None, "約", 1.5, True)] == ["", "約", "1.5", "True"]


def test_a_date_letter_spaced_to_its_cell_era_name_and_all_is_read():
    assert parse_date("期日 平\u3000\u3000成 27 年 8 月 24 日 ( 月 )") == dt.date(2015, 8, 24)
    assert parse_date("令 和 ６ 年 ３ 月 ８ 日") == dt.date(2024, 3, 8)


@pytest.mark.parametrize("text,shaped", [
    ("令和8年2月30日", True), ("令和99年13月40日", True), ("R1.4.1", True), ("2025-02-30", True),
    ("令和7年6月1日", True), ("明日", False), ("abc", False), ("2月30日", False), ("", False),
])
def test_a_text_written_as_a_date_is_told_from_one_that_is_no_date(text, shaped):
    """A form says 「…という日付はありません」 for the first kind when parse_date finds no real day in it."""
    assert is_written_as_date(text) is shaped


def test_a_fiscal_year_is_named_as_on_its_day_before_a_new_era_began():
    from shingikai.jp.wareki import fiscal_year_label_on

    assert fiscal_year_label_on(dt.date(2019, 4, 30)) == "平成31年度"
    assert fiscal_year_label_on(dt.date(2019, 5, 7)) == "令和元年度"
    assert fiscal_year_label_on(dt.date(2019, 3, 29)) == "平成30年度"
    assert fiscal_year_label_on(dt.date(1989, 2, 1)) == "昭和63年度"


def test_a_lower_case_era_letter_is_read_as_the_capital():
    assert parse_date("r7.4.1") == parse_date("R7.4.1") == D(2025, 4, 1)
    assert parse_date("h31/4/30") == D(2019, 4, 30)
    assert parse_fiscal_year("r7年度") == 2025


@pytest.mark.parametrize("typed, span, meant", [
    ("平成31年5月1日", "平成は平成31年4月30日まで", "令和元年5月1日"),
    ("令和元年4月1日", "令和は令和元年5月1日から", "平成31年4月1日"),
    ("昭和64年2月1日", "昭和は昭和64年1月7日まで", "平成元年2月1日"),
    ("H31.5.1", "平成は平成31年4月30日まで", "令和元年5月1日"),
    ("平成32年3月31日", "平成は平成31年4月30日まで", "令和2年3月31日"),
])
def test_a_date_typed_in_an_era_it_is_not_of_is_named_with_the_era_and_the_day_it_would_be(typed, span, meant):
    message = era_misfit(typed)
    assert message.startswith("「") and "という日付はありません" in message
    assert span in message and f"{meant} のことであれば" in message


@pytest.mark.parametrize("typed", ["平成31年4月30日", "令和元年5月1日", "昭和64年1月7日", "平成元年1月8日", "2019-05-01",
                                   "令和7年6月1日", "令和8年2月30日", "昨日", ""])
def test_a_date_of_its_own_era_or_no_era_is_no_misfit(typed):
    assert era_misfit(typed) is None


@pytest.mark.parametrize("typed, span, meant", [
    ("平成32年度", "平成は平成31年4月30日まで", "令和2年度"),
    ("Ｈ３２年度", "平成は平成31年4月30日まで", "令和2年度"),
    ("昭和64年度", "昭和は昭和64年1月7日まで", "平成元年度"),
    ("平成99年度", "平成は平成31年4月30日まで", "令和69年度"),
])
def test_a_fiscal_year_typed_in_an_era_none_of_its_days_had_is_named_with_the_year_it_would_be(typed, span, meant):
    message = fiscal_era_misfit(typed)
    assert message.startswith("「") and "という年度はありません" in message
    assert span in message and f"{meant} のことであれば" in message


@pytest.mark.parametrize("typed", ["平成31年度", "令和元年度", "令和1年度", "平成元年度", "昭和63年度", "R7年度", "2020年度",
                                   "令和７年度", ""])
def test_a_fiscal_year_with_a_day_in_its_era_is_no_misfit(typed):
    assert fiscal_era_misfit(typed) is None


@pytest.mark.parametrize("typed", ["平成32年度", "H32", "平成32", "ｈ３２", "昭和64年度", "S64"])
def test_the_fiscal_year_field_refuses_a_year_its_era_never_had(typed):
    from django.core.exceptions import ValidationError

    from shingikai.formfields import FiscalYearField

    with pytest.raises(ValidationError) as refused:
        FiscalYearField(required=False).clean(typed)
    assert "という年度はありません" in refused.value.messages[0]


@pytest.mark.parametrize("typed, fy", [("平成31年度", 2019), ("H31", 2019), ("令和元年度", 2019), ("令和元", 2019),
                                       ("Ｒ１", 2019), ("平成元年度", 1989), ("２０２０", 2020)])
def test_the_fiscal_year_field_takes_every_year_on_both_sides_of_an_era_change(typed, fy):
    from shingikai.formfields import FiscalYearField

    assert FiscalYearField(required=False).clean(typed) == fy
