"""Erasing personal data for good, in a real browser: the secretariat erases a settled request's requester and a
withdrawn case's material through their forms; the box that confirms it cannot be undone is required, the values
are gone from the page and its history, and nothing of them is shown back. Reuses test_browser's Chromium setup."""
import pytest
from disclosure_helpers import decided_request
from django.core.files.uploadedfile import SimpleUploadedFile
from test_browser import browser, login, project_static_dir, shot  # noqa: F401
from test_web_support import accepted_case, web_world  # noqa: F401

from shingikai.cases.actions import add_attachment, withdraw_case
from shingikai.cases.models import Attachment
from shingikai.disclosure.models import DisclosureRequest
from shingikai.ops.models import ErasureRecord

pytestmark = pytest.mark.browser


def test_the_secretariat_erases_a_settled_requesters_name_only_once_confirmed(browser, live_server, web_world):  # noqa: F811
    request = decided_request(web_world, decision="不開示")
    office = login(browser, live_server, "jimukyoku")
    office.goto(f"{live_server.url}/disclosure/register/{request.pk}/")
    assert "開示 請子" in office.inner_text("main")
    form = office.locator("#step-erase")
    form.get_by_label("消去の理由").fill("令和7年6月2日付け利用停止決定による")
    form.get_by_role("button", name="消去する").click()
    # Without the tick nothing is erased, the reason typed stays, and the box says why.
    assert "チェックを入れてください" in office.inner_text("main")
    assert office.locator("#step-erase").get_by_label("消去の理由").input_value() == "令和7年6月2日付け利用停止決定による"
    assert DisclosureRequest.objects.get(pk=request.pk).requester_name == "開示 請子"
    form = office.locator("#step-erase")
    form.get_by_label("消去した値は元に戻せないことを確認しました").check()
    form.get_by_role("button", name="消去する").click()
    office.wait_for_load_state()
    main = office.inner_text("main")
    assert "開示 請子" not in office.content() and "請求者の情報の消去" not in main
    assert DisclosureRequest.objects.get(pk=request.pk).requester_name == ""
    assert set(DisclosureRequest.history.filter(id=request.pk).values_list("requester_name", flat=True)) == {""}
    assert ErasureRecord.objects.get().reason.endswith("令和7年6月2日付け利用停止決定による")


def test_the_secretariat_erases_a_withdrawn_cases_material_with_its_file(browser, live_server, web_world,  # noqa: F811
                                                                          settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    case = accepted_case(web_world)
    material = add_attachment(case, title="北野 一郎 の申出書", file=SimpleUploadedFile("kitano.txt", b"moushide"))
    stored = tmp_path / "media" / material.file.name
    withdraw_case(case, reason="取下げ", by=web_world.secretariat)
    office = login(browser, live_server, "jimukyoku")
    office.goto(f"{live_server.url}/work/cases/{case.pk}/")
    section = office.locator("#attachment-erasure")
    section.locator("summary", has_text="北野 一郎 の申出書").click()
    section.get_by_label("消去の理由").fill("保存期間の満了")
    section.get_by_label("消去した値は元に戻せないことを確認しました").check()
    section.get_by_role("button", name="消去する").click()
    office.wait_for_load_state()
    assert "北野 一郎" not in office.content()
    assert not Attachment.objects.filter(pk=material.pk).exists() and not stored.exists()
    assert set(Attachment.history.filter(id=material.pk).values_list("title", "file")) == {("", "")}
    dept = login(browser, live_server, "shimin")
    dept.goto(f"{live_server.url}/work/cases/{case.pk}/")
    assert "北野 一郎" not in dept.content() and "資料の消去" not in dept.inner_text("main")
