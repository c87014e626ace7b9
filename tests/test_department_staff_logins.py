"""A department's officials (職員) and their logins, kept by the secretariat on the departments screen: a new
official gets a username and a temporary password shown once, changed at the first sign-in as a member's is; one
who leaves has the login stopped; both appear in the screen's history by the person who did it."""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from shingikai.councils import actions
from shingikai.councils.models import PasswordIssue, Staff
from shingikai.errors import ActionRefused

from test_temporary_password import issued_password

pytestmark = pytest.mark.django_db


def departments_page(world):
    return reverse("councils:departments", args=[world.council.pk])


def add(client, world, **data):
    return client.post(departments_page(world), {
        "what": "staff", "staff-department": world.dept_a.pk, "staff-name": "北野 一郎", "staff-title": "主査",
        "staff-username": "kitano", **data})


def test_the_secretariat_adds_a_departments_official_with_a_login_who_must_change_the_password(client, world):
    client.force_login(world.secretariat)
    response = add(client, world)
    assert response.status_code == 200
    password = issued_password(response)
    staff = Staff.objects.get(name="北野 一郎")
    assert staff.department == world.dept_a and staff.title == "主査" and staff.user.username == "kitano"
    assert staff.user.check_password(password)
    assert PasswordIssue.objects.get(user=staff.user).issued_by == world.secretariat
    page = client.get(departments_page(world)).content.decode()
    assert password not in page and "北野 一郎" in page and "kitano" in page
    client.logout()
    assert client.post(reverse("login"), {"username": "kitano", "password": password}).status_code == 302
    assert client.get("/work/")["Location"] == reverse("password_change")


def test_a_taken_username_a_blank_name_and_another_citys_department_are_refused(client, world):
    client.force_login(world.secretariat)
    assert add(client, world, **{"staff-username": "shimin"}).status_code == 400
    assert add(client, world, **{"staff-name": ""}).status_code == 400
    assert add(client, world, **{"staff-department": world.other_dept.pk}).status_code == 400
    assert not Staff.objects.filter(name="北野 一郎").exists()
    with pytest.raises(ActionRefused):
        actions.add_department_staff(world.dept_a, name="北野 一郎", username="kitano", by=world.other_secretariat)
    with pytest.raises(ActionRefused):
        actions.add_department_staff(world.dept_a, name="北野 一郎", username="kitano", by=world.dept_a_user)


def test_the_secretariat_stops_the_login_of_an_official_who_left_and_the_history_names_who(client, world):
    client.force_login(world.secretariat)
    response = client.post(departments_page(world), {"what": "stop", "staff": world.dept_b_staff.pk}, follow=True)
    assert "子供 次郎 のログインを停止しました" in response.content.decode()
    assert not get_user_model().objects.get(pk=world.dept_b_user.pk).is_active
    assert "ログインを停止" in response.content.decode().split('id="staff-heading"', 1)[1]
    assert Staff.history.filter(id=world.dept_b_staff.pk, history_user=world.secretariat).exists()
    again = client.post(departments_page(world), {"what": "stop", "staff": world.dept_b_staff.pk})
    assert again.status_code == 400


def test_the_secretariats_own_login_and_another_citys_staff_cannot_be_stopped_here(client, world):
    client.force_login(world.secretariat)
    assert client.post(departments_page(world), {"what": "stop", "staff": world.secretariat_staff.pk}).status_code == 404
    with pytest.raises(ActionRefused):
        actions.stop_department_staff_login(world.dept_a_staff, by=world.other_secretariat)
    assert get_user_model().objects.get(pk=world.dept_a_user.pk).is_active


def add_clerk(client, world, **data):
    return client.post(departments_page(world), {
        "what": "clerk", "clerk-name": "西川 花", "clerk-title": "主事", "clerk-username": "nishikawa",
        "clerk-email": "nishikawa@example.jp", **data})


def test_the_secretariat_adds_a_clerk_of_its_own_council_with_a_login_and_the_history_names_who(client, world):
    client.force_login(world.secretariat)
    password = issued_password(add_clerk(client, world))
    clerk = Staff.objects.get(name="西川 花")
    assert clerk.department is None and clerk.secretariat_council_ids() == {world.council.pk}
    assert clerk.user.username == "nishikawa" and clerk.user.email == "nishikawa@example.jp"
    assert clerk.user.check_password(password)
    assert PasswordIssue.objects.get(user=clerk.user).issued_by == world.secretariat
    assert {e.history_user for e in Staff.history.filter(id=clerk.pk)} == {world.secretariat}
    page = client.get(departments_page(world)).content.decode()
    assert password not in page
    assert "西川 花" in page.split('id="clerks-heading"', 1)[1]
    assert "事務局の職員として登録" in page.split("職員の変更履歴", 1)[1]
    client.logout()
    assert client.post(reverse("login"), {"username": "nishikawa", "password": password}).status_code == 302
    assert client.get("/work/")["Location"] == reverse("password_change")


def test_only_the_councils_own_secretariat_adds_its_clerks(client, world):
    client.force_login(world.other_secretariat)
    assert add_clerk(client, world).status_code == 403
    for by in (world.other_secretariat, world.dept_a_user, world.member_user):
        with pytest.raises(ActionRefused):
            actions.add_secretariat_clerk(world.council, name="西川 花", username="nishikawa", by=by)
    client.force_login(world.secretariat)
    assert add_clerk(client, world, **{"clerk-username": "shimin"}).status_code == 400
    assert add_clerk(client, world, **{"clerk-name": " "}).status_code == 400
    assert not Staff.objects.filter(name="西川 花").exists()


def test_a_clerk_who_leaves_is_taken_off_the_council_and_their_login_stops_but_never_the_last_one(client, world):
    clerk, _ = actions.add_secretariat_clerk(world.council, name="西川 花", username="nishikawa", by=world.secretariat)
    client.force_login(world.secretariat)
    response = client.post(departments_page(world), {"what": "end_clerk", "staff": clerk.pk}, follow=True)
    assert "西川 花 をみなみ市情報公開・個人情報保護審議会の事務局から外しました" in response.content.decode()
    clerk = Staff.objects.get(pk=clerk.pk)
    assert clerk.secretariat_council_ids() == frozenset() and not clerk.user.is_active
    latest = Staff.history.filter(id=clerk.pk).latest("history_id")
    assert latest.history_user == world.secretariat and "ログインを停止" in latest.history_change_reason
    with pytest.raises(ActionRefused, match="ただ一人"):
        actions.end_secretariat_clerk(world.secretariat_staff, world.council,
                                      by=get_user_model().objects.create_superuser("unyou", "u@example.jp", "x"))
    with pytest.raises(ActionRefused):
        actions.end_secretariat_clerk(world.secretariat_staff, world.council, by=world.secretariat)  # oneself
    with pytest.raises(ActionRefused):
        actions.end_secretariat_clerk(world.secretariat_staff, world.council, by=world.other_secretariat)
