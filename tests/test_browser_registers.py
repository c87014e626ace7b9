"""The registers in a real browser: a 全項目評価 from the しきい値判断 through the council's 第三者点検 to its
submission, and an incident from discovery through 速報 and 確報 to its report at a meeting.
Reuses the Chromium setup of test_browser.py."""
import datetime

import hostile_files
import pytest
from helpers import today
from test_browser import browser, login, project_static_dir, shot  # noqa: F401
from test_web_support import web_world  # noqa: F401

from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions as meeting_actions
from shingikai.registers.actions import add_years
from shingikai.registers.models import Assessment, Incident

pytestmark = pytest.mark.browser


def days(n):
    return (today() + datetime.timedelta(days=n)).isoformat()


def threshold_in_browser(dept, url, system_name, subjects, handlers):
    """The department's しきい値判断 through its form, from the registers' page; the 評価書's page follows."""
    dept.goto(f"{url}/work/registers/")
    dept.get_by_role("link", name="しきい値判断を行う").click()
    dept.get_by_label("評価実施事務 (システム)").fill(system_name)
    dept.get_by_label("対象人数").fill(str(subjects))
    dept.get_by_label("取扱者数").fill(str(handlers))
    dept.get_by_role("button", name="保存する").click()


def other_department_sees_nothing(browser, live_server, record_url, words):  # noqa: F811
    """Another department gets 404 at the record and does not find it on its registers' page."""
    other = login(browser, live_server, "kodomo")
    assert other.goto(record_url).status == 404
    other.goto(f"{live_server.url}/work/registers/")
    assert words not in other.inner_text("main")
    return other


def add_revision(dept):
    """The 点検 made a request: the department adds the 評価書 it revised (a 修正版) before submitting."""
    dept.locator("summary", has_text="資料を追加する").click()
    dept.locator("#document_title").fill("全項目評価書 (修正版)")
    dept.locator("#document_file").set_input_files(
        files=[{"name": "hyoukasho.pdf", "mimeType": "application/pdf", "buffer": hostile_files.pdf_pages(1)}])
    dept.get_by_role("button", name="資料を追加する").click()
    assert "資料を追加しました" in dept.locator(".messages").inner_text()


def test_full_assessment_from_threshold_to_inspection_to_submission(browser, live_server, web_world):  # noqa: F811
    w = web_world
    url = live_server.url
    meeting = meeting_actions.plan_meeting(w.council, date=today() - datetime.timedelta(days=5),
                                           start_time=datetime.time(14, 0))

    dept = login(browser, live_server, "shimin")
    threshold_in_browser(dept, url, "住民基本台帳に関する事務", 150000, 520)
    assert dept.locator("#assessment-level").inner_text() == "全項目評価"
    page_url = dept.url
    assert "第三者点検" in dept.locator("#submission-problems").inner_text()

    # A period one day short is refused with the reason; 30 days are accepted.
    dept.locator("#comments_start").fill(days(-60))
    dept.locator("#comments_end").fill(days(-32))
    dept.get_by_role("button", name="意見募集の期間を設定する").click()
    assert "30日以上" in dept.locator(".messages").inner_text()
    dept.locator("#comments_start").fill(days(-60))
    dept.locator("#comments_end").fill(days(-31))
    dept.get_by_role("button", name="意見募集の期間を設定する").click()
    assert dept.locator("#assessment-state").inner_text() == "意見募集"
    # The period is over: no comment came in, and the department records so.
    dept.locator("#received_count").fill("0")
    dept.get_by_role("button", name="寄せられた意見を記録する").click()
    # Submitting before the council's 点検 is refused.
    dept.locator("#submit_on").fill(days(0))
    dept.get_by_role("button", name="個人情報保護委員会へ提出する").click()
    assert "第三者点検" in dept.locator(".messages").inner_text()
    shot(dept, "registers-01-assessment")

    sec = login(browser, live_server, "jimukyoku")
    sec.goto(page_url)
    sec.locator("#inspection_meeting").select_option(str(meeting.pk))
    sec.get_by_role("button", name="第三者点検を会議次第に載せる").click()
    assert sec.locator("#assessment-state").inner_text() == "第三者点検"
    meeting = meeting_actions.open_meeting(meeting, present=w.people)
    item = meeting.items.get()
    meeting_actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    meeting_actions.close_meeting(meeting)
    sec.reload()
    sec.locator("#conclude_findings").fill("リスク対策は評価指針に沿っている。\nデータの所在が明記されている。")
    sec.locator("#conclude_requests").fill("委託先の監督方法を具体的に記載すること。")
    sec.locator("#conclude_on").fill(days(-4))
    sec.get_by_role("button", name="点検結果を記録する").click()
    assert "データの所在が明記されている。" in sec.locator("#inspection-findings").inner_text()
    pdf = sec.request.get(f"{url}{sec.get_by_role('link', name='点検結果 (PDF)').get_attribute('href')}")
    assert pdf.ok and pdf.body().startswith(b"%PDF")

    dept.goto(page_url)
    add_revision(dept)
    dept.locator("#submit_on").fill(days(0))
    dept.get_by_role("button", name="個人情報保護委員会へ提出する").click()
    assert dept.locator("#assessment-state").inner_text() == "委員会へ提出済"
    assert dept.locator("#review-due").inner_text() == to_wareki(add_years(today(), 5))
    shot(dept, "registers-02-submitted")
    record = Assessment.objects.get()
    assert record.submitted_on == today() and record.inspection.concluded_on is not None


def test_incident_from_discovery_to_final_report_to_the_meeting(browser, live_server, web_world):  # noqa: F811
    w = web_world
    url = live_server.url
    meeting = meeting_actions.plan_meeting(w.council, date=today(), start_time=datetime.time(14, 0))

    dept = login(browser, live_server, "shimin")
    dept.goto(f"{url}/work/registers/incidents/new/")
    dept.get_by_label("事案の概要").fill("交付通知書の誤送付")
    dept.get_by_label("発覚日 (知った日)").fill(days(-10))
    dept.get_by_label("漏えい等した個人情報の項目").fill("氏名、住所")
    dept.get_by_label("本人の範囲").fill("カードを申請した市民")
    dept.get_by_label("本人の数").fill("132")
    dept.get_by_role("button", name="保存する").click()
    assert "報告対象" in dept.locator("#reportability").inner_text()
    assert "本人の数が100人を超える" in dept.locator("#reportability").inner_text()

    dept.goto(f"{url}/work/registers/")
    assert "速報" in dept.locator("#due-board").inner_text()
    dept.get_by_role("link", name="市民課: 交付通知書の誤送付").first.click()
    page_url = dept.url
    dept.locator("#preliminary_on").fill(days(-8))
    dept.get_by_role("button", name="速報の提出を記録する").click()
    # The 確報 needs the cause and the measures first.
    dept.locator("#final_on").fill(days(-1))
    dept.get_by_role("button", name="確報の提出を記録する").click()
    assert "原因" in dept.locator(".messages").inner_text()
    dept.get_by_role("link", name="内容を修正する (原因・再発防止策など)").click()
    dept.get_by_label("原因").fill("差込印刷の並び順のずれ")
    dept.get_by_label("再発防止策").fill("宛名と本文をシステムで突合する")
    dept.get_by_role("button", name="保存する").click()
    dept.locator("#final_on").fill(days(-1))
    dept.get_by_role("button", name="確報の提出を記録する").click()
    assert "提出" in dept.locator("#final").inner_text()
    # The 確報 does not end the notice owed to the people: it stays on the board until recorded.
    dept.locator("#notice_on").fill(days(-7))
    dept.locator("#notice_method").fill("文書で通知し、電話で説明した")
    dept.get_by_role("button", name="本人への通知を記録する").click()
    assert "文書で通知し" in dept.locator("#notice").inner_text()
    shot(dept, "registers-03-incident")

    sec = login(browser, live_server, "jimukyoku")
    sec.goto(page_url)
    sec.locator("#agenda_meeting").select_option(str(meeting.pk))
    sec.get_by_role("button", name="会議次第に報告として載せる").click()
    sec.get_by_role("link", name=meeting.label, exact=False).first.click()
    assert "個人情報の漏えい等事案について (市民課)" in sec.inner_text("main")
    sec.get_by_role("link", name="出席を記録して開会する").click()
    sec.get_by_role("button", name="開会する").click()
    sec.locator("summary", has_text="決定を記録する").click()
    sec.get_by_label("結論").select_option("報告了承")
    sec.get_by_label("決定の方法").select_option("異議なし")
    sec.get_by_role("button", name="決定を記録する").click()
    shot(sec, "registers-04-meeting")
    incident = Incident.objects.get()
    assert incident.final_filed_on is not None
    assert incident.agenda_item.decision.outcome == "報告了承"
    dept.goto(f"{url}/work/registers/")
    assert "交付通知書の誤送付" not in dept.locator("#due-board").inner_text()
