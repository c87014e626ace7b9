"""Turns and speaker labels: a role and its holder run on in a flattened record, a letter-spaced or bare role opening
the sitting, a label over the note of its act, an official titled …役."""
from shingikai.minutes.importer.act_note_under_label import act_note
from shingikai.minutes.importer.run_on_role_labels import label_once, role_labels_apart, spaced_role_closed
from shingikai.minutes.importer.speakers import speaker_rows_in_line, strict_role

_FLAT_HEAD = "令和5年第6回北山町農業委員会総会議事録 1.開催日時 令和5年5月20日 2.開催場所 北山町役場 3階 第1委員会室 " * 2


def test_a_role_and_its_holder_run_on_after_a_blank_opens_a_statement():
    line = (_FLAT_HEAD + "4.会議の概要 事務局(西川) ただ今から総会を開会いたします。 会 長(北野) 本日は、御参集下さいましてお礼申し上げます。")
    pieces = role_labels_apart(line, strict_role)
    assert pieces[1:] == ["事務局(西川) ただ今から総会を開会いたします。", "会長(北野) 本日は、御参集下さいましてお礼申し上げます。"]


def test_a_roster_of_roles_and_names_or_a_bracketed_note_is_not_cut():
    for tail in ("3.出席委員 会長(北野) 君 副会長(南田) 君 委員(東山) 君 以上。", "事務局(案) 北山町の計画について。",
                 "委 員 北野 一郎 君 南田 健 君。"):
        assert role_labels_apart(_FLAT_HEAD + tail, strict_role) is None, tail


def test_a_letter_spaced_role_over_a_sentence_is_closed_up():
    assert spaced_role_closed("司  会    それでは時間となりましたので、始めます。") == "司会    それでは時間となりましたので、始めます。"


def test_a_letter_spaced_role_over_a_name_stays_a_roster_row():
    for line in ("会 長 北野 一郎", "会 長 北野一郎君。", "委 員 3名"):
        assert spaced_role_closed(line) == line


def test_a_bare_role_is_a_label_once_only_over_the_opening_words():
    assert label_once("会長", "定刻になりましたので、ただいまから第1回部会を開催いたします。")
    assert label_once("事務局(南田)", "本日の資料を説明します。")
    assert not label_once("会長", "北野一郎が選出された。")
    assert not label_once("課長", "ただいまから開会いたします。")


def test_a_note_of_the_speakers_act_stands_for_the_speech():
    for line in ("(あいさつ)", "開会宣言", "(資料の説明)", "(職員の紹介)"):
        assert act_note(line), line


def test_a_note_naming_another_speaker_or_a_subject_is_not_the_speakers_act():
    for line in ("(南田委員から挨拶)", "(北山計画についての報告)", "あいさつの後、資料を配布した。"):
        assert not act_note(line), line


def test_an_official_titled_yaku_is_a_speaker():
    for label in ("北野日本銀行参事役", "南田調査役", "東山審議役"):
        assert strict_role(label), label


def test_a_speaker_cell_the_cleaning_set_at_a_line_start_opens_its_row():
    lines = ["事務局 北野市長、南田課長", "発 言 者 事務局(南田) 議事の概要及び発言の要旨 ただいまから、審議会を開会いたします。本日はありがとうございます。",
             "<委嘱状交付>",
             "事務局(南田) それでは、北野市長よりごあいさつ申し上げます。 北野市長 本日はご出席いただきありがとうございました。"]
    rows = speaker_rows_in_line(lines)
    assert [r.split(" ")[0] for r in rows if r.startswith("○")] == ["○事務局(南田)", "○事務局(南田)", "○北野市長"]


def test_a_bracketed_role_after_a_sentence_opens_a_remark_but_a_bracketed_note_does_not():
    line = "(南田委員) ・施設において、差別に関する相談の判断が難しい。 (事務局) ・そういったことについては、個別に対応したい。"
    assert role_labels_apart(line, strict_role) == ["(南田委員) ・施設において、差別に関する相談の判断が難しい。",
                                                    "(事務局) ・そういったことについては、個別に対応したい。"]
    for note in ("(拍手)", "(資料1)", "(仮称)"):
        line = f"北山市の計画について説明があり、委員から多くの質問があった。 {note} 次に、北山市の計画について説明があった。"
        assert role_labels_apart(line, strict_role) is None, note


def test_a_statement_left_out_keeps_its_speaker():
    assert act_note("(省略)") and act_note("| (以下省略)")


def test_the_chairs_request_to_explain_the_bodys_aims_and_working_is_no_item():
    from shingikai.minutes.importer import parse_text
    from shingikai.minutes.importer.conventions import CATALOGUE

    example = next(c.example for c in CATALOGUE if c.name == "record-turns-lenticular-label-under-the-last-field")
    assert [i["title"] for i in parse_text(example)["items"]] == ["北山市の青少年施策について"]
