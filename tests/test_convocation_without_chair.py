"""The first meeting of a new term, before the members elect their 会長: the 招集通知 goes out in the name of the
municipality's head, not of a 会長 nobody holds, and the meeting page warns that the 会長 is to be elected there."""
import datetime

import pytest
from django.urls import reverse

from shingikai.councils.actions import appoint_member
from shingikai.meetings import convocation
from shingikai.meetings.actions import plan_meeting

pytestmark = pytest.mark.django_db

NEW_TERM = datetime.date(2028, 4, 1)


def test_the_first_meeting_of_a_new_term_is_convened_by_the_head_and_warns_of_the_election(client, world):
    w = world
    for person in w.people:
        appoint_member(w.council, person, appointed_on=NEW_TERM, term_start=NEW_TERM,
                       term_end=datetime.date(2030, 3, 31))
    first = plan_meeting(w.council, date=datetime.date(2028, 5, 10))
    last = plan_meeting(w.council, date=datetime.date(2028, 3, 10))
    notice = convocation.notice(first)
    assert notice["sender"] == "みなみ市長　南山一郎"
    assert any("会長の選出" in line for line in notice["opening"])
    assert convocation.notice(last)["sender"] == f"{w.council.name}会長　青木 一郎"
    client.force_login(w.secretariat)
    assert 'id="no-chair"' in client.get(reverse("meetings:detail", args=[first.pk])).content.decode()
    assert 'id="no-chair"' not in client.get(reverse("meetings:detail", args=[last.pk])).content.decode()
