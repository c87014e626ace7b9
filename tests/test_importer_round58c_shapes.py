"""The municipality, council name, label, place and clocks of a few header shapes read in round 58c."""
import datetime

from shingikai.jp.wareki import parse_time_range
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.box_clock_cells import clocks_in_box_cells
from shingikai.minutes.importer.business_entry_title import is_business_entry
from shingikai.minutes.importer.issuing_office import is_issuing_office
from shingikai.minutes.importer.merged_district import town_merged_away
from shingikai.minutes.importer.planned_span import close_only_planned
from shingikai.minutes.importer.public_safety_commission import prefecture_of_commission
from shingikai.minutes.importer.residents_federation import is_residents_federation
from shingikai.minutes.importer.room_after_dated_clocks import room_after_dated_clocks
from shingikai.minutes.importer.sitting_word_title import body_of_sitting
from shingikai.minutes.importer.sub_body import with_sub_body


def _facts(text):
    parsed = parse_text(text)
    return {k: parsed[k] for k in ("municipality", "council_name", "meeting_label", "place", "start_time", "end_time")}


def test_the_closing_field_spelt_as_the_opening_one_gives_the_closing_clock():
    text = ("第1回北山環境事務組合議会臨時会会議録\n\n1.開会日時 令和2年6月4日(木曜日)午後1時30分\n\n"
            "2.閉会日時 令和2年6月4日(木曜日)午後3時39分\n\n3.場  所 北山センター 2階多目的室\n")
    facts = _facts(text)
    assert (facts["start_time"], facts["end_time"], facts["place"]) == ("13:30", "15:39", "北山センター 2階多目的室")


def test_the_bureau_that_issued_the_record_is_no_room():
    assert is_issuing_office("北山庁 総務企画局")
    assert is_issuing_office("北山市 企画部 企画課")
    assert not is_issuing_office("北山庁 第1会議室")
    assert not is_issuing_office("北山合同庁舎")
    text = "北山審議会第一部会(第6回)議事録\n\n令和2年6月4日\n北山庁 総務企画局\n\n○ 北野部会長\n\nただいまから会議を開催いたします。\n"
    assert _facts(text)["place"] is None


def test_a_sub_body_numbered_in_kanji_keeps_its_dai():
    assert with_sub_body("北山審議会南分科会", ["北山審議会南分科会第二部会会合(第6回)議事録"]) == "北山審議会南分科会第二部会"
    assert with_sub_body("北山審議会", ["北山審議会第一専門部会(第2回)議事録"]) == "北山審議会第一専門部会"
    # A count of sittings (第6回) is no sub-body.
    assert with_sub_body("北山審議会", ["北山審議会第6回会議録"]) == "北山審議会"


def test_the_board_of_a_bodys_officers_sits_as_itself():
    assert with_sub_body("北山区自治会連絡協議会", ["第2回北山区自治会連絡協議会三役会理事会"]) == "北山区自治会連絡協議会三役会理事会"


def test_an_entry_of_the_order_of_business_is_no_title():
    assert is_business_entry("第二 特別委員会設置の件")
    assert is_business_entry("日程第3 北山対策特別委員会の設置の件")
    assert not is_business_entry("第2回北山市環境審議会")
    assert not is_business_entry("第二部会の件について")


def test_a_prefectures_assembly_named_by_the_aggregators_breadcrumb():
    text = ("会議録検索 -地方議会-\n\n岐阜県 岐阜県\n\n令和2年 第1回定例会(3月)\n\n令和二年三月十二日(木曜日)\n\n"
            " 議事日程第八号\n           午前十時開議\n第一 一般質問及び質疑、委員会付託\n第二 特別委員会設置の件\n\n"
            " 出席議員 四名\n  議長        北野一郎\n  副議長       南田健\n")
    facts = _facts(text)
    assert (facts["municipality"], facts["council_name"], facts["meeting_label"]) == ("岐阜県", "岐阜県議会", "令和2年第1回定例会")


def test_a_title_naming_the_sittings_kind_leaves_the_body_the_page_names_most():
    lines = ["定例会議の開催概要", "定例会議では,公安委員会としての意思決定を行いました。", "○公安委員会の行事予定について",
             "滋賀県公安委員会からの援助要求"]
    assert body_of_sitting(lines) == "公安委員会"
    # Two bodies named as often: neither is claimed.
    assert body_of_sitting(["北山審議会と南野協議会", "北山審議会", "南野協議会"]) is None


def test_a_commissions_prefecture_is_that_of_its_police():
    assert prefecture_of_commission("警察本部から説明を受けた。令和6年度岐阜県警察情報監査の結果について") == "岐阜県"
    # Its own police called 当県警察: the prefectures asking for help are others.
    text = ("岐阜県監査委員による監査\n滋賀県公安委員会及び奈良県公安委員会からの援助要求に基づき,"
            "当県警察職員を滋賀県警察及び奈良県警察に派遣する")
    assert prefecture_of_commission(text) == "岐阜県"
    # Two prefectures' police and nothing to tell them apart: none.
    assert prefecture_of_commission("滋賀県警察と奈良県警察の合同訓練") is None


def test_a_commission_under_a_sitting_word_title_is_its_prefectures():
    text = ("定例会議の開催概要(令和2年6月4日)\n令和2年6月4日(木曜日)\n定例会議では,警察本部から説明を受け,"
            "公安委員会としての意思決定を行いました。\n○岐阜県監査委員による監査の結果について\n説明を受け,了承した。\n"
            "○警察職員の援助要求について\n滋賀県公安委員会からの援助要求に基づき,当県警察職員を滋賀県警察に派遣する案を議決した。\n"
            "○公安委員会の行事予定について\n説明を受け,了承した。\n")
    facts = _facts(text)
    assert (facts["municipality"], facts["council_name"]) == ("岐阜県", "公安委員会")


def test_a_wards_residents_federation_takes_no_city_the_page_does_not_name():
    assert is_residents_federation("宮前区町内自治会連絡協議会")
    assert is_residents_federation("北山区自治会連合会")
    assert not is_residents_federation("宮前区まちづくり推進委員会")
    text = ("令和2年度宮前区連協 報告書 会議名 令和2年度第2回宮前区町内自治会連絡協議会三役会理事会 日 時 2年6月4日(木)"
            "午後4時から5時5分まで 場 所 宮前区役所3-5会議室 出席者 北野会長、南田副会長\n")
    facts = _facts(text)
    assert (facts["municipality"], facts["council_name"]) == (None, "宮前区町内自治会連絡協議会三役会理事会")
    # A body the city set up in the ward is the city's.
    assert _facts(text.replace("町内自治会連絡協議会三役会理事会", "まちづくり推進委員会"))["municipality"] == "川崎市"


def test_the_order_of_business_under_the_date_is_no_room():
    text = ("平成2年度 第2回 北山市立図書館協議会 日 時\n平成2年度 第2回 北山市立図書館協議会 日 時:令和2年6月4日(木) "
            "午後2時から 会 次 場:北山図書館3階 南野ホール 第 1 開 会 2 館長あいさつ 3 会長あいさつ 4 報 告 "
            "(1)事業計画について 5 議 事 (1)今後の方向性について 6 その他 7 閉 出席者 会 委 員 : 北野委員,南田委員\n")
    assert _facts(text)["place"] == "北山図書館3階 南野ホール"


def test_a_room_after_the_clocks_drops_its_glued_label():
    lines = ["日 時:令和2年6月4日(木) 午後2時から 会次場:北山図書館3階 南野ホール 第 1 開 会"]
    assert room_after_dated_clocks(lines, datetime.date(2020, 6, 4)) == "北山図書館3階 南野ホール"


def test_box_cells_give_each_clock_after_its_own_word():
    line = "開閉会日時及び宣告\u3000開議\u3000\u3000閉会\u3000令和2年12月20日 午前10時00分\u3000\u3000令和2年12月20日 午前10時12分\u3000議長"
    assert clocks_in_box_cells([line], lambda c: parse_time_range(c)[0]) == ("10:00", "10:12")
    assert clocks_in_box_cells(["開議 午前10時00分"], lambda c: parse_time_range(c)[0]) is None


def test_the_hall_of_a_town_merged_away_names_no_municipality():
    text = "場所 南野町民センター 事務局 西川支所長 第2期第1回地域協議会を開催"
    assert town_merged_away("南野町", text)
    # The town named for itself elsewhere on the page is today's.
    assert not town_merged_away("南野町", text + " 南野町長あいさつ")
    # No branch office: the town's own hall.
    assert not town_merged_away("南野町", "場所 南野町民センター 第1回地域協議会")


def test_a_close_stated_only_in_the_order_of_business_is_not_the_sittings():
    text = ("令和2年度第1回北山市青少年協議会次第 日時 令和2年7月4日(土) 午前10時から11時30分まで 場所 北山市役所5階会議室 "
            "1 開会 2 会長あいさつ 3 議事 令和2年度 第1回北山市青少年協議会報告 1 開催日時 令和2年7月4日(土) 午前10時から "
            "2 会  場 会議室 3 出  席 委員 11人\n")
    facts = _facts(text)
    assert (facts["start_time"], facts["end_time"]) == ("10:00", None)
    clock = lambda c: parse_time_range(c)[0]  # noqa: E731
    # The report states its own close: the rule leaves the clocks alone.
    assert not close_only_planned(text.replace("午前10時から 2", "午前10時から11時20分まで 2"), "10:00", clock)
    # No order of business over the report: its clocks are the sitting's.
    assert not close_only_planned(text.replace("次第 日時", "会議録 日時"), "10:00", clock)
