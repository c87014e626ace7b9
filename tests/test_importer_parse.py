"""The minutes parser on the project's own fictional minutes, one shape per fixture."""
from pathlib import Path

import pytest

from shingikai.minutes.importer import MinutesImportError, parse_file, parse_text
from shingikai.minutes.importer.clean import clean_text
from shingikai.minutes.importer.roster import read_people
from shingikai.minutes.importer.municipality import municipality_from_prefix
from shingikai.minutes.importer.speakers import RoleContext, role_of

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"

KEYS = ("municipality", "council_name", "meeting_label", "date", "start_time", "end_time", "place",
        "members_present", "members_absent", "chair", "observers", "items", "turns")
# Added after the DESIGN §3.1 fields: the 通算第N回 an imported meeting keeps, the 事務局 and 説明員 as printed, and
# what the review screen and the import lifecycle read.
ADDED_KEYS = ("cumulative_number", "secretariat", "staff", "is_minutes", "reason", "confidence", "warnings")

# name: (meeting facts, number of turns, distinct speakers, [(kind, title, departments, categories, outcome)])
EXPECTED = {
    "minami-circle.txt": (
        dict(municipality="みなみ市", council_name="みなみ市情報公開・個人情報保護審議会", meeting_label="令和6年度第2回",
             date="2024-08-20", start_time="14:00", end_time="15:45", place="みなみ市役所本庁舎5階　第1会議室",
             members_present=["青木一郎", "井上二葉", "上田三恵", "江口四郎", "小野五月"],
             members_absent=["加藤六郎"], chair="青木一郎", observers=2),
        22, {"会長", "市民課長", "こども家庭課長", "事務局（佐々木課長）", "事務局（田村主査）", "上田委員", "江口委員",
             "井上副会長", "小野委員", "委員"},
        [("諮問", "住民票の写し等のコンビニ交付に係るオンライン結合について", ["市民課"], ["オンライン結合"], "承認"),
         ("諮問", "児童相談記録の電子化業務の外部委託について", ["こども家庭課"], ["外部委託", "要配慮個人情報"], "条件付き承認"),
         ("その他", "令和5年度個人情報保護制度の運用状況について", ["事務局"], ["その他"], "報告了承")],
    ),
    "kita-bracket.md": (
        dict(municipality="きた町", council_name="きた町個人情報保護審査会", meeting_label=None, date="2023-11-07",
             start_time="09:30", end_time="11:00", members_present=["山本", "川口", "森田", "石井"],
             members_absent=[], chair="山本", observers=0),
        10, {"住民生活課", "委員", "会長", "健康福祉課"},
        [("諮問", "防犯カメラの設置に伴う個人情報の本人以外からの収集について", ["住民生活課"],
          ["本人以外からの収集", "防犯カメラ"], "承認"),
         ("諮問", "健康管理システムの更新について", ["健康福祉課"], ["外部委託", "情報システム"], "継続審議")],
    ),
    "higashi-paren.txt": (
        dict(municipality="ひがし村", meeting_label="令和4年度第1回", date="2022-06-03", start_time="13:30",
             end_time="15:00", members_present=["松本", "中島", "太田", "村上"], members_absent=None, chair="松本",
             observers=None),
        10, {"委員A", "委員B", "回答", "会長"},
        [("諮問", "村民税の課税資料の電子データ化に伴う外部委託について（条例第11条第1項）", ["税務課"], ["外部委託"], "承認"),
         ("諮問", "乳幼児健診の問診票の目的外利用について（条例第8条第2項第4号）", ["保健福祉課"], ["目的外利用"], "不明")],
    ),
    "nishi-colon.txt": (
        dict(municipality="にし市", council_name="にし市情報公開・個人情報保護審議会", meeting_label="令和3年度第4回",
             date="2022-02-14", start_time="10:00", end_time="11:30", place="にし市役所 3階 庁議室",
             members_present=["大森健一", "小川由美", "西村修", "藤田真理子"], members_absent=["長谷川誠"],
             chair="大森健一", observers=1),
        17, {"大森会長", "桜井総務課主幹", "環境課長", "委員A", "委員B", "委員全員", "市民課長"},
        [("諮問", "ごみ収集運搬業務の委託について", ["環境課"], ["外部委託"], "承認"),
         ("諮問", "マイナンバーカード交付予約システムの導入について", ["市民課"], ["外部委託", "情報システム"], "答申予定")],
    ),
    "minami-bold.md": (
        dict(municipality="みなみ市", meeting_label="令和5年度第3回", date="2024-01-23", start_time="10:00",
             end_time="11:30", place="みなみ市役所4階 402会議室",
             members_present=["青木一郎", "井上二葉", "上田三恵", "江口四郎"], members_absent=None, chair="青木一郎",
             observers=1),
        17, {"会長", "市民課", "委員", "こども家庭課", "事務局"},
        [("諮問", "避難行動要支援者名簿の外部提供について", ["市民課"], ["外部提供"], "承認"),
         ("報告", "保育所入所申込のオンライン申請について", ["こども家庭課"], ["その他"], "不明")],
    ),
    "kita-tortoise.txt": (
        dict(municipality="きた町", council_name="きた町情報公開・個人情報保護運営審議会", meeting_label="令和4年度第5回",
             date="2022-10-18", start_time="09:00", end_time="11:00", chair="山本", observers=0),
        10, {"税務課", "委員", "税務", "会長", "福祉課", "福祉"},
        [("諮問", "個人情報を取り扱う業務の処理の外部委託", ["税務課"], ["外部委託"], "同意"),
         ("諮問", "個人情報の処理に係る情報システムの変更", ["税務課"], ["情報システム"], "同意"),
         ("諮問", "個人情報の目的外利用", ["福祉課"], ["目的外利用"], "同意")],
    ),
    "higashi-close.txt": (
        dict(municipality="ひがし村", meeting_label="令和5年度第1回", date="2023-06-26", start_time="13:30",
             end_time="15:10", members_present=["松本健", "中島花子", "太田一", "村上直美"], members_absent=[],
             chair="松本健", observers=0),
        9, {"委員", "説明員", "事務局"},
        [("諮問", "戸籍附票システムの更新", ["住民課"], ["外部委託", "情報システム"], "承認"),
         ("諮問", "母子健康手帳アプリの導入", ["保健センター"], ["外部委託", "情報システム", "要配慮個人情報"], "条件付き承認")],
    ),
    "nishi-alone.txt": (
        dict(municipality="にし市", council_name="にし市個人情報保護審議会", date="2021-09-09", start_time="15:00",
             end_time="16:20", members_absent=[], chair="大森健一", observers=0),
        9, {"大森会長", "図書館長", "小川委員", "西村委員", "委員全員"},
        [("諮問", "図書館システムのクラウド化について", ["図書館"], ["外部委託", "情報システム"], "承認")],
    ),
    "minami-angle.txt": (
        dict(municipality="みなみ市", meeting_label="第7回", date="2025-02-04", members_absent=["江口四郎", "小野五月"],
             chair="青木一郎", observers=0),
        8, {"会長", "学校教育課長", "委員"},
        [("諮問", "学校給食費の口座振替データの外部提供について", ["学校教育課"], ["外部提供"], "承認")],
    ),
    "higashi-space.txt": (
        dict(municipality="ひがし村", council_name="ひがし村個人情報保護審査会", date="2023-03-02", start_time="10:00",
             end_time="11:15", members_present=["松本健", "中島花子", "太田一"], members_absent=["村上直美"], chair=None),
        8, {"議長", "住民課長", "中島委員", "太田委員"},
        [("諮問", "住民基本台帳ネットワークシステムの機器更新について", ["住民課"], ["外部委託", "情報システム"], "承認")],
    ),
    "kita-minutes.html": (
        dict(municipality="きた町", meeting_label="令和6年度第1回", date="2024-05-28", start_time="13:30",
             end_time="14:50", members_present=["山本太一", "川口明子", "森田浩", "石井直子"], members_absent=["原誠"],
             chair="山本太一", observers=0),
        9, {"会長", "福祉課長", "川口委員", "森田委員", "事務局"},
        [("諮問", "高齢者見守りネットワーク事業における個人情報の外部提供について", ["福祉課"], ["外部提供"], "承認")],
    ),
}
# The same minutes in other encodings and formats must read the same.
TWINS = {
    "minami-circle.sjis.txt": "minami-circle.txt",
    "minami-circle.docx": "minami-circle.txt",
    "higashi-paren.eucjp.txt": "higashi-paren.txt",
    "kita-bracket.bom.md": "kita-bracket.md",
    "nishi-colon.pdf": "nishi-colon.txt",
}


def _summary(parsed):
    return [(i["kind"], i["title"], i["departments"], sorted(i["categories"]), i["outcome"]) for i in parsed["items"]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_parses_as_expected(name):
    facts, n_turns, speakers, items = EXPECTED[name]
    parsed = parse_file(FIXTURES / name)
    assert tuple(parsed) == KEYS + ADDED_KEYS
    assert parsed["is_minutes"] is True
    for key, value in facts.items():
        assert parsed[key] == value, key
    assert len(parsed["turns"]) == n_turns
    assert {t["speaker"] for t in parsed["turns"]} == speakers
    assert _summary(parsed) == [(k, t, d, sorted(c), o) for k, t, d, c, o in items]


@pytest.mark.parametrize("twin, original", sorted(TWINS.items()))
def test_other_encodings_and_formats_read_the_same(twin, original):
    a, b = parse_file(FIXTURES / original), parse_file(FIXTURES / twin)
    for key in KEYS[:-2]:
        assert a[key] == b[key], key
    assert _summary(a) == _summary(b)
    assert [t["speaker"] for t in a["turns"]] == [t["speaker"] for t in b["turns"]]


def test_turns_carry_roles_items_and_text():
    parsed = parse_file(FIXTURES / "minami-circle.txt")
    roles = {t["speaker"]: t["role"] for t in parsed["turns"]}
    assert roles["会長"] == "chair"
    assert roles["井上副会長"] == "member"
    assert roles["事務局（佐々木課長）"] == "secretariat"
    assert roles["市民課長"] == "department"
    first_case = [t for t in parsed["turns"] if t["item"] == 0]
    assert first_case[0]["text"] == "市民課から説明をお願いします。"
    # Opening formalities belong to no item.
    assert parsed["turns"][0]["item"] is None


def test_label_alone_turn_takes_the_following_paragraphs():
    parsed = parse_file(FIXTURES / "kita-bracket.md")
    first = parsed["turns"][0]
    assert first["speaker"] == "住民生活課" and first["text"].startswith("町内の公園3か所")


def test_grouped_cases_share_deliberation_and_decision():
    parsed = parse_file(FIXTURES / "kita-tortoise.txt")
    assert [i["outcome"] for i in parsed["items"][:2]] == ["同意", "同意"]
    assert {t["item"] for t in parsed["turns"][:6]} == {0}


def test_conditions_and_follow_ups_are_collected():
    circle = parse_file(FIXTURES / "minami-circle.txt")["items"][1]
    assert circle["conditions"] == ["作業完了後に原本の保管状況を事務局へ報告してください"]
    bracket = parse_file(FIXTURES / "kita-bracket.md")["items"][1]
    assert any(c.startswith("後日報告: データセンター") for c in bracket["conditions"])


def test_legal_basis_is_copied_as_written():
    items = parse_file(FIXTURES / "higashi-paren.txt")["items"]
    assert items[0]["legal_basis"] == ["条例第11条第1項"]
    circle = parse_file(FIXTURES / "minami-circle.txt")["items"][0]
    assert circle["legal_basis"] == ["みなみ市個人情報保護条例第12条第2項"]


def test_unknown_values_are_null_not_guessed():
    parsed = parse_text("会議録\n\n委員　質問があります。\n")
    assert parsed["date"] is None and parsed["municipality"] is None and parsed["members_absent"] is None
    assert parsed["items"] == [] and parsed["observers"] is None


def test_empty_text_is_refused():
    with pytest.raises(MinutesImportError):
        parse_text("  \n\n\t")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("〔会 長〕 質問です", "〔会長〕 質問です"),
        ("L G W A N回線を使う", "LGWAN回線を使う"),
        ("日 時 令和5年4月1日", "日時 令和5年4月1日"),
        ("<p>開催場所</p><p>市役所</p>", "\n開催場所\n\n市役所\n"),
        ("場所&nbsp;会議室", "場所 会議室"),
        ("委員) 電話番号は、不備があった際に連絡がとれ\n\nるようにするため。", "委員) 電話番号は、不備があった際に連絡がとれるようにするため。"),
        ("本文です。\n- 3 -\n次の行です。", "本文です。\n次の行です。"),
        ("本文です。\n３/１２\n次の行です。", "本文です。\n次の行です。"),
    ],
)
def test_clean_repairs_layout(raw, expected):
    assert clean_text(raw) == expected


def test_clean_drops_running_headers_of_pdf_pages():
    pages = ["みなみ市審議会 会議録\n本文その" + str(n) + "。\n- " + str(n) + " -" for n in range(1, 5)]
    cleaned = clean_text("\f".join(pages))
    assert cleaned.count("みなみ市審議会 会議録") == 1
    assert "- 2 -" not in cleaned and "本文その4。" in cleaned


def test_clean_splits_paragraphs_that_lost_their_breaks():
    blob = "(1) 窓口システム 【条例第12条の規定による諮問】（市民課） 〈説明〉 システムを導入する。 委員) 費用は。 説明員) 200万円。"
    lines = [line for line in clean_text(blob).split("\n") if line]
    assert lines[0] == "(1) 窓口システム"
    assert "委員) 費用は。" in lines and "説明員) 200万円。" in lines


@pytest.mark.parametrize(
    "value, names, chair",
    [
        ("青木一郎委員（会長）、井上二葉委員（会長職務代理）、 上田三恵委員 （計3人）", ["青木一郎", "井上二葉", "上田三恵"], "青木一郎"),
        ("松本会長、中島委員、太田委員 以上3名", ["松本", "中島", "太田"], "松本"),
        ("山田 太郎 副会長、佐藤 花子 委員", ["山田太郎", "佐藤花子"], None),
        ("なし", [], None),
    ],
)
def test_attendance_names_lose_role_words(value, names, chair):
    people = read_people(value)
    assert (people.members(), people.chair) == (names, chair)


@pytest.mark.parametrize(
    "prefix, expected",
    [("みなみ市情報公開・個人情報保護運営審議会", "みなみ市"), ("四日市市個人情報保護審議会", "四日市市"),
     ("東京都個人情報保護審議会", "東京都"), ("埼玉県みなみ市情報公開審査会", "みなみ市"),
     ("きた郡ひがし村個人情報保護審議会", "ひがし村"), ("本市個人情報保護審議会", None), ("情報公開審査会", None),
     ("北野区都市計画審議会", "北野区"), ("南田町都市景観審議会", "南田町"), ("京都市都市計画審議会", "京都市")],
)
def test_municipality_from_council_name(prefix, expected):
    assert municipality_from_prefix(prefix) == expected


@pytest.mark.parametrize(
    "label, role",
    [("会長", "chair"), ("大森会長", "chair"), ("委員長", "chair"), ("副会長", "member"), ("A委員", "member"),
     ("委 員 A", "member"), ("委員全員", "member"), ("事務局", "secretariat"), ("事務局（田中）", "secretariat"),
     ("桑原総務課主幹", "secretariat"), ("実施機関", "department"), ("説明員", "department"), ("回答", "department"),
     ("環境課", "department"), ("税務", "department"), ("傍聴人", "other")],
)
def test_speaker_roles(label, role):
    ctx = RoleContext(secretariat_units=frozenset({"総務課"}), departments=frozenset({"税務課"}))
    assert role_of(label, ctx) == role


@pytest.mark.parametrize(
    "decision, outcome",
    [
        ("〇会長　異議なしと認め、承認といたします。", "承認"),
        ("〇会長　本件は同意することが決定された。", "同意"),
        ("〇会長　本件は継続審議とします。", "継続審議"),
        ("〇会長　本件は次回の審議会で答申することとします。", "答申予定"),
        ("〇会長　承認します。ただし、結果を後日報告してください。", "条件付き承認"),
        ("〇会長　本件は承認しないこととします。", "不承認"),
        ("〇実施機関　承認を得られなかった場合は延期します。", "不明"),
    ],
)
def test_outcome_wording(decision, outcome):
    text = (
        "みなみ市個人情報保護審議会会議録\n日時：令和6年4月1日\n\n議事の経過\n\n"
        "(1) 窓口システムの導入について（諮問）\n〇会長　説明をお願いします。\n〇実施機関　説明します。\n" + decision + "\n"
    )
    assert parse_text(text)["items"][0]["outcome"] == outcome
