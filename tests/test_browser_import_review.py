"""Fixing a wrongly read file in a real browser: upload, re-read the agenda from its source lines, split an
item whose title ran two numbered cases together, import. Reuses the Chromium setup of tests/test_browser.py."""
import pytest

from test_browser import browser, project_static_dir, shot  # noqa: F401
from test_browser_import import media, upload_for_review  # noqa: F401

pytestmark = pytest.mark.browser

# The agenda is flattened: the importer cannot know where it is, the secretariat can.
MINUTES = """令和6年度第2回北野市情報公開・個人情報保護審議会 会議録

日時：令和6年10月7日（月）午後2時00分～午後3時30分
場所：北野市役所 第3会議室
出席委員：北野一郎会長、南田健委員、東山花子委員

本日の案件
北野市防犯カメラの設置について（諮問）
報告案件第1号 北野市の窓口予約について 事前説明案件第1号 北野市の証明書交付について

○会長　ただいまから会議を開きます。
○防災課　防犯カメラの設置について説明します。
○南田委員　映像の保存期間は何日ですか。
○防災課　14日です。
○会長　承認することでよろしいか。
"""


def test_secretariat_rereads_the_agenda_splits_an_item_and_imports(browser, live_server, world, media, tmp_path):
    from shingikai.meetings.models import Meeting

    lines = MINUTES.splitlines()
    first = lines.index("本日の案件") + 1
    page = upload_for_review(browser, live_server, world.council, tmp_path / "kitano.txt", MINUTES)
    # The source shows its line numbers (drawn by CSS) beside each line.
    number = page.locator("#import-source .ln").nth(first - 1)
    assert number.inner_text() == "本日の案件"

    page.get_by_label("読み直す最初の行").fill(str(first))
    page.get_by_label("読み直す最後の行").fill(str(first + 2))
    page.get_by_label("読み直す項目").select_option(label="議題")
    page.get_by_role("button", name="読み直す").click()
    page.wait_for_load_state()
    assert "行目を議題として読み直しました" in page.inner_text("main")
    # Re-read: the first line's item, and the second line split by its case numbers already.
    assert page.locator("#item-1 textarea").first.input_value() == "北野市防犯カメラの設置について"
    assert page.locator("#item-2 textarea").first.input_value() == "北野市の窓口予約について"

    # The secretariat joins two cases by hand by mistake and splits them again.
    page.locator("#item-2 textarea").first.fill("(1) 北野市の窓口予約について (2) 北野市の電子申請について")
    page.locator("#item-2").get_by_role("button", name="番号で分割").click()
    page.wait_for_load_state()
    assert "議題 2 を 2 件に分割しました" in page.inner_text("main")
    assert page.locator("#item-3 textarea").first.input_value() == "北野市の電子申請について"
    shot(page, "import-review-corrections")

    page.get_by_role("button", name="保存して取り込む").click()
    page.wait_for_url("**/work/import/m/**")
    meeting = Meeting.objects.get()
    titles = list(meeting.items.order_by("order").values_list("title", flat=True))
    assert titles == ["北野市防犯カメラの設置について", "北野市の窓口予約について", "北野市の電子申請について",
                      "北野市の証明書交付について"]


# The speakers' labels in brackets, letter-spaced, and two turns run onto one line: the importer splits them poorly.
PROCEEDINGS = """令和6年度第3回北野市情報公開・個人情報保護審議会 会議録

日時：令和6年11月5日（火）午前10時00分～午前11時00分
出席委員：南田健会長、東山花子委員、西川京子委員

議事
(会 長)　ただいまから会議を開きます。
(事務局)　資料1について説明します。
東山委員：保存期間は何日ですか。  (事務局) 14日です。
(会　長)
ほかに意見はありますか。
"""


def test_secretariat_rereads_the_turns_with_a_list_of_labels(browser, live_server, world, media, tmp_path):
    from shingikai.minutes.models import PendingImport

    lines = PROCEEDINGS.splitlines()
    first = next(n for n, line in enumerate(lines, start=1) if line.startswith("(会 長)"))
    page = upload_for_review(browser, live_server, world.council, tmp_path / "kitano.txt", PROCEEDINGS)
    page.get_by_label("読み直す最初の行").fill(str(first))
    page.get_by_label("読み直す最後の行").fill(str(len(lines)))
    page.get_by_label("読み直す項目").select_option(label="発言")
    # The list is pre-filled with the labels read; the secretariat writes the three it sees.
    page.get_by_label("話者ラベル (1行に1つ)").fill("会長\n事務局\n委員")
    page.get_by_role("button", name="読み直す").click()
    page.wait_for_load_state()
    assert "行目を発言として読み直しました (5 件、話者 3 人)" in page.inner_text("main")
    assert page.locator("#turn-3 input").first.input_value() == "東山委員"
    assert page.locator("#turn-4 textarea").first.input_value() == "14日です。"
    shot(page, "import-review-turns")
    # At 1280 px beside the source, a turn's text is as wide as the review's column, not squeezed beside its fields.
    column = page.locator("#turn-1").bounding_box()["width"]
    assert page.locator("#turn-1 textarea").bounding_box()["width"] > 0.9 * column > 400
    turns = PendingImport.objects.get().parsed["turns"]
    assert [t["speaker"] for t in turns] == ["会長", "事務局", "東山委員", "事務局", "会長"]


def test_the_source_stays_beside_a_turn_far_down_a_long_page_and_jumps_to_its_line(browser, live_server, world, media,
                                                                                    tmp_path):
    from test_import_review_source import line_of, long_minutes

    text = long_minutes()
    page = upload_for_review(browser, live_server, world.council, tmp_path / "kitano-long.txt", text)
    page.goto(f"{page.url.split('?')[0]}?page=3")   # 発言 101–200, many screens tall
    box = page.locator("#import-source")

    def in_box(number):
        line, seen = page.locator(f"#source-line-{number}").bounding_box(), box.bounding_box()
        return seen["y"] <= line["y"] and line["y"] + line["height"] <= seen["y"] + seen["height"]

    # The box opens at the page's first turn.
    assert in_box(line_of(text, "議題1の100番目の発言です。"))
    turn = page.locator("#turn-145")
    turn.scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 3000
    # Beside the turn, in view: not left behind at the top of the page.
    seen, beside = box.bounding_box(), turn.bounding_box()
    assert 0 <= seen["y"] and seen["y"] + seen["height"] <= 900
    assert seen["x"] + seen["width"] <= beside["x"] and seen["y"] <= beside["y"] + beside["height"]

    target = line_of(text, "議題2の23番目の発言です。")
    scrolled = page.evaluate("window.scrollY")
    page.get_by_role("link", name=f"原文の {target} 行目を表示").click()
    # The box scrolls to the line, marked; the page stays at the turn.
    assert in_box(target)
    assert "is-current" in page.locator(f"#source-line-{target}").get_attribute("class")
    assert page.evaluate("window.scrollY") == scrolled
    shot(page, "import-review-long-page")
