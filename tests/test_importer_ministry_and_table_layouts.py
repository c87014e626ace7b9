"""Layouts of round 53a read as the layout they came from, and left alone where the shape is not quite theirs.
Every text here is synthetic, written in the layout with fictional names.
"""
from shingikai.minutes.importer.dashed_sub_entries import dashed_cases_block
from shingikai.minutes.importer.inline_split_labels import inline_split_labels_joined
from shingikai.minutes.importer.number_first_bills import NUMBER_FIRST_BILL, bill_number
from shingikai.minutes.importer.paired_roster_rows import paired_roster_rows_read
from shingikai.minutes.importer.stage_note_label import stage_note_label_apart
from shingikai.minutes.importer.wrapped_member_word import member_word_closed

_ROWS = ["出席者", "部会長 北野 一郎 北山省 南田局長", "委員 東山 花子 西川審議官", "西山 次郎 北川総務課長",
         "南野 三郎 東田料金課長"]


def test_members_beside_officials_are_parted_from_them_with_their_group_as_the_seat():
    assert paired_roster_rows_read(_ROWS + ["", "午前10時開会"]) == [
        "出席者", "北野一郎(会長)", "東山花子(委員)", "西山次郎(委員)", "南野三郎(委員)",
        "説明者 北山省 南田局長、西川審議官、北川総務課長、東田料金課長", "", "午前10時開会"]


def test_an_officials_post_run_on_to_the_next_row_is_joined_to_its_start():
    rows = _ROWS[:4] + ["南野 三郎 北山省 東田港湾施設", "中川 六郎 管理室長"]
    assert paired_roster_rows_read(rows)[-1] == "説明者 北山省 南田局長、西川審議官、北川総務課長、北山省 東田港湾施設管理室長"


def test_two_members_a_row_or_rows_without_group_labels_are_left_as_printed():
    two_a_row = ["出席者", "委員 北野 一郎 南田 健", "東山 花子 西川 次郎", "西山 次郎 北川 三郎", "南野 三郎 東田 四郎"]
    assert paired_roster_rows_read(two_a_row) == two_a_row
    no_group = ["出席者"] + [row.split(" ", 1)[1] if row.startswith(("部会長", "委員")) else row for row in _ROWS[1:]]
    assert paired_roster_rows_read(no_group) == no_group


def test_dashed_cases_under_a_group_of_the_numbered_order_replace_the_group():
    lines = ["  1. 開会", "  2. 料金改正項目", "    -北山港使用料の見直し", "    -南田基準の緩和", "  3. 閉会"]
    assert dashed_cases_block(lines, len(lines)) == ["1. 開会", "2. 北山港使用料の見直し", "3. 南田基準の緩和", "4. 閉会"]


def test_dashed_points_under_a_list_that_is_no_order_of_business_are_left_alone():
    points = ["1. 北山港の現状", "  -利用者の減少", "  -施設の老朽化", "2. 今後の課題", "3. まとめ"]
    assert dashed_cases_block(points, len(points)) == []
    # One dashed line under an entry is a note, not the entry's cases.
    assert dashed_cases_block(["1. 開会", "2. 北山港について", "  -資料1", "3. 閉会"], 4) == []


def test_a_bill_named_number_first_reads_its_kanji_number_digit_by_digit_or_in_words():
    m = NUMBER_FIRST_BILL.search("まず、第四八号議案「北山県一般会計補正予算(第三号)」所管分を議題といたします。")
    assert (bill_number(m), m.group("t")) == (48, "北山県一般会計補正予算(第三号)")
    assert bill_number(NUMBER_FIRST_BILL.search("第百二号議案「北山県手数料条例」")) == 102
    # Without its title in quotes the bill's title cannot be told from the sentence it runs into.
    assert NUMBER_FIRST_BILL.search("第四八号議案の補正予算について御説明します。") is None


def test_label_letters_flattened_before_their_values_are_put_back_on_lines_of_their_own():
    line = "北山市協議会 議事録 日 場 時:令和 6 年 5 月 10 日 14:00 所:北山市役所 301 会議室 事務局:北山市農林課"
    assert inline_split_labels_joined([line]) == ["北山市協議会 議事録", "日時:令和 6 年 5 月 10 日 14:00",
                                                  "場所:北山市役所 301 会議室", "事務局:北山市農林課"]
    # Letters that make no field label the header knows are a sentence's.
    assert inline_split_labels_joined(["北 南 東:3 件 西:2 件"]) == ["北 南 東:3 件 西:2 件"]


def test_a_wrap_blank_inside_member_is_closed_only_in_a_run_of_members_with_affiliations():
    run = "北野一郎委員(北山会)、南田健委 員(南山会)、東山花子委員(東山会)、西川次郎委員(西山会)"
    assert member_word_closed(run) == run.replace("委 員", "委員")
    assert member_word_closed("南田健委 員(南山会)") == "南田健委 員(南山会)"


def test_the_bracketed_opening_note_is_read_as_the_clock_line_and_the_label():
    assert stage_note_label_apart(["[開会北野教育長午後3時]", "それでは、開会いたします。"]) == [
        "午後3時開会", "北野教育長", "それでは、開会いたします。"]
    # A note with no label in it is the stage's only.
    assert stage_note_label_apart(["[開会午後3時]"]) == ["[開会午後3時]"]
