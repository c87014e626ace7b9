"""Importing another 審査会's 答申 in a real browser: upload, check and correct beside the source (the
appellant's name masked), publish, and the public answers page finding it only then. Reuses the Chromium
setup of tests/test_browser.py."""
import pytest

from test_browser import browser, login, project_static_dir, shot  # noqa: F401
from test_disclosure_imported_answers import NAME, WITH_NAME

pytestmark = pytest.mark.browser


def test_secretariat_imports_corrects_and_publishes_an_answer(browser, live_server, world, tmp_path):
    from shingikai.disclosure.models import ImportedAnswer

    url = live_server.url
    source = tmp_path / "higashi-12.txt"
    source.write_text(WITH_NAME, encoding="utf-8")
    page = login(browser, live_server, "jimukyoku")
    page.goto(f"{url}/disclosure/register/")
    page.get_by_role("link", name="他の審査会の答申の取込").click()
    page.get_by_label("答申のファイル").set_input_files(str(source))
    page.get_by_role("button", name="読み取る").click()
    page.wait_for_url("**/disclosure/imports/*/")
    answer = ImportedAnswer.objects.get()
    assert "未公開" in page.inner_text("main") and NAME in page.inner_text("main")
    assert page.get_by_label("答申番号").input_value() == "答申第12号"
    assert page.get_by_label("答申日").input_value() == "令和6年3月18日"
    page.get_by_label("公開版で伏せる語句 (1行に1つ)").fill(NAME)
    page.get_by_label("公共安全情報").check()
    shot(page, "imported-answer-review")
    page.get_by_role("button", name="訂正を保存").click()
    page.wait_for_url(f"**/disclosure/imports/{answer.pk}/")

    public = browser.new_context().new_page()
    assert public.goto(f"{url}/disclosure/answers/imported/{answer.pk}/").status == 404

    page.get_by_role("button", name="公開する").click()
    page.wait_for_url(f"**/disclosure/imports/{answer.pk}/")
    assert "公開中" in page.inner_text("main")
    public.goto(f"{url}/disclosure/answers/")
    public.get_by_label("不開示情報の類型").select_option(label="公共安全情報")
    public.get_by_role("button", name="絞り込む").click()
    public.get_by_role("link", name="答申第12号").click()
    text = public.inner_text("main")
    assert "ひがし市情報公開・個人情報保護審査会" in text and "○○" in text and NAME not in text
    answer.refresh_from_db()
    assert answer.published and "公共安全情報" in answer.categories
