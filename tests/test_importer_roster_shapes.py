"""Rosters whose layout hides the names, and chairs named only by a proposal or a section's label.

Every fixture is synthetic, with fictional names.
"""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.roster import read_people

HEAD = "北山市史編集審議会 令和6年度第2回 会議録\n開催日時\n令和7年1月27日(月曜日) 午後1時30分~午後3時\n開催場所\n北山市役所 第1会議室\n"
SPEECH = "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n"


def test_a_bullet_before_each_numbered_seat_is_no_letter_of_the_name():
    people = read_people("• 1番 北野 一郎\n• 2番 南田 健\n• 9番 東山 花子\n• 10番 西川 明\n• 11番 北山 茂\n• 12番 森本 清")
    assert people.names == ("北野一郎", "南田健", "東山花子", "西川明", "北山茂", "森本清")


def test_a_seat_number_is_no_organisation_before_the_name():
    people = read_people("1番 北野 一郎\n2番 南田 健\n13番 東山 花子\n14番 西川 明")
    assert people.names == ("北野一郎", "南田健", "東山花子", "西川明")


def test_an_absence_stated_empty_is_not_run_on_into_the_next_unknown_group():
    text = ("北山市議会 令和5年第1回(10月)臨時会会議録(第1号)\n令和5年10月31日 午前11時開議\n出席議員(3名)\n"
            "  • 1番 北野 一郎\n  • 2番 南田 健\n  • 3番 東山 花子\n欠席議員\nなし\n説明のための出席者\n"
            "  • 市長 西川 明\n  • 副市長 森本 清\n○議長(北野一郎) ただいまから会議を開きます。\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子"]
    assert parsed["members_absent"] == []


def test_surname_and_given_name_cells_before_each_affiliation_make_one_name():
    roster = ("【委 員】\n北野\n一郎\n北山大学教授\n南田\n健\n北山商工会議所会頭\n東山\n花子\n"
              "北山市立高等学校校長西川\n明\n北山労働組合執行委員\n森本 清\n北山社会福祉協議会事務局長\n6")
    parsed = parse_text(HEAD + f"会議に出席した委員\n{roster}\n傍聴者数\n0名\n" + SPEECH)
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子", "西川明", "森本清"]


def test_a_column_of_surnames_one_a_line_is_not_paired():
    people = read_people("北野\n南田\n東山\n西川\n森本\n北山\n中村\n山田\n川上")
    assert "北野南田" not in people.names


def test_a_count_of_members_over_the_records_heading_names_no_one():
    text = HEAD + "出席者\n委員10名\n記 録\n●役員選出\n 事務局案(北野会長・南田副会長)が承認される。\n事務局 説明した。\n"
    parsed = parse_text(text)
    assert parsed["members_present"] == []
    assert parsed["chair"] == "北野"


def test_the_one_speaking_as_bukaichou_chairs_the_section_whose_record_it_is():
    text = ("北山審議会北山分科会第二部会会合(第6回)議事録\n\n令和3年6月20日\n北山庁 総務企画局\n\n○ 北野部会長\n\n"
            "ただいまから第二部会を開催いたします。\n\n○ 南田参事役\n\n南田でございます。\n\n○ 北野部会長\n\nよろしくお願いします。\n")
    assert parse_text(text)["chair"] == "北野"


def test_a_bukaichou_speaking_at_the_parent_body_does_not_chair_it():
    text = ("北山審議会(第6回)議事録\n\n令和3年6月20日\n北山庁 総務企画局\n\n○ 北野部会長\n\n"
            "部会の報告をいたします。\n\n○ 南田参事役\n\n南田でございます。\n\n○ 北野部会長\n\n以上です。\n")
    assert parse_text(text)["chair"] is None


def test_name_cells_after_each_affiliation_are_paired_and_a_half_cut_off_by_a_page_number_is_no_one():
    roster = ("北山大学教授\n北野\n一郎\n市民公募委員\n南田\nケン\n北山市PTA連絡協議会副会長\n東山\n"
              "北山市保健協議会副会長\n西川\n明\n北山商工会議所理事木村\n清\n北山市老人クラブ連合会長\n森本\n花子\n"
              "北山市医師会理事\n中村\n茂\n1\nみどり")
    people = read_people(roster)
    assert people.names == ("北野一郎", "南田ケン", "西川明", "木村清", "森本花子", "中村茂")


def test_the_chair_in_an_election_proposal_with_the_name_halves_a_space_apart():
    text = (HEAD + "出席者\n委員10名\n議題1 会長及び副会長の互選について\n事務局\n事務局から次のとおり選任案を提示した。\n"
            "- 北山市史編集審議会\n会長 北野 一郎 委員\n副会長 南田 健 委員\n議題2 報告について\n事務局\n説明を行った。\n")
    assert parse_text(text)["chair"] == "北野一郎"


def test_members_introduced_one_a_line_in_the_chairs_words_are_the_roster_where_none_is_printed():
    text = ("北山審議会 第1回企画部会 議事録\n\n日時:令和3年2月28日(水曜日)\n場所:北山会館 扇の間\n開会\n"
            "会長 定刻になりましたので、ただいまから第1回企画部会を開催いたします。\n"
            "本日ご出席の委員の皆様方を、これから紹介させていただきます。\n北野委員でございます。\n南田一郎委員でございます。\n"
            "次が東山委員なのですが、ちょっとおくれるというご連絡が入っております。\n西川委員でございます。\n"
            "続きまして、専門委員の皆様を紹介させていただきます。\n森本専門委員でございます。\n"
            "それでは議事に入ります。\n")
    assert parse_text(text)["members_present"] == ["北野", "南田一郎", "西川", "森本"]


def test_a_lone_introduction_makes_no_roster():
    text = (HEAD + "会議の内容\n○会長 本日は新しい委員をご紹介します。\n北野委員でございます。\n○北野委員 よろしくお願いします。\n")
    assert parse_text(text)["members_present"] != ["北野"]


def test_the_attendance_label_printed_inside_its_list_keeps_the_rows_before_it():
    text = ("審議会等の会議結果報告 1.会議名 令和6年度 第1回 北山市都市計画審議会 2.開催日時 令和6年6月13日(金) "
            "午後2時00分から午後3時30分 3.開催場所 北山市議会 第3委員会室 (北山市都市計画審議会委員) 北野 一郎、南田 健、"
            "東山 花子、 4.出席者氏名 西川 明、森本 清 (事務局) 都市整備部長 中村 茂 5.議題 都市計画の変更について\n")
    assert parse_text(text)["members_present"] == ["北野一郎", "南田健", "東山花子", "西川明", "森本清"]


def test_names_before_the_attendance_label_with_no_group_word_are_members_too():
    text = ("会議録 会議名 令和6年度 第1回北山市庁舎等整備審議会 開催日時 令和7年1月26日(月) 午後1時00分~午後4時45分 "
            "開催場所 北山市役所 本館2階 第3会議室 北野 一郎、南田 健、 出 席 委 員 東山 花子、西川 明、森本 清 "
            "(50音順・敬称略) 欠 席 委 員 なし 傍 聴 者 4名 事 務 局 中村市長、山田総務部長\n")
    assert parse_text(text)["members_present"] == ["北野一郎", "南田健", "東山花子", "西川明", "森本清"]


def test_a_long_list_of_names_with_no_label_after_it_is_read_at_once():
    import time

    from shingikai.minutes.importer.label_inside_roster import roster_head_before_label
    line = "(北山委員) 欠席 " + "北野 一郎、南田健二、東山 花子、" * 200 + " 議題"
    started = time.perf_counter()
    assert roster_head_before_label([line], "北野") is None
    assert time.perf_counter() - started < 1
