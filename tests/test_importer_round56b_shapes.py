"""Who was present: entries that name no member (a count, a side's label, a bare office, a board's office after a
name), a roster whose marks fell under its rows, an attendance word in brackets before the first name."""
from shingikai.minutes.importer.entries_naming_no_one import board_word, counts_only, entries_kept
from shingikai.minutes.importer.marked_office_rows import marked_office_rows
from shingikai.minutes.importer.roster import read_people


def test_a_count_of_how_many_came_names_no_one():
    assert counts_only("委員数7名中5名(会長を含む)\n※会議成立の要件を充足")
    assert read_people("委員数7名中5名(会長を含む)").members() == []
    # A count before the names leaves the names to the roster reader.
    assert not counts_only("7名中5名 北野一郎、南田健")


def test_a_sides_label_a_bare_office_and_a_bodys_name_are_no_members():
    members, chair = entries_kept(["町側", "助役", "北野一郎", "警察本部", "首席監察官"], None, "北山町民会議")
    assert members == ["北野一郎"]


def test_a_boards_office_after_a_name_is_dropped_and_its_head_presides_only_over_the_board():
    members, chair = entries_kept(["北野一郎公安", "南田花子公安"], "北野一郎公安", "北山県警察署協議会会長連絡会議")
    assert members == ["北野一郎", "南田花子"] and chair is None
    _, chair = entries_kept(["北野一郎公安", "南田花子公安"], "北野一郎公安", "北山県公安委員会")
    assert chair == "北野一郎"
    assert board_word("公安") and not board_word("北野")


def test_marks_under_office_rows_tell_who_came_and_the_chairs_row_presides():
    lines = ["出欠 南田町", "出欠", "副会長 南田健", "○", "会長 北野一郎", "○", "委員 東山 花子", "○", "委員 西川清", "×",
             "紀南局長", "委員 北山次郎", "○"]
    people = marked_office_rows(lines)
    assert list(people.names) == ["南田健", "北野一郎", "東山花子", "北山次郎"]
    assert people.chair == "北野一郎" and list(people.absent) == ["西川清"]


def test_office_rows_without_marks_under_them_are_no_marked_roster():
    assert marked_office_rows(["副会長 南田健", "会長 北野一郎", "委員 東山花子", "委員 西川清"]) is None
    # Two marked rows are too few to tell a roster from a stray table.
    assert marked_office_rows(["会長 北野一郎", "○", "委員 東山花子", "○"]) is None


def test_office_words_run_together_name_no_chair():
    from shingikai.minutes.importer.entries_naming_no_one import offices_only
    assert offices_only("議長議長") and offices_only("会長") and not offices_only("北野議長")


def test_the_municipality_read_from_the_chairs_row_is_no_chair_and_no_member():
    members, chair = entries_kept(["北山市", "北野", "南田健"], "北山市", "北山市国民保護協議会", "北山市")
    assert chair is None and members == ["北野", "南田健"]
    # A surname that ends as a place does is kept where the council is not named after it.
    _, chair = entries_kept(["三田村", "北野"], "三田村", "北山市国民保護協議会", "北山市")
    assert chair == "三田村"
