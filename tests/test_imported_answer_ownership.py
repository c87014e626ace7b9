"""Whose an imported 答申 is, as for imported minutes (test_import_ownership.py): the user it was imported by. A
command-line import without --as is the operator's: a superuser changes it; a secretariat changes it only in its own
councils and sees it read-only in a precedent-only council. `import-answer --as USERNAME` and the demo attribute
imports to a secretariat user."""
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from helpers import second_secretary
from test_disclosure_answer_import import ANSWER

from shingikai.disclosure import actions
from shingikai.disclosure.models import ImportedAnswer
from shingikai.errors import ActionRefused

OPERATORS = "運用者が取り込んだ答申"
HIGASHI = "ひがし市情報公開・個人情報保護審査会"  # a precedent-only council once imported


def run(tmp_path, *args, text=ANSWER):
    """`import-answer` on a file holding `text`: (exit code, stdout, stderr)."""
    path = tmp_path / "answer.txt"
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_answer", str(path), *args, stdout=out, stderr=err)
    except SystemExit as exit_info:
        return exit_info.code, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


@pytest.fixture
def operators_import(world, tmp_path):
    """ひがし市's 答申 imported by the command line without --as, unpublished."""
    code, _, err = run(tmp_path)
    assert code == 0, err
    answer = ImportedAnswer.objects.get(council__name=HIGASHI)
    assert answer.council.is_imported_only and answer.imported_by is None
    return answer


@pytest.fixture
def operator(db):
    return get_user_model().objects.create_superuser("operator", "operator@example.jp", "operator-pass-123")


def _listed(client):
    """The import screen's list of imported 答申."""
    return client.get("/disclosure/imports/").content.decode().split("<h2>取り込んだ答申</h2>", 1)[1]


@pytest.mark.parametrize("username", ["kita", "jimukyoku"])
def test_a_secretariat_sees_the_operators_import_read_only(client, world, operators_import, username):
    client.force_login(get_user_model().objects.get(username=username))
    listing = _listed(client)
    assert HIGASHI in listing and OPERATORS in listing
    assert f"/disclosure/imports/{operators_import.pk}/" not in listing
    assert client.get(f"/disclosure/imports/{operators_import.pk}/").status_code == 404


@pytest.mark.parametrize("step", ["publish", "unpublish", "delete"])
def test_a_secretariat_cannot_change_the_operators_import(client, world, operators_import, step):
    if step == "unpublish":
        actions.publish_imported_answer(operators_import)
    before = ImportedAnswer.objects.get(pk=operators_import.pk).published
    client.force_login(world.other_secretariat)
    assert client.post(f"/disclosure/imports/{operators_import.pk}/{step}/").status_code == 404
    assert ImportedAnswer.objects.get(pk=operators_import.pk).published == before


def test_a_secretariat_cannot_reimport_the_operators_import(client, world, operators_import):
    client.force_login(world.other_secretariat)
    response = client.post("/disclosure/imports/", {"file": SimpleUploadedFile("higashi.txt", ANSWER.encode())})
    assert response.status_code == 400
    assert OPERATORS in response.content.decode() and "システム管理者だけ" in response.content.decode()
    assert ImportedAnswer.objects.count() == 1


def test_the_operators_import_refuses_a_secretariats_change_in_the_actions_too(world, operators_import):
    for action in (actions.publish_imported_answer, actions.delete_imported_answer):
        with pytest.raises(ActionRefused, match=OPERATORS):
            action(operators_import, by=world.other_secretariat)
    with pytest.raises(ActionRefused, match=OPERATORS):
        actions.correct_imported_answer(operators_import, number="答申第99号", by=world.secretariat)
    operators_import.refresh_from_db()
    assert not operators_import.published and operators_import.number == "答申第12号"


def test_the_superuser_manages_the_operators_import(client, world, operator, operators_import):
    client.force_login(operator)
    url = f"/disclosure/imports/{operators_import.pk}/"
    assert url in _listed(client)
    page = client.get(url).content.decode()
    assert "公開する" in page and "この答申を削除する" in page and "取込者: 運用者" in page
    assert client.post(f"{url}publish/").status_code == 302
    assert ImportedAnswer.objects.get(pk=operators_import.pk).published
    assert client.post(f"{url}unpublish/").status_code == 302
    assert not ImportedAnswer.objects.get(pk=operators_import.pk).published
    client.post(f"{url}delete/")
    assert not ImportedAnswer.objects.filter(pk=operators_import.pk).exists()


def test_the_operators_import_into_a_citys_own_council_is_its_secretariats(client, world, tmp_path):
    code, _, err = run(tmp_path, "--council", world.council.slug)
    assert code == 0, err
    answer = ImportedAnswer.objects.get(council=world.council)
    client.force_login(world.secretariat)
    assert f"/disclosure/imports/{answer.pk}/" in _listed(client)
    assert client.post(f"/disclosure/imports/{answer.pk}/publish/").status_code == 302
    client.force_login(world.other_secretariat)
    assert world.council.name not in _listed(client)
    assert client.post(f"/disclosure/imports/{answer.pk}/unpublish/").status_code == 404


def test_a_secretariat_changes_what_any_of_its_staff_imported(client, world):
    colleague = second_secretary(world)
    answer, _ = actions.import_answer(ANSWER.encode(), name="higashi.txt", by=colleague)
    client.force_login(world.secretariat)
    assert client.post(f"/disclosure/imports/{answer.pk}/publish/").status_code == 302
    client.force_login(world.other_secretariat)
    assert HIGASHI not in _listed(client)


def test_import_answer_as_a_secretariat_user_makes_the_import_theirs(client, world, tmp_path):
    code, _, err = run(tmp_path, "--as", "kita")
    assert code == 0, err
    answer = ImportedAnswer.objects.get(council__name=HIGASHI)
    assert answer.imported_by == world.other_secretariat
    client.force_login(world.other_secretariat)
    assert client.post(f"/disclosure/imports/{answer.pk}/publish/").status_code == 302
    assert ImportedAnswer.objects.get(pk=answer.pk).published
    client.force_login(world.secretariat)  # another city's import: not even listed
    assert client.get(f"/disclosure/imports/{answer.pk}/").status_code == 404
    assert HIGASHI not in _listed(client)


def test_import_answer_as_a_city_councils_own_secretariat(world, tmp_path):
    code, _, err = run(tmp_path, "--council", world.other_council.slug, "--as", "kita")
    assert code == 0, err
    assert ImportedAnswer.objects.get().imported_by == world.other_secretariat


@pytest.mark.parametrize("username, reason", [
    ("shimin", "shimin は事務局の職員ではない"),
    ("iin", "iin は事務局の職員ではない"),
    ("operator", "operator は事務局の職員ではない"),
    ("nobody", "ユーザー nobody が見つかりません"),
])
def test_import_answer_as_refuses_a_user_who_is_no_secretariat(world, operator, tmp_path, username, reason):
    code, _, err = run(tmp_path, "--as", username)
    assert code == 2
    assert err.startswith(f"import-answer: --as {username}: ") and err.count("\n") == 1 and reason in err
    assert not ImportedAnswer.objects.exists()


def test_import_answer_as_refuses_another_citys_secretariat_for_a_city_council(world, tmp_path):
    code, _, err = run(tmp_path, "--council", world.council.slug, "--as", "kita")
    assert code == 2
    assert "の審議会です" in err and "事務局) の取込にはできません" in err
    assert not ImportedAnswer.objects.exists()


def test_import_answer_as_cannot_take_over_the_operators_import(world, operators_import, tmp_path):
    code, _, err = run(tmp_path, "--as", "kita")
    assert code == 2 and OPERATORS in err
    assert ImportedAnswer.objects.get().imported_by is None


def test_the_demos_imported_answers_are_the_demo_secretariats(db):
    from shingikai.demo.loader import load_demo

    load_demo()
    jimukyoku = get_user_model().objects.get(username="jimukyoku")
    assert ImportedAnswer.objects.exists()
    assert set(ImportedAnswer.objects.values_list("imported_by", flat=True)) == {jimukyoku.pk}
