"""Names on two lines, coordinators, place columns in rosters, bulleted Q/A sides and a board's month sitting."""
from shingikai.minutes.importer.bulleted_role_labels import bulleted_roles_marked
from shingikai.minutes.importer.month_session_under_year import month_session_under_year
from shingikai.minutes.importer.municipality import not_a_municipality
from shingikai.minutes.importer.place_column_roster import place_column_dropped
from shingikai.minutes.importer.split_name_lines import split_names_joined
from shingikai.minutes.importer.surname_then_full_name import surnames_made_whole


def test_surname_and_given_name_on_two_lines_are_joined_and_a_room_between_moves_above_the_heading():
    lines = ["北山町役場", "○出席委員", "北野", "一郎 委員長", "南田", "花子 委員", "東山", "2階会議室 B", "健 委員", "○欠席委員"]
    assert split_names_joined(lines) == ["北山町役場", "2階会議室 B", "○出席委員", "北野一郎 委員長", "南田花子 委員",
                                         "東山健 委員", "○欠席委員"]


def test_two_short_lines_that_are_not_a_run_of_people_stay_apart():
    lines = ["出席者", "北野", "一郎 委員長", "議題", "協議 事項"]
    assert split_names_joined(lines) == lines


def test_a_month_sitting_under_a_line_that_is_only_the_year_is_labelled_with_both():
    assert month_session_under_year(["平成 29 年度", "教育委員会6月定例会"], "教育委員会") == "平成29年度6月定例会"
    # The year in a sentence, or a month that names no sitting, labels nothing.
    assert month_session_under_year(["平成29年度の予定", "教育委員会6月定例会"], "教育委員会") is None
    assert month_session_under_year(["平成29年度", "教育委員会6月の研修について"], "教育委員会") is None


def test_the_towns_of_a_district_together_are_no_municipality():
    assert not_a_municipality("北山地区市町")
    assert not_a_municipality("北山地区市町村")
    assert not not_a_municipality("北山町")


def test_a_column_of_places_over_as_many_rows_of_officials_loses_the_places():
    lines = ["出席者", "南山", "東山", "北山", "北野教育長,南田教育委員長", "東田教育長,西川教育委員長", "西山教育長", "1"]
    assert place_column_dropped(lines) == ["出席者", "北野教育長,南田教育委員長", "東田教育長,西川教育委員長", "西山教育長", "1"]


def test_a_roster_of_names_alone_is_no_place_column():
    lines = ["出席者", "北野", "南田", "東山", "西川委員長,北川委員"]
    assert place_column_dropped(lines) == lines


def test_a_surname_takes_the_one_full_name_that_opens_with_it():
    members, chair = surnames_made_whole(["北野", "南田", "東山", "北野一郎"], "北野")
    assert (members, chair) == (["北野一郎", "南田", "東山"], "北野一郎")
    # Two full names that a surname opens leave it as it is.
    assert surnames_made_whole(["北野", "南田", "北野一郎", "北野次郎"], None) == (["北野", "南田", "北野一郎", "北野次郎"], None)


def test_bulleted_sides_become_labels_only_where_both_sides_speak():
    lines = ["・事務局より改訂箇所を説明", "・委員", "定数の理由は何か。", "・事務局 2名ずつの出席を想定している。"]
    assert bulleted_roles_marked(lines) == ["・事務局より改訂箇所を説明", "○委員", "定数の理由は何か。",
                                            "○事務局\u30002名ずつの出席を想定している。"]
    one_side = ["・委員", "定数の理由は何か。", "・委員", "人数は。"]
    assert bulleted_roles_marked(one_side) == one_side


def test_a_bulleted_roster_row_is_no_label():
    lines = ["・委員 北野、南田、東山", "・事務局 西川課長、北川主査"]
    assert bulleted_roles_marked(lines) == lines
