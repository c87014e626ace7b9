"""The parse of a minutes text does not depend on how it was published.

Each fixture is read once as written, then again after one of the changes that real publishing
makes to the same text: PDF pages with running heads and page numbers, lines hard-wrapped at the
page edge (inside speeches and inside header values), a blank line after every line, every line indented, CRLF line ends, the other width of digits,
no-break and ideographic spaces, table cells copied with tabs, and the menus, breadcrumbs and
update dates that a web page keeps around its text. The header, the roster, the chair and who
speaks when must come out the same.

Every fixture is synthetic (fictional names and places).
"""
import re
import unicodedata
from pathlib import Path

import pytest

from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.clean import clean_text

from layout_changes import (
    TRANSFORMS, hard_wrapped, hard_wrapped_narrow,
    ideographic_spaces, large_circles_with_alt_text, marks_with_alt_text, narrow_digits, no_break_spaces,
    pdf_pages_dashed, table_cells, web_page, wide_digits, _title,
)

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
DOCUMENTS = [
    FIXTURES / "layout" / "minami-pdf.txt",
    FIXTURES / "minami-circle.txt",
    FIXTURES / "minami-angle.txt",
    FIXTURES / "higashi-close.txt",
    FIXTURES / "higashi-paren.txt",
    FIXTURES / "higashi-space.txt",
    FIXTURES / "kita-tortoise.txt",
    FIXTURES / "kita-bracket.md",
    FIXTURES / "nishi-alone.txt",
    FIXTURES / "nishi-colon.txt",
    FIXTURES / "conventions" / "assembly-circle.txt",
    FIXTURES / "conventions" / "assembly-plain-header.txt",
    FIXTURES / "conventions" / "assembly-bulleted-header.txt",
    FIXTURES / "conventions" / "assembly-town-roster.txt",
]
FIELDS = ("municipality", "council_name", "meeting_label", "date", "start_time", "end_time", "place", "chair")


def _norm(value):
    # Values keep the text as written: the same place in other digits or spaces is the same place.
    return None if value is None else "".join(unicodedata.normalize("NFKC", str(value)).split())


def reading(parsed):
    """What must not change with the layout: header facts, the roster, and who speaks in turn."""
    facts = {f: _norm(parsed.get(f)) for f in FIELDS}
    facts["members_present"] = sorted(_norm(m) for m in parsed.get("members_present") or [])
    facts["speakers"] = [_norm(t["speaker"]) for t in parsed["turns"]]
    return facts


@pytest.fixture(scope="module")
def originals():
    return {path.name: reading(parse_text(path.read_text(encoding="utf-8-sig"))) for path in DOCUMENTS}


def test_fixtures_are_read_fully_before_any_layout_change(originals):
    # The comparison means something only where the untouched fixture yields the facts.
    for name, facts in originals.items():
        assert facts["date"] and facts["speakers"], name
        assert facts["council_name"], name
    assert originals["minami-pdf.txt"]["members_present"] == sorted(
        ["青木一郎", "井上二葉", "上田三恵", "江口四郎", "小野五月", "加藤六郎", "木村七海", "久保八重"])
    assert originals["minami-pdf.txt"]["start_time"] == "09:30"


@pytest.mark.parametrize("transform", TRANSFORMS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_layout_change_leaves_the_reading_unchanged(path, transform, originals):
    text = path.read_text(encoding="utf-8-sig")
    if transform in (hard_wrapped, hard_wrapped_narrow) and "<p>" in text:
        pytest.skip("a page edge wraps the text as shown, never the HTML source")
    changed = transform(text)
    assert changed != text or transform in (
        narrow_digits, wide_digits, table_cells, no_break_spaces, ideographic_spaces, marks_with_alt_text,
        large_circles_with_alt_text)
    assert reading(parse_text(changed)) == originals[path.name]


def test_running_heads_and_page_numbers_do_not_reach_the_turns():
    text = (FIXTURES / "layout" / "minami-pdf.txt").read_text(encoding="utf-8")
    parsed = parse_text(pdf_pages_dashed(text))
    spoken = "\n".join(t["text"] for t in parsed["turns"])
    assert "- 2 -" not in spoken
    assert _title(text) not in spoken


def test_hard_wrapped_speech_is_one_turn_again():
    text = (FIXTURES / "layout" / "minami-pdf.txt").read_text(encoding="utf-8")
    parsed = parse_text(hard_wrapped(text))
    librarian = next(t["text"] for t in parsed["turns"] if t["speaker"] == "図書館長")
    assert "クラウド型の図書館システムとして運用したいと考えております。" in "".join(librarian.split())


def test_web_page_update_date_is_not_the_meeting_date():
    parsed = parse_text(web_page((FIXTURES / "layout" / "minami-pdf.txt").read_text(encoding="utf-8")))
    assert parsed["date"] == "2025-11-12"
    spoken = "\n".join(t["text"] for t in parsed["turns"])
    assert "ページの先頭へ" not in spoken


def test_letter_spaced_cells_extracted_one_letter_a_line_are_read_as_one_cell():
    # A PDF table whose letter-spaced labels and names (会 長  北 野 実(弁護士)) came out a letter a line.
    text = (
        "令和6年度第1回みなみ市情報公開審査会会議要録\n日\n時\n令和6年5月10日(金)\n午前10時から午前11時まで\n"
        "場所 みなみ市役所 第3会議室\n出席者\n"
        + "\n".join("会長北野") + "\n実(弁護士)\n" + "\n".join("副会長南田花") + "\n子(学識経験者)\n"
        + "\n".join("委員東山") + "\n清(市民)\n\n議事\n北野会長:ただいまから会議を開きます。\n東山委員:資料を確認しました。\n"
    )
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野実", "南田花子", "東山清"]
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2024-05-10", "10:00", "11:00")
    assert [t["speaker"] for t in parsed["turns"]] == ["北野会長", "東山委員"]


def test_a_letter_alone_on_its_line_stays_where_it_is():
    # One letter alone is a real short line (a mark's neighbour, a one-letter answer), not a broken cell.
    text = HEAD_PDF + "○会長　御意見はありますか。\n案\n○委員　特にありません。\n"
    assert [t["text"] for t in parse_text(text)["turns"]] == ["御意見はありますか。\n案", "特にありません。"]


HEAD_PDF = "みなみ市情報公開・個人情報保護審議会　令和６年度第１回会議録\n日時：令和6年5月10日　午後2時から午後3時まで\n場所：みなみ市役所\n\n"


# A record as an aggregator or a PDF gives it: every line break of the page lost, fields and
# headings kept apart by runs of spaces only. Synthetic (fictional town, names and bills).
FLAT_RECORD_LINES = [
    "令和6年第2回みなみ町議会定例会会議録",
    "1.日  時  令和6年6月4日(火)午前10時開会",
    "1.場  所  みなみ町役場議場",
    "1.出席議員   1番 北 野 一 郎 君   2番 南 田 花 子 君   3番 東 山 清 君",
    "1.欠席議員   4番 西 川 三 郎 君",
    "議事日程(第1号)",
    "令和6年6月4日(火曜日)午前10時開議",
    "日程第1 会議録署名議員の指名について",
    "日程第2 会期の決定について",
    "日程第3 報告第 1号 継続費繰越計算書について",
    "日程第4 議案第 1号 みなみ町個人情報保護条例",
    "議案第 2号 みなみ町情報公開条例の一部を改正する条例",
    "1.議  事",
    "(1)総合戦略実行計画の事業評価について",
    "(2)議会の個人情報保護について",
    "〔報告事項〕",
    "①運用状況について(総務課)",
    "②制度改正について(法務課)",
    "○議長(北野一郎君) ただいまから令和6年第2回みなみ町議会定例会を開会いたします。",
    "○町長(南川太郎君) 御説明申し上げます。",
]


def flattened(lines, gap="   "):
    return gap.join(lines)


@pytest.mark.parametrize("gap", ["   ", " ", "\u3000"], ids=["spaces", "one-space", "ideographic"])
def test_record_flattened_to_one_line_gets_its_line_breaks_back(gap):
    from shingikai.minutes.importer.clean import clean_text

    restored = [line.strip() for line in clean_text(flattened(FLAT_RECORD_LINES, gap)).split("\n") if line.strip()]
    # Letter-spaced names and labels are closed up as on any page; the breaks are where the page had them.
    assert [_norm(line) for line in restored] == [_norm(clean_text(line)) for line in FLAT_RECORD_LINES]


def test_record_flattened_to_one_line_is_read_as_the_printed_record():
    printed = parse_text("\n".join(FLAT_RECORD_LINES) + "\n")
    flat = parse_text(flattened(FLAT_RECORD_LINES) + "\n")
    assert reading(flat) == reading(printed)
    assert (flat["date"], flat["place"], flat["start_time"]) == ("2024-06-04", "みなみ町役場議場", "10:00")
    assert [t["speaker"] for t in flat["turns"]] == ["議長(北野一郎君)", "町長(南川太郎君)"]


def test_page_number_and_running_head_inside_a_flattened_record_are_not_glued_to_an_item():
    from shingikai.minutes.importer.flat import restore_breaks

    line = ("○開会日 令和6年6月28日(金) ○場 所 みなみ町教育委員会室 ○議事日程 (1) 委員長報告事項 "
            "(2)事務局報告事項について -1- みなみ町 教育委員会 第20回定例会 -2- 午前10時00分開会 北野委員長 おはようございます。")
    assert restore_breaks(line) == [
        "○開会日 令和6年6月28日(金)", "○場 所 みなみ町教育委員会室", "○議事日程", "(1) 委員長報告事項",
        "(2)事務局報告事項について", "みなみ町 教育委員会 第20回定例会", "午前10時00分開会 北野委員長 おはようございます。",
    ]


def test_a_page_with_its_line_breaks_is_left_byte_for_byte_as_it_was():
    # Every line of every fixture and seed, however long, is no flattened record.
    from shingikai.minutes.importer.flat import restore_breaks

    seeds = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
    paths = [*DOCUMENTS, *sorted(seeds.glob("*.txt")), *sorted((FIXTURES / "conventions").glob("*.txt"))]
    assert len(paths) > len(DOCUMENTS)
    for path in paths:
        for line in path.read_text(encoding="utf-8-sig").split("\n"):
            assert restore_breaks(line) is None, (path.name, line[:60])


def test_a_long_speech_that_names_agenda_entries_keeps_its_line():
    from shingikai.minutes.importer.flat import restore_breaks

    speech = ("○議長(北野一郎君) 日程第1、会議録署名議員の指名についてを議題といたします。" * 3
              + "次に、日程第2 会期の決定について、議会運営委員長の報告を求めます。" + "なお、場所 の変更はありません。" * 4)
    assert len(speech) > 200
    assert restore_breaks(speech) is None
    assert parse_text(HEAD_PDF + speech + "\n")["turns"][0]["text"].endswith("なお、場所 の変更はありません。")


def test_a_flattened_record_split_at_its_fields_is_split_again_before_its_numbered_parts_and_labels():
    # ○日時 … ○場所 … ○議事内容 1.開会 (北野補佐) …: the fields apart, then the proceedings' own breaks.
    line = ("第14回みなみ審議会議事録 ○日時 令和6年2月2日(月)15:00〜17:09 ○場所 みなみ会館 省議室(9階) "
            "○出席者 北野一郎会長、南田花子会長代理 ○議事内容 1.開会 (北野補佐) 定刻になりましたので、ただいまから"
            "「第14回みなみ審議会」を開催させていただきます。審議に入ります前に、御報告いたします。 2.議事 "
            "(北野会長) それでは議事に入ります。資料の説明をお願いします。")
    parsed = parse_text(line + "\n")
    assert [t["speaker"] for t in parsed["turns"]] == ["北野補佐", "北野会長"]
    assert parsed["turns"][0]["text"].endswith("御報告いたします。")
    assert parsed["place"] == "みなみ会館 省議室(9階)"


def test_an_assembly_record_flattened_whole_is_read_as_a_whole_record():
    # Header, roster, agenda and statements on one line, as a minutes aggregator serves a sitting.
    line = ("令和6年第2回みなみ町議会定例会会議録   1.日  時  令和6年6月4日(火)午前10時開会   1.場  所  みなみ町役場議場   "
            "1.出席議員   1番 北 野 一 郎 君   2番 南 田 花 子 君   3番 東 山 清 君   1.欠席議員   なし   議事日程(第1号)   "
            "令和6年6月4日(火曜日)午前10時開議   日程第1 会議録署名議員の指名について   日程第2 議案第 1号 みなみ町個人情報保護条例   "
            "午前10時00分 開議 ◯議長(北野一郎君) ただいまから会議を開きます。日程第1、会議録署名議員の指名について。 "
            "◯町長(南川太郎君) 御説明申し上げます。条例の制定です。 ◯議長(北野一郎君) 議案第1号は原案のとおり可決されました。 "
            "午前11時00分 散会")
    parsed = parse_text(line + "\n")
    assert (parsed["date"], parsed["start_time"], parsed["end_time"], parsed["place"]) == (
        "2024-06-04", "10:00", "11:00", "みなみ町役場議場")
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山清"]
    assert [i["title"] for i in parsed["items"]] == ["みなみ町個人情報保護条例"]
    assert [t["speaker"] for t in parsed["turns"]] == ["議長(北野一郎君)", "町長(南川太郎君)", "議長(北野一郎君)"]


def test_rows_of_a_box_drawn_table_become_label_and_value_lines_never_joined_across_rules():
    from shingikai.minutes.importer.clean import clean_text

    rule = "├──────┼────────────────────────────┤"
    rows = []
    for n in range(12):
        rows += [rule, f"│第{n:02d}行  │北山市議会 第{n:02d}回 特別委員会 会議室の記録 │"]
    cleaned = [line for line in clean_text("\n".join(rows)).split("\n") if line]
    assert cleaned == [f"第{n:02d}行\u3000北山市議会 第{n:02d}回 特別委員会 会議室の記録" for n in range(12)]


@pytest.mark.parametrize("rows", [
    ["北野 俊夫  北山大学法学部 教授", "南田 良文  北山商店街協同組合事務局 課長", "東山 凪子  弁護士"],
    ["北野俊夫  北山大学法学部 教授", "南田良文  北山商店街協同組合事務局 課長"],
], ids=["spaced-names", "closed-names"])
def test_table_rows_set_two_spaces_apart_are_not_joined(rows):
    from shingikai.minutes.importer.clean import clean_text

    assert [line for line in clean_text("\n".join(rows)).split("\n") if line] == rows


def test_a_sentence_wrapped_after_two_spaces_inside_is_still_joined():
    from shingikai.minutes.importer.clean import clean_text

    text = "北山市では防犯カメラの設置  について、地域の方々と\nともに検討を進めてまいりました。"
    assert clean_text(text) == "北山市では防犯カメラの設置  について、地域の方々とともに検討を進めてまいりました。"


def test_a_bracketed_heading_printed_twice_without_its_opening_bracket_is_read_once():
    from shingikai.minutes.importer.clean import clean_text

    assert clean_text("【会議次第】\n会議次第】\n1 開会") == "【会議次第】\n1 開会"
    # A heading that merely resembles the one before it stays.
    assert clean_text("【会議次第】\n会議次第について】\n1 開会").count("会議次第") == 2


def test_title_lines_whose_second_cell_opens_with_a_number_are_no_name_rows():
    from shingikai.minutes.importer.clean import clean_text

    # Two titles of one day's committees as an aggregator lists them: joined as before, the first read as the title.
    text = "令和 元年  6月 北山常任委員会-06月18日-01号\n令和 元年  6月 南山常任委員会-06月18日-01号"
    assert clean_text(text).count("\n") == 0


_ONE_CELL_A_LINE = """令和2年第1回北野村議会定例会 会議録


招集年月日
令和2年3月2日


招集の場所
北野村議会議場


開会・散会の宣告
開議
令和2年3月2日
10時05分
議長
南田 健


散会
令和2年3月2日
11時40分
議長
南田 健


議員の出欠(出席 ◯印・欠席 ×印)


番号
氏名
出席
番号
氏名
出席



東山一郎

5
西川 二郎




北原 三郎

6
南田 健



会議録署名議員
1番
東山一郎
5番
西川 二郎


職務のために出席した者の職・氏名
事務局長
中島 花子



議事日程(第2号)



日程
議案番号
件名
備考


第1
 
会議録署名議員の指名について
指名


第2
議案第4号
令和2年度北野村一般会計予算について
委員長報告
質疑・討論・採決
"""


def test_a_table_copied_one_cell_a_line_is_read_row_by_row():
    # An assembly's record on a minutes site: its 開会・散会 table, roster and 議事日程 each a cell a line,
    # rows two blank lines apart; the remarks column (委員長報告) is no part of the business.
    parsed = parse_text(_ONE_CELL_A_LINE)
    assert (parsed["start_time"], parsed["end_time"]) == ("10:05", "11:40")
    assert parsed["chair"] == "南田健"   # the 議長 who declared the sitting open
    assert sorted(parsed["members_present"]) == sorted(["東山一郎", "西川二郎", "北原三郎", "南田健"])
    assert [i["title"] for i in parsed["items"]] == ["令和2年度北野村一般会計予算について"]


def test_rows_of_one_cell_a_line_end_at_a_sentence():
    from shingikai.minutes.importer.clean import clean_text

    text = "番号\n氏名\n出席\n\n\n1\n南田 健\n\n\n\n会議を開きます。北野村の皆様\nよろしくお願いします。\n"
    cleaned = [line for line in clean_text(text).split("\n") if line]
    assert cleaned[0].endswith("南田 健")
    assert "会議を開きます。" in cleaned[1]


def test_an_aggregators_page_counts_and_a_footer_broken_over_the_page_break_are_no_entries():
    # A PDF on a document aggregator: (1) / (2) alone on their lines at each page, the footer - 1 - split so
    # that its closing dash opens the next page's first line.
    text = (
        "全文\n\n(1)\n\n- 1\n\n-第3回\n\n北野市南部地域協議会\n\n会議録\n\n□ 開 催 年 月 日 令和4年10月5日\n\n"
        "□ 開 会 の 場 所 北野市役所南部支所 会議室\n\n□ 会 議 次 第\n\n1 開 会\n\n2 協議事項\n\n"
        "南部地域の公共交通について\n\n3 報告事項\n\n(1) 南部地区の防災訓練について\n\n"
        "(2) 北野市総合計画の進捗について\n\n(3)\n\n- 2\n\n-(3) 南部支所の窓口時間の変更について\n\n"
        "(4) 市道南田線の通行止めについて\n\n4 その他\n\n5 閉 会\n"
    )
    titles = [i["title"] for i in parse_text(text)["items"]]
    assert titles == ["南部地域の公共交通について", "南部地区の防災訓練について", "北野市総合計画の進捗について",
                      "南部支所の窓口時間の変更について", "市道南田線の通行止めについて"]


def test_numbers_alone_over_their_titles_are_an_agenda_not_page_counts():
    text = ("北野市南部地域協議会 会議録\n日時 令和4年10月5日(水) 午後1時30分\n議題\n(1)\n南部地区の防災訓練について\n"
            "(2)\n北野市総合計画の進捗について\n○会長 それでは始めます。\n")
    assert [i["title"] for i in parse_text(text)["items"]] == ["南部地区の防災訓練について", "北野市総合計画の進捗について"]


@pytest.mark.parametrize("line, closed", [
    ("第 2 9 回 北 山 市 審 議 会", "第29回北山市審議会"),
    ("  令 和 5 年 1 1 月 2 日( 木 )1 4 時 か ら", "  令和5年11月2日(木)14時から"),
    # A label and the count that closes it: the count is no letter of the label.
    ("出 席 総 数 17", "出席総数 17"),
    ("欠 席 委 員 数 1", "欠席委員数 1"),
], ids=["title", "date-indented", "count-after-label", "one-digit-count"])
def test_a_line_letter_spaced_digits_and_brackets_too_is_closed_up_whole(line, closed):
    from shingikai.minutes.importer.clean import clean_text

    assert clean_text(line) == closed


def test_rows_of_posts_and_names_as_wide_as_a_wrapped_page_stay_apart():
    # 町長 北野 一郎 副町長 南田 健 / 教 育 長 …: who came to explain, two a row, each row as wide as the
    # hard-wrapped speech below; a row ends on a name and is never a line cut at the page's edge.
    rows = [
        "町 長 北野 一郎 副 町 長 南田 健司",
        "教 育 長 西川 三郎 総務課長 東山 清",
        "建設課長 中村 次郎 税務課長 小林 守",
    ]
    width = max(len(r) for r in rows)
    speech = "ただいまから会議を開きます。本日の議題は町道の改良工事に係る契約の締結についてであります。" * 14
    wrapped = [speech[i:i + width] for i in range(0, len(speech), width)]
    text = (
        "令和5年第3回北野町議会臨時会会議録 第1号\n令和5年7月3日(月曜日) 午前10時開議\n"
        "出席議員(3名)\n1番 南田 一郎 2番 西山 春子 3番 北川 清\n欠席議員(なし)\n説明のため出席した者の職氏名\n" + "\n".join(rows) + "\n事務局出席職員氏名\n"
        "議会事務局長 西田 豊 書記 北村 恵\n議事日程(第1号)\n第 1 会期の決定\n午前10時00分 開会\n"
        "議長(南田一郎君) " + "\n".join(wrapped) + "\n"
    )
    cleaned = clean_text(text).split("\n")
    assert [r.replace(" ", "") for r in rows if r.replace(" ", "") not in [c.replace(" ", "") for c in cleaned]] == []
    assert [t["speaker"] for t in parse_text(text)["turns"]] == ["議長(南田一郎君)"]



def _wrapped_page_under_a_heading_as_wide(width):
    prose = ("北野市の住民記録システムの更新に伴い、転入届の受付時に他の市町村から本人の記録を取得する"
             "ことについて、事務局から概要を説明し、委員から質疑があった。") * 10
    wrapped = "\n".join(prose[i:i + width] for i in range(0, len(prose), width))
    heading = "(2)審議事項"
    case = "「オンライン結合による提供の制限」の例外事項に関する諮問(北野市市民課)"
    return case, (
        "第12回北野市個人情報保護審議会会議録\n令和5年7月3日(月曜日)午前10時から正午まで\n北野市役所第1会議室\n"
        "南田会長、西山委員、北川委員\n" + heading + "\n" + case + "\n" + "実施機関より、諮問の内容を説明した。"
        + "\n" + wrapped + "\n" + wrapped + "\n"
    )


def test_a_heading_as_wide_as_a_wrapped_page_that_closes_its_brackets_keeps_its_line():
    # In hard-wrapped text a line that fills the width was cut by the page edge, unless it closes every bracket
    # it opened: …に関する諮問(北野市市民課) is a heading, and the narration below it starts a line of its own.
    case, text = _wrapped_page_under_a_heading_as_wide(width=36)
    assert len(case) == 36
    assert case in clean_text(text).split("\n")
    assert [item["title"] for item in parse_text(text)["items"]] == [case.split("(")[0]]


def test_a_pages_update_stamp_as_wide_as_its_wrapped_text_does_not_run_into_the_title():
    # 更新日：2023年4月1日更新 / 本年度の第1回北野市図書館協議会は…: the page's stamp, then its first line. In text
    # wrapped at the stamp's width the stamp looks cut by the page edge; it is a line of its own all the same.
    stamp = "更新日：2023年4月1日更新"
    title = "本年度の第1回北野市図書館協議会は次のとおり行われました。"
    prose = "委員から図書館の利用状況について質問があり、事務局から貸出冊数の推移を説明した。" * 12
    width = len(stamp)
    wrapped = "\n".join(prose[i:i + width] for i in range(0, len(prose), width))
    text = "トップページ > 市政情報 > 審議会等 > 会議録\n" + stamp + "\n" + title + "\n◇ 日時 令和5年6月19日(月)午後3時30分〜5時\n" + wrapped + "\n"
    lines = clean_text(text).split("\n")
    assert stamp in lines and title in lines


def test_a_flattened_pages_numbered_fields_keep_their_numbers_on_their_own_lines():
    # …ページID:P001234 1. 開催日時 … 2. 開催場所 …: the number and its dot open the field's line; the gap
    # between them is no cut.
    line = ("令和5年度 第2回北野市防災会議の開催結果について 更新日:令和6年3月1日(金曜日) ページID:P001234 "
            "1. 開催日時 令和6年2月18日(日曜日)午後1時30分~2時10分 2. 開催場所 北野市役所 10階 中会議室 "
            "3. 出席者 会長 南田 一郎 市長 委員 40人 傍聴人 なし 事務局 危機管理課長 他 "
            "4. 議事 (1)会長あいさつ 北野市防災会議の会長である南田一郎市長より挨拶がありました。 "
            "(2)新委員紹介 事務局より異動のあった委員を紹介しました。 (3)諮問事項 議案第1号 北野市地域防災計画の修正について "
            "事務局より、議案第1号について説明がありました。議案第1号について、原案のとおり承認されました。")
    assert len(line) > 300
    lines = clean_text(line).split("\n")
    assert "1. 開催日時 令和6年2月18日(日曜日)午後1時30分~2時10分" in lines
    assert "2. 開催場所 北野市役所 10階 中会議室" in lines
    assert parse_text(line)["place"] == "北野市役所 10階 中会議室"


def test_a_number_the_page_edge_cut_is_joined_without_a_space():
    # 日時 平成31年3月14日(木曜日)10時00分~11時5 / 5分: the edge fell inside the minutes of the end time.
    prose = "\n".join(["委員から資料の内容について質問があり、事務局から計画の進め方について説明した。" * 10] * 2)
    head = "1. 日時 平成31年3月14日(木曜日)10時00分~11時55分"
    width = len(head) - 2
    text = "第5回北野県環境審議会 会議録\n" + hard_wrapped(head + "\n" + prose, width) + "\n"
    assert "11時5\n5分" in hard_wrapped(head, width)
    assert parse_text(text)["end_time"] == "11:55"


def test_short_cells_of_a_form_are_no_page_width_to_join_lines_at():
    # A dozen cells 13-15 letters wide, and as many sentences far wider: no page was cut at the cells' width.
    cells = ["審議会等付属機関 会議概要", "北山市文書館整備検討懇話会", "市役所本庁舎 5階 第三会議室",
             "北野委員、南田委員、東山委員", "公開 ・ 一部公開 ・ 非公開", "記者 1人 傍聴者 2人 以上", "北山市総務部総務課 文書係",
             "市長あいさつ及び自己紹介", "会長の選出及び会長代理の指名", "文書館の整備についての説明", "意見・質問等は次のとおり",
             "次回の日程についての確認"]
    sentences = [f"(委員){n}ページの表にある書架の延長は、どのような場所に保存するかが大きな問題になると思うが、市の考えを伺いたい。"
                 for n in range(2, 14)]
    text = "\n".join(cells + sentences)
    cleaned = clean_text(text).split("\n")
    for cell in ("市役所本庁舎 5階 第三会議室", "北野委員、南田委員、東山委員", "北山市文書館整備検討懇話会"):
        assert cell in cleaned


def test_headings_printed_over_and_over_are_read_once_and_repeated_statements_all_stay():
    text = ("北山市住まいの協議会\n\n北山市住まいの協議会\n\n北山市住まいの協議会\n\n"
            "(1)日時 (1)日時 (1)日時 令和5年11月22日(水)15:30~16:30\n(2)場所 (2)場所 (2)場所 北山市民ホール\n"
            "委員:承認します。\n委員:承認します。\n委員:承認します。\n")
    cleaned = clean_text(text).split("\n")
    assert cleaned.count("北山市住まいの協議会") == 1
    assert "(1)日時 令和5年11月22日(水)15:30~16:30" in cleaned and "(1)日時" not in cleaned
    assert cleaned.count("委員:承認します。") == 3


def test_a_role_column_that_repeats_one_word_is_no_overprinted_heading():
    text = "出席者\n役職\n委員\n委員\n委員\n氏名\n北野 一郎\n南田 健\n東山 清\n"
    assert clean_text(text).split("\n").count("委員") == 3


def test_a_page_wrapped_at_its_width_whose_lines_hold_half_width_amounts_is_still_joined():
    # A third of the lines hold amounts in half-width digits (48億3,215万6,000円): more letters, no wider on the page.
    text = (Path(__file__).parent / "fixtures" / "minutes" / "budget-committee-hard-wrapped-with-amounts.txt").read_text(encoding="utf-8")
    parsed = parse_text(text)
    assert [i["title"] for i in parsed["items"]] == ["令和5年度北山市一般会計補正予算（第3号）のうち歳出第2款総務費及び第3款民生費に係る部分について"]


def test_a_summary_sentence_wrapped_after_a_halls_name_is_one_sentence():
    text = ("北山市公民館運営審議会 会議概要\n日時 令和5年7月1日 午後2時から\n場所 北山市中央公民館 2階 会議室\n"
            "出席者 北野委員、南田委員、東山委員、西川委員\n議題\n(1)公民館の施設整備について\n"
            "事務局から北山市中央公民館と北山市民会館\n大ホールの改修方針について説明があった。\n(2)その他\n")
    assert [i["title"] for i in parse_text(text)["items"]] == ["公民館の施設整備について"]


def test_a_tables_rows_that_repeat_their_cells_are_no_overprinted_headings():
    text = ("北山市男女共同参画審議会 会議録\n日時 令和5年7月1日 午後2時から午後4時まで\n場所 北山市役所 5階 第1会議室\n"
            "出席委員\n役職名\n会長\n副会長\n委員\n委員\n委員\n委員\n氏名\n北野 一郎\n南田 健\n東山 清\n西川 花子\n森本 進\n川上 優\n"
            "出欠 出席 出席 出席 欠席 出席 出席\n所属 公募委員 公募委員 公募委員 北山大学 北山商工会議所 北山市社会福祉協議会\n"
            "議題\n(1)北山市男女共同参画計画の進捗について\n")
    cleaned = clean_text(text).split("\n")
    assert cleaned.count("委員") == 4 and any("出欠 出席 出席 出席 欠席" in line for line in cleaned)


def test_pages_printed_in_two_columns_are_read_column_by_column():
    # 〇議長（北野一郎君） ただいまから令和６ ご説明申し上げます。: PDF-to-text reads a page of two columns across,
    # a line of the left column and the line of the right one beside it; each page reads down its left column first.
    parsed = parse_text((FIXTURES / "layout" / "kitayama-two-columns.txt").read_text(encoding="utf-8"))
    assert [(i["title"], i["outcome"]) for i in parsed["items"]] == [
        ("北山市立図書館の設置及び管理に関する条例の一部を改正する条例の制定について", "承認"),
        ("令和６年度北山市一般会計補正予算（第１号）", "承認")]
    mayor = next(t["text"] for t in parsed["turns"] if t["speaker"].startswith("市長"))
    assert "仕事の帰りにも本を借りられるようにするため、条例の一部を改めるものであります。" in mayor
    assert "日程第" not in mayor and "質疑" not in mayor
    assert [t["speaker"][:2] for t in parsed["turns"]].count("議長") == 9


def test_rows_of_two_names_and_tables_are_no_columns_to_take_apart():
    # １番 北野一郎 ２番 南田花子 / 議長 … 副議長 …: a roster two names a line splits at one width on every row,
    # but holds no running text: it stays as printed, as do the fixtures of one column.
    from shingikai.minutes.importer.columns import columns_apart_text

    roster = "\n".join(f"{n}番 北野{'一二三四五六七八九'[n % 9]}郎君 {n + 1}番 南田{'一二三四五六七八九'[n % 9]}子君"
                       for n in range(1, 40, 2)) + "\n－ 1 －\n"
    assert columns_apart_text(roster * 3) is None
    for path in DOCUMENTS:
        assert columns_apart_text(path.read_text(encoding="utf-8")) is None, path.name


def _kitayama_columns_read(parsed):
    return ([(i["title"], i["outcome"]) for i in parsed["items"]],
            next(t["text"] for t in parsed["turns"] if t["speaker"].startswith("市長")))


def test_pages_of_two_columns_without_page_numbers_are_read_column_by_column():
    # The same pages printed without their page numbers: a text file (pages a blank line apart) and a PDF (its
    # reader's form feed between pages). Each run of lines split at one width, running text on both sides, is a page.
    from shingikai.minutes.importer.columns import _PAGE_NUMBER

    text = (FIXTURES / "layout" / "kitayama-two-columns.txt").read_text(encoding="utf-8")
    unnumbered = "\n".join(line for line in text.split("\n") if not _PAGE_NUMBER.match(line))
    pdf_pages = "\f".join(unnumbered.split("\n\n"))
    items, mayor = _kitayama_columns_read(parse_text(text))
    # Page numbers the reader cannot tell for certain (a bare 2, 2 / 3) with no blank line after them end a page too.
    bare = re.sub(r"－ (\d) －\n\n?", r"\1 / 3\n", text)
    for form in (unnumbered, pdf_pages, bare):
        assert "－" not in form
        assert _kitayama_columns_read(parse_text(form)) == (items, mayor)
    assert "仕事の帰りにも本を借りられるようにするため、条例の一部を改めるものであります。" in mayor


def test_rosters_tables_and_short_speeches_without_page_numbers_are_no_columns():
    # Nothing marks a page here, so what splits at one width must hold running text on both sides: a roster two
    # names a line, officials letter-spaced two a line, a table of bills and a run of one-line speeches stay as printed.
    from shingikai.minutes.importer.columns import columns_apart_text

    given = "一二三四五六七八九"
    roster = "\n".join(f"{n}番 北野{given[n % 9]}郎君 {n + 1}番 南田{given[n % 9]}子君" for n in range(1, 40, 2))
    officials = "\n".join(f"{r} 東 山 {given[n % 9]} 郎 {q} 西 川 {given[n % 9]} 子" for n, (r, q) in enumerate(
        [("市 長", "副 市 長"), ("総 務 部 長", "市民生活部長"), ("建 設 部 長", "教 育 長")] * 4))
    table = "\n".join(f"議案第{n}号 北山市{w}条例の一部を改正する条例の制定について 原案可決 {'全員賛成' if n % 2 else '賛成多数'}"
                      for n, w in enumerate(["手数料", "税", "公園", "下水道", "図書館", "公民館", "保育所", "墓地", "駐車場", "体育館"], 1))
    speeches = "\n".join(f"〇{s} {t}" for s, t in [
        ("議長（北野一郎君）", "次に、日程第２、議案第２号を議題といたします。"), ("市長（南田健君）", "議案第２号につきまして、提案の理由を申し上げます。"),
        ("議長（北野一郎君）", "これより質疑に入ります。質疑はありませんか。"), ("３番（東山清君）", "公園の使用料を改める理由をお尋ねいたします。"),
        ("都市整備部長（西川誠君）", "近隣の市の料金と揃えるためでございます。"), ("３番（東山清君）", "利用者への周知はどのように行いますか。"),
        ("都市整備部長（西川誠君）", "広報紙とホームページでお知らせいたします。"), ("議長（北野一郎君）", "ほかに質疑はありませんか。"),
        ("議長（北野一郎君）", "質疑なしと認めます。これより討論に入ります。"), ("議長（北野一郎君）", "討論なしと認めます。これより採決を行います。"),
    ] * 2)
    for text in (roster, officials, table, speeches):
        assert columns_apart_text(text) is None
        assert columns_apart_text(text.replace("\n", "\n\f", 5)) is None


def test_a_run_of_column_shaped_lines_longer_than_any_page_is_no_page():
    # Where nothing but the lines' shape marks a page, thousands of such lines in one run are no page of two columns:
    # they stay as printed (and are not joined into one line, which would cost time on a hostile file).
    from shingikai.minutes.importer.columns import _PAGE_NUMBER, columns_apart_text

    text = (FIXTURES / "layout" / "kitayama-two-columns.txt").read_text(encoding="utf-8")
    page = [line for line in text.split("\n\n")[1].split("\n") if line and not _PAGE_NUMBER.match(line)]
    assert columns_apart_text("\n".join(page)) is not None
    assert columns_apart_text("\n".join(page * 200)) is None
