"""Importing minutes in a real browser: upload, review, import (not public), publish, and the public
page showing the meeting only after that. Reuses the Chromium setup of tests/test_browser.py."""
import pytest

from test_browser import browser, login, project_static_dir, shot  # noqa: F401
from test_import_web import MINUTES

pytestmark = pytest.mark.browser


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path


def upload_for_review(browser, live_server, council, source, text):
    """The secretariat's page on the review of text, uploaded as the file source for council."""
    source.write_text(text, encoding="utf-8")
    page = login(browser, live_server, "jimukyoku")
    page.goto(f"{live_server.url}/work/import/")
    page.get_by_label("会議録ファイル").set_input_files(str(source))
    page.get_by_label("取込先の審議会").select_option(label=str(council))
    page.get_by_role("button", name="読み取る").click()
    page.wait_for_url("**/work/import/p/**")
    return page


def test_secretariat_imports_checks_and_publishes_minutes(browser, live_server, world, media, tmp_path):
    from shingikai.meetings.models import Meeting

    url = live_server.url
    page = upload_for_review(browser, live_server, world.council, tmp_path / "minutes.txt", MINUTES)
    assert page.get_by_label("開催日").input_value() == "令和6年11月18日"
    page.get_by_label("開催場所").fill("みなみ市役所 第2会議室")
    shot(page, "import-review")
    page.get_by_role("button", name="保存して取り込む").click()
    page.wait_for_url("**/work/import/m/**")
    assert "未公開" in page.inner_text("main")
    meeting = Meeting.objects.get()
    assert meeting.place == "みなみ市役所 第2会議室"

    public = browser.new_context().new_page()
    assert public.goto(f"{url}/meetings/{meeting.pk}/").status == 404

    page.get_by_role("button", name="公開する").click()
    page.wait_for_url(f"**/work/import/m/{meeting.pk}/")
    assert "公開中" in page.inner_text("main")
    assert public.goto(f"{url}/meetings/{meeting.pk}/").status == 200
    assert "予約データはどこに保存されますか。" in public.inner_text("main")
