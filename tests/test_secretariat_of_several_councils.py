"""One official as the secretariat of several councils of the city (the 総務課 runs the 審議会 and the 審査会): one
login sees and runs the work of each, and the history names that one person; a council of another city named by
mistake gives no access."""
import pytest
from django.urls import reverse

from shingikai import access
from shingikai.councils import actions as council_actions
from shingikai.councils.mail import secretariat_addresses
from shingikai.councils.models import Council, Staff
from shingikai.errors import ActionRefused

pytestmark = pytest.mark.django_db


@pytest.fixture
def appeals_board(world):
    board = Council.objects.create(municipality=world.city, name="みなみ市情報公開・個人情報保護審査会",
                                   slug="minami-shinsakai", body_type="審査会")
    world.secretariat_staff.secretariat_councils.add(board)
    return board


def test_the_secretariat_of_the_council_also_runs_the_citys_appeals_board(client, world, appeals_board):
    assert access.secretariat_council_ids(world.secretariat) == {world.council.pk, appeals_board.pk}
    client.force_login(world.secretariat)
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert appeals_board.name in home and world.council.name in home
    for name in ("members", "settings", "departments"):
        assert client.get(reverse(f"councils:{name}", args=[appeals_board.pk])).status_code == 200
    response = client.post(reverse("councils:members", args=[appeals_board.pk]), {
        "what": "appoint", "name": "北野 一郎", "appointed_on": "令和7年4月1日", "term_start": "令和7年4月1日",
        "term_end": "令和9年3月31日"}, follow=True)
    assert "北野 一郎 の委嘱を記録しました" in response.content.decode()
    membership = appeals_board.memberships.get()
    assert membership.history.get().history_user == world.secretariat
    assert world.secretariat.email in secretariat_addresses(council=appeals_board)


def test_a_council_of_another_city_gives_no_access(client, world):
    world.secretariat_staff.secretariat_councils.add(world.other_council)
    assert access.secretariat_council_ids(world.secretariat) == {world.council.pk}
    client.force_login(world.secretariat)
    assert client.get(reverse("councils:members", args=[world.other_council.pk])).status_code == 403


def test_the_other_secretariat_still_sees_only_its_own_council(client, world, appeals_board):
    assert access.secretariat_council_ids(world.other_secretariat) == {world.other_council.pk}


def _staff_admin_post(client, staff=None, **fields):
    url = f"/admin/councils/staff/{staff.pk}/change/" if staff else "/admin/councils/staff/add/"
    data = {"name": "西川 一", "title": "主査", "department": "", "email": "", "user": "", **fields}
    return client.post(url, data)


@pytest.fixture
def root(client, db):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("root", "root@example.jp", "root-pass-123"))
    return client


def test_the_admin_offers_only_the_councils_of_the_staff_members_own_city(root, world, appeals_board):
    page = root.get(f"/admin/councils/staff/{world.secretariat_staff.pk}/change/").content.decode()
    assert appeals_board.name in page and world.council.name in page
    assert world.other_council.name not in page
    # A department's official is offered the councils of their department's city.
    page = root.get(f"/admin/councils/staff/{world.dept_a_staff.pk}/change/").content.decode()
    assert world.council.name in page and world.other_council.name not in page


def test_the_admin_refuses_another_citys_council_with_a_message(root, world, appeals_board):
    response = _staff_admin_post(root, secretariat_councils=[world.council.pk, world.other_council.pk])
    assert response.status_code == 200
    assert "事務局を務める審議会は、一つの自治体のものを選んでください" in response.content.decode()
    response = _staff_admin_post(root, department=world.dept_a.pk, secretariat_councils=[world.other_council.pk])
    assert f"{world.other_council.name}は{world.other_city.name}の審議会です" in response.content.decode()
    # Posted to an official of this city, another city's council is no choice at all.
    response = _staff_admin_post(root, world.secretariat_staff, secretariat_councils=[world.other_council.pk])
    assert response.status_code == 200 and "正しく選択してください" in response.content.decode()
    assert access.secretariat_council_ids(world.secretariat) == {world.council.pk, appeals_board.pk}
    assert not Staff.objects.filter(name="西川 一").exists()


def test_the_admin_gives_one_login_the_councils_of_its_city(root, world, appeals_board):
    response = _staff_admin_post(root, secretariat_councils=[world.council.pk, appeals_board.pk])
    assert response.status_code == 302
    staff = Staff.objects.get(name="西川 一")
    assert staff.secretariat_council_ids() == {world.council.pk, appeals_board.pk}
    assert str(staff) == f"西川 一 主査 ({world.council.name}・{appeals_board.name} 事務局)"


def test_a_staff_member_is_made_the_secretariat_of_their_own_citys_councils_only(world, appeals_board):
    with pytest.raises(ActionRefused, match=f"{world.other_council.name}はきた町の審議会です"):
        council_actions.add_staff(name="西川 一", secretariat_councils=[world.council, world.other_council])
    with pytest.raises(ActionRefused, match="きた町"):
        council_actions.add_staff(name="西川 一", department=world.dept_a, secretariat_councils=[world.other_council])
    staff = council_actions.add_staff(name="西川 一", department=world.dept_a,
                                      secretariat_councils=[world.council, appeals_board])
    assert staff.secretariat_council_ids() == {world.council.pk, appeals_board.pk}


def test_a_council_of_another_city_named_by_mistake_gets_no_mail_for_it(world):
    world.secretariat_staff.secretariat_councils.add(world.other_council)
    assert world.secretariat.email not in secretariat_addresses(council=world.other_council)
    assert world.secretariat.email not in secretariat_addresses(municipality=world.other_city)
    assert world.secretariat.email in secretariat_addresses(municipality=world.city)


def test_the_signed_in_secretariat_of_several_councils_is_read_in_one_more_query(client, world, appeals_board,
                                                                                  django_assert_num_queries):
    from shingikai.signedin import load_user_with_roles

    user = load_user_with_roles(world.other_secretariat.pk, "default")
    with django_assert_num_queries(0):
        assert access.secretariat_council_ids(user) == {world.other_council.pk}
    user = load_user_with_roles(world.secretariat.pk, "default")
    with django_assert_num_queries(1):
        assert access.secretariat_council_ids(user) == {world.council.pk, appeals_board.pk}
        assert access.secretariat_council_ids(user) == {world.council.pk, appeals_board.pk}
    user = load_user_with_roles(world.dept_a_user.pk, "default")
    with django_assert_num_queries(0):
        assert access.secretariat_council_ids(user) == set()


@pytest.mark.django_db(transaction=True)
def test_the_migration_to_one_field_keeps_every_assignment_that_gave_access(world):
    """Staff.secretariat_of and Staff.also_secretariat_of became Staff.secretariat_councils: going back and forth
    keeps each secretariat's councils, the first council first, and access stays as it was."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    board = Council.objects.create(municipality=world.city, name="みなみ市情報公開・個人情報保護審査会",
                                   slug="minami-shinsakai", body_type="審査会")
    before, after = [("councils", "0018_staff_history_and_other_councils")], [
        ("councils", "0019_staff_secretariat_councils_one_field")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("councils", "Staff")
    assert old.objects.get(pk=world.secretariat_staff.pk).secretariat_of_id == world.council.pk
    old.objects.get(pk=world.secretariat_staff.pk).also_secretariat_of.add(board.pk, world.other_council.pk)
    # An "also" with no first council gave a department's clerk no access, and gives none after.
    old.objects.get(pk=world.dept_a_staff.pk).also_secretariat_of.add(world.council.pk)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    # Back to every app's latest state (the way back also took out what later migrations of councils added).
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    staff = Staff.objects.get(pk=world.secretariat_staff.pk)
    through = Staff.secretariat_councils.through.objects.filter(staff=staff).order_by("pk")
    assert through.first().council_id == world.council.pk
    assert set(through.values_list("council_id", flat=True)) == {world.council.pk, board.pk, world.other_council.pk}
    assert staff.secretariat_council_ids() == {world.council.pk, board.pk}
    assert Staff.objects.get(pk=world.dept_a_staff.pk).secretariat_council_ids() == frozenset()
    other = Staff.objects.get(user=world.other_secretariat)
    assert other.secretariat_council_ids() == {world.other_council.pk}
    assert set(Staff.objects.secretariat_of_councils([world.council.pk])) == {staff}


def _history_of(staff):
    from shingikai.viewhelpers import history_rows

    return [(row["user"], change["label"], change["old"], change["value"])
            for row in history_rows(Staff.history.filter(id=staff.pk)) for change in row["changes"]]


def test_a_council_given_or_taken_away_is_in_the_staff_history_with_who_and_before_and_after(root, world,
                                                                                           appeals_board):
    clerk = world.secretariat_staff
    response = _staff_admin_post(root, clerk, name=clerk.name, title=clerk.title, user=world.secretariat.pk,
                                 secretariat_councils=[appeals_board.pk])
    assert response.status_code == 302
    assert clerk.secretariat_council_ids() == {appeals_board.pk}
    # The fixture added the board without a user; the operator's removal of the council names the operator.
    assert ("root", "事務局を務める審議会", f"{world.council}、{appeals_board}", f"{appeals_board}") in _history_of(clerk)
    entry = Staff.history.filter(id=clerk.pk).latest("history_id")
    assert entry.history_user.username == "root"
    assert set(entry.secretariat_councils.values_list("council_id", flat=True)) == {appeals_board.pk}


def test_the_councils_staff_history_keeps_a_clerk_taken_off_it(client, world):
    """The secretariat reads on its departments screen who was made a clerk of its council and who was taken off
    it, after that clerk no longer runs the council."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("nishikawa", "nishikawa@example.jp", "x")
    clerk = council_actions.add_staff(name="西川 花", title="主事", user=user, secretariat_councils=[world.council])
    council_actions.set_secretariat_councils(clerk, [], by=world.secretariat)
    assert clerk.secretariat_council_ids() == frozenset()
    client.force_login(world.secretariat)
    page = client.get(reverse("councils:departments", args=[world.council.pk])).content.decode()
    history = page[page.index("職員の変更履歴"):]
    assert "西川 花: 変更: 事務局を務める審議会 → 「なし」" in history
    assert f"(変更前 「{world.council}」)" in history
    assert _history_of(clerk)[0] == ("事務 花子", "事務局を務める審議会", str(world.council), "なし")
