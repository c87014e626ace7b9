"""A 漏えい (leak) walked in a real browser from the department's register to the year's report: the
department enters it (a form refused for a missing field keeps what was typed) and files its 速報, another
department never sees it, the secretariat finds it, puts it on a meeting, and reads it counted in the
運用状況報告 on the page, in the PDF and in the report tabled at the meeting. Reuses test_browser.py's setup."""
import datetime

import pytest
from helpers import document_text
from helpers import today
from test_browser import browser, login, project_static_dir, shot  # noqa: F401
from test_browser_registers import other_department_sees_nothing
from test_web_support import web_world  # noqa: F401

from shingikai.jp.wareki import fiscal_year, fiscal_year_label, to_wareki
from shingikai.meetings import actions as meeting_actions
from shingikai.registers.models import Incident

pytestmark = pytest.mark.browser


def test_a_leak_from_the_departments_register_to_the_yearly_report(browser, live_server, web_world):  # noqa: F811
    url = live_server.url
    discovered = today() - datetime.timedelta(days=2)
    meeting = meeting_actions.plan_meeting(web_world.council, date=today() + datetime.timedelta(days=7),
                                           start_time=datetime.time(14, 0))

    dept = login(browser, live_server, "shimin")
    dept.goto(f"{url}/work/registers/")
    dept.get_by_role("link", name="漏えい等事案を登録").click()
    dept.get_by_label("事案の概要").fill("健診結果通知のメール誤送信")
    dept.get_by_label("発覚日 (知った日)").fill(to_wareki(discovered))  # typed in 和暦, as on paper
    dept.get_by_label("漏えい等した個人情報の項目").fill("氏名、健診結果")
    dept.get_by_label("本人の数").fill("240")
    dept.get_by_label("要配慮個人情報を含む", exact=True).check()
    dept.get_by_role("button", name="保存する").click()
    # 本人の範囲 was left out: refused, and everything typed is still there.
    assert "本人の範囲" in dept.inner_text("main")
    assert dept.get_by_label("事案の概要").input_value() == "健診結果通知のメール誤送信"
    assert dept.get_by_label("本人の数").input_value() == "240"
    assert dept.get_by_label("要配慮個人情報を含む", exact=True).is_checked()
    dept.get_by_label("本人の範囲").fill("特定健診の受診者")
    dept.get_by_role("button", name="保存する").click()
    assert "要配慮個人情報" in dept.locator("#reportability").inner_text()
    incident_url = dept.url
    assert to_wareki(discovered) in dept.inner_text("main")
    dept.locator("#preliminary_on").fill(today().isoformat())
    dept.get_by_role("button", name="速報の提出を記録する").click()
    assert Incident.objects.get().preliminary_filed_on == today()
    shot(dept, "incident-01-department")

    other = other_department_sees_nothing(browser, live_server, incident_url, "健診結果通知")

    # The secretariat finds it on its register and puts it on the next meeting.
    sec = login(browser, live_server, "jimukyoku")
    sec.goto(f"{url}/work/registers/")
    sec.get_by_role("link", name="健診結果通知のメール誤送信", exact=True).click()
    sec.locator("#agenda_meeting").select_option(str(meeting.pk))
    sec.get_by_role("button", name="会議次第に報告として載せる").click()
    assert "個人情報の漏えい等事案について (市民課)" in sec.inner_text("main")

    # The yearly report counts it, on the page and in the PDF, and names nothing of it.
    sec.goto(f"{url}/work/registers/")
    label = fiscal_year_label(fiscal_year(today()))
    sec.get_by_role("link", name=f"運用状況報告 ({label}、漏えい等事案の件数を含む)").click()
    table = sec.locator("#report-incidents").inner_text()
    assert "発覚した事案\t1" in table and "個人情報保護委員会への報告対象\t1" in table and "速報の提出 (確報の提出)\t1 (0)" in table
    assert "健診結果通知" not in sec.inner_text("main")
    pdf = sec.request.get(f"{url}{sec.get_by_role('link', name='PDF').get_attribute('href')}")
    text = document_text(pdf.body())
    assert pdf.ok and "個人情報の漏えい等事案" in text and "健診結果通知" not in text
    shot(sec, "incident-02-report")

    # Tabled at the first meeting after the year's end, the yearly report carries the count too.
    annual = meeting_actions.plan_meeting(web_world.council, date=datetime.date(fiscal_year(today()) + 1, 5, 20),
                                          start_time=datetime.time(14, 0))
    sec.goto(f"{url}/work/meetings/m/{annual.pk}/")
    form = sec.locator("#table-report")
    form.get_by_label("年度").select_option(str(fiscal_year(today())))
    form.get_by_label("報告する課").select_option(label="市民課")
    form.get_by_role("button", name="報告を加える").click()
    tabled = sec.locator("#agenda li", has_text=f"{label}情報公開・個人情報保護制度運用状況報告")
    tabled.get_by_role("link", name="案件の詳細").click()
    assert "漏えい等事案 1 件 (うち報告対象 1 件)" in sec.inner_text("main")
    # From the meeting's agenda, the incident's item leads back to its record.
    sec.goto(f"{url}/work/meetings/m/{meeting.pk}/")
    sec.locator("#agenda li", has_text="個人情報の漏えい等事案について").get_by_role("link", name="漏えい等事案を開く").click()
    assert sec.url.endswith(incident_url.removeprefix(url))
    for page in (dept, other, sec):
        page.context.close()
