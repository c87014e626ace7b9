"""Layouts whose extraction took a table, a form or a mark apart (round 52b), read as the layout they came from.
Every text here is synthetic, written in the layout with fictional names.
"""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.gapped_roster_rows import gapped_roster_rows_read
from shingikai.minutes.importer.labels_before_answers import labels_paired_with_answers
from shingikai.minutes.importer.pdf_wrap_spaces import pdf_wrap_spaces_closed
from shingikai.minutes.importer.shared_document_chrome import shared_document_chrome_dropped
from shingikai.minutes.importer.split_header_labels import split_header_labels_joined
from shingikai.minutes.importer.spelt_marks import spelt_marks_written


# A procurement committee's summary page, its date and room under one label.
PROCUREMENT_HEAD = "第3回北山市調達監視委員会\n審議概要\n\n開催日及び場所\n\n令和6年5月10日(金) 北山市役所第6会議室\n\n"
# A statistics council's 部会, its record's numbered headings.
STATISTICS_HEAD = "第3回 北山統計部会 議事録\n1 日 時 令和6年5月10日(金)14:00〜15:00\n2 場 所 北山市役所第1会議室\n3 出席者\n"

def test_a_mark_spelt_as_a_word_opens_a_turn():
    text = ("第2回 北山市統計部会 議事録\n1 日 時 令和6年5月10日(金)14:00〜15:00\n2 場 所 北山市役所第1会議室\n"
            "3 議事録\nしろまる北野部会長 それでは、ただ今から第2回北山市統計部会を開催いたします。\n"
            "しろまる西川室長 お手元の資料を確認させていただきます。\n")
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野部会長", "西川室長"]


def test_a_spelt_mark_inside_a_sentence_or_alone_is_left_as_written():
    assert spelt_marks_written("しろまる北野部会長 始めます。\n北野部会長 続けます。\n") == "しろまる北野部会長 始めます。\n北野部会長 続けます。\n"
    assert spelt_marks_written("図の、しろまる印が北山市です。\nしろまる西川室長 説明します。\nしろまる北野委員 はい。\n") == (
        "図の、しろまる印が北山市です。\n○西川室長 説明します。\n○北野委員 はい。\n")


def test_a_label_column_printed_apart_from_its_values_is_put_back():
    lines = ["日", "場", "議", "時:令和6年5月10日(金) 午後2時", "所:北山市役所第1会議室", "題:1 北山市環境基本計画について"]
    assert split_header_labels_joined(lines) == ["日時:令和6年5月10日(金) 午後2時", "場所:北山市役所第1会議室",
                                                  "議題:1 北山市環境基本計画について"]
    # Single letters with no colon lines after them are a form's other shapes, left as printed.
    assert split_header_labels_joined(["日", "場", "令和6年5月10日", "北山市役所"]) == ["日", "場", "令和6年5月10日", "北山市役所"]


def test_a_header_whose_labels_were_split_from_their_values_yields_its_place_and_date():
    text = ("北山市大規模店舗審議会議事録\n日\n場\n時:令和6年5月10日(金) 午後1時30分∼午後3時\n所:北山市役所第1会議室\n"
            "出席委員:北野委員、南田委員、東山委員\n〔議事録概要〕\n委員: 駐車場は何台か。\n事務局: 120台である。\n")
    parsed = parse_text(text)
    assert str(parsed["date"]) == "2024-05-10"
    assert parsed["place"] == "北山市役所第1会議室"


def test_labels_listed_before_their_answers_are_paired_with_them_in_order():
    lines = ["委員:", "事務局:", "委員:", "事務局:", "駐車場は何台か。", "120台である。", "夜間も使えるのか。",
             "午後10時までである。", "委員: 了解した。"]
    assert labels_paired_with_answers(lines) == ["委員: 駐車場は何台か。", "事務局: 120台である。", "委員: 夜間も使えるのか。",
                                                 "事務局: 午後10時までである。", "委員: 了解した。"]
    # A label alone over its words (one row at a time) is the ordinary layout, left as printed.
    assert labels_paired_with_answers(["委員:", "駐車場は何台か。", "事務局:", "120台である。"]) == [
        "委員:", "駐車場は何台か。", "事務局:", "120台である。"]


def test_labels_listed_before_their_answers_open_one_turn_each():
    text = ("北山市大規模店舗審議会議事録\n日時:令和6年5月10日(金) 午後1時30分\n場所:北山市役所第1会議室\n"
            "出席委員:北野委員、南田委員、東山委員\n〔議事録概要〕\n■ 議題1 北山店の届出について\n"
            "委員:\n事務局:\n委員:\n事務局:\n駐車場は何台か。\n120台である。\n夜間も使えるのか。\n午後10時までである。\n")
    parsed = parse_text(text)
    assert [(t["speaker"], t["text"]) for t in parsed["turns"]] == [
        ("委員", "駐車場は何台か。"), ("事務局", "120台である。"), ("委員", "夜間も使えるのか。"), ("事務局", "午後10時までである。")]


def test_one_label_for_date_and_place_with_its_value_below_yields_both():
    text = (PROCUREMENT_HEAD
            + "審議対象期間\n\n令和6年1月1日〜令和6年3月31日\n")
    parsed = parse_text(text)
    assert str(parsed["date"]) == "2024-05-10"
    assert parsed["place"] == "北山市役所第6会議室"


def test_a_roster_table_with_wide_gaps_yields_whole_names_and_its_chair():
    text = (PROCUREMENT_HEAD
            + "委員(敬称略)\n\n第一分科会長  北野  淳  北山大学副学長\n\n委 員     南田  健  北山研究開発機構\n\n"
            "財政部 上席参事\n\n委 員     東山 花子  西川法律事務所 弁護士\n\n審議対象期間\n\n令和6年1月1日〜令和6年3月31日\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野淳", "南田健", "東山花子"]
    assert parsed["chair"] == "北野淳"


def test_a_letter_spaced_roster_of_two_members_a_row_is_no_gapped_table():
    lines = ["    委 員   北  野  一  郎        委 員   南  田  花  子", "    委 員   東  山  二  郎        委 員   西  川  清  和"]
    assert gapped_roster_rows_read(lines) == lines


def test_a_case_sheet_under_its_bracketed_number_yields_the_case_and_its_ordering_unit():
    text = (PROCUREMENT_HEAD
            + "意見・質問\n\n回   答\n\n【審議案件1】\n\n審議案件名 :北山市庁舎清掃業務委託\n\n資格種別  :役務の提供等\n\n"
            "発注部局名 :総務部管財課\n\n契約金額  :1,200,000円\n\n契約締結日 :令和6年1月18日\n\n"
            "清掃の範囲はどこまでですか。\n\n庁舎の共用部分です。\n")
    parsed = parse_text(text)
    assert [(i["title"], i["departments"]) for i in parsed["items"]] == [("北山市庁舎清掃業務委託", ["管財課"])]
    assert parsed["turns"] == []


def test_a_blank_left_inside_nitsuite_by_a_wrapped_line_is_dropped():
    text = "2.議事 (1)令和 6 年度の計画の選定につ いて (2)北山市の方針につい て"
    # The figures set apart from their units stay as printed.
    assert pdf_wrap_spaces_closed(text) == "2.議事 (1)令和 6 年度の計画の選定について (2)北山市の方針について"


def test_a_document_sites_caption_is_dropped_with_its_frame():
    lines = ["Comments", "Description", "Transcript", "審議結果(案) - 北山市の窓口", "北山市環境調査会 第5回会合議事録 1.日時 …"]
    assert shared_document_chrome_dropped(lines) == ["Comments", "Description", "Transcript",
                                                     "北山市環境調査会 第5回会合議事録 1.日時 …"]
    framed = ["会議録 [PDF]", "by user", "views", "Comments", "Transcript", "会議録 [PDF]", "北山市防災会議会議録"]
    assert shared_document_chrome_dropped(framed) == framed


def test_a_commissions_expert_panel_is_named_whole_after_the_commission():
    text = ("Comments\nDescription\nTranscript\n審議結果(案) - 北山市の窓口\n"
            "北山食品委員会企画等専門調査会 第 5 回会合議事録 1.日時 令和 6 年 5 月 10 日(金) 2.場所 北山食品委員会中会議室 "
            "14:00~17:15 3.議事 (1)令和 6 年度運営計画の中間報告について (2)その他 4.出席者 (委員) 北野座長、南田専門委員\n")
    parsed = parse_text(text)
    assert parsed["council_name"] == "北山食品委員会企画等専門調査会"
    assert parsed["meeting_label"] == "第5回"


def test_a_section_head_noted_in_brackets_after_a_spaced_name_chairs_the_section():
    text = (STATISTICS_HEAD
            + "【委 員】\n北野 一郎(部会長)、南田 健\n【臨時委員】\n東山 花子\n【審議協力者】\n北山県、南山県\n【諮問者】\n"
            "北山市統計課\n4 議 事\n統計規則の改正について\n5 議事録\n○北野部会長 それでは、始めます。\n○西川室長 資料を確認します。\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子"]
    assert parsed["chair"] == "北野一郎"


def test_the_office_listed_as_consulting_makes_the_one_item_its_consultation():
    text = (STATISTICS_HEAD
            + "【委 員】\n北野 一郎(部会長)、南田 健\n【諮問者】\n北山市総務部統計課\n:西川課長\n【事務局】\n東山室長\n"
            "4 議 事\n統計規則の改正について\n5 議事録\n○北野部会長 それでは、始めます。\n○東山室長 資料を確認します。\n")
    parsed = parse_text(text)
    assert [(i["kind"], i["title"], i["departments"]) for i in parsed["items"]] == [
        ("諮問", "統計規則の改正について", ["北山市総務部統計課"])]
    # Without the consulting office the item's kind is not said.
    parsed = parse_text(text.replace("【諮問者】\n北山市総務部統計課\n:西川課長\n", ""))
    assert [i["kind"] for i in parsed["items"]] == ["その他"]


def test_a_bare_group_word_under_a_plain_number_heads_the_bracketed_entries_after_it():
    text = ("北山県大規模店舗審議会議事録\n日時:令和6年5月10日(金) 午後1時30分\n場所:北山県庁第1会議室\n"
            "議題:1 届出に係る審議について\n(1)「北山店」の変更届出に係る審議\n(2)「南山店」の新設届出に係る審議\n2 報告\n"
            "(1)県内の大型店の状況について\n(2)届出の状況について\n出席委員:北野委員、南田委員、東山委員\n"
            "県出席者:西川商工部長、北山課長、南野主\n任主事\n〔議事録概要〕\n委員: 駐車場は何台か。\n事務局: 120台である。\n")
    parsed = parse_text(text)
    assert [(i["kind"], i["title"]) for i in parsed["items"]][-2:] == [
        ("報告", "県内の大型店の状況について"), ("報告", "届出の状況について")]
    # The prefecture's officials under their own label are no members.
    assert parsed["members_present"] == ["北野", "南田", "東山"]


def test_two_members_a_row_each_after_the_office_is_no_gapped_table():
    lines = ["    委員     北野一郎     委員     南田健", "    委員     東山花子     委員     西川清"]
    assert gapped_roster_rows_read(lines) == lines
