"""The signed-in user is loaded once per request, in one statement, with the rows that give their role
(shingikai.signedin): staff with their department, member, or neither."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from shingikai import access
from shingikai.signedin import UserWithRolesBackend

pytestmark = pytest.mark.django_db


def _loaded(user):
    with CaptureQueriesContext(connection) as queries:
        loaded = UserWithRolesBackend().get_user(user.pk)
    assert len(queries) == 1
    return loaded


def test_each_role_is_read_with_the_user_and_no_further_query(world):
    world.dept_a_user.last_login = timezone.now()
    world.dept_a_user.save()
    department_user = _loaded(world.dept_a_user)
    member, secretariat, stranger = _loaded(world.member_user), _loaded(world.secretariat), _loaded(world.stranger)
    with CaptureQueriesContext(connection) as queries:
        assert access.department_of(department_user).name == "市民課"
        assert access.department_of(department_user).division == "市民部"
        assert access.staff_of(department_user).title == "課長"
        assert access.staff_of(department_user).user is department_user
        assert access.person_of(department_user) is None
        assert access.person_of(member).name == "井上 二葉" and access.staff_of(member) is None
        assert access.secretariat_council_ids(secretariat) == {world.council.pk}
        assert access.department_of(secretariat) is None
        assert access.staff_of(stranger) is None and access.person_of(stranger) is None
    assert len(queries) == 0
    # Read back as the ORM reads them: dates as dates, flags as booleans.
    assert isinstance(department_user.last_login, datetime.datetime) and department_user.last_login.tzinfo
    assert department_user.is_active is True and department_user.is_superuser is False
    assert department_user.username == "shimin" and not department_user._state.adding


def test_role_pages_follow_the_loaded_rows(client, world):
    client.force_login(world.dept_a_user)
    assert client.get("/work/cases/").status_code == 200
    client.force_login(world.member_user)
    assert client.get("/work/").status_code == 200


def test_inactive_or_unknown_user_is_signed_out(client, world):
    client.force_login(world.dept_b_user)
    world.dept_b_user.is_active = False
    world.dept_b_user.save()
    assert client.get("/work/").status_code == 302
    assert UserWithRolesBackend().get_user(999999) is None

