"""Turns and speaker labels: an answer labelled by whose it is, a colon left out, a label run onto the questions' step."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.answer_of_unit import answer_of_unit
from shingikai.minutes.importer.label_after_bracketed_heading import label_after_bracketed_heading
from shingikai.minutes.importer.label_after_question_step import label_after_question_step
from shingikai.minutes.importer.question_subjects import question_subjects
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


def test_the_first_label_with_a_note_of_what_its_speaker_does_opens_the_first_turn():
    text = (
        "北山市霊園審議会 墓地部会(第3回)\n日時\n令和3年5月21日(金曜日)14時00分~16時00分\n場所\n北山市役所 会議室\n"
        "議題\n合同納骨塚の運用方法について\n\n<主な発言>\n議事録P5\n○事務局(事務局からの説明)\n"
        "現在、身寄りのない方の遺骨は、各区役所で引き取っておりまして、一定期間お預かりしております。\n○北野委員\n"
        "全てを区役所の方がやってくれるということになるのですね。\n"
    )
    assert [t["speaker"] for t in parse_text(text)["turns"]] == ["事務局", "北野委員"]


def test_a_bracketed_heading_run_onto_a_delimited_label_is_cut_after_the_heading():
    line = "【委員からの質問・意見】 委員)当初予算を超える規模の決算となっているが。"
    assert label_after_bracketed_heading(line) == ["【委員からの質問・意見】", "委員)当初予算を超える規模の決算となっているが。"]


def test_a_bracketed_heading_over_words_that_are_no_label_stays_whole():
    for line in ("【議題】 北山市の計画について(報告)", "【議題等についての質問・意見】 委員)当初予算を超える規模の決算となっている。",
                 "【質疑・意見等】 質疑・意見等はなく、承認を得た。", "【会長】 それでは始めます。"):
        assert label_after_bracketed_heading(line) == [line], line


def test_subjects_in_quotes_over_numbered_points_are_no_speech():
    assert question_subjects("「北山図書館のあり方について」", "(1)開館時間の延長について")
    assert question_subjects("「北山図書館のあり方について」 (1)開館時間の延長について", "")
    assert question_subjects("「分館の運営費は上昇したか」 「文学館の展示は何回か」 「文", "")


def test_a_speech_that_opens_with_a_quote_is_a_speech():
    assert not question_subjects("「北山図書館のあり方について」を質問します。", "")
    assert not question_subjects("「北山図書館のあり方について」", "図書館の開館時間を延ばしてほしい。")
    assert not question_subjects("開館時間の延長について伺います。", "(1)開館時間")
