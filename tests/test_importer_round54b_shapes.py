"""A town form's split steps and stated results, a one-line kanji schedule, business tags and run-on spaced labels."""
from shingikai.minutes.importer.business_tags import business_tag
from shingikai.minutes.importer.kanji_numbered_agenda import kanji_value, spaced_schedule_apart
from shingikai.minutes.importer.municipality import municipality_from_prefix
from shingikai.minutes.importer.spaced_label_run_on import spaced_labels_parted
from shingikai.minutes.importer.split_step_words import broken_steps_joined
from shingikai.minutes.importer.stated_results import DELIBERATED_DECIDED, FOUND_FIT, STATED_RESULT, closes_a_case
from shingikai.minutes.importer.structure import CONTAINER, PROCEDURAL


def test_a_steps_word_broken_after_its_first_letter_is_one_word_again():
    assert broken_steps_joined("1.開\n会(司会:南田主幹)\n2.議\n事(進行:東山委員長)") == "1.開会(司会:南田主幹)\n2.議事(進行:東山委員長)"


def test_two_letters_that_make_no_steps_word_stay_apart():
    # 1.北 / 山…: a heading's letter over its text is no step broken in two.
    assert broken_steps_joined("1.北\n山(北野委員)") == "1.北\n山(北野委員)"


def test_a_case_named_with_the_bare_word_of_its_result_is_decided_and_closed():
    assert STATED_RESULT.search("新みずほ町人口ビジョンについて、承認")
    assert closes_a_case("新みずほ町人口ビジョンについて、承認")
    # A summary's sentence closed by 。 may decide several cases at once: left to the other readers.
    assert not STATED_RESULT.search("「北山計画」及び「南田計画」について、了承。")
    assert not closes_a_case("本件について、承認を求めたいと思います。")


def test_a_case_deliberated_then_decided_is_approved_but_a_deferral_is_not():
    assert DELIBERATED_DECIDED.search("説明を受け、審議の上、行政処分を決定した。")
    assert not DELIBERATED_DECIDED.search("説明を受け、審議の上、継続審議とすることを決定した。")
    assert FOUND_FIT.search("採決したところ適当と認める旨決定した。")


def test_a_one_line_schedule_of_kanji_numbered_entries_is_set_one_entry_a_line():
    line = ("平成二十二年三月一日 午前十時開会 第  一 会議録署名議員の指名 議事日程第一号の二 第  二 会期の決定 "
            "第  三 報告第十 号 専決処分した北山市一般会計予算の補正(第三号)の             承認について      "
            "本 日 の 会 議 に 付 し た 事 件    一 会議録署名議員の指名")
    assert spaced_schedule_apart(line).split("\n") == [
        "平成二十二年三月一日 午前十時開会", "議事日程", "第一 会議録署名議員の指名", "第二 会期の決定",
        "第三 報告第10号 専決処分した北山市一般会計予算の補正(第三号)の承認について", "本日の会議に付した事件",
        "一 会議録署名議員の指名"]


def test_a_sentence_naming_two_entries_is_no_schedule():
    line = "第一 条と第 二 条の規定により北野委員が報告した。"
    assert spaced_schedule_apart(line) == line


def test_kanji_numerals_up_to_the_nineties_are_read():
    assert [kanji_value(n) for n in ("一", "十", "十三", "二十", "二十四", "百")] == [1, 10, 13, 20, 24, None]


def test_a_business_tag_gives_the_kind_and_the_department():
    assert business_tag("人事案件について(審議:北山部)") == ("人事案件について", "その他", "北山部")
    assert business_tag("交通安全運動の実施について(報告:南田部)") == ("交通安全運動の実施について", "報告", "南田部")
    # An ordinary bracket is no tag.
    assert business_tag("業務計画(令和6年10月)について") is None


def test_a_letter_spaced_label_gets_its_blank_back_but_a_colon_label_is_left():
    assert spaced_labels_parted("場 所北山合同庁舎11階\n日 時平成18年4月28日") == "場 所 北山合同庁舎11階\n日 時 平成18年4月28日"
    assert spaced_labels_parted("場 所:北山合同庁舎") == "場 所:北山合同庁舎"


def test_a_town_named_half_in_kana_opens_the_bodys_name():
    assert municipality_from_prefix("新みずほ町まちづくり推進委員会") == "新みずほ町"
    assert municipality_from_prefix("東かがわ市環境審議会") == "東かがわ市"
    # An adjective or a particle before 町 makes no town.
    assert municipality_from_prefix("新しい町づくり推進委員会") is None


def test_the_steps_that_run_a_sitting_are_procedure_and_its_status_heading_groups_the_cases():
    assert PROCEDURAL.match("議事(進行:東山委員長)")
    assert PROCEDURAL.match("開会(司会:南田主幹)")
    assert PROCEDURAL.match("審議会の成立")
    assert not PROCEDURAL.match("北山審議会の成立過程について")
    assert CONTAINER.match("開催状況") and CONTAINER.match("諮問事項審議")
