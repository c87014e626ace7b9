"""The municipality of a designated city's ward, of a body that meets in a ministry, and an assembly's day record."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.designated_wards import city_of_ward, is_city_ward
from shingikai.minutes.importer.municipality import municipality_named_most
from shingikai.minutes.importer.national_venue import held_in_a_ministry

_STATE_COUNCIL = (
    "北山審議会 第1回\n日時：令和5年6月1日\n場所：{place}\n\n会議の内容\n"
    "○会長　南田市からの申請について審議します。\n○委員　南田市の計画は南田市の港の区域を広げるものです。\n"
    "○会長　南田市の説明を聞きます。\n"
)


def test_a_ward_one_designated_city_has_is_read_as_that_city():
    assert is_city_ward("高津区") and city_of_ward("高津区", "") == "川崎市"


def test_a_ward_several_cities_share_is_read_as_the_one_the_text_names():
    assert city_of_ward("西区", "北山会館にて。横浜市西区役所の担当から説明") == "横浜市"
    assert city_of_ward("西区", "北山会館にて") is None
    assert city_of_ward("西区", "横浜市と名古屋市の例") is None


def test_a_special_wards_name_is_never_taken_for_a_designated_citys_ward():
    assert not is_city_ward("中央区") and not is_city_ward("世田谷区") and not is_city_ward("北山市")


def test_a_council_meeting_in_a_ministry_takes_no_city_its_members_speak_of():
    assert held_in_a_ministry("国土交通省 3号館10階 特別会議室") and held_in_a_ministry("中央合同庁舎第4号館")
    assert not held_in_a_ministry("北山県庁 3階 会議室")
    assert parse_text(_STATE_COUNCIL.format(place="国土交通省 3号館10階 特別会議室"))["municipality"] is None
    # Elsewhere the city named again and again is still read as the body's own.
    assert parse_text(_STATE_COUNCIL.format(place="北山会館 第1会議室"))["municipality"] == "南田市"


def test_an_area_word_after_the_letters_is_no_place():
    assert municipality_named_most("南田港の港湾区域、港湾区域、港湾区域の変更") is None


def test_an_assemblys_record_of_a_sessions_day_is_labelled_by_the_session():
    text = ("北山市議会 > 2019-12-10 >\n令和元年12月定例会(第2号12月10日)\n\n令和元年12月10日 午前10時開議\n"
            "○議長(北野一郎君) ただいまから本日の会議を開きます。\n○議長(北野一郎君) 日程第1、一般質問を行います。\n")
    assert parse_text(text)["meeting_label"] == "令和元年12月定例会"


def test_a_body_of_several_towns_is_none_of_theirs_but_a_union_is_its_own():
    from shingikai.minutes.importer.joint_bodies import held_by_several

    assert held_by_several(["北部地域ごみ焼却処理広域化第1ブロック会議"])
    assert held_by_several(["北山市・南野町合併協議会"])
    assert not held_by_several(["北山市まち・ひと・しごと創生推進委員会", None])
    text = "第2回北山広域環境施設組合ごみ処理検討委員会\n日時：令和5年6月1日\n場所：南野町役場 2階\n\n会議の内容\n○会長　始めます。\n"
    assert parse_text(text)["municipality"] == "北山広域環境施設組合"


def test_a_month_sessions_title_with_its_count_in_brackets_is_the_citys_assembly_in_plenary():
    text = ("会議録サーチ -地方議会会議録検索-\n長崎県 北山市\n平成15年  6月 定例会(第3回) 06月20日−06号平成15年  6月 定例会(第3回) − 06月20日−06号\n"
            "平成15年  6月 定例会(第3回)\n◯出席議員は次のとおりである。\n   1番  北野一郎君      2番  南田二郎君\n"
            "○議長　おはようございます。ただいまから本日の会議を開きます。\n")
    parsed = parse_text(text)
    assert (parsed["municipality"], parsed["council_name"]) == ("北山市", "北山市議会")
