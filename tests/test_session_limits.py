"""A signed-in session does not outlive its use: it ends after SHINGIKAI_SESSION_IDLE_MINUTES (120) without a
request and SHINGIKAI_SESSION_HOURS (12) after the sign-in, on every app server (the sessions are in the
database). After a laptop is lost the secretariat ends every session of one person of its council
(「すべてのセッションを終了」) without touching the password, and the staff history says who did it."""
import time

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shingikai.councils import actions
from shingikai.councils.models import Staff
from shingikai.errors import ActionRefused
from shingikai.sessionstore import SEEN_AT, SIGNED_IN_AT

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def shift(client, **ago):
    """Move the session's sign-in and last request back by the given seconds."""
    session = client.session
    for key, seconds in ago.items():
        session[key] = int(time.time()) - seconds
    session.save()


def test_the_limits_are_hours_not_the_two_weeks_of_djangos_default():
    assert settings.SESSION_COOKIE_AGE <= 24 * 60 * 60
    assert settings.SHINGIKAI_SESSION_IDLE_MINUTES == 120 and settings.SHINGIKAI_SESSION_HOURS == 12
    assert settings.SESSION_ENGINE == "shingikai.sessionstore"  # in the database, shared by the servers


def test_a_session_left_idle_for_two_hours_is_signed_out(world):
    client = signed_in(world.dept_a_user)
    assert client.get("/work/").status_code == 200
    shift(client, **{SEEN_AT: 119 * 60})
    assert client.get("/work/").status_code == 200
    shift(client, **{SEEN_AT: 121 * 60})
    response = client.get("/work/")
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert SESSION_KEY not in client.session


def test_a_busy_session_ends_twelve_hours_after_its_sign_in(world):
    client = signed_in(world.dept_a_user)
    shift(client, **{SIGNED_IN_AT: 12 * 60 * 60 + 60, SEEN_AT: 10})
    response = client.get("/work/")
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_request_writes_the_session_back_at_most_once_a_minute(world):
    client = signed_in(world.dept_a_user)
    client.get("/work/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/work/")
    assert not [q for q in queries if "django_session" in q["sql"] and q["sql"].startswith(("UPDATE", "INSERT"))]
    shift(client, **{SEEN_AT: 90})
    client.get("/work/")
    assert time.time() - client.session[SEEN_AT] < 30


def test_the_secretariat_ends_every_session_of_an_official_and_the_password_stays(world):
    office, laptop = signed_in(world.dept_b_user), signed_in(world.dept_b_user)
    others = signed_in(world.dept_a_user)
    secretariat = signed_in(world.secretariat)
    password = world.dept_b_user.password
    response = secretariat.post(reverse("councils:departments", args=[world.council.pk]),
                                {"what": "sessions", "staff": world.dept_b_staff.pk}, follow=True)
    assert "子供 次郎 のセッション 2 件を終了しました" in response.content.decode()
    for client in (office, laptop):
        assert client.get("/work/").status_code == 302
    assert others.get("/work/").status_code == 200 and secretariat.get("/work/").status_code == 200
    world.dept_b_user.refresh_from_db()
    assert world.dept_b_user.password == password and world.dept_b_user.is_active
    entry = Staff.history.filter(id=world.dept_b_staff.pk).latest("history_id")
    assert entry.history_user == world.secretariat and "すべてのセッションを終了" in entry.history_change_reason


def test_the_secretariat_ends_a_members_sessions_from_the_members_screen(world):
    member = signed_in(world.member_user)
    secretariat = signed_in(world.secretariat)
    page = secretariat.get(reverse("councils:members", args=[world.council.pk])).content.decode()
    assert "すべてのセッションを終了" in page
    response = secretariat.post(reverse("councils:members", args=[world.council.pk]),
                                {"what": "sessions", "person": world.people[1].pk}, follow=True)
    assert "井上 二葉 のセッション 1 件を終了しました" in response.content.decode()
    assert member.get("/work/").status_code == 302


def test_only_the_secretariat_of_the_persons_council_or_city_ends_their_sessions(world):
    signed_in(world.dept_b_user)
    for by in (world.other_secretariat, world.dept_a_user, world.member_user):
        with pytest.raises(ActionRefused):
            actions.end_sessions(world.dept_b_user, by=by)
    assert Session.objects.count() == 1
