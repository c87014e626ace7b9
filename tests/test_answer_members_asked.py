"""The record of whom a circulated 答申案 was put to: the members in office while it was circulated and on its
issue day, fixed once the 答申 is issued, whatever later changes to the roster."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from shingikai.councils.actions import appoint_successor, end_membership
from shingikai.councils.models import Membership
from shingikai.meetings import actions
from test_member_reviews import circulated, section
from test_web_support import web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def test_an_issued_answer_keeps_the_members_asked_after_one_leaves_and_another_is_appointed(client, web_world):
    w = web_world
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    answer = circulated(w)
    actions.circulate_answer(answer, by=w.secretariat)
    answer.history.update(history_date=timezone.now() - datetime.timedelta(days=1))
    actions.issue_answer(answer, date=yesterday, by=w.secretariat)
    end_membership(Membership.objects.get(council=w.council, person=w.people[4]), on=yesterday, by=w.secretariat)
    appoint_successor(w.council, name="北野 六郎", appointed_on=timezone.localdate(),
                      term_start=timezone.localdate(), by=w.secretariat)
    client.force_login(w.secretariat)
    table = section(client.get(reverse("meetings:answer", args=[answer.pk])).content.decode(),
                    'id="member-responses"', "</table>")
    assert "小野 五月" in table and "北野 六郎" not in table
    assert table.count("未回答") == 5
