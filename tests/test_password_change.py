"""Every signed-in person changes their own password; the old one and the API tokens made with it stop working."""
import pytest
from django.urls import reverse

from shingikai.api.tokens import issue, user_of

pytestmark = pytest.mark.django_db


def test_a_member_changes_their_password_and_stays_signed_in(client, world):
    user = world.member_user
    user.set_password("shokichi-no-pass")
    user.save()
    token = issue(user)
    client.force_login(user)
    assert "パスワードの変更" in client.get(reverse("councils:dashboard")).content.decode()
    response = client.post(reverse("password_change"), {
        "old_password": "shokichi-no-pass", "new_password1": "kita-yama-2026-iin", "new_password2": "kita-yama-2026-iin"},
        follow=True)
    assert "パスワードを変更しました。" in response.content.decode()
    assert client.get(reverse("councils:dashboard")).status_code == 200  # still signed in
    user.refresh_from_db()
    assert user.check_password("kita-yama-2026-iin") and user_of(token) is None


def test_a_wrong_old_password_or_a_mismatch_changes_nothing(client, world):
    user = world.dept_a_user
    user.set_password("shokichi-no-pass")
    user.save()
    client.force_login(user)
    for form in ({"old_password": "chigau", "new_password1": "kita-yama-2026-ka", "new_password2": "kita-yama-2026-ka"},
                 {"old_password": "shokichi-no-pass", "new_password1": "kita-yama-2026-ka", "new_password2": "betsu"}):
        assert client.post(reverse("password_change"), form).status_code == 400
    user.refresh_from_db()
    assert user.check_password("shokichi-no-pass")


def test_the_page_is_for_signed_in_people_only(client):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_the_current_password_field_is_named_as_the_page_tells_to_fill_it(client, world):
    """The page says 「今のパスワード」には仮パスワードを入力します: the field it means carries that name."""
    client.force_login(world.member_user)
    page = client.get(reverse("password_change")).content.decode()
    assert "「今のパスワード」" in page or "今のパスワードと" in page
    label = page.split('for="id_old_password"', 1)[1].split("</label>", 1)[0]
    assert "今のパスワード" in label and "元のパスワード" not in page
