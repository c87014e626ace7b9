"""Before a meeting opens, the secretariat records each member's answer to the convocation (出欠の連絡)."""
import pytest
from django.urls import reverse
from test_web_support import held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.councils.models import Person
from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import AttendanceReply


def test_replies_set_the_expected_quorum_and_can_be_changed(web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    before, required, _ = actions.expected_quorum(meeting)
    actions.record_attendance_reply(meeting, person=web_world.people[0], attending=False, note="公務のため",
                                    by=web_world.secretariat)
    assert actions.expected_quorum(meeting)[0] == before - 1
    actions.record_attendance_reply(meeting, person=web_world.people[0], attending=True, by=web_world.secretariat)
    assert actions.expected_quorum(meeting)[0] == before
    reply = AttendanceReply.objects.get(meeting=meeting, person=web_world.people[0])
    assert reply.attending and reply.history.count() == 2


def test_a_reply_is_refused_once_the_meeting_has_opened(web_world):
    meeting, _, _ = held_meeting(web_world)
    with pytest.raises(ActionRefused, match="開会前の会議にのみ"):
        actions.record_attendance_reply(meeting, person=web_world.people[0], attending=False)
    assert not AttendanceReply.objects.exists()


def test_only_members_in_office_can_reply(web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    stranger = Person.objects.create(name="部外 太郎")
    with pytest.raises(ActionRefused, match="在任の委員ではありません"):
        actions.record_attendance_reply(meeting, person=stranger, attending=True)


def test_the_opening_form_leaves_apologising_members_unticked(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    away = web_world.people[1]
    actions.record_attendance_reply(meeting, person=away, attending=False, note="出張")
    client.force_login(web_world.secretariat)
    page = client.get(reverse("meetings:open", args=[meeting.pk])).content.decode()
    assert f"欠席の連絡: {away.name} (出張)" in page
    def ticked(person):
        return "checked" in page.split(f'name="present" value="{person.pk}"', 1)[1].split(">", 1)[0]

    assert not ticked(away)
    assert all(ticked(p) for p in web_world.people if p != away)


def test_the_secretariat_records_a_reply_in_the_browser_form(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.secretariat)
    url = reverse("meetings:replies", args=[meeting.pk])
    response = client.post(url, {"person": web_world.people[2].pk, "attending": "no", "note": "体調不良"})
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "体調不良" in page and "出席予定" in page
    assert client.post(url, {"person": web_world.people[2].pk, "attending": "maybe"}).status_code == 400


def test_departments_and_members_cannot_record_replies(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    for user in (web_world.dept_a_user, web_world.member_user):
        client.force_login(user)
        response = client.post(reverse("meetings:replies", args=[meeting.pk]),
                               {"person": web_world.people[0].pk, "attending": "no"})
        assert response.status_code in (403, 404)
    assert not AttendanceReply.objects.exists()


def test_after_opening_the_replies_page_only_shows_what_was_received(client, web_world):
    meeting, _, _ = held_meeting(web_world)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("meetings:replies", args=[meeting.pk])).content.decode()
    assert "開会済みです" in page and 'name="attending"' not in page
