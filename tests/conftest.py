"""The shared test base: a fictional city with named users in every role.

- `world.secretariat`   事務局 of みなみ市's council (user "jimukyoku")
- `world.dept_a_user`   staff of 市民課 (department A, user "shimin")
- `world.dept_b_user`   staff of こども家庭課 (department B, user "kodomo")
- `world.member_user`   a council member (user "iin")
- `world.stranger`      logged in, with no role anywhere (user "stranger")
- `world.other_secretariat`  事務局 of another city's council (user "kita")
"""
import datetime
import os
from types import SimpleNamespace

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SHARED = __import__("pathlib").Path(__file__).resolve().parents[1].parent / "shared"
PASSWORD = "test-pass-123"


def make_world():
    from django.contrib.auth import get_user_model

    from shingikai.councils.actions import appoint_member, designate_acting_chair, elect_chair
    from shingikai.councils.models import Council, Department, Municipality, Person, Staff

    User = get_user_model()

    def user(username):
        return User.objects.create_user(username, f"{username}@example.jp", PASSWORD)

    w = SimpleNamespace()
    w.city = Municipality.objects.create(name="みなみ市", slug="minami", head_title="みなみ市長", head_name="南山一郎")
    w.council = Council.objects.create(
        municipality=w.city, name="みなみ市情報公開・個人情報保護審議会", slug="minami-shingikai",
        ordinance="みなみ市情報公開・個人情報保護審議会条例",
    )
    w.other_city = Municipality.objects.create(name="きた町", slug="kita", head_title="きた町長")
    w.other_council = Council.objects.create(
        municipality=w.other_city, name="きた町個人情報保護審査会", slug="kita-shinsakai", body_type="審査会"
    )
    w.dept_a = Department.objects.create(municipality=w.city, name="市民課", division="市民部")
    w.dept_b = Department.objects.create(municipality=w.city, name="こども家庭課", division="こども部")
    w.other_dept = Department.objects.create(municipality=w.other_city, name="住民課")

    w.secretariat = user("jimukyoku")
    w.secretariat_staff = Staff.objects.create(name="事務 花子", title="主査",
                                               user=w.secretariat)
    w.dept_a_user = user("shimin")
    w.dept_a_staff = Staff.objects.create(name="市民 太郎", title="課長", department=w.dept_a, user=w.dept_a_user)
    w.dept_b_user = user("kodomo")
    w.dept_b_staff = Staff.objects.create(name="子供 次郎", title="主事", department=w.dept_b, user=w.dept_b_user)
    w.other_secretariat = user("kita")
    w.secretariat_staff.secretariat_councils.add(w.council)
    Staff.objects.create(name="北 三郎", title="主幹", user=w.other_secretariat).secretariat_councils.add(w.other_council)
    w.stranger = user("stranger")

    start = datetime.date(2024, 4, 1)
    names = ["青木 一郎", "井上 二葉", "上田 三恵", "江口 四郎", "小野 五月"]
    w.people = [Person.objects.create(name=n) for n in names]
    for person in w.people:
        appoint_member(w.council, person, appointed_on=start, term_start=start, term_end=datetime.date(2028, 3, 31))
    w.member_user = user("iin")
    w.people[1].user = w.member_user
    w.people[1].save()
    elect_chair(w.council, w.people[0], on=start)
    designate_acting_chair(w.council, w.people[1], on=start)
    w.today = datetime.date(2025, 5, 20)
    return w


@pytest.fixture(autouse=True)
def media_outside_the_repository(settings, tmp_path_factory):
    """Stored files (the demo's 評価書 among them) go to a folder of the run, never to ./data/media; a test that
    reads its own files back sets MEDIA_ROOT itself."""
    settings.MEDIA_ROOT = tmp_path_factory.getbasetemp() / "media"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The production hasher is slow on purpose; tests create many users and log in often.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """On PostgreSQL, keep autovacuum away from the test database. Every test's rows are rolled back, so a
    vacuum between two tests records each table as empty (reltuples 0) while its pages remain; the planner
    then counts the next test's thousands of rows as one and picks nested loops that take seconds a query
    (the OParl crawl took ten minutes instead of fourteen seconds)."""
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT format('ALTER TABLE %I.%I SET (autovacuum_enabled = false)', schemaname, "
                               "tablename) FROM pg_tables WHERE schemaname = current_schema()")
                for (statement,) in cursor.fetchall():
                    cursor.execute(statement)


@pytest.fixture
def world(db):
    return make_world()


@pytest.fixture
def shared_dir():
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing in CI")
        pytest.skip(f"../shared is not beside the repository ({SHARED})")
    return SHARED
