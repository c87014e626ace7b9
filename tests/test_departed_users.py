"""A person who leaves keeps their name on what they did: the admin does not delete a user who acted on a record
(the history would read 「システム」) and says to stop the login instead; a login never used can still be deleted."""
import pytest
from django.contrib.auth import get_user_model

from conftest import PASSWORD
from shingikai.cases.models import Case
from test_web_support import make_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.jp", PASSWORD)
    client.force_login(admin)
    return client


def test_admin_refuses_to_delete_a_user_who_changed_a_record_and_offers_stopping(operator, web_world):
    w = web_world
    case = make_case(w, department=w.dept_b, user=w.dept_b_user, title="放課後児童クラブの入所管理")
    url = f"/admin/auth/user/{w.dept_b_user.pk}/delete/"
    page = operator.get(url).content.decode()
    assert "変更履歴" in page and "ログインを停止してください" in page
    operator.post(url, {"post": "yes"})
    assert get_user_model().objects.filter(pk=w.dept_b_user.pk).exists()
    # The bulk action on the users list is refused alike.
    operator.post("/admin/auth/user/", {"action": "delete_selected", "_selected_action": [w.dept_b_user.pk],
                                        "post": "yes"})
    assert get_user_model().objects.filter(pk=w.dept_b_user.pk).exists()
    assert Case.history.filter(id=case.pk, history_user=w.dept_b_user).exists()
    # The case page still names who created it.
    operator.force_login(w.secretariat)
    Case.objects.filter(pk=case.pk).update(status=Case.Status.SUBMITTED)
    assert "子供 次郎" in operator.get(f"/work/cases/{case.pk}/").content.decode()


def test_admin_deletes_a_login_that_never_acted(operator, web_world):
    url = f"/admin/auth/user/{web_world.stranger.pk}/delete/"
    assert "ログインを停止してください" not in operator.get(url).content.decode()
    operator.post(url, {"post": "yes"})
    assert not get_user_model().objects.filter(pk=web_world.stranger.pk).exists()
