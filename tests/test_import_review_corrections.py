"""Fixing a wrongly read file on the review in a few actions: re-read a block of numbered source lines as the
agenda or a roster, split a title that ran several numbered cases together, add an item, and merge a turn
that a line read as a speaker's label cut off into the turn before it."""
import copy
import re

import pytest

from conftest import PASSWORD
from shingikai.errors import ActionRefused
from shingikai.minutes.actions import (
    REREAD_MAX_LINES, add_pending_item, import_pending, merge_pending_turns, receive_import_file,
    reread_pending_block, split_pending_item,
)
from shingikai.minutes.importer.blocks import items_from_lines, members_from_lines, split_numbered
from shingikai.minutes.models import PendingImport
from test_import_web import review_post_data, upload

KITANO = """令和6年度第2回北野市情報公開・個人情報保護審議会 会議録

日時：令和6年10月7日（月）午後2時00分～午後3時30分
場所：北野市役所 第3会議室
出席委員
　会長　北　野　　一　郎
　委員　南田　健　　東山　花子
欠席委員：西川京子

次第
1 開会
2 議題
（1）北野市防犯カメラの設置について（諮問）
（2）北野市図書館システムの
　　更改について（報告）
3 閉会

○会長　ただいまから会議を開きます。
○防災課　防犯カメラの設置について説明します。
○南田委員　映像の保存期間は何日ですか。
○防災課　14日です。
○会長　承認することでよろしいか。
○図書館課　図書館システムの更改について報告します。
○東山委員　了承します。
"""

# A review whose agenda was read as one title, with turns pointing at its items.
RUN_TOGETHER = {
    "meeting_label": "令和6年度第2回", "date": "2024-10-07", "members_present": ["北野一郎"],
    "items": [
        {"kind": "その他", "title": "委員の委嘱について", "outcome": "不明"},
        {"kind": "その他", "title": "報告案件第1号 北野市の窓口予約について 事前説明案件第1号 北野市の証明書交付について",
         "outcome": "不明"},
        {"kind": "諮問", "title": "北野市防犯カメラの設置について", "outcome": "承認"},
    ],
    "turns": [
        {"speaker": "会長", "role": "chair", "item": 0, "text": "委嘱状を交付します。"},
        {"speaker": "市民課", "role": "department", "item": 1, "text": "窓口予約について報告します。"},
        {"speaker": "防災課", "role": "department", "item": 2, "text": "防犯カメラについて説明します。"},
        {"speaker": "会長", "role": "chair", "item": None, "text": "閉会します。"},
    ],
}


def line_of(text, words):
    """The 1-based number of the first source line holding words, as the review numbers them."""
    return next(n for n, line in enumerate(text.splitlines(), start=1) if words in line)


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def pending(world, media):
    return receive_import_file(KITANO.encode("utf-8"), name="kitano.txt", by=world.secretariat)


def with_parse(pending, parsed):
    """The review with the importer's reading replaced by parsed's fields."""
    PendingImport.objects.filter(pk=pending.pk).update(parsed={**pending.parsed, **copy.deepcopy(parsed)})
    return PendingImport.objects.get(pk=pending.pk)


# -- the block readers ---------------------------------------------------------------------------------


def titles(items):
    return [(i["kind"], i["title"]) for i in items]


def test_items_numbered_with_brackets_join_a_wrapped_title_and_leave_procedure_out():
    block = ["次第", "1 開会", "2 議題", "（1）北野市防犯カメラの設置について（諮問）",
             "（2）北野市図書館システムの", "　　更改について（報告）（図書館課）", "3 閉会"]
    items = items_from_lines(block)
    assert titles(items) == [("諮問", "北野市防犯カメラの設置について"), ("報告", "北野市図書館システムの更改について")]
    assert items[1]["departments"] == ["図書館課"]
    assert {i["outcome"] for i in items} == {"不明"}
    assert set(items[0]) == {"kind", "title", "departments", "legal_basis", "categories", "outcome", "conditions",
                             "topic"}


def test_items_with_case_numbers_take_the_kind_their_series_states():
    block = ["議題", "諮問第3号　北野市立図書館システムの更改について", "諮問第4号　北野市の住民票写し交付事務について"]
    assert titles(items_from_lines(block)) == [("諮問", "北野市立図書館システムの更改について"),
                                               ("諮問", "北野市の住民票写し交付事務について")]


def test_items_under_a_report_heading_are_reports_and_unstated_kinds_stay_other():
    block = ["【報告事項】", "1 北野市個人情報の取扱状況について", "2 北野市情報公開制度の運用状況について", "", "出席者"]
    assert titles(items_from_lines(block)) == [("報告", "北野市個人情報の取扱状況について"),
                                               ("報告", "北野市情報公開制度の運用状況について")]
    assert titles(items_from_lines(["・北野市の防犯カメラについて", "・北野市の窓口システムについて"])) == [
        ("その他", "北野市の防犯カメラについて"), ("その他", "北野市の窓口システムについて")]


def test_unnumbered_titles_one_a_line_under_a_heading():
    block = ["本日の案件", "北野市防犯カメラの設置について（諮問）", "北野市の窓口予約について"]
    assert titles(items_from_lines(block)) == [("諮問", "北野市防犯カメラの設置について"), ("その他", "北野市の窓口予約について")]


def test_an_agenda_flattened_into_one_line_is_found_inside_it():
    line = ("北野市環境審議会 日時:令和6年5月1日 ■議事: 1 開会 2 北野市環境基本計画の改定について "
            "3 北野市の緑化事業について 4 閉会 ■配布資料: 資料1")
    assert [i["title"] for i in items_from_lines([line])] == ["北野市環境基本計画の改定について", "北野市の緑化事業について"]


def test_items_with_a_bracketed_case_number_open_an_entry_and_notes_under_them_are_passed_over():
    block = ["〔報告1〕北野市の窓口予約について", "※資料に基づき事務局から説明", "", "〔議題 2〕南田地区の公園整備の進め方について",
             "<主な意見>", "(委員)北野市の公園は少ない。", "【案件3】北野市緑化計画の改定について"]
    assert titles(items_from_lines(block)) == [("報告", "北野市の窓口予約について"), ("その他", "南田地区の公園整備の進め方について"),
                                               ("その他", "北野市緑化計画の改定について")]


def test_a_title_broken_inside_a_word_and_the_headers_numbered_fields():
    assert [i["title"] for i in items_from_lines(["北野市環境基本計画の進捗状況につ", "いて", "南田川の水質調査の結果について"])] == [
        "北野市環境基本計画の進捗状況について", "南田川の水質調査の結果について"]
    block = ["1 開催日時", "令和6年4月2日(火)午後2時から", "2 開催場所", "北野市役所3階会議室", "3 議題",
             "(1) 北野市防災計画の修正に", "ついて", "(2) 南田地区避難所の指定について"]
    assert [i["title"] for i in items_from_lines(block)] == ["北野市防災計画の修正について", "南田地区避難所の指定について"]


def test_branch_points_notes_on_their_own_line_and_a_counted_heading():
    block = ["議事（3件）", "(1) 北野市の開示請求の状況", "－1 行政文書", "－2 個人情報", "(2) 南田地区の審査基準",
             "・諮問第7号", "北野市の保有個人情報の提供について", "（「目的外利用の制限」／北野市福祉課）"]
    assert [i["title"] for i in items_from_lines(block)] == [
        "北野市の開示請求の状況", "南田地区の審査基準", "北野市の保有個人情報の提供について（「目的外利用の制限」／北野市福祉課）"]


def test_titles_told_apart_only_by_their_department_keep_it():
    block = ["1. 外部点検の実施について(北野市市民課)", "2. 外部点検の実施について(北野市福祉課)", "3. 南田地区の電算結合について(情報課)"]
    assert [i["title"] for i in items_from_lines(block)] == [
        "外部点検の実施について(北野市市民課)", "外部点検の実施について(北野市福祉課)", "南田地区の電算結合について"]


def test_a_table_of_contents_leaves_its_marks_leaders_and_pages_out():
    block = ["◯日程第2 報告第 3 号 北野市の専決処分の報告について ………………… 4", "",
             "◯日程第3 議案第21号 南田公園の指定管理者の指定について ‥‥‥‥ 12"]
    assert titles(items_from_lines(block)) == [("報告", "北野市の専決処分の報告について"),
                                               ("その他", "南田公園の指定管理者の指定について")]


def test_a_block_from_a_title_under_its_number_and_a_bullet_after_a_sentence():
    block = ["北野市の窓口業務における個人情報の外部", "委託について", "③諮問第12号", "南田地区の防犯カメラ映像の提供について"]
    assert [i["title"] for i in items_from_lines(block)] == [
        "北野市の窓口業務における個人情報の外部委託について", "南田地区の防犯カメラ映像の提供について"]
    block = ["- 北野市の公園整備について", "事務局から資料3で説明した。 - 南田川の清掃活動について"]
    assert [i["title"] for i in items_from_lines(block)] == ["北野市の公園整備について", "南田川の清掃活動について"]


def test_items_run_together_on_one_line_are_split():
    block = ["2 報告案件第1号 北野市の窓口予約について 事前説明案件第1号 北野市の証明書交付について"]
    assert titles(items_from_lines(block)) == [("報告", "北野市の窓口予約について"), ("その他", "北野市の証明書交付について")]


def test_bare_case_numbers_run_together_on_one_line_are_split():
    # 第229号 …について 第230号 …について: a 都市計画審議会's 議案 numbered without a series word.
    block = ["第12号 北山都市計画用途地域の変更について(北山市決定) 第13号 北山都市計画臨港地区の変更について"]
    assert [i["title"] for i in items_from_lines(block)] == [
        "北山都市計画用途地域の変更について(北山市決定)", "北山都市計画臨港地区の変更について"]


@pytest.mark.parametrize("block", [
    ["陳情第五〇四六号 北野地区の街路灯設置について 陳情第五〇四七号 南田公園の遊具更新について"],
    ["議案第十二号　北野地区の街路灯設置について", "議案第十三号　南田公園の遊具更新について"],
])
def test_case_numbers_in_kanji_digits_open_entries_as_arabic_ones_do(block):
    # Assemblies print petition and bill numbers in kanji digits; the number is the case's, not its title's.
    assert [i["title"] for i in items_from_lines(block)] == ["北野地区の街路灯設置について", "南田公園の遊具更新について"]


@pytest.mark.parametrize("block, names", [
    (["出席委員", "　会長　北　野　　一　郎", "　委員　南田　健　　東山　花子"], ["北野一郎", "南田健", "東山花子"]),
    (["南田健（会長）、東山花子、西川 京子（副会長）"], ["南田健", "東山花子", "西川京子"]),
    (["1 北野一郎", "2 南田健", "3 東山花子（北野大学教授）"], ["北野一郎", "南田健", "東山花子"]),
    (["委員 北野一郎 委員 南田健"], ["北野一郎", "南田健"]),
    (["欠席委員：西川京子"], ["西川京子"]),
    (["  1番 佐々木 史 仁 君     2番 南 田   健 君"], ["佐々木史仁", "南田健"]),
    (["◎北野一郎〇南田健※東山花子"], ["北野一郎", "南田健", "東山花子"]),
    (["出 席 者 北野会長 南田副会長 東山委員"], ["北野", "南田", "東山"]),
    (["| 出席者 | 会長 北野 一郎 (北野大学大学院法学研究科教授) 委員 南田 健 (弁護士) |"], ["北野一郎", "南田健"]),
    (["- 北野会長", "- 南田委員"], ["北野", "南田"]),
    # a role after each name: 議員, 教育長, 教育長職務代理者; the head a space apart (南田 健 市長)
    (["  3番 北野一郎議員    4番 西 京子議員"], ["北野一郎", "西京子"]),
    (["東山花子教育長、西川京子教育長職務代理者、北野一郎委員"], ["東山花子", "西川京子", "北野一郎"]),
    (["会長   南田 健 市長"], ["南田健"]),
    # a seat number with a space before 番
    (["5 番 北野一郎 6 番 東山花子"], ["北野一郎", "東山花子"]),
    # letter-spaced to a column, the gap inside a name as wide as between names, each closed by 君; a role
    # letter-spaced before it, 〃 repeating the role above
    (["委 員 長  北 野   健 君        副委員長  東 山 花 子 君", "  〃    南 田   健 君"], ["北野健", "東山花子", "南田健"]),
    # a deputy's role before or after a name
    (["委員長 北野 一郎", "代理 南田 健", "東山花子委員長代理、西川京子委員"], ["北野一郎", "南田健", "東山花子", "西川京子"]),
    # each name with its affiliation a wide gap after it; a member noted absent there is not read
    (["北野 一郎  北野大学経済学部 准教授", "南田 健    北野商店街振興組合 理事長(当日欠席)", "東山 花子  公募市民委員"],
     ["北野一郎", "東山花子"]),
    # family and given name a wide gap apart after a role or a seat; a given name in kana; a column of attendance
    (["委員長  北野  一郎", "委  員  南田  健", "3番 東山  京"], ["北野一郎", "南田健", "東山京"]),
    (["北野 みのり委員長", "南 かおる委員", "東山花子 教育委員長職務代理者"], ["北野みのり", "南かおる", "東山花子"]),
    (["会長 北野一郎 出席", "委員 南田健 出席"], ["北野一郎", "南田健"]),
    (["3 出席者 北野部会長、南田委員"], ["北野", "南田"]),
    # the staff's group label after the members ends the list; an office in a note after a name is only a note
    (["(委 員) 北野一郎、南田健 (計2名) (市民部長)東山京 (事務局) 西川花子"], ["北野一郎", "南田健"]),
    (["・北野 一郎(有識者)", "・南田 健(関係行政機関 北野市都市計画課長)"], ["北野一郎", "南田健"]),
])
def test_members_are_read_by_name_shape(block, names):
    assert members_from_lines(block) == names


def test_a_roster_in_a_text_flattened_onto_one_line_is_read_as_a_block():
    line = ("北野市議会総務委員会記録 " + "─" * 150 + " 1.日 時 令和6年6月3日 1.出席委員   北 野   健 君       "
            "南 田 一 郎 君       東 山   京 君 1.欠席委員 なし 1.説明員 北野市長 西川 花子 " + "─" * 100)
    assert members_from_lines([line]) == ["北野健", "南田一郎", "東山京"]


def test_a_block_with_no_name_reads_none():
    assert members_from_lines(["欠席委員：なし"]) == []
    assert items_from_lines(["1 開会", "2 閉会"]) == []


# -- re-reading a block ----------------------------------------------------------------------------------


def test_reread_replaces_the_items_and_clears_the_turns_references(pending):
    pending = with_parse(pending, RUN_TOGETHER)
    first, last = line_of(KITANO, "次第"), line_of(KITANO, "3 閉会")
    pending = reread_pending_block(pending, field="items", first_line=first, last_line=last,
                                   expected_version=pending.version)
    assert titles(pending.parsed["items"]) == [("諮問", "北野市防犯カメラの設置について"),
                                               ("報告", "北野市図書館システムの更改について")]
    assert [t["item"] for t in pending.parsed["turns"]] == [None] * 4
    assert pending.parsed["members_present"] == ["北野一郎"]   # only the field named changes


def test_reread_members_present_and_absent(pending):
    pending = reread_pending_block(pending, field="members_present", first_line=line_of(KITANO, "出席委員"),
                                   last_line=line_of(KITANO, "東山"))
    assert pending.parsed["members_present"] == ["北野一郎", "南田健", "東山花子"]
    line = line_of(KITANO, "欠席委員")
    pending = reread_pending_block(pending, field="members_absent", first_line=line, last_line=line)
    assert pending.parsed["members_absent"] == ["西川京子"]


@pytest.mark.parametrize("first, last, message", [
    (0, 3, "行の範囲"), (5, 4, "行の範囲"), (1, 10_000, "行の範囲"), ("3", 4, "行の範囲"),
])
def test_reread_refuses_a_bad_range(pending, first, last, message):
    before = (pending.parsed, pending.version)
    with pytest.raises(ActionRefused, match=message):
        reread_pending_block(pending, field="items", first_line=first, last_line=last)
    pending.refresh_from_db()
    assert (pending.parsed, pending.version) == before


def test_reread_refuses_a_block_longer_than_the_limit(world, media):
    text = KITANO + "".join(f"○委員　質問{n}です。\n" for n in range(REREAD_MAX_LINES + 10))
    pending = receive_import_file(text.encode("utf-8"), name="long.txt", by=world.secretariat)
    with pytest.raises(ActionRefused, match=f"{REREAD_MAX_LINES} 行まで"):
        reread_pending_block(pending, field="items", first_line=1, last_line=REREAD_MAX_LINES + 1)


def test_reread_finding_nothing_changes_nothing(pending):
    before = (pending.parsed, pending.version)
    line = line_of(KITANO, "ただいまから")
    with pytest.raises(ActionRefused, match="議題が見つかりませんでした"):
        reread_pending_block(pending, field="items", first_line=line, last_line=line)
    with pytest.raises(ActionRefused, match="出席委員の氏名が見つかりませんでした"):
        reread_pending_block(pending, field="members_present", first_line=1, last_line=1)
    pending.refresh_from_db()
    assert (pending.parsed, pending.version) == before


def test_reread_refuses_a_stale_version_and_a_forged_field(pending):
    with pytest.raises(ActionRefused) as refused:
        reread_pending_block(pending, field="items", first_line=11, last_line=16, expected_version=pending.version - 1)
    assert refused.value.code == "conflict"
    with pytest.raises(ActionRefused, match="読み直す項目"):
        reread_pending_block(pending, field="chair", first_line=11, last_line=16)


# -- split, add, merge -----------------------------------------------------------------------------------


def test_split_makes_an_item_of_each_numbered_case_and_shifts_later_turns(pending):
    pending = with_parse(pending, RUN_TOGETHER)
    pending = split_pending_item(pending, index=1, expected_version=pending.version)
    assert titles(pending.parsed["items"]) == [
        ("その他", "委員の委嘱について"), ("報告", "北野市の窓口予約について"), ("その他", "北野市の証明書交付について"),
        ("諮問", "北野市防犯カメラの設置について")]
    # The split item's turns stay with its first part; the turn about the camera still points at the camera.
    assert [t["item"] for t in pending.parsed["turns"]] == [0, 1, 3, None]
    assert pending.parsed["items"][3]["outcome"] == "承認"


def test_split_leaves_what_was_filled_in_with_the_first_part(pending):
    """What the secretariat filled in for the item (its department, legal basis, class, outcome, conditions) is not
    dropped by the split: it stays with the first part, as the item's turns do."""
    filled = {"departments": ["市民課"], "legal_basis": ["条例第8条"], "categories": ["目的外利用"], "outcome": "承認",
              "conditions": ["保存期間を定めること"], "topic": "窓口"}
    parsed = copy.deepcopy(RUN_TOGETHER)
    parsed["items"][1].update(filled)
    pending = split_pending_item(with_parse(pending, parsed), index=1)
    first, second = pending.parsed["items"][1:3]
    assert (first["title"], first["kind"]) == ("北野市の窓口予約について", "報告")
    assert {k: first[k] for k in filled} == filled
    assert second["outcome"] == "不明" and second["departments"] == []


@pytest.mark.parametrize("title", ["(1) 北野市の窓口予約について (2) 北野市の証明書交付について",
                                   "1 北野市の窓口予約について 2 北野市の証明書交付について"])
def test_split_reads_bracketed_and_plain_numbers(title):
    assert [i["title"] for i in split_numbered(title)] == ["北野市の窓口予約について", "北野市の証明書交付について"]


def test_split_refuses_a_title_with_one_case_or_a_forged_index(pending):
    pending = with_parse(pending, RUN_TOGETHER)
    with pytest.raises(ActionRefused, match="分割しませんでした"):
        split_pending_item(pending, index=2)
    for index in (3, -1, "1", None):
        with pytest.raises(ActionRefused, match="議題の番号が正しくありません"):
            split_pending_item(pending, index=index)
    assert PendingImport.objects.get(pk=pending.pk).parsed == pending.parsed


def test_an_added_item_is_empty_and_is_not_imported_without_a_title(pending):
    count = len(pending.parsed["items"])
    pending = add_pending_item(pending, expected_version=pending.version)
    assert len(pending.parsed["items"]) == count + 1
    assert pending.parsed["items"][-1]["title"] == "" and pending.parsed["items"][-1]["outcome"] == "不明"
    with pytest.raises(ActionRefused, match=f"議題 {count + 1} の件名が空です"):
        import_pending(pending)
    assert PendingImport.objects.filter(pk=pending.pk).exists()


def test_merge_appends_a_turn_to_the_turn_before_it(pending):
    pending = with_parse(pending, RUN_TOGETHER)
    pending = merge_pending_turns(pending, indexes=[2, 3], expected_version=pending.version)
    turns = pending.parsed["turns"]
    assert len(turns) == 2
    assert turns[1]["text"] == "窓口予約について報告します。\n防災課　防犯カメラについて説明します。\n会長　閉会します。"
    with pytest.raises(ActionRefused, match="最初の発言"):
        merge_pending_turns(pending, indexes=[0])
    with pytest.raises(ActionRefused, match="発言の番号"):
        merge_pending_turns(pending, indexes=[5])


# -- the review page ---------------------------------------------------------------------------------------


def review_of(client, world):
    client.login(username="jimukyoku", password=PASSWORD)
    response = upload(client, name="kitano.txt", data=KITANO.encode("utf-8"), council=world.council.pk)
    return response["Location"].split("?")[0]


def test_the_source_is_shown_a_line_an_element_numbered_apart_from_its_text(client, world, media):
    review_url = review_of(client, world)
    body = client.get(review_url).content.decode()
    lines = re.findall(r'<span class="ln" id="source-line-\d+">(.*?)</span>', body, re.S)
    assert len(lines) == len(KITANO.splitlines())
    assert lines[line_of(KITANO, "次第") - 1] == "次第"
    # Numbers drawn by CSS, with no text for screen readers; a browser that cannot give content an alternative
    # text still shows the numbers the re-read asks for.
    assert 'content: counter(line); content: counter(line) / ""' in body


def reread_post(client, review_url, **data):
    """「読み直す」 pressed on the first page, with what the page holds."""
    page = review_post_data(client.get(review_url))
    return client.post(review_url, {**page, "reread-field": "items", "reread": "", **data})


def test_reread_from_the_review(client, world, media):
    review_url = review_of(client, world)
    response = reread_post(client, review_url, **{"reread-first_line": line_of(KITANO, "次第"),
                                                   "reread-last_line": line_of(KITANO, "3 閉会")})
    assert response.status_code == 302
    body = client.get(response["Location"]).content.decode()
    assert "行目を議題として読み直しました (2 件)" in body
    assert [i["title"] for i in PendingImport.objects.get().parsed["items"]] == [
        "北野市防犯カメラの設置について", "北野市図書館システムの更改について"]


@pytest.mark.parametrize("first, last, status, message", [
    ("0", "3", 400, "0 以上"), ("3", "2", 400, "行の範囲"), ("abc", "3", 400, "整数"), ("1", "999", 400, "行の範囲"),
    ("1", "1", 400, "議題が見つかりませんでした"),
])
def test_a_refused_reread_says_why_and_changes_nothing(client, world, media, first, last, status, message):
    review_url = review_of(client, world)
    before = PendingImport.objects.get().parsed
    response = reread_post(client, review_url, **{"reread-first_line": first, "reread-last_line": last})
    assert response.status_code == status
    body = response.content.decode()
    assert message in body or message.replace("0 以上", "1 以上") in body
    assert f'name="reread-first_line" value="{first}"' in body   # what was typed is shown again
    assert PendingImport.objects.get().parsed == before


def test_a_forged_or_stale_reread_is_refused(client, world, media):
    review_url = review_of(client, world)
    lines = {"reread-first_line": "11", "reread-last_line": "16"}
    assert reread_post(client, review_url, **lines, **{"reread-field": "chair"}).status_code == 400
    stale = reread_post(client, review_url, **lines, seen=PendingImport.objects.get().version - 1)
    assert stale.status_code == 409
    # The turns page offers no re-read.
    with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    response = reread_post(client, f"{review_url}?page=2", **lines)
    assert response.status_code == 400 and "最初のページ" in response.content.decode()


def test_a_reread_keeps_what_was_typed_on_the_page(client, world, media):
    """The page's corrections are saved with the re-read, not lost by it; a refused re-read saves neither."""
    review_url = review_of(client, world)
    lines = {"reread-first_line": str(line_of(KITANO, "次第")), "reread-last_line": str(line_of(KITANO, "3 閉会"))}
    before = PendingImport.objects.get().parsed
    refused = reread_post(client, review_url, **{**lines, "reread-last_line": lines["reread-first_line"]},
                          **{"h-place": "北野市役所 第1会議室"})
    assert refused.status_code == 400 and 'value="北野市役所 第1会議室"' in refused.content.decode()
    assert PendingImport.objects.get().parsed == before
    response = reread_post(client, review_url, **lines, **{"h-place": "北野市役所 第1会議室"})
    assert response.status_code == 302
    parsed = PendingImport.objects.get().parsed
    assert parsed["place"] == "北野市役所 第1会議室" and len(parsed["items"]) == 2


def test_only_the_uploaders_secretariat_may_reread(client, world, media):
    review_url = review_of(client, world)
    data = {**review_post_data(client.get(review_url)), "reread-field": "items", "reread-first_line": "11",
            "reread-last_line": "16", "reread": ""}
    before = PendingImport.objects.get().parsed
    for username, status in (("kita", 404), ("shimin", 403), ("iin", 403), ("stranger", 403)):
        client.login(username=username, password=PASSWORD)
        assert client.post(review_url, data).status_code == status
        for step in ({"split": "1"}, {"add_item": ""}):
            assert client.post(review_url, {**data, **step}).status_code == status
    client.logout()
    assert client.post(review_url, data).status_code == 302   # to the login page
    assert PendingImport.objects.get().parsed == before


def test_split_from_the_review_saves_the_page_then_splits(client, world, media):
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    data = review_post_data(client.get(review_url))
    data["h-place"] = "北野市役所 第3会議室"
    response = client.post(review_url, {**data, "split": "2"})
    assert response.status_code == 302 and response["Location"].endswith("#item-2")
    pending.refresh_from_db()
    assert pending.parsed["place"] == "北野市役所 第3会議室"
    assert len(pending.parsed["items"]) == 4 and [t["item"] for t in pending.parsed["turns"]] == [0, 1, 3, None]
    assert "議題 2 を 2 件に分割しました" in client.get(response["Location"]).content.decode()


def test_split_of_a_title_with_one_case_or_a_forged_number(client, world, media):
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    data = review_post_data(client.get(review_url))
    for forged in ("9", "0", "abc"):
        assert client.post(review_url, {**data, "split": forged}).status_code == 400
    before = pending.parsed
    pending.refresh_from_db()
    assert pending.parsed == before
    response = client.post(review_url, {**data, "split": "3"}, follow=True)
    assert "番号の付いた複数の案件が見つからない" in response.content.decode()
    assert len(PendingImport.objects.get().parsed["items"]) == 3


def test_an_items_page_posted_with_fewer_rows_keeps_the_items_past_them(client, world, media):
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    data = review_post_data(client.get(review_url))
    response = client.post(review_url, {**data, "items-TOTAL_FORMS": "1", "save": ""})
    assert response.status_code == 400 and "行の数" in response.content.decode()
    assert PendingImport.objects.get().parsed == pending.parsed


def test_add_item_from_the_review_asks_for_its_title(client, world, media):
    review_url = review_of(client, world)
    data = review_post_data(client.get(review_url))
    count = len(PendingImport.objects.get().parsed["items"])
    response = client.post(review_url, {**data, "add_item": ""})
    assert response.status_code == 302 and response["Location"].endswith(f"#item-{count + 1}")
    page = client.get(response["Location"])
    assert f'id="item-{count + 1}"' in page.content.decode()
    # Saved as it is, the empty item is refused by the form: no item without a title is stored.
    response = client.post(review_url, {**review_post_data(page), "import": ""})
    assert response.status_code == 400 and "このフィールドは必須です" in response.content.decode()
    assert PendingImport.objects.get().parsed["items"][-1]["title"] == ""


def test_merge_from_the_turns_page(client, world, media):
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    turns_url = f"{review_url}?page=2"
    page = client.get(turns_url)
    body = page.content.decode()
    assert 'name="turns-0-merge"' not in body and 'name="turns-1-merge"' in body   # none for the page's first turn
    data = review_post_data(page)
    response = client.post(turns_url, {**data, "turns-2-merge": "on", "save": ""})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert [t["text"] for t in pending.parsed["turns"]] == [
        "委嘱状を交付します。", "窓口予約について報告します。\n防災課　防犯カメラについて説明します。", "閉会します。"]
    # A forged mark on the page's first turn is no field of the form and changes nothing.
    data = review_post_data(client.get(turns_url))
    assert client.post(turns_url, {**data, "turns-0-merge": "on", "save": ""}).status_code == 302
    assert len(PendingImport.objects.get().parsed["turns"]) == 3



def test_a_split_from_a_stale_page_is_refused_like_its_save(client, world, media):
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    data = review_post_data(client.get(review_url))
    add_pending_item(pending)   # someone else changed the review meanwhile
    response = client.post(review_url, {**data, "split": "2"})
    assert response.status_code == 409
    assert len(PendingImport.objects.get().parsed["items"]) == 4   # three read, one added; none split


def test_a_refused_merge_keeps_the_pages_input_and_saves_nothing(client, world, media):
    """The page's first turn deleted and the next one marked 前の発言に続ける has no turn before it: refused, with
    the page's other corrections shown again as typed rather than lost."""
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    turns_url = f"{review_url}?page=2"
    data = review_post_data(client.get(turns_url))
    data["turns-3-text"] = "以上で閉会します。"
    response = client.post(turns_url, {**data, "turns-0-DELETE": "on", "turns-1-merge": "on", "save": ""})
    assert response.status_code == 400
    body = response.content.decode()
    assert "最初の発言は前の発言に続けられません" in body and "以上で閉会します。" in body
    assert PendingImport.objects.get().parsed == pending.parsed


@pytest.mark.parametrize("split, deleted, message", [
    ("3", None, "番号の付いた複数の案件が見つからない"), ("2", "items-1-DELETE", "削除に印を付けた議題は分割できません"),
])
def test_a_refused_split_saves_nothing_of_the_page_and_keeps_its_input(client, world, media, split, deleted, message):
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    data = review_post_data(client.get(review_url))
    data["h-place"] = "北野市役所 第3会議室"
    response = client.post(review_url, {**data, "split": split, **({deleted: "on"} if deleted else {})})
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body and 'value="北野市役所 第3会議室"' in body
    assert (PendingImport.objects.get().parsed, PendingImport.objects.get().version) == (pending.parsed, pending.version)


def test_the_turns_page_offers_no_item_steps(client, world, media):
    """「番号で分割」 and 「議題を追加」 are buttons of the items pages; posted from the turns page they are forged."""
    review_url = review_of(client, world)
    pending = with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    turns_url = f"{review_url}?page=2"
    data = review_post_data(client.get(turns_url))
    for step in ({"add_item": ""}, {"split": "2"}):
        response = client.post(turns_url, {**data, **step})
        assert response.status_code == 400 and "議題のページ" in response.content.decode()
    assert PendingImport.objects.get().parsed == pending.parsed


def test_a_merged_turn_keeps_the_words_read_as_its_speaker(pending):
    """A line read wrongly as a speaker's label (○委員からの意見として　次のとおり…): its first words went into the
    speaker field, and they are words of the minutes; merged, the turn keeps them before its text."""
    parsed = copy.deepcopy(RUN_TOGETHER)
    parsed["turns"][2] = {"speaker": "委員からの意見として", "role": "member", "item": 1,
                          "text": "次のとおり要望があった。"}
    pending = merge_pending_turns(with_parse(pending, parsed), indexes=[2])
    assert pending.parsed["turns"][1]["text"] == "窓口予約について報告します。\n委員からの意見として　次のとおり要望があった。"


def test_deletions_on_the_page_and_its_step_in_one_post(client, world, media):
    """Items deleted on the page and a split pressed with it: the turns still point at their items. Turns: a mark on
    a deleted turn goes with it; a turn marked after a deleted one goes into the turn before that."""
    review_url = review_of(client, world)
    with_parse(PendingImport.objects.get(), RUN_TOGETHER)
    data = review_post_data(client.get(review_url))
    response = client.post(review_url, {**data, "items-0-DELETE": "on", "split": "2"})
    assert response.status_code == 302 and response["Location"].endswith("#item-1")
    parsed = PendingImport.objects.get().parsed
    assert [i["title"] for i in parsed["items"]] == [
        "北野市の窓口予約について", "北野市の証明書交付について", "北野市防犯カメラの設置について"]
    assert [t["item"] for t in parsed["turns"]] == [None, 0, 2, None]

    turns_url = f"{review_url}?page=2"
    data = review_post_data(client.get(turns_url))
    marks = {"turns-1-DELETE": "on", "turns-1-merge": "on", "turns-3-merge": "on", "turns-2-DELETE": "on"}
    assert client.post(turns_url, {**data, **marks, "save": ""}).status_code == 302
    assert [t["text"] for t in PendingImport.objects.get().parsed["turns"]] == ["委嘱状を交付します。\n会長　閉会します。"]
