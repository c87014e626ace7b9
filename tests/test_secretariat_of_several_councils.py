"""One official as the secretariat of several councils of the city (the 総務課 runs the 審議会 and the 審査会): one
login sees and runs the work of each, and the history names that one person; a council of another city named by
mistake gives no access."""
import pytest
from django.urls import reverse

from shingikai import access
from shingikai.councils.mail import secretariat_addresses
from shingikai.councils.models import Council

pytestmark = pytest.mark.django_db


@pytest.fixture
def appeals_board(world):
    board = Council.objects.create(municipality=world.city, name="みなみ市情報公開・個人情報保護審査会",
                                   slug="minami-shinsakai", body_type="審査会")
    world.secretariat_staff.also_secretariat_of.add(board)
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
    world.secretariat_staff.also_secretariat_of.add(world.other_council)
    assert access.secretariat_council_ids(world.secretariat) == {world.council.pk}
    client.force_login(world.secretariat)
    assert client.get(reverse("councils:members", args=[world.other_council.pk])).status_code == 403


def test_the_other_secretariat_still_sees_only_its_own_council(client, world, appeals_board):
    assert access.secretariat_council_ids(world.other_secretariat) == {world.other_council.pk}
