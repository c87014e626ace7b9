"""The importer reads each convention in its catalogue, and tells apart what is not a turn.

Every fixture here is synthetic, written in one convention with fictional names.
"""
from pathlib import Path

import pytest

from shingikai.cases.models import Category
from shingikai.meetings.models import Decision
from shingikai.minutes.importer import MinutesImportError, parse_file, parse_text
from shingikai.minutes.importer.confidence import THRESHOLD
from shingikai.minutes.importer.conventions import CATALOGUE, DECIDED_ITEM_CONVENTIONS, INLINE_AGENDA

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
CONVENTIONS = FIXTURES / "conventions"

HEAD = (
    "みなみ市情報公開・個人情報保護審議会　令和６年度第１回会議録\n"
    "日時：令和6年5月10日　午後2時から午後3時まで\n"
    "場所：みなみ市役所\n\n会議の内容\n"
)


def _speakers(parsed):
    return [t["speaker"] for t in parsed["turns"]]


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "speaker"], ids=lambda c: c.name)
def test_each_speaker_convention_opens_turns_with_its_label(convention):
    # A document in the convention's house style: three turns by the same speaker.
    lines = [convention.example, convention.example.replace("。", "ね。", 1), convention.example]
    parsed = parse_text(HEAD + "\n".join(lines) + "\n")
    assert _speakers(parsed) == [convention.expect.replace(" ", "")] * 3
    assert all(t["text"] for t in parsed["turns"])


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "rostered-speaker"], ids=lambda c: c.name)
def test_each_unmarked_label_convention_opens_turns_where_the_roster_names_the_speaker(convention):
    lines = [convention.example, convention.example.replace("。", "ね。", 1), convention.example]
    body = "\n".join(lines) + "\n"
    rostered = HEAD.replace("場所：みなみ市役所\n", "場所：みなみ市役所\n出席委員：北野一郎委員長、南田花子委員\n")
    assert _speakers(parse_text(rostered + body)) == [convention.expect.replace(" ", "")] * 3
    # Without the roster, or with one that lists others, the line is a sentence like any other.
    assert _speakers(parse_text(HEAD + body)) == []
    assert _speakers(parse_text(rostered.replace("北野一郎", "西川三郎") + body)) == []


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "roster"], ids=lambda c: c.name)
def test_each_roster_convention_yields_its_members(convention):
    parsed = parse_text(HEAD.replace("場所：みなみ市役所\n", "場所：みなみ市役所\n出席者：" + convention.example + "\n")
                        + "○会長　それでは始めます。\n")
    assert parsed["members_present"] == [n for n in convention.expect.split("、") if n]


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "header"], ids=lambda c: c.name)
def test_each_header_convention_yields_its_fact(convention):
    parsed = parse_text("会議録\n" + convention.example + "\n傍聴者：なし\n\n会議の内容\n"
                        "○会長　それでは始めます。\n○委員　承知しました。\n")
    field, value = convention.expect.split("=")
    got = parsed[field]
    assert (got if isinstance(got, list) else str(got)) == ([v for v in value.split("、") if v] if isinstance(got, list) else value)


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "agenda"], ids=lambda c: c.name)
def test_each_agenda_convention_yields_its_items(convention):
    text = HEAD.replace("\n会議の内容\n", "議題\n" + convention.example + "\n\n会議の内容\n")
    parsed = parse_text(text + "○会長　それでは始めます。\n○委員　承知しました。\n")
    assert "|".join(f"{i['kind']}:{i['title']}" for i in parsed["items"]) == convention.expect


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "proceedings"], ids=lambda c: c.name)
def test_each_proceedings_convention_yields_its_items(convention):
    parsed = parse_text(HEAD + convention.example + "\n")
    assert "|".join(f"{i['kind']}:{i['title']}" for i in parsed["items"]) == convention.expect


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "record"], ids=lambda c: c.name)
def test_each_whole_record_convention_yields_its_items(convention):
    parsed = parse_text(convention.example + "\n")
    assert "|".join(f"{i['kind']}:{i['title']}" for i in parsed["items"]) == convention.expect


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "closed-item"], ids=lambda c: c.name)
def test_each_closed_item_convention_marks_the_item_heard_in_closed_session(convention):
    parsed = parse_text(HEAD.replace("\n会議の内容\n", "\n") + convention.example)
    assert "|".join("公開" if i.get("public", True) else "非公開" for i in parsed["items"]) == convention.expect


@pytest.mark.parametrize("convention", DECIDED_ITEM_CONVENTIONS, ids=lambda c: c.name)
def test_each_decided_item_convention_yields_kind_department_outcome_and_conditions(convention):
    parsed = parse_text(convention.example)
    got = "|".join(f"{i['kind']}:{i['title']}/{'、'.join(i['departments'])}={i['outcome']}"
                   + "".join(f"[{c}]" for c in i["conditions"]) for i in parsed["items"])
    assert got == convention.expect


def test_an_item_whose_title_names_a_non_disclosure_decision_is_not_closed_for_it():
    text = HEAD.replace("\n会議の内容\n", "\n議題\n(1) 公文書非公開決定処分に係る審査請求について\n\n会議の内容\n")
    parsed = parse_text(text + "○会長　それでは始めます。\n○委員　承知しました。\n")
    assert [i.get("public", True) for i in parsed["items"]] == [True]


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "turns"], ids=lambda c: c.name)
def test_each_turns_convention_yields_its_speakers_in_order(convention):
    assert "|".join(_speakers(parse_text(HEAD + convention.example))) == convention.expect


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "record-any-order"], ids=lambda c: c.name)
def test_each_whole_record_convention_yields_its_items_in_any_order(convention):
    parsed = parse_text(convention.example + "\n")
    assert sorted(f"{i['kind']}:{i['title']}" for i in parsed["items"]) == sorted(convention.expect.split("|"))


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "record-turns"], ids=lambda c: c.name)
def test_each_whole_record_turns_convention_yields_its_speakers_in_order(convention):
    assert "|".join(_speakers(parse_text(convention.example))) == convention.expect


def test_an_agenda_run_into_one_line_before_the_proceedings_yields_its_items():
    text = ("第5回みなみ市公文書管理委員会 議事次第\n\n" + INLINE_AGENDA.example + "\n\n"
            "議事録\n\n○北野委員長　ただいまから会議を開催いたします。\n○南田委員　よろしくお願いします。\n")
    parsed = parse_text(text)
    assert "|".join(f"{i['kind']}:{i['title']}" for i in parsed["items"]) == INLINE_AGENDA.expect


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind == "document"], ids=lambda c: c.name)
def test_papers_listed_after_the_agenda_are_not_items(convention):
    text = ("第3回 みなみ市個人情報保護審議会 議事録\n\n日時\n\n2024年5月10日(金)10:00~11:00\n\n場所\n\nみなみ市役所\n\n"
            "議事次第\n\n1.開会\n2.保有個人情報の目的外利用について\n3.閉会\n\n配布資料 (資料は全てPDF形式となります。)\n\n"
            + convention.example + "\n\n≪1.開会≫\n\n○会長 ただいまから会議を開きます。\n○委員 資料を確認しました。\n")
    parsed = parse_text(text)
    assert [i["title"] for i in parsed["items"]] == ["保有個人情報の目的外利用について"]


def test_a_case_title_loses_the_file_note_of_its_link():
    text = HEAD + "1 議題\n(1) 保有個人情報の目的外利用について (PDF:120KB)\n○会長　それでは始めます。\n○委員　承知しました。\n"
    assert [i["title"] for i in parse_text(text)["items"]] == ["保有個人情報の目的外利用について"]


@pytest.mark.parametrize("convention", [c for c in CATALOGUE if c.kind in ("stage", "heading")], ids=lambda c: c.name)
def test_headings_and_stage_directions_are_not_turns(convention):
    parsed = parse_text(HEAD + "○会長　それでは始めます。\n" + convention.example + "\n○委員　承知しました。\n")
    assert _speakers(parsed) == ["会長", "委員"]
    assert all(convention.example not in t["text"] for t in parsed["turns"])


def test_flattened_speaker_and_speech_table_reads_one_turn_per_row():
    rows = ["発言者", "内容", "会長", "それでは始めます。", "事務局", "資料に沿って説明します。", "委員", "保存期間はどうなるか。"]
    parsed = parse_text(HEAD + "\n".join(rows) + "\n")
    assert _speakers(parsed) == ["会長", "事務局", "委員"]
    assert parsed["turns"][2]["text"] == "保存期間はどうなるか。"


def test_panel_headers_before_numbered_statements_are_not_turns():
    parsed = parse_file(CONVENTIONS / "numbered-panel.txt")
    assert _speakers(parsed) == ["委員長（北野実）", "３番（森一郎委員）", "総務課長（東田誠）", "委員長（北野実）"]
    assert [t["role"] for t in parsed["turns"]] == ["chair", "member", "department", "chair"]
    assert parsed["council_name"] == "みなみ市議会総務委員会"


def test_assembly_record_reads_roster_sitting_times_and_bills():
    parsed = parse_file(CONVENTIONS / "assembly-circle.txt")
    assert parsed["municipality"] == "みなみ市"
    assert parsed["council_name"] == "みなみ市議会"
    assert (parsed["start_time"], parsed["end_time"]) == ("10:00", "11:42")
    # Letter-spaced names after seat numbers, checked against the stated count (４名).
    assert parsed["members_present"] == ["山田花子", "川上健", "森一郎", "後藤さちこ"]
    assert parsed["members_absent"] == []
    assert parsed["chair"] == "山田花子"
    assert [(i["kind"], i["title"]) for i in parsed["items"]] == [
        ("その他", "みなみ市手数料条例の一部を改正する条例"),
        ("その他", "みなみ市個人情報保護法施行条例の一部を改正する条例"),
    ]
    # 原案のとおり可決 is stated; a bill referred to a committee has no outcome yet.
    assert [i["outcome"] for i in parsed["items"]] == ["承認", "不明"]
    speakers = set(_speakers(parsed))
    assert {"議長（山田花子）", "市長（南野太郎）", "２番（川上健議員）", "髙橋（清）委員"} <= speakers
    # Headings after a mark (○議事日程, ◎日程第１) and 〔拍手〕 are not speech.
    assert all("日程第１\u3000会議録署名議員の指名" not in t["text"] for t in parsed["turns"])
    assert all("〔" not in t["text"] for t in parsed["turns"])
    roles = {t["speaker"]: t["role"] for t in parsed["turns"]}
    assert roles["議長（山田花子）"] == "chair"
    assert roles["２番（川上健議員）"] == "member"
    assert roles["市長（南野太郎）"] == "department"


def test_roster_far_shorter_than_its_stated_count_becomes_empty_with_a_warning():
    parsed = parse_file(CONVENTIONS / "roster-count.txt")
    assert parsed["members_present"] == []
    assert parsed["confidence"]["members_present"] < THRESHOLD
    messages = [w["message"] for w in parsed["warnings"] if w["field"] == "members_present"]
    assert any("10名" in m for m in messages)
    assert any("空欄" in m for m in messages)


def test_roster_matching_its_count_has_no_warning():
    parsed = parse_file(CONVENTIONS / "assembly-circle.txt")
    assert not [w for w in parsed["warnings"] if w["field"] == "members_present"]
    assert parsed["confidence"]["members_present"] >= THRESHOLD


def test_swapped_date_and_place_labels_are_read_the_right_way_round():
    text = HEAD.replace("日時：令和6年5月10日　午後2時から午後3時まで\n場所：みなみ市役所\n",
                        "日時：みなみ市役所\n場所：令和6年5月10日　午後1時から午後3時\n")
    parsed = parse_text(text + "○会長　始めます。\n○委員　はい。\n")
    assert parsed["date"] == "2024-05-10"
    assert (parsed["start_time"], parsed["end_time"]) == ("13:00", "15:00")
    assert parsed["place"] == "みなみ市役所"
    assert any(w["field"] == "date" for w in parsed["warnings"])


def test_a_text_without_a_meeting_is_reported_as_not_minutes():
    parsed = parse_file(CONVENTIONS / "letter.txt")
    assert parsed["is_minutes"] is False
    assert "会議録" in parsed["reason"]


def test_a_page_that_names_itself_minutes_is_minutes_though_its_facts_are_unread():
    # A body named …チーム and a date cut short: no fact is read, but the head says what the page is.
    text = ("北野制度検討チーム第1回議事録 北野県公文書管理室 北野制度検討チーム(第1回)議事次第 "
            "日 時:平成 24 年7月 30(月)17:1\n")
    parsed = parse_text(text)
    assert parsed["is_minutes"] is True
    assert parse_text("北野商店 議事録の書き方講座のご案内\n平成24年7月から毎週開講します。\n")["is_minutes"] is False


@pytest.mark.parametrize("name", ["minami-circle.txt", "kita-bracket.md", "nishi-colon.txt", "assembly-circle.txt"])
def test_minutes_are_reported_as_minutes(name):
    path = FIXTURES / name if (FIXTURES / name).exists() else CONVENTIONS / name
    parsed = parse_file(path)
    assert parsed["is_minutes"] is True
    assert parsed["reason"] is None


def test_categories_and_outcomes_are_the_models_own_labels():
    categories = {label for _, label in Category.choices}
    outcomes = set(Decision.Outcome.values)
    seen = 0
    for path in sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.md")):
        try:
            parsed = parse_file(path)
        except MinutesImportError:  # the fixtures that are not minutes are refused elsewhere
            continue
        for item in parsed["items"]:
            seen += 1
            assert set(item["categories"]) <= categories
            assert item["outcome"] in outcomes
    assert seen > 10


def test_agenda_numbering_variants_give_one_item_per_case():
    parsed = parse_file(CONVENTIONS / "assembly-numbering.txt")
    titles = sorted(i["title"] for i in parsed["items"])
    # 第３　議　　案　　第　９号 (spaced), 報告第１号〜第３号 (a range), a title wrapped onto an
    # indented line; 会議録署名議員の指名 and 会期の決定 are procedure, not items.
    assert titles == sorted([
        "きた町個人情報保護法施行条例の一部を改正する条例",
        "専決処分の報告について（報告第1号）",
        "専決処分の報告について（報告第2号）",
        "専決処分の報告について（報告第3号）",
        "きた町介護保険条例の一部を改正する条例",
    ])
    by_title = {i["title"]: i for i in parsed["items"]}
    assert by_title["きた町個人情報保護法施行条例の一部を改正する条例"]["outcome"] == "承認"
    assert by_title["きた町介護保険条例の一部を改正する条例"]["outcome"] == "不明"
    assert {i["kind"] for i in parsed["items"] if "報告第" in i["title"]} == {"報告"}
    # Nothing in the text says the reports were accepted.
    assert {i["outcome"] for i in parsed["items"] if "報告第" in i["title"]} == {"不明"}


def test_roster_of_surnames_sharing_one_role_lists_each_member():
    text = HEAD.replace("場所：みなみ市役所\n", "場所：みなみ市役所\n出席委員：委員（東・西・北各委員）3名（南委員はWeb方式にて出席）、南一郎委員\n")
    parsed = parse_text(text + "○会長　始めます。\n○委員　はい。\n")
    assert parsed["members_present"] == ["東", "西", "北", "南一郎"]


CHAIR_NAMED = HEAD + (
    "○北野会長　それでは、議題１の「窓口予約システムの導入について」、市民課から説明をお願いします。\n"
    "○市民課長　資料１に沿って説明します。\n"
    "○森委員　予約データの保存期間はどうなりますか。\n"
    "○市民課長　１年で消去します。\n"
    "○北野会長　それでは、本件は原案のとおり承認することでよろしいでしょうか。\n"
    "（「異議なし」の声）\n"
    "○北野会長　次に、議題２の「図書館システムの更新について」、図書館から説明をお願いします。\n"
    "○図書館長　資料２をご覧ください。\n"
    "○北野会長　以上で本日の会議を終了します。\n"
)


def test_items_named_only_in_the_chairs_words_are_read_with_their_turns():
    parsed = parse_text(CHAIR_NAMED)
    assert [i["title"] for i in parsed["items"]] == ["窓口予約システムの導入について", "図書館システムの更新について"]
    assert [i["departments"] for i in parsed["items"]] == [["市民課"], ["図書館"]]
    assert parsed["items"][0]["outcome"] == "承認"
    # Nothing says what became of the second: no outcome is claimed.
    assert parsed["items"][1]["outcome"] == "不明"
    assert [t["item"] for t in parsed["turns"]] == [0, 0, 0, 0, 0, 1, 1, 1]


def test_every_item_carries_a_confidence_per_field():
    parsed = parse_text(CHAIR_NAMED)
    for item in parsed["items"]:
        assert set(item["confidence"]) == {"title", "kind", "outcome", "departments"}
        assert all(0 <= c <= 1 for c in item["confidence"].values())
    # A stated outcome is claimed with confidence; 不明 claims nothing.
    assert parsed["items"][0]["confidence"]["outcome"] >= THRESHOLD
    assert parsed["items"][1]["confidence"]["outcome"] == 0.0
    assert not [w for w in parsed["warnings"] if w["field"].startswith("items.")]


def test_an_outcome_stated_under_a_differently_worded_title_becomes_null_with_a_warning():
    text = HEAD + (
        "２　議事\n（１）窓口予約システムの導入について\n"
        "○市民課長　資料１に沿って説明します。\n○森委員　保存期間は何年ですか。\n○市民課長　１年です。\n"
        "（２）図書館システムの更新について\n○図書館長　資料２をご覧ください。\n"
        "３　審議結果\n・窓口予約システムの導入等について、承認された。\n"
        "・図書館システムの更新について、承認された。\n"
    )
    parsed = parse_text(text)
    by_title = {i["title"]: i for i in parsed["items"]}
    assert by_title["図書館システムの更新について"]["outcome"] == "承認"
    doubtful = by_title["窓口予約システムの導入について"]
    assert doubtful["outcome"] is None and doubtful["confidence"]["outcome"] < THRESHOLD
    index = parsed["items"].index(doubtful) + 1
    warning = next(w for w in parsed["warnings"] if w["field"] == f"items.{index}.outcome")
    assert "承認" in warning["message"] and f"議題{index}" in warning["message"]


def test_assembly_header_after_bullets_with_letter_spaced_labels_is_read():
    # 一　日　時 / 一　出席議員（６名）, 〇午後１時開会 … 〇午後４時15分散会.
    parsed = parse_file(CONVENTIONS / "assembly-bulleted-header.txt")
    assert (parsed["municipality"], parsed["council_name"]) == ("にしの区", "にしの区議会")
    assert parsed["date"] == "2023-02-21"
    assert (parsed["start_time"], parsed["end_time"]) == ("13:00", "16:15")
    assert parsed["place"] == "にしの区議会議場"
    assert parsed["members_present"] == ["後藤さちこ", "大泉潤", "山本一郎", "川上健太", "森花子", "田中まさし"]
    assert parsed["members_absent"] == []
    assert parsed["chair"] == "吉田崇仁"


def test_assembly_items_are_its_bills_with_outcomes_only_where_the_vote_states_one():
    parsed = parse_file(CONVENTIONS / "assembly-bulleted-header.txt")
    # 区長所信表明, 会期の決定 are business, not cases; 報告第１号から第３号まで are three cases.
    assert [(i["kind"], i["title"], i["outcome"]) for i in parsed["items"]] == [
        ("その他", "令和５年度にしの区一般会計予算", "不明"),          # referred to a committee
        ("その他", "にしの区個人情報保護法施行条例の一部を改正する条例", "承認"),  # 原案どおり可決
        ("報告", "専決処分の報告（報告第1号）", "不明"),
        ("報告", "専決処分の報告（報告第2号）", "不明"),
        ("報告", "専決処分の報告（報告第3号）", "不明"),
    ]


def test_plain_assembly_record_names_its_assembly_in_the_chairs_words():
    # No header fields: the title line, then ○午前10時開議 and the speeches.
    parsed = parse_file(CONVENTIONS / "assembly-plain-header.txt")
    assert (parsed["municipality"], parsed["council_name"]) == ("ひがし区", "ひがし区議会")
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2024-06-07", "10:00", "12:05")
    assert parsed["chair"] == "北野実"
    assert "助役（南野太郎君）" in _speakers(parsed)


def test_bills_numbered_before_the_word_and_bare_nittei_titles_are_items_until_their_vote():
    parsed = parse_file(CONVENTIONS / "assembly-plain-header.txt")
    # 第41号議案 and 第42号議案 are taken up together and passed on the committee's report,
    # after a 休憩; 第43号議案 is only referred; 常任委員の選任 is the assembly's own business.
    assert [(i["title"], i["outcome"]) for i in parsed["items"]] == [
        ("ひがし区職員の給与に関する条例の一部を改正する条例", "承認"),
        ("ひがし区手数料条例の一部を改正する条例", "承認"),
        ("令和６年度ひがし区一般会計補正予算", "不明"),
    ]
    assert all(i["kind"] == "その他" for i in parsed["items"])


def test_the_chair_is_who_presides_most_not_the_acting_chair():
    text = ("2023年5月26日 令和５年_第１回臨時会（第１日目）\n\n○午後１時開会\n"
            "○臨時議長（須山行男君）　ただいまから令和５年第１回ひがし区議会臨時会を開会いたします。\n"
            "○議長（北野実君）　ただいま議長に就任いたしました。\n"
            "○議長（北野実君）　次に進みます。\n"
            "○議長（北野実君）　以上で散会いたします。\n○午後２時散会\n")
    parsed = parse_text(text)
    assert parsed["chair"] == "北野実"
    assert parsed["council_name"] == "ひがし区議会"


def test_a_committee_names_its_municipality_when_its_members_speak_of_it_often():
    text = ("2001年12月7日 文教委員会\n\n○午後１時開会\n○藤田委員長　これより文教委員会を開会いたします。\n"
            "○川西委員　東野区の事業に影響はないか。\n○庶務課長　東野区は国の基準に従います。\n"
            "○川西委員　我々東野区でも検討すべきだ。\n○藤田委員長　以上で閉会します。\n○午後２時閉会\n")
    parsed = parse_text(text)
    assert parsed["municipality"] == "東野区"
    assert parse_text(text.replace("東野区でも", "でも"))["municipality"] is None  # twice is not enough


def test_bills_named_only_in_the_speeches_are_the_items_of_an_assembly_record():
    text = ("会議名：令和6年第3回定例会（第1日）\n\n"
            "○議長（北野　実）\n　ただいまから第3回ひがし市議会定例会を開会いたします。\n"
            "○議長（北野　実）\n　次に、日程第２　報第５号　専決処分の報告（道路事故損害賠償額の決定）から、"
            "日程第４　議第30号までを一括議題といたします。市長から提案理由の説明を求めます。\n"
            "○市長（南野太郎）\n　報第５号は、道路事故損害賠償額の決定で、内容といたしましては…。\n"
            "　次に、議第29号は、ひがし市手数料条例の一部改正についてで、内容といたしましては…。\n"
            "　次に、議第30号は、令和６年度ひがし市一般会計補正予算（第２回）についてで、…。\n"
            "○議長（北野　実）\n　議第29号を採決いたします。御異議ありませんか。\n"
            "（「異議なし」と言う者あり）\n"
            "○議長（北野　実）\n　御異議なしと認めます。よって、議第29号は原案のとおり可決されました。\n"
            "　議第30号は総務委員会に付託いたします。\n")
    parsed = parse_text(text)
    assert [(i["kind"], i["title"], i["outcome"], i["departments"]) for i in parsed["items"]] == [
        ("報告", "専決処分の報告（道路事故損害賠償額の決定）", "不明", []),
        ("その他", "ひがし市手数料条例の一部改正", "承認", []),
        ("その他", "令和６年度ひがし市一般会計補正予算（第２回）", "不明", []),
    ]
    assert parsed["council_name"] == "ひがし市議会"


def test_a_committee_answered_by_the_executive_on_numbered_bills_is_an_assembly_committee():
    text = ("平成17年　企画総務委員会(11月28日)\n\n○鈴木（久）委員長\n　ただいまより企画総務委員会を開会します。"
            "議案第64号、平成17年度東野区一般会計補正予算については、説明を受け、質疑を行います。\n"
            "○矢田区長\n　（あいさつ）\n○原田委員\n　財源を伺います。\n○吉田企画部長\n　基金の繰入れです。\n"
            "○鈴木（久）委員長\n　起立多数と認めます。よって、議案第64号は可決すべきものと決定いたしました。\n")
    parsed = parse_text(text)
    assert parsed["chair"] == "鈴木(久)"
    assert [(i["kind"], i["title"], i["outcome"]) for i in parsed["items"]] == [
        ("その他", "平成17年度東野区一般会計補正予算", "承認"),
    ]


def test_town_assembly_roster_of_roles_and_names_with_kun_and_its_agenda_of_series():
    parsed = parse_file(CONVENTIONS / "assembly-town-roster.txt")
    # 令和６年９月２日… under ●議事日程 is the sitting's date, not an item.
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2024-09-02", "09:30", "10:50")
    # 議長　　北野実君　　　　副議長　南花子君: role words and 君 are not names.
    assert parsed["members_present"] == ["北野実", "南花子", "東山清", "西田誠"]
    assert parsed["chair"] == "北野実"
    # 開会宣告, 議事日程の報告, the rule line: business and furniture; 承認第１号 is a case.
    assert [(i["title"], i["outcome"], i["categories"]) for i in parsed["items"]] == [
        ("みなみ町手数料条例の一部を改正する条例", "承認", ["その他"]),
        ("専決処分の承認（令和６年度みなみ町一般会計補正予算（第３号））", "承認", ["その他"]),
    ]


def test_a_roster_whose_seat_numbers_are_spaced_from_their_mark_is_read_to_the_end():
    text = ("令和６年第１回ひがし町議会臨時会会議録\n令和６年１月29日（月曜日） 午前10時00分開会\n"
            "１ 招集年月日 令和６年１月29日（月曜日）\n２ 招集の場所 ひがし町議会議場\n３ 出席議員（３名）\n"
            "１番 工 藤 秀 一 ２番 米 川 恵美子\n10 番 高 山 正 人\n４ 欠席議員（なし）\n\n"
            "○議長（高山正人君）　ただいまから会議を開きます。\n○議長（高山正人君）　閉会します。\n")
    parsed = parse_text(text)
    assert parsed["place"] == "ひがし町議会議場"
    assert parsed["members_present"] == ["工藤秀一", "米川恵美子", "高山正人"]
    assert parsed["items"] == []


def test_a_page_flattened_into_one_line_is_read_field_by_field_and_turn_by_turn():
    members = "   会長  北野 実   副会長  南 花子   委員  東山 清        西田 誠"
    speech = "〇北野会長 ただいまから会議を開きます。本日は報告が一件あります。" * 4
    text = ("令和5年度第2回ひがし市個人情報保護審査会会議要録 日時 令和5年11月20日(月)10時~11時 "
            "会場 ひがし市役所5階 特別会議室 ● 出席者(敬称略)" + members
            + "   ● 議事 " + speech + "   〇事務局 資料に沿って説明します。   〇北野会長 以上で終了します。")
    assert "\n" not in text and len(text) > 300
    parsed = parse_text(text)
    assert (parsed["date"], parsed["start_time"], parsed["end_time"]) == ("2023-11-20", "10:00", "11:00")
    assert parsed["place"] == "ひがし市役所5階 特別会議室"
    assert parsed["members_present"] == ["北野実", "南花子", "東山清", "西田誠"]
    assert _speakers(parsed) == ["北野会長", "事務局", "北野会長"]


def test_an_assembly_named_in_the_banner_and_its_committee_in_the_title_make_one_council_name():
    text = ("ひがし市議会 こちらでは、指定された委員会の記録をご覧いただけます。\n"
            "トップ > 会議録閲覧(令和4年総務委員会) > 2022/09/12 令和4年総務委員会本文\n\n"
            "午前9時29分 開議\n◯委員長(北野実君)  ただいまから総務委員会を開会いたします。\n"
            "◯委員長(北野実君)  以上で散会します。\n午前11時 散会\n")
    assert parse_text(text)["council_name"] == "ひがし市議会総務委員会"


@pytest.mark.parametrize("committee", ["議員定数等に関する特別委員会", "新庁舎建設に係る調査特別委員会", "予算特別委員会"])
def test_a_special_committee_named_for_its_subject_keeps_the_whole_name(committee):
    text = (f"ひがし市議会 2021-06-17\n令和3年{committee} 本文 開催日:2021年06月17日\n"
            f"◯北野実委員長 ただ今から、{committee}を開催いたします。\n")
    assert parse_text(text)["council_name"] == f"ひがし市議会{committee}"


def test_sub_headings_for_the_explanation_and_the_questions_are_not_cases():
    text = HEAD + ("(1)ドライブレコーダーの映像の取扱いについて(新規諮問)\n  ア 実施機関説明\n"
                   "○事務局　諮問書に基づき説明します。\n  イ 質疑応答・委員審議\n○委員　提供先はどこか。\n")
    parsed = parse_text(text)
    assert [(i["kind"], i["title"]) for i in parsed["items"]] == [("諮問", "ドライブレコーダーの映像の取扱いについて")]


def test_a_record_that_starts_after_a_recess_states_no_opening_time():
    text = ("会議名：令和8年第2回定例会（第5日）\n\n午前10時48分　再開\n○議長（北野　実）\n　休憩前に引き続き会議を開きます。\n"
            "○議長（北野　実）\n　以上で散会いたします。\n午後０時17分　散会\n")
    parsed = parse_text(text)
    assert (parsed["start_time"], parsed["end_time"]) == (None, "12:17")


NUMBERED_HEADER = (
    "令和６年度第２回ひがし市情報公開・個人情報保護審議会会議録\n\n"
    "１　開催日時　令和６年８月２０日（火）午後２時００分～午後３時３０分\n"
    "２　開催場所　ひがし市役所本庁舎３階　第１会議室\n"
    "３　出席委員　山田太郎（会長）、佐藤花子（副会長）、鈴木一郎\n"
    "４　議題\n"
    "　(1)　諮問第３号　住民基本台帳事務における個人情報の外部提供について\n"
    "　(2)　諮問第４号　介護保険システムの改修に伴う電子計算機の結合について\n"
    "５　会議の経過\n"
    "○山田会長　ただいまから開会いたします。\n"
    "　それでは、議題（１）諮問第３号について、市民課から説明をお願いします。\n"
    "○中村市民課長　資料１に基づき説明いたします。\n"
    "○鈴木委員　提供先での管理はどうなっているか。\n"
    "○山田会長　ないようですので、諮問第３号は原案のとおり承認することといたします。\n"
)


def test_a_chair_who_names_an_agenda_item_by_its_number_takes_that_item_up():
    parsed = parse_text(NUMBERED_HEADER)
    # 議題（１）諮問第３号について is the agenda's first case, not a case of its own.
    assert [i["title"] for i in parsed["items"]] == [
        "住民基本台帳事務における個人情報の外部提供について",
        "介護保険システムの改修に伴う電子計算機の結合について",
    ]
    first = parsed["items"][0]
    assert (first["kind"], first["outcome"], first["departments"]) == ("諮問", "承認", ["市民課"])
    assert {t["item"] for t in parsed["turns"]} == {0}
    # The second case was not taken up in the text: nothing is claimed for it.
    assert parsed["items"][1]["outcome"] == "不明"


def test_the_proceedings_start_at_a_full_width_numbered_heading():
    text = NUMBERED_HEADER.replace("５　会議の経過", "５．議事内容").replace("○山田会長", "【山田会長】").replace(
        "○中村市民課長", "【中村市民課長】").replace("○鈴木委員", "【鈴木委員】")
    parsed = parse_text(text)
    assert _speakers(parsed) == ["山田会長", "中村市民課長", "鈴木委員", "山田会長"]
    assert "議事内容" not in [i["title"] for i in parsed["items"]]


def test_an_agenda_ends_where_the_first_speech_begins_without_a_heading():
    text = (
        "平成２０年度　第３回　きた町情報公開審査会　会議録\n\n"
        "開催日　平成20年11月5日（水）\n場　所　きた町役場２階　大会議室\n"
        "出席委員　会長　森　健一　　委員　池田　涼子\n欠席委員　委員　石井　聡\n"
        "案件\n　ア　公文書非公開決定処分に対する審査請求について\n　イ　その他\n\n"
        "会長　それでは会議を始めます。案件アについて事務局から説明をお願いします。\n"
        "事務局　本件は、請求人の公文書公開請求に対する決定について審査請求があったものです。\n"
        "委員　非公開とした理由は何か。\n"
    )
    parsed = parse_text(text)
    assert _speakers(parsed) == ["会長", "事務局", "委員"]
    assert parsed["members_present"] == ["森健一", "池田涼子"]
    assert parsed["members_absent"] == ["石井聡"]


def test_a_note_that_tells_cases_of_one_title_apart_names_their_departments():
    notes = next(c for c in CATALOGUE if c.name == "agenda-notes-tell-one-title-apart")
    text = HEAD.replace("\n会議の内容\n", "議題\n" + notes.example + "\n1. 委嘱書交付\n\n会議の内容\n")
    parsed = parse_text(text + "○会長　それでは始めます。\n○委員　承知しました。\n")
    assert [i["departments"] for i in parsed["items"]] == [["建築住宅課"], ["森林経営課"]]


def test_a_council_named_without_its_city_takes_the_city_from_a_title_it_quotes():
    text = ("平成19年度第1回情報公開運営審議会 議事録\n日時：平成19年9月25日(火)午後7時00分~8時50分\n\n会議内容\n"
            "委員長・・・事前送付済の『平成18年度第2回北村山市情報公開運営審議会 議事録』の内容を確認します。\n"
            "委員・・・意見はありません。\n")
    parsed = parse_text(text)
    assert parsed["municipality"] == "北村山市"
    assert parsed["council_name"] == "北村山市情報公開運営審議会"
    assert _speakers(parsed) == ["委員長", "委員"]


def test_the_chair_elected_in_the_text_is_the_roster_member_of_that_surname():
    text = ("みなみ県行政不服審査会開催記録\n出席者：委員 北野 敬子 (弁護士) 委員 南田 博志 (特任教授)\n\n会議内容\n"
            "（事務局）委員の互選により南田委員が会長に選出されました。\n（南田会長）よろしくお願いします。\n")
    assert parse_text(text)["chair"] == "南田博志"


def test_a_numbered_kind_word_takes_the_case_title_on_the_line_below():
    text = HEAD.replace("\n会議の内容\n", "\n会議内容\n\n  1. 開会\n  2. 議題\n\n    (1) 諮問\n\n"
                        "     駅前防犯カメラ設置に伴う外部電子計算組織との結合による個人情報の処理について\n\n"
                        "    (2) 個人情報取扱事務届出の報告について\n\n  3. 閉会\n\n 会議資料\n\n  1. 当日配布資料\n\n    (1)次第\n")
    parsed = parse_text(text)
    assert [(i["kind"], i["title"]) for i in parsed["items"]] == [
        ("諮問", "駅前防犯カメラ設置に伴う外部電子計算組織との結合による個人情報の処理について"),
        ("報告", "個人情報取扱事務届出の報告について"),
    ]


def test_departments_in_lenticular_brackets_after_a_case_title_are_its_departments():
    convention = next(c for c in CATALOGUE if c.name == "agenda-departments-in-lenticular-brackets")
    text = HEAD.replace("\n会議の内容\n", "議題\n" + convention.example + "\n\n会議の内容\n")
    parsed = parse_text(text + "○会長　それでは始めます。\n○委員　承知しました。\n")
    assert [i["departments"] for i in parsed["items"]] == [["課税課", "納税課"], ["子育て支援課"]]


def test_a_letter_spaced_chair_before_the_name_is_the_chair():
    roster = next(c for c in CATALOGUE if c.name == "roster-letter-spaced-role-and-name")
    parsed = parse_text(HEAD.replace("場所：みなみ市役所\n", "場所：みなみ市役所\n出席委員：" + roster.example + "\n")
                        + "○会長　それでは始めます。\n")
    assert parsed["chair"] == "北野和志"


def test_corrections_listed_under_the_minutes_confirmation_are_not_cases():
    text = HEAD + (
        "3 第2回懇話会議事要旨の訂正箇所について\n (1)1ページの北野委員の発言 義務を追う→負う\n (2)3ページの南田委員の発言 主見→主観\n"
        "4 第2回懇話会における質問事項について\n○会長　それでは始めます。\n○委員　承知しました。\n"
    )
    assert [i["title"] for i in parse_text(text)["items"]] == ["第2回懇話会における質問事項について"]


def test_the_secretariat_head_by_surname_is_no_department_and_a_report_paper_no_report():
    text = ("第9回 みなみ市個人情報保護専門調査会 議事録\n\n日時\n\n2024年6月7日(金)10:00~11:00\n\n議事次第\n\n"
            "1.開会\n2.調査会報告書とりまとめ\n  「個人情報保護制度の運用に関する課題(案)」について\n3.閉会\n\n"
            "○北野座長　ただいまから会議を開きます。\n○原事務局長　資料を説明いたします。\n")
    item, = parse_text(text)["items"]
    assert item["title"] == "調査会報告書とりまとめ「個人情報保護制度の運用に関する課題(案)」について"
    assert (item["kind"], item["departments"]) == ("その他", [])


def test_an_item_whose_report_was_accepted_is_a_report():
    text = HEAD + "(1) 個人情報保護条例の改正内容について\n○事務局　改正内容を説明します。\n○会長　それでは、本件は了承といたします。\n"
    item, = parse_text(text)["items"]
    assert (item["kind"], item["outcome"]) == ("報告", "報告了承")


def test_appeals_are_consultations_named_where_the_chair_takes_them_up():
    text = HEAD + (
        "○北野会長　続きまして、議事の(2)に入ります。公文書非公開決定処分に係る審査請求についての諮問を審議いたします。\n"
        "○事務局　資料を説明します。\n○北野会長　以降の審議は非公開とします。\n"
    )
    item, = parse_text(text)["items"]
    assert (item["kind"], item["title"]) == ("諮問", "公文書非公開決定処分に係る審査請求についての諮問")


def test_a_case_number_in_brackets_after_the_title_gives_its_kind_and_leaves_the_title():
    parsed = parse_text(HEAD.replace("\n会議の内容\n", "議題\n2　審査請求について（諮問第12号）\n\n会議の内容\n")
                        + "○会長　それでは始めます。\n○委員　承知しました。\n")
    assert [(i["kind"], i["title"]) for i in parsed["items"]] == [("諮問", "審査請求について")]
