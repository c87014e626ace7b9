"""Every password a person sets follows the same rules, told in Japanese: at least 12 characters
(SHINGIKAI_PASSWORD_MIN_LENGTH), not digits only, not a common password, not like the user name or e-mail. They
hold on the change page, on the change a temporary password asks for and on the operator's createsuperuser."""
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from shingikai.councils import actions
from test_temporary_password import issued_password

pytestmark = pytest.mark.django_db

OLD = "shokichi-no-pass"
WEAK = {
    "12345678": "短すぎ",
    "kodomokodomo": "似すぎ",
    "123456789012": "数字しか",
    "password1234": "一般的すぎ",
}


def change(client, new, old=OLD):
    return client.post(reverse("password_change"), {"old_password": old, "new_password1": new, "new_password2": new})


@pytest.mark.parametrize("weak", WEAK)
def test_a_weak_password_is_refused_on_the_change_page_with_the_reason_in_japanese(client, world, weak):
    user = world.dept_b_user
    user.set_password(OLD)
    user.save()
    client.force_login(user)
    response = change(client, weak)
    assert response.status_code == 400 and WEAK[weak] in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(OLD)
    assert change(client, "kita-yama-2026-ka").status_code == 302


def test_the_change_asked_after_a_temporary_password_follows_the_rules_too(client, world):
    client.force_login(world.secretariat)
    response = client.post(reverse("councils:members", args=[world.council.pk]),
                           {"what": "password", "staff": world.dept_b_staff.pk})
    password = issued_password(response)
    assert len(password) >= 12  # the temporary password itself passes the rules
    client.logout()
    client.post(reverse("login"), {"username": "kodomo", "password": password})
    assert change(client, "12345678", old=password).status_code == 400
    assert change(client, "kita-yama-2026-ka", old=password).status_code == 302


def test_the_length_is_a_setting(client, world, settings):
    settings.AUTH_PASSWORD_VALIDATORS = [
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 16}}]
    user = world.dept_b_user
    user.set_password(OLD)
    user.save()
    client.force_login(user)
    response = change(client, "kita-yama-2026-k")
    assert response.status_code == 302
    user.set_password(OLD)
    user.save()
    client.force_login(user)
    assert "最低 16 文字" in change(client, "kita-yama-2026").content.decode()


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_createsuperuser_refuses_a_weak_password_and_asks_again(world, monkeypatch):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.management.commands import createsuperuser

    answers = iter(["unyou", "unyou@example.jp", "N"])
    passwords = iter(["12345678", "12345678", "kita-yama-2026-unyou", "kita-yama-2026-unyou"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    monkeypatch.setattr(createsuperuser.getpass, "getpass", lambda prompt="": next(passwords))
    errors = io.StringIO()
    call_command("createsuperuser", interactive=True, stdin=Terminal(), stdout=io.StringIO(), stderr=errors)
    assert "短すぎ" in errors.getvalue()
    assert get_user_model().objects.get(username="unyou").check_password("kita-yama-2026-unyou")


def test_a_new_login_from_the_secretariat_starts_with_a_temporary_password_that_passes(world):
    staff, password = actions.add_department_staff(world.dept_a, name="北野 一郎", username="kitano",
                                                   by=world.secretariat)
    from django.contrib.auth.password_validation import validate_password

    validate_password(password, staff.user)
