"""Agenda items hidden by their line's shape: a step's number cut from its word, bills run on without blanks."""
from shingikai.minutes.importer.evaluated_projects import evaluated_projects
from shingikai.minutes.importer.gapless_bills import gapless_bills_apart
from shingikai.minutes.importer.lone_step_number import lone_step_numbers_joined
from shingikai.minutes.importer.structure import PROCEDURAL


def test_a_step_number_alone_is_joined_to_the_agenda_word_that_opens_the_next_line():
    assert lone_step_numbers_joined(["5", "議題 検討事項 北山町計画について", "【北野会長】 始めます。"]) == [
        "5 議題 検討事項 北山町計画について", "【北野会長】 始めます。"]


def test_business_numbered_in_its_own_right_keeps_a_line_under_the_joined_step():
    assert lone_step_numbers_joined(["3", "議事 (1) 北山町運行実績報告 資料1のとおり報告。"]) == [
        "3 議事", "(1) 北山町運行実績報告 資料1のとおり報告。"]


def test_a_number_over_anything_but_a_step_with_its_business_stays_alone():
    # A bare 議事 is a field the header reads; a figure over a sentence is a page's number.
    assert lone_step_numbers_joined(["2", "議事"]) == ["2", "議事"]
    assert lone_step_numbers_joined(["12", "北野委員から質問があった。"]) == ["12", "北野委員から質問があった。"]


def test_a_run_of_bills_without_blanks_is_set_one_bill_a_line_with_its_group_word_apart():
    line = ("報告第1号北山市規約について報告第2号北山市規程について 協議事項 協議第1号令和 2 年度北山市事業計画について"
            "協議第2号合併協定項目について")
    assert gapless_bills_apart([line]) == [
        "報告第1号 北山市規約について", "報告第2号 北山市規程について", "協議事項", "協議第1号 令和2年度北山市事業計画について",
        "協議第2号 合併協定項目について"]


def test_bills_named_in_passing_keep_their_line():
    # Two bills compared, or numbers that do not count up from one, are no list.
    line = "議案第3号と議案第5号の関係について、議案第7号の審議の前に説明があった。"
    assert gapless_bills_apart([line]) == [line]
    two = "報告第1号について説明があり、報告第2号は次回とした。"
    assert gapless_bills_apart([two]) == [two]


def test_projects_listed_under_the_stage_of_their_evaluation_are_the_business():
    lines = ["2. 評価対象事業の審議", "  ◇港湾空港事業",
             "  事後評価対象事業 北山空港 滑走路延長事業再評価対象事業 南田港 外港地区 防波堤整備事業", "◇道路事業",
             "  再評価対象事業 一般国道9号 "]
    assert evaluated_projects(lines) == [("北山空港 滑走路延長事業", 2), ("南田港 外港地区 防波堤整備事業", 2)]


def test_a_project_row_cut_before_the_name_of_its_work_is_not_claimed():
    assert evaluated_projects(["再評価対象事業 一般国道9号", "評価対象事業の一覧は資料2のとおり。"]) == []


def test_a_roster_field_with_its_head_count_or_the_guests_seated_is_procedure():
    for title in ("欠員(0名)", "紹介議員(0名)", "出席委員(8名)", "臨席者"):
        assert PROCEDURAL.match(title), title
    # A case that names how many it concerns is still a case.
    for title in ("委員の委嘱(3名)", "新任委員(2名)の紹介について", "臨席者の意見について"):
        assert not PROCEDURAL.match(title), title


def test_a_deputy_chosen_on_his_own_and_a_greeting_left_out_are_procedure():
    for title in ("部会長代理の指名", "会長代理指名", "委員長代理の選出", "北山副大臣挨拶(省略)", "委員紹介(省略)"):
        assert PROCEDURAL.match(title), title
    assert not PROCEDURAL.match("北山計画(省略版)について")
