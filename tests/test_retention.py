"""保存期間 is stored as a structure read from the department's words, and the checklist reads the structure."""
import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from test_web_support import make_case, web_world  # noqa: F401

from shingikai.cases import checklist
from shingikai.cases.actions import create_case, update_case
from shingikai.cases.models import Case
from shingikai.errors import ActionRefused


@pytest.mark.parametrize("text, kind, amount, basis, note", [
    ("5年", "years", 5, "", ""),
    ("6か月", "months", 6, "", ""),
    ("２週間", "weeks", 2, "", ""),
    ("交付後7日間 (ログは1年)", "days", 7, "交付後", "ログは1年"),
    ("事業終了後1年", "years", 1, "事業終了後", ""),
    ("常用", "standing", None, "", ""),
    ("永年", "permanent", None, "", ""),
    ("事業終了まで", "until_event", None, "事業終了", ""),
    ("安否確認終了後に回収", "until_event", None, "安否確認終了後に回収", ""),
])
def test_a_retention_period_is_stored_as_kind_amount_and_basis(web_world, text, kind, amount, basis, note):
    case = update_case(make_case(web_world), retention_period=text)
    case.refresh_from_db()
    assert case.retention_period == text  # the department's own words are kept for the 諮問書
    assert (case.retention_kind, case.retention_amount, case.retention_basis, case.retention_note) == (
        kind, amount, basis, note)


def test_a_new_case_gets_its_structure_and_clearing_the_period_clears_it(web_world):
    case = create_case(web_world.council, web_world.dept_a, kind="諮問", title="窓口予約", retention_period="3年")
    assert (case.retention_kind, case.retention_amount) == ("years", 3)
    case = update_case(case, retention_period="")
    assert (case.retention_kind, case.retention_amount, case.retention_basis) == ("", None, "")
    assert "retention" in {f.code for f in checklist.evaluate(case)}


def test_the_structure_cannot_be_set_apart_from_the_text(web_world):
    case = update_case(make_case(web_world), retention_period="5年")
    with pytest.raises(ActionRefused, match="変更できない項目です: retention_amount"):
        update_case(case, retention_amount=50)
    case.refresh_from_db()
    assert case.retention_amount == 5


def test_the_checklist_flags_text_that_has_no_structure(web_world):
    case = update_case(make_case(web_world), retention_period="5年", destruction_method="消去")
    assert "retention" not in {f.code for f in checklist.evaluate(case)}
    # An older record whose words could not be read: the structure is empty, the text is kept.
    Case.objects.filter(pk=case.pk).update(retention_period="未定", retention_kind="", retention_amount=None)
    case.refresh_from_db()
    finding = next(f for f in checklist.evaluate(case) if f.code == "retention")
    assert "読み取れません" in finding.explanation


def test_the_migration_reads_the_periods_already_stored(web_world):
    case = update_case(make_case(web_world), retention_period="児童が25歳に達するまで")
    Case.objects.filter(pk=case.pk).update(retention_kind="", retention_basis="")
    migration = importlib.import_module("shingikai.cases.migrations.0004_retention_structure")
    migration.read_existing_periods(apps, None)
    case.refresh_from_db()
    assert (case.retention_kind, case.retention_basis) == ("until_event", "児童が25歳に達する")


def test_the_case_page_shows_what_the_system_read(client, web_world):
    case = update_case(make_case(web_world), retention_period="交付後7日間 (ログは1年)")
    client.force_login(web_world.dept_a_user)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "交付後7日間 (ログは1年)" in page
    assert "区分: 7日 (起算・対象: 交付後) / 備考: ログは1年" in page


def test_a_camera_recording_period_is_checked_like_any_period(client, web_world):
    case = make_case(web_world)
    with pytest.raises(ActionRefused, match="録画の保存期間に負の値は使えません"):
        update_case(case, camera_retention="-14日")
    assert update_case(case, camera_retention="14日間").camera_retention == "14日間"
