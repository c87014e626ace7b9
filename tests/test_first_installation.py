"""A new city's operator (a superuser on an empty install) is told what to set up and where, not to ask the
secretariat it has yet to create; the steps are ticked off as they are done."""
from django.contrib.auth import get_user_model
from django.urls import reverse

from shingikai.councils.models import Municipality


def _operator(client):
    operator = get_user_model().objects.create_superuser("operator", "op@kitayama.example.jp", "operator-pass-1")
    client.force_login(operator)
    return operator


def test_the_operators_first_sign_in_lists_the_set_up_steps(client, db):
    _operator(client)
    page = client.get("/work/").content.decode()
    assert "事務局にお問い合わせください" not in page
    assert "初期設定" in page and reverse("admin:councils_municipality_add") in page
    assert reverse("admin:councils_council_add") in page and reverse("admin:councils_staff_add") in page
    assert page.count("未設定") == 5


def test_the_steps_done_are_marked(client, db):
    _operator(client)
    Municipality.objects.create(name="北山市", slug="kitayama", head_title="北山市長")
    page = client.get("/work/").content.decode()
    assert page.count("未設定") == 4 and "済</span>" in page


def test_a_set_up_installation_shows_no_steps(client, world):
    _operator(client)
    assert "初期設定" not in client.get("/work/").content.decode()


def test_a_user_without_a_role_is_still_sent_to_the_secretariat(client, world):
    client.force_login(world.stranger)
    assert "事務局にお問い合わせください" in client.get("/work/").content.decode()


def test_the_first_clerk_is_added_on_the_councils_screen_not_in_the_admin(client, db):
    from shingikai.councils import actions
    from shingikai.councils.models import Council, Staff

    operator = _operator(client)
    city = Municipality.objects.create(name="北山市", slug="kitayama", head_title="北山市長")
    council = Council.objects.create(municipality=city, name="北山市情報公開審議会", slug="kitayama-shingikai")
    page = client.get("/work/").content.decode()
    assert reverse("councils:departments", args=[council.pk]) + "#clerks" in page
    assert reverse("admin:councils_staff_add") not in page
    clerk, _ = actions.add_secretariat_clerk(council, name="東山 一郎", username="higashiyama", by=operator)
    assert Staff.objects.secretariat_of_councils([council.pk]).get() == clerk
    assert client.get("/work/").content.decode().count("未設定") == 2


def test_the_operator_and_the_first_clerk_are_made_at_the_shell_in_japanese_with_a_temporary_password(client, db):
    import io
    import re

    import pytest
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from shingikai import access
    from shingikai.councils.actions import must_change_password
    from shingikai.councils.models import Council, Staff

    out = io.StringIO()
    call_command("add_operator", "--username", "unyou", "--email", "unyou@kitayama.example.jp", stdout=out)
    said = out.getvalue()
    assert "運用管理者のログイン unyou を作りました" in said and "仮パスワード: " in said
    operator = get_user_model().objects.get(username="unyou")
    assert operator.is_superuser and operator.is_staff and must_change_password(operator)
    assert operator.check_password(re.search(r"仮パスワード: (\S+)", said).group(1))
    with pytest.raises(CommandError, match="ユーザー名 unyou はすでに使われています"):
        call_command("add_operator", "--username", "unyou", stdout=io.StringIO())

    with pytest.raises(CommandError, match="--council、--name を指定してください"):
        call_command("add_secretariat", "--username", "kitano", stdout=io.StringIO())
    with pytest.raises(CommandError, match="先に管理画面 \\(/admin/\\) で自治体と審議会を登録してください"):
        call_command("add_secretariat", "--council", "kitayama-shingikai", "--name", "北野 一郎", "--username",
                     "kitano", stdout=io.StringIO())
    city = Municipality.objects.create(name="北山市", slug="kitayama", head_title="北山市長")
    council = Council.objects.create(municipality=city, name="北山市情報公開審議会", slug="kitayama-shingikai")
    out = io.StringIO()
    call_command("add_secretariat", "--council", "kitayama-shingikai", "--name", "北野 一郎", "--title", "主任",
                 "--username", "kitano", "--email", "kitano@kitayama.example.jp", stdout=out)
    said = out.getvalue()
    assert "北山市情報公開審議会 の事務局の職員 北野 一郎 (ユーザー名 kitano) を登録しました" in said
    clerk = Staff.objects.secretariat_of_councils([council.pk]).get()
    assert (clerk.name, clerk.title, clerk.user.username) == ("北野 一郎", "主任", "kitano")
    assert not clerk.user.is_superuser and must_change_password(clerk.user)
    assert access.is_secretariat(clerk.user, council)
