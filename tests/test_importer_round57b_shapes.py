"""Who was present and who presided: a marked table flattened row after row, a column of group words whose later
groups are officials, entries glued by their office words, names parted by blanks that the count vouches for, the
議長 named by surname and office, and an officer elected where no roster or count is printed."""
from shingikai.minutes.importer.counted_attendance import attendance_counted
from shingikai.minutes.importer.glued_member_words import member_words_apart
from shingikai.minutes.importer.marks_after_names import roster_by_marks_after_names
from shingikai.minutes.importer.names_by_count import names_by_count
from shingikai.minutes.importer.office_column_groups import member_groups_only
from shingikai.minutes.importer.presiding_officer_named import presiding_officer_named
from shingikai.minutes.importer.roster import read_people


def test_a_flattened_table_closes_each_row_with_the_mark_its_legend_defines():
    text = ("委 員 の 出 欠 出席者 ○ 欠席者 − 委員長 (北山市議会議員) 北野一郎 ○ 副委員長 (南田町民生委 南田健 員協議会長) ○ "
            "東山花子 ○ 委 員 (北山医師会理事) 森本進 − 委 員 (北山村婦人会 中村優子 会長) ○ 事務局長 北川次郎")
    people = roster_by_marks_after_names(text)
    assert list(people.names) == ["北野一郎", "南田健", "東山花子", "中村優子"]
    assert people.chair == "北野一郎" and list(people.absent) == ["森本進"]


def test_marks_without_a_legend_or_too_few_rows_are_no_marked_table():
    assert roster_by_marks_after_names("北野一郎 ○ 南田健 ○ 東山花子 ○") is None
    assert roster_by_marks_after_names("出席者 ○ 欠席者 − 北野一郎 ○ 南田健 −") is None


def test_the_officials_groups_after_the_members_groups_are_none_of_them():
    value = "会   長  北野一郎\n委員  南田 健\n東山花子\n幹事  西川清  北山省局長\n森本進  北山県支庁長"
    assert member_groups_only(value) == "会   長  北野一郎\n委員  南田 健\n東山花子"
    assert read_people(value).members() == ["北野一郎", "南田健", "東山花子"]
    # An officials' group with no members' group above it is left to the other readers.
    assert member_groups_only("幹事  西川清\n森本進") == "幹事  西川清\n森本進"


def test_entries_glued_by_their_office_words_are_parted_there():
    assert member_words_apart("東山委員西川委員森本委員、") == "東山委員、西川委員、森本委員、"
    assert read_people("北野委員長、南田副委員長 東山委員西川委員").members() == ["北野", "南田", "東山", "西川"]


def test_an_office_word_inside_an_affiliation_or_a_body_name_parts_nothing():
    for value in ("北野花子委員(北山市民生委員児童委員協議会)", "北山市民生委員児童委員協議会会長 北野花子", "北山市環境委員会委員"):
        assert member_words_apart(value) == value


def test_blanks_part_names_only_where_the_count_agrees():
    value = "北野一郎 南田健、東山花子、西川清 森本進、中川優子6名"
    assert names_by_count(value, None) == ["北野一郎", "南田健", "東山花子", "西川清", "森本進", "中川優子"]
    # The same blanks with a count they do not make: surnames and given names, not two names.
    assert names_by_count("北野 一郎、南田 健 2名", None) is None
    assert names_by_count("北野一郎 南田健", None) is None


def test_the_chair_named_by_surname_and_office_as_the_sitting_takes_its_議長():
    members = ["北野一郎", "南田健", "東山花子"]
    assert presiding_officer_named(["議長を北野会長に決定"], members) == "北野一郎"
    assert presiding_officer_named([" 議長 南田会長議長に就任"], members) == "南田健"
    # The deputy, or a surname no member bears, names no one.
    assert presiding_officer_named(["議長を北野副会長に決定"], members) is None
    assert presiding_officer_named(["議長を西川会長に決定"], members) is None


def test_attendance_counted_is_told_from_narration_that_counts_nothing():
    assert attendance_counted(["委員13名中10名出席"]) and attendance_counted(["出席委員 9名"])
    assert attendance_counted(["委員9人中全員出席"]) and attendance_counted(["10名が出席した。"])
    assert not attendance_counted(["北野委員が会長に選任され、南田委員が会長代理に指名された。"])


def test_the_chair_given_its_office_by_the_members_decision():
    members = ["北野", "南田", "東山"]
    assert presiding_officer_named(["話し合いにより、会長を南田委員、副会長を北野委員に決定"], members) == "南田"
    assert presiding_officer_named(["副会長を北野委員に決定"], members) is None


def test_the_next_groups_label_run_onto_the_list_ends_it_after_the_last_member():
    from shingikai.minutes.importer.next_group_run_on import members_before_next_group
    assert read_people("北野一郎委員長 南田健委員 東山清委員 事務局の職氏名 北山課長 西川明").members() == ["北野一郎", "南田健", "東山清"]
    assert read_people("北野一郎委員 南田健委員 ( 事務局 ) 北山副市長 西川都市局長").members() == ["北野一郎", "南田健"]
    assert members_before_next_group("1番 北野一郎 2番\n南田健欠席議員(なし\n)") == "1番 北野一郎 2番\n南田健"
    # A name that holds the word, or a list with no label after it, is left whole.
    assert members_before_next_group("北野一郎、南田健") == "北野一郎、南田健"


def test_the_chair_named_acting_by_surname_and_office_is_the_one_member_of_that_surname():
    from shingikai.minutes.importer.presiding_officer_named import officer_acting_named
    members = ["北野一郎", "南田健", "東﨑清"]
    assert officer_acting_named(["また、東崎会長から、後日答申する旨伝えられた。"], members) == "東﨑清"
    # Two surnames named with the office, or one no member bears (another body's 会長), name no one.
    assert officer_acting_named(["北野会長から", "南田会長より"], members) is None
    assert officer_acting_named(["西川会長から挨拶があった。"], members) is None
    assert officer_acting_named(["北野副会長から説明があった。"], members) is None


def test_a_legend_after_the_lists_note_marks_the_chair_without_a_bracket():
    from shingikai.minutes.importer.roster_fallback import read_names
    people = read_names("敬称略、○委員長\n\n○北野 一郎 南田 健 東山 花子\n西川 清")
    assert people.names[0] == "北野一郎" and people.chair == "北野一郎"


def test_a_place_or_a_bodys_unit_before_a_mark_is_no_name():
    text = "出席者 ○ 欠席者 × 北野一郎 ○ 南田健 ○ 委員 北山市 ○ 東山花子 ○ 事務局 総務課 ×"
    people = roster_by_marks_after_names(text)
    assert list(people.names) == ["北野一郎", "南田健", "東山花子"] and list(people.absent) == []
