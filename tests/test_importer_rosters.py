"""Who attended, as a roster lays it out: marks between names, names with gaps inside, one cell a line,
and the lines under a roster that name no member.

Every fixture is synthetic, with fictional names; each varies the marks, widths and spacing of its layout.
"""
import pytest

from shingikai.minutes.importer import parse_text

HEAD = "北山市史編集審議会 令和6年度第2回 会議録\n開催日時\n令和7年1月27日(月曜日) 午後1時30分~午後3時\n開催場所\n北山市役所 第1会議室\n"
SPEECH = "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n"


def _read(roster: str, label: str = "出席者") -> dict:
    return parse_text(HEAD + f"{label}\n{roster}\n傍聴者数\n0名\n" + SPEECH)


@pytest.mark.parametrize("roster, members, chair", [
    # A legend first, then the names run together, each after its mark.
    ("委員 ※会長◎ 副会長○\n◎北野一朗〇南田健※東山亨※西川さくら※森本清",
     ["北野一朗", "南田健", "東山亨", "西川さくら", "森本清"], "北野一朗"),
    # Marks before the officers only, the others one space apart, the list over two lines and closed by 各委員.
    ("◎北山昌子 ○南野茂男 東田真和 西久保眞道 川島久仁\n森川高行 田上富造 清水謙治各委員",
     ["北山昌子", "南野茂男", "東田真和", "西久保眞道", "川島久仁", "森川高行", "田上富造", "清水謙治"], "北山昌子"),
    # The legend in brackets, U+25EF for the vice-chair and full-width spaces.
    ("(◎会長　◯副会長)\n◯南田健　◎北野一朗　※東山亨", ["南田健", "北野一朗", "東山亨"], "北野一朗"),
], ids=["legend-then-names-run-together", "officers-marked-over-two-lines", "legend-in-brackets"])
def test_marks_set_the_names_apart_and_the_chairs_mark_names_the_chair(roster, members, chair):
    parsed = _read(roster)
    assert parsed["members_present"] == members
    assert parsed["chair"] == chair


def test_a_legend_that_gives_the_chair_another_mark_is_followed():
    parsed = _read("※委員長● 副委員長◎\n◎南田健●北野一朗※東山亨")
    assert parsed["members_present"] == ["南田健", "北野一朗", "東山亨"]
    assert parsed["chair"] == "北野一朗"


@pytest.mark.parametrize("line", ["○事務局 説明", "◎北野委員長 開会します", "○南田健"], ids=["office", "label", "one-name"])
def test_a_marked_line_after_the_roster_that_is_no_list_of_names_ends_it(line):
    parsed = parse_text(HEAD + "出席者\n北野一朗、南田健、東山亨\n" + line + "\n資料に基づき説明があった。\n")
    assert parsed["members_present"] == ["北野一朗", "南田健", "東山亨"]


@pytest.mark.parametrize("roster, members, chair", [
    ("委員長  北野  正寛\n委員  南田  宣律\n委員  東山  豊行\n委員  西之内 洋人", ["北野正寛", "南田宣律", "東山豊行", "西之内洋人"], "北野正寛"),
    ("会長　　北野　　正\n副会長　　南田　真理子\n委員　　佐々木　　亨", ["北野正", "南田真理子", "佐々木亨"], "北野正"),
    # Two whole names after one role are two people.
    ("委員長  北野一郎\n委員  南田花子  東山健太郎", ["北野一郎", "南田花子", "東山健太郎"], "北野一郎"),
], ids=["double-spaces", "full-width-gaps", "two-whole-names"])
def test_a_role_first_line_of_two_short_runs_is_one_person(roster, members, chair):
    parsed = _read(roster, "出席委員")
    assert parsed["members_present"] == members
    assert parsed["chair"] == chair


@pytest.mark.parametrize("rule", ["…………………………", "‥‥‥‥‥‥", "―――――――――", "・・・・・・・・"], ids=["leader", "two-dot-leader", "bar", "dots"])
def test_each_name_closed_by_kun_is_one_member_and_those_under_a_rule_are_not(rule):
    roster = (f"会長 北野 博一君\n南田 俊一君    東山 早苗君\n西川  敦君    森本 啓介君\n{rule}\n"
              "議長           川上 理森君\n副議長          大野 広隆君\n北山会事務局長           佐藤 憲仁君\n―――――――――\n五月十一日")
    parsed = _read(roster, "出席委員")
    assert parsed["members_present"] == ["北野博一", "南田俊一", "東山早苗", "西川敦", "森本啓介"]
    assert parsed["chair"] == "北野博一"


@pytest.mark.parametrize("roster", ["委員 委員長始め3名", "委員長ほか４名", "別紙のとおり", "別紙名簿のとおり", "令和五年五月十一日"],
                         ids=["count-led-by-role", "count-after-role", "reference", "reference-to-a-list", "date"])
def test_counts_references_and_dates_in_the_roster_name_no_one(roster):
    parsed = _read(roster)
    assert parsed["members_present"] == []
    assert parsed["chair"] is None


@pytest.mark.parametrize("head, mark", [("氏   名 出欠", "欠"), ("氏名\t出欠席", "欠席"), ("名　前　出　欠", "×")], ids=["spaced", "tab", "closed-up"])
def test_a_table_one_name_a_line_marks_only_who_did_not_come(head, mark):
    text = (HEAD + "会議構成員 18\n現在数 18\n出席総数 3\n欠席総数 1\n議番\n1\n\n2\n\n3\n\n4\n"
            f"\n{head}\n\n西野 政次\n\n阪田 実\n\n吉本 知則 {mark}\n\n田﨑 育子\n\n"
            "Page 2: 北山市農業委員会総会議事録\n議長 それでは始めます。\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["西野政次", "阪田実", "田﨑育子"]
    assert parsed["members_absent"] == ["吉本知則"]


def test_a_table_under_an_attendance_label_is_read_from_its_own_column_only():
    parsed = _read("氏名 出欠\n北野 一朗　出席\n南田 健 欠\n東山 亨　出席")
    assert parsed["members_present"] == ["北野一朗", "東山亨"]
    assert parsed["members_absent"] == ["南田健"]


@pytest.mark.parametrize("roster, members, chair", [
    ("委員\n北野達哉委員 | 南田久夫委員\n東山 彌会長 | 西川達夫委員\n森本 浩委員 | 川上勝利委員",
     ["北野達哉", "南田久夫", "東山彌", "西川達夫", "森本浩", "川上勝利"], "東山彌"),
    ("北野 一朗委員長　　南田 健副委員長　　東山  亨委員", ["北野一朗", "南田健", "東山亨"], "北野一朗"),
    ("北野達哉委員｜南田 久夫委員｜東山彌会長", ["北野達哉", "南田久夫", "東山彌"], "東山彌"),
], ids=["cell-bars", "gaps", "full-width-bars"])
def test_each_entry_closed_by_its_role_is_one_member_whatever_the_gaps_inside(roster, members, chair):
    parsed = _read(roster)
    assert parsed["members_present"] == members
    assert parsed["chair"] == chair


def test_an_associate_member_is_a_member_and_a_one_letter_part_is_a_given_name():
    parsed = _read("委員長  北野 春雄\n委員  南田拓也   東山 由美子\n準委員  西川   建   森本 喜美子\n"
                   "準 委 員  川 上   勉", "出席委員")
    assert parsed["members_present"] == ["北野春雄", "南田拓也", "東山由美子", "西川建", "森本喜美子", "川上勉"]


@pytest.mark.parametrize("roster", [
    "北野会長、南田会長代理\n<委員:五十音順、敬称略> 東山史郎、西川 碩\n<臨時委員:五十音、敬称略> 森本博",
    "北野委員長、南田委員長代理、東山史郎、西川 碩、森本博の各専門委員\n(政府)川上総務庁長官、大野内閣官房副長官",
    "北野会長、南田委員、東山史郎委員、西川碩委員、森本博委員(敬称略、順不同)",
], ids=["notes-in-angle-brackets", "each-expert-member-and-the-government", "note-after-the-last-name"])
def test_notes_on_the_list_and_deputies_titles_are_no_part_of_a_name(roster):
    parsed = _read(roster)
    assert parsed["members_present"] == ["北野", "南田", "東山史郎", "西川碩", "森本博"]


@pytest.mark.parametrize("row", ["　議\u3000\u3000\u3000員\u3000\u3000\u3000\u3000\u3000{}", "１番　{}君", "議員　{}"],
                         ids=["role-cells", "seats", "role"])
def test_an_assembly_roster_listed_after_its_agenda_is_read(row):
    names = ["北野弘之", "南田江里子", "東山勝也", "西川一郎"]
    rows = "\n".join(row.format(n) for n in names)
    text = ("北山市議会会議録（第１号）\n令和６年５月17日（金曜日）\n〇議事日程（第１号）\n\u3000開会日時\u3000５月17日\u3000午後１時\n"
            "第１\u3000会期の件\n第２\u3000議案第１号\u3000北山市税条例の一部を改正する条例案\n"
            "\u3000\u3000\u3000―――――――――――――――\n〇本日の会議に付した事件\n日程第１\u3000会期の件\n"
            f"\u3000\u3000\u3000―――――――――――――――\n〇出席議員（４人）\n{rows}\n〇欠席議員（１人）\n議\u3000\u3000員\u3000\u3000森本健太\n"
            "〇説明員\n市長\u3000\u3000\u3000川上克広\n開\u3000会\u3000午後１時\n○議長（北野弘之）　ただいまから、本日の会議を開きます。\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == names
    assert parsed["members_absent"] == ["森本健太"]


@pytest.mark.parametrize("chair_role, vice_role", [("議長", "副議長"), ("議\u3000\u3000長", "副 議 長")], ids=["closed", "spaced"])
@pytest.mark.parametrize("seat", ["{}番", "{}\u3000番"], ids=["seat", "spaced-seat"])
def test_seat_rows_one_a_line_keep_the_role_cells_out_of_the_names_above_them(chair_role, vice_role, seat):
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    rows = (f"{chair_role}\u3000\u3000{seat.format('2')}\u3000\u3000北野弘道\n"
            f"{vice_role}\u3000{seat.format('11'.translate(wide))}\u3000\u3000南田\u3000守\n"
            f"\u3000\u3000\u3000\u3000{seat.format('3')}\u3000\u3000東山さち子\n"
            f"\u3000\u3000\u3000{seat.format('14')}\u3000\u3000西川\u3000亘")
    parsed = _read(rows, "出席議員（４名）")
    assert parsed["members_present"] == ["北野弘道", "南田守", "東山さち子", "西川亘"]
    assert parsed["chair"] == "北野弘道"


@pytest.mark.parametrize("heading", ["1. 審査会委員(五十音順、敬称略)", "(1)審議会委員", "１．審議会委員（敬称略）"],
                         ids=["dot-and-note", "brackets", "full-width"])
@pytest.mark.parametrize("closing", [" 以上4名出席", "　以上４名", ""], ids=["count-and-word", "count", "none"])
def test_a_members_section_heading_alone_on_its_line_opens_the_names_and_the_staff_section_closes_them(heading, closing):
    roster = (f"\n{heading}\n  北野一朗、南田健(副会長)、東山亨(会長)、\n  西川さくら{closing}\n"
              "2. 事務局\n  森本環境局次長、川上課長補佐、他2名")
    parsed = _read(roster)
    assert parsed["members_present"] == ["北野一朗", "南田健", "東山亨", "西川さくら"]
    assert parsed["chair"] == "東山亨"


@pytest.mark.parametrize("sep", [",", "、", "\n"], ids=["comma", "ideographic-comma", "one-a-line"])
@pytest.mark.parametrize("gap", [" ", "\u3000"], ids=["space", "full-width-space"])
def test_names_with_a_gap_inside_each_closed_by_its_role_are_whole_names_and_a_deputy_is_not_a_member(sep, gap):
    roster = (f"1 条例第2条第1号委員(1人)    北野{gap}一朗委員 2 条例第2条第2号委員(3人)    南田{gap}花子委員(会長){sep}"
              f"東山{gap}亨副委員長{sep}西川{gap}さくら委員 3 条例第2条第4号委員(2人)    北山消防署長   森本{gap}清委員    "
              f"南警察署長   川上{gap}勉(大野{gap}健委員代理)")
    # A page flattened to one line: the label, the clause groups and the names run on together.
    parsed = parse_text(HEAD + f"出席委員 {roster}\n傍聴者数\n0名\n" + SPEECH)
    assert parsed["members_present"] == ["北野一朗", "南田花子", "東山亨", "西川さくら", "森本清"]
    assert parsed["chair"] == "南田花子"


def test_a_list_whose_role_opens_each_entry_as_well_as_closing_it_is_not_read_as_closed_names():
    # 委員北野委員 南田委員: the closing rule would make 委員北野 a name; the list is read the other way.
    parsed = _read("委員北野委員 南田委員 東山 亨委員 西川委員 ( 欠席森本委員 )")
    assert not any("委員" in n or "欠席" in n for n in parsed["members_present"])


@pytest.mark.parametrize("acting_role", ["委員長職務代理者", "会長職務代理", "副委員長職務代理者"], ids=["chair-acting", "short", "vice"])
@pytest.mark.parametrize("gap", [" ", "\u3000"], ids=["space", "full-width-space"])
def test_the_acting_chair_presides_where_the_chair_is_listed_absent(acting_role, gap):
    text = (HEAD + f"出席者\n{acting_role}{gap}北野一郎\n委員{gap}南田健\n委員{gap}東山花子\n欠席者\n委員長{gap}西川亘\n"
            "傍聴者数\n0名\n" + SPEECH)
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子"]
    assert parsed["chair"] == "北野一郎"


@pytest.mark.parametrize("absent", ["委員 西川亘", "なし"], ids=["a-member-absent", "none-absent"])
def test_an_acting_chair_does_not_preside_while_the_chair_is_not_listed_absent(absent):
    text = (HEAD + f"出席者\n委員長職務代理者 北野一郎\n委員 南田健\n委員 東山花子\n欠席者\n{absent}\n傍聴者数\n0名\n" + SPEECH)
    assert parse_text(text)["chair"] is None


ASSEMBLY = "平成18年第2回北山市議会臨時会会議録\n招集年月日     平成18年10月10日\n招集場所       北山市議会議場\n"


def test_those_present_as_the_convened_members_are_the_convened_list():
    roster = ("応招議員\n1番  北 野 将 典    2番  南 田 雅 美    3番  東 山 弘 之\n不応招議員  な し\n"
              "出席議員   応招議員に同じ\n欠席議員   な し\n市長提出議案の題目\n議案第94号 指定管理者の指定について\n")
    parsed = parse_text(ASSEMBLY + roster)
    assert parsed["members_present"] == ["北野将典", "南田雅美", "東山弘之"]
    assert parsed["members_absent"] == []
    assert parsed["chair"] is None


def test_a_member_listed_as_convened_and_as_not_convened_is_absent():
    roster = ("○応招・不応招議員\n応招議員 (3名)\n1番 北 野 恭 子 議員      2番 南   兼 三 議員\n3番 東 山 幸 子 議員\n"
              "不応招議員 (1名)\n3番 東 山 幸 子 議員\n")
    parsed = parse_text(ASSEMBLY + roster)
    assert parsed["members_present"] == ["北野恭子", "南兼三"]
    assert parsed["members_absent"] == ["東山幸子"]
    # The heading over the lists is no statement.
    assert parsed["turns"] == []


def test_a_member_under_the_absent_seats_noted_as_leaving_early_attended():
    text = ("北山市農業委員会第3回定例総会議事録\n日時   平成 26 年 3 月 25 日(火) 午後 2 時 00 分\n"
            "出席委員 名 議席番号・氏名 次のとおり\n1 番 ― 2 番 北野 昇 3 番 南田 多郎\n19\n20\n東山 照義 21 番 西川 正壽 22\n森本  堅\n"
            "23\n川上 忠臣 欠席委員 名 議席番号・氏名 次のとおり\n1 番 大野 信昭 19\n小山 俊之 22 番 森本  堅 ( 急用により早 退)\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野昇", "南田多郎", "東山照義", "西川正壽", "森本堅", "川上忠臣"]
    assert parsed["members_absent"] == ["大野信昭", "小山俊之"]


def test_the_secretariat_run_on_after_the_last_absent_seat_is_no_member():
    text = ("第 10 回 北 山 委 員 会 議 事 録   令和元年12月19日(木)   北山会館 1001学習室 開会時間  午後3時6分\n"
            "出席委員     1番委員  北 野 美華子         2番委員  南 田 達 也\n欠席委員     6番委員  東 山 隆 史"
            "     局長  西川勇治  次長  森本好一\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野美華子", "南田達也"]
    assert parsed["members_absent"] == ["東山隆史"]


def test_a_merger_councils_secretariat_and_its_officials_board_are_no_members():
    text = ("第1回 北山・南野合併協議会\n会 議 録\n開催年月日  平成15年4月10日\n開催場所  北山町総合開発センター\n"
            "北山・南野合併協議会出席者\n会 長 北 野 清 雄\n(北山町)\n南 田 正 男 東 山   勇\n(南野町)\n佐々木   章 辻     均\n"
            "北山・南野合併協議会欠席者 な   し\n北山・南野合併協議会幹事会\n幹事長 西 川 秀 人\n副幹事長 森 本 昭 紘 大 沢   隆\n"
            "北山・南野合併協議会事務局\n副局長 川 上   徹\n会 議 次 第\n1.開会\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野清雄", "南田正男", "東山勇", "佐々木章", "辻均"]
    assert parsed["members_absent"] == []
    assert parsed["chair"] == "北野清雄"


@pytest.mark.parametrize("line", ["北 山 市 議 会 会 議 録", "開 会 の 宣 告 北 野 議 長"], ids=["title", "heading"])
def test_letter_spaced_lines_that_are_no_grid_of_names_stay_whole(line):
    # Without rows that show the grid (a blank cell, a squeezed given name), eight letters are one word.
    parsed = parse_text(line + "\n日時 令和6年5月10日\n出席者 南田健、東山亨、西川誠\n" + SPEECH)
    assert parsed["members_present"] == ["南田健", "東山亨", "西川誠"]



# Round 16: rosters the importer did not read, or read with junk.

def _attendance(parsed: dict) -> tuple:
    """Who the parse says came, who did not, and who chaired."""
    return parsed["members_present"], parsed["members_absent"], parsed["chair"]


def test_a_numbered_roster_with_each_role_set_against_its_name():
    text = (HEAD + "3.出席者\n1.会長北野和子\n2.副会長南田伸弘\n3.委員東山美千子、西川静枝、森本音彦、"
            "(川上繁委員、山中良子委員は所用のため欠席)\n4.事務局 (市民部長)北山一郎\n5.傍聴者なし\n" + SPEECH)
    parsed = parse_text(text)
    assert _attendance(parsed) == (["北野和子", "南田伸弘", "東山美千子", "西川静枝", "森本音彦"], ["川上繁", "山中良子"], "北野和子")


def test_a_section_numbered_from_one_under_the_label_is_no_roster_entry():
    # 1 庁議構成員: a number and a gap open the record's own section; offices alone name no member.
    parsed = parse_text(HEAD + "出席者\n1 庁議構成員\n区長、副区長、教育長、企画部長\n" + SPEECH)
    assert parsed["members_present"] == []


def test_names_on_the_line_below_a_label_that_says_it_names_them():
    text = (HEAD.replace("北山市役所 第1会議室", "北山町役場2階 202会議室") + "出席委員の氏名\n北野純、南田将行、東山美代子\n"
            "出席職員の職・氏名\n室長 西川記代子\n" + SPEECH)
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野純", "南田将行", "東山美代子"]
    assert parsed["place"] == "北山町役場2階 202会議室"


def test_a_roster_after_the_account_of_the_business_with_its_absentees_in_a_note():
    text = ("北山区文化財保護審議会:第3回\n会議の名称\n第3回文化財保護審議会\n開催日時\n令和6年12月1日(土)午前9時30分~正午\n"
            "開催場所\n北山歴史博物館 会議室\n議事の概要\n会議次第\n・文化財調査報告\n決定事項\n記載事項はありません。\n出席委員名\n"
            "北野晋也会長、南田靖夫副会長、東山吉一・西川章雄各委員。(計4名。森本美耶子・川上和子各委員は所用のため欠席。)\n"
            "その他の事項\n報告のため、北山一郎文化財調査員が出席。\n")
    parsed = parse_text(text)
    assert _attendance(parsed) == (["北野晋也", "南田靖夫", "東山吉一", "西川章雄"], ["森本美耶子", "川上和子"], "北野晋也")


def test_a_sentence_after_a_roster_does_not_continue_it():
    # A line closed by 。 with no note of absence is the proceedings, not names.
    text = ("北山市議会 議会運営委員会\n日時 令和6年11月19日\n出席委員 北野泰委員長、南田寛樹副委員長、東山信幸委員\n"
            "(北野委員長)ただ今から、委員会を開会いたします。\n")
    assert parse_text(text)["members_present"] == ["北野泰", "南田寛樹", "東山信幸"]


def test_a_roster_run_onto_the_room_does_not_pollute_the_place():
    text = ("北山市議会 健康福祉委員会記録\n日時 令和6年7月28日(木) 午前10時00分開会\n場所:601会議室 "
            "出席委員北野伸一郎委員長、南田 学副委員長、東山 明、西川康博、森本 浩美委員 欠席委員:川上 勝委員\n")
    parsed = parse_text(text)
    assert parsed["place"] == "601会議室"
    assert _attendance(parsed) == (["北野伸一郎", "南田学", "東山明", "西川康博", "森本浩美"], ["川上勝"], "北野伸一郎")


def test_a_letter_spaced_label_after_the_agenda_opens_the_roster():
    text = ("第2回北山区男女共同参画審議会議事録(要旨)\n日 時:令和6年11月14日(金)午後7時00分∼ 場 所:北山会館 303集会室\n"
            "1 開 会\n2 審 議\n(1)改定計画構成案について\n3 閉 会\n"
            "出 席 者 北野会長 南田副会長 東山委員 西川委員 森本委員\n北山男女共同参画推進課長\n" + SPEECH)
    parsed = parse_text(text)
    assert _attendance(parsed)[::2] == (["北野", "南田", "東山", "西川", "森本"], "北野")


def test_officers_printed_above_a_form_label_broken_one_letter_a_line():
    text = ("会議録\n名\n称 令和6年度第2回北山市景観審議会\n開\n催\n日\n時 令和6年10月22日(水)\n開\n催\n場\n所 北山市役所別館 4階 会議室\n"
            "会長:北野委員 副会長:南田委員\n出\n席\n者 委員:東山委員、西川委員、森本委員\n欠\n席\n者 委員:川上委員、山中委員\n"
            "議案1.諮問(北山市景観計画について)\n" + SPEECH)
    parsed = parse_text(text)
    assert _attendance(parsed) == (["北野", "南田", "東山", "西川", "森本"], ["川上", "山中"], "北野")


@pytest.mark.parametrize("roster, members", [
    # A group word in angle brackets before the names.
    ("(敬称略)\n<委員> 北野真佐子、南田さゆり、東山美佳\n<事務局> 福祉保健部長、障害者福祉課長", ["北野真佐子", "南田さゆり", "東山美佳"]),
    # 構成員 alone above the names, each with the office in brackets.
    ("構成員\n北野 富一 (北山県知事)\n南田 誠也 (南野市長)\n東山 正寧 (東町長)", ["北野富一", "南田誠也", "東山正寧"]),
    # An agency's name alone above its officials.
    ("委員\n北野委員、南田委員、東山委員\n文化庁\n文化庁次長、文化財鑑査官、その他関係官", ["北野", "南田", "東山"]),
], ids=["angle-bracket-group", "kouseiin", "agency-group"])
def test_group_words_are_no_members(roster, members):
    assert _read(roster)["members_present"] == members


def test_bullets_under_role_lines_and_a_stand_in_and_the_city_staff():
    roster = ("北山市景観審議委員\n会長\n  • 北野 保(有識者)\n委員\n  • 南田 武彦(市民団体)\n  • 東山 友子(一般市民)\n"
              "  • 西川 千秋(関係行政機関 農村計画課長)代理\n北山市役所\n  • 建設課職員 5名\n計9名")
    parsed = _read(roster)
    assert parsed["members_present"] == ["北野保", "南田武彦", "東山友子"]
    assert parsed["members_absent"] is None
    assert parsed["chair"] == "北野保"


def test_a_name_and_affiliation_table_with_rows_marked_absent():
    roster = "氏 名 現職名\n北野 俊夫  北山大学 教授\n南田 建  北山放送局(当日欠席)\n東山 凪子  弁護士"
    parsed = _read(roster, "出席委員")
    assert parsed["members_present"] == ["北野俊夫", "東山凪子"]
    assert parsed["members_absent"] == ["南田建"]


@pytest.mark.parametrize("text, members, chair, place", [
    # Unlabelled date and room lines, then the heading; the venue's address in brackets is no part of the room.
    ("ここから本文です。\n令和6年2月16日(月曜) 午前10時30分から11時30分まで\n北山府公館 1階 ホール(北山市中区一条通1丁目)\n"
     "【審議会委員】\n北野康夫会長、南田博正委員、東山明久委員\n【事務局】\n北山府教育庁:西川指導部長ほか職員4名\n"
     "(1)文化財保護課主要事業等について\n", ["北野康夫", "南田博正", "東山明久"], "北野康夫", "北山府公館 1階 ホール"),
    # A news page: the sitting narrated, the table's second column a note under each name, (座長・…) the chair.
    ("令和6年5月16日(月)、第1回「北山県立文書館在り方検討会議」を文書館会議室で開催しました。\n"
     "【北山県立文書館在り方検討会議委員】\n北野和宏 |\n(座長・北山大学法学部教授) |\n南田祥子 |\n(南野大学文書館准教授) |\n"
     "東山寛司 |\n(東町総務課長) |\nまず、委員の皆さんに書庫を見ていただきました。\n",
     ["北野和宏", "南田祥子", "東山寛司"], "北野和宏", "文書館会議室"),
], ids=["unlabelled-header", "news-page-table"])
def test_members_under_a_bracketed_heading_where_no_field_labels_them(text, members, chair, place):
    parsed = parse_text(text)
    assert parsed["members_present"] == members
    assert parsed["chair"] == chair
    assert parsed["place"] == place


def test_a_secretariats_bracketed_heading_names_no_members():
    text = ("令和6年2月16日(月曜) 午前10時30分から11時30分まで\n【事務局職員】\n北野指導部長、南田課長\n(1)事業について\n")
    assert parse_text(text)["members_present"] == []


def test_a_wrapped_list_joined_without_its_comma_is_still_two_names():
    parsed = _read("北野康夫会長、南田博正委員、東山明久委員西川研介委員、森本進委員")
    assert parsed["members_present"] == ["北野康夫", "南田博正", "東山明久", "西川研介", "森本進"]


def test_a_stand_in_heard_as_参考人_leaves_the_member_out_and_an_initial_stays():
    parsed = _read("北野、南田(由)、南田(秀)、東山(西川参考人)、森本(敬称略)")
    assert parsed["members_present"] == ["北野", "南田(由)", "南田(秀)", "森本"]
    assert parsed["members_absent"] == ["東山"]


def test_a_one_letter_note_of_absence_is_no_initial():
    assert _read("北野一郎、南田健(欠)、東山亨")["members_present"] == ["北野一郎", "南田健", "東山亨"]


def test_a_gap_parted_list_with_marks_and_given_names_cut_off_by_the_gap():
    parsed = _read("7名         ◎北野誠也  ○南田洋一   東山菊枝          西川   茂   宇田川   希")
    assert _attendance(parsed)[::2] == (["北野誠也", "南田洋一", "東山菊枝", "西川茂", "宇田川希"], "北野誠也")


def test_an_officers_role_alone_above_the_name_it_heads():
    parsed = _read("会長\n北野鈔\n副会長\n南田尚志\n北山町環境審議会委員\n東山幸生\n西川卓子")
    assert _attendance(parsed)[::2] == (["北野鈔", "南田尚志", "東山幸生", "西川卓子"], "北野鈔")


def test_a_stand_in_marked_代_leaves_the_member_absent_and_a_bracketed_initial_stays_before_the_role():
    parsed = _read("北野委員、南田委員(代)、東山(利)委員、東山(正)委員、西川(敏夫)委員、森本委員(以上6名)*委任状提出委員3名")
    assert parsed["members_present"] == ["北野", "東山(利)", "東山(正)", "西川敏夫", "森本"]
    assert parsed["members_absent"] == ["南田"]


@pytest.mark.parametrize("roster", ["北野委員、南田委員(以上2名)", "北野委員、南田委員 (計2名)"], ids=["以上", "計"])
def test_a_count_in_brackets_after_the_last_name_is_no_part_of_it(roster):
    assert _read(roster)["members_present"] == ["北野", "南田"]


def test_the_理事者_heading_under_the_members_names_no_member():
    parsed = _read("委 員\n\n北野一郎、南田健、東山亨\n\n理 事 者\n\n西川福祉部長")
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山亨"]


def test_an_entry_closed_by_委員代理_is_a_stand_in_and_its_member_is_absent():
    parsed = _read("北野委員、南田委員代理、東山(利)委員代理、森本委員、 西川委員")
    assert parsed["members_present"] == ["北野", "森本", "西川"]
    assert parsed["members_absent"] == ["南田", "東山(利)"]
    # In brackets after a name, 委員代理 is that stand-in's note: the entry is no member.
    parsed = _read("北野一郎委員、南田健(東山清委員代理)、森本進委員")
    assert "東山清" not in (parsed["members_absent"] or [])


@pytest.mark.parametrize("office", ["みなみ市商工会長", "みなみ市医師会会長", "(公社)みなみ県栄養士会会長"])
def test_another_bodys_head_by_office_is_no_chair_of_this_one(office):
    parsed = _read(f"会 長\n北\n野 一 郎\n委員(3名)\n{office}\n南 田 健 二\n東 山 清 美")
    assert parsed["chair"] == "北野一郎"


def test_a_lone_letter_under_no_role_joins_no_name():
    from shingikai.minutes.importer.clean import clean_text
    # The letter under a role cell and the spaced rest are one name; under anything else they stay apart.
    assert clean_text("会長\n北\n野 一 郎\n委員") == "会長\n北野一郎\n委員"
    assert clean_text("課長\n藤田\n課\n眞 下\n事\n一戸") == "課長\n藤田\n課\n眞下\n事\n一戸"


def test_a_roster_table_one_cell_a_line_gives_those_absent_and_a_row_without_its_name_reads_none():
    from shingikai.minutes.importer.roster_fallback import roster_by_attendance_cells
    rows = ["北野", "一郎", "北野市医師会代表", "出席", "南田", "健", "北野市歯科医師会代表", "欠席",
            "東山", "花子", "北野市栄養士会代表", "出席", "西川", "明", "北野市商工会代表出席"]
    people, absent = roster_by_attendance_cells(rows)
    assert list(people.names) == ["北野一郎", "東山花子", "西川明"]
    assert absent == ["南田健"]
    # A row whose name cells are not there (an office alone before its mark): the table is not read.
    assert roster_by_attendance_cells(rows + ["北野市長", "出席"]) is None


def test_a_bracketed_role_heading_with_no_bullet_below_heads_no_name():
    # 【会長】 over a line that is no bullet (the next field) reads as before: no chair from it.
    parsed = _read("【会長】\n欠席者 なし")
    assert parsed["chair"] is None


def test_a_letter_in_brackets_that_is_not_a_stand_in_mark_is_no_absence():
    # (代) alone marks a stand-in; 代田 is a surname and (代表) a note.
    parsed = _read("代田委員、北野委員(代表)、南田委員")
    assert not parsed["members_absent"]
    assert "代田" in parsed["members_present"]


def test_an_attendance_column_of_marks_keeps_the_marks_off_the_names_and_a_cross_is_absent():
    roster = ("議席番号 氏 名 1月18日\n１番 北 野 一 郎 〇\n２番 南 田 健 〇\n３番 東 山 さくら ×\n４番 佐々木 秩 〇\n"
              "注）〇…出席、×…欠席")
    parsed = _read(roster, "〇出席議員")
    assert parsed["members_present"] == ["北野一郎", "南田健", "佐々木秩"]
    assert parsed["members_absent"] == ["東山さくら"]


def test_a_single_mark_after_a_name_is_no_attendance_column():
    # One mark alone is no column: the vice-chair's mark before a name stays the roster's own.
    parsed = _read("◎北野一朗 〇南田健 東山亨")
    assert parsed["members_present"] == ["北野一朗", "南田健", "東山亨"]
    assert not parsed["members_absent"]


def test_role_first_names_in_one_cell_stop_where_the_secretariat_begins():
    parsed = _read("委員長 北野佳代子 副委員長 南田康彦 委員 東山智絵子、西川剛、森本博行 事務局 福祉部長 山本幸信、同補佐 川上浩司",
                   "出席者氏名(敬称略)")
    assert _attendance(parsed)[::2] == (["北野佳代子", "南田康彦", "東山智絵子", "西川剛", "森本博行"], "北野佳代子")



def test_a_bulleted_list_one_name_a_line_joins_a_wrapped_given_name_and_leaves_cut_off_names_out():
    text = ("北山市都市計画審議会 第1回 議事要旨\n【委員出席者】\n委員出席者】\n・北 野 浩 敏\n・南 田 俊 子\n・佐々木\n允\n"
            "・小\n・村\n畑 克 己\n上 賢 二\n・東 山 俊 一\n【委員欠席者】\n委員欠席者】\n・西 川 正 司\n(北山大学教授)\n北山大学教授)\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野浩敏", "南田俊子", "佐々木允", "東山俊一"]
    assert parsed["members_absent"] == ["西川正司"]


def test_a_list_that_only_opens_with_a_bullet_on_one_line_is_read_as_before():
    assert _read("・北野一郎・南田健・東山亨")["members_present"] == ["北野一郎", "南田健", "東山亨"]


def test_a_box_drawn_table_gives_the_roster_whose_label_sits_in_a_lower_row():
    text = ("北山市議会 議会改革特別委員会 会議結果\n"
            "┌──────┬──────────────────────────┐\n"
            "│日    時│令和5年10月29日(火)  開会 午後 1時30分    │\n"
            "├──────┼──────────────────────────┤\n"
            "│      │◎北 野 文 男  〇南 田 皇 介   東 山 良 行   │\n"
            "│出席委員  │ 西 川   尚   森 本 哲 雄              │\n"
            "│      │ 川 上 もえ   田 中 元三郎               │\n"
            "├──────┼──────────────────────────┤\n"
            "│欠席委員  │ な し                        │\n"
            "├──────┼──────────────────────────┤\n"
            "│事務局職員 │ 山本次長 松澤主幹                 │\n"
            "└──────┴──────────────────────────┘\n")
    parsed = parse_text(text)
    assert _attendance(parsed) == (["北野文男", "南田皇介", "東山良行", "西川尚", "森本哲雄", "川上もえ", "田中元三郎"], [], "北野文男")
    assert parsed["date"] == "2023-10-29"



def test_two_lines_opening_with_a_vertical_bar_are_no_box_table():
    from shingikai.minutes.importer.clean import clean_text

    text = "出席委員\n│北野一郎 南田健\n│東山亨"
    assert clean_text(text) == text


@pytest.mark.parametrize("roster, chair", [
    # A committee's roster lists the assembly's speaker, there as an observer, after its own chair.
    ("委員長　　北野一朗\n副委員長　南田健\n委員　　　東山亨\n委員　　　西川さくら\n議長　　　森本清", "北野一朗"),
    # A member who chairs another body is named by it; the roster's own chair presides.
    ("北野一朗委員長、南田健委員、東山亨委員、森本清個人情報保護検討部会座長", "北野一朗"),
    # Two bodies sitting together, each chair marked: who presided is not said.
    ("委員長　　北野一朗\n会長　　　南田健\n委員　　　東山亨\n委員　　　西川さくら", None),
], ids=["speaker-sitting-in", "chair-of-another-body", "two-bodies-two-chairs"])
def test_of_several_marked_as_chairing_only_the_bodys_own_chair_presides(roster, chair):
    assert _read(roster, "出席委員")["chair"] == chair


def test_bullets_giving_the_organisation_and_its_role_before_the_name_give_the_name():
    # The roles are the organisations' own (…会長 of a club); the council's 会長 is the one under 【会長】.
    parsed = _read(
        "【会長】\n 北山大学教授     北野 一郎\n【委員】\n  • 北山商工会議所事務局長 南田 花子\n"
        "  • 北山市子ども会連絡会会長 東山 健\n  • 公募による市民 西川 実穂"
    )
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山健", "西川実穂"]
    assert parsed["chair"] == "北野一郎"


def test_an_assembly_roster_introduced_by_numbered_sentences_run_together():
    # An aggregator's flattened page: the seats after their sentence, the absentee's sentence run onto the
    # last seat, the 議長 and 副議長 noted after their seats' names, the room narrated in the convening line.
    parsed = parse_text(
        "令和5年第2回北野町議会臨時会会議録\n"
        "令和5年5月8日第2回北野町議会臨時会は、北野町議場に招集された。\n"
        "1 出席議員は、6名で次のとおりである。    1番  南田 健         2番  東山花子(副議長)    3番  西川 実\n"
        "       4番  北野一郎(議長)    6番  森本 直   7番  川上 亮 2 欠席議員は、5番  大野 由紀 "
        "3 地方自治法第121条の規定により説明のため会議に出席した者は、次のとおりである。   町     長  中村 誠\n"
        "○議長(北野一郎君) ただいまから会議を開きます。\n"
    )
    assert parsed["members_present"] == ["南田健", "東山花子", "西川実", "北野一郎", "森本直", "川上亮"]
    assert parsed["members_absent"] == ["大野由紀"]
    assert parsed["chair"] == "北野一郎"
    assert parsed["place"] == "北野町議場"


def test_a_committees_chair_printed_with_the_office_above_its_roster_names_chair_and_committee():
    parsed = parse_text(
        "令和4年3月15日 午前10時00分 開 議\n\n"
        " 北  野  一  郎  予算特別委員長      南  田     健  副委員長\n\n"
        "◎出席委員(4名)\n 1番   北  野  一  郎 委員       2番   南  田     健 委員\n"
        " 3番   東  山  花  子 委員       4番   西  川     実 委員\n\n◎欠席委員(なし)\n"
    )
    assert parsed["start_time"] == "10:00"
    assert parsed["chair"] == "北野一郎"
    assert parsed["council_name"] == "予算特別委員会"


def test_a_box_form_whose_opening_and_closing_rows_share_one_label_cell():
    parsed = parse_text(
        "北山村議会予算審査特別委員会会議録\n"
        "┌─────────┬──────────────────┐\n"
        "│招集年月日    │令和2年3月30日           │\n"
        "├─────────┼──────────────────┤\n"
        "│招集場所     │北山村議会委員会室          │\n"
        "├─────────┼───┬──────────────┬───┬─────────┤\n"
        "│開・閉の日時   │開会 │令和2年3月30日 午後1時30分  │委員長│北 野 一 郎  │\n"
        "│及び宣言     │閉会 │令和2年3月30日 午後2時05分  │委員長│北 野 一 郎  │\n"
        "├─────────┼───┼──────────────┼───┼─────────┤\n"
    )
    assert (parsed["start_time"], parsed["end_time"]) == ("13:30", "14:05")
    assert parsed["chair"] == "北野一郎"


@pytest.mark.parametrize("gap", ["                ", "\u3000\u3000\u3000"], ids=["spaces", "ideographic"])
def test_a_counted_roster_heading_beside_the_clock_opens_seat_rows_closed_by_the_members_word(gap):
    parsed = parse_text(
        "令和 4年  3月 定例会(第1回)\n△開会・開議\n"
        f"  3月4日午前10時00分開議{gap}出席議員4名\n"
        "     1番  東山一郎議員      2番  西 花子議員\n"
        "     3番  南田 健議員      4番  北川 実議員\n"
        "       −−−−−−−−−−−−−−−−−−\n"
        "○議長(東山一郎君) ただいまから令和4年第1回北山村議会定例会を開会します。\n"
    )
    assert parsed["members_present"] == ["東山一郎", "西花子", "南田健", "北川実"]
    assert parsed["start_time"] == "10:00"


@pytest.mark.parametrize("office", ["町長", "市長", "消防署長"])
def test_the_outside_office_after_an_officers_name_is_no_staff_word_on_it(office):
    parsed = parse_text(
        "北山町防災会議の開催結果について\n1. 開催日時\n令和5年2月9日(木曜日)午後2時~3時\n2. 開催場所\n北山町役場 大会議室\n"
        f"3. 出席者\n会長   北野 一郎 {office}\n委員   25人\n傍聴人   なし\n4. 議事\n(1)会長あいさつ\n"
    )
    assert parsed["members_present"] == ["北野一郎"]
    assert parsed["chair"] == "北野一郎"


def test_a_group_roster_reads_its_wrapped_rows_of_role_closed_surnames_and_leaves_the_executive_group():
    parsed = _read("委員　北野会長\n        南田委員 東山委員 西川委員\n        森本委員 川上委員\n\n"
                   "執行部　　北川助役 中山企画部長\n\n事務局　(企画課) 上田課長 下村主査")
    assert parsed["members_present"] == ["北野", "南田", "東山", "西川", "森本", "川上"]
    assert parsed["chair"] == "北野"


def test_two_entries_a_space_apart_inside_a_list_and_the_citys_side_run_on_after_a_colon():
    parsed = _read("審議会委員：北野一郎委員(会長)、南田花子委員(副会長)、東山亨委員 西川さくら委員、"
                   "森本清委員 市 ： 北山市長 福祉部 川上部長、中田次長")
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山亨", "西川さくら", "森本清"]
    assert parsed["chair"] == "北野一郎"


def test_a_groups_numbering_and_the_count_of_how_many_came_leave_the_names_one_space_apart():
    parsed = _read("（１） 委員　北野一郎 南田花子 東山亨 西川さくら 森本清 (6人中5人出席)\n（２） 北川進福祉部長 ほか3名")
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山亨", "西川さくら", "森本清"]
    assert not [w for w in parsed["warnings"] if w["field"] == "members_present"]


def test_a_stated_count_that_the_names_do_not_meet_is_warned_of():
    parsed = _read("（１） 委員　北野一郎 南田花子 東山亨 西川さくら (6人中5人出席)")
    assert [w for w in parsed["warnings"] if w["field"] == "members_present"]


def test_a_count_of_the_members_and_a_staff_group_whose_figure_was_lost_name_no_one():
    parsed = _read("委員8名（2名欠席）\n事務局名（北野課長、南田主査）")
    assert parsed["members_present"] == []


def test_a_surname_left_on_its_own_line_joins_its_given_name_and_a_marked_office_makes_the_chair():
    parsed = _read("北野\n一 （北山大学 教授）※会長南田 花子 （北山市商店会 会長）\n東山\n亨（公募委員）\n西川 さくら （北山市PTA連合会）")
    assert parsed["members_present"] == ["北野一", "南田花子", "東山亨", "西川さくら"]
    assert parsed["chair"] == "北野一"


# The last reader of a roster, by its shape, where no header field held one (roster_fallback).
from shingikai.minutes.importer.roster_fallback import roster_by_shape  # noqa: E402


def test_a_roster_flattened_into_a_numbered_form_is_read_by_the_shape_of_its_names():
    text = ("会議録 1 会議の名称 令和6年度第3回北山区地域協議会 2 開催日時 令和6年10月3日(木)午後7時から "
            "3 開催場所 北山会館 4 出席した者(傍聴人を除く。)氏名(敬称略) ・構 成 員:北野一郎、南田 健、東山亨(副会長) "
            "西川さくら、森 清美(会長)、川上 進 (欠席 1 人) ・道路課:北川課長補佐、中田主任 "
            "・事務局:北山まちづくりセンター 山中所長 5 発言の内容 【山中所長】 ・開会を宣言")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山亨", "西川さくら", "森清美", "川上進"]
    assert parsed["chair"] == "森清美"


@pytest.mark.parametrize("text, names, chair", [
    # A table one cell a line, the roles after the names and a wrapped name, then a line of staff.
    ("出席委員氏名\n北野一郎会長\n南田健\n東山亨職務代理者\n西川さくら 森本清\n北山市長 南田副市長 東山総務課長\n傍聴者 なし",
     ["北野一郎", "南田健", "東山亨", "西川さくら", "森本清"], "北野一郎"),
    # Letter-spaced to the cell's width, a role before each name.
    ("【出 席 者】\n会長　北　野　　一　郎\n委員　南　田　　　健\n委員　東　山　　　亨\n【事務局】 西川課長",
     ["北野一郎", "南田健", "東山亨"], "北野一郎"),
])
def test_a_roster_by_shape_under_any_attendance_word(text, names, chair):
    people, _ = roster_by_shape(text)
    assert list(people.names) == names
    assert people.chair == chair


@pytest.mark.parametrize("text", [
    "出席者 北野市長、南田副市長、東山総務課長、西川係長",           # staff are no members
    "出席者は北野一郎さんと南田健さんでした。",                      # a sentence with names is no roster
    "出席者数 12名 欠席者 3名",                                        # counts name no one
    "出席者 北山市自治会連合会、北山市商工会議所、北山大学",          # organisations are no persons
])
def test_no_roster_by_shape_where_no_run_of_names_follows_the_word(text):
    assert roster_by_shape(text) is None


def test_a_count_that_closes_the_members_list_ends_it_before_the_staff_groups():
    parsed = _read("(委 員) 北野一郎、南田健、東山亨 (計3名) (生涯学習部長)西川進 (館 長) 森本清")
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山亨"]
    parsed = _read("北野 一郎、南田 健、東山 亨 3名/5名 2名欠席")
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山亨"]


def test_a_note_of_how_many_were_absent_is_no_part_of_the_last_name():
    parsed = _read("北野委員、南田委員、東山委員(2名欠席)")
    assert parsed["members_present"] == ["北野", "南田", "東山"]


# Whether a member list read looks like one (roster_fallback.plausible_members): what fails lets the
# reader by shape compete, or leaves the list with its name-shaped entries only.
from shingikai.minutes.importer.roster_fallback import name_shaped, plausible_members, stated_count  # noqa: E402


@pytest.mark.parametrize("names, stated, plausible", [
    (["北野一郎", "南田健"], None, True),                          # two members are a roster
    (["辻薫", "林", "森本清"], None, True),                        # a 1-letter family or given name is a name
    (["木村", "岡部", "西川喜市"], 3, True),                      # names ending as a place or an office does
    (["説明者"], None, False),                                    # a field word of the form
    (["中", "北野", "南田", "東山"], 4, False),                    # 中 of 5名中4名
    (["北野一郎", "北山市商工会", "弁護士"], None, False),         # an organisation, a profession
    (["北野一郎"], 12, False),                                    # one name of a roster that states twelve
    (["北野一郎", "南田健", "東山亨", "西川進", "森本清"], 20, False),
], ids=["two", "short-names", "name-endings", "field-word", "count-letter", "organisation", "count-missed",
        "count-missed-by-half"])
def test_a_member_list_is_plausible_only_when_its_entries_are_names_and_its_count_fits(names, stated, plausible):
    assert plausible_members(names, stated) is plausible


@pytest.mark.parametrize("value, count", [
    ("(2) 委員 12名中9名", 9), ("出席者 計 7 名", 7), ("(出席者数:５人)北野一郎", 5), ("北野一郎、南田健", None),
])
def test_a_rosters_stated_count_of_those_present(value, count):
    assert stated_count(value) == count


def test_a_count_letter_before_the_names_leaves_the_list():
    parsed = _read("(1) 委員(五十音順)7名中5名\n北野会長、南田委員、東山委員、西川委員、辻委員\n(2) 事務局 北山市総務課職員", label="出席者")
    assert parsed["members_present"] == ["北野", "南田", "東山", "西川", "辻"]
    assert not name_shaped("中") and name_shaped("辻")


def test_a_form_cell_read_as_the_roster_is_dropped_when_the_stated_count_is_missed():
    # The names sit in a cell above the 出席者 field; what the field holds is staff and a field word.
    parsed = _read("合計 9名\n総務課長、企画課長\n関係人\n情報政策課長")
    assert parsed["members_present"] == []


def test_a_roster_under_the_bodys_own_name_and_no_attendance_word_is_read():
    text = ("第2回 北山市環境保全審議会 会議要旨\n\n北山市環境保全審議会(敬称略)\n\n"
            "会長 南田 花子 北山大学教授 副会長 東 一郎 税理士 西川 さくら 北野 健太 北山商工会 森 清美\n\n"
            "事務局 北山市 環境部 環境政策課\n\n令和6年5月8日(水) 北山市役所 第2会議室\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["南田花子", "東一郎", "西川さくら", "北野健太", "森清美"]
    assert parsed["chair"] == "南田花子"


def test_a_roster_by_shape_keeps_family_names_that_end_as_a_place_or_an_office_does():
    # 中村, 阿部, 高市 by surname are members; 北山市, 南田村, 環境部 are no persons.
    people, _ = roster_by_shape("出席委員\n中村会長、阿部委員、高市委員、北野一郎\n事務局 北野課長")
    assert list(people.names) == ["中村", "阿部", "高市", "北野一郎"]
    assert people.chair == "中村"
    assert roster_by_shape("出席者 北山市、南田村、環境部、北野町") is None


def test_a_surname_ending_in_bu_before_kaicho_keeps_its_letter_and_the_chair_is_the_kaicho():
    # 阿部会長 is 阿部 the 会長, not 阿 the 部会長; a full name before 部会長 is that chair of a 部会.
    people, _ = roster_by_shape("出席委員\n阿部会長、南田健委員、東山亨委員\n事務局 北野課長")
    assert list(people.names) == ["阿部", "南田健", "東山亨"]
    assert people.chair == "阿部"
    people, _ = roster_by_shape("出席委員\n北野一郎部会長、南田健委員、東山亨委員\n事務局 北野課長")
    assert list(people.names) == ["北野一郎", "南田健", "東山亨"]


def test_a_count_of_those_present_opening_the_list_heads_the_roster():
    people, _ = roster_by_shape("委員名\n(出席者数:4人)北野一郎、南田健、\n出\n東山亨、西川さくら\n説明員\n(出席者数:2人)総務課長")
    assert list(people.names) == ["北野一郎", "南田健", "東山亨", "西川さくら"]


def test_a_staff_list_under_a_heading_with_keisho_ryaku_is_no_roster():
    assert roster_by_shape("事務局(敬称略)\n北野一郎 南田健 東山亨") is None


def test_a_line_number_run_into_the_last_name_is_cut_off_not_the_member():
    # A flattened page: the column's line number (1) follows the last seat's name.
    text = ("北野市議会会議録\n\n令和５年６月１日(木)\n"
            "出席議員 4名     1番 南田 健一        2番 東山  力     3番 西川 一郎        4番 北野  剛1 欠席議員 なし1 "
            "出席説明員  市     長  北山 太郎\n")
    assert parse_text(text)["members_present"] == ["南田健一", "東山力", "西川一郎", "北野剛"]


def test_a_count_after_the_roster_label_with_the_names_after_it_is_the_labels_note():
    text = (
        "令和 6 年 第 1 回みなみ町子ども会議 議事録 ◇開催日時 令和 6 年 8 月 9 日(金)午前 10 時~ ◇開催場所 "
        "みなみ町保健センター 2 階会議室 ◇出席委員 4 名 北野委員、南田委員、東山委員、西川委員(代理:森本花子) "
        "◇欠席委員 1 名 中村委員 ◇事務局 福祉課長 川上一郎 ◇次第 1. 開会 2. 議事\n"
        "○会長　それでは始めます。\n○委員　承知しました。\n"
    )
    assert parse_text(text)["members_present"][:3] == ["北野", "南田", "東山"]
    # 出席委員 15名中12名, 出席者数 12名: a count that no names follow still names no one.
    assert parse_text(text.replace("4 名 北野委員、南田委員、東山委員、西川委員(代理:森本花子)", "4 名"))["members_present"] == []


def test_a_count_of_those_absent_without_their_names_leaves_the_absent_unknown_not_none():
    for after in ("", "\n事務局職員出席者\n\n副市長/保健福祉部長/介護保険課長\n"):
        parsed = parse_text(HEAD + "出席委員\n\n14人\n\n欠席委員\n\n6人\n" + after + SPEECH)
        assert parsed["members_absent"] is None
    none_away = parse_text(HEAD + "出席委員\n\n14人\n\n欠席委員\n\n0人\n" + SPEECH)
    assert none_away["members_absent"] == []


def test_the_secretariats_label_run_of_two_labels_is_no_roster_of_members():
    parsed = parse_text(HEAD + "出席者\n北野委員、南田委員、東山委員\n事務局職員出席者\n西川課長、森本係長、川上主査\n" + SPEECH)
    assert parsed["members_present"] == ["北野", "南田", "東山"]


def test_an_office_whose_word_ends_in_kaicho_before_a_name_keeps_the_name():
    parsed = _read("分科会長 北野一郎、副分科会長 南田健、委員 東山清、委員 西川花子", label="出席委員")
    assert "東山清" in parsed["members_present"] and not {"分科", "副分科"} & set(parsed["members_present"])


def test_a_role_column_read_as_names_names_no_chair():
    # 会長 会長代理 委員 〃 … 2番 3番 … then the names: the roles' column, flattened before the seats and the names.
    parsed = parse_text(
        "北山町農業委員会 総会議事録 1、開催日時 平成25年2月25日(月)午後1時30分から 2、開催場所 北山町役場 "
        "3、出席委員(5人) 会長 会長代理 委員 〃 〃 2番 3番 4番 5番 6番 北野一郎 南田 健二 東山花子 西川 三郎 中村四郎 "
        "欠席委員 なし 4、会長あいさつ\n"
    )
    assert parsed["chair"] is None


def test_the_letters_of_a_spaced_count_are_no_names():
    # 出席並びに欠席議員 / 出  席30名 / 欠  席 0名: the counts under the roster's label, the table below cut off.
    parsed = parse_text(
        "第121回北山市議会定例会会議録\n開議\u3000平成12年12月21日木曜日 午前10時 2分\n\n出席並びに欠席議員\n 出  席30名\n"
        " 欠  席 0名\n\n○議長(北野一郎君) 開議します。\n"
    )
    assert parsed["members_present"] == []



@pytest.mark.parametrize("text, members", [
    # 行 / 政 of the next group's label set one letter a line, its first letter left after the members' list.
    ("第1回北山市文化振興審議会 会議録\n日 時:平成28年5月31日(火)10時00分 ~ 12時00分\n場 所:市役所第2委員会室\n"
     "出 席:審議会委員 北野一郎会長、南田早苗副会長、東山清二委員、西川学委員、\n中村満江委員、森本建藏委員\n行\n"
     "政 北山太郎市長、谷川清孝教育長\n事 務 局 清水万里子教育部長\n○会長 開会します。\n",
     ["北野一郎", "南田早苗", "東山清二", "西川学", "中村満江", "森本建藏"]),
    # ◆委員 … ◆整備局: a group's mark before the members' names read as an entry of its own.
    ("北山川水系事業評価監視委員会 議事概要\n日時 平成17年8月29日(月) 14:00~16:00\n場所 北山合同庁舎 8階会議室\n"
     "出席者 ◆委員(敬称略、順不同)\n  北野 功(委員長)、南田 矩之、東山 茂、西川 和子\n◆整備局\n  局長、副局長(2名)\n"
     "議事要旨\n1. 事業評価監視委員会について\n",
     ["北野功", "南田矩之", "東山茂", "西川和子"]),
], ids=["label-letter-left-over", "group-mark"])
def test_a_mark_or_a_labels_letter_read_into_the_roster_is_no_member(text, members):
    assert parse_text(text)["members_present"] == members


def test_a_one_letter_given_name_before_a_spaced_role_stays_with_its_family_name():
    # 会 長 東山 清 委 員 西川 花子 委 員 森 一朗: 清 and 委 員 are spaced alike, and so are 委 員 and 森.
    parsed = parse_text(
        "令和5年度第1回北山市環境審議会 1 開催日時 令和5年5月25日 午前9時30分開会 2 開催場所 北山市役所 大会議室 "
        "3 出席委員 会 長 東山 清 委 員 西川 花子 委 員 森 一朗 委 員 中村 四郎 副会長 北野 一郎 委 員 南田 健 "
        "委 員 小林 千代子 (欠席委員) 4 出席職員 市 長 森本 一 5 傍聴人数 0人\n○会長 開会します。\n"
    )
    assert parsed["members_present"] == ["東山清", "西川花子", "森一朗", "中村四郎", "北野一郎", "南田健", "小林千代子"]
    assert parsed["chair"] == "東山清"


def test_a_column_of_two_officers_roles_pairs_with_the_first_names_and_notes_keep_their_commas():
    # 会長 / 会長職務代理者 / the names one a line / their affiliations one a line: only the officers' rows carry a
    # role, so two roles pair with the first two names; a note's comma parts no entries.
    parsed = _read("会長\n会長職務代理者\n北 野 一 郎\n南 田 健\n東山 花子\n(元北山大学教授)\n(北山市立美術館館長)\n"
                   "(元北山大学講師,北山民俗学会理事)", label="出席委員(3名)")
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子"]
    assert parsed["chair"] == "北野一郎"


def test_a_role_before_each_name_makes_each_entry_one_name_however_its_cells_spaced_it():
    # (委員4名、オブザーバー1名) then a two-column roster read row by row: the role opens each entry, the letters of a
    # name spaced to its cells (北 野   繁: a blank cell between surname and given name); an オブザーバー sits in.
    parsed = _read("(委員4名、オブザーバー1名)    委員長    北 野   繁     委員       南 田 俊 一    副委員長   北 野   "
                   "実     委員       東 山 弘 幸    オブザーバー   西 川   敦(議長)", label="出席者")
    assert parsed["members_present"] == ["北野繁", "南田俊一", "北野実", "東山弘幸"]
    assert parsed["chair"] == "北野繁"


def test_a_member_whose_stand_in_is_named_in_spaced_brackets_is_away():
    # A PDF's transcription keeps a space inside the brackets and runs the stand-in's name onto 代理; a space may part
    # the member from the note as well.
    parsed = _read("( 委員 ) 北野一郎委員 ( 代理南田健北山運輸支局首席専門官 ) 東山花子委員 西川明委員 (代理:森本清)"
                   " 中村次郎委員", label="出席者")
    assert parsed["members_present"] == ["東山花子", "中村次郎"]
    assert parsed["members_absent"] == ["北野一郎", "西川明"]


def test_marks_a_legend_explains_before_letter_spaced_names_are_no_letters_and_the_chairs_mark_chairs():
    # 出席委員 ◎北 野 一 郎 委員 ○南 田 健 委員 … / (◎会長 ○副会長) (計 5 名): a PDF's roster read as one run, the officers
    # marked before their letter-spaced names, the legend and the count on a line below.
    parsed = parse_text(
        "平成25年度第2回北山市南地域審議会会議録\n開催日時 平成25年10月30日(水) 16時00分~17時35分 開催場所 北山市南支所 旧議場\n\n"
        "出席委員 ◎北 野 一 郎 委員 ○南 田 健 委員 東 山 花 子 委員 西 川 明 委員 森 本 清 委員\n\n(◎会長 ○副会長) (計 5 名)\n\n"
        "欠席委員 中 村 次 郎 委員\n\n会議の内容\n○会長 それでは始めます。\n")
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山花子", "西川明", "森本清"]
    assert parsed["chair"] == "北野一郎"


def test_rows_of_affiliation_and_name_closed_by_one_attendance_word_split_present_from_absent():
    # 4.出席委員等 関係団体等 氏 名 備 考 …: a table of affiliation, name and 備考 run onto one line; each row ends in the
    # word its column holds. The rows end where the order of business begins; the chair is proposed and assented to.
    parsed = parse_text(
        "平成23年度第1回北山町総合計画評価委員会議事録 1.日 時:平成23年11月18日(金)午前10時∼午後0時20分 2.場 所:北山町役場 "
        "会議室 3.議題等 (1)開会 (2)委員長選任 4.出席委員等 関係団体等 氏 名 備 考 北山町区長会会長 北野 一郎 出席 "
        "商工会(商工会理事・青年部長) 南田 健 欠席 学識経験者(北山大学教授) 東山 清 出席 公募委員 西川 明子 出席 1 (1)開会 "
        "(2)委員長選任 事務局 事務局案として、委員長に北山大学の東山先生を、副委員長には北野様にお願いしたいと思います。 "
        "(異議なしの声あり)\n")
    assert parsed["members_present"] == ["北野一郎", "東山清", "西川明子"]
    assert parsed["members_absent"] == ["南田健"]
    assert parsed["chair"] == "東山清"


def test_a_stand_in_for_a_member_whose_surname_another_present_member_bears_leaves_absence_unknown():
    # 南田(北野委員代理)、北野委員、…: the stand-in is no member; the 北野 he came for cannot be told from the 北野 present.
    parsed = parse_text("北山市国保運営協議会 会議録\n日時:令和6年7月24日(水)午後2時\n出席者\n"
                        "南田(北野委員代理)、北野委員、東山委員、西川委員、森本委員\n\n会議の内容\n○会長 それでは始めます。\n")
    assert parsed["members_present"] == ["北野", "東山", "西川", "森本"]
    assert parsed["members_absent"] is None


def test_a_comprehensive_education_council_counts_the_superintendent_among_its_members():
    # 総合教育会議: the head of the municipality with the board of education; the 教育長 sits as a member.
    text = ("令和5年度第1回北山市総合教育会議 議事録\n日時:令和5年8月4日(火)午前10時00分\n会場:北山市役所第1会議室\n"
            "出席者:(構成員)\n委員長北野一郎\n教育委員南田 由美子\n教育委員東山亨\n教育長西川清\n(事務局)\n総務課長 森本進\n"
            "\n会議の内容\n○事務局　ただいまから会議を開催します。\n")
    assert parse_text(text)["members_present"] == ["北野一郎", "南田由美子", "東山亨", "西川清"]


def test_role_and_name_rows_of_a_board_and_its_staff_in_one_list_read_the_board_alone():
    # 出席者 / (委員) (事務局) / 教育長 北野 一郎 / 委員 南田 健 / … / 総務課長 森本 進: two columns of a roster flattened into one
    # list of role-and-name rows; the rows from the first staff post on are the secretariat's. The 教育長 presides.
    text = ("令和6年5月 定例教育委員会\n\n会議録\n\n日時  令和6年5月8日(水曜日) 午後3時\n\n場所  北山市役所403会議室\n\n \n\n"
            "出席者\n\n(委員) (事務局)\n教育長 北野 一郎\n委員 南田 健\n委員 東山 亨\n委員 西川 清\n総務課長 森本 進\n"
            "学校教育課長 中村 次郎\n\n \n\n議決事項:1件\n\n会議要旨\n\n(教育長)\n\n 議案第1号についてお願いします。\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山亨", "西川清"]
    assert parsed["chair"] == "北野一郎"


def test_rows_whose_names_repeat_are_a_list_of_officers_elected_not_a_roster():
    # 会長 北野 一郎 委員 / 副会長 南田 健 委員 / 会長 南田 健 委員: the officers two bodies elected, narrated in the record.
    text = (HEAD + "出席者数\n委員12人、事務局9人\n" + "\n会議の内容\n事務局\n事務局から次のとおり選任案を提示した。\n"
            "会長 北野 一郎 委員\n副会長 南田 健 委員 - 北山市苦情処理委員会\n会長 南田 健 委員\n副会長 東山 亨 委員\n")
    assert parse_text(text)["members_present"] == []


def test_each_groups_people_in_a_bracket_after_its_word_the_members_the_bracket_after_iin():
    # (1) 委 員(北野一郎会長、…委\n員) / (2) 北山市(…部長) / 4 欠席者 (…委員、小川オブザーバー): each group's people in brackets
    # after its word; the members' list wraps mid-word, the absentees' bracket stands alone, an observer is no member.
    text = ("第3回北山地域協議会議事録\n1 日 時 令和6年9月28日(金)18時∼20時\n2 場 所 北山支所 2階会議室\n3 出席者\n"
            "(1) 委 員(北野一郎会長、南田健副会長、東山亨委員、西川花子委\n員、森本清委員)\n"
            "(2) 北山市(中村健康福祉部長、高木介護保険課長他 3 名)\n(3) 事務局(井田支所長、山本地域振興課長)\n"
            "4 欠席者 (川上二郎委員、小川オブザーバー)\n5 傍聴人\n1名\n6 議事\n1)北山町の施設建設について\n"
            "(会長)\n何かお聞きしたいことはありますか。\n(委員)\n今の建物はどうなるのでしょうか。\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野一郎", "南田健", "東山亨", "西川花子", "森本清"]
    assert parsed["members_absent"] == ["川上二郎"]
    assert parsed["chair"] == "北野一郎"


def test_a_bulleted_roster_of_posts_and_spaced_names_keeps_one_attendant_a_row_and_its_groups_apart():
    # One attendant a row (a body's post, the surname and given name a space apart), as wide as the page; the next
    # group's bullet and heading (- オブザーバー) run onto the last row of the members.
    text = (
        "平成18年度第1回北山市国民保護協議会議事録\n1 開催日時\n平成18年6月21日(水曜日)午後3時~午後4時\n"
        "2 開催場所\n北山市役所4階 第2委員会室\n3 出席者\n- 会長\n- 北山市長 北野 太\n- 委員\n"
        "- 北山警察署長 南田 誠紀\n北山保健所長 東山 康元\n北山市消防本部消防長 西川 孝\n"
        "北山電力株式会社営業所長 森本 明\n北山ガス株式会社営業所長 中村 一明(代理出席 林 淳)\n"
        "北山バス株式会社営業所長 竹内 功\n北山市医師会長 三輪 勝征 - オブザーバー\n"
        "- 陸上自衛隊第35普通科連隊第3中隊長 山田 竜二\n- 【事務局】\n- 総務部長 阿部 隆司\n"
        "4 傍聴者\n3人\n5 議題\n北山市国民保護計画(骨子)について\n"
    )
    members = parse_text(text)["members_present"]
    assert {"東山康元", "西川孝", "森本明", "竹内功", "三輪勝征"} <= set(members)
    # No two rows read as one, no group heading read as a name, the observer and the staff no members, and the one
    # who came in a member's stead no member.
    assert all(len(name) <= 5 for name in members)
    assert not {"オブザーバー", "山田竜二", "阿部隆司", "林淳", "中村一明"} & set(members)


def test_the_steps_of_the_next_section_run_into_a_roster_name_no_one():
    # …他4. 議事 (1)開会挨拶 / (2)委員紹介 / (3)会長互選: the proceedings' steps glued onto the roster's last line are read
    # as an office and a word; 互選 is no chair and 紹介 no member.
    from shingikai.minutes.importer.roster import read_people
    people = read_people("<委員> 北野委員、南田委員、東山委員、\n西川委員<北山省> 中村局長、北山局長他4. 議事 (1)開会挨拶(省略)\n"
                         "(2)委員紹介(省略)\n(3)会長互選\n(4)会長挨拶(省略)")
    assert not {"紹介", "互選", "挨拶"} & set(people.names)
    assert people.chair is None
