"""A form's label column read one character a line, and pages that name their business without listing it."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.label_column import label_column_closed
from shingikai.minutes.importer.page_subjects import link_titled_subject, reported_subject
from shingikai.minutes.importer.quoted_sitting import council_from_quotes, quoted_sitting
from shingikai.minutes.importer.structure import PROCEDURAL


def test_a_given_name_alone_under_the_next_label_returns_to_its_surname():
    lines = ["出席委員", "北野一郎、南田健二、東山花子", "(4名) 西川正人、北山", "欠席委員", "守", "南野和夫、東川里美"]
    assert label_column_closed(lines) == ["出席委員", "北野一郎、南田健二、東山花子", "(4名) 西川正人、北山守", "欠席委員",
                                          "南野和夫、東川里美"]


def test_a_row_of_whole_names_keeps_the_line_under_the_next_label():
    # 北山 is whole here as the row's other names are short too: nothing says a given name was cut from it.
    lines = ["出席委員", "北野、南田、東山、北山", "欠席委員", "守", "南野、東川"]
    assert label_column_closed(lines) == lines


def test_none_under_the_absent_label_stays_the_absent_row():
    lines = ["出席委員", "北野一郎、南田健二、北山", "欠席委員", "なし", "事務局、総務課"]
    assert label_column_closed(lines) == lines


def test_a_label_spelt_down_the_column_is_dropped_around_the_speaker_label():
    lines = ["事務局", "総務課主査 東野一", "議", "(開会)", "(西山課長)", "事", "18:30", "皆さんこんばんは。"]
    assert label_column_closed(lines) == ["事務局", "総務課主査 東野一", "(開会)", "(西山課長)", "皆さんこんばんは。"]


def test_lone_characters_that_spell_no_label_are_kept():
    lines = ["議", "(開会)", "(西山課長)", "了", "皆さんこんばんは。"]
    assert label_column_closed(lines) == lines


def test_a_link_text_names_the_subject_only_when_it_says_what_about():
    assert link_titled_subject(["(北山村総合計画について) [PDF文書ファイル]", "北山村総合計画審議会"]) == ("北山村総合計画について", 0)
    assert link_titled_subject(["第3回会議録 [PDF文書ファイル]", "北山村総合計画審議会"]) is None


def test_a_page_reporting_two_results_names_no_single_subject():
    lines = ["北山町水防計画(案)について審議し、承認されました。", "北山町防災計画(案)について審議し、承認されました。"]
    assert reported_subject(lines) is None
    assert reported_subject(lines[:1]) == ("北山町水防計画(案)について", 0)


def test_the_quoted_sitting_replaces_a_body_read_out_of_a_sentence():
    sitting = quoted_sitting(["この計画案を審議するため、「令和5年度北山町水防協議会」を開催しました。"])
    assert sitting == ("令和5年度", "北山町水防協議会")
    assert council_from_quotes("北山町では水防法と北山町水防協議会", sitting) == "北山町水防協議会"
    # A name read whole is left as it is.
    assert council_from_quotes("北山町水防協議会", sitting) is None


def test_settling_that_the_body_meets_on_a_fixed_day_is_procedure():
    assert PROCEDURAL.match("会議の定例化について")
    assert not PROCEDURAL.match("北山町ごみ収集の定例化について")


def test_a_row_of_those_who_explain_is_not_read_as_more_absent_members():
    text = ("北山村総合計画審議会\n第3回審議会\n日時 令和5年7月10日(月) 18:30~20:00\n場所 北山村公民館\n"
            "出席委員\n北野一郎、南田健二、東山花子\n欠席委員\n南野和夫、東川里美\n( 2名)\n説 明 者\n"
            "総務課長 西山 修\n(西山課長)\n皆さんこんばんは。\n(北野会長)\nよろしくお願いします。\n")
    assert parse_text(text)["members_absent"] == ["南野和夫", "東川里美"]
