"""The April 人事異動 on the secretariat's departments screen: an official moves to another 課 keeping the login
(what they see follows at once), a stopped login is restarted, a fellow clerk of the secretariat who left is
stopped (never the last one who signs in for the council), each login's last sign-in is shown, and an official
gets an e-mail address when registered or later (the row's and the login's, kept the same). Each is an action
with its rules and an entry in the 職員の変更履歴. A stopped login is not offered for a merge or a temporary
password."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from shingikai.councils import actions
from shingikai.councils.models import Staff
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from test_web_support import accepted_case, make_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def page(world):
    return reverse("councils:departments", args=[world.council.pk])


def post(client, world, **data):
    return client.post(page(world), data, follow=True)


def latest_entry(staff):
    return Staff.history.filter(id=staff.pk).latest("history_id")


def fellow_clerk(world):
    user = get_user_model().objects.create_user("nishikawa", "nishikawa@example.jp", "x")
    clerk = Staff.objects.create(name="西川 花", title="主事", user=user)
    clerk.secretariat_councils.add(world.council)
    return clerk


def test_an_official_moved_to_another_department_sees_its_records_at_once_and_no_longer_the_old_ones(web_world):
    w = web_world
    own = accepted_case(w, title="市民課の案件")
    theirs = make_case(w, department=w.dept_b, user=w.dept_b_user, title="こども家庭課の案件")
    official = Client()
    official.force_login(w.dept_a_user)
    assert official.get(reverse("cases:detail", args=[own.pk])).status_code == 200
    assert official.get(reverse("cases:detail", args=[theirs.pk])).status_code == 404
    secretariat = Client()
    secretariat.force_login(w.secretariat)
    response = post(secretariat, w, what="move", staff=w.dept_a_staff.pk,
                    **{f"s{w.dept_a_staff.pk}-department": w.dept_b.pk})
    assert "市民 太郎 の所属を市民課からこども家庭課に変更しました" in response.content.decode()
    assert official.get(reverse("cases:detail", args=[own.pk])).status_code == 404
    assert official.get(reverse("cases:detail", args=[theirs.pk])).status_code == 200
    entry = latest_entry(w.dept_a_staff)
    assert entry.history_user == w.secretariat and entry.history_change_reason == "異動 (市民課からこども家庭課へ)"
    assert get_user_model().objects.get(pk=w.dept_a_user.pk).username == "shimin"


def test_a_move_to_the_same_or_another_citys_department_is_refused(client, world):
    client.force_login(world.secretariat)
    for target in (world.dept_a, world.other_dept):
        response = client.post(page(world), {"what": "move", "staff": world.dept_a_staff.pk,
                                             f"s{world.dept_a_staff.pk}-department": target.pk})
        assert response.status_code == 400
    with pytest.raises(ActionRefused):
        actions.move_department_staff(world.dept_a_staff, department=world.dept_b, by=world.other_secretariat)
    assert Staff.objects.get(pk=world.dept_a_staff.pk).department == world.dept_a


def test_a_stopped_login_is_restarted_with_its_password_and_the_history_says_who(client, world):
    client.force_login(world.secretariat)
    post(client, world, what="stop", staff=world.dept_b_staff.pk)
    response = post(client, world, what="restart", staff=world.dept_b_staff.pk)
    assert "子供 次郎 のログインを再開しました" in response.content.decode()
    user = get_user_model().objects.get(pk=world.dept_b_user.pk)
    assert user.is_active and user.check_password("test-pass-123")
    entry = latest_entry(world.dept_b_staff)
    assert entry.history_user == world.secretariat and entry.history_change_reason == "ログインを再開"
    assert client.post(page(world), {"what": "restart", "staff": world.dept_b_staff.pk}).status_code == 400
    with pytest.raises(ActionRefused):
        actions.restart_login(world.dept_b_user, by=world.other_secretariat)


def test_the_secretariat_stops_a_fellow_clerk_but_never_the_last_one_who_signs_in_for_the_council(client, world):
    clerk = fellow_clerk(world)
    client.force_login(world.secretariat)
    listed = client.get(page(world)).content.decode().split('id="clerks-heading"', 1)[1]
    assert "西川 花" in listed and "nishikawa" in listed and "事務 花子" not in listed
    response = post(client, world, what="stop", staff=clerk.pk)
    assert "西川 花 のログインを停止しました" in response.content.decode()
    assert not get_user_model().objects.get(pk=clerk.user.pk).is_active
    assert latest_entry(clerk).history_change_reason == "ログインを停止"
    operator = get_user_model().objects.create_superuser("unyou", "unyou@example.jp", "x")
    with pytest.raises(ActionRefused, match="ただ一人"):
        actions.stop_department_staff_login(world.secretariat_staff, by=operator)
    with pytest.raises(ActionRefused):
        actions.stop_department_staff_login(world.secretariat_staff, by=world.secretariat)  # one's own
    with pytest.raises(ActionRefused):
        actions.stop_department_staff_login(clerk, by=world.other_secretariat)


def test_each_login_shows_its_last_sign_in(client, world):
    signed = timezone.make_aware(datetime.datetime(2025, 3, 31, 17, 45))
    get_user_model().objects.filter(pk=world.dept_a_user.pk).update(last_login=signed)
    client.force_login(world.secretariat)
    rows = client.get(page(world)).content.decode().split('id="department-staff"', 1)[1]
    shimin = rows.split(f'id="staff-{world.dept_a_staff.pk}"', 1)[1].split("</tr>", 1)[0]
    assert f"{to_wareki(signed.date())} 17:45" in shimin
    kodomo = rows.split(f'id="staff-{world.dept_b_staff.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "なし" in kodomo


def test_an_official_gets_an_email_when_registered_and_it_is_changed_later_for_the_login_too(client, world):
    client.force_login(world.secretariat)
    client.post(page(world), {"what": "staff", "staff-department": world.dept_a.pk, "staff-name": "北野 一郎",
                              "staff-username": "kitano", "staff-email": "kitano@city.example.jp"})
    staff = Staff.objects.get(name="北野 一郎")
    assert staff.email == staff.user.email == "kitano@city.example.jp"
    response = post(client, world, what="email", staff=staff.pk, **{f"s{staff.pk}-email": "kitano@kodomo.example.jp"})
    assert "北野 一郎 の電子メールを変更しました" in response.content.decode()
    staff.refresh_from_db()
    staff.user.refresh_from_db()
    assert staff.email == staff.user.email == "kitano@kodomo.example.jp"
    assert latest_entry(staff).history_change_reason == "電子メールを変更"
    assert client.post(page(world), {"what": "email", "staff": staff.pk, f"s{staff.pk}-email": "kitano@"}) \
        .status_code == 400
    with pytest.raises(ActionRefused):
        actions.set_staff_email(staff, "x@example.jp", by=world.other_secretariat)


def test_a_stopped_login_is_offered_neither_for_a_merge_nor_for_a_temporary_password(client, world):
    actions.stop_department_staff_login(world.dept_a_staff, by=world.secretariat)
    client.force_login(world.secretariat)
    merge = client.get(page(world)).content.decode().split(f'id="department-{world.dept_a.pk}"', 1)[1] \
        .split("</tr>", 1)[0]
    assert "shimin" not in merge
    members = reverse("councils:members", args=[world.council.pk])
    logins = client.get(members).content.decode().split('id="logins"', 1)[1]
    assert "shimin" not in logins and "kodomo" in logins
    assert client.post(members, {"what": "password", "staff": world.dept_a_staff.pk}).status_code == 404
