"""Agenda items the importer found only in part or not at all: an assembly's own business, a roster field over
officials, marked cases each with its result sentence, the case under its word after numbered reports."""
from shingikai.minutes.importer.case_word_after_list import cases_under_word_after
from shingikai.minutes.importer.marked_entries_with_results import marked_entries_with_results, stated_results
from shingikai.minutes.importer.structure import PROCEDURAL


def test_general_questions_run_on_with_the_bill_steps_are_no_case():
    assert PROCEDURAL.match("一般質問及び質疑、委員会付託")
    assert PROCEDURAL.match("代表質問")
    assert not PROCEDURAL.match("一般質問からの課題提起について")


def test_an_assembly_setting_up_its_special_committee_is_no_case():
    assert PROCEDURAL.match("北山地域振興対策特別委員会設置の件")
    assert not PROCEDURAL.match("北山事務所移転検証委員会設置について")


def test_the_member_towns_officials_field_is_no_case():
    assert PROCEDURAL.match("8.関係町主管課長")
    assert PROCEDURAL.match("関係市町担当課長等")
    assert not PROCEDURAL.match("関係機関との連携について")


_MARKED = [
    "【議題】",
    "○北山県監査委員による監査の結果について",
    "監査の結果の説明を受け,決裁した。",
    "○委員会の行事予定(案)について",
    "行事予定(案)について説明を受け,了承した。",
    "○人事案件について",
    "人事案件について説明を受け,了承した。",
    "○苦情の受理について",
    "委員会に申し出られた",
]


def test_each_marked_case_with_its_result_sentence_is_read():
    assert [t for t, _, _ in marked_entries_with_results(_MARKED)] == [
        "北山県監査委員による監査の結果について", "委員会の行事予定(案)について", "人事案件について", "苦情の受理について"]


def test_a_decision_or_a_proposal_accepted_approves_its_case_and_a_bare_acceptance_claims_nothing():
    marked = marked_entries_with_results(_MARKED)
    items = [{"title": t, "outcome": "不明"} for t, _, _ in marked]
    stated_results(_MARKED, marked, items, "承認")
    assert [i["outcome"] for i in items] == ["承認", "承認", "不明", "不明"]


def test_marked_lines_without_result_sentences_are_no_such_list():
    assert marked_entries_with_results(["【議題】", "○北山市の予算について", "○南田地区の計画について"]) == []
    assert marked_entries_with_results(["【議題】", "○北山市の予算について", "説明を受け,了承した。"]) == []


def test_the_unnumbered_case_under_the_deciding_word_ends_at_the_next_fields_number():
    lines = ["3", "報告", "(1)北山市の訓練結果について", "4", "議題", "令和6年度北山市訓練計画(案)について", "5", "出席した委員"]
    assert cases_under_word_after(lines, 2, len(lines)) == [("令和6年度北山市訓練計画(案)について", 5)]


def test_titles_run_on_into_prose_after_the_word_are_not_read():
    lines = ["報告", "(1)北山市の訓練結果について", "議題", "令和6年度北山市訓練計画(案)について", "委員から意見があった。"]
    assert cases_under_word_after(lines, 1, len(lines)) == []
