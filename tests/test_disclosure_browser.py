"""A disclosure request's whole life in a real browser: recorded and decided 部分開示 by the department,
appealed and referred by the secretariat, deliberated over two closed meetings, answered 一部取消, ruled on
and published; then the yearly report shows it. Reuses test_browser's Chromium setup."""
import datetime

import pytest
from disclosure_helpers import deliberate
from test_browser import browser, login, project_static_dir, shot  # noqa: F401
from test_web_support import web_world  # noqa: F401

from shingikai.disclosure.models import Appeal, DisclosureRequest

pytestmark = pytest.mark.browser
D = datetime.date


def fill(page, values):
    for selector, value in values.items():
        field = page.locator(selector)
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(label=value) if not value.isdigit() else field.select_option(value)
        else:
            field.fill(value)


def test_request_to_appeal_answer_and_yearly_report(browser, live_server, web_world):  # noqa: F811
    w = web_world
    url = live_server.url

    dept = login(browser, live_server, "shimin")
    dept.goto(f"{url}/disclosure/register/new/")
    fill(dept, {"#id_kind": "公文書開示請求 (情報公開条例)", "#id_received_on": "令和6年6月3日",
                "#id_documents": "市民課窓口業務委託の見積書", "#id_requester_category": "市内在住・在勤",
                "#id_requester_name": "開示 請子"})
    dept.get_by_role("button", name="登録する").click()
    # A 請求日 more than a year back is asked about before it numbers the request and dates its deadline.
    assert "1年以上前の日付です" in dept.inner_text("main")
    dept.get_by_label("令和6年6月3日の日付で登録する").check()
    dept.get_by_role("button", name="登録する").click()
    dept.wait_for_url("**/disclosure/register/*/")
    assert "令和6年7月3日" in dept.inner_text("main")  # the deadline, worked out on the spot
    fill(dept, {"#id_decide-decision": "部分開示", "#id_decide-decided_on": "2024-06-28",
                "#id_decide-ground_article": "条例第7条第3号", "#id_decide-ground_category": "法人等情報",
                "#id_decide-withheld_summary": "見積単価"})
    dept.get_by_role("button", name="決定を記録").click()
    dept.wait_for_load_state()
    assert "決定を記録しました" in dept.inner_text("main")
    assert "開示 請子" not in dept.content()  # the department does not see who asked
    request = DisclosureRequest.objects.get()
    assert request.decision == "部分開示"

    office = login(browser, live_server, "jimukyoku")
    office.goto(f"{url}/disclosure/register/{request.pk}/")
    assert "開示 請子" in office.inner_text("main")
    fill(office, {"#id_appeal-filed_on": "2024-07-10", "#id_appeal-appellant_name": "開示 請子",
                  "#id_appeal-purport": "不開示部分の取消しを求める。"})
    office.get_by_role("button", name="審査請求を登録").click()
    office.wait_for_url("**/disclosure/appeals/*/")
    fill(office, {"#id_refer-council": w.council.name, "#id_refer-referred_on": "2024-07-24",
                  "#id_refer-notice_on": "2024-07-25", "#id_refer-agency_claims": "法人等情報に当たる。",
                  "#id_refer-examiner_exclusion": "行政不服審査法第9条第1項ただし書 (みなみ市情報公開条例第19条)"})
    office.get_by_role("button", name="諮問を記録").click()
    office.wait_for_load_state()
    appeal = Appeal.objects.get()
    assert appeal.status == "referred" and appeal.case is not None

    # Two closed meetings of the council (the meeting screens have browser tests of their own).
    deliberate(w, appeal, D(2024, 8, 20), "継続審議")
    second = deliberate(w, appeal, D(2024, 9, 24), "答申予定")

    office.reload()
    assert office.inner_text("main").count("審議") >= 2
    ground = request.grounds.get()
    fill(office, {"#id_draft-outcome": "一部取消 (一部開示すべき)",
                  "#id_draft-conclusion": "見積単価は開示すべきである。",
                  "#id_draft-judgment": "見積単価は公表済みの契約金額から推認できる。",
                  f"#id_draft-finding_{ground.pk}": "一部不当",
                  f"#id_draft-reason_{ground.pk}": "単価欄は開示すべきだが、担当者名は不開示が妥当。"})
    office.get_by_role("button", name="答申案を保存").click()
    office.wait_for_load_state()
    fill(office, {"#id_issue-answered_on": "2024-09-24", "#id_issue-meeting": str(second.pk)})
    office.get_by_role("button", name="答申を記録").click()
    office.wait_for_load_state()
    fill(office, {"#id_rule-ruled_on": "2024-10-07", "#id_rule-ruling": "一部認容"})
    office.get_by_role("button", name="裁決を記録").click()
    office.wait_for_load_state()
    # 見積単価 is a word of the withheld part still in the public version: the secretariat says it read it.
    assert "「見積単価」" in office.inner_text("main")
    office.get_by_label("公開版を読み、不開示とした情報が書かれていないことを確認した").check()
    office.get_by_role("button", name="公表する").click()
    office.wait_for_load_state()
    appeal.refresh_from_db()
    assert (appeal.status, appeal.outcome, appeal.followed_answer, appeal.answer_published) == (
        "ruled", "一部取消", True, True)
    shot(office, "disclosure-appeal")

    public = browser.new_page()
    public.goto(f"{url}/disclosure/minami/report/2024/")
    text = public.inner_text("main")
    assert "請求件数 1 件" in text
    assert "答申: 一部取消\t1" in text or "答申: 一部取消 1" in text
    assert public.locator("figure.chart img").count() == 3
    shot(public, "disclosure-report")
    public.goto(f"{url}/disclosure/answers/{appeal.pk}/")
    assert "第1　審議会の結論" in public.inner_text("main") and "請子" not in public.content()
