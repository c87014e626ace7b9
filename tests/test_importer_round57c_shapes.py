"""The municipality, council name, label, date, place and clocks of a few header shapes read in round 57c."""
import datetime

from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.body_in_own_rules import body_in_own_rules
from shingikai.minutes.importer.convened_clock import convened_by_notice
from shingikai.minutes.importer.count_before_body import count_before_body
from shingikai.minutes.importer.lone_dated_span import date_of_lone_span
from shingikai.minutes.importer.municipality import municipality_from_prefix, municipality_named_most, municipality_of_place
from shingikai.minutes.importer.opened_then_room import room_across_from_opening
from shingikai.minutes.importer.place_run_on import room_before_next_field
from shingikai.minutes.importer.room_after_dated_clocks import room_after_dated_clocks
from shingikai.minutes.importer.sub_body import with_sub_body
from shingikai.minutes.importer.unmarked_count import count_apart
from shingikai.minutes.importer.weekday_checked_dates import misprinted_date_after_label, weekday_checked_date


def test_a_body_about_what_the_city_owns_belongs_to_the_city_before_its_ritsu():
    assert municipality_from_prefix("北山市立小・中学校学区審議会") == "北山市"
    assert municipality_from_prefix("東村山市立図書館協議会") == "東村山市"


def test_the_area_a_school_serves_is_no_ward():
    assert municipality_from_prefix("北山学区審議会") is None
    assert municipality_from_prefix("南野校区まちづくり協議会") is None


def test_the_fiscal_years_word_in_a_calendar_date_is_read_by_the_printed_weekday():
    assert weekday_checked_date("令和5年度6月16日(金) 18時30分~20時") == (datetime.date(2023, 6, 16), None)
    # February of 令和5年度 is 2024's.
    assert weekday_checked_date("令和5年度2月16日(金)") == (datetime.date(2024, 2, 16), None)
    # A weekday that disagrees leaves the date unclaimed.
    assert weekday_checked_date("令和5年度6月16日(月)") == (None, None)


def test_a_date_whose_letters_the_copy_lost_is_claimed_only_where_one_split_fits_its_weekday():
    assert weekday_checked_date("平成1769日(木) 午前10") == (datetime.date(2005, 6, 9), "10:00")
    assert weekday_checked_date("平成1769日(金)") == (None, None)
    # Without a printed weekday nothing tells 平成1年11月11日 from 平成11年1月11日.
    assert weekday_checked_date("平成11111日") == (None, None)


def test_a_count_that_lost_its_dai_is_the_sittings_and_no_part_of_the_bodys_name():
    assert count_apart("92回北山群島振興審議会") == ("北山群島振興審議会", "92回")
    assert count_apart("北山群島振興審議会") == ("北山群島振興審議会", None)
    text = "92回北山群島振興審議会会議録\n\n日 時 平成1769日(木) 午前10\n\n場 所 南野合同庁舎4階 特別会議室\n"
    parsed = parse_text(text)
    assert (parsed["council_name"], parsed["meeting_label"], str(parsed["date"]), parsed["start_time"]) == (
        "北山群島振興審議会", "92回", "2005-06-09", "10:00")


def test_an_area_word_before_a_section_of_the_city_hall_names_no_city():
    text = ("平成23年度 第2回北野地域委員会議事録\n開催日時 平成23年7月12日(火)\n     午後6時30分開会〜午後8時00分閉会\n"
            "2.開催場所 北野館 2階会議室\n5.事務局員 支所長 南田一郎\n       地域市民課長 東山健\n"
            "       地域市民課地域担当リーダー 西川花子\n       地域市民課地域担当 北山次郎\n")
    assert parse_text(text)["municipality"] is None


def test_a_prefectures_regional_joint_building_names_no_owner():
    assert municipality_of_place("群馬県南野合同庁舎 大会議室") is None
    assert municipality_of_place("群馬県庁舎7階 審議会室") == "群馬県"


def test_the_next_fields_number_or_spaced_label_ends_the_room():
    assert room_before_next_field("群馬県南野合同庁舎 大会議室 委 員 の 出 欠 出席者 ○ 欠席者") == "群馬県南野合同庁舎 大会議室"
    assert room_before_next_field("第二委員会室 3 出席した委員    北野委員長、南田副委員長") == "第二委員会室"
    # A number inside the room's name is no field's.
    assert room_before_next_field("北山会館 3 階会議室") == "北山会館 3 階会議室"


def test_the_closing_clock_beside_the_dates_row_is_no_opening():
    text = ("北山県議会 2020-06-04\n北野対策特別委員会 会議要録                開会 13時05分 1 開催日時      令和2年6月4日(木)"
            "                閉会 14時50分 2 開催場所      第二委員会室 3 出席した委員    北野委員長、南田副委員長\n")
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"], parsed["place"]) == ("13:05", "14:50", "第二委員会室")


def test_a_page_without_its_title_names_the_body_adopting_its_own_rules():
    lines = ["3. 議題", "(1) 北山審議会の概要等", "(2) 会長の選任", "(3) 北山審議会及び各部会議事規則の策定"]
    assert body_in_own_rules(lines) == "北山審議会"
    # A body only spoken of, however often, adopts no rules here.
    assert body_in_own_rules(["(1) 北山審議会への報告", "(2) 北山審議会の意見"]) is None
    # Two bodies each named twice name none.
    assert body_in_own_rules(lines + ["南野委員会の意見", "南野委員会の報告"]) is None
    text = ("1. 日時\n平成14年3月8日(金) 10時00分〜11時45分\n2. 場所\n北山庁第一会議室\n" + "\n".join(lines) + "\n")
    assert parse_text(text)["council_name"] == "北山審議会"


def test_a_years_nen_mistyped_as_tsuki_is_read_where_the_weekday_agrees():
    assert weekday_checked_date("平成29月11月7日(火曜日)午前10時~午前11時30分") == (datetime.date(2017, 11, 7), None)
    assert weekday_checked_date("平成29月11月7日(水曜日)") == (None, None)


def test_the_only_date_a_clock_range_follows_dates_a_form_whose_labels_stand_in_a_row():
    text = ("第1回北山市生涯学習推進協議会会議録\n北山市生涯学習推進協議会会議録 1 会議の名称 2 開催日時 3 開催場所 "
            "平成22年度第1回北山市生涯学習推進協議会 平成22年 8月4日 午後2時00分∼3時40分 北山市役所502会議室 "
            "(1) 会長、副会長の選出について\n")
    assert str(parse_text(text)["date"]) == "2010-08-04"
    # Two sittings' dates, each with its clocks, date neither.
    assert date_of_lone_span("平成22年 8月4日 午後2時00分∼3時40分 次回 平成22年 9月2日 午後2時00分∼3時 ") is None


def test_the_count_just_before_the_bodys_full_name_labels_the_sitting():
    council = "北山市空き家等対策協議会"
    assert count_before_body(council, ["8、会議資料の名称 ・平成30年度 第3回 北山市空き家等対策協議会 次第 ・計画(案)"]) == "平成30年度第3回"
    assert count_before_body(council, ["平成29年度 第2回北山市空き家等対策協議会", "平成29年10月6日(金)"]) == "平成29年度第2回"
    assert count_before_body(council, ["それでは 第 3 回北山市空き家等対策協議会を開会させていただきます"]) == "第3回"
    # The next sitting announced, or a count run on into other words, labels nothing.
    assert count_before_body(council, ["次回、第6回北山市空き家等対策協議会を開催します"]) is None
    assert count_before_body(council, ["第5回北山市空き家等対策協議会の資料について"]) is None
    # Two counts disagree: none.
    assert count_before_body(council, ["第5回北山市空き家等対策協議会 次第", "第4回北山市空き家等対策協議会"]) is None


def test_a_bracketed_number_before_the_next_field_ends_the_room():
    assert room_before_next_field("北山ホール 2階 第2会議室 (3)次第") == "北山ホール 2階 第2会議室"


def test_the_room_across_from_the_opening_clock_on_a_flattened_title_block():
    lines = ["北山委員会会議録    令和2年6月4日(木曜日)午前10時3分開議                議事堂第2委員会室協議事項】 1.議第5号"]
    assert room_across_from_opening(lines, datetime.date(2020, 6, 4)) == "議事堂第2委員会室"
    # Another day's line names no room of this sitting.
    assert room_across_from_opening(lines, datetime.date(2020, 6, 5)) is None


def test_the_room_after_the_sittings_date_and_clocks_with_no_label():
    day = datetime.date(2020, 6, 4)
    assert room_after_dated_clocks(
        ["様式第1号 第2期北山町自治推進委員会(第1回) 令和2年6月4日(木) 18時30分 開会 19時50分 閉会 北山プラザ 会議室2 "
         "北野委員、南田委員"], day) == "北山プラザ 会議室2"
    assert room_after_dated_clocks(["令和 2年 6月 定例会(第2回)1 令和2年6月4日(木曜日)午前10時1 北山市役所議場1 出席議員 15名"],
                                   day) == "北山市役所議場"
    assert room_after_dated_clocks(["第1回北山広域連合議会定例会 会議録 令和2年6月4日 北山市 南野センター11階大会議室 第1日"],
                                   day) == "北山市 南野センター11階大会議室"
    # Words after the date that end in no room's word are no room.
    assert room_after_dated_clocks(["令和2年6月4日 北山市 南野センター 北野委員、南田委員"], day) is None


def test_the_records_opening_clock_over_the_clock_the_notice_called_the_sitting_for():
    text = ("令和2年第1回(6月)北山町議会臨時会 会議録\n 令和2年第1回(6月)北山町議会臨時会を次のとおり招集する。\n 令和2年5月28日\n"
            "                 北山町長 北 野 一 郎\n1 期  日  令和2年6月4日(木)午前9時30分〜\n2 場  所  北山町役場 議事室\n"
            " 開   会  令和2年6月4日(木曜日) 午前 9時34分\n 閉   会  令和2年6月4日(木曜日) 午後 4時49分\n")
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == ("09:34", "16:49")
    assert convened_by_notice(["北山市告示第352号"]) and not convened_by_notice(["1 日時 令和2年6月4日 午前10時"])


def test_an_assembly_committees_opening_and_closing_by_day_and_clock():
    text = ("北山県議会 2020-03-11\n令和 2年第1回定例会総務常任委員会-03月11日-01号\n"
            "令和 2年第1回定例会総務常任委員会 委員会の名称 総務常任委員会 開催場所   401委員会室 開議年月日時 令和2年3月11日 "
            "午前 9時59分 散会年月日時 令和2年3月11日 午後 3時53分 会議の目的  付託議案等の審査  委員長 北野一郎\n")
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"], parsed["place"]) == ("09:59", "15:53", "401委員会室")


def test_a_count_that_lost_its_kai_before_the_municipality_is_no_part_of_the_name_and_labels_nothing():
    assert count_apart("第1群馬県男女共同参画審議会") == ("群馬県男女共同参画審議会", None)
    # 第2次北山市総合計画審議会: the plan's edition opens the body's name and stays.
    assert count_apart("第2次北山市総合計画審議会") == ("第2次北山市総合計画審議会", None)


def test_the_next_plan_names_the_city_it_is_the_plan_of():
    text = "資料1 北山市男女共同参画意識調査\n資料3 北山市の成果と課題\n資料4 次期北山市男女共同参画プラン骨子案\n"
    assert municipality_named_most(text) == "北山市"


def test_a_date_that_lost_its_nichi_is_read_after_its_label_where_the_weekday_agrees():
    assert weekday_checked_date("平成 24 年8月 20(月)17:1") == (datetime.date(2012, 8, 20), None)
    assert weekday_checked_date("平成 24 年8月 20(火)") == (None, None)
    line = "北山制度検討チーム 第1回議事録 北山室 北山チーム(第1回)議事次第 日 時:平成 24 年8月 20(月)17:1"
    assert misprinted_date_after_label([line]) == (datetime.date(2012, 8, 20), None)
    # A date printed whole is no misprint.
    assert weekday_checked_date("平成24年8月20日(月)") == (None, None)


def test_any_word_opening_with_shusseki_or_gidai_ends_the_room():
    assert room_before_next_field("市庁舎 7 階 研修室 出席者の氏名 北野 一郎 南田 健") == "市庁舎 7 階 研修室"
    assert room_before_next_field("北山市役所3階第4会議室 出席者及び") == "北山市役所3階第4会議室"
    assert room_before_next_field("北山学校 5階 特別講義室 出席者数:23人 1.開会") == "北山学校 5階 特別講義室"
    assert room_before_next_field("北山町役場 ミーティングルーム 3.議題等") == "北山町役場 ミーティングルーム"
    assert room_before_next_field("北山市役所第2庁舎3階 会議室 4、会議に出席した者の氏名") == "北山市役所第2庁舎3階 会議室"
    # 議事堂 is a building, no field.
    assert room_before_next_field("議事堂 第3委員会室") == "議事堂 第3委員会室"


def test_the_roster_run_on_after_the_room_ends_it():
    assert room_before_next_field("北山市役所 本館2階 第3会議室 北野 一郎、南田 健、東山 花子、") == "北山市役所 本館2階 第3会議室"
    # One name's shape before a 、 is a room's words, no roster.
    assert room_before_next_field("北山市役所 本館 会議室、別館会議室") == "北山市役所 本館 会議室、別館会議室"


def test_a_street_address_in_brackets_after_the_room_is_no_part_of_it_but_a_floor_is():
    assert room_before_next_field("北山会館 3階大会議室(北山市南町四丁目1番1号)") == "北山会館 3階大会議室"
    assert room_before_next_field("北山会館 平安の間(北山市中区南通上ル)") == "北山会館 平安の間"
    assert room_before_next_field("市長公室(市役所5階)") == "市長公室(市役所5階)"
    assert room_before_next_field("北山センター 会議室A(北山市南町700番地北山ビル3階)") == "北山センター 会議室A(北山市南町700番地北山ビル3階)"
    assert room_before_next_field("北山文化会館(北山県民文化会館)") == "北山文化会館(北山県民文化会館)"
    assert room_before_next_field("県庁西庁舎109号会議室 ○") == "県庁西庁舎109号会議室"


def test_a_fiscal_year_in_the_agenda_run_on_after_the_count_is_no_part_of_the_label():
    text = ("1 / 15 様式第1号 第4期北山町自治推進委員会(第1回) 令和2年6月4日(木) 18時30分 開会 19時50分 閉会 北山プラザ 会議室2 "
            "北野委員、南田委員 事務局職員職氏名 西川副町長 1 自治推進委員会について 2 自治基本条例の見直しについて "
            "3 令和元年度 アクションプランの実施結果について 4 令和元年度 審議会等の会議の公開に関する運用状況について\n")
    assert parse_text(text)["meeting_label"] == "第1回"


def test_the_sub_body_the_title_names_after_its_parent_is_the_one_that_sat():
    assert with_sub_body("北山県環境審議会", ["第1回(第 29 次) 北山県環境審議会 温泉審査部会"]) == "北山県環境審議会温泉審査部会"
    assert with_sub_body("北山審議会", ["北山審議会第 61 回資源管理分科会 1 開会"]) == "北山審議会資源管理分科会"
    assert with_sub_body("北山検討会", ["北山検討会 自動車ワーキンググループ(第1回)議事録"]) == "北山検討会自動車ワーキンググループ"
    # Words after the body that name no sub-body leave it as it was.
    assert with_sub_body("北山審議会", ["北山審議会 議事録 令和2年6月4日"]) == "北山審議会"


def test_the_count_before_a_session_word_read_into_the_body_labels_no_committee():
    assert count_before_body("定例会補正予算特別委員会", ["令和　４年　第１回定例会補正予算特別委員会"]) is None
