"""Signed-in sessions live in the database (shingikai.sessionstore): read by a plain statement, valid until
they expire, ended everywhere by a logout."""
import datetime

import pytest
from django.contrib.sessions.models import Session
from django.test.utils import CaptureQueriesContext
from django.db import connection
from django.utils import timezone

from shingikai.sessionstore import SessionStore

pytestmark = pytest.mark.django_db


def test_session_values_are_read_back_as_saved():
    store = SessionStore()
    store["note"] = "事務局の下書き"
    store["ids"] = [1, 2]
    store.save()
    with CaptureQueriesContext(connection) as queries:
        assert SessionStore(store.session_key).load() == {"note": "事務局の下書き", "ids": [1, 2]}
    assert len(queries) == 1


def test_signed_in_page_is_served_until_the_session_expires(client, world):
    client.force_login(world.secretariat)
    assert client.get("/work/").status_code == 200
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() + datetime.timedelta(seconds=30))
    assert client.get("/work/").status_code == 200
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/work/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_unknown_session_key_is_replaced_not_reused(client, world):
    store = SessionStore("k" * 32)
    assert store.load() == {}
    store["x"] = 1
    store.save()
    assert store.session_key != "k" * 32
    assert not Session.objects.filter(session_key="k" * 32).exists()


def test_logout_ends_the_session_for_every_later_request(client, world):
    client.force_login(world.dept_a_user)
    key = client.session.session_key
    assert client.get("/work/").status_code == 200
    client.post("/logout/")
    assert SessionStore(key).load() == {}
    client.cookies["sessionid"] = key
    assert client.get("/work/").status_code == 302
