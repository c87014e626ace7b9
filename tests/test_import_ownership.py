"""Whose an imported meeting is: the user its import is attributed to. A command-line import without --as is the
operator's: a superuser changes it; a secretariat changes it only in its own councils and sees it read-only in a
precedent-only council. `import-minutes --as USERNAME` and the demo attribute imports to a secretariat user."""
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from helpers import second_secretary
from test_import_web import media, review_post_data, upload  # noqa: F401
from test_importer_command import run

from shingikai.meetings.models import Meeting
from shingikai.minutes.actions import import_pending, publish_import, receive_import_file
from shingikai.minutes.models import ImportRecord, Minutes, PendingImport

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
HIGASHI = FIXTURES / "higashi-space.txt"  # ひがし村's 審査会: a precedent-only council once imported
OPERATORS = "運用者が取り込んだ会議録"


@pytest.fixture
def operators_import(world):
    """ひがし村's minutes imported by the command line without --as, unpublished."""
    code, _, err = run(HIGASHI)
    assert code == 0, err
    meeting = Meeting.objects.get(council__name="ひがし村個人情報保護審査会")
    assert meeting.council.is_imported_only and meeting.import_records.get().imported_by is None
    return meeting


@pytest.fixture
def operator(db):
    return get_user_model().objects.create_superuser("operator", "operator@example.jp", "operator-pass-123")


def _listed(client):
    """The import screen's list of imported meetings."""
    return client.get("/work/import/").content.decode().split("<h2>取り込んだ会議</h2>", 1)[1]


def _state(meeting):
    return Minutes.objects.get(meeting=meeting).state


@pytest.mark.parametrize("username", ["kita", "jimukyoku"])
def test_a_secretariat_sees_the_operators_import_read_only(client, world, operators_import, username):
    client.force_login(get_user_model().objects.get(username=username))
    listing = _listed(client)
    assert "ひがし村個人情報保護審査会" in listing and OPERATORS in listing
    assert f"/work/import/m/{operators_import.pk}/" not in listing
    assert client.get(f"/work/import/m/{operators_import.pk}/").status_code == 404


@pytest.mark.parametrize("step", ["publish", "unpublish", "correct", "delete"])
def test_a_second_citys_secretariat_cannot_change_the_operators_import(client, world, operators_import, step):
    if step == "unpublish":
        publish_import(operators_import)
    before = _state(operators_import)
    client.force_login(world.other_secretariat)
    assert client.post(f"/work/import/m/{operators_import.pk}/{step}/").status_code in (403, 404)
    assert Meeting.objects.filter(pk=operators_import.pk).exists()
    assert _state(operators_import) == before
    assert not PendingImport.objects.exists()


def test_a_second_citys_secretariat_cannot_reimport_the_operators_import(client, world, media, operators_import):
    client.force_login(world.other_secretariat)
    review_url = upload(client, name="higashi.txt", data=HIGASHI.read_bytes())["Location"]
    response = client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""}, follow=True)
    assert OPERATORS in response.content.decode() and "システム管理者だけ" in response.content.decode()
    assert operators_import.import_records.count() == 1
    assert Meeting.objects.filter(council=operators_import.council).count() == 1


def test_the_operators_import_refuses_a_secretariats_change_in_the_actions_too(world, operators_import):
    from shingikai.errors import ActionRefused
    from shingikai.minutes.actions import delete_import, reopen_import

    for action in (publish_import, reopen_import, delete_import):
        with pytest.raises(ActionRefused, match=OPERATORS):
            action(operators_import, by=world.other_secretariat)
    assert _state(operators_import) == Minutes.State.DRAFT and not PendingImport.objects.exists()


def test_the_superuser_manages_the_operators_import(client, world, operator, operators_import):
    client.force_login(operator)
    url = f"/work/import/m/{operators_import.pk}/"
    assert url in _listed(client)
    page = client.get(url).content.decode()
    assert "公開する" in page and "この取込記録を削除する" in page and "運用者" in page
    assert client.post(f"{url}publish/").status_code == 302
    assert _state(operators_import) == Minutes.State.PUBLISHED
    assert client.post(f"{url}unpublish/", {"reason": "訂正のため"}).status_code == 302
    assert _state(operators_import) == Minutes.State.DRAFT
    review_url = client.post(f"{url}correct/")["Location"]
    client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""})
    assert not PendingImport.objects.exists()
    client.post(f"{url}delete/", {"confirm": "1"})
    assert not Meeting.objects.filter(pk=operators_import.pk).exists()


def test_the_operators_import_stays_the_operators_after_the_superuser_corrects_it(client, world, operator,
                                                                                  operators_import):
    client.force_login(operator)
    review_url = client.post(f"/work/import/m/{operators_import.pk}/correct/")["Location"]
    client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""})
    client.force_login(world.other_secretariat)
    assert OPERATORS in _listed(client)
    assert client.post(f"/work/import/m/{operators_import.pk}/publish/").status_code == 404


def test_the_operators_import_into_a_citys_own_council_is_its_secretariats(client, world):
    code, _, err = run(FIXTURES / "minami-circle.txt", "--council", world.council.slug)
    assert code == 0, err
    meeting = Meeting.objects.get(council=world.council, imported=True)
    client.force_login(world.secretariat)
    assert f"/work/import/m/{meeting.pk}/" in _listed(client)
    assert client.post(f"/work/import/m/{meeting.pk}/publish/").status_code == 302
    assert _state(meeting) == Minutes.State.PUBLISHED
    client.force_login(world.other_secretariat)
    assert world.council.name not in _listed(client)
    assert client.post(f"/work/import/m/{meeting.pk}/unpublish/").status_code == 404


def test_a_secretariat_changes_what_any_of_its_staff_imported(client, world):
    colleague = second_secretary(world)
    meeting, _ = import_pending(receive_import_file(HIGASHI.read_bytes(), name="higashi.txt", by=colleague),
                                by=colleague)
    client.force_login(world.secretariat)
    assert client.post(f"/work/import/m/{meeting.pk}/publish/").status_code == 302
    assert _state(meeting) == Minutes.State.PUBLISHED
    client.force_login(world.other_secretariat)
    assert "ひがし村" not in _listed(client)


def test_import_minutes_as_a_secretariat_user_makes_the_import_theirs(client, world):
    code, out, err = run(HIGASHI, "--as", "kita")
    assert code == 0, err
    meeting = Meeting.objects.get(council__name="ひがし村個人情報保護審査会")
    assert meeting.import_records.get().imported_by == world.other_secretariat
    client.force_login(world.other_secretariat)
    assert client.post(f"/work/import/m/{meeting.pk}/publish/").status_code == 302
    assert _state(meeting) == Minutes.State.PUBLISHED
    client.force_login(world.secretariat)  # another city's import: not even listed
    assert client.get(f"/work/import/m/{meeting.pk}/").status_code == 404
    assert "ひがし村" not in _listed(client)


def test_import_minutes_as_a_city_councils_own_secretariat(world):
    code, _, err = run(FIXTURES / "kita-bracket.md", "--council", world.other_council.slug, "--as", "kita")
    assert code == 0, err
    assert ImportRecord.objects.get().imported_by == world.other_secretariat


@pytest.mark.parametrize("username, reason", [
    ("shimin", "shimin は事務局の職員ではない"),
    ("iin", "iin は事務局の職員ではない"),
    ("operator", "operator は事務局の職員ではない"),
    ("nobody", "ユーザー nobody が見つかりません"),
])
def test_import_minutes_as_refuses_a_user_who_is_no_secretariat(world, operator, username, reason):
    code, out, err = run(HIGASHI, "--as", username)
    assert code == 2
    assert err.startswith(f"import-minutes: --as {username}: ") and err.count("\n") == 1 and reason in err
    assert not Meeting.objects.filter(imported=True).exists()


@pytest.mark.parametrize("args", [
    ["minami-circle.txt", "--council", "minami-shingikai"],
    ["kita-bracket.md", "--council", "kita-shinsakai"],
])
def test_import_minutes_as_refuses_another_citys_secretariat_for_a_city_council(world, args):
    name, *rest = args
    username = "kita" if "minami" in name else "jimukyoku"
    code, _, err = run(FIXTURES / name, *rest, "--as", username)
    assert code == 2
    assert "の審議会です" in err and "事務局) の取込にはできません" in err
    assert not Meeting.objects.filter(imported=True).exists()


def test_import_minutes_as_refuses_another_citys_council_found_by_its_name(world):
    code, _, err = run(FIXTURES / "kita-bracket.md", "--as", "jimukyoku")
    assert code == 2 and "その事務局のほかは取り込めません" in err
    assert not Meeting.objects.filter(imported=True).exists()


def test_import_minutes_as_cannot_take_over_the_operators_import(world, operators_import):
    code, _, err = run(FIXTURES / "higashi-space.txt", "--as", "kita")
    assert code == 2 and OPERATORS in err
    assert operators_import.import_records.get().imported_by is None


def test_the_demos_neighbour_imports_are_the_demo_secretariats(client, db):
    from shingikai.demo.loader import load_demo

    load_demo()
    jimukyoku = get_user_model().objects.get(username="jimukyoku")
    neighbours = Meeting.objects.filter(imported=True)
    assert neighbours.exists()
    assert set(ImportRecord.objects.values_list("imported_by", flat=True)) == {jimukyoku.pk}
    meeting = neighbours.first()
    client.force_login(jimukyoku)
    listing = _listed(client)
    assert OPERATORS not in listing and f"/work/import/m/{meeting.pk}/" in listing
    assert client.post(f"/work/import/m/{meeting.pk}/unpublish/", {"reason": "訂正のため"}).status_code == 302
    assert _state(meeting) == Minutes.State.DRAFT
    assert client.post(f"/work/import/m/{meeting.pk}/publish/").status_code == 302
    assert _state(meeting) == Minutes.State.PUBLISHED


def test_the_import_screens_name_who_imported_by_the_name_the_council_knows_not_the_login(client, world, media):
    """The pending review's 取込者 and the imported meeting's 取込の記録 read 「事務 花子」, not 「jimukyoku」."""
    client.force_login(world.secretariat)
    pending = receive_import_file(HIGASHI.read_bytes(), name="higashi.txt", by=world.secretariat)
    listed = client.get("/work/import/").content.decode().split("<h2>確認待ち</h2>", 1)[1]
    assert "事務 花子" in listed and "jimukyoku" not in listed
    meeting, _ = import_pending(pending, by=world.secretariat)
    record = client.get(f"/work/import/m/{meeting.pk}/").content.decode().split("<h2>取込の記録</h2>", 1)[1]
    assert "事務 花子" in record.split("</table>", 1)[0] and "jimukyoku" not in record.split("</table>", 1)[0]
