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
