"""Turns and speaker labels: an answer labelled by whose it is, a colon left out, a label run onto the questions' step."""
from shingikai.minutes.importer.answer_of_unit import answer_of_unit
from shingikai.minutes.importer.label_after_question_step import label_after_question_step
from shingikai.minutes.importer.spaced_role_among_colons import colons_restored
from shingikai.minutes.importer.speakers import strict_role


def test_an_answer_labelled_by_the_unit_that_gives_it_is_a_speaker():
    for label in ("事務局の回答", "県の回答", "市の答弁", "担当課の回答", "北山課の回答"):
        assert strict_role(label), label


def test_an_answer_of_something_that_is_no_speaker_is_no_label():
    for label in ("前回の回答", "意見の回答", "アンケートの回答", "質問の回答"):
        assert not answer_of_unit(label, strict_role), label


def test_the_authority_alone_answers_as_a_unit_does():
    assert strict_role("県") and strict_role("市")


def test_a_role_left_without_its_colon_gets_it_where_the_minutes_write_colons():
    lines = ["事務局:本日の資料を説明した。", " 事務局 本日の署名人に北野委員を指名", " 議長 北野会長が議長に就任"]
    assert colons_restored(lines) == ["事務局:本日の資料を説明した。", " 事務局:本日の署名人に北野委員を指名",
                                      " 議長:北野会長が議長に就任"]


def test_a_roster_row_or_a_field_run_on_keeps_its_blank():
    lines = ["事務局:本日の資料を説明した。", "会長 北野一郎", "事務局 北野課長、南田係長", "傍聴者 5 内容 なし 議題について説明を行った。",
             "北野委員 本日はよろしくお願いします。"]
    assert colons_restored(lines) == lines


def test_minutes_without_a_role_and_colon_are_left_as_they_are():
    lines = ["日時:令和6年5月10日", " 事務局 本日の署名人に北野委員を指名"]
    assert colons_restored(lines) == lines


def test_a_spaced_label_run_onto_the_question_step_is_cut_off_and_marked():
    line = "(2)質疑意見等北野一郎 委員  大会には県外からたくさんの方がお越しになるということです。よろしくお願いします。"
    assert label_after_question_step(line) == ["(2)質疑意見等", "○北野一郎 委員  大会には県外からたくさんの方がお越しになるということです。よろしくお願いします。"]


def test_the_step_that_says_there_were_no_questions_is_left_whole():
    for line in ("【質疑・意見等】  質疑・意見等はなく、改定案について承認を得た。事務局から資料に基づき説明を行った。",
                 "(2)質疑意見等北野一郎 委員 大会には県外からたくさんの方がお越しになるということです。よろしくお願いします。"):
        assert label_after_question_step(line) == [line], line
