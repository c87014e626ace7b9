"""Whose body the minutes record and who chairs it, where the minutes do not say it in a field.

Every fixture is synthetic, with fictional names and places.
"""
import pytest

from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.conventions import CATALOGUE
from shingikai.minutes.importer.municipality import in_breadcrumb

SPEECH = "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n"


def test_a_kanji_city_opening_a_body_name_is_its_municipality():
    text = "北山市防犯カメラガイドライン検討懇話会第1回議事録\nとき:令和6年8月1日午後6時~\n場所:市役所本館" + SPEECH
    assert parse_text(text)["municipality"] == "北山市"


def test_a_city_whose_name_holds_a_village_character_keeps_its_whole_name():
    text = "東村野市防犯カメラ検討懇話会 第1回議事録\n日時：令和6年8月1日\n場所：市役所" + SPEECH
    assert parse_text(text)["municipality"] == "東村野市"


def test_a_special_zone_opening_a_body_name_is_no_ward():
    # 特区 (a special zone under a law) ends in 区 but is no ward: no municipality rather than 北山特区.
    text = "第47回北山特区提案検討委員会開催結果\n日時:令和6年5月30日(水)10:00~12:00\n場所:第2水産ビル" + SPEECH
    assert parse_text(text)["municipality"] is None


@pytest.mark.parametrize("title, city", [
    ("ひかり市介護保険運営審議会 第2回 会議録", "ひかり市"),
    ("あおば市国民健康保険運営協議会 会議録", "あおば市"),
], ids=["kana-city", "kana-city-other-body"])
def test_a_city_that_writes_its_name_in_kana_opening_a_body_name_is_its_municipality(title, city):
    text = title + "\n日時：令和6年8月1日\n場所：市役所" + SPEECH
    assert parse_text(text)["municipality"] == city


def test_the_breadcrumb_of_prefecture_and_city_names_the_municipality():
    text = "議事録検索サイト\n\n山梨県 南野市\n\n第16回議会改革特別委員会\n日時：令和6年10月29日\n場所：第2委員会室" + SPEECH
    parsed = parse_text(text)
    assert parsed["municipality"] == "南野市"
    assert parsed["council_name"] == "議会改革特別委員会"


def test_the_office_the_meeting_is_held_in_names_its_prefecture():
    text = "第15回情報公開審議会議事概要\n日時 令和4年7月29日\n場所 山梨県庁第141会議室" + SPEECH
    assert parse_text(text)["municipality"] == "山梨県"


def test_a_bill_on_a_committees_agenda_names_its_city():
    text = ("令和6年 区民文教委員会(6月27日)\n1.開会日時\n令和6年6月27日(水)\n2.議題\n"
            "(1)議案第44号 南野区印鑑条例の一部を改正する条例\n(2)議案第46号 南野区立小学校の設置に関する条例" + SPEECH)
    assert parse_text(text)["municipality"] == "南野区"


def test_an_ordinance_in_the_title_names_the_prefecture_and_a_speech_names_no_body():
    text = (
        "山梨県公文書開示条例の制定過程で開かれた、懇話会の議事録です。(第1回)\n  日時 昭和62年9月25日(金)\n  場所 県庁本館\n\n"
        "3 主な質疑応答\n\n(委員)\n 公文書の一覧はあるのか。\n\n(事務局)\n 日本では公安委員会が情報公開の実施機関に入ることに慎重である。\n"
    )
    parsed = parse_text(text)
    assert parsed["municipality"] == "山梨県"
    assert parsed["council_name"] is None
    assert any(w["field"] == "council_name" for w in parsed["warnings"])


def test_two_cities_in_the_bills_name_no_municipality():
    text = ("令和6年 特別委員会(6月27日)\n日時：令和6年6月27日\n議題\n(1)議案第44号 南野区印鑑条例の一部改正\n"
            "(2)議案第45号 北野市との協定に関する北野市手数料条例の一部改正" + SPEECH)
    assert parse_text(text)["municipality"] is None


def test_the_chair_elected_in_a_narrative_line_is_completed_from_the_roster():
    text = (
        "みなみ市行政不服審査会 開催記録\n開催日時：令和6年5月21日 午後2時から午後4時まで\n"
        "出席者：委員 北野花子、委員 南田一郎、委員 東山次郎\n会議の内容\n"
        "5 議事 (1)会長の選任 委員の互選により南田委員が会長に選出され、会議の進行は南田会長が行うこととなった。\n"
        "(南田会長) 手帳の案件は公平性が担保されているので、諮問は不要ではないか。\n"
    )
    assert parse_text(text)["chair"] == "南田一郎"


def test_the_chair_named_before_the_office_in_an_election_line():
    text = ("みなみ市情報公開審議会 審議結果\n開催日時 令和6年3月10日\n会議の内容\n"
            "4. 正・副会長選出 委員の互選により、会長に北野花子委員、副会長に南田一郎委員を選出。" + SPEECH[7:])
    assert parse_text(text)["chair"] == "北野花子"


def test_the_chair_after_the_office_and_a_topic_particle_in_an_election_line():
    text = ("みなみ市人権審議会 会議録\n日時：令和6年3月10日\n出席者：北野委員、南田委員、東山委員\n会議の内容\n"
            "〇会長には南田委員、副会長には北野委員が選出された。" + SPEECH[7:])
    assert parse_text(text)["chair"] == "南田"


def test_the_honorific_an_assembly_gives_its_presiding_speaker_is_no_part_of_the_chair():
    text = ("みなみ市議会 定例会 会議録\n令和6年6月3日\n午前10時開会\n"
            "◯議長(北野花子議員) ただいまから本日の会議を開きます。\n◯南田一郎議員 質問します。\n"
            "◯議長(北野花子議員) 答弁を求めます。\n")
    assert parse_text(text)["chair"] == "北野花子"


def test_the_chair_won_by_ballot():
    text = ("みなみ市議会 民生委員会\n日時：令和6年6月19日\n会議の内容\n"
            "○委員長　投票総数９票、うち有効投票９票。\n以上の結果、有効投票の最多数を得られました北野一郎委員が委員長に当選されました。\n")
    assert parse_text(text)["chair"] == "北野一郎"


def test_the_chair_in_a_list_of_officers_under_their_election():
    text = (
        "山梨県情報公開懇話会 第1回\n  日時 昭和62年9月25日(金)\n  場所 県庁本館\n\n1 会長の選任及び会長代理の指名\n"
        "  会長     北野一郎委員(山梨県立大学学長)\n  会長代理   南田二郎委員(弁護士)\n\n2 主な質疑応答\n\n(委員)\n 一覧はあるのか。\n\n(事務局)\n 備える。\n"
    )
    assert parse_text(text)["chair"] == "北野一郎"


def test_an_officer_line_without_an_election_names_no_chair():
    text = "山梨県情報公開懇話会 第1回\n  日時 昭和62年9月25日(金)\n\n1 名簿\n  会長     北野一郎委員\n\n(委員)\n 一覧はあるのか。\n(事務局)\n 備える。\n"
    assert parse_text(text)["chair"] is None


def test_a_sections_chair_is_its_own_not_the_parent_bodys():
    text = (
        "行政情報公開部会第1回審議概要\n日時：平成7年3月17日\n"
        "出席者：(委員会)北野一郎委員長、南田二郎委員長代理、(部会)東山三郎部会長、西川四郎部会長代理、森本五郎" + SPEECH
    )
    assert parse_text(text)["chair"] == "東山三郎"


def test_an_aggregators_banner_of_minutes_names_no_body():
    text = "議事ロックス -地方議会議事録検索-\n\n平成25年  議会改革特別委員会 10月29日\n日時：令和6年10月29日" + SPEECH
    assert parse_text(text)["council_name"] == "議会改革特別委員会"


def test_a_national_bodys_minutes_name_no_municipality():
    # 内閣府 and 総務省 end like place names (府, 省) but belong to the nation.
    text = ("内閣府個人情報保護委員会 第3回議事録\n日時：令和6年8月1日\n場所：中央合同庁舎第8号館\n"
            "議題：個人情報保護条例の見直しについて\n" + SPEECH)
    assert parse_text(text)["municipality"] is None


def test_a_neighbouring_city_named_in_a_speech_is_not_the_municipality():
    text = ("情報公開審議会 第2回会議録\n日時：令和6年8月1日\n場所：第2委員会室\n\n会議の内容\n"
            "○会長　それでは始めます。\n○委員　隣の北山市では既に導入していると聞きました。\n"
            "○事務局　北山市の例は承知しています。\n○委員　北山市はどうしているのか。\n")
    assert parse_text(text)["municipality"] is None


def test_words_that_only_look_like_place_names_are_not_municipalities():
    from shingikai.minutes.importer.municipality import not_a_municipality

    for word in ("市町村", "区市町村", "市内", "本市", "特別区", "各市", "地区", "新市", "内閣府", "政府", "首都"):
        assert not_a_municipality(word), word
    for name in ("一宮市", "新座市", "都城市", "町田市", "市川市", "村上市", "津市", "京都府", "北海道", "みなみ市"):
        assert not not_a_municipality(name), name


ROLE_CELL_ROSTER = (
    "みなみ市議会補正予算特別委員会議事録\n１　日　　時　　令和４年３月７日（月）　　午前１１時０１分\n"
    "２　出 席 者\n　　　委 員 長　　北　野　益　巳　　　　　副委員長　　南　田　　　徹\n"
    "　　　委　　員　　東　山　謙太郎　　　　　委　　員　　西　川　偉　男\n"
)
SEATED_ROSTER = (
    "令和　３年　　第２回　臨時会\n〇出席議員（４名）\n"
    "　　議　　長　12番　北　野　幸　宏　　　　　副 議 長　１番　南　田　　　彰\n"
    "　　　　　　　２番　東　山　　　豊　　　　　３番　西　川　真千子\n─────────\n〇欠席議員（０名）\n"
)


@pytest.mark.parametrize("head, members", [
    # The name in the chair's role cell (委員長) of a roster table chairs the meeting.
    (ROLE_CELL_ROSTER, ["北野益巳", "南田徹", "東山謙太郎", "西川偉男"]),
    # A role cell before a seat number (議長　12番) belongs to the member in that seat.
    (SEATED_ROSTER, ["北野幸宏", "南田彰", "東山豊", "西川真千子"]),
], ids=["role-cells", "seat-numbers"])
def test_the_chair_of_a_roster_table_is_the_member_in_the_chairs_role_cell(head, members):
    parsed = parse_text(head + SPEECH)
    assert parsed["members_present"] == members
    assert parsed["chair"] == members[0]


def test_a_breadcrumb_city_written_in_kana_names_the_municipality():
    text = "議事録検索サイト\n\n山梨県 みなみの市\n\n第7回総務常任委員会\n日時：令和6年7月31日\n場所：第1委員会室" + SPEECH
    assert parse_text(text)["municipality"] == "みなみの市"


def test_an_attendance_column_decides_who_was_there_and_the_header_row_is_nobody():
    text = (
        "広報常任委員会会議録 令和6年6月22日\n\n開催年月日\n\n令和6年6月22日(金曜日)\n\n開催場所\n\n南野町議会 協議会室1\n\n"
        "出席並びに欠席委員\n\n出席 2名 欠席 1名\n\n出席並びに欠席委員の詳細\n役職 氏名 出欠\n"
        "委員長 北野ひさ 出席\n副委員長 南田由美 欠席\n委員 東山直樹 出席\nオブザーバー 議長西川圭介 出席\n\n傍聴者\n\nなし\n"
        "\n会議の経過\n\n◎委員長( 北野ひさ君 )\nただいまから開会いたします。\n"
    )
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野ひさ", "東山直樹"]
    assert parsed["members_absent"] == ["南田由美"]
    assert parsed["chair"] == "北野ひさ"


@pytest.mark.parametrize("roster, members", [
    ("北野委員長、南田副委員長、ひがし、東山の各委員及び西川、森本の各議員", ["北野", "南田", "ひがし", "東山"]),
    ("北野委員長、南田副委員長、東山、西川の各委員", ["北野", "南田", "東山", "西川"]),
])
def test_a_list_closed_by_each_member_names_the_committee_not_the_assembly_members_sitting_in(roster, members):
    text = "南野市議会 総務常任委員会会議録\n日時：令和6年9月24日\n場所：議会全員協議会室\n〇出席委員\n" + roster + SPEECH
    assert parse_text(text)["members_present"] == members


@pytest.mark.parametrize("clock, start, end", [
    ("午前10時から午後12時まで", "10:00", "12:00"),
    ("午後1時から午後12時まで", "13:00", "00:00"),
])
def test_pm_twelve_closing_a_morning_sitting_is_noon_and_after_an_afternoon_start_midnight(clock, start, end):
    text = f"南野市市民参加条例策定委員会\n開催日時 令和6年10月3日(月曜日){clock}\n開催場所 南野市役所" + SPEECH
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == (start, end)


@pytest.mark.parametrize("gap", [" ", "\u3000"], ids=["space", "full-width-space"])
def test_a_title_broken_by_a_gap_after_the_city_names_the_body_with_its_city(gap):
    text = (f"令和5年12月4日 第3回北山区地域包括支援センター{gap}運営協議会 (要約版) 午後7時開会\n"
            "○介護予防課長 運営協議会を開催する。\n○委員 承知した。\n")
    parsed = parse_text(text)
    assert parsed["council_name"] == "北山区地域包括支援センター運営協議会"
    assert parsed["municipality"] == "北山区"


def test_a_word_before_a_gap_that_names_no_city_is_no_part_of_the_bodys_name():
    parsed = parse_text("要約版 運営協議会 第3回\n令和5年12月4日\n○課長 運営協議会を開催する。\n○委員 承知した。\n")
    assert parsed["council_name"] == "運営協議会"
    assert parsed["municipality"] is None


@pytest.mark.parametrize("count", ["令和6年度第1回", "第１回", ""], ids=["year-and-count", "full-width-count", "none"])
def test_a_union_of_municipalities_named_on_the_line_above_the_bodys_name_is_its_municipality(count):
    text = (f"{count}北山県後期高齢者医療広域連合\n情報公開・個人情報保護審査会会議録\n日時：令和6年5月10日 午前10時\n"
            "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n")
    parsed = parse_text(text)
    assert parsed["municipality"] == "北山県後期高齢者医療広域連合"
    assert parsed["council_name"] == "北山県後期高齢者医療広域連合情報公開・個人情報保護審査会"


def test_words_before_a_city_on_the_line_above_the_bodys_name_are_not_its_municipality():
    text = ("情報公開・個人情報保護審査会会議録\n日時：令和6年5月10日 午前10時\n\n会議の内容\n○会長　以上で終わります。\n"
            "○委員　承知しました。\n\n議事録署名人南田市\n情報公開・個人情報保護審査会 会長 北野一郎\n")
    assert parse_text(text)["municipality"] is None


def test_an_assembly_of_a_union_of_municipalities_has_the_union_as_its_municipality():
    text = ("北山地区衛生組合\n会議録\n平成17年第4回北山地区衛生組合定例会 会議録\n\n○ 招  集  告  示\n"
            "平成17年北山地区衛生組合議会第4回定例会を次のとおり招集する。\n1 日 時   平成17年12月26日(月)午前10時\n"
            "2 場 所   北山地区衛生組合会議室\n")
    parsed = parse_text(text)
    assert parsed["municipality"] == "北山地区衛生組合"
    assert parsed["council_name"] == "北山地区衛生組合議会"
    assert (parsed["start_time"], parsed["place"]) == ("10:00", "北山地区衛生組合会議室")


@pytest.mark.parametrize("title, municipality", [
    # 地区 holds the letter of a ward; the union's name as a whole is the body.
    ("南野地区環境組合議会 平成20年第1回定例会会議録", "南野地区環境組合"),
    # A merger council of several towns belongs to none of them.
    ("第1回 北山・南野・東原合併協議会", None),
], ids=["district-union", "merger-council"])
def test_a_body_of_several_municipalities_is_none_of_theirs(title, municipality):
    parsed = parse_text(title + "\n日時 平成20年2月1日午前10時\n場所 北山町総合開発センター" + SPEECH)
    assert parsed["municipality"] == municipality


def test_the_contents_of_an_assembly_record_name_no_committee_as_its_body():
    text = ("北山地区衛生組合議会 平成17年第4回定例会\n目次\n管理者行政報告\n決算審査特別委員会審査報告\n一般質問\n\n"
            "日時 平成17年12月26日(月)午前10時\n場所 組合会議室" + SPEECH)
    assert parse_text(text)["council_name"] == "北山地区衛生組合議会"


def test_the_chair_called_by_surname_as_president_is_the_member_not_the_secretariats_namesake():
    text = ("第 10 回 農 業 委 員 会 議 事 録   令和元年12月19日(木)   北山会館 1001学習室 開会時間  午後3時6分\n"
            "出席委員     1番委員  南 田 美華子         7番委員  北 野 幹 夫\n局長  北野勇治  次長  東山好一\n"
            "○北野事務局長  では,定刻になりましたので,開催いたします。\n○議長(北野会長)  皆さん,こんにちは。\n")
    parsed = parse_text(text)
    assert parsed["chair"] == "北野幹夫"
    assert [t["speaker"] for t in parsed["turns"]] == ["北野事務局長", "議長(北野会長)"]


def test_the_superintendent_listed_among_a_boards_members_presides():
    text = ("北山市教育委員会 平成28年第4回教育委員会会議録\n招集日時\n平成28年3月24日(木)\n招集場所\n市役所303会議室\n"
            "出席委員\n教 育 長\n北野 忠則\n教育長職務代理者 南田 龍一\n委 員\n東山 知子\n欠席委員\n無\n"
            "○教育長\n北野忠則君\nそれでは、開会させていただきます。\n")
    parsed = parse_text(text)
    assert parsed["members_present"] == ["北野忠則", "南田龍一", "東山知子"]
    assert parsed["chair"] == "北野忠則"
    assert parsed["members_absent"] == []


def test_a_board_chaired_by_its_chairman_keeps_him_as_chair_beside_the_superintendent():
    text = ("北山市教育委員会 平成25年第6回定例会\n日時 平成25年5月29日\n出席者\n委員長 西川 徹\n教育長 北野 明夫\n"
            "○西川委員長 開会します。\n")
    assert parse_text(text)["chair"] == "西川徹"


# Bodies named by their field after the prefecture, by the building they meet in, or by no place at all.

@pytest.mark.parametrize("title, owner", [
    # The prefecture followed by a field: the prefecture's own body.
    ("第30回宮崎県景観審議会議事録", "宮崎県"),
    # A city after the prefecture: the city's.
    ("宮崎県北山市景観審議会 第2回議事録", "北山市"),
])
def test_a_prefecture_opening_a_body_name_is_its_municipality_unless_a_city_follows(title, owner):
    text = title + "\n日時：平成15年7月28日(月)午後1時30分から\n場所：第1会議室" + SPEECH
    assert parse_text(text)["municipality"] == owner


@pytest.mark.parametrize("place, owner", [
    ("宮崎県職員福利厚生センター第3会議室", "宮崎県"),
    # An address goes on with the city: the building is no prefecture's own.
    ("宮崎県北山市中央1丁目 北山会館", None),
])
def test_a_building_the_prefecture_names_as_its_own_places_an_unnamed_body(place, owner):
    text = ("防犯カメラ管理運用指針策定委員会 第1回 議事要旨\n1 開催日時\n平成18年7月28日(金曜日)午後2時から4時まで\n"
            "2 場所\n" + place + SPEECH)
    assert (parse_text(text)["municipality"] == "宮崎県") == (owner is not None)


def test_the_board_of_education_that_consulted_the_body_names_its_municipality():
    text = ("平成27年2月16日(月曜) 午前10時30分から11時30分まで\n【審議会委員】\n北野一郎会長、南田花子委員\n"
            "(1)平成26年度指定文化財等の指定等について\n"
            "宮崎県教育委員会が平成27年1月23日付けで諮問した内容について、各部会長から部会の審議内容を報告した。\n")
    assert parse_text(text)["municipality"] == "宮崎県"


@pytest.mark.parametrize("text, name", [
    # The body between its sitting's number and the minutes word.
    ("2014年1月31日 第3回 北山制度の基盤強化に関する国と地方の協議 議事録\n\n○日時\n\n平成26年1月31日(金)18時30分~19時00分\n"
     "\n○場所\n\n中央合同庁舎5号館9階省議室\n\n○出席者\n\n構成員\n\n南田 一郎 (北山県知事)\n東野 二郎 (西川市長)\n",
     "北山制度の基盤強化に関する国と地方の協議"),
    # Its own roster and rules among the papers.
    ("- 日時: 平成16年10月20日(水) 10:00~12:00\n- 場所: 内閣府3階特別会議室\n- 議題\n- (1) 開会\n"
     "- (2) 本専門調査会における議論の進め方について\n(配布資料)\n- 資料1\n- 北山影響調査専門調査会 委員名簿\n"
     "- 資料2\n- 北山影響調査専門調査会運営規則(案)\n", "北山影響調査専門調査会"),
])
def test_a_national_body_is_named_by_its_title_or_papers_and_has_no_municipality(text, name):
    parsed = parse_text(text + SPEECH)
    assert (parsed["council_name"], parsed["municipality"]) == (name, None)


def test_papers_of_two_bodies_name_neither():
    text = ("- 日時: 平成16年10月20日(水) 10:00~12:00\n- 場所: 内閣府3階特別会議室\n(配布資料)\n"
            "- 北山影響調査専門調査会 委員名簿\n- 南野基本問題専門調査会 委員名簿\n" + SPEECH)
    assert parse_text(text)["council_name"] is None


@pytest.mark.parametrize("number", ["2", "２"], ids=["narrow", "wide"])
def test_the_session_of_its_own_assembly_on_the_agenda_names_a_wards_executive_meeting(number):
    text = (f"庁議の記録(平成23年度) 第{number}回定例庁議(5月18日)\n開催日時\n平成23年5月18日(水曜日) 午前9時15分から\n"
            "議題\n1 平成23年第二回北山区議会定例会提出予定案件について\n" + SPEECH)
    parsed = parse_text(text)
    assert (parsed["council_name"], parsed["municipality"]) == ("庁議", "北山区")


def test_a_sites_section_for_many_bodies_and_the_days_meeting_name_no_body():
    text = "会議録\n- トップページ\n- 附属機関などの会議\n本日の委員会記録\n日時：令和6年5月18日" + SPEECH
    assert parse_text(text)["council_name"] is None


def test_a_plenary_session_title_with_the_city_named_by_its_bills_is_the_citys_assembly():
    text = ("令和　３年　　第２回　臨時会\n〇出席議員（2名）\n議長　1番　北野一郎\n副議長　2番　南田次郎\n"
            "△日程第１　議案第１号　北山市税条例の一部を改正する条例\n"
            "◎市長（東山三郎）　議案第１号　北山市税条例の一部を改正する条例につきまして、提案理由を申し上げます。\n")
    parsed = parse_text(text)
    assert (parsed["council_name"], parsed["municipality"]) == ("北山市議会", "北山市")


def test_a_plenary_session_title_with_its_day_under_a_town_banner_is_the_towns_assembly():
    # A minutes site's copy: the town as a banner, the session with its day and 本文, the town named by its bills.
    text = ("議事サイト -地方議会議事録検索-\n\n北海県 北野町\n\n令和6年第1回定例会(第2日) 本文\n\n"
            "                 午後1時30分 開議\n◯議長【南田健君】  これより本日の会議を開きます。\n"
            "     日程第1 議案第1号 令和6年度北野町一般会計補正予算(第1号)\n"
            "◯議長【南田健君】  日程第1議案第1号を議題といたします。\n")
    parsed = parse_text(text)
    assert (parsed["council_name"], parsed["municipality"]) == ("北野町議会", "北野町")


def test_a_plenary_session_title_without_a_city_names_no_assembly():
    text = "令和　３年　　第２回　臨時会\n〇出席議員（2名）\n議長　1番　北野一郎\n○議長（北野一郎）　ただいまから会議を開きます。\n"
    assert parse_text(text)["council_name"] is None


def test_a_body_named_in_a_file_name_keeps_the_middle_dot_the_document_prints():
    text = ("北山制度検討公開準備チーム第1回議事録.PDF\n\n"
            "北山制度検討公開準備チーム第1回議事録北山制度検討・公開準備チーム 第1回議事録 内閣官房北山室\n"
            "日時:平成24年7月30日(月)17:00~18:00\n" + SPEECH)
    assert parse_text(text)["council_name"] == "北山制度検討・公開準備チーム"


def test_the_chair_of_a_section_elected_in_the_narration():
    text = ("文化審議会文化財分科会(第5回)議事要旨\n開催日 令和6年2月17日\n出席者\n委員\n北野委員、南田委員、東山委員\n"
            "会議の内容\n3.分科会長選任\n 規定に基づき、北野委員が分科会長に互選され、南田委員が分科会長代理に指名された。\n")
    assert parse_text(text)["chair"] == "北野"


def test_a_section_chairs_deputy_named_in_the_narration_is_no_chair():
    text = ("文化審議会文化財分科会(第5回)議事要旨\n開催日 令和6年2月17日\n出席者\n委員\n北野委員、南田委員、東山委員\n"
            "会議の内容\n3.会長代理指名\n 南田委員が分科会長代理に指名された。\n")
    assert parse_text(text)["chair"] is None


def test_the_chair_of_a_section_speaking_as_such():
    text = ("社会保障審議会 北山分科会(第3回)議事録\n○日時\n令和6年12月28日\n○出席者\n北野、南田、東山(敬称略)\n○議事\n"
            "○西川課長 以降の進行につきましては、北野分科会長にお願いいたします。\n○北野分科会長 それでは始めます。\n")
    assert parse_text(text)["chair"] == "北野"


@pytest.mark.parametrize("greeting, chair", [
    ("  2. あいさつ 北野会長", "北野一郎"),
    ("2　挨拶　南田委員長", "南田"),
    ("2. 会長あいさつ", None),
    ("2. あいさつ 北野副会長", None),
    ("2. あいさつ 環境部長", None),
])
def test_the_greeting_on_the_order_of_business_names_the_chair(greeting, chair):
    text = (
        "北山県環境審議会議事録\n開催日時\n令和6年2月7日(水曜日)9時30分~10時20分\n出席者\n北野一郎委員、東山花子委員\n"
        f"審議の概要\n  1. 開会\n{greeting}\n  3. 議事\n"
    )
    assert parse_text(text)["chair"] == chair


def test_the_member_who_is_to_become_the_chair_by_election():
    text = ("第5回北山県環境審議会議事録 1 日時 令和元年9月3日(月) 午後2時~3時\n会議の内容\n■ 決議事項\n"
            "(1) 会長の選出について 委員互選により,北野一郎委員が会長となることが決定\n")
    assert parse_text(text)["chair"] == "北野一郎"


@pytest.mark.parametrize("banner, municipality", [
    ("北山町 KITAYAMA TOWN", "北山町"),
    ("南野市\u3000Minamino City", "南野市"),
    ("北山町 お知らせ TOWN", None),
    ("北山町 KITAYAMA", None),
])
def test_a_towns_banner_with_its_romanised_name_names_the_municipality(banner, municipality):
    text = (f"{banner}\n現在の位置:ホーム > お知らせ\n\n令和元年6月選挙人名簿定時登録 選挙管理委員会 会議録\n"
            "開催日 令和元年6月3日(月)午前10時〜午前11時\n場  所 行政棟 4階 401会議室\n出席者\n(委 員)西川委員長、東委員\n")
    assert parse_text(text)["municipality"] == municipality


@pytest.mark.parametrize("form", [
    "議長(委員長・\n市長 北野一郎\n会長等)の氏名\n北野一郎 市長",
    "議長（委員長・会長等）の氏名 北野 一郎 会長",
    "議長(会長)氏名\n北野 一郎",
], ids=["interleaved", "one-line", "without-no"])
def test_a_forms_field_for_who_chairs_names_the_chair_before_the_roster(form):
    text = (f"第1回北山町総合教育会議会議録\n開催日時\n令和元年4月28日(火)\n開催場所\n北山町役場 中会議室\n{form}\n"
            "出席者\n南田花子 教育委員長\n東山次郎 教育長\n" + SPEECH)
    assert parse_text(text)["chair"] == "北野一郎"


def test_a_forms_chair_field_holding_only_a_role_names_no_one():
    text = "第1回北山町総合教育会議会議録\n開催日時 令和元年4月28日\n議長(委員長・会長等)の氏名\n町長\n" + SPEECH
    assert parse_text(text)["chair"] is None


@pytest.mark.parametrize("row, chair", [
    ("出席者氏名(敬称略) | 委員長 北野花子 副委員長 南田一郎 委員 東山次郎、西川三郎 |", "北野花子"),
    ("出席者氏名(敬称略) | 副委員長 南田一郎 委員 東山次郎、西川三郎 |", None),
    ("出席者氏名(敬称略) | 委員長 北野花子 会長 南田一郎 委員 東山次郎 |", None),
], ids=["chair-first", "only-the-vice-chair", "two-chairs"])
def test_the_chairs_role_before_a_name_in_a_roster_row_names_the_chair(row, chair):
    text = ("(令和6年11月19日開催)北山市福祉計画策定委員会\n開催日時 | 令和6年11月19日(水曜日) 午後1時30分から午後3時まで |\n"
            f"開催場所 | 西庁舎 第7会議室 |\n{row}\n欠席者氏名(敬称略) | 委員長 森本五郎 |\n")
    assert parse_text(text)["chair"] == chair


@pytest.mark.parametrize("title, name", [
    ("令和元年度第2回北山市社会福祉審議会児童福祉専門分科会(子ども・子育て会議)会議要旨",
     "北山市社会福祉審議会児童福祉専門分科会(子ども・子育て会議)"),
    ("第3回北山市都市計画審議会景観部会 会議録", "北山市都市計画審議会景観部会"),
    ("第3回北山市都市計画審議会 会議録", "北山市都市計画審議会"),
])
def test_the_section_of_a_council_that_sits_is_the_body_with_the_name_it_goes_by(title, name):
    text = f"{title}\n1 開催日時\n令和2年3月2日(月曜日)15時から16時\n" + SPEECH
    assert parse_text(text)["council_name"] == name


def test_a_body_the_town_owns_takes_the_town_written_before_its_name_with_the_ownership_letter():
    text = ("今年度の第2回図書館協議会は次のとおり行われました。\n◇ 日 時 令和3年7月1日(木)午後2時〜4時\n"
            "◇ 場 所 北山会館 2階 会議室\n" + SPEECH + "\n◇北山村立図書館協議会委員名簿\n")
    parsed = parse_text(text)
    assert parsed["municipality"] == "北山村"
    assert parsed["council_name"] == "北山村立図書館協議会"


def test_a_chair_elected_under_the_election_step_of_the_order_of_business():
    text = ("第1回北山市文化審議会 会議録\n日時 令和3年7月1日(木)午後2時〜4時\n場所 北山市役所 第1会議室\n"
            "出席者 委員6名\n●議 事\n・委嘱状交付\n・会長の選出\n南田委員に決定\n・副会長の選出\n東山委員に決定\n" + SPEECH)
    assert parse_text(text)["chair"] == "南田"


def test_a_district_council_belongs_to_the_city_its_ordinance_and_hall_name():
    # 地域協議会 of a 地域自治区: the 区 is a district of the city, not a municipality.
    text = (
        "会議録\n1 会議名 第3回東浜区地域協議会\n2 開催日時 令和2年5月8日(金)午後6時30分から\n"
        "3 開催場所 北野市役所南庁舎 2階 会議室\n4 発言の内容\n【南田会長】\n"
        "北野市地域自治区の設置に関する条例により、会長が議長を務めます。\n"
    )
    parsed = parse_text(text)
    assert parsed["municipality"] == "北野市"
    assert parsed["council_name"] == "北野市東浜区地域協議会"


def test_a_district_council_keeps_its_ward_where_two_cities_are_named():
    text = (
        "第2回東浜区地域協議会 - 北野市\n開催日時 令和2年5月8日(金)午後6時30分から\n"
        "開催場所 南川市立公民館\n"
    )
    assert parse_text(text)["municipality"] == "東浜区"


def test_a_district_council_is_owned_by_the_city_named_after_the_page_title():
    text = "第4回西原区地域審議会 [PDFファイル/200KB] - 南川市\n会議録\n開催日時 令和3年1月9日(土)午後7時から\n"
    parsed = parse_text(text)
    assert parsed["municipality"] == "南川市"
    assert parsed["council_name"] == "南川市西原区地域審議会"


def test_a_towns_own_site_names_the_town_in_its_breadcrumbs_first_crumb():
    text = ("トップ > 北野町の組織とその仕事 > 議会 > 常任委員会の会議録 > 第5回総務文教常任委員会会議録\n\n"
            "第5回総務文教常任委員会会議録\n\n令和2年5月9日(金曜日)\n\n開会:午前10時20分\n\n委員長\n\nそれでは開会します。\n")
    parsed = parse_text(text)
    assert parsed["municipality"] == "北野町"
    assert parse_text(text.replace("北野町の組織とその仕事", "組織とその仕事"))["municipality"] is None


def test_a_sites_breadcrumb_takes_no_place_of_the_titles_own_lines():
    # Five lines of a member's own site above the record, and the city's breadcrumb above them: the sitting's
    # title is the sixth line of its own, and still read.
    text = ("ホーム > 市議会 > 委員会 > 会議録\n電話 000-0000 北区北野町1-1\n北野市議会議員 みなみ はなこ\n"
            "北野市議会議員 みなみ はなこ\n2023年03月07日 教育市民委員会\n令和5年第1回教育市民委員会\n"
            "教育市民委員会会議録\n開催年月日 令和5年3月7日(火)\n開催場所 教育市民委員会室\n" + SPEECH)
    assert parse_text(text)["meeting_label"] == "令和5年第1回"


def test_a_forums_chair_speaking_as_its_zacho_chairs():
    text = ("北山市市民参加推進フォーラム第11回会議 摘録\n日時:令和5年6月24日(金)午後1時30分~3時40分\n場所:北山交流館 第5会議室\n"
            "出席:北山市市民参加推進フォーラム委員13名(東委員,西委員は欠席)\n1 開会\n2 座長あいさつ\n<北野座長>\n"
            "今日は部会に分かれて議論をすることになります。\n<事務局>\n資料の確認をお願いします。\n<北野座長>\nそれでは始めます。\n")
    assert parse_text(text)["chair"] == "北野"


def test_a_surname_ending_in_mura_after_a_role_word_is_no_village():
    roster = "2 出席した委員の氏名 ( 敬称略 ) 委員奥村保之北野信幸南田徳穂東山玲子西川卓森本東子特別委員川上敏男大野栄"
    text = ("水産政策審議会第61回資源管理分科会 1 開会 " + roster + "\n\nDownload \"水産政策審議会第61回資源管理分科会 " + roster
            + "\"\n\n1 平成25年5月29日 水産政策審議会 第61回資源管理分科会議事録 水産庁\n\n2 水産政策審議会第61回資源管理分科会 "
            + roster + "\n")
    assert parse_text(text)["municipality"] is None


def test_a_section_head_put_forward_is_no_chair_of_the_body():
    text = ("北山市環境審議会 第3回会議 会議録\n日時 令和5年7月1日 午後2時から午後4時まで\n場所 北山市役所 5階 第1会議室\n"
            "出席者 北野委員、南田委員、東山委員、西川委員、森本委員\n議事\n(1)部会の設置について\n"
            "・事務局から、部会長に東山委員を提示し、了承された。\n(2)北山市環境基本計画の改定について\n"
            "○北野会長　それでは議事に入ります。\n○事務局　資料1について説明します。\n")
    assert parse_text(text)["chair"] == "北野"


def test_a_sections_own_head_chairs_its_sitting_though_the_bodys_head_attends():
    text = ("北山市都市計画審議会 第1部会 会議録\n日時 令和5年9月12日(火) 午前10時から正午まで\n場所 北山市役所 3階 第2会議室\n"
            "出席委員 北野一郎部会長、南田健会長、東山清委員、西川花子委員\n議題\n(1)北山都市計画道路の変更について\n")
    assert parse_text(text)["chair"] != "南田健"


def test_a_kana_city_whose_name_ends_in_a_particles_letter_is_read_from_its_hall():
    # えびの市, ひかりの市: the name's last kana is の, which never ends a place inside a body's name; the city's own
    # hall (ひかりの市役所) names it all the same.
    text = "平成26年第2回ひかりの市防災会議 会議録\n開催期日:平成27年3月27日(金)\n会場:ひかりの市役所4階大会議室" + SPEECH
    assert parse_text(text)["municipality"] == "ひかりの市"


def test_an_assembly_sites_first_crumb_names_its_municipality():
    # 北山市議会 > 委員会 > 会議録 > …: the assembly's own site; a committee whose name the title gives alone belongs to
    # the assembly's city (or prefecture) the first crumb names.
    from shingikai.minutes.importer.municipality import in_breadcrumb
    assert in_breadcrumb(["北山市議会 > 議会の活動 > 委員会 > 委員会会議録 > 令和6年10月18日 財政検討特別委員会 会議録"]) == "北山市"
    assert in_breadcrumb(["福井県議会 > 県議会の活動 > 委員会会議録 > 令和6年10月18日 財政検討特別委員会"]) == "福井県"
    # One crumb with nothing after it is a banner, no breadcrumb; a 議会 word inside a crumb names no site.
    assert in_breadcrumb(["北山市議会 > "]) is None
    assert in_breadcrumb(["ホーム > 北山市議会運営委員会 > 会議録"]) is None


def test_the_chair_named_on_a_line_of_its_own_above_the_roster_chairs():
    # 開催場所 … / 委員長 北野一郎委員 / 出席者 / 北野一郎委員、…: the chair's role, then a member's name closed by 委員.
    text = ("平成28年度北山市地域福祉計画推進委員会 議事録\n\n開催日時 平成28年8月26日(金) 午前10時00分~午前11時40分\n\n"
            "開催場所 北山市役所 3号庁舎3階301会議室\n\n委員長 北野一郎委員\n\n出席者\n\n"
            "北野一郎委員、南田健委員、東山花子委員、西川明委員 以上4名\n\n欠席者\n\n森本清委員 以上1名\n" + SPEECH)
    parsed = parse_text(text)
    assert parsed["chair"] == "北野一郎"


def test_an_overprinted_titles_fiscal_year_word_is_no_part_of_the_bodys_name():
    # 平成 平成 平成28 28 28年度北山市…: a PDF title printed four times over, word by word; 年度 left before the name.
    text = ("1 平成 平成 平成 平成28 28 28 28年度北山市地域 年度北山市地域 年度北山市地域 年度北山市地域福祉計画推進委員会 "
            "福祉計画推進委員会 福祉計画推進委員会 福祉計画推進委員会 議事録 議事録 議事録 議事録\n\n"
            "開催日時 平成28年8月26日(金) 午前10時00分~午前11時40分\n開催場所 北山市役所 301会議室\n" + SPEECH)
    parsed = parse_text(text)
    assert parsed["council_name"] == "北山市地域福祉計画推進委員会"
    assert parsed["municipality"] == "北山市"


def test_the_year_a_title_runs_into_an_assemblys_committee_is_no_part_of_its_name():
    text = ("  1. 北山町議会 2019-05-14\n    令和元年議会運営委員会( 5月14日)\n\n    取得元: 北山町議会公式サイト\n"
            "    令和元年議会運営委員会( 5月14日)             議会運営委員会会議録    1 開催日   令和元年5月14日(火)  "
            "2 開催場所  北山町役場 3階議員控室\n"
            "○(委員長)  ただいまから議会運営委員会を開会いたします。 ○(委員長)  欠席の委員はいらっしゃいません。\n")
    assert parse_text(text)["council_name"] == "北山町議会議会運営委員会"


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "record-fact"], ids=lambda c: c.name)
def test_each_record_fact_convention_yields_its_fact(convention):
    # A whole record in the convention, read as it is: the one fact it states.
    field, value = convention.expect.split("=")
    assert str(parse_text(convention.example)[field]) == value


def test_an_assemblys_minutes_crumb_after_the_top_page_names_the_municipality():
    # トップページ > 北山市議会会議録 > …: the crumb after the top page names the assembly's minutes.
    assert in_breadcrumb(["トップページ > 北山市議会会議録 > 委 員 会 会 議 録 の 閲 覧 > 平成29年分の目次 > 病院特別委員会"]) == "北山市"
    assert in_breadcrumb(["ホーム > 北山市議会 > 会議録 > 本会議"]) == "北山市"
    # A crumb that only opens with an assembly's name is still no assembly's site.
    assert in_breadcrumb(["トップページ > 北山市議会運営委員会 > 会議録"]) is None


def test_an_officer_line_closed_up_and_run_onto_the_line_above_still_names_the_chair():
    from shingikai.minutes.importer.chair import officer_line
    assert officer_line(["令和元年9月20日 開議北野一郎 決算特別委員長 南田健 副委員長"], ["北野一郎", "南田健"]) == ("北野一郎", "決算特別委員長")
    # The deputy's office names no chair; a name that is no member's names none.
    assert officer_line(["南田健 副委員長"], ["北野一郎", "南田健"]) == (None, None)
    assert officer_line(["開議西川清 決算特別委員長"], ["北野一郎", "南田健"]) == (None, None)


def test_a_secretariats_chief_examiner_speaking_first_is_no_chair():
    # 【南田主査】 of the 事務局, no member of the roster: a clerk's rank, not the study group's chair.
    from shingikai.minutes.importer.conventions import _STUDY_GROUP_WITH_SITTING_IN
    parsed = parse_text(_STUDY_GROUP_WITH_SITTING_IN.replace("【北野主査】", "【大山主査】"))
    assert parsed["chair"] is None
