"""A pasted transcript becomes turns in one step: speakers matched to the meeting's people, all or none."""
import pytest
from django.urls import reverse
from test_web_support import held_meeting, web_world  # noqa: F401

from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import Turn
from shingikai.meetings.transcript import TranscriptError, split_turns
from shingikai.minutes.actions import confirm_minutes, draft_minutes

TRANSCRIPT = """青木会長：それでは審議に入ります。

〔委員〕保存期間は。
二行目も同じ発言。

市民：事業終了後1年です。

説明員：補足します。

上田委員：了承します。

委員全員：～特になし～

事務局：次回の日程です。

オブザーバー：傍聴席から一言。

会長：以上です。

段落を分けた続きの発言。"""


def test_a_transcript_records_each_turn_with_its_speaker(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    client.force_login(w.secretariat)
    url = reverse("meetings:turns_transcript", args=[meeting.pk])
    assert "書き起こし" in client.get(url).content.decode()
    response = client.post(url, {"agenda_item": item.pk, "text": TRANSCRIPT}, follow=True)
    assert "9 件の発言を記録しました" in response.content.decode()
    turns = list(meeting.turns.order_by("order"))
    assert [(t.speaker_label, t.role) for t in turns] == [
        ("青木会長", "chair"), ("委員", "member"), ("市民", "department"), ("説明員", "department"),
        ("上田委員", "member"), ("委員全員", "member"), ("事務局", "secretariat"), ("オブザーバー", "other"),
        ("会長", "chair")]
    assert turns[0].person == w.people[0] and turns[4].person == w.people[2] and turns[8].person == w.people[0]
    # 「市民」 is short for 市民課, whose staff attended; 「説明員」 is the item's department.
    assert turns[2].staff == w.dept_a_staff and turns[3].staff == w.dept_a_staff
    assert turns[1].text == "保存期間は。\n二行目も同じ発言。"
    assert turns[8].text == "以上です。\n段落を分けた続きの発言。"
    assert {t.agenda_item_id for t in turns} == {item.pk}


def test_a_transcript_without_a_first_speaker_saves_nothing(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    actions.record_turn(meeting, speaker_label="事務局", role="secretariat", text="開会します。")
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:turns_transcript", args=[meeting.pk]),
                           {"agenda_item": item.pk, "text": "発言者のない段落。\n\n会長：続き。"})
    assert response.status_code == 400
    assert "1 段落目に発言者がありません" in response.content.decode()
    assert meeting.turns.count() == 1
    response = client.post(reverse("meetings:turns_transcript", args=[meeting.pk]), {"agenda_item": "", "text": " "})
    assert response.status_code == 400 and meeting.turns.count() == 1


def test_a_transcript_is_refused_once_the_minutes_are_confirmed(web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    actions.close_meeting(meeting)
    w.council.minutes_signed = False
    w.council.save()
    minutes = draft_minutes(meeting)
    confirm_minutes(minutes, by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="会議録が確定している"):
        actions.record_transcript(meeting, text="会長：遅れた発言。", agenda_item=item)
    assert not Turn.objects.filter(meeting=meeting).exists()


def test_only_the_secretariat_pastes_a_transcript(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    client.force_login(w.member_user)
    response = client.post(reverse("meetings:turns_transcript", args=[meeting.pk]),
                           {"agenda_item": item.pk, "text": "会長：発言。"})
    assert response.status_code in (403, 404)
    assert not meeting.turns.exists()


def test_split_turns_reads_colons_and_brackets():
    turns = split_turns("酒井会長:開会します。\n\n（A委員）質問です。\n\n【事務局】説明します。")
    assert [(t.label, t.text) for t in turns] == [("酒井会長", "開会します。"), ("A委員", "質問です。"),
                                                  ("事務局", "説明します。")]
    with pytest.raises(TranscriptError):
        split_turns("\n\n")


def test_picker_and_paste_store_one_label_per_member_as_real_name_minutes_print_it(client, web_world):
    """Under the real-name policy the published label is the stored one: surname and role word
    (「青木会長」「上田委員」), as in published minutes, whichever way the turn was entered."""
    from shingikai.publicity import published_turns

    w = web_world
    assert w.council.name_policy == "real"
    meeting, item, _ = held_meeting(w)
    client.force_login(w.secretariat)
    turns_url = reverse("meetings:turns", args=[meeting.pk])
    for person in (w.people[0], w.people[2]):
        assert client.post(turns_url, {"speaker": f"p{person.pk}", "agenda_item": item.pk, "text": "選んだ発言。"}).status_code == 302
    pasted = "\n\n".join(["青木会長：貼り付けた発言。", "青木 一郎：氏名だけの発言。", "上田：姓だけの発言。",
                          "上田三恵委員：氏名と役職の発言。", "上田 三恵：氏名だけの発言。"])
    assert client.post(reverse("meetings:turns_transcript", args=[meeting.pk]),
                       {"agenda_item": item.pk, "text": pasted}).status_code == 302
    labels = [(t.person_id, t.speaker_label) for t in meeting.turns.order_by("order")]
    chair, member = w.people[0].pk, w.people[2].pk
    assert labels == [(chair, "青木会長"), (member, "上田委員"), (chair, "青木会長"), (chair, "青木会長"),
                      (member, "上田委員"), (member, "上田委員"), (member, "上田委員")]
    assert {label for _, label, _ in published_turns(meeting, list(meeting.turns.all()))} == {"青木会長", "上田委員"}


def _pasted(client, w, text):
    """A held meeting with ``text`` pasted as its transcript by the secretariat: the meeting and the response."""
    meeting, item, _ = held_meeting(w)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:turns_transcript", args=[meeting.pk]),
                           {"agenda_item": item.pk, "text": text}, follow=True)
    return meeting, response


def test_minutes_typed_with_marks_one_turn_a_line_are_read_without_blank_lines(client, web_world):
    # ○青木会長　… / ◎市民課長：…: the layout most councils print, each turn on a line that opens with a mark.
    text = "○青木会長　それでは審議に入ります。\n◎市民課長：説明します。\n続けて補足します。\n○上田委員　了承します。"
    meeting, _ = _pasted(client, web_world, text)
    turns = list(meeting.turns.order_by("order"))
    assert [(t.speaker_label, t.role) for t in turns] == [
        ("青木会長", "chair"), ("市民課長", "department"), ("上田委員", "member")]
    assert turns[1].text == "説明します。\n続けて補足します。"


def test_an_official_named_by_surname_and_post_is_the_attending_official(client, web_world):
    w = web_world
    meeting, _ = _pasted(client, w, "市民課長：説明します。\n\n市民太郎：補足します。")
    turns = list(meeting.turns.order_by("order"))
    # 市民 太郎, 課長 of 市民課, attends the item: 「市民課長」 is his post, 「市民太郎」 his name.
    assert [(t.role, t.staff) for t in turns] == [("department", w.dept_a_staff), ("department", w.dept_a_staff)]


def test_a_speaker_who_matches_no_one_present_is_recorded_with_a_warning(client, web_world):
    _, response = _pasted(client, web_world, "謎の人物：一言。\n\n会長：以上です。")
    page = response.content.decode()
    assert "2 件の発言を記録しました" in page
    assert "出席者に見当たらない発言者がいます: 謎の人物" in page


def test_a_byte_order_mark_and_bracketed_speakers_on_consecutive_lines_are_read():
    turns = split_turns("\ufeff○青木会長　始めます。\n（井上委員）質問です。\n（事務局）お答えします。")
    assert [(t.label, t.text) for t in turns] == [("青木会長", "始めます。"), ("井上委員", "質問です。"), ("事務局", "お答えします。")]
    assert split_turns("\ufeff青木会長：始めます。")[0].label == "青木会長"


def test_numbered_points_inside_a_speech_stay_in_it():
    turns = split_turns("会長：論点は二つです。\n(1)保存期間について\n(2)委託先について\n（井上委員）了解しました。")
    assert [(t.label, t.text) for t in turns] == [
        ("会長", "論点は二つです。\n(1)保存期間について\n(2)委託先について"), ("井上委員", "了解しました。")]


def test_a_paste_longer_than_a_verbatim_record_is_refused_with_its_size(web_world, monkeypatch):
    monkeypatch.setattr(actions, "MAX_PASTED_TURNS", 5)
    meeting, item, _ = held_meeting(web_world)
    text = "\n\n".join(f"青木会長：発言{n}です。" for n in range(6))
    with pytest.raises(ActionRefused, match="一度に貼り付けられる発言は5件までです \\(6件ありました\\)"):
        actions.record_transcript(meeting, text=text, agenda_item=item)
    assert not meeting.turns.exists()
