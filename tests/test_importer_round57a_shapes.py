"""Agendas the importer found only in part or not at all: titles joined in a sentence, entries numbered twice, a field
that points on."""
from shingikai.minutes.importer.double_numbering import one_number
from shingikai.minutes.importer.joined_titles import titles_joined
from shingikai.minutes.importer.referred_agenda import refers_elsewhere
from shingikai.minutes.importer.structure import PROCEDURAL, rejoin_agenda_lines


def test_whole_titles_joined_by_a_comma_and_narabini_are_one_case_each():
    line = "北山市病院事業会計決算認定について,水道事業会計利益処分及び決算認定について並びに下水道事業会計決算認定について"
    assert titles_joined(line) == ["北山市病院事業会計決算認定について", "水道事業会計利益処分及び決算認定について",
                                   "下水道事業会計決算認定について"]


def test_oyobi_inside_one_title_joins_no_titles():
    assert titles_joined("水道事業会計利益処分及び決算認定について") is None
    assert titles_joined("北山市の道路及び橋梁の維持管理について") is None


def test_a_sentence_of_the_record_is_no_list_of_titles():
    assert titles_joined("予算について、南田委員から質問があり、決算について説明した。") is None
    assert titles_joined("北山駅について、南山駅について意見があった") is None


def test_an_entry_numbered_twice_keeps_one_number():
    assert one_number("  2. (2)  会長の選任") == "  2. 会長の選任"
    assert rejoin_agenda_lines(["1. (1)  北山市の概要等", "2. (2)  北山市議事規則の策定"]) == ["1. 北山市の概要等", "2. 北山市議事規則の策定"]


def test_two_different_numbers_are_an_entry_and_its_point():
    assert one_number("1. (2) 北山市の概要等") == "1. (2) 北山市の概要等"


def test_a_field_that_sends_the_reader_on_names_no_case():
    assert refers_elsewhere(["(次のとおり) 議        事"])
    assert refers_elsewhere(["別紙次第書のとおり"])
    assert not refers_elsewhere(["1 北山市民法制の整備に関する諮問第8号について"])
    assert not refers_elsewhere(["次期計画の策定について"])


def test_the_chair_and_the_sections_chairs_chosen_are_procedure():
    assert PROCEDURAL.match("会長及び分科会長の選任")
    assert PROCEDURAL.match("署名")
    assert not PROCEDURAL.match("署名活動の実施について")


def test_the_next_step_number_after_a_whole_title_ends_it():
    from shingikai.minutes.importer.next_step_run_on import steps_apart
    assert steps_apart("1 北山市計画について  2 ごみ袋の変更について 3 その他") == ["1 北山市計画について", "2 ごみ袋の変更について", "3 その他"]
    assert steps_apart("北山市計画策定について 5") == ["北山市計画策定について"]
    assert steps_apart("北山市計画について 2件の意見") == ["北山市計画について 2件の意見"]


def test_a_heading_run_on_into_the_next_steps_gives_its_whole_titles():
    from shingikai.minutes.importer.next_step_run_on import steps_after_heading
    assert steps_after_heading("北山市計画(案)について 3 その他 ◇ 議事録", 2) == [("北山市計画(案)について", None, None, None)]
    assert steps_after_heading("北山市計画について  2 ごみ袋の変更について 3 その他", 1) == [
        ("北山市計画について", None, None, None), ("ごみ袋の変更について", None, None, None)]
    # 4 after a heading numbered 1 is no next step: a page number, a count.
    assert steps_after_heading("北山市計画について 4 資料", 1) is None


def test_steps_of_the_sitting_with_a_note_are_procedure():
    for title in ("開会 (会長あいさつ)", "閉会 なし", "北山市あいさつ(南田副市長)", "(午前9時から9時50分まで)", "依頼状交付",
                  "新任委員の委嘱", "事務局紹介  これより協議会議事へ", "付議すべき事件"):
        assert PROCEDURAL.match(title), title
    for title in ("北山市図書館選考委員会委員の委嘱及び任命について", "開会日の変更について"):
        assert not PROCEDURAL.match(title), title


def test_the_papers_word_in_brackets_ends_the_agenda():
    from shingikai.minutes.importer.papers_run_on import papers_field_cut
    assert papers_field_cut(["(1) 北山計画について ア 母子保健事業について (配付資料)", "【資料1】北山計画"]) == [
        "(1) 北山計画について ア 母子保健事業について"]


def test_headings_of_the_summary_and_group_words_with_a_count_are_no_cases():
    for title in ("主な議事内容", "会議結果", "《配付資料確認》", "応招委員", "議事録P5", "議案の審査(2件)", "送付された陳情(3件)"):
        assert PROCEDURAL.match(title), title
    for title in ("会議結果の公表方法について", "北山市陳情審査の手引きについて"):
        assert not PROCEDURAL.match(title), title


def test_the_approvals_group_word_heads_its_cases():
    from shingikai.minutes.importer.structure import CONTAINER
    assert CONTAINER.match("承認事項")
    assert not CONTAINER.match("承認事項の報告について")


def test_a_group_word_with_its_marked_entries_on_one_line_gives_the_entries():
    from shingikai.minutes.importer.marked_entries_after_group import group_run
    assert group_run("報告事項(公開) ○北山区の主な事業について ○北山区の組織体制について") == [
        ("北山区の主な事業について", "報告", None, None), ("北山区の組織体制について", "報告", None, None)]
    assert group_run("協議事項 ○次期協議会へ引き継ぐ事項について") == [("次期協議会へ引き継ぐ事項について", None, None, None)]
    assert group_run("報告事項の取扱いについて") is None
