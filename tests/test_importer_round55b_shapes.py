"""Who was present and who presided: a deputy opening the sitting, the board's 教育長 over numbered seats, an acting chair
alone in the roster, a counted seat run after the title, surnames counted in a bracket, an unlabelled office-and-name line, a box-drawn seat table read column after column, a roster's label printed after its first rows."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.conventions import (
    _ACTING_CHAIR_ALONE_IN_ROSTER, _BOARD_SUPERINTENDENT_OVER_SEATS, _DEPUTY_OPENS_THE_SITTING)
from shingikai.minutes.importer.counted_bracket_names import counted_bracket_names
from shingikai.minutes.importer.counted_seat_run import counted_seat_run
from shingikai.minutes.importer.dotted_seat_roster import dotted_seat_roster
from shingikai.minutes.importer.label_after_first_rows import label_before_first_rows
from shingikai.minutes.importer.presiding_deputy import deputy_presiding
from shingikai.minutes.importer.role_named_line import role_named_line
from shingikai.minutes.importer.speakers import LabelMatch


def _labels(*pairs):
    return {k * 2: LabelMatch(label, text, "circle") for k, (label, text) in enumerate(pairs)}


def test_a_deputy_whose_first_turn_opens_the_sitting_presides():
    labels = _labels(("北野一郎副委員長", "ただいまから、環境委員会を開会いたします。"), ("南田健委員", "質問します。"))
    assert deputy_presiding(labels, [], ["北野一郎", "南田健"]) == "北野一郎"
    # A record that only counts those present claims the deputy by the label alone.
    assert deputy_presiding(labels, [], []) == "北野一郎"


def test_a_deputy_does_not_preside_where_the_chair_speaks_or_the_first_turn_opens_nothing():
    chair_speaks = _labels(("北野一郎副委員長", "ただいまから、環境委員会を開会いたします。"), ("西川清委員長", "遅れて失礼しました。"))
    assert deputy_presiding(chair_speaks, [], ["北野一郎", "西川清"]) is None
    greeting = _labels(("北野一郎副委員長", "おはようございます。"), ("南田健委員", "質問します。"))
    assert deputy_presiding(greeting, [], ["北野一郎", "南田健"]) is None
    # A deputy the roster does not list is no claim.
    opening = _labels(("北野一郎副議長", "ただいまから本日の会議を開きます。"))
    assert deputy_presiding(opening, [], ["南田健", "東山花子"]) is None


def test_the_deputy_who_opens_a_committee_record_is_its_chair():
    assert parse_text(_DEPUTY_OPENS_THE_SITTING)["chair"] == "北野一郎"


def test_the_board_superintendent_over_numbered_members_presides_unless_a_chair_is_listed():
    assert parse_text(_BOARD_SUPERINTENDENT_OVER_SEATS)["chair"] == "北野一郎"
    # The board before the 2015 reform: its 委員長 presides, not the 教育長 it lists.
    before_reform = _BOARD_SUPERINTENDENT_OVER_SEATS.replace("一番委員 南田 健", "委員長 南田 健")
    assert parse_text(before_reform)["chair"] != "北野一郎"


def test_an_acting_chair_presides_only_where_the_roster_lists_no_chair():
    assert parse_text(_ACTING_CHAIR_ALONE_IN_ROSTER)["chair"] == "北野一郎"
    with_chair = _ACTING_CHAIR_ALONE_IN_ROSTER.replace("南田健委員", "南田健会長")
    assert parse_text(with_chair)["chair"] != "北野一郎"
    unmarked = _ACTING_CHAIR_ALONE_IN_ROSTER.replace("北野一郎会長代理", "北野一郎委員")
    assert parse_text(unmarked)["chair"] is None


def test_a_section_chairs_acting_office_is_no_part_of_the_name():
    parsed = parse_text(_ACTING_CHAIR_ALONE_IN_ROSTER.replace("北野一郎会長代理", "北野一郎部会長代理"))
    assert "北野一郎" in parsed["members_present"]


def test_a_seat_roster_run_on_after_the_title_is_read_where_its_count_holds():
    line = "令和2年第2回定例会  出 席 議 員 ( 3人)      1番  北 野 一 郎    3番  南 田   健      2番  東 山 花 子"
    assert counted_seat_run([line, "───────"]).names == ("北野一郎", "南田健", "東山花子")
    # A count the seats do not make up: the layout was not understood.
    assert counted_seat_run([line.replace("3人", "4人"), "───────"]) is None


def test_the_wrapped_seats_on_the_next_line_belong_to_the_run():
    lines = ["定例会  出 席 議 員 ( 4人)  1番  北 野 一 郎    3番  南 田   健",
             "  2番  東 山 花 子    4番  西 川   清",
             "事 務 局 職 員 出 席 者   事務局長    北 山 次 郎"]
    assert counted_seat_run(lines).names == ("北野一郎", "南田健", "東山花子", "西川清")


def test_surnames_counted_in_a_bracket_are_the_members_and_those_away():
    people = counted_bracket_names("【推進協議会委員】 委員:4人(北野,南田,東,西川) 欠席:1人(北山) 傍聴:0人")
    assert people.names == ("北野", "南田", "東", "西川")
    assert people.absent == ("北山",)


def test_a_bracket_that_misses_its_count_or_names_an_office_is_not_read():
    assert counted_bracket_names("委員:5人(北野,南田,東,西川)") is None
    assert counted_bracket_names("事務局:2人(北野課長,南田係長)") is None
    assert counted_bracket_names("委員:2人(北野部長,南田)") is None


def test_an_unlabelled_line_of_office_and_name_entries_is_the_roster():
    people = role_named_line(["庁議室", "委員長 北野一郎、副委員長 南田健、委員 東山花子、委員 西川清"])
    assert people.names == ("北野一郎", "南田健", "東山花子", "西川清")
    assert people.chair == "北野一郎"


def test_the_staff_line_joined_on_after_the_members_loses_the_entry_they_meet_in():
    people = role_named_line(["委員長 北野一郎、副委員長 南田健、委員 東山花子、委員 西川清北山副市長、南野総合政策部長"])
    assert people.names == ("北野一郎", "南田健", "東山花子")


def test_a_line_with_staff_among_its_entries_is_no_roster():
    assert role_named_line(["委員長 北野一郎、北山副市長、委員 東山花子、委員 西川清"]) is None
    assert role_named_line(["委員長 北野一郎、委員 南田健"]) is None


def test_a_seat_table_read_column_after_column_is_read_where_every_seat_is_there_once():
    lines = ["出席議員", "1.北野一郎4.西川 清\u30002.南田健\u3000\u30005.北山次郎\u30003.東山花子\u3000\u30006.南野春子"]
    assert dotted_seat_roster(lines).names == ("北野一郎", "南田健", "東山花子", "西川清", "北山次郎", "南野春子")
    # A seat missing, or something else on the line: not the table.
    assert dotted_seat_roster(["出席議員", "1.北野一郎4.西川 清\u30002.南田健\u30005.東山花子"]) is None
    assert dotted_seat_roster(["出席議員", "1.北野一郎 2.南田健 3.東山花子 欠席なし"]) is None


def test_a_roster_label_printed_after_its_first_rows_is_put_back_before_them():
    line = "審査        委員長 北野一郎   副委員長 南田 健 出席委員   委員  東山花子   委員 西川 清 欠席委員   なし"
    assert label_before_first_rows([line]) == [
        "審査        出席委員   委員長 北野一郎   副委員長 南田 健    委員  東山花子   委員 西川 清 欠席委員   なし"]


def test_a_label_after_anything_but_office_and_name_entries_stays_where_it_is():
    line = "会議の目的 付託議案等の審査 出席委員   委員  東山花子   委員 西川 清"
    assert label_before_first_rows([line]) == [line]
