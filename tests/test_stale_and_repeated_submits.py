"""A form submitted twice (a double click on 確定, 公開, 答申, 取り込む) changes the record once and answers
the second click with a Japanese message; a form opened before someone else's correction cannot
silently overwrite that correction."""
import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from helpers import open_meeting_with, sign_all

from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import Answer, Meeting, Turn
from shingikai.minutes.actions import designate_signers, import_pending, receive_import_file
from shingikai.minutes.models import Minutes, PendingImport
from shingikai.ops.models import UsedSubmission
from test_web_support import accepted_case, held_meeting, scheduled_meeting, web_world  # noqa: F401

User = get_user_model()
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
    confirm = {"how": "circulation", "open_checks_acknowledged": "on", "on": "2025-06-01"}
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


# --- A replayed create form (back and resubmit, a reload that re-posts, a retry) creates nothing more ---

def submission_token(page):
    """The one-time token of the form on `page` that posts to `action` (the first one when not given)."""
    return re.search(r'name="submission" value="([\w-]+)"', page.content.decode())[1]


def token_of_form(page, action):
    form = page.content.decode().split(f'action="{action}"', 1)[1].split("</form>", 1)[0]
    return re.search(r'name="submission" value="([\w-]+)"', form)[1]


def posted_twice(client, url, data):
    first = client.post(url, data)
    assert first.status_code == 302, first.content.decode()[:3000]
    again = client.post(url, data)
    assert again.status_code == 302 and again["Location"] == first["Location"]
    assert "この送信はすでに処理されています。" in client.get(again["Location"]).content.decode()
    return first


def test_a_resubmitted_meeting_form_plans_one_meeting_and_shows_it(web_world):
    client = signed_in(web_world.secretariat)
    url = reverse("meetings:new")
    form = {"council": web_world.council.pk, "date": "令和9年6月1日", "start_time": "13:30", "place": "第1会議室",
            "is_public": "on", "submission": submission_token(client.get(url))}
    first = posted_twice(client, url, form)
    meeting = Meeting.objects.get(council=web_world.council)
    assert first["Location"] == reverse("meetings:detail", args=[meeting.pk])


def test_a_resubmitted_case_form_drafts_one_case(web_world):
    from test_web_cases import form_data

    from shingikai.cases.models import Case

    client = signed_in(web_world.dept_a_user)
    url = reverse("cases:new")
    data = form_data(council=str(web_world.council.pk), submission=submission_token(client.get(url)))
    first = posted_twice(client, url, data)
    case = Case.objects.get()
    assert first["Location"] == reverse("cases:detail", args=[case.pk])


def test_a_resubmitted_turn_records_one_turn(web_world):
    meeting, item, _ = held_meeting(web_world)
    client = signed_in(web_world.secretariat)
    url = reverse("meetings:turns", args=[meeting.pk])
    data = {"speaker": f"p{web_world.people[2].pk}", "agenda_item": item.pk, "text": "保存期間は。",
            "submission": submission_token(client.get(url))}
    posted_twice(client, url, data)
    assert list(Turn.objects.filter(meeting=meeting).values_list("text", flat=True)) == ["保存期間は。"]


def test_a_resubmitted_follow_up_adds_one_follow_up(web_world):
    from shingikai.meetings.models import FollowUp

    meeting, item, _ = held_meeting(web_world)
    actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    client = signed_in(web_world.secretariat)
    url = reverse("meetings:follow_up_add", args=[meeting.pk, item.pk])
    page = client.get(reverse("meetings:detail", args=[meeting.pk]))
    due = datetime.date.today() + datetime.timedelta(days=60)
    data = {"kind": "後日報告", "text": "仕様書を提出する", "due_date": due.isoformat(),
            "meeting_version": re.search(r'name="meeting_version" value="(\d+)"', page.content.decode())[1],
            "submission": token_of_form(page, url)}
    posted_twice(client, url, data)
    assert FollowUp.objects.count() == 1


def test_a_resubmitted_register_entry_creates_one_file(world):
    from test_register_actions import file_fields

    client = signed_in(world.dept_a_user)
    url = reverse("registers:file_new")
    data = {**file_fields(kind="computer"), "submission": submission_token(client.get(url))}
    first = posted_twice(client, url, data)
    record = world.dept_a.personal_info_files.get()
    assert first["Location"] == reverse("registers:file", args=[record.pk])


def test_each_create_form_on_a_page_has_its_own_token(web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    page = signed_in(web_world.secretariat).get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    tokens = re.findall(r'name="submission" value="([\w-]+)"', page)
    assert len(tokens) >= 3 and len(set(tokens)) == len(tokens)  # the forms that add to the agenda


def test_a_create_refused_for_bad_input_can_be_corrected_and_sent_with_the_same_token(web_world):
    client = signed_in(web_world.secretariat)
    url = reverse("meetings:new")
    form = {"council": web_world.council.pk, "start_time": "13:30", "place": "第1会議室", "is_public": "on",
            "submission": submission_token(client.get(url))}
    assert client.post(url, {**form, "date": "いつか"}).status_code == 400
    assert client.post(url, {**form, "date": "令和9年6月1日"}).status_code == 302
    assert client.post(url, {**form, "date": "令和9年6月1日"}).status_code == 302
    assert Meeting.objects.filter(council=web_world.council).count() == 1


def test_a_create_refused_by_a_rule_leaves_the_token_unused(web_world):
    meeting, item, _ = held_meeting(web_world)
    actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    client = signed_in(web_world.secretariat)
    url = reverse("meetings:follow_up_add", args=[meeting.pk, item.pk])
    data = {"kind": "後日報告", "text": "仕様書を提出する", "submission": "A" * 22}
    refused_one = client.post(url, {**data, "due_date": "令和2年1月1日"})
    assert refused_one.status_code == 400 and "が決定した会議の日" in refused_one.content.decode()
    due = datetime.date.today() + datetime.timedelta(days=60)
    assert client.post(url, {**data, "due_date": due.isoformat()}).status_code == 302
    from shingikai.meetings.models import FollowUp

    assert FollowUp.objects.count() == 1


def test_another_users_token_creates_as_usual_and_shows_nothing_of_theirs(web_world):
    from shingikai.councils.models import Staff

    colleague = User.objects.create_user("jimukyoku2", "j2@example.jp", "x")
    Staff.objects.create(name="事務 次郎", title="主事", user=colleague).secretariat_councils.add(web_world.council)
    url = reverse("meetings:new")
    form = {"council": web_world.council.pk, "start_time": "13:30", "place": "第1会議室", "is_public": "on",
            "submission": "B" * 22}
    mine = signed_in(web_world.secretariat).post(url, {**form, "date": "令和9年6月1日"})
    theirs = signed_in(colleague).post(url, {**form, "date": "令和9年7月1日"})
    assert theirs.status_code == 302 and theirs["Location"] != mine["Location"]
    assert Meeting.objects.filter(council=web_world.council).count() == 2


def test_a_post_without_a_token_or_with_a_forged_one_creates_as_before(web_world):
    client = signed_in(web_world.secretariat)
    url = reverse("meetings:new")
    form = {"council": web_world.council.pk, "date": "令和9年6月1日", "start_time": "13:30", "place": "第1会議室",
            "is_public": "on"}
    for extra in ({}, {}, {"submission": "<script>"}, {"submission": "<script>"}):
        assert client.post(url, {**form, **extra}).status_code == 302
    assert Meeting.objects.filter(council=web_world.council).count() == 4
    assert not UsedSubmission.objects.exists()


def test_used_tokens_are_forgotten_after_a_day(web_world):
    from django.core.management import call_command
    from django.utils import timezone

    client = signed_in(web_world.secretariat)
    url = reverse("meetings:new")
    form = {"council": web_world.council.pk, "start_time": "13:30", "place": "第1会議室", "is_public": "on"}
    client.post(url, {**form, "date": "令和9年6月1日", "submission": "C" * 22})
    UsedSubmission.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    # Recording a new token drops the user's old ones…
    client.post(url, {**form, "date": "令和9年7月1日", "submission": "D" * 22})
    assert list(UsedSubmission.objects.values_list("token", flat=True)) == ["D" * 22]
    # …and the daily cleanup drops everyone's.
    UsedSubmission.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    call_command("cleanup", stdout=__import__("io").StringIO())
    assert not UsedSubmission.objects.exists()
