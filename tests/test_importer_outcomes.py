"""What an assembly's chair declares decided on each bill becomes that item's outcome, and only that.

Every fixture is synthetic, with fictional names and numbers.
"""
import pytest

from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.conventions import OUTCOME_CONVENTIONS

ASSEMBLY_HEAD = "令和６年第３回みなみ市議会臨時会会議録\n令和6年4月8日　午前10時開会\n\n"


def _outcomes(text):
    return "|".join(f"{i['title']}={i['outcome']}" for i in parse_text(ASSEMBLY_HEAD + text)["items"])


@pytest.mark.parametrize("convention", OUTCOME_CONVENTIONS, ids=lambda c: c.name)
def test_each_outcome_convention_decides_its_items(convention):
    assert _outcomes(convention.example) == convention.expect


def test_a_bill_listed_before_the_sitting_takes_the_vote_declared_where_it_is_taken_up():
    text = (
        "●本日の会議に付議した事件\n日程第1　議案第 3号　みなみ市介護保険条例の一部を改正する条例\n"
        "日程第2　議案第14号　みなみ市下水道条例の一部を改正する条例\n\n"
        "○議長（北野一郎）　議案第14号を議題といたします。\n"
        "○議長（北野一郎）　起立少数であります。よって、議案第14号は否決されました。\n"
        "○議長（北野一郎）　議案第３号を議題といたします。\n"
        "○議長（北野一郎）　よって、議案第３号は、原案のとおり可決されました。\n"
    )
    parsed = parse_text(ASSEMBLY_HEAD + text)
    # Taken up in the other order than listed: each vote goes to its own bill.
    assert {i["title"]: i["outcome"] for i in parsed["items"]} == {
        "みなみ市介護保険条例の一部を改正する条例": "承認",
        "みなみ市下水道条例の一部を改正する条例": "不承認",
    }


def test_a_listed_bill_never_taken_up_states_no_outcome():
    text = (
        "●本日の会議に付議した事件\n日程第１　議案第５号　みなみ市図書館条例の一部を改正する条例\n\n"
        "○議長（北野一郎）　ただいまから会議を開きます。\n"
        "○議長（北野一郎）　会期は本日１日と決定いたしました。\n"
    )
    assert _outcomes(text) == "みなみ市図書館条例の一部を改正する条例=不明"


def test_a_listing_cut_by_its_columns_leaves_the_title_to_the_chairs_words():
    text = (
        "○本日の会議に付した事件\n日程第３ 議案第１号\nて\n\n"
        "○議長（北野一郎君） 開会します。\n◎ 日程第３ 議案第１号\n"
        "〇議長（北野一郎君） 日程第３、議案第１号みなみ町手数料条例の一部を改正する条例の制定についてを議題とします。\n"
        "〇議長（北野一郎君） 異議なしと認めます。したがって議案第１号は原案のとおり可決されました。\n"
    )
    assert _outcomes(text) == "みなみ町手数料条例の一部を改正する条例の制定について=承認"


def test_a_member_speaking_from_a_numbered_seat_and_an_official_with_a_long_title_stay_in_the_case():
    headed = next(c for c in OUTCOME_CONVENTIONS if c.name == "outcome-business-listed-then-headed-by-number")
    parsed = parse_text(ASSEMBLY_HEAD + headed.example)
    turns = [(t["speaker"], t["role"]) for t in parsed["turns"]]
    assert ("３番（東山三郎）", "member") in turns
    assert [i["outcome"] for i in parsed["items"]] == ["承認"]


def test_a_position_against_a_petition_decides_nothing():
    text = (
        "△日程第１　陳情第２号　みなみ公園の存続を求める陳情\n"
        "○議長（北野一郎）　陳情第２号を議題といたします。\n"
        "◆２番（南田二郎）　本陳情は不採択とすべきとの立場で討論いたします。\n"
    )
    # A member's stand, not a vote: no outcome, and never the 採択 inside 不採択.
    assert _outcomes(text) == "みなみ公園の存続を求める陳情=不明"


def test_the_petition_on_the_floor_takes_the_decision_that_names_it_only_as_this_petition():
    text = (
        "●本日の会議に付議した事件\n日程第１　陳情第５号　みなみ線の存続を求める陳情\n"
        "日程第２　請願第１号　みなみ駅前の歩道整備を求める請願\n\n"
        "○議長（北野一郎）　ただいまから会議を開きます。\n"
        "○議長（北野一郎）　陳情第５号を議題といたします。\n"
        "○議長（北野一郎）　起立少数であります。よって、本陳情は不採択と決定されました。\n"
    )
    # The petition never taken up states nothing.
    assert sorted(_outcomes(text).split("|")) == ["みなみ線の存続を求める陳情=不承認", "みなみ駅前の歩道整備を求める請願=不明"]


COUNCIL_HEAD = (
    "みなみ県文化財保護審議会　令和６年度第３回\n日時：令和7年2月16日　午前10時30分から11時30分まで\n場所：みなみ県公館\n\n"
)


CONSULTED = ("(1)令和6年度みなみ県指定文化財等の指定等について\n"
             "みなみ県教育委員会が令和7年1月23日付けで諮問した内容について、")


@pytest.mark.parametrize("narration, expected", [
    # A consultation the sitting answers (その旨答申を行った) is approved.
    (CONSULTED + "各部会長から部会の審議内容を報告した。\n審議会において、諮問された各文化財は、指定等に値すると結論され、"
     "その旨答申を行った。\n", [("諮問", "令和6年度みなみ県指定文化財等の指定等について", "承認")]),
    # One referred to a committee is not decided yet.
    (CONSULTED + "事務局から説明があった。\n審議の結果、専門調査会において調査することとした。\n",
     [("諮問", "令和6年度みなみ県指定文化財等の指定等について", "不明")]),
    # A report narrated under its title states no outcome; its lone ア entry is what it covers.
    ("(1)令和7年度文化財保護課主要事業等について\n事務局から次の事項について報告\nア 令和7年度保存事業等について\n",
     [("報告", "令和7年度文化財保護課主要事業等について", "不明")]),
], ids=["answered", "referred", "report"])
def test_the_narration_under_a_title_gives_its_kind_and_only_the_outcome_it_states(narration, expected):
    items = parse_text(COUNCIL_HEAD + narration)["items"]
    assert [(i["kind"], i["title"], i["outcome"]) for i in items] == expected


def test_the_note_under_an_order_entry_gives_its_number_and_marks_the_auditors_report():
    example = next(c for c in OUTCOME_CONVENTIONS if c.name == "outcome-number-in-the-proposer-note").example
    items = parse_text(ASSEMBLY_HEAD + example)["items"]
    # The note is no part of the title, and （監査報告） makes the entry a report.
    assert [(i["kind"], i["title"]) for i in items] == [
        ("報告", "例月出納検査の結果について"),
        ("その他", "専決処分の承認を求めることについて（令和６年度みなみ市一般会計補正予算（第３号））"),
        ("その他", "みなみ市手数料条例の一部を改正する条例"),
    ]


def test_a_vote_on_the_bills_left_out_or_on_a_resolution_attached_is_not_the_listed_bills_outcome():
    text = (
        "△日程第１　議案第３号　みなみ市手数料条例の一部を改正する条例\n"
        "△日程第２　議案第４号　みなみ市公園条例の一部を改正する条例\n"
        "○議長（北野一郎）　議案第３号及び議案第４号を一括議題といたします。\n"
        "○議長（北野一郎）　起立少数であります。よって、議案第３号及び議案第４号は否決されました。\n"
        "○議長（北野一郎）　議案第３号及び議案第４号を除く各案は原案のとおり可決されました。\n"
        "○議長（北野一郎）　議案第３号及び議案第４号に対する附帯決議は可決されました。\n"
    )
    # The last two sentences decide the other bills and a resolution: the two bills stay rejected.
    assert sorted(_outcomes(text).split("|")) == ["みなみ市公園条例の一部を改正する条例=不承認", "みなみ市手数料条例の一部を改正する条例=不承認"]


def test_the_question_and_its_so_decided_in_one_statement_decide_the_bill():
    text = (
        "△日程第１　議案第２１号\n"
        "○議長（北野一郎君）　日程1、議案第21号　令和７年度みなみ市水道事業会計補正予算（第２号）を議題といたします。\n"
        "○議長（北野一郎君）　お諮りいたします。本案は原案のとおり可決することに御異議ありませんか。"
        "〔「異議なし」と呼ぶ者あり〕御異議なしと認めます。したがって、そのように決定いたしました。\n"
    )
    assert _outcomes(text) == "令和７年度みなみ市水道事業会計補正予算（第２号）=承認"


def test_bills_of_one_title_listed_and_then_taken_up_by_number_keep_each_its_own_vote():
    text = (
        "◎本日の会議に付議した事件\n"
        "日程第 １ 議案第 １号 工事請負契約の変更契約の締結について\n"
        "日程第 ２ 議案第 ２号 工事請負契約の変更契約の締結について\n"
        "──────────────────────────────────\n"
        "◎日程第１ 議案第１号\n"
        "○議長（北野一郎君） 日程第１ 議案第１号工事請負契約の変更契約の締結についてを議題といたします。\n"
        "これより、議案第１号工事請負契約の変更契約の締結についてを採決いたします。\n"
        "○議長（北野一郎君） 異議なしと認めます。\nしたがって、本案は、原案のとおり可決されました。\n"
        "────────────────────────────────────\n"
        "◎日程第２ 議案第２号\n"
        "○議長（北野一郎君） 日程第２ 議案第２号工事請負契約の変更契約の締結についてを議題といたします。\n"
        "○議長（北野一郎君） 起立少数であります。\nしたがって、本案は、否決されました。\n"
    )
    # Two entries of one title, each also taken up by its number: one item a bill, each with the vote on it.
    assert _outcomes(text) == "工事請負契約の変更契約の締結について=承認|工事請負契約の変更契約の締結について=不承認"


COUNCIL_MINUTES = (
    "北山市情報公開・個人情報保護審議会 会議録\n"
    "日時　令和6年5月20日（月）午後2時00分から午後3時30分まで\n"
    "場所　北山市役所 第1会議室\n"
    "出席委員　北野一郎（会長）、南田花子、東山次郎\n"
    "議題\n(1) 防犯カメラの設置について（市民生活課）\n\n"
    "北野会長　防犯カメラの設置について、市民生活課から説明をお願いします。\n"
    "市民生活課長　駅前に防犯カメラを3台設置する計画です。\n"
    "北野会長　{question}\n"
    "南田委員　異議なし。\n"
    "北野会長　ご異議なしと認め、さよう決しました。\n"
)


def test_consent_to_a_step_of_the_proceedings_decides_nothing_about_the_item():
    step = "この際お諮りいたします。本件について、設置場所を確認するため委員派遣による現地調査を実施したいと思います。これにご異議ございませんか。"
    (item,) = parse_text(COUNCIL_MINUTES.format(question=step))["items"]
    assert item["outcome"] == "不明"
    approve = "本件について、原案のとおり承認することにご異議ございませんか。"
    (item,) = parse_text(COUNCIL_MINUTES.format(question=approve))["items"]
    assert item["outcome"] == "承認"
