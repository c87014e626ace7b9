"""The municipality, council name, place and label of a few header shapes read in round 56c."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.clock_and_room_label import clock_and_room_parted
from shingikai.minutes.importer.municipality import municipality_from_prefix
from shingikai.minutes.importer.owner_in_crumbs import owner_in_crumbs


def test_a_district_named_before_a_community_body_is_no_ward():
    assert municipality_from_prefix("北山地区まちづくり協議会") is None
    assert municipality_from_prefix("北山区まちづくり協議会") == "北山区"


def test_a_bullet_left_before_the_room_is_no_part_of_it():
    text = ("北山地区まちづくり協議会 第2回運営委員会 議事録\n1 日時・場所 令和元年8月19日(月)19時から~21時まで\n"
            ". 北山地区センター 大会議室\n2 出席者数\n")
    assert parse_text(text)["place"] == "北山地区センター 大会議室"


def test_one_label_for_the_clock_and_the_room_parts_them():
    assert clock_and_room_parted(["2開始時刻・場所 10:00〜 本校校長室"]) == ["開会時刻:10:00〜", "場所:本校校長室"]
    # A value that does not open with a clock is left as printed.
    assert clock_and_room_parted(["2開始時刻・場所 未定"]) == ["2開始時刻・場所 未定"]


def test_a_page_titled_by_the_day_it_was_held_names_the_chairs_meeting():
    text = ("令和3年12月15日開催の北山警察署協議会会長連絡会議\n開催日時\n令和3年12月15日(水曜)午後3時30分~午後5時30分\n"
            "開催場所\n北山会館 大会議室\n")
    assert parse_text(text)["council_name"] == "北山警察署協議会会長連絡会議"


def test_a_body_in_the_breadcrumb_names_the_owner_only_when_every_one_agrees():
    assert owner_in_crumbs(["トップ > くらし > 北山市教育委員会 > 学校運営協議会 > 第1回"]) == "北山市"
    assert owner_in_crumbs(["トップ > 北山市教育委員会 > 南田町教育委員会 > 協議会 > 第1回"]) is None
    # The page's own title (the last crumb) and the top page are no owner's body.
    assert owner_in_crumbs(["北山市教育委員会 > 学校運営協議会 > 第1回北山市教育委員会"]) is None
