"""A new member appointed ahead of the term who signs in: told from when they serve, and shown the meetings of
their term (not those before it), so they can prepare for the first one."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from shingikai.councils.actions import appoint_successor, link_person_to_user
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.actions import plan_meeting
from test_web_support import web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_member_appointed_ahead_is_told_when_the_term_starts_and_sees_its_meetings(client, web_world):
    w = web_world
    today = timezone.localdate()
    start = today + datetime.timedelta(days=30)
    ahead = appoint_successor(w.council, name="北野 六郎", appointed_on=today, term_start=start, by=w.secretariat)
    user = get_user_model().objects.create_user("kitano", password="x")
    link_person_to_user(ahead.person, user)
    before = plan_meeting(w.council, date=today + datetime.timedelta(days=10))
    first = plan_meeting(w.council, date=start + datetime.timedelta(days=10))
    client.force_login(user)
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert f"{to_wareki(start)}から {w.council.name} の委員です" in home
    assert "いずれの役割も登録されていません" not in home
    assert reverse("meetings:materials", args=[first.pk]) in home
    assert reverse("meetings:materials", args=[before.pk]) not in home
    assert client.get(reverse("meetings:materials", args=[first.pk])).status_code == 200
    assert client.get(reverse("meetings:materials", args=[before.pk])).status_code == 404
