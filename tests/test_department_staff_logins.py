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
