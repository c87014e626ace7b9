"""Agendas the importer found only in part or not at all: steps all numbered 1., a first case left in the header's field."""
from shingikai.minutes.importer.agenda_before_headings import entries_before_the_headings
from shingikai.minutes.importer.repeated_step_number import same_numbered_steps
from shingikai.minutes.importer.structure import PROCEDURAL, Heading


def test_steps_all_numbered_one_give_the_bracketed_titles_of_their_numbered_cases():
    lines = ["議事日程(第2号)", "", " 1.開議", "", " 1.諸報告", "", " 1.議案第7号(北山町手数料条例の一部改正について)の委員長報告、質疑、討論、採決",
             "", " 1.議案第8号(令和2年度北山町一般会計補正予算(第1号))の委員長報告、質疑、討論、採決", "", " 1.閉会", "", "出席議員(2名)"]
    assert same_numbered_steps(lines, len(lines)) == ["北山町手数料条例の一部改正について", "令和2年度北山町一般会計補正予算(第1号)"]


def test_two_lines_numbered_one_are_no_schedule():
    # A list that restarts at 1 under each heading holds a 1. or two; a schedule holds a run of them.
    lines = ["1.議案第7号(北山町手数料条例の一部改正について)", "説明があった。", "1.議案第8号(北山町規則について)"]
    assert same_numbered_steps(lines, len(lines)) == []


def _heading(number: str, title: str) -> Heading:
    return Heading(line=9, style="pnum", number=number, title=title)


def test_the_agenda_field_holding_the_first_case_before_the_headings_gives_it():
    block = ["(1)地区集会の実施について", "集会の進め方は昨年度と同じ方法で行うことが確認された。"]
    assert entries_before_the_headings([block], _heading("2", "各部会の活動状況について")) == ["(1)地区集会の実施について"]


def test_an_agenda_field_that_lists_the_headings_themselves_gives_nothing_more():
    # (1) over a first heading (1) is the same case twice; a gap in the numbering is no continuation.
    assert entries_before_the_headings([["(1)地区集会の実施について"]], _heading("1", "地区集会の実施について")) == []
    assert entries_before_the_headings([["(1)地区集会の実施について"]], _heading("3", "各部会の活動状況について")) == []
    assert entries_before_the_headings([["1 地区集会の実施について"]], _heading("2", "各部会の活動状況について")) == []


def test_the_officers_chosen_for_the_year_are_procedure():
    for title in ("令和2年度会長・副会長の選出について", "平成30年度委員長及び副委員長の選任"):
        assert PROCEDURAL.match(title), title
    assert not PROCEDURAL.match("令和2年度学校経営の方針について")


def test_the_papers_field_run_on_after_the_agenda_ends_it():
    from shingikai.minutes.importer.papers_run_on import papers_field_cut
    block = ["1 前回の意見等の集約結果について 2 平成 3 年度北山地区事業計画(案)について 3 その他添付資料 資料 1 北山地区事業計画(案)",
             "資料 2 北山地区会館の現状について"]
    assert papers_field_cut(block) == ["1 前回の意見等の集約結果について 2 平成3年度北山地区事業計画(案)について 3 その他"]


def test_a_papers_word_set_after_its_values_cuts_nothing():
    from shingikai.minutes.importer.papers_run_on import papers_field_cut
    block = ["(1)北山市計画について(諮問) 配付資料等の件名", "(2)北山市計画(案)に対する意見書様式"]
    assert papers_field_cut(block) == block


def test_the_earlier_opinions_and_what_was_done_about_them_are_a_case_the_earlier_minutes_are_not():
    assert not PROCEDURAL.match("前回の意見等の集約結果と取組状況について")
    assert not PROCEDURAL.match("前回の要望に対する対応について")
    for title in ("前回の議事録について", "前回会議録の確認"):
        assert PROCEDURAL.match(title), title
