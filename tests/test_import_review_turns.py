"""Fixing wrongly split turns on the review: the secretariat names the speaker labels (会長, 事務局, 委員) and re-reads
the proceedings' lines with them; splits one turn where a new speaker starts; merges a page's first turn into the
last turn of the page before."""
import copy

import pytest

from conftest import PASSWORD
from shingikai.errors import ActionRefused
from shingikai.minutes.actions import (
    REREAD_TURNS_MAX_LINES, merge_pending_turns, receive_import_file, reread_pending_turns, split_pending_turn,
)
from shingikai.minutes.importer.turn_blocks import labels_from_text, split_turn_text, turns_from_lines
from shingikai.meetings.models import Meeting
from shingikai.minutes.models import PendingImport
from test_import_review_corrections import line_of, media, with_parse  # noqa: F401
from test_import_web import review_post_data, upload

# Labels in brackets, letter-spaced, with a colon, alone on their line, and two turns run onto one line.
KITANO = """令和6年度第3回北野市情報公開・個人情報保護審議会 会議録

日時：令和6年11月5日（火）午前10時00分～午前11時00分
場所：北野市役所 第3会議室
出席委員：南田健会長、東山花子委員、西川京子委員

議事
(会 長)　ただいまから会議を開きます。
(事務局)　資料1について説明します。
続いて資料2です。
東山委員：保存期間は何日ですか。  (事務局) 14日です。
(会　長)
ほかに意見はありますか。
(西川委員)　ありません。
"""
LABELS = "会長\n事務局\n委員"
TURNS = [("会長", "ただいまから会議を開きます。"), ("事務局", "資料1について説明します。\n続いて資料2です。"),
         ("東山委員", "保存期間は何日ですか。"), ("事務局", "14日です。"), ("会長", "ほかに意見はありますか。"),
         ("西川委員", "ありません。")]

# The importer's turns as a wrongly split file leaves them.
WRONG = {
    "chair": "南田健", "members_present": ["南田健", "東山花子", "西川京子"],
    "items": [{"kind": "諮問", "title": "北野市防犯カメラの設置について", "outcome": "承認"}],
    "turns": [
        {"speaker": "会長", "role": "chair", "item": 0, "text": "ただいまから会議を開きます。 (事務局) 資料1について説明します。"},
        {"speaker": "続いて資料", "role": "other", "item": 0, "text": "2です。"},
        {"speaker": "会長", "role": "chair", "item": None, "text": "ほかに意見はありますか。"},
    ],
}


def read(lines, labels=("会長", "事務局", "委員")):
    return [tuple(t) for t in turns_from_lines(lines, list(labels))]


# -- the reader ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lines, turns", [
    # marks before the label; a turn goes on over the lines without a label
    (["○会長　開会します。", "◯事務局　説明します。", "続きの説明です。", "●東山委員　質問です。"],
     [("会長", "開会します。"), ("事務局", "説明します。\n続きの説明です。"), ("東山委員", "質問です。")]),
    # a mark sets the label off from speech that follows it directly
    (["○会長開会します。", "◎事務局説明します。"], [("会長", "開会します。"), ("事務局", "説明します。")]),
    # bracket labels
    (["【会長】開会します。", "<事務局> 説明します。", "〈委員〉質問です。", "［会長］以上です。"],
     [("会長", "開会します。"), ("事務局", "説明します。"), ("委員", "質問です。"), ("会長", "以上です。")]),
    # colon labels, with a name before the role
    (["会長：開会します。", "事務局:説明します。", "西川委員： 質問です。"],
     [("会長", "開会します。"), ("事務局", "説明します。"), ("西川委員", "質問です。")]),
    # the label alone on its line, the speech on the next lines
    (["会長", "開会します。", "事務局", "説明します。", "以上です。"],
     [("会長", "開会します。"), ("事務局", "説明します。\n以上です。")]),
    # letter-spaced labels
    (["(会 長) 開会します。", "(会　長)　続けます。", "○会　　長 はい。", "○事 務 局 説明します。"],
     [("会長", "開会します。"), ("会長", "続けます。"), ("会長", "はい。"), ("事務局", "説明します。")]),
    # name+role labels matched by the role given
    (["○西川委員 質問です。", "東山委員：意見です。", "○委員 要望です。", "○北野副会長 補足します。"],
     [("西川委員", "質問です。"), ("東山委員", "意見です。"), ("委員", "要望です。"), ("北野副会長", "補足します。")]),
    # a proceedings flattened onto one line: marks, brackets, two spaces and a colon after a space set labels off;
    # the text before the first label is no turn
    (["会議録 本日の議事 ○会長 開会します。 ○事務局 説明します。  委員 質問です。 (会 長) 閉会します。 事務局:以上です。"],
     [("会長", "開会します。"), ("事務局", "説明します。"), ("委員", "質問です。"), ("会長", "閉会します。"),
      ("事務局", "以上です。")]),
    # a leader between the label and the speech; a label a single space after a sentence, set off by a gap after it
    (["南田委員・・・・・では開会します。", "事務局……説明します。", "以上です。 事務局  それでは始めます。"],
     [("南田委員", "では開会します。"), ("事務局", "説明します。\n以上です。"), ("事務局", "それでは始めます。")]),
])
def test_the_reader_cuts_turns_at_the_labels_in_each_convention(lines, turns):
    assert read(lines) == turns


@pytest.mark.parametrize("line", [
    "本日の会長は南田です。",                 # inside a sentence
    "「会長」という語は規則で定める。",         # quoted, not bracketed
    "・委員から意見があった。",                 # a bullet before the subject of a sentence
    "○委員会の開催について",                  # the label's letters going on into a longer word
    "東山委員 西川委員 北野委員",              # a roster's line of names with their roles
    "南田健(会長)、東山花子",                 # a note on a name
    "出席委員 南田健",                         # a field of the header
    "(会長の説明)",                            # a note, not a bracketed label
    "南 田   健 委員長    東 山 花 子 委員",     # a roster letter-spaced to its columns
    "東山委員 | 西川委員 |",                   # a table's cells
])
def test_words_that_stand_as_no_label_make_no_turn(line):
    assert read(["前置きです。", line]) == []


@pytest.mark.parametrize("lines", [
    [" " * 200] * 5000,                                          # a PDF's layout: lines padded with spaces
    ["会長" + " " * 20000 + "はい。"],                              # a gap of spaces inside a flattened text
    ["  ".join(["田中山川森委員"] * 10000)],                        # a flattened text of labels with a name
    ["会長 " + "委員 " * 40 + "欠席"] * 50,                         # a line of roles that is no roster after all
])
def test_the_reader_takes_linear_time_on_spaces_and_rows_of_roles(lines):
    """A re-read is read in the request: a block shaped against the reader's patterns must not hold it for minutes
    (these took from 30 s to hours)."""
    import time

    labels = ["会長", "事務局", "委員"] + [f"{c}委員" for c in "田中山川森林村松竹梅"]
    started = time.perf_counter()
    turns_from_lines(lines, labels)
    assert time.perf_counter() - started < 3


def test_the_labels_list_is_read_as_typed():
    assert labels_from_text("会長\n事務局、委員,(会 長)\n○事務局：\n\n【委員】") == ["会長", "事務局", "委員"]
    # a name in brackets after the label is part of it
    assert labels_from_text("事務局(南田)\n") == ["事務局(南田)"]
    assert read(["事務局(南田) 説明します。"], ["事務局(南田)"]) == [("事務局(南田)", "説明します。")]


def test_split_turn_text_at_the_first_occurrence_of_words():
    assert split_turn_text("わかりました。 (事務局) 14日です。", "(事務局)") == ("わかりました。", "(事務局)", " 14日です。")
    assert split_turn_text("説明します。事 務 局 以上", "事務局") == ("説明します。", "事 務 局", " 以上")
    assert split_turn_text("事務局です。", "事務局") is None   # nothing would be left before
    assert split_turn_text("説明します。", "会長") is None


# -- re-reading the proceedings ---------------------------------------------------------------------------


@pytest.fixture
def pending(world, media):  # noqa: F811
    return with_parse(receive_import_file(KITANO.encode("utf-8"), name="kitano.txt", by=world.secretariat), WRONG)


def proceedings(text=KITANO):
    return line_of(text, "(会 長)"), len(text.splitlines())


def test_reread_turns_replaces_the_turns_with_roles_and_no_item(pending):
    first, last = proceedings()
    pending = reread_pending_turns(pending, first_line=first, last_line=last, labels=LABELS,
                                   expected_version=pending.version)
    turns = pending.parsed["turns"]
    assert [(t["speaker"], t["text"]) for t in turns] == TURNS
    assert [t["role"] for t in turns] == ["chair", "secretariat", "member", "secretariat", "chair", "member"]
    assert {t["item"] for t in turns} == {None}
    assert pending.parsed["items"] == WRONG["items"]   # only the turns change


def test_reread_turns_takes_a_list_of_labels_too(pending):
    first, last = proceedings()
    pending = reread_pending_turns(pending, first_line=first, last_line=last, labels=["会 長", "事務局", "委員"])
    assert len(pending.parsed["turns"]) == len(TURNS)


@pytest.mark.parametrize("labels, message", [
    ("", "1つ以上"), ("、 ,\n", "1つ以上"), (["会" * 31], "30 文字まで"),
    ("\n".join(f"委員{n}" for n in range(51)), "50 個まで"), ("座長\n司会", r"話者ラベル \(座長、司会\) が見つかりませんでした"),
])
def test_reread_turns_refuses_bad_labels_and_changes_nothing(pending, labels, message):
    first, last = proceedings()
    before = (pending.parsed, pending.version)
    with pytest.raises(ActionRefused, match=message):
        reread_pending_turns(pending, first_line=first, last_line=last, labels=labels)
    pending.refresh_from_db()
    assert (pending.parsed, pending.version) == before


@pytest.mark.parametrize("first, last", [(0, 3), (5, 4), (1, 10_000), ("3", 4), (True, 4)])
def test_reread_turns_refuses_a_bad_range(pending, first, last):
    before = (pending.parsed, pending.version)
    with pytest.raises(ActionRefused, match="行の範囲"):
        reread_pending_turns(pending, first_line=first, last_line=last, labels=LABELS)
    pending.refresh_from_db()
    assert (pending.parsed, pending.version) == before


def test_reread_turns_allows_a_long_proceedings_up_to_its_limit(world, media):  # noqa: F811
    text = KITANO + "".join(f"○委員　質問{n}です。\n" for n in range(REREAD_TURNS_MAX_LINES))
    pending = receive_import_file(text.encode("utf-8"), name="long.txt", by=world.secretariat)
    first = line_of(text, "(会 長)")
    with pytest.raises(ActionRefused, match=f"{REREAD_TURNS_MAX_LINES} 行まで"):
        reread_pending_turns(pending, first_line=first, last_line=first + REREAD_TURNS_MAX_LINES, labels=LABELS)
    pending = reread_pending_turns(pending, first_line=first, last_line=first + REREAD_TURNS_MAX_LINES - 1,
                                   labels=LABELS)
    assert len(pending.parsed["turns"]) > 1000


def test_reread_turns_refuses_a_stale_version(pending):
    first, last = proceedings()
    with pytest.raises(ActionRefused) as refused:
        reread_pending_turns(pending, first_line=first, last_line=last, labels=LABELS,
                             expected_version=pending.version - 1)
    assert refused.value.code == "conflict"


# -- splitting one turn; merging across pages ------------------------------------------------------------


def test_split_turn_makes_the_words_from_there_a_turn_of_the_speaker_typed(pending):
    pending = split_pending_turn(pending, index=0, words="(事務局)", speaker="事務局", expected_version=pending.version)
    turns = pending.parsed["turns"]
    assert [(t["speaker"], t["role"], t["item"], t["text"]) for t in turns[:2]] == [
        ("会長", "chair", 0, "ただいまから会議を開きます。"), ("事務局", "secretariat", 0, "資料1について説明します。")]
    assert len(turns) == 4


@pytest.mark.parametrize("index, words, speaker, message", [
    (9, "(事務局)", "事務局", "発言の番号"), ("0", "(事務局)", "事務局", "発言の番号"),
    (0, "座長", "事務局", "見つかりませんでした"), (0, "", "事務局", "分ける位置の言葉"), (0, "(事務局)", "", "話者"),
    (0, "ただいま", "事務局", "見つかりませんでした"),   # at the very start: nothing would be left before it
])
def test_split_turn_refuses_and_changes_nothing(pending, index, words, speaker, message):
    before = (pending.parsed, pending.version)
    with pytest.raises(ActionRefused, match=message):
        split_pending_turn(pending, index=index, words=words, speaker=speaker)
    pending.refresh_from_db()
    assert (pending.parsed, pending.version) == before


# -- the review page ---------------------------------------------------------------------------------------


def review_of(client, world):
    client.login(username="jimukyoku", password=PASSWORD)
    response = upload(client, name="kitano.txt", data=KITANO.encode("utf-8"), council=world.council.pk)
    with_parse(PendingImport.objects.get(), WRONG)
    return response["Location"].split("?")[0]


def reread_turns_post(client, review_url, **data):
    page = review_post_data(client.get(review_url))
    first, last = proceedings()
    return client.post(review_url, {**page, "reread-field": "turns", "reread-first_line": str(first),
                                    "reread-last_line": str(last), "reread-labels": LABELS, "reread": "", **data})


def test_the_labels_read_are_offered_most_frequent_first(client, world, media):  # noqa: F811
    review_url = review_of(client, world)
    body = client.get(review_url).content.decode()
    assert '<option value="turns">発言</option>' in body
    assert ">\n会長\n続いて資料</textarea>" in body


def test_reread_turns_from_the_review_goes_to_the_turns(client, world, media):  # noqa: F811
    review_url = review_of(client, world)
    response = reread_turns_post(client, review_url, **{"h-place": "北野市役所 第1会議室"})
    assert response.status_code == 302 and response["Location"].endswith("?page=2")
    body = client.get(response["Location"]).content.decode()
    assert "行目を発言として読み直しました (6 件、話者 4 人)。発言の議題番号は消えています。" in body
    parsed = PendingImport.objects.get().parsed
    assert [(t["speaker"], t["text"]) for t in parsed["turns"]] == TURNS
    assert parsed["place"] == "北野市役所 第1会議室"   # the page's corrections are saved with it


@pytest.mark.parametrize("data, status, message", [
    ({"reread-labels": ""}, 400, "1つ以上"), ({"reread-labels": "座長"}, 400, "見つかりませんでした"),
    ({"reread-labels": "会" * 31}, 400, "30 文字まで"), ({"reread-first_line": "0"}, 400, "1 以上"),
    ({"reread-last_line": "999"}, 400, "行の範囲"), ({"reread-field": "speakers"}, 400, "選択してください"),
])
def test_a_refused_turns_reread_shows_the_page_as_typed_and_saves_nothing(client, world, media, data, status,
                                                                          message):  # noqa: F811
    review_url = review_of(client, world)
    before = PendingImport.objects.get().parsed
    response = reread_turns_post(client, review_url, **{"h-place": "北野市役所 第1会議室", **data})
    assert response.status_code == status
    body = response.content.decode()
    assert message in body and 'value="北野市役所 第1会議室"' in body
    if "reread-labels" in data and data["reread-labels"]:
        assert f">\n{data['reread-labels']}</textarea>" in body   # the labels as typed
    assert PendingImport.objects.get().parsed == before


def test_a_stale_turns_reread_is_a_conflict(client, world, media):  # noqa: F811
    review_url = review_of(client, world)
    response = reread_turns_post(client, review_url, seen=PendingImport.objects.get().version - 1)
    assert response.status_code == 409
    assert PendingImport.objects.get().parsed["turns"] == WRONG["turns"]


def test_only_the_uploaders_secretariat_may_reread_or_split_turns(client, world, media):  # noqa: F811
    review_url = review_of(client, world)
    first, last = proceedings()
    data = {**review_post_data(client.get(review_url)), "reread-field": "turns", "reread-first_line": str(first),
            "reread-last_line": str(last), "reread-labels": LABELS, "reread": ""}
    turns_data = review_post_data(client.get(f"{review_url}?page=2"))
    before = PendingImport.objects.get().parsed
    for username, status in (("kita", 404), ("shimin", 403), ("iin", 403), ("stranger", 403)):
        client.login(username=username, password=PASSWORD)
        assert client.post(review_url, data).status_code == status
        split = {**turns_data, "split_turn": "1", "turns-0-split_words": "(事務局)", "turns-0-split_speaker": "事務局"}
        assert client.post(f"{review_url}?page=2", split).status_code == status
    client.logout()
    assert client.post(review_url, data).status_code == 302   # to the login page
    assert PendingImport.objects.get().parsed == before


def test_split_turn_from_the_turns_page(client, world, media):  # noqa: F811
    review_url = review_of(client, world)
    turns_url = f"{review_url}?page=2"
    data = review_post_data(client.get(turns_url))
    data["turns-2-text"] = "ほかに意見はありますか。なければ閉会します。"
    response = client.post(turns_url, {**data, "split_turn": "1", "turns-0-split_words": "(事務局)",
                                       "turns-0-split_speaker": "事務局"})
    assert response.status_code == 302 and response["Location"].endswith("#turn-2")
    turns = PendingImport.objects.get().parsed["turns"]
    assert [(t["speaker"], t["text"]) for t in turns] == [
        ("会長", "ただいまから会議を開きます。"), ("事務局", "資料1について説明します。"), ("続いて資料", "2です。"),
        ("会長", "ほかに意見はありますか。なければ閉会します。")]
    assert "発言 1 を分けました" in client.get(response["Location"]).content.decode()


def turns_page_typed(client, world):
    """The first turns page with a correction typed on it, and the stored parse before it is posted."""
    turns_url = f"{review_of(client, world)}?page=2"
    data = review_post_data(client.get(turns_url))
    data["turns-2-text"] = "以上で閉会します。"
    return turns_url, data, PendingImport.objects.get().parsed


@pytest.mark.parametrize("step", [
    {"split_turn": "9"}, {"split_turn": "abc"}, {"split_turn": "0"},
    {"split_turn": "1", "turns-0-split_words": "座長"}, {"split_turn": "1", "turns-0-split_speaker": ""},
])
def test_a_forged_or_refused_turn_split_shows_the_page_as_typed(client, world, media, step):  # noqa: F811
    turns_url, data, before = turns_page_typed(client, world)
    response = client.post(turns_url, {**data, "turns-0-split_words": "(事務局)", "turns-0-split_speaker": "事務局",
                                       **step})
    assert response.status_code == 400
    assert "以上で閉会します。" in response.content.decode()
    assert PendingImport.objects.get().parsed == before


@pytest.mark.parametrize("button", [{"save": ""}, {"import": ""}])
def test_split_words_typed_but_saved_instead_of_split_are_refused_not_dropped(client, world, media, button):  # noqa: F811
    turns_url, data, before = turns_page_typed(client, world)
    response = client.post(turns_url, {**data, "turns-0-split_words": "(事務局)", "turns-0-split_speaker": "事務局",
                                       **button})
    page = response.content.decode()
    assert response.status_code == 400 and "発言 1 に「分ける位置の言葉」が入力されています" in page
    assert "以上で閉会します。" in page and 'value="(事務局)"' in page
    assert PendingImport.objects.get().parsed == before and not Meeting.objects.exists()
    # Cleared, the same page saves.
    data = {**data, "turns-0-split_words": "", "turns-0-split_speaker": ""}
    assert client.post(turns_url, {**data, "save": ""}).status_code == 302


def many_turns(count):
    return [{"speaker": "会長" if n % 2 else "事務局", "role": "chair" if n % 2 else "secretariat", "item": None,
             "text": f"発言{n}です。"} for n in range(count)]


def test_a_pages_first_turn_merges_into_the_last_turn_of_the_page_before(client, world, media):  # noqa: F811
    review_url = review_of(client, world)
    with_parse(PendingImport.objects.get(), {"turns": many_turns(150)})
    second = f"{review_url}?page=3"   # turns 101-150
    page = client.get(second)
    assert 'name="turns-0-merge"' in page.content.decode()
    data = review_post_data(page)
    data["turns-1-text"] = "発言101を直しました。"
    response = client.post(second, {**data, "turns-0-merge": "on", "save": ""})
    assert response.status_code == 302
    turns = PendingImport.objects.get().parsed["turns"]
    assert len(turns) == 149
    # The merged turn's label words are kept before its text, in the stored turn 100 the page never held.
    assert turns[99]["text"] == "発言99です。\n事務局　発言100です。"
    assert turns[100]["text"] == "発言101を直しました。"


def test_merge_of_the_first_turn_stays_refused(pending):
    with pytest.raises(ActionRefused, match="最初の発言"):
        merge_pending_turns(pending, indexes=[0])
    parsed = copy.deepcopy(pending.parsed)
    assert PendingImport.objects.get(pk=pending.pk).parsed == parsed


def test_a_speaker_is_written_as_in_the_text_without_its_spacing():
    assert read(["○Ａ委員　質問です。", "（事 務 局）　説明します。"]) == [("Ａ委員", "質問です。"), ("事務局", "説明します。")]
    # the speaker's name in brackets after the label is part of it; a note on what was said is the turn's text
    assert read(["○会長（南田）　開会します。", "事務局(北野) 説明します。", "○事務局（説明・省略）"]) == [
        ("会長（南田）", "開会します。"), ("事務局(北野)", "説明します。"), ("事務局", "（説明・省略）")]


@pytest.mark.parametrize("count", ["1", "0", "5"])
def test_a_turns_page_posted_with_another_number_of_rows_is_refused_and_keeps_every_turn(client, world, media,
                                                                                        count):  # noqa: F811
    turns_url, data, before = turns_page_typed(client, world)
    response = client.post(turns_url, {**data, "turns-TOTAL_FORMS": count, "save": ""})
    assert response.status_code == 400 and "行の数" in response.content.decode()
    assert PendingImport.objects.get().parsed == before


def test_a_page_opened_before_another_save_is_a_conflict_not_a_forgery(client, world, media):  # noqa: F811
    turns_url, data, before = turns_page_typed(client, world)
    # Someone else splits off a turn meanwhile: this page, opened at the version before, now holds fewer rows.
    split_pending_turn(PendingImport.objects.get(), index=0, words="(事務局)", speaker="事務局")
    response = client.post(turns_url, {**data, "save": ""})
    assert response.status_code == 409 and "以上で閉会します。" in response.content.decode()
    assert len(PendingImport.objects.get().parsed["turns"]) == len(before["turns"]) + 1
