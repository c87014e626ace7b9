"""A form submitted twice (a double click on 確定, 公開, 答申, 取り込む) changes the record once and answers
the second click with a Japanese message; a form opened before someone else's correction cannot
silently overwrite that correction."""
import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from helpers import open_meeting_with, sign_all

from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import Answer, Meeting, Turn
from shingikai.minutes.actions import designate_signers, import_pending, receive_import_file
from shingikai.minutes.models import Minutes, PendingImport
from test_web_support import accepted_case, held_meeting, web_world  # noqa: F401

FIXTURE = __import__("pathlib").Path(__file__).parent / "fixtures" / "minutes" / "higashi-space.txt"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def seen_mark(page):
    return re.search(r'name="seen" value="(\d+)"', page.content.decode())[1]


def test_stale_turn_correction_is_refused_and_keeps_the_other_correction(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    turn = actions.record_turn(meeting, speaker_label="委員", role="member", text="保存期間は何年ですか。",
                               agenda_item=item)
    url = reverse("meetings:turn_edit", args=[meeting.pk, turn.pk])
    first, second = signed_in(world.secretariat), signed_in(world.secretariat)
    mark_first, mark_second = seen_mark(first.get(url)), seen_mark(second.get(url))
    form = {"action": "save", "speaker": "member", "agenda_item": item.pk}
    assert first.post(url, {**form, "seen": mark_first, "text": "保存期間は何年間ですか。"}).status_code == 302
    stale = second.post(url, {**form, "seen": mark_second, "text": "保存期間は何年ですか？"})
    assert stale.status_code == 409 and "ほかの人がこの記録を変更しました" in stale.content.decode()
    turn.refresh_from_db()
    assert turn.text == "保存期間は何年間ですか。"
    # Having seen the message and the page again, the second person can save.
    assert second.post(url, {**form, "seen": seen_mark(stale), "text": "保存期間は何年ですか？"}).status_code == 302


def test_stale_answer_draft_edit_is_refused_and_keeps_the_other_edit(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="答申予定", vote_method="挙手全員")
    answer = actions.draft_answer(w.council, cases=[decision.case], conclusion="承認する。", addressee="みなみ市長")
    url = reverse("meetings:answer", args=[answer.pk])
    first, second = signed_in(w.secretariat), signed_in(w.secretariat)
    mark_first, mark_second = seen_mark(first.get(url)), seen_mark(second.get(url))
    form = {"action": "edit", "addressee": "みなみ市長", "number": ""}
    assert first.post(url, {**form, "seen": mark_first, "conclusion": "条件付きで承認する。",
                            "opinions": "周知すること。"}).status_code == 302
    stale = second.post(url, {**form, "seen": mark_second, "conclusion": "承認とする。", "opinions": ""})
    assert stale.status_code == 409 and "ほかの人がこの記録を変更しました" in stale.content.decode()
    answer.refresh_from_db()
    assert answer.conclusion == "条件付きで承認する。" and answer.opinions == "周知すること。"


def test_double_click_on_confirm_and_publish_changes_the_minutes_once(world):
    meeting, _ = open_meeting_with(world, cases=[accepted_case(world)])
    actions.close_meeting(meeting)
    minutes = Minutes.objects.get(meeting=meeting)
    designate_signers(minutes, [world.people[3]])
    client = signed_in(world.secretariat)
    confirm = {"how": "circulation", "on": "2025-06-01"}
    assert client.post(reverse("minutes:confirm", args=[minutes.pk]), confirm).status_code == 302
    again = client.post(reverse("minutes:confirm", args=[minutes.pk]), {**confirm, "on": "2025-06-03"})
    assert again.status_code == 400 and "すでに確定しています" in again.content.decode()
    sign_all(minutes, datetime.date(2025, 6, 1))
    assert client.post(reverse("minutes:publish", args=[minutes.pk]), {"on": "2025-06-02"}).status_code == 302
    again = client.post(reverse("minutes:publish", args=[minutes.pk]), {"on": "2025-06-04"})
    assert again.status_code == 400 and "すでに公開されています" in again.content.decode()
    minutes.refresh_from_db()
    assert (minutes.confirmed_on, minutes.published_on) == (datetime.date(2025, 6, 1), datetime.date(2025, 6, 2))


def test_double_click_on_issue_numbers_the_answer_once(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="答申予定", vote_method="挙手全員")
    answer = actions.draft_answer(w.council, cases=[decision.case], conclusion="承認する。", addressee="みなみ市長")
    client = signed_in(w.secretariat)
    url = reverse("meetings:answer", args=[answer.pk])
    issue = {"action": "issue", "date": meeting.date.isoformat(), "meeting": meeting.pk}
    assert client.post(url, issue).status_code == 302
    again = client.post(url, issue)
    assert again.status_code == 400 and "すでに発出されています" in again.content.decode()
    assert list(Answer.objects.values_list("number", flat=True)) == ["答申第1号"]


def test_second_click_on_store_import_finds_it_stored_without_a_server_error(world, client):
    """Both clicks load the review; the second waits for the first's lock and finds the review gone."""
    pending = receive_import_file(FIXTURE.read_bytes(), name="higashi.txt", by=world.secretariat)
    seen_by_second_click = PendingImport.objects.get(pk=pending.pk)
    meeting, _ = import_pending(pending, by=world.secretariat)
    turns = Turn.objects.filter(meeting=meeting).count()
    with pytest.raises(ActionRefused, match="すでに保存されたか"):
        import_pending(seen_by_second_click, by=world.secretariat)
    assert list(Meeting.objects.filter(imported=True)) == [meeting] and Turn.objects.count() == turns > 0
