"""A member's login: the secretariat gives a sitting or newly appointed member a login from the members screen, a
username it chooses and a temporary password shown once; the member must replace it at the first sign-in."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from shingikai.councils import actions
from shingikai.councils.models import PasswordIssue
from shingikai.errors import ActionRefused

from test_temporary_password import NEW, issued_password, members_page


def test_the_secretariat_gives_a_sitting_member_a_login_and_the_member_must_change_the_password(client, world):
    ueda = world.people[2]
    client.force_login(world.secretariat)
    page = client.get(members_page(world)).content.decode()
    assert "ログインを発行" in page
    response = client.post(members_page(world), {"what": "login", "person": ueda.pk, "username": "ueda"})
    password = issued_password(response)
    assert "のログインを作りました" in response.content.decode()
    ueda.refresh_from_db()
    assert ueda.user.username == "ueda" and ueda.user.check_password(password)
    assert PasswordIssue.objects.get(user=ueda.user).issued_by == world.secretariat
    assert password not in client.get(members_page(world)).content.decode()
    client.logout()
    assert client.post(reverse("login"), {"username": "ueda", "password": password}).status_code == 302
    assert client.get("/work/")["Location"] == reverse("password_change")
    client.post(reverse("password_change"), {"old_password": password, "new_password1": NEW, "new_password2": NEW})
    page = client.get("/work/")
    assert page.status_code == 200


def test_a_newly_appointed_member_gets_a_login(client, world):
    client.force_login(world.secretariat)
    today = datetime.date.today()
    client.post(members_page(world), {"what": "appoint", "name": "北野 六花", "appointed_on": today.isoformat(),
                                      "term_start": today.isoformat(), "term_end": "2028-03-31"})
    kitano = world.council.memberships.get(person__name="北野 六花").person
    user, password = actions.give_member_login(world.council, kitano, username="kitano", by=world.secretariat)
    assert user.person == kitano and user.check_password(password)


def test_a_login_is_refused_for_a_taken_name_a_former_member_a_member_with_one_and_a_non_secretariat(client, world):
    ueda, eguchi = world.people[2], world.people[3]
    with pytest.raises(ActionRefused, match="すでに使われています"):
        actions.give_member_login(world.council, ueda, username="SHIMIN", by=world.secretariat)
    with pytest.raises(ActionRefused, match="すでにログイン"):
        actions.give_member_login(world.council, world.people[1], username="inoue", by=world.secretariat)
    with pytest.raises(ActionRefused, match="ユーザー名は半角"):
        actions.give_member_login(world.council, ueda, username="上田", by=world.secretariat)
    with pytest.raises(ActionRefused, match="事務局"):
        actions.give_member_login(world.council, ueda, username="ueda", by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="事務局"):
        actions.give_member_login(world.council, ueda, username="ueda", by=world.other_secretariat)
    actions.end_membership(world.council.memberships.get(person=eguchi), on=datetime.date(2025, 1, 1))
    with pytest.raises(ActionRefused, match="委員ではありません"):
        actions.give_member_login(world.council, eguchi, username="eguchi", by=world.secretariat)
    client.force_login(world.secretariat)
    response = client.post(members_page(world), {"what": "login", "person": ueda.pk, "username": "x"})
    assert response.status_code == 400 and "ユーザー名は半角" in response.content.decode()
    assert client.post(members_page(world), {"what": "login", "person": "9999", "username": "ueda"}).status_code == 404
    assert not get_user_model().objects.filter(username__in=["ueda", "eguchi", "inoue", "x"]).exists()
    assert not PasswordIssue.objects.exists()


def test_a_first_login_does_not_speak_of_an_earlier_password(client, world):
    client.force_login(world.secretariat)
    response = client.post(members_page(world), {"what": "login", "person": world.people[2].pk, "username": "ueda"})
    issued_password(response)
    assert "これまでのパスワード" not in response.content.decode()
