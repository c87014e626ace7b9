"""The demo (load-demo, demo, `make run`) never adds its fictional cities and its `admin` / minami-demo superuser to
a database that holds a city's own records; on its own data a second run changes nothing."""
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from shingikai.councils.models import Municipality
from shingikai.demo.loader import refuse_foreign_data


def _kitayama():
    return Municipality.objects.create(name="北山市", slug="kitayama", head_title="北山市長")


@pytest.mark.parametrize("command", [["load_demo"], ["demo", "--no-serve"]])
def test_the_demo_refuses_a_database_holding_another_city(db, command):
    _kitayama()
    with pytest.raises(CommandError, match="デモ以外のデータがあります .自治体: 北山市.*--force"):
        call_command(*command, verbosity=0)
    assert list(Municipality.objects.values_list("name", flat=True)) == ["北山市"]
    assert not get_user_model().objects.filter(username="admin").exists()


def test_the_demo_refuses_a_database_with_only_the_operators_login(db):
    get_user_model().objects.create_superuser("operator", "op@kitayama.example.jp", "operator-pass-1")
    with pytest.raises(CommandError, match="ログイン 1 件"):
        call_command("load_demo", verbosity=0)
    assert not Municipality.objects.exists()


def test_force_lets_the_demo_in_beside_other_data(db):
    _kitayama()
    refuse_foreign_data(force=True)
    with pytest.raises(CommandError):
        refuse_foreign_data()


def test_an_empty_database_takes_the_demo(db):
    refuse_foreign_data()
