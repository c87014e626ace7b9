"""Seat tables two members a line, placeholder names, slashed dates, a web page's menus and a summary's decisions."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.decision_summary import summary_decisions_applied
from shingikai.minutes.importer.group_heading_after_list import group_headings_apart
from shingikai.minutes.importer.marked_bills_apart import marked_bills_apart
from shingikai.minutes.importer.masked_names import masked
from shingikai.minutes.importer.page_navigation import navigation_dropped
from shingikai.minutes.importer.seat_pairs import seat_pairs_listed
from shingikai.minutes.importer.session_month_title import session_month_label
from shingikai.minutes.importer.slashed_dates import slashed_dates_written
from shingikai.minutes.importer.structure import PROCEDURAL
from shingikai.minutes.importer.teaser_caption import teaser_caption_parted


def test_a_seat_table_two_members_a_line_is_read_one_seat_a_line():
    lines = ["役職名", "", "議席番号", "", "氏 名 役職名", "議席番号", "氏 名 会長 4 北野 一郎 委員 1 南田 健", "",
             "副会長(会長職務代理者)", "", "3 東山 花子 委員 2 西川 正人", "", "5.欠席委員 無"]
    assert seat_pairs_listed(lines) == ["会長 4番 北野 一郎", "委員 1番 南田 健", "副会長(会長職務代理者) 3番 東山 花子",
                                        "委員 2番 西川 正人", "5.欠席委員 無"]


def test_rows_of_seats_without_the_column_heads_are_left_alone():
    lines = ["会長 4 北野 一郎 委員 1 南田 健", "5.欠席委員 無"]
    assert seat_pairs_listed(lines) == lines


def test_the_table_ends_at_the_first_line_that_is_not_seats():
    lines = ["役職名 議席番号 氏 名", "会長 4 北野 一郎 委員 1 南田 健", "本日の議事は次のとおり。", "委員 2 西川 正人"]
    assert seat_pairs_listed(lines) == ["会長 4番 北野 一郎", "委員 1番 南田 健", "本日の議事は次のとおり。", "委員 2 西川 正人"]


def test_two_marked_bills_on_one_line_are_parted():
    line = "○議案第2号 北山市農地の証明について ○議案第3号 北山市農地の許可について"
    assert marked_bills_apart([line]) == ["○議案第2号 北山市農地の証明について", "○議案第3号 北山市農地の許可について"]
    # A bill named inside a sentence is no second row.
    assert marked_bills_apart(["議案第2号の件は○議案第3号と一括します"]) == ["議案第2号の件は○議案第3号と一括します"]


def test_the_presiding_members_seat_line_and_the_sittings_own_heading_are_procedure():
    assert PROCEDURAL.match("議長議席4番北野一郎会長")
    assert PROCEDURAL.match("8.総会")
    assert not PROCEDURAL.match("北山市農業委員会総会の運営について")


def test_a_placeholder_is_no_name_but_a_name_is():
    assert masked("xx") and masked("×× ") and masked("○○")
    assert not masked("北野") and not masked(None)


def test_a_blanked_out_chair_label_leaves_the_chair_unknown_and_the_label_as_printed():
    parsed = parse_text("令和6年度 第2回 北山県契約審議会議事録\n日 時 令和6年5月10日(金) 13時30分~15時00分\n"
                        "〇xx会長\nそれでは議事に入ります。\n")
    assert parsed["chair"] is None
    assert [t["speaker"] for t in parsed["turns"]] == ["xx会長"]


def test_a_slashed_date_is_read_only_where_its_order_is_certain():
    assert slashed_dates_written("発言日: 06/29/2011 会派名:") == "発言日: 2011年6月29日 会派名:"
    assert slashed_dates_written("開催日: 29/06/2011") == "開催日: 2011年6月29日"
    # Either number could be the month: left as printed, the date stays unknown.
    assert slashed_dates_written("発言日: 06/07/2011") == "発言日: 06/07/2011"
    # Unlabelled, a slashed run may be anything (a file's path, a fraction).
    assert slashed_dates_written("資料 06/29/2011 版") == "資料 06/29/2011 版"


def test_menu_bullets_above_the_main_text_marker_are_dropped_and_the_breadcrumb_kept():
    lines = ["• ホーム", "• サイトマップ", "• 県政情報", "ホーム > 北山県議会 > 委員会会議録", "ここから本文です。", "委員会会議録"]
    assert navigation_dropped(lines) == ["ホーム > 北山県議会 > 委員会会議録", "委員会会議録"]
    # Without the marker the bullets may be the record's own list.
    assert navigation_dropped(lines[:3] + lines[5:]) == lines[:3] + lines[5:]


def test_the_session_month_labels_a_committee_titled_by_it():
    assert session_month_label(["平成23年6月北山振興特別委員会"], "北山振興特別委員会", []) == "平成23年6月"
    assert session_month_label(["令和6年2月北山県議会建設委員会会議記録(3月14日開催分)"], "北山県議会建設委員会", []) == "令和6年2月"
    # A minutes system's index line names the day's record by number: left unlabelled, as the corpus is.
    assert session_month_label(["平成28年 7月北山委員会"], "北山委員会", ["平成28年 7月北山委員会-07月28日-01号"]) is None
    assert session_month_label(["令和6年5月北山市文化財審議会"], "北山市文化財審議会", []) is None


def test_a_committee_page_under_menus_is_read_by_its_title_and_slashed_date():
    page = ("• ホーム\n• サイトマップ\n• 県政情報\nホーム > 北山県議会 > 委員会会議録\nここから本文です。\n委員会会議録\n"
            "開催別議員別委員会別検索用\n平成23年6月北山振興特別委員会\n【 協議 】 発言日: 06/29/2011 会派名:\n"
            "○北野(一)委員長\n それでは協議に入りたいと思います。\n")
    parsed = parse_text(page)
    assert (parsed["council_name"], parsed["meeting_label"], parsed["date"]) == ("北山振興特別委員会", "平成23年6月", "2011-06-29")


def test_a_caption_cut_by_its_misread_ellipsis_is_parted_from_the_snippet():
    assert teaser_caption_parted("第3回北山村委員会 議事録€¦ · (1)北山村計画について") == "第3回北山村委員会 議事録\n(1)北山村計画について"


def test_the_next_group_heading_after_the_last_member_closes_the_list():
    line = "出席者 (委 員)北野一郎委員長、南田健委員 (北山村)村長、副村長"
    assert group_headings_apart([line]) == ["出席者 (委 員)北野一郎委員長、南田健委員、(北山村)村長、副村長"]
    # An affiliation glued to its member's name is left alone.
    kept = "(委員)北野一郎委員(北山大学)、南田健委員"
    assert group_headings_apart([kept]) == [kept]


def test_a_summarys_sentence_per_agenda_number_gives_outcome_or_kind():
    lines = ["議題 (1)北山村振興計画の実施状況について (2)北山村交付金事業の評価について",
             "決定事項 (1)議題(1)について、事務局から実施状況を報告。 (2)議題(2)について、報告を受け評価を決定。"]
    items = [{"title": "北山村振興計画の実施状況について", "kind": "その他", "outcome": "不明"},
             {"title": "北山村交付金事業の評価について", "kind": "その他", "outcome": "不明"}]
    summary_decisions_applied(lines, items)
    assert [(i["kind"], i["outcome"]) for i in items] == [("報告", "不明"), ("その他", "承認")]


def test_without_the_decisions_heading_no_sentence_is_read():
    lines = ["議題 (1)北山村振興計画の実施状況について", "(1)議題(1)について、事務局から実施状況を報告。"]
    items = [{"title": "北山村振興計画の実施状況について", "kind": "その他", "outcome": "不明"}]
    summary_decisions_applied(lines, items)
    assert items[0]["kind"] == "その他"
