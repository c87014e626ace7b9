"""On a 390 px phone the public tables stay readable: the case list scrolls inside its own labelled region
instead of setting its columns one character a line, and the 運用状況報告 never breaks a figure (11 is not
「1」 over 「1」). Debian's Chromium, the demo city."""
import pytest
from test_browser import browser, project_static_dir  # noqa: F401

from shingikai.demo.loader import load_demo

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, live_server, transactional_db):
    load_demo()
    context = browser.new_context(locale="ja-JP", viewport=PHONE, is_mobile=True, bypass_csp=True)
    context.set_default_timeout(10000)
    page = context.new_page()
    yield page
    context.close()


def test_the_case_list_scrolls_in_its_region_and_keeps_its_columns_readable(phone, live_server):
    phone.goto(f"{live_server.url}/cases/")
    page_width = phone.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert page_width[0] <= page_width[1], "the page itself scrolls sideways"
    region = phone.locator('div.table-wrap[role="region"]')
    assert region.get_attribute("aria-label") and region.get_attribute("tabindex") == "0"
    # The 類型, 担当課 and 審議会 cells hold several characters a line (they held one before).
    widths = phone.evaluate("""() => [...document.querySelectorAll('table thead th')]
        .map(th => Math.round(th.getBoundingClientRect().width))""")
    assert min(widths[2:5]) >= 80, widths
    assert phone.evaluate("() => { const r = document.querySelector('div.table-wrap'); return r.scrollWidth > r.clientWidth; }")


def test_the_report_never_breaks_a_figure(phone, live_server):
    phone.goto(f"{live_server.url}/disclosure/minami/report/2025/")
    broken = phone.evaluate("""() => [...document.querySelectorAll('td.num, th.num')].filter(cell => {
        const range = document.createRange(); range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        return lines.size > 1; }).map(cell => cell.textContent)""")
    assert broken == []
    page_width = phone.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert page_width[0] <= page_width[1], "the page itself scrolls sideways"


@pytest.mark.parametrize("path", ["/registers/files/", "/disclosure/answers/"])
def test_the_file_register_and_the_appeal_answers_scroll_in_their_region_on_a_375_px_phone(phone, live_server, path):
    """The 個人情報ファイル簿 broke 「約 128,000 人」 over two lines and the 答申 list set its 結論 one character a line:
    like the case list, each table now scrolls inside a labelled region the keyboard reaches."""
    phone.set_viewport_size({"width": 375, "height": 812})
    phone.goto(f"{live_server.url}{path}")
    assert phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
    region = phone.locator('div.table-wrap[role="region"]')
    assert region.get_attribute("aria-label") and region.get_attribute("tabindex") == "0"
    broken = phone.evaluate("""() => [...document.querySelectorAll('tbody td')].filter(cell => {
        const text = cell.textContent.trim();
        if (text.length > 8) return false;
        const range = document.createRange(); range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        return lines.size > 1; }).map(cell => cell.textContent.trim())""")
    figures = phone.evaluate("""() => [...document.querySelectorAll('td.num')].filter(cell => {
        const range = document.createRange(); range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1; }).map(c => c.textContent)""")
    assert broken == [] and figures == []
