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


def test_a_committee_sitting_during_a_session_takes_no_label_from_the_sessions_count():
    text = "平成27年第4回北山村議会予算審査特別委員会会議録\n招集年月日 平成27年3月30日\n招集場所 北山村議会議場\n"
    parsed = parse_text(text)
    assert (parsed["council_name"], parsed["meeting_label"]) == ("北山村議会予算審査特別委員会", None)


def test_the_counts_word_and_the_sessions_word_are_no_part_of_a_committees_name():
    text = "北山県議会 2020-03-11\n令和 2年第1回定例会総務企画常任委員会-03月11日-01号\n令和2年3月11日 午前 9時59分\n"
    assert parse_text(text)["council_name"] == "北山県議会総務企画常任委員会"


def test_a_committees_report_on_the_plenarys_agenda_leaves_the_plenary_labelled_by_its_session():
    text = ("北山市議会 > 2010-09-24 >\n平成22年第6回定例会(第4号 9月24日) 平成22年9月24日(金)午前10時開議 開議 "
            "第1 各常任委員会審査報告 第2 北山対策特別委員会審査報告 閉会\n")
    parsed = parse_text(text)
    assert (parsed["council_name"], parsed["meeting_label"]) == ("北山市議会", "平成22年第6回定例会")


def test_an_assembly_named_by_its_kind_alone_is_the_citys():
    text = "石川県 北山市\n平成13年 12月 旧北山市 定例会(第4回)\n第4回市議会定例会会議録\n平成13年12月10日(月曜日)\n"
    assert parse_text(text)["council_name"] == "北山市議会"


def test_a_posts_timestamp_is_no_clock_of_the_sitting():
    from shingikai.minutes.importer.post_timestamps import post_timestamps_dropped

    assert post_timestamps_dropped(["1 日時 平成25年11月15日(金曜日) 2014-04-27 14:14:46 [編集/削除]"]) == [
        "1 日時 平成25年11月15日(金曜日)"]
    # A clock to the minute is the sitting's own.
    assert post_timestamps_dropped(["開会 14:14"]) == ["開会 14:14"]


def test_the_room_ends_where_the_next_fields_label_runs_on():
    from shingikai.minutes.importer.place_run_on import room_before_next_field

    assert room_before_next_field("北山市役所7階 会議室7 議事 計画(案)について") == "北山市役所7階 会議室7"
    assert room_before_next_field("北山センター 会 長:北野 委 員:南田") == "北山センター"
    # A room whose name holds the word is left whole.
    assert room_before_next_field("北山市役所 委員会室") == "北山市役所 委員会室"


def test_an_aggregators_session_date_gives_way_to_the_records_own_day():
    import datetime as dt

    from shingikai.minutes.importer.aggregator_day import record_day

    filed = dt.date(2008, 9, 1)
    assert record_day(filed, ["北山県議会 2008-09-01", "10月15日-08号"]) == dt.date(2008, 10, 15)
    # A session over the new year: the record's month before the filing month is the next year's.
    assert record_day(dt.date(2008, 12, 1), ["北山県議会 2008-12-01", "1月15日-08号"]) == dt.date(2009, 1, 15)
    # A date read from anywhere else stands.
    assert record_day(filed, ["平成20年9月1日", "10月15日-08号"]) is None
