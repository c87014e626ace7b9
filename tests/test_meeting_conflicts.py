"""Two secretariat staff on one meeting: a form opened before the other's change is refused (409) with a
Japanese message, the other's change stays, and what the second person typed is shown again."""
import datetime
import re

from django.test import Client
from django.urls import reverse
from helpers import second_secretary
from test_web_support import held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.meetings import actions
from shingikai.meetings.models import AgendaItem, Attendance, Meeting

STALE = "ほかの人がこの会議を変更しました"


def seen_version(page):
    """The meeting version a page's forms carry, as the browser would send it back."""
    return re.search(r'name="meeting_version" value="(\d+)"', page.content.decode()).group(1)


def two_staff(w):
    mine, theirs = Client(), Client()
    mine.force_login(w.secretariat)
    theirs.force_login(second_secretary(w))
    return mine, theirs


def test_stale_postponement_form_is_refused_and_keeps_the_first_change(web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w, date=datetime.date.today() + datetime.timedelta(days=20))
    mine, theirs = two_staff(w)
    url = reverse("meetings:edit", args=[meeting.pk])
    my_version, their_version = seen_version(mine.get(url)), seen_version(theirs.get(url))
    later = meeting.date + datetime.timedelta(days=7)
    assert theirs.post(url, {"date": later.isoformat(), "start_time": "13:30", "place": "市役所 第1会議室",
                             "meeting_version": their_version}).status_code == 302
    response = mine.post(url, {"date": meeting.date.isoformat(), "start_time": "13:30", "place": "別館 大会議室",
                               "meeting_version": my_version})
    assert response.status_code == 409
    body = response.content.decode()
    assert STALE in body and 'value="別館 大会議室"' in body
    meeting.refresh_from_db()
    assert meeting.date == later and meeting.place == "市役所 第1会議室"


def test_stale_agenda_form_is_refused_after_the_other_removed_an_item(web_world):
    w = web_world
    meeting, item, _ = scheduled_meeting(w)
    other = actions.add_item(meeting, kind=AgendaItem.Kind.REPORT, title="運用状況の報告")
    mine, theirs = two_staff(w)
    detail = reverse("meetings:detail", args=[meeting.pk])
    my_version, their_version = seen_version(mine.get(detail)), seen_version(theirs.get(detail))
    assert theirs.post(reverse("meetings:agenda_item_edit", args=[meeting.pk, other.pk]),
                       {"action": "remove", "meeting_version": their_version}).status_code == 302
    response = mine.post(reverse("meetings:agenda_item_edit", args=[meeting.pk, item.pk]),
                         {"action": "publicity", "is_public": "", "closed_reason": "個人が特定されるため",
                          "meeting_version": my_version})
    assert response.status_code == 409 and STALE in response.content.decode()
    item.refresh_from_db()
    assert item.is_public
    response = mine.post(reverse("meetings:agenda_add", args=[meeting.pk]),
                         {"what": "item", "other-kind": AgendaItem.Kind.OTHER, "other-title": "次回の日程",
                          "other-is_public": "on", "meeting_version": my_version})
    assert response.status_code == 409 and 'value="次回の日程"' in response.content.decode()
    assert not meeting.items.filter(title="次回の日程").exists()
    # The page shown with the refusal carries the current version: sending it again works.
    response = mine.post(reverse("meetings:agenda_add", args=[meeting.pk]),
                         {"what": "item", "other-kind": AgendaItem.Kind.OTHER, "other-title": "次回の日程",
                          "other-is_public": "on", "meeting_version": seen_version(response)})
    assert response.status_code == 302 and meeting.items.filter(title="次回の日程").exists()


def test_stale_attendance_correction_is_refused(web_world):
    w = web_world
    meeting, _, _ = held_meeting(w, present=w.people[:4])
    late = meeting.attendances.get(person=w.people[4])
    mine, theirs = two_staff(w)
    url = reverse("meetings:attendance", args=[meeting.pk])
    my_version, their_version = seen_version(mine.get(url)), seen_version(theirs.get(url))
    assert theirs.post(url, {"what": "correct", "attendance": late.pk, f"a{late.pk}-present": "on",
                             f"a{late.pk}-arrived_at": "14:20", "meeting_version": their_version}).status_code == 302
    response = mine.post(url, {"what": "correct", "attendance": late.pk, f"a{late.pk}-arrived_at": "",
                               "meeting_version": my_version})
    assert response.status_code == 409 and STALE in response.content.decode()
    late.refresh_from_db()
    assert late.present and late.arrived_at == datetime.time(14, 20)


def test_stale_opening_form_is_refused_after_a_reply_came_in(web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w, date=datetime.date.today())
    mine, theirs = two_staff(w)
    url = reverse("meetings:open", args=[meeting.pk])
    page = mine.get(url)
    my_version = seen_version(page)
    my_mark = re.search(r'name="replies_mark" value="(\d+)"', page.content.decode()).group(1)
    replies = reverse("meetings:replies", args=[meeting.pk])
    assert theirs.post(replies, {"person": w.people[4].pk, "attending": "no", "note": "体調不良",
                                 "meeting_version": seen_version(theirs.get(replies))}).status_code == 302
    response = mine.post(url, {"present": [p.pk for p in w.people], "secretariat": [w.secretariat_staff.pk],
                               "observers": 0, "is_public": "on", "meeting_version": my_version,
                               "replies_mark": my_mark})
    assert response.status_code == 409 and "会議の出欠の回答を変更しました" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.PLANNED and not Attendance.objects.filter(meeting=meeting).exists()
