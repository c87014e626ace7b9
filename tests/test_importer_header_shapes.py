"""The meeting's facts where the header has no labels, or lays its labels and rosters out its own way.

Every fixture is synthetic, with fictional names and places; each varies the digit widths, the
brackets and the spacing of the layout it is written in.
"""
import pytest

from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.clean import clean_text, is_letter_spaced_document

SPEECH = "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n"


@pytest.mark.parametrize("date_line, time_line, start, end", [
    ("令和5年11月2日(木曜)", "午前10時から午前11時10分まで", "10:00", "11:10"),
    ("令和５年１１月２日（木）", "午後１時３０分～午後３時", "13:30", "15:00"),
    ("2023年11月2日", "14:00~15:45", "14:00", "15:45"),
])
def test_an_unlabelled_header_gives_date_time_place_and_roster_by_their_shape(date_line, time_line, start, end):
    text = (
        "トップ > 県政情報 > 北山県個人情報保護審議会 > 第8回北山県個人情報保護審議会議事録\n"
        "掲載開始日:2024年1月9日更新日:2024年1月9日\nここから本文です。\n"
        f"{date_line}\n{time_line}\n県庁5号館502号室\n川上会長、森田委員、西野委員、東委員\n"
        "(1)報告事項\nア個人情報保護条例の改正について\n<委員>\n登録簿の閲覧者はいるのか。\n<事務局>\nほぼいない。\n"
    )
    parsed = parse_text(text)
    assert parsed["date"] == "2023-11-02"
    assert (parsed["start_time"], parsed["end_time"]) == (start, end)
    assert parsed["place"] == "県庁5号館502号室"
    assert parsed["members_present"] == ["川上", "森田", "西野", "東"]
    assert parsed["chair"] == "川上"


def test_a_date_alone_over_a_sentence_is_no_header_and_names_no_room():
    text = (
        "北山市情報公開審議会 会議録\n令和5年4月1日\n本日の審議会は市役所の会議室で開かれた。\n"
        "○会長　それでは始めます。\n○委員　承知しました。\n"
    )
    parsed = parse_text(text)
    assert parsed["date"] == "2023-04-01"
    assert parsed["place"] is None
    assert parsed["members_present"] == []


def test_a_labelled_header_keeps_its_own_facts_over_unlabelled_lines():
    text = (
        "北山市情報公開審議会 会議録\n令和5年4月1日\n午前9時から午前10時まで\n"
        "日時：令和5年4月3日 午後2時から午後3時まで\n場所：北山市役所 第1会議室" + SPEECH
    )
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["place"]) == ("2023-04-03", "14:00", "北山市役所 第1会議室")


def test_numbered_fields_run_into_one_line_each_keep_their_own_names():
    text = (
        "総務常任委員会記録 1 日時 令和4年(2022年)12月14日(水)午前10時 2 場所 第4委員会室 "
        "3 出席者 委員長 北野ゆうき       副委員長 南田健二       委員 東山さとし 西川真彦 森本らん丈\n"
        "4 欠席者 委員 川上一郎 5 出席説明員       総務部長 財務部長       経済観光部長\n" + SPEECH
    )
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野ゆうき", "南田健二", "東山さとし", "西川真彦", "森本らん丈"]
    assert parsed["chair"] == "北野ゆうき"
    assert parsed["members_absent"] == ["川上一郎"]


def test_a_numbered_agenda_on_one_line_is_not_cut_into_header_fields():
    from shingikai.minutes.importer.clean import clean_text

    line = "次第 1 開会 2 議事 3 報告事項 4 閉会 場所 第4委員会室 委員 3 名 出席者 4 名"
    assert clean_text(line) == line


@pytest.mark.parametrize("roles, names, chair", [
    ("委員長\n副委員長\n委員", ["北野 規夫", "南田 雅志", "森  雅幹", "松田  正"], "北野規夫"),
    ("会長\n職務代理者\n委員", ["川上 一", "西野  花子", "東 健太郎"], "川上一"),
])
def test_a_role_column_before_the_names_gives_each_role_its_names_in_order(roles, names, chair):
    text = (
        "北山県議会 総務常任委員会議事録\n日時：令和2年8月21日\n出席者\n(4名)\n" + roles + "\n" + "\n".join(names)
        + "\n欠席者\n(なし)\n" + SPEECH
    )
    parsed = parse_text(text)
    assert parsed["members_present"] == ["".join(n.split()) for n in names]
    assert parsed["chair"] == chair


ROLE_AND_NAME_COLUMNS = (
    "会議録\n会\n議\nの\n名\n称 第1回東山町地域交通協議会\n日時：令和6年5月10日\n"
    "出\n席\n者 役職名\n会長\n監査委員\n委員\n委員\nオブザーバー\n"
    "氏名\n北野 一郎\n南田 花子\n東山 清(代理)\n西川 健\n森本 進\n確定\n"
    "氏名\n川上 優子\n中川 明\n役職名\n副会長\n委員\n"
)


def test_a_roster_as_a_role_column_and_a_name_column_pairs_them_row_by_row():
    # The second pair prints its names before its roles; 確定 after a column of spaced names ends it.
    parsed = parse_text(ROLE_AND_NAME_COLUMNS + SPEECH)
    assert parsed["members_present"] == ["北野一郎", "南田花子", "西川健", "川上優子", "中川明"]
    assert parsed["chair"] == "北野一郎"


def test_a_name_column_of_another_length_than_every_role_column_is_not_paired():
    text = ROLE_AND_NAME_COLUMNS.replace("森本 進\n", "森本 進\n北川 学\n")
    from shingikai.minutes.importer.roster_fallback import roster_by_columns

    people = roster_by_columns(text.split("\n"))
    assert people is not None and list(people.names) == ["川上優子", "中川明"] and people.chair is None


def test_run_together_labels_set_one_letter_a_line_give_the_value_to_the_last():
    text = "会議録\n開\n催\n日\n時 令和6年5月10日(金)\n開\n催\n場\n所 みなみ会館 2階集会室\n" + SPEECH
    assert parse_text(text)["place"] == "みなみ会館 2階集会室"
    assert parse_text("会議録\n開催日時開催場所 みなみ会館 2階集会室\n" + SPEECH)["place"] == "みなみ会館 2階集会室"


def test_roster_rows_with_both_attendance_marks_name_the_chair_and_no_absence():
    text = ("会議録\n出席状況\n会長 北野一郎 出席・欠席\n委員 南田花子 出席・欠席\n委員 東山 清 出席・欠席\n" + SPEECH)
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山清"]
    assert parsed["chair"] == "北野一郎" and parsed["members_absent"] is None
    # Two rows are too few to read a roster by its marks alone.
    assert parse_text(text.replace("委員 東山 清 出席・欠席\n", ""))["members_present"] == []


def test_role_words_in_a_column_without_names_under_them_are_nobody():
    text = "北山市情報公開審議会 会議録\n日時：令和2年8月21日\n出席者\n会長\n委員\n北野 規夫\n" + SPEECH
    parsed = parse_text(text)
    assert "会長" not in parsed["members_present"] and "長" not in parsed["members_present"]


@pytest.mark.parametrize("title, name", [
    ("令和2年度地域づくり県土常任委員会議事録", "地域づくり県土常任委員会"),
    ("令和元年総務常任委員会", "総務常任委員会"),
    ("平成 30 年度 北山市情報公開審議会 会議録", "北山市情報公開審議会"),
])
def test_the_year_a_page_is_filed_under_is_no_part_of_the_bodys_name(title, name):
    assert parse_text(title + "\n日時：令和2年8月21日\n場所：第1委員会室" + SPEECH)["council_name"] == name


def test_a_city_named_as_the_owner_of_its_services_is_the_municipality_and_a_neighbour_named_once_is_not():
    text = (
        "令和　４年　第１回定例会補正予算特別委員会\n\n補正予算特別委員会議事録\n１　日　　時　　令和４年３月７日（月）\n２　場　　所　　議場\n"
        "議事の概要\n◆北野委員長　ただいまから委員会を開会いたします。\n"
        "◆南田委員　南野市定期バスの補助について伺います。隣の北山市の例もあります。\n"
        "◆東山課長　南野市路線バス補助金審議会に諮問しております。\n◆南田委員　南野市の場合はどうか。\n"
    )
    parsed = parse_text(text)
    assert parsed["municipality"] == "南野市"
    assert parsed["meeting_label"] is None


def test_two_cities_named_alike_in_the_speeches_name_no_municipality():
    text = (
        "補正予算特別委員会議事録\n日時：令和４年３月７日\n場所：議場\n議事の概要\n"
        "◆北野委員長　南野市定期バスと北山市定期バスについて。\n◆南田委員　南野市路線と北山市路線。\n"
        "◆東山課長　南野市の場合も北山市の場合も同じです。\n"
    )
    assert parse_text(text)["municipality"] is None


def test_a_deputy_mayors_title_is_not_a_ward():
    text = (
        "平成30年 企画総務委員会(6月6日)\n1.開会日時\n平成30年6月6日(水)\n2.開会場所\n第一委員会室\n"
        "○北野委員長　開会します。\n○齊藤副区長　お答えします。\n○南委員　齊藤副区長の答弁は。\n○齊藤副区長　以上です。\n"
    )
    assert parse_text(text)["municipality"] is None


def test_a_boards_own_regular_meeting_keeps_its_count():
    text = "平成26年度北山市教育委員会第12回定例会会議録\n開催日時 平成27年1月8日(木曜日) 午前9時30分から午前11時30分" + SPEECH
    assert parse_text(text)["meeting_label"] == "第12回"


def test_an_assembly_committees_title_dated_before_its_name_names_the_body_without_the_date():
    text = "平成24年12月20日南野区議会総務委員会(第4回定例会)\n総務委員会会議記録\n○開会日 平成24年12月20日\n○開会  午後1時50分" + SPEECH
    parsed = parse_text(text)
    assert (parsed["council_name"], parsed["municipality"], parsed["meeting_label"]) == ("南野区議会総務委員会", "南野区", None)
    assert parsed["start_time"] == "13:50"


def test_a_header_table_copied_with_its_cell_bars_gives_times_place_members_and_chair():
    text = (
        "北山県行政不服審査会 第3回議事録\n| 項目 | 内容 | \n"
        "| 開催日時 | 令和2年9月12日(水曜日) 午後1時30分から午後2時まで | \n| 開催場所 | 北山県庁10階 特1会議室 | \n"
        "| 出席者 | 会長 北野 博志 (北山大学特任教授) 委員 南田 敬子 (弁護士) 委員 東山 成昭 (元職員) ※ 五十音順 | \n" + SPEECH
    )
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == ("13:30", "14:00")
    assert parsed["members_present"] == ["北野博志", "南田敬子", "東山成昭"]
    assert parsed["chair"] == "北野博志"


def test_each_name_after_its_role_and_a_colon_the_chair_by_that_role():
    text = "北山県議会 文教常任委員会 会議録\n日時：令和2年3月4日\n出席委員\n委員長:北野建市、副委員長:南田哲\n委員:東山紀雄、委員:西川ともよ\n" + SPEECH
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野建市", "南田哲", "東山紀雄", "西川ともよ"]
    assert parsed["chair"] == "北野建市"


def test_an_acting_chair_role_before_the_name_is_no_part_of_it():
    text = "北山市教育委員会 会議録\n日時：令和2年3月4日\n出席者\n委員長職務代理者 南田徹\n委員 東山紀雄\n委員 西川ともよ\n" + SPEECH
    assert parse_text(text)["members_present"] == ["南田徹", "東山紀雄", "西川ともよ"]


def test_a_record_that_narrates_its_sitting_gives_its_date_and_room():
    text = (
        "北山市教育委員会議 会議録令和５年６月２日(金曜日)、令和5年第3回教育委員会議(定例会)を教育委員室において開催した。\n"
        "1 出席委員\n  • 委員長 北野 康輝\n  • 委員 南田 ちづ子\n" + SPEECH
    )
    parsed = parse_text(text)
    assert (parsed["date"], parsed["place"]) == ("2023-06-02", "教育委員室")


def test_a_role_in_brackets_before_a_name_marks_the_chair():
    text = "北山市市民参加条例策定委員会 会議録\n日時 令和3年10月3日\n出席者 (会長)北野雄彦、南田百合、東山精一\n事務局:西川総務部長" + SPEECH
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野雄彦", "南田百合", "東山精一"]
    assert parsed["chair"] == "北野雄彦"


@pytest.mark.parametrize("roster, members", [
    ("北野委員長、南田委員、東山委員、西川委員、森本教育長", ["北野", "南田", "東山", "西川", "森本"]),
    ("委員長職務代理者 北野徹\n委員 南田純子\n委員 東山由美\n教育長 西川明夫", ["北野徹", "南田純子", "東山由美", "西川明夫"]),
])
def test_the_superintendent_is_a_member_of_a_board_of_education(roster, members):
    text = "平成26年度北山市教育委員会第12回定例会会議録\n開催日時 平成27年1月8日\n出席委員\n" + roster + "\n欠席委員 なし" + SPEECH
    assert parse_text(text)["members_present"] == members


def test_the_superintendent_attending_another_body_is_not_its_member():
    text = "北山市情報公開審議会 会議録\n開催日時 平成27年1月8日\n出席者\n北野会長、南田委員、東山委員、西川教育長\n欠席委員 なし" + SPEECH
    assert parse_text(text)["members_present"] == ["北野", "南田", "東山"]


@pytest.mark.parametrize("title, label", [
    ("第204回国会 衆議院 北山監視審査会 第4号", "第4号"),
    ("第１９８回国会　参議院　北山調査会　第２号", "第２号"),
    ("北山区議会 区民文教常任委員会記録(令和5年第14号)", "令和5年第14号"),
    ("区民文教常任委員会記録令和５年第３号)", "令和５年第３号"),
    # The day of an assembly's session is no sitting's label: the session is (as a count-named session's day).
    ("平成29年12月定例会(第1号12月11日) 北山市議会定例会会議録 第1号", "平成29年12月定例会"),
    # A budget's number and a bill's are no sitting's label.
    ("一般会計補正予算(第1号) 北山市議会", None),
    ("第86号議案 北山市手数料条例 文教委員会", None),
], ids=["diet-sitting", "diet-full-width", "record-number-in-brackets", "bracket-lost", "session-day", "budget", "bill"])
def test_a_records_number_labels_the_sitting_where_no_count_does(title, label):
    parsed = parse_text(f"{title}\n日時：令和5年9月15日(金) 午後3時13分\n場所：第3委員会室" + SPEECH)
    assert parsed["meeting_label"] == label


def test_a_count_run_on_after_the_closing_clock_labels_the_sitting():
    text = ("北山区教育委員会会議録\n○開会日 平成25年6月28日(金)\n○場 所 北山区教育委員会室\n○開 会 午前 10時00分\n"
            "○閉 会 午前 10時39分 平成25年第20回定例会\n○出席委員 北野 やよい、南田 福太郎" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["meeting_label"], parsed["end_time"]) == ("平成25年第20回", "10:39")


@pytest.mark.parametrize("title", ["令和5年9月15日区民文教常任委員会", "令和５年１２月１日（金）区民文教常任委員会", "十二月一日区民文教常任委員会"],
                         ids=["digits", "full-width-with-weekday", "kanji-numerals"])
def test_a_date_run_into_the_committees_title_is_no_part_of_its_name(title):
    parsed = parse_text(f"1. 北山区議会 2023-09-15\n{title}\n日時：令和5年9月15日(金) 午後3時13分" + SPEECH)
    assert parsed["council_name"] == "北山区議会区民文教常任委員会"


@pytest.mark.parametrize("place_line", ["場  所  第3委員会室出席委員(8名)", "場所　第3委員会室出席委員（８名）", "場　　所　　第3委員会室出席者："],
                         ids=["count", "full-width-count", "colon"])
def test_a_roster_label_run_onto_the_room_opens_the_roster(place_line):
    text = ("区民文教常任委員会記録(令和5年第14号)\n日  時  令和5年9月15日(金) 午後3時13分開会\n" + place_line + "\n"
            "委 員 長  北 野 みさと  副委員長  南 田 和 幸\n委  員  東 山 加 菜       西 川 たつや        やなざわ 亜紀\n"
            "〇欠席委員        な し\n〇出席説明員  教育長                                森 本 幹 男" + SPEECH)
    parsed = parse_text(text)
    assert parsed["place"] == "第3委員会室"
    assert parsed["members_present"] == ["北野みさと", "南田和幸", "東山加菜", "西川たつや", "やなざわ亜紀"]
    assert parsed["chair"] == "北野みさと"


def test_an_aggregators_lines_before_the_record_leave_its_title():
    text = ("• 検索結果がありません。\nN/A\nProtected\nCopied!\n14\n0\n読み込み中.... (全文を見る)\n全文\n(1)\n"
            "平成28年度\n第3回 北山市農業委員会総会議事録\n(2)\n1\n開催日時 平成28年5月17日(火)午後2時30分から午後4時40分\n"
            "2\n開催場所 北山市役所新館17階 171会議室" + SPEECH)
    parsed = parse_text(text)
    assert parsed["council_name"] == "北山市農業委員会"
    assert parsed["meeting_label"] == "第3回"


@pytest.mark.parametrize("num", ["1 ", "１　", "1.", "(1)"], ids=["space", "full-width", "dot", "brackets"])
def test_numbered_labels_run_into_their_values_give_the_sitting_and_its_roster(num):
    def n(k):
        return num.replace("1", str(k)).replace("１", "１２３４５"[k - 1])

    text = (
        "第4回北山市景観審議会会議録\n"
        f"{n(1)}日時令和6年2月9日(金曜日) 午後1時30分~午後2時45分\n{n(2)}場所北山市役所本庁舎4階大会議室\n"
        f"{n(3)}出席者会長 北野一郎\n委員 2番 南田健、５番 東山花子、 11番  西川亘\n{n(4)}欠席者委員 4番 森本清\n"
        f"{n(5)}傍聴者０人" + SPEECH
    )
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2024-02-09", "13:30", "14:45")
    assert parsed["place"] == "北山市役所本庁舎4階大会議室"
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子", "西川亘"]
    assert parsed["chair"] == "北野一郎"
    assert parsed["members_absent"] == ["森本清"]


@pytest.mark.parametrize("line", ["2 場所の確保について協議した", "3 出席者数について", "1 日時の調整", "4 欠席者への資料送付"],
                         ids=["place-sentence", "count", "date-word", "absent-word"])
def test_a_numbered_line_that_opens_with_a_label_word_but_not_its_value_is_no_field(line):
    text = "第4回北山市景観審議会会議録\n日時：令和6年2月9日 午後1時から午後2時まで\n議題\n" + line + "\n" + SPEECH
    parsed = parse_text(text)
    assert parsed["place"] is None
    assert parsed["members_present"] == []
    assert parsed["date"] == "2024-02-09"


def test_a_column_head_before_seat_numbers_is_no_member():
    text = "北山町議会臨時会会議録\n出席議員（３名）\n議席番号\n１番 北 野 一 郎 ２番 南 田 健 次 ３番 東 山 花 子\n" + SPEECH
    assert parse_text(text)["members_present"] == ["北野一郎", "南田健次", "東山花子"]


@pytest.mark.parametrize("numbers", ["1234", "１２３４"], ids=["digit", "full-width"])
@pytest.mark.parametrize("after", ["", "."], ids=["bare", "dot"])
def test_a_numbering_column_one_number_a_line_neither_ends_the_header_nor_becomes_a_value(numbers, after):
    def n(k):
        return numbers[k - 1] + after

    text = (
        "北山市教育委員会会議録\n" + n(1) + "\n開会の日時\n令和2年11月5日(木)\n午後1時30分\n" + n(2)
        + "\n閉会の日時\n令和2年11月5日(木)\n午後3時05分\n" + n(3) + "\n招集の場所\n" + n(4) + "\n" + SPEECH
    )
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2020-11-05", "13:30", "15:05")
    # The room's line is lost in the layout: a number alone is no room.
    assert parsed["place"] is None


@pytest.mark.parametrize("date_line, start, end", [
    ("令和元年8月6日(火曜日)午前10時から11時30分まで", "10:00", "11:30"),
    ("令和元年８月６日（火）午後１時３０分～午後３時", "13:30", "15:00"),
], ids=["half-width", "full-width"])
def test_a_title_over_an_unlabelled_date_line_keeps_the_title_and_reads_the_sitting(date_line, start, end):
    text = (
        "ホーム > くらし > 健康 > 北山県保健連絡会議 > 開催結果(令和元年度第1回)\n"
        f"令和元年度第1回北山県市町村保健連絡協議会\n{date_line}\n県庁本庁舎3階第1会議室\n"
        "北野委員、南田委員、東山委員(西川委員代理)、森本委員、小﨑委員(名簿順)\n"
        "(1)開会\n(事務局)資料1により説明した。\n"
    )
    parsed = parse_text(text)
    assert parsed["council_name"] == "北山県市町村保健連絡協議会"
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2019-08-06", start, end)
    assert parsed["place"] == "県庁本庁舎3階第1会議室"
    assert parsed["members_present"][:3] == ["北野", "南田", "東山"]
    assert "小﨑" in parsed["members_present"]


def test_a_sentence_that_goes_on_into_a_date_on_the_next_line_stays_one_line():
    from shingikai.minutes.importer.clean import clean_text

    text = "次回の審議会は、事務局から改めて連絡しますが\n令和6年3月4日の午後を予定しています。"
    assert clean_text(text) == text.replace("\n", "")


@pytest.mark.parametrize("label, sep", [("日時及び場所", "    "), ("開催日時", "\u3000\u3000")], ids=["date-and-place", "full-width-gaps"])
def test_fields_run_on_after_the_title_give_the_sitting_and_its_room(label, sep):
    text = (f"第8回北山審議会部会議事録   北山審議会 第8回部会議事録 1 {label}{sep}令和5年11月20日(月) 17時から19時{sep}北山会館\n"
            "2 出席委員    北野、南田、東山の各委員\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2023-11-20", "17:00", "19:00")
    assert parsed["place"] == "北山会館"
    assert parsed["council_name"].startswith("北山審議会")


@pytest.mark.parametrize("label", ["場所 : ", "開催場所 ", "会場："], ids=["colon", "long-label", "full-width-colon"])
def test_a_room_field_run_onto_the_sitting_is_the_room_without_what_follows_it(label):
    text = (f"第55回北山文書委員会議事次第\n日時 : 令和6年7月5日(金)17:00~18:00 {label}北山合同庁舎第3号館共用A会議室 "
            "1 開会 2 報告事項について 3 閉会\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == ("17:00", "18:00")
    assert parsed["place"] == "北山合同庁舎第3号館共用A会議室"


def test_a_title_and_speech_run_on_after_the_room_name_the_body_and_are_no_part_of_the_room():
    text = ("開催月日 令和7年5月26日(月) 開催場所 北山会館3階302・303研修室 令和7年度第1回北山市環境保全審議会議事録(確定稿) "
            "事務局  それでは、定刻となりました。これから審議会を開催させていただきます。\n○会長　よろしくお願いします。\n")
    parsed = parse_text(text)
    assert parsed["place"] == "北山会館3階302・303研修室"
    assert parsed["council_name"] == "北山市環境保全審議会"
    assert parsed["municipality"] == "北山市"


def test_a_date_spaced_out_after_a_label_inside_a_line_is_not_taken_for_the_header():
    # A site's teaser of a PDF (digits set apart from their units) before the page's own text.
    text = ("第 3 回総会議事録 1 開催日時 平成 28 年 5 月 17 日 ( 火 ) 午後 2 時\n\n"
            "1 開催日時 令和2年5月19日(火) 午後2時30分から午後4時\n2 開催場所 北山市役所 第1会議室\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"]) == ("2020-05-19", "14:30")
    assert parsed["place"] == "北山市役所 第1会議室"


@pytest.mark.parametrize("opening, closing, start, end", [
    ("ただいまより、総務委員会を開会いたします。(14:00)", "以上で総務委員会を閉会いたします。(15:12)", "14:00", "15:12"),
    ("これより委員会を開会します。（９：３０）", "本日はこれで散会します。（１１：０５）", "09:30", "11:05"),
], ids=["half-width", "full-width"])
def test_the_clock_noted_after_the_chairs_opening_and_closing_words_times_the_sitting(opening, closing, start, end):
    text = (f"北山市総務委員会 令和6年6月3日(月)\n委員長(北野君):{opening}\n委員長(北野君):暫時休憩いたします。(10:05)\n"
            f"委員長(北野君):委員会を再開いたします。(10:10)\n委員長(北野君):{closing}\n")
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == (start, end)


def test_a_recess_noted_with_its_clock_does_not_time_the_sitting():
    text = "北山市総務委員会 令和6年6月3日(月)\n委員長(北野君):暫時休憩いたします。(14:00)\n委員長(北野君):再開いたします。(14:10)\n"
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == (None, None)


def test_a_cover_pages_closing_date_gives_no_clock():
    text = ("北山町議会 平成14年第4回臨時会\n開 会  平成14年 8 月 5 日\n閉 会  平成14年 8 月 5 日\n"
            "平成14年8月5日(月曜日)午前10時開会\n○ 議 事 日 程\n")
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == ("10:00", None)


def test_clock_cells_without_a_range_mark_are_not_guessed_into_order():
    text = "北山市教育委員会 会議録\n招集日時\n平成\n28 年\n3 月 24\n日( 木 )\n閉会\n14 時\n42 分\n13 時\n16 分\n" + SPEECH
    parsed = parse_text(text)
    assert parsed["date"] == "2016-03-24"
    assert parsed["start_time"] is None


@pytest.mark.parametrize("title, label", [
    ("平成29年12月定例会(第1号12月11日)", None),
    ("北山市議会 令和4年12月定例会 総務委員会", None),
    ("令和4年12月定例会本会議−12月19日-05号", "令和4年12月定例会"),
], ids=["day-of-the-session", "committee-during-the-session", "plenary"])
def test_a_month_session_labels_the_sitting_only_where_it_is_the_sitting(title, label):
    text = f"{title}\n日時 令和4年12月19日(月)午後1時\n場所 議場" + SPEECH
    assert parse_text(text)["meeting_label"] == label


def test_a_term_number_is_not_the_sittings_count():
    text = "北山市農業委員会 第22期第10回総会議事録\n日時 令和元年12月19日(木)午後3時6分\n場所 北山会館" + SPEECH
    assert parse_text(text)["meeting_label"] == "第10回"


def test_a_long_label_run_into_the_next_heading_ends_the_date_field():
    # A CMS page: each label and value a paragraph of its own.
    text = ("北山区選挙管理委員会会議録\n第2回定例委員会\n\n開催日時\n\n平成28年2月25日(木)午前10時から午後12時20分\n\n"
            "会議の公開の可否及び非公開の場合の理由\n\n議案の概要と審議結果(賛成・・○、反対・・×)\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"], parsed["place"]) == ("10:00", "12:20", None)


def test_a_run_together_agenda_gives_its_opening_clock():
    text = ("北山市議会 平成28年9月定例会\n議事日程第1号平成28年9月8日(木)午前9時30分開会日程第1 会議録署名議員指名"
            "日程第2 会期決定の件日程第3 諸般の報告\n")
    parsed = parse_text(text)
    assert parsed["start_time"] == "09:30"
    assert parsed["meeting_label"] == "平成28年9月定例会"


@pytest.mark.parametrize("title, date_cell, date", [
    ("令和6年度第3回北山区福祉推進会議", "7年2月4日(火)18時00分～19時30分", "2025-02-04"),
    ("平成２６年度第１０回北山区福祉推進会議", "26 年 11 月 5 日(水)18時00分～19時30分", "2014-11-05"),
])
def test_a_date_without_its_era_takes_the_era_the_title_gives_for_that_year(title, date_cell, date):
    text = f"会議録(要旨)\n会議体の名称\n{title}\n開催日時 {date_cell}\n開催場所 区民センター3階 第1会議室" + SPEECH
    assert parse_text(text)["date"] == date


@pytest.mark.parametrize("title, day", [
    ("北山区福祉推進会議", "31年2月4日"),
    ("令和元年度第1回北山区福祉推進会議 (平成元年度からの報告)", "2年2月4日"),
    ("令和3年度第1回北山区福祉推進会議", "31年2月4日"),
], ids=["no-era", "two-eras", "era-of-another-year"])
def test_a_date_without_its_era_is_not_guessed_where_no_one_era_fits(title, day):
    text = f"会議録(要旨)\n会議体の名称\n{title}\n開催日時 {day}(月)18時00分～19時30分\n開催場所 区民センター" + SPEECH
    assert parse_text(text)["date"] is None


@pytest.mark.parametrize("gap", ["  ", "      "], ids=["narrow", "wide"])
def test_a_record_on_one_line_sets_the_room_apart_from_the_title_run_on_after_it(gap):
    text = (
        "と き 令和6年11月26日(火) ところ 西部公民館 学習室 令和6年北山市公民館運営審議会 第6回定例会速記録"
        f"{gap}開会 午後2時2分 ○西部委員長  ただいまより開会します。 ○東公民館長  全員出席です。 ○西部委員長  では始めます。\n"
    )
    parsed = parse_text(text)
    assert (parsed["municipality"], parsed["council_name"]) == ("北山市", "北山市公民館運営審議会")
    assert (parsed["date"], parsed["place"]) == ("2024-11-26", "西部公民館 学習室")
    assert parsed["chair"] == "西部"


def test_a_sections_chair_speaking_is_not_taken_for_a_surname_ending_in_its_letter():
    text = "北山市環境審議会 第1部会 会議録\n日時：令和6年5月1日\n会議の内容\n○田中部会長　始めます。\n○委員　はい。\n"
    assert parse_text(text)["chair"] != "田中部"


def test_a_room_with_nothing_run_on_after_it_is_kept_whole():
    text = "会議録\nとき 令和6年11月26日(火) ところ 西部公民館 2階 学習室\n" + SPEECH
    assert parse_text(text)["place"] == "西部公民館 2階 学習室"


@pytest.mark.parametrize("joined, start, place", [
    ("開催日 令和元年6月3日(月)午前9時57分〜午前10時44分場  所 北山町役場 4階 401会議室", "09:57", "北山町役場 4階 401会議室"),
    ("日時 令和元年6月3日(月) 14時～15時会場:北山町役場 第1会議室", "14:00", "北山町役場 第1会議室"),
])
def test_a_room_field_joined_onto_the_clock_is_read_apart(joined, start, place):
    parsed = parse_text("会議録\n" + joined + SPEECH)
    assert (parsed["start_time"], parsed["place"]) == (start, place)
    assert parsed["date"] == "2019-06-03"


def test_a_word_ending_in_the_clock_letter_before_a_place_word_is_no_field():
    text = "会議録\n日時 令和元年6月3日(月) 臨時場所については追って連絡\n場所 北山町役場 第2会議室" + SPEECH
    assert parse_text(text)["place"] == "北山町役場 第2会議室"


def test_a_form_run_together_without_gaps_is_read_label_by_label():
    text = ("-1-第2回北山市地域交通協議会会議録会議の名称第2回北山市地域交通協議会開催日時平成22年1月15日(金)午後2時~3時30分"
            "開催場所北山市役所4階会議室出席者【出席委員】3名北野一郎委員(公募委員)南田花子委員(北山商工会議所)東山次郎委員\n")
    parsed = parse_text(text)
    assert parsed["council_name"] == "北山市地域交通協議会"
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2010-01-15", "14:00", "15:30")
    assert parsed["place"] == "北山市役所4階会議室"


def test_a_sentence_that_names_the_labels_is_not_cut_into_fields():
    text = ("会議録\n開催日時と開催場所は出席者の都合で決めた\n日時 令和2年1月15日(金)午後2時\n場所 北山市役所" + SPEECH)
    parsed = parse_text(text)
    assert parsed["place"] == "北山市役所"
    assert parsed["start_time"] == "14:00"


@pytest.mark.parametrize("place, room", [
    ("北山市中区基町10-52 県庁北館2階", "県庁北館2階"),
    ("北山市本町三丁目1番1号 北山会館 大ホール", "北山会館 大ホール"),
    ("北山市民会館3 大ホール", "北山市民会館3 大ホール"),
    ("北山市役所 第1会議室", "北山市役所 第1会議室"),
    ("北山市本町三丁目1番1号", "北山市本町三丁目1番1号"),
])
def test_the_street_address_before_the_room_is_no_part_of_the_place(place, room):
    assert parse_text(f"会議録\n日時 令和元年9月3日(月) 午後2時~3時\n場所 {place}" + SPEECH)["place"] == room


def test_the_sitting_stranded_in_a_later_field_of_an_interleaved_table_is_read():
    text = ("令和6年第6回北山町農業委員会総会議事録\n1.開催日時\n2.開催場所\n"
            "3.出席委員 会 長 3 番 5 番 令和6年5月20日(月)午前9時30分から10時35分 北山町役場 3階 第1委員会室 (4人) "
            "北野 一郎 君 南田 二郎 君 東山 三郎 君 西川 四郎 君\n4.欠席委員 (0人)\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2024-05-20", "09:30", "10:35")
    assert parsed["place"] == "北山町役場 3階 第1委員会室"


def test_a_date_in_the_roster_is_not_the_sitting_where_the_date_field_holds_one():
    text = ("北山町農業委員会総会議事録\n1.開催日時 令和6年5月21日(火)午前10時から11時\n2.開催場所 北山町役場\n"
            "3.出席委員 会長 北野一郎君 (令和6年5月20日(月)午前9時30分から10時35分 研修会 (4人) に出席)\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["place"]) == ("2024-05-21", "10:00", "北山町役場")


@pytest.mark.parametrize("line, start, place", [
    ("午前10時03分                                開会第2委員会室", "10:03", "第2委員会室"),
    ("午後１時３０分　　　　開議全員協議会室", "13:30", "全員協議会室"),
    ("午前10時03分                                開会", "10:03", None),
])
def test_the_opening_clock_run_onto_the_room_before_the_first_speech(line, start, place):
    text = ("北山市議会 総務委員会 顛末書\n平成23年9月15日(木)\n" + line +
            "\n○北野委員長 ただいまから総務委員会を開催します。\n◆南田委員 質問します。\n")
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["place"]) == (start, place)


def test_a_boards_unlabelled_header_gives_its_members_chair_start_and_absentee():
    # Date, room, the board's line (the 教育長 first, then the one who stands in), the officials' line; the
    # sitting narrated in the third person, a city in the news the 教育長 speaks of naming no municipality.
    parsed = parse_text(
        "本文\n令和6年4月9日(火曜日)\n県庁12階 教育委員会室\n"
        "北野一郎教育長、南田花子教育長職務代理者、東山健委員、西川実委員\n"
        "森本直教育次長、川上亮総務課長、大野由紀学校支援課長\n"
        "午前10時00分、北野教育長、教育委員会会議の開会を宣す。\n"
        "北野教育長が、中村委員から欠席の届出があったことを報告。\n"
        "(北野教育長)\n先月、東京都北山市の中学校で事故が起きたことは残念である。\n"
    )
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山健", "西川実"]
    assert parsed["chair"] == "北野一郎"
    assert parsed["start_time"] == "10:00"
    assert parsed["members_absent"] == ["中村"]
    assert parsed["place"] == "県庁12階 教育委員会室"
    assert parsed["municipality"] is None


def test_a_results_form_with_each_label_above_its_value_and_a_contact_block():
    parsed = parse_text(
        "ひかり市ホームページ > 健康・福祉 > 附属機関 > 第3回ひかり市介護保険運営審議会(会議結果)\n\n"
        "1\n\n会議の名称\n\n令和2年度第3回ひかり市介護保険運営審議会令和2年度第3回ひかり市地域包括支援センター運営協議会\n\n"
        "2\n\n会議の開催日\n\n令和3年2月4日(木曜日)\n\n3\n\n会議の開催時間\n\n午後2時から午後3時45分まで\n\n"
        "4\n\n会議の開催場所\n\nひかり市役所2階会議室3\n\n5\n\n出席者\n\n北野会長、南田委員、東山委員\n\n"
        "6\n\n欠席者\n\n西川委員\n\n7\n\n問い合わせ\n\n高齢福祉課(担当:森本)\n\n8\n\n次第\n\n1あいさつ\n"
    )
    assert parsed["municipality"] == "ひかり市"
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2021-02-04", "14:00", "15:45")
    assert parsed["place"] == "ひかり市役所2階会議室3"
    assert parsed["members_absent"] == ["西川"]


def test_a_contact_link_in_the_sites_menu_does_not_open_the_header():
    parsed = parse_text(
        "北山県の取組\n\nご意見募集 サイトマップ\n\nお問い合わせ先\n\n第2回北山県景観検討会議 議事録\n\n"
        "日時\n令和3年3月2日火曜日10時〜12時\n場所\n県庁 第5会議室\n" + SPEECH
    )
    assert parsed["council_name"] == "北山県景観検討会議"
    assert parsed["start_time"] == "10:00"


def test_the_day_and_room_of_another_meeting_under_the_agenda_are_not_the_sittings():
    # A PDF read cell by cell: the roster's first cells above its label, the room's second line among them.
    parsed = parse_text(
        "議題\n第1回北山公民館運営審議会\n1\n予算について\n2\nその他\n"
        "(1)公民館運営審議会連絡協議会第1回会議について\n日時 令和4年5月24日(火)10時より\n会場 市民体育館2階会議室\n"
        "(2)第2回北山公民館運営審議会の日程について\n"
        "日時\n令和4年4月20日(水)午前10時から午前11時30分まで\n場所\n北山公民館 2階\n"
        "会長\n北野 一郎\n委員\n南田 花子\n学習室1\n東山 健\n出席者氏名\n西川 実\n(敬称省略)\n森本 直\n"
        "〈事務局〉\n館長\n会議の公開・非公開\n公開\n傍聴者数\n0人\n"
    )
    assert parsed["date"] == "2022-04-20"
    assert parsed["end_time"] == "11:30"
    assert parsed["place"] == "北山公民館 2階 学習室1"
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山健", "西川実", "森本直"]
    assert parsed["chair"] == "北野一郎"


@pytest.mark.parametrize("dot, gap", [(".", " "), ("．", "\u3000"), ("、", "  ")])
def test_a_numbered_header_flattened_onto_one_line_whatever_its_field_words(dot, gap):
    # An aggregator's copy: every field on one line, words the catalogue may not know (召集年月日, 議会の場所),
    # a letter-spaced clock label, seats with letter-spaced names, and the 議長 who declared the sitting open.
    line = (
        f"令和3年第1回北野町議会定例会会議録(第1号){gap}1{dot}召集年月日 令和3年3月2日{gap}2{dot}議会の場所 北野町役場議場"
        f"{gap}3{dot}開   議 令和3年3月2日午前9時30分 議長南田健君宣告{gap}4{dot}出席議員      1番 東 山 一 郎"
        f"      2番 西   花 子      3番 南 田   健{gap}5{dot}欠席議員      4番 北 川   実{gap}6{dot}会議録署名議員"
        f"      1番 東 山 一 郎{gap}7{dot}職務のため出席した者の職氏名    議会事務局長    森 本   直"
    )
    parsed = parse_text("北野町議会 > 2021-03-02 >\n令和3年第1回定例会(第1号 3月 2日)\n" + line + "\n")
    assert parsed["date"] == "2021-03-02"
    assert parsed["start_time"] == "09:30"
    assert parsed["place"] == "北野町役場議場"
    assert parsed["members_present"] == ["東山一郎", "西花子", "南田健"]
    assert parsed["members_absent"] == ["北川実"]
    assert parsed["chair"] == "南田健"


def test_a_committees_numbered_header_on_one_line_with_roles_before_the_names():
    line = (
        "令和 6年 5月総務委員会(令和6年度)−05月20日-01号    総務委員会会議記録 1 開会日時  令和6年5月20日(月)午後1時30分〜"
        "午後2時45分 2 場  所  第3委員会室 3 委員氏名   委 員 長    東 山 一 郎   副委員長    西 田 花 子   委  員"
        "    南 田   健           北 川 みのる 4 執行部出席者   総務部長  森 本   直 5 会議に付した事件  (1)公共施設の管理について"
    )
    parsed = parse_text("北野市議会 > 2024-05-20 >\n" + line + "\n")
    assert parsed["council_name"] == "北野市議会総務委員会"
    assert parsed["municipality"] == "北野市"
    assert (parsed["start_time"], parsed["end_time"]) == ("13:30", "14:45")
    assert parsed["place"] == "第3委員会室"
    assert parsed["members_present"] == ["東山一郎", "西田花子", "南田健", "北川みのる"]
    assert parsed["chair"] == "東山一郎"


def test_a_box_drawn_header_flattened_onto_one_line_keeps_no_rule_in_its_values():
    rule = "─" * 30
    line = (
        f"北山県議会 平成30年 2月5日文教委員会  ┌{rule}┐  │      文 教 委 員 会 会 議 記 録   │  ├{rule}┤"
        f"  │1 日  時  平成30年2月5日(月曜日)午後1時02分 開議     │  │               午後2時40分 閉議     │  ├{rule}┤"
        f"  │2 場  所  文教委員会室              │  ├{rule}┤  │3 出席委員  東山委員長、西副委員長、南田委員、   │"
        f"  │     北川委員、森本委員      │  │     (欠席委員:なし)      │  ├{rule}┤  │4 説 明 員  教育次長ほか   │  └{rule}┘"
    )
    parsed = parse_text(line + "\n")
    assert parsed["place"] == "文教委員会室"
    assert parsed["start_time"] == "13:02"
    assert parsed["members_present"] == ["東山", "西", "南田", "北川", "森本"]
    assert parsed["members_absent"] == []


def test_a_box_drawn_table_broken_one_fragment_a_line_is_read_row_by_row():
    # Each row takes lines until it has one bar more than the rule above it has columns: the title's
    # words, the date, the room and the clocks go back to their cells, whatever line the copy broke them on.
    text = (
        "北野市議会\n令和\n6年\n総務\n委員会\n( 5月10日) ┌──────────────┐\n│ 総務\n小\n委員会会議録\n│\n"
        "├────┬──────┬───┬────┤\n│開会日時│令和\n6年 5月10日(金曜日)\n│場所 │\n第1\n委員会室 │\n│\n│\n"
        "午後1時30分〜午後2時45分\n│\n│\n│\n├────┼──────"
    )
    parsed = parse_text(text + "\n")
    assert parsed["municipality"] == "北野市"
    assert parsed["date"] == "2024-05-10"
    assert (parsed["start_time"], parsed["end_time"]) == ("13:30", "14:45")
    assert parsed["place"] == "第1委員会室"


def test_a_whole_box_drawn_row_takes_no_line_after_it():
    # Rows that close on their bar are left as they are: the line after the table is no cell.
    text = (
        "┌────┬──────┐\n│日時 │令和6年5月10日│\n│    │午後1時30分│\n├────┼──────┤\n│場所 │第1委員会室│\n"
        "└────┴──────┘\n"
        "│\n○委員長　それでは始めます。\n"
    )
    parsed = parse_text(text)
    assert (parsed["place"], parsed["start_time"]) == ("第1委員会室", "13:30")
    assert [t["speaker"] for t in parsed["turns"]] == ["委員長"]


def test_a_date_that_lost_its_units_is_read_only_between_an_era_and_its_day():
    parsed = parse_text("[日 時] 令和 6 5 10 日(金曜日) 午後 2 30 [場 所] 北野市役所 3階会議室\n")
    assert (parsed["date"], parsed["start_time"]) == ("2024-05-10", "14:30")
    # Numbers with no era before them, or no 日 after them, are no date; a clock keeps its numbers elsewhere.
    assert clean_text("第 6 5 10 号 午後 2 30") == "第 6 5 10 号 午後 2 30"
    assert clean_text("令和 6 5 10 件 午後 2 30") == "令和 6 5 10 件 午後 2 30"


def test_a_bracket_after_the_span_that_names_no_meeting_end_leaves_the_span_end():
    parsed = parse_text("日時 令和6年5月10日 午前10時30分から午前11時55分まで(休憩 午前11時10分から)\n")
    assert (parsed["start_time"], parsed["end_time"]) == ("10:30", "11:55")


def test_role_lines_after_the_room_give_the_chair_and_the_absentees_in_the_forms_order():
    parsed = parse_text(
        "令和6年5月8日(水曜日) 午後2時00分から午後3時30分\n市役所 3階 第1会議室\n会長:北野一郎\n"
        "委員:南田健(代理)、東山清、西川明 会長含め計4名\n委員:森本進、中野学 計2名\n1 開会\n2 議題\n"
    )
    assert parsed["members_present"] == ["北野一郎", "東山清", "西川明"]
    assert parsed["members_absent"] == ["森本進", "中野学"]
    assert parsed["chair"] == "北野一郎"


def test_a_role_line_with_no_count_before_it_opens_no_absentees_list():
    parsed = parse_text(
        "令和6年5月8日(水曜日) 午後2時00分から午後3時30分\n市役所 3階 第1会議室\n会長:北野一郎\n"
        "委員:東山清、西川明\n委員:森本進、中野学\n1 開会\n"
    )
    assert parsed["members_present"] == ["北野一郎", "東山清", "西川明", "森本進", "中野学"]
    assert not parsed["members_absent"]


def test_a_committee_with_no_sub_body_after_it_keeps_its_own_name():
    parsed = parse_text("北野市教育委員会 令和6年第5回定例会 会議録\n日時:令和6年5月17日(金)14:00~16:00\n")
    assert parsed["council_name"] == "北野市教育委員会"


def test_a_chairs_label_that_lost_its_opening_bracket_gives_the_name_without_the_role():
    parsed = parse_text(
        "北野市議会 2012-09-03\n午後1時05分開会開議 ──・── ◯ 議長北野一郎議長) おはようございます。ただいまから開会いたします。"
        " 〔「異議なし」と呼ぶ者あり〕 ◯ 議長北野一郎議長) 御異議なしと認めます。\n"
    )
    assert parsed["start_time"] == "13:05"
    assert parsed["chair"] == "北野一郎"


@pytest.mark.parametrize("line", ["○ 会長 北野 出席", "○ 会長 北野 副会長"])
def test_an_attendance_word_or_a_second_role_after_the_surname_is_no_given_name(line):
    parsed = parse_text("○会議次第\n1.開会挨拶\n" + line + "\n(1) 協議会規約の改正について\n")
    assert parsed["chair"] not in ("北野出席", "北野副会長")


def test_two_role_and_name_lines_naming_two_people_name_no_chair():
    parsed = parse_text("○会議次第\n○ 会長 北野 一郎\n○ 会長 南田 健\n(1) 協議会規約の改正について\n")
    assert parsed["chair"] is None


@pytest.mark.parametrize("title,name", [("予算特別委員会総務分科会", "予算特別委員会総務分科会"), ("総務委員会", "総務委員会")])
def test_an_assembly_committee_keeps_its_sub_committee_and_no_more(title, name):
    parsed = parse_text(f"北野市議会 2024-03-04\n令和 6年{title}( 3月4日)\n")
    assert parsed["council_name"] == "北野市議会" + name


@pytest.mark.parametrize("body,city", [("ミナミ町都市計画審議会", "ミナミ町"), ("北ケ丘市健康推進協議会", "北ケ丘市"),
                                       ("センター運営協議会", None)])
def test_a_municipality_in_katakana_opens_the_body_and_a_katakana_word_is_none(body, city):
    parsed = parse_text(f"{body} 会議録\n日時 平成24年10月17日(水) 午後2時\n")
    assert parsed["municipality"] == city


@pytest.mark.parametrize("title,city", [("各山市議会 > 2012-09-03 >\n  1. 各山市議会 2012-09-03", "各山市"),
                                        ("本北市環境審議会 会議録", "本北市"), ("各市町村連絡協議会 会議録", None)])
def test_a_place_whose_name_opens_like_each_or_this_city_is_a_place(title, city):
    parsed = parse_text(title + "\n日時 平成24年9月3日(月) 午前10時\n")
    assert parsed["municipality"] == city
    assert not (parsed["council_name"] or "").startswith("1.")


def test_a_body_whose_name_opens_with_year_keeps_it_when_no_number_stands_before():
    parsed = parse_text("北野市年金相談協議会 会議録\n日時 平成24年11月15日(木) 午後3時\n")
    assert parsed["council_name"] == "北野市年金相談協議会"
    parsed = parse_text("年金相談協議会 会議録\n日時 平成24年11月15日(木) 午後3時\n")
    assert parsed["council_name"] == "年金相談協議会"


@pytest.mark.parametrize("title,city", [("第2回景観審議会 会議録 | 北野町公式ホームページ", "北野町"),
                                        ("第2回景観審議会 会議録 － 南山市役所", "南山市"), ("第2回景観審議会 資料 - 各市", None)])
def test_the_site_after_the_title_names_one_place_or_none(title, city):
    parsed = parse_text(title + "\n【日時】令和2年10月5日(月)13時30分~15時00分\n○委員長 始めます。\n")
    assert parsed["municipality"] == city


@pytest.mark.parametrize("line", ["2. あいさつ 北﨑会長", "会長互選\n北﨑委員に決定"])
def test_a_chair_whose_name_has_a_compatibility_kanji_is_read(line):
    parsed = parse_text("出席委員 北﨑、南田、東山\n次第\n1. 開会\n" + line + "\n")
    assert parsed["chair"] == "北﨑"


def test_at_before_a_word_that_is_no_room_names_no_place():
    parsed = parse_text("平成19年北野市議会第3回臨時会\n1.議事日程(第1号)\n平成19年7月11日\n午後1時30分開議\n於て協議\n")
    assert parsed["place"] is None


def test_square_brackets_round_a_number_or_a_file_note_open_no_field():
    text = clean_text("北野市の資料について説明がありました。 [PDF/58kb] 次に [2] の表をご覧ください。")
    assert "\n" not in text


def test_a_search_hit_counter_above_the_page_is_no_field():
    parsed = parse_text(
        "• 出席委員(2/5)\nツイート シェア\n  1. 北野市議会 2020-07-01\n    令和 2年 7月 1日議会運営委員会−07月01日-01号\n"
        "1.日  時  令和2年7月1日(水)午前10時\n1.場  所  第1委員会室\n1.出席委員   東 山 一 郎 君   西   花 子 君   南 田   健 君\n"
        "1.欠席委員   なし\n"
    )
    # 議会運営委員会 names the assembly's own affairs, not the assembly: the committee is still found.
    assert parsed["council_name"] == "北野市議会議会運営委員会"
    assert parsed["municipality"] == "北野市"
    assert parsed["place"] == "第1委員会室"
    assert parsed["members_present"] == ["東山一郎", "西花子", "南田健"]


def test_bracketed_clock_labels_a_place_of_opening_and_a_count_over_the_roster():
    parsed = parse_text(
        "第3回\n北野市東地域協議会\n会議録\n□ 開催年月日 令和4年10月3日\n(開会)午前 9時30分\n(閉会)午前11時05分\n"
        "□ 開会の場所 北野市東支所 大会議室\n□ 出席委員数 4名\n東山 一郎、西 花子、南田 健、北川 実\n□ 傍聴者 なし\n"
        "□ 会議次第\n1 開会\n"
    )
    assert (parsed["start_time"], parsed["end_time"]) == ("09:30", "11:05")
    assert parsed["place"] == "北野市東支所 大会議室"
    assert parsed["members_present"] == ["東山一郎", "西花子", "南田健", "北川実"]


def test_a_table_label_one_letter_a_line_ends_on_its_values_line():
    parsed = parse_text(
        "会議録(要旨)\n名 第2回 北野市文化財保護委員会議\n開\n催\n日\n時 令和元年9月7日(土) 午後2時00分~3時30分\n"
        "会\n議\n場\n所 北野市民会館 2階 第1会議室\n審議経過\n出席者:(委員)東山議長、西委員、南田委員、北\n川委員\n"
        "(事務局)文化課長\n欠席者:森本副議長、中井委員\n報告事項\n1.文化財の指定について\n"
    )
    assert parsed["council_name"] == "北野市文化財保護委員会議"
    assert parsed["start_time"] == "14:00"
    assert parsed["place"] == "北野市民会館 2階 第1会議室"
    assert parsed["members_present"] == ["東山", "西", "南田", "北川"]
    assert parsed["members_absent"] == ["森本", "中井"]


def test_a_rule_inside_a_flattened_page_parts_the_roster_from_what_follows():
    parsed = parse_text(
        "令和4年北野村議会6月第2回会議会議録議事日程(第1号)      令和4年6月7日(火)午前10時開会日程第1 会議録署名議員指名"
        "日程第2 議案第5号 北野村税条例の一部改正について-------------------------------------本日の会議に付した事件 "
        "議事日程に同じ-------------------------------------"
        "出席議員(3名)     1番  東山一郎君      2番  西 花子君     3番  南田 健欠席議員(1名)     4番  北川実"
        "-------------------------------------地方自治法第121条の規定により説明のため出席した者の職氏名 村長   森本直君"
        "   総務課長   中井進君\n"
    )
    assert parsed["members_present"] == ["東山一郎", "西花子", "南田健"]
    assert parsed["members_absent"] == ["北川実"]


@pytest.mark.parametrize("title, label", [
    ("令和 6年第 1回定例会−02月22日-01号\n令和6年第1回北山村議会定例会第1日目会議録", "令和6年第1回定例会"),
    ("平成29年第3回北山町議会臨時会会議録(第1号)", "平成29年第3回臨時会"),
    # An assembly that sits the year round names each sitting 会議 inside its one session.
    ("令和 3年  6月 定例会(第2回)  令和3年北山町議会6月第2回会議会議録議事日程(第1号)", "令和3年6月第2回会議"),
    ("令和4年北山町議会定例会9月会議 会議録", "令和4年定例会9月会議"),
], ids=["session", "extraordinary", "year-round-count", "year-round-month"])
def test_an_assembly_in_plenary_is_labelled_by_its_session_or_its_sitting_of_the_year_round_session(title, label):
    parsed = parse_text(f"北山町議会 > 2021-06-04 >\n{title}\n日時：令和5年9月15日(金) 午前10時\n場所：議場" + SPEECH)
    assert parsed["meeting_label"] == label


def test_a_count_apart_from_the_bodys_name_takes_the_fiscal_year_the_name_carries():
    parsed = parse_text("第3回会議録 令和4年度北山地域協議会 会議録\n日時：令和4年10月5日(水) 午後1時30分\n場所：北山支所" + SPEECH)
    assert parsed["meeting_label"] == "令和4年度第3回"


@pytest.mark.parametrize("title, date_line, label, start", [
    ("第 1 5 回 北 山 市 緑 化 審 議 会 次 第", "令 和 ６ 年 ３ 月 ８ 日 ( 金 ) 1 0 時 か ら", "第15回", "10:00"),
    ("第 ３ 回　北 山 市 緑 化 審 議 会", "令 和 6 年 3 月 8 日( 金 )午 後 2 時 か ら", "第３回", "14:00"),
], ids=["halfwidth-digits", "fullwidth-digits-wide-gap"])
def test_a_header_line_letter_spaced_digits_and_all_is_closed_up_before_its_facts_are_read(title, date_line, label, start):
    parsed = parse_text(f"{title}\n{date_line}\n北山市役所\n1\n会長挨拶\n2\n委員紹介\n大会議室\n資料1\n委員名簿\n")
    assert parsed["council_name"] == "北山市緑化審議会"
    assert parsed["meeting_label"] == label
    assert parsed["date"] == "2024-03-08"
    assert parsed["start_time"] == start


@pytest.mark.parametrize("title, label", [
    ("令和2年度北山市防災会議議事録", "令和2年度"),
    ("北山市防災会議 議事録 平成26年度 議事録", "平成26年度"),
    # An assembly's committee: its 年度 is the assembly's year, no sitting of the committee.
    ("令和2年度北山まちづくり常任委員会議事録", None),
], ids=["year-before-the-name", "year-a-word-of-its-own", "assembly-committee"])
def test_a_title_without_a_count_is_labelled_by_the_fiscal_year_it_names(title, label):
    parsed = parse_text(f"{title}\n開催日時\n令和2年11月5日(木曜日)午後2時から午後3時\n開催場所\n北山市役所3階会議室" + SPEECH)
    assert parsed["meeting_label"] == label


@pytest.mark.parametrize("line, start", [
    ("〇開　会(大雨のため午後2時開会)", "14:00"),
    ("  3月4日午前9時30分開議", "09:30"),
], ids=["note-in-brackets", "run-on-from-the-date"])
def test_an_opening_clock_run_on_from_a_note_or_the_date_is_the_start(line, start):
    parsed = parse_text(f"北山町議会 令和3年3月定例会 目次\n{line}\n・町長あいさつ\n〇諸般の報告\n")
    assert parsed["start_time"] == start


def test_absence_listed_by_office_only_names_no_one():
    parsed = parse_text(
        "北山市防災会議 議事録\n開催日時\n令和4年10月3日月曜日 午前10時から\n開催場所\n北山市役所2階会議室\n"
        "欠席者\n北山警察署長、北山市消防団長、北山小学校長\n事務局\n防災課長" + SPEECH
    )
    assert parsed["members_absent"] is None


def test_the_session_the_chair_declares_open_labels_a_plenary_over_a_title_ordered_by_month():
    parsed = parse_text(
        "令和 3年 6月 定例会(第2回) 06月08日−01号\n△開会\n"
        "○議長(北野一郎君) ただいまから令和3年第2回北山町議会定例会を開会します。\n"
        "○議長(北野一郎君) 日程第1、会議録署名議員の指名を行います。\n"
    )
    assert parsed["meeting_label"] == "令和3年第2回定例会"


def test_a_plenary_record_cut_from_its_title_is_its_towns_assembly_by_its_honoured_speaker():
    parsed = parse_text(
        "△議案第12号の採決\n○議長(\n北野一郎君) 日程第3、議案第12号 令和5年度北山町一般会計補正予算(第2号)を議題とします。"
        " 質疑はありませんか。\n〔「なし」と言う者あり〕\n○議長(\n北野一郎君) 質疑なしと認めます。 本案は原案のとおり可決されました。\n"
    )
    assert parsed["municipality"] == "北山町"
    assert parsed["council_name"] == "北山町議会"


def test_a_numbered_held_line_gives_the_sittings_date_and_clock():
    text = ("令和2年度第1回北山市行財政審議会議事録\n\n１ 開催　　令和3年2月5日（金曜日）　14時00分～16時15分\n\n"
            "２ 場所　　北山市役所 5階 大会議室\n\n３ 出席者\n　委員　北野会長 南田委員 東山委員\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2021-02-05", "14:00", "16:15")
    assert parsed["place"] == "北山市役所 5階 大会議室"


def test_labels_extracted_before_their_values_take_each_value_by_its_shape():
    text = ("令和4年度 第3回北山市報酬審議会\n■日　時\n■会　場\n■出席者\n第3回北山市報酬審議会 会議録\n"
            "令和4年11月8日(火) 午前10時 00分～11時30分\n北山市役所 西庁舎3階 第2会議室\n・出席委員3名\n"
            "北野 一郎 (北山大学 教授)\n南田 花子 (公募委員)\n東山 亨 (北山市商工会 会長)\n" + SPEECH)
    parsed = parse_text(text)
    assert parsed["place"] == "北山市役所 西庁舎3階 第2会議室"
    assert parsed["date"] == "2022-11-08"
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山亨"]


def test_the_title_just_above_the_fields_labels_the_sitting_after_a_long_account_of_the_body():
    account = "\n".join(["北山町交通会議 会議録", "交通会議とは", "町の交通について話し合う場です", "構成員",
                         "住民 利用者の立場から参画", "事業者 運行の立場から参画", "学識経験者 助言", "協議内容", "・路線に関すること"])
    text = account + "\n令和6年度第2回北山町交通会議 会議録\n日時\n令和6年12月3日(火曜日)\n場所\n北山町役場 2階 会議室\n" + SPEECH
    assert parse_text(text)["meeting_label"] == "令和6年度第2回"


def test_a_record_without_a_header_takes_no_date_from_its_speeches():
    # Only the first lines can be the title: a committee's record that opens with its chair's words must not
    # read the date of an earlier sitting from a paragraph further down, nor lose its closing clock.
    paragraphs = [
        "○南田委員長",
        " ただいまより、本日の委員会を開会します。",
        " 本日、西野副市長は欠席いたしますので、御了承願います。",
        " これより、副委員長が委員長報告(案)を朗読いたします。",
        "○東副委員長",
        " ただいまより、予算特別委員会に付託を受けました議案第12号につきまして御報告を申し上げます。",
        " 本特別委員会は、去る6月3日の本会議において委員9名をもって設置されました。",
        " 次に、令和5年度北野市一般会計予算について審査を行いました。",
        " 以上、御報告申し上げます。",
        "○南田委員長",
        " これをもって、予算特別委員会を閉会いたします。",
        " (午前11時15分 閉会)",
    ]
    parsed = parse_text("\n\n".join(paragraphs) + "\n")
    assert parsed["date"] is None
    assert parsed["end_time"] == "11:15"


@pytest.mark.parametrize("date_line, closing", [
    ("日　時　令和５年６月１日(木)", "午後３時10分　閉会"),
    ("開催日：令和6年1月22日（月曜日）", "（午前11時45分散会）"),
])
def test_a_closing_clock_survives_a_date_line_that_states_no_opening(date_line, closing):
    # The header dates the sitting but gives no clock; the record closes with one. The end is stated, the start is not.
    text = (f"北野市環境審議会　会議録\n\n{date_line}\n会　場　北野市役所第２会議室\n"
            "出席委員　南田健、東山花子、西川一郎\n\n"
            "○南田会長　ただいまから会議を開きます。\n○事務局　資料を説明します。\n"
            f"○南田会長　以上で終わります。\n\n{closing}\n")
    parsed = parse_text(text)
    assert parsed["start_time"] is None
    assert parsed["end_time"] == ("15:10" if "３時" in closing else "11:45")


@pytest.mark.parametrize("head, start, end, place", [
    # A flattened page: marked fields run on one line, the clock letter-spaced.
    ("◆開催日時 令和 4 年 6 月 3 日(金)午後 2 時 00 分から 3 時 30 分まで ◆開催場所 北野町役場 2 階会議室 ◆出席者 南田委員",
     "14:00", "15:30", "北野町役場 2 階会議室"),
    # Field words letter-spaced, the range broken over two lines.
    ("会 議 の 名 称 北野町環境審議会 開 催 日 時 令和4年6月3日(金) 10 時 00 分から\n\n11 時 15 分まで 会 場 北野町民センター 第1会議室\n\n出 席 者\n",
     "10:00", "11:15", "北野町民センター 第1会議室"),
    # A table read one cell a line: the opening and closing clock under their own field words.
    ("環境常任委員会会議録 令和4年6月3日\n\n開催年月日\n\n令和4年6月3日(金曜日)開始時間\n\n午前9時30分\n\n終了時間\n\n午前11時05分\n\n",
     "09:30", "11:05", None),
])
def test_the_clock_and_room_are_read_by_their_field_words_up_to_the_next_field(head, start, end, place):
    parsed = parse_text(head + "\n当日は委員から意見があった。\n")
    assert (parsed["start_time"], parsed["end_time"]) == (start, end)
    if place:
        assert parsed["place"] == place


def test_an_agenda_entry_named_like_a_field_gives_no_clock():
    # 1 開会 in an order of business is no opening time: its value names no clock.
    parsed = parse_text("北野市審議会 会議録\n次第 1 開会 2 議事 3 閉会\n当日は委員から意見があった。\n")
    assert parsed["start_time"] is None


def test_a_clock_range_inside_the_place_of_a_flattened_form_is_the_sittings_span():
    text = (
        "第4期北野市公民館運営審議会 第3回会議録 日時:令和元年7月2日(火) 場所:北野市立東公民館 "
        "14時30分~16時 2階和室 ■出席者 (委員) 南田健、東山花子\n"
    )
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == ("14:30", "16:00")
    assert parsed["place"] == "北野市立東公民館 2階和室"


def test_a_place_without_a_clock_range_is_kept_whole():
    text = "北野市公民館運営審議会 会議録\n日時 令和元年7月2日(火)\n場所 北野市立東公民館 2階和室\n"
    parsed = parse_text(text)
    assert parsed["place"] == "北野市立東公民館 2階和室"
    assert parsed["start_time"] is None


def test_the_span_and_room_after_the_sittings_date_are_read_without_field_words():
    text = (
        "北野市議会 > 2020-03-04 > 令和2年3月4日総務委員会-01号 総務委員会記録  "
        "令和2年3月4日(水)午後1時30分~午後3時5分(第3委員会室) 〇出席委員(5名)   委員長  南田健\n"
    )
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == ("13:30", "15:05")
    assert parsed["place"] == "第3委員会室"


def test_a_span_after_another_date_is_not_the_sittings():
    text = (
        "北野市総務委員会記録 令和2年3月4日 〇議題 次回日程 令和2年4月1日(水)午後1時~午後2時(第3委員会室)\n"
    )
    parsed = parse_text(text)
    assert parsed["start_time"] is None and parsed["place"] is None


def test_a_numbered_forms_place_ends_before_the_next_fields_number():
    text = (
        "会 議 録 1 会議名 第5回北野市西区地域協議会 2 開催日時 令和4年10月6日(木)午後6時から午後7時30分まで "
        "3 開催場所 北野市役所西庁舎 2 階 201 会議室 4 傍聴者の数 2人 5 非公開の理由 なし "
        "6 出席した者(傍聴人を除く。)氏名 ・委員:南田健、東山花子\n"
    )
    assert parse_text(text)["place"] == "北野市役所西庁舎 2 階 201 会議室"


def _spaced(line: str) -> str:
    return " ".join(line.replace(" ", ""))


# A whole document letter-spaced, its body too: the numbered fields, the roster closed by roles, the list heads
# after the secretariat and the agenda's entries run on after their field.
SPACED_DOCUMENT = "\n\n".join(_spaced(line) for line in (
    "令和6年度第2回北山市環境審議会概要",
    "1 日時 令和6年7月9日(火)午前10時00分∼11時45分",
    "2 場所 第3会議室",
    "3 出席者 北野会長南田副会長東山委員西川委員森本委員",
    "事務局 大野環境部長川上事務局長記録佐々木傍聴者なし",
    "4 議題 (1)北山市環境基本計画の進捗について(報告)(2)ごみ処理の広域化について(3)その他",
    "5 内容",
    "(環境政策課長)",
    "本日はお忙しい中、お集まりいただきありがとうございます。ただ今から審議会を始めます。",
    "(北野会長)",
    "それでは、議題に入ります。事務局から説明をお願いします。",
))


def test_a_document_letter_spaced_throughout_is_closed_up_into_its_forms_fields():
    parsed = parse_text(SPACED_DOCUMENT)
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2024-07-09", "10:00", "11:45")
    assert parsed["place"] == "第3会議室"
    assert parsed["members_present"] == ["北野", "南田", "東山", "西川", "森本"]
    assert parsed["chair"] == "北野"
    assert parsed["observers"] == 0
    assert [(i["kind"], i["title"]) for i in parsed["items"]] == [
        ("報告", "北山市環境基本計画の進捗について"), ("その他", "ごみ処理の広域化について")]
    assert [t["speaker"] for t in parsed["turns"]] == ["環境政策課長", "北野会長"]
    assert parsed["turns"][0]["text"].startswith("本日はお忙しい中、お集まりいただき")
    # The list heads after a value open lines of their own; a post that begins with one (事務局長) does not.
    assert "事務局 大野環境部長川上事務局長記録佐々木\n傍聴者 なし" in clean_text(SPACED_DOCUMENT)


def test_a_document_with_only_its_grid_and_header_letter_spaced_is_no_letter_spaced_document():
    # The roster's cells and the title spaced, the sentences not: only a spaced document's lines are laid out as fields.
    text = ("第 2 回 北 山 市 環 境 審 議 会\n日時 令和6年7月9日(火)午前10時\n場所 第3会議室\n出席委員\n"
            "北 野 一 郎 南 田 健 太\n東 山 花 子 西 川 三 郎\n\n会議の内容\n○会長　場所は第3会議室とします。\n○委員　承知しました。\n")
    assert not is_letter_spaced_document(text)
    assert is_letter_spaced_document(SPACED_DOCUMENT)
    assert parse_text(text)["turns"][0]["text"] == "場所は第3会議室とします。"


def test_numbered_fields_letter_spaced_above_an_unspaced_body_are_laid_out_as_fields():
    # Only the header's numbered fields are letter-spaced (the third without a digit in it): each keeps its number
    # and word apart from its value, the roster's names apart at their roles, the agenda's entries a line each.
    text = ("第 2 回 北 山 市 環 境 審 議 会 議 事 録\n1 日 時 令 和 6 年 7 月 9 日 ( 火 ) 午 前 1 0 時 ～ 1 1 時\n"
            "2 場 所 第 3 会 議 室\n3 出 席 者 北 野 会 長 南 田 副 会 長 東 山 委 員 西 川 委 員\n"
            "4 議 題 ( 1 )ご み 処 理 計 画 に つ い て ( 2 )そ の 他\n5 内容\n"
            "○会長　それでは始めます。本日の議題はごみ処理計画についてです。\n○委員　承知しました。\n")
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["place"]) == ("2024-07-09", "10:00", "第3会議室")
    assert (parsed["members_present"], parsed["chair"]) == (["北野", "南田", "東山", "西川"], "北野")
    assert [i["title"] for i in parsed["items"]] == ["ごみ処理計画について"]


def test_marked_labels_of_a_letter_spaced_document_keep_a_gap_before_the_speech():
    text = SPACED_DOCUMENT.split(_spaced("(環境政策課長)"))[0] + "\n".join(_spaced(line) for line in (
        "○北野会長 それでは、ただ今から審議会を始めます。よろしくお願いします。",
        "○南田副会長 資料について、質問があります。よろしいでしょうか。",
        "○議長(北野一郎) どうぞ、お願いします。",
    ))
    parsed = parse_text(text)
    assert [(t["speaker"], t["text"]) for t in parsed["turns"]] == [
        ("北野会長", "それでは、ただ今から審議会を始めます。よろしくお願いします。"),
        ("南田副会長", "資料について、質問があります。よろしいでしょうか。"),
        ("議長(北野一郎)", "どうぞ、お願いします。"),
    ]


def test_a_member_whose_named_stand_in_came_is_absent_beside_those_the_absence_field_names():
    text = ("北山市学校給食運営委員会 会議録\n1 開催年月日:令和6年7月18日(水)\n"
            "3 出席委員 :3 名 北野一郎委員長、南田健委員(代理 東山清副校長)、西川花子委員、森本進委員\n"
            "4 欠席委員 :1名 川上優子委員\n" + SPEECH)
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "西川花子", "森本進"]
    assert parsed["members_absent"] == ["川上優子", "南田健"]


def test_a_list_closed_by_roles_right_after_its_bracketed_heading_keeps_its_first_family_name():
    text = "北山市審議会 会議録\n日時：令和2年8月21日\n出席者:\n【審議会委員】川上 忠夫委員、南田 花子委員、森本 優子委員\n" + SPEECH
    assert parse_text(text)["members_present"] == ["川上忠夫", "南田花子", "森本優子"]


def test_a_chair_elected_with_the_affiliation_before_the_name_is_named_from_the_roster_surname():
    text = ("第1回北山町地域福祉計画策定委員会議事録\n1 日時\n令和2年8月21日(金曜日)13時30分~16時00分\n3 出席委員\n"
            "川上委員、北野委員、南田委員\n4 内容\n(1)委員長の選任について\n"
            "事務局:事務局案として、委員長に北山大学北野一郎委員、副委員長に南田委員を選出したいがいいか。\n委員:異議なし。\n")
    assert parse_text(text)["chair"] == "北野一郎"


def test_the_election_of_a_committee_chair_named_by_its_short_name_is_procedure():
    from shingikai.minutes.importer.structure import PROCEDURAL

    assert PROCEDURAL.match("策定委員長・副委員長の選任について")
    assert not PROCEDURAL.match("策定委員会の報告書について")


def test_an_assemblys_roster_phrased_as_a_clause_names_those_present():
    text = ("令和6年5月臨時会(第2回)\n\nみなみ町告示第35号\n1 期 日  令和6年5月1日\n2 場 所  みなみ町議会議場\n"
            "──────────────────────────────\n開会日に応招した議員\n北野 一郎君          南田  健君\n東山 清君          西川 花子君\n"
            "森本 進君\n──────────────────────────────\n応招しなかった議員\nなし\n──────────────────────────────\n"
            "○議長(北野一郎君) ただいまから会議を開きます。\n")
    assert parse_text(text)["members_present"] == ["北野一郎", "南田健", "東山清", "西川花子", "森本進"]


def test_a_month_sessions_label_gives_way_to_the_session_its_convocation_notice_convenes():
    text = ("議事録検索\n\n\n福岡県 北野町\n\n平成 29年 5月臨時会(第2回) 05月01日−01号\n\n\n\n"
            "平成 29年 5月臨時会(第2回) − 05月01日−01号\n\n\n\n平成 29年 5月臨時会(第2回)\n\n\n北野町告示第35号\n"
            " 平成29年第2回北野町議会臨時会を次のとおり招集する\n    平成29年4月12日\n"
            "                                北野町長 北山 太郎\n1 期 日  平成29年5月1日\n2 場 所  北野町議会議場\n"
            "──────────────────────────────\n開会日に応招した議員\n北野 一郎君          南田  健君\n東山 清君\n"
            "──────────────────────────────\n○議長(北野一郎君) ただいまから会議を開きます。\n")
    parsed = parse_text(text)
    assert parsed["council_name"] == "北野町議会" and parsed["meeting_label"] == "平成29年第2回臨時会"
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山清"]


@pytest.mark.parametrize("rule", ["──────────────────────────", "------------------"])
def test_a_rule_between_the_fields_is_no_value_and_does_not_end_the_header(rule):
    text = (
        "令和6年12月定例会 みなみ市議会会議録(第1号)\n"
        f"{rule}\n1、開会日時  令和6年11月29日(金)午前10時\n{rule}\n"
        "1、議事日程(第1号)\n 第 1  会議録署名議員の指名\n 第 2  会期の決定\n"
        f"{rule}\n1、出席議員  1番 北 野 一 郎 君  2番 南 田   健 君  3番 東 山 花 子 君\n{rule}\n"
        "○議長(北野一郎君) ただいまから本日の会議を開きます。\n"
    )
    parsed = parse_text(text)
    assert parsed["start_time"] == "10:00"
    assert parsed["place"] is None
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子"]


def test_a_pdf_viewers_banner_and_a_letter_spaced_date_line_still_open_the_unlabelled_header():
    banner = "議事録(PDF:120KB)\nby user\non\nCategory: Documents\n12\nviews\nReport\nComments\nTranscript\n"
    text = (
        banner + "議事録(PDF:120KB)\n第12回北山県景観審議会議事録\n"
        "令 和6 年 7月 2 9 日( 月)午 後 1 時 30 分 か ら\n北山県庁 本館3階 特別会議室\n1\n"
        "日\n時\n:\n令和6年7月29日(月)午後 1 時30分から\n場\n所\n:\n北山県庁\n"
        "○会長　それでは始めます。\n○委員　承知しました。\n"
    )
    parsed = parse_text(text)
    assert parsed["date"] == "2024-07-29"
    assert parsed["start_time"] == "13:30"
    assert parsed["place"] == "北山県庁 本館3階 特別会議室"


def test_a_record_title_as_wide_as_a_hard_wrapped_page_keeps_its_own_line():
    # A PDF's text wrapped at 19 characters: the centred title reaches the page's edge, yet the line below it (the
    # sitting's day, the room across from it) is no tail of the title: a title that names the record ends its line.
    prose = "本日の議事日程は、お手元に配付のとおりでありますので、御了承願います。次に、議案の説明を求めます。" * 8
    wrapped = "\n".join(prose[i:i + 19] for i in range(0, 19 * 24, 19))
    text = (
        "\u3000" * 10 + "北野市議会会議録\n\n"
        + "\u3000" * 10 + "令和６年３月１８日\u3000\u3000\u3000\u3000北野市議会議場\n"
        "○議長（北野一郎君）\u3000ただいまから本日の会議を開きます。\n" + wrapped + "\n"
        # The closing clock set to the right edge is a line of its own too, not the head of the certificate below.
        + "\u3000" * 10 + "午後５時14分\u3000閉会\n\n\u3000\u3000上記会議の記録に相違ないことを証し、ここに署名する。\n"
    )
    parsed = parse_text(text)
    assert parsed["place"] == "北野市議会議場"
    assert parsed["date"] == "2024-03-18"
    assert parsed["end_time"] == "17:14"


def test_officials_the_clerk_reads_out_in_a_statement_are_no_header_field():
    # No labelled field before the proceedings: the 説明員 list inside the clerk's report must not pull the header's
    # end down past the first statements.
    text = (
        "令和４年第４回北野市議会臨時会会議録（第１号）\n\n"
        "日程第\u3000１\u3000会議録署名議員の指名について\n日程第\u3000２\u3000会期の決定について\n\n"
        "○議長（南田一郎）\u3000ただいまから臨時会を開会いたします。\n\n"
        "○議長（南田一郎）\u3000事務局長から諸般の報告をいたします。\n\n"
        "◎事務局長（東山花子）\u3000諸般の報告をいたします。\n"
        "\u3000１\u3000説明員は次のとおりである。\n"
        "\u3000\u3000\u3000〇説明員\n"
        "\u3000\u3000\u3000\u3000\u3000市\u3000\u3000長\u3000\u3000北\u3000野\u3000太\u3000郎"
        "\u3000\u3000\u3000副\u3000市\u3000長\u3000\u3000西\u3000川\u3000次\u3000郎\n\n"
        "○議長（南田一郎）\u3000日程第１、会議録署名議員の指名を行います。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == [
        "議長（南田一郎）", "議長（南田一郎）", "事務局長（東山花子）", "議長（南田一郎）"]


def test_an_assembly_that_sits_the_year_round_is_labelled_by_its_month_and_its_day_ends_in_a_recess():
    text = (
        "令和\u3000７年\u3000１２月定例月議会\n\n\u3000\u3000\u3000\u3000\u3000令和７年北野市議会12月定例月議会会議録\n\n"
        "\u3000\u3000\u3000\u3000\u3000令和７年12月19日（金曜日）午後５時０分開議\n\n"
        "〇議事日程\n\u3000日程第１\u3000休会について\n\n"
        "○議長（北野一郎）\n\u3000日程第１、休会についてを議題といたします。\n\u3000本日はこれをもって散会いたします。\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000午後５時14分\u3000休会\n\n"
        "\u3000\u3000\u3000\u3000上記会議の記録に相違ないことを証し、ここに署名する。\n"
    )
    parsed = parse_text(text)
    assert parsed["meeting_label"] == "令和７年１２月定例月議会"
    assert (parsed["start_time"], parsed["end_time"]) == ("17:00", "17:14")
    assert parsed["items"] == []  # 休会について is the assembly's own business, no case


def test_a_roster_label_letter_spaced_after_the_ideographic_zero_mark_is_read():
    text = (
        "令和６年第４回北野市議会臨時会会議録（第１号）\n\n"
        "〇出\u3000席\u3000議\u3000員（２名）\n"
        "\u3000議\u3000長\u3000１番\u3000北\u3000野\u3000一\u3000郎\u3000君\u3000\u3000副議長\u3000\u3000２番\u3000南\u3000田\u3000\u3000\u3000健\u3000君\n"
        "─────────────\n"
        "○議長（北野一郎君）\u3000ただいまから本日の会議を開きます。\n"
    )
    assert parse_text(text)["members_present"] == ["北野一郎", "南田健"]


def test_a_sentence_wrapped_after_the_word_for_the_minutes_goes_on_on_the_next_line():
    prose = "本日の議事日程は、お手元に配付のとおりでありますので、御了承願います。次に、議案の説明を求めます。" * 8
    wrapped = "\n".join(prose[i:i + 19] for i in range(0, 19 * 24, 19))
    text = (
        "北野市議会会議録\n令和６年３月１８日\n"
        "○議長（北野一郎君）\u3000これより日程第１、会議録\n署名議員の指名を行います。\n" + wrapped + "\n"
    )
    first = parse_text(text)["turns"][0]["text"]
    assert "会議録署名議員の指名を行います" in first


def test_the_date_a_form_was_written_up_is_no_fact_of_the_sitting_and_no_item():
    text = ("審議会名 北山市文書館整備検討懇話会\n日時 令和5年7月16日 午後1時30分から午後3時まで\n場所 北山市役所 5階 会議室\n"
            "出席者 北野委員、南田委員、東山委員\n6 公開・非公開\n公開\n7 傍聴者\n0人\n8 会議概要作成年月日\n令和5年8月\n"
            "9 議事\n(1) 文書館の整備について\n・事務局から説明\n")
    parsed = parse_text(text)
    assert parsed["date"] == "2023-07-16"
    assert [i["title"] for i in parsed["items"]] == ["文書館の整備について"]


def test_the_seats_no_one_holds_are_no_item():
    text = ("令和4年第442回北山市議会定例会会議録(第13日目)\n午前10時00分(開議時刻)\n令和4年3月25日(金)\n"
            "1.出席議員(3名)\n  1 北野一郎  2 南田健  3 東山清\n2.欠席議員(なし)\n3.欠員2名(4番、5番)\n"
            "4.説明のために出席した者\n  市長 森本正則  副市長 川上敬悟\n")
    parsed = parse_text(text)
    assert not any("欠員" in i["title"] for i in parsed["items"])
    assert parsed["start_time"] == "10:00"


def test_the_head_of_a_table_of_counts_is_no_run_of_field_labels():
    text = ("北山市都市計画審議会 会議録\n日時 令和5年7月1日 午後2時から\n場所 北山市役所 3階 第2会議室\n"
            "出席委員欠席委員傍聴者\n15名 2名 3名\n出席委員\n北野一郎、南田健、東山清\n議題\n(1)都市計画道路の変更について\n")
    parsed = parse_text(text)
    assert parsed["observers"] != 15 and parsed["members_absent"] != []


def test_a_place_that_is_an_office_keeps_its_word_office():
    text = ("北山市観光振興協議会 会議録\n日時 令和5年7月1日 午後2時から\n場所 北山市観光協会 事務局\n"
            "出席者 北野委員、南田委員、東山委員、西川委員\n議題\n(1)観光振興計画について\n")
    assert parse_text(text)["place"] == "北山市観光協会 事務局"


def test_the_organ_that_holds_a_body_is_not_the_body():
    text = ("会議名\n開催日時\n開催場所\n出席者\n北山市教育委員会\n北山市いじめ問題対策連絡協議会\n令和5年7月1日 午後2時から午後4時まで\n"
            "北山市役所 5階 第1会議室\n北野委員、南田委員、東山委員\n")
    assert parse_text(text)["council_name"] == "北山市いじめ問題対策連絡協議会"


def test_a_markdown_tables_rule_under_its_first_row_does_not_end_the_header():
    text = ("令和7年度第1回 北山市学校給食運営協議会会議録\n名称 | 令和7年度 第1回北山市学校給食運営協議会 |\n---|---|\n"
            "開催日時 | 令和7年7月28日(月曜日)10時30分~12時00分 |\n開催場所 | 北山市立中部学校給食共同調理場 2階 会議室 |\n出席状況 委員 |\n|\n"
            "出席状況 事務局(担当) | 教育部保健給食課保健給食係 内線5206 |\n出席状況 傍聴者数 | 傍聴人なし |\n公開・非公開の状況 | 公開 |\n"
            "審議又は検討経過及び結果 |\n1.開 会 北野教育長より、委嘱状交付及び挨拶 委員紹介及び事務局紹介 会長選出:南田委員が会長に選出され、"
            "及び東山委員が副会長に選出された。 2.議 題 議題1)令和7年度分学校給食費会計PTA監査員の選出について\n"
            "【議題等についての質問・意見】 委員)当初予算を超える規模の決算となっているが、これは物価高騰の影響が大きいのか。\n事務局)そのとおりです。\n")
    parsed = parse_text(text)
    assert (parsed["date"], parsed["place"]) == ("2025-07-28", "北山市立中部学校給食共同調理場 2階 会議室")


def test_an_assembly_committee_is_named_as_its_own_title_names_it_whatever_the_run():
    # An aggregator's page over a committee's record: its breadcrumb spells the name with ・ twice, the record's own title
    # (after the assembly's name) and the line above it spell it without. The name most used wins, and of names used
    # as often the first: the same in every run (a set's order once decided a tie).
    text = (
        "北山市議会 > 2023-02-03 >\n令和 5年  2月 3日 子育て支援・定住人口増加対策特別委員会−02月03日-01号\n"
        "令和 5年  2月 3日 都市集客施設整備特別委員会−02月03日-01号\n"
        "  1. 北山市議会 2023-02-03\n    令和 5年  2月 3日 子育て支援・定住人口増加対策特別委員会−02月03日-01号\n"
        "    令和 5年  2月 3日 子育て支援定住人口増加対策特別委員会−02月03日-01号令和 5年  2月 3日 "
        "子育て支援定住人口増加対策特別委員会   令和5年北山市議会子育て支援定住人口増加対策特別委員会会議録\n令和5年2月3日(金曜日)\n"
        "○委員長(北野一郎君) ただいまから委員会を開会いたします。\n"
    )
    assert parse_text(text)["council_name"] == "北山市議会子育て支援定住人口増加対策特別委員会"


def test_a_table_of_contents_closed_by_page_numbers_is_left_out():
    # ■もくじ■ / 1 / 開会・・・ 1 / 2 / 議事録署名人の指名・・・ 1 / 3 / 議事・・・ 1 …: its words (議事, 閉会) are no header
    # fields and its entries no agenda; the header after it is read as if it opened the record.
    from shingikai.minutes.importer.conventions import _PAGED_CONTENTS
    cleaned = clean_text(_PAGED_CONTENTS)
    assert "議事録署名人の指名" not in cleaned and "もくじ" not in cleaned
    assert "市役所本庁舎12階会議室(1号∼3号会議室)" in cleaned
    # A 目次 without page numbers (a bound record's list of the day's business) stays.
    assert "管理者行政報告" in clean_text("北山組合議会 会議録\n目次\n管理者行政報告\n一般質問\n議事日程\n")


def test_a_label_with_its_own_note_on_a_flattened_form_is_a_field_and_the_date_below_it_is_read():
    # 2 議題(公開・非公開の別) ・報告事項(公開) …: the note on the label is no value; the 議題 is a field, so the form's
    # numbers between the fields stay its numbering and the 開催日時 after them is read.
    text = 'シェア "審議会等の会議開催のお知らせ"\n\nCopied!\n16\n0\n0\n\n読み込み中.... (全文を見る)\n\n全文\n\n(1)\n\n1 / 16\n\n会 議 録\n\n1 会議名 第8回北山区地域協議会 2 議題(公開・非公開の別) ・報告事項(公開) (1)市道路線の廃止及び認定について ・協議事項(公開) (1)地域活動支援事業に係る課題及び改善策について (2)地域活動支援事業(北山区)制度に関するアンケートについて (3)委員研修会について ・その他(公開) 3 開催日時 令和5年9月29日(木)午後6時30分から午後8時29分まで 4 開催場所 北山コミュニティプラザ2階 大会議室 5 傍聴人の数 1人 6 非公開の理由 ― 7 出席した者(傍聴人を除く。)氏名(敬称略) ・委 員:北野一郎、南田健、東山亨(4人中3人出席) ・事務局:西川次長\n\n\n(2)\n\n2 / 16\n\n8 発言の内容(要旨) 【西川次長】 ・会議の開会を宣言 【北野会長】 ・挨拶\n'
    parsed = parse_text(text)
    assert parsed["date"] == "2023-09-29"
    assert parsed["start_time"] == "18:30"


def test_a_header_printed_beside_the_officials_list_reads_its_own_date_and_place():
    # A town assembly's first page: the header in the left column, the officials present spaced out in the right one;
    # PDF-to-text runs each header line on into the entry beside it (〇招 集 の 場 所 総 務 課 長 西 川 誠 一).
    text = "\n".join([
        "令和６年北山町議会第２回臨時会会議録（第１号）",
        "開 会 午前１０時００分",
        "閉 会 午前１０時３５分",
        "〇招 集 年 月 日 北 山 町 長 北 野 一 郎",
        "令和６年５月１３日（月曜日） 副 町 長 南 田 健 二",
        "総 務 部 長 東 山 清 三",
        "〇招 集 の 場 所 総 務 課 長 西 川 誠 一",
        "北山町議事堂 財 政 課 長 森 本 進 也",
        "税 務 課 長 川 上 優 太",
        "〇出 席 議 員 （２名） 教 育 長 山 田 花 子",
        "１番 北 野 次 郎 ２番 南 田 三 郎",
        "〇議長（北野次郎君） ただいまから令和６年北山町議会第２回臨時会を開会いたします。",
        "〇議長（北野次郎君） 以上で本日の会議を閉じます。",
    ]) + "\n"
    parsed = parse_text(text)
    assert parsed["place"] == "北山町議事堂"
    assert parsed["date"] == "2024-05-13"
    # A header with no list beside it keeps its own reading: a value of several words stays whole.
    plain = text.replace(" 北 山 町 長 北 野 一 郎", "").replace(" 総 務 課 長 西 川 誠 一", "").replace(
        "北山町議事堂 財 政 課 長 森 本 進 也", "北山町役場 ３階 第１会議室")
    assert parse_text(plain)["place"] == "北山町役場 ３階 第１会議室"
