"""A 第三者点検 walked in a real browser by everyone in it: the department prepares its 全項目評価書 and
opens the comment period, the secretariat puts it on a meeting, a member reads it in the materials and
comments at the meeting, the council decides, the secretariat issues the 点検結果 and publishes the
minutes, and the department submits the 評価書. Reuses the Chromium setup of test_browser.py."""
import datetime

import pytest
from helpers import document_text
from helpers import today
from test_browser import browser, login, plan_meeting, project_static_dir, shot  # noqa: F401
from test_browser_registers import add_revision, other_department_sees_nothing, threshold_in_browser
from test_web_support import web_world  # noqa: F401

from shingikai.jp.wareki import to_wareki
from shingikai.meetings.models import Meeting
from shingikai.registers.models import Assessment

pytestmark = pytest.mark.browser


def days(n):
    return (today() + datetime.timedelta(days=n)).isoformat()


def test_an_inspection_from_the_department_to_the_published_minutes(browser, live_server, web_world):  # noqa: F811
    url = live_server.url
    dept = login(browser, live_server, "shimin")
    threshold_in_browser(dept, url, "個人住民税の賦課に関する事務", 320000, 350)
    assessment_url = dept.url
    dept.locator("#comments_start").fill(days(-60))
    dept.locator("#comments_end").fill(days(-31))
    dept.get_by_role("button", name="意見募集の期間を設定する").click()
    assert dept.locator("#assessment-state").inner_text() == "意見募集"
    assert to_wareki(today() - datetime.timedelta(days=31)) in dept.inner_text("main")
    # The period is over: the department records what came in and what it did about it.
    dept.locator("#received_count").fill("1")
    dept.locator("#received_summary").fill("税額の算定に使う情報の範囲を問う意見")
    dept.locator("#received_response").fill("評価書に記録項目の一覧を追記した。")
    dept.get_by_role("button", name="寄せられた意見を記録する").click()
    assert "評価書に記録項目の一覧を追記した。" in dept.locator("#comments-received").inner_text()

    # Another department sees neither the 評価書 nor its place on the board.
    other = other_department_sees_nothing(browser, live_server, assessment_url, "個人住民税の賦課")

    sec = login(browser, live_server, "jimukyoku")
    meeting_url = plan_meeting(sec, url, today().isoformat(), "10:00", "市役所 第2会議室")
    sec.goto(assessment_url)
    sec.locator("#inspection_meeting").select_option(index=1)
    sec.get_by_role("button", name="第三者点検を会議次第に載せる").click()
    assert sec.locator("#assessment-state").inner_text() == "第三者点検"
    title = "特定個人情報保護評価書 (個人住民税の賦課に関する事務) の第三者点検について"
    sec.get_by_role("link", name=f"{Meeting.objects.get().label} ({to_wareki(today())})").click()
    assert title in sec.inner_text("main")

    # The member reads the item in the materials before the meeting.
    member = login(browser, live_server, "iin")
    member.goto(f"{meeting_url}materials/")
    assert title in member.inner_text("main")
    member.get_by_role("link", name=title).click()
    section = member.locator(f"section:has(h2:has-text('{title}'))")
    assert "320,000 人" in section.inner_text() and to_wareki(today() - datetime.timedelta(days=31)) in section.inner_text()
    member.get_by_role("link", name="特定個人情報保護評価書を開く").click()
    assert member.locator("#assessment-state").inner_text() == "第三者点検"
    shot(member, "inspection-01-materials")

    # At the meeting the member comments; the council decides.
    sec.goto(meeting_url)
    sec.get_by_role("link", name="出席を記録して開会する").click()
    sec.get_by_role("button", name="開会する").click()
    sec.get_by_role("link", name="発言の記録").click()
    sec.get_by_label("議題").select_option(label=sec.locator("#id_agenda_item option", has_text="第三者点検").inner_text())
    sec.locator("#id_speaker").select_option(label="上田 三恵 (委員)")
    sec.locator("#id_text").fill("委託先の監督の方法を評価書に書いてほしい。")
    sec.locator("#id_text").press("Control+Enter")
    sec.wait_for_selector("#recent >> text=委託先の監督の方法を評価書に書いてほしい。")
    sec.goto(meeting_url)
    sec.locator("summary", has_text="決定を記録する").click()
    sec.get_by_label("結論").select_option("条件付き承認")
    sec.get_by_label("決定の方法").select_option("挙手全員")
    sec.get_by_label("決定の文言").fill("委託先の監督方法を明記することを条件に、評価書の内容を適当と認める。")
    sec.get_by_role("button", name="決定を記録する").click()
    assert "評価書の内容を適当と認める" in sec.inner_text("#agenda")
    # The condition the approval was given on: the minutes are not confirmed without it.
    sec.locator("summary", has_text="条件・フォローアップを追加する").click()
    sec.get_by_label("種別").select_option("条件")
    sec.get_by_label("内容").fill("委託先の監督方法を評価書に明記すること")
    sec.get_by_role("button", name="追加する").click()
    assert "委託先の監督方法を評価書に明記すること" in sec.inner_text("#agenda")
    sec.get_by_label("終了時刻").fill("11:30")
    sec.get_by_role("button", name="閉会して会議録の案を作る").click()
    sec.wait_for_url("**/work/minutes/*/")
    minutes_url = sec.url

    # The council's opinion: the 点検結果, issued as a letter dated in 和暦.
    sec.goto(assessment_url)
    sec.locator("#conclude_findings").fill("特定個人情報の流れが具体的に記載されている。")
    sec.locator("#conclude_requests").fill("委託先の監督方法を具体的に記載すること。")
    sec.locator("#conclude_on").fill(days(0))
    sec.get_by_role("button", name="点検結果を記録する").click()
    assert "特定個人情報の流れが具体的に記載されている。" in sec.locator("#inspection-findings").inner_text()
    assert f"点検結果 ({to_wareki(today())})" in sec.inner_text("main")
    pdf = sec.request.get(f"{url}{sec.get_by_role('link', name='点検結果 (PDF)').get_attribute('href')}")
    text = document_text(pdf.body())
    assert pdf.ok and "委託先の監督方法を具体的に記載すること。" in text and to_wareki(today()) in text
    assert "評価書に記録項目の一覧を追記した。" in text and "意見はなかった" not in text
    shot(sec, "inspection-02-result")
    # The letter is the 評価書's: the department reads it, another department does not.
    assert dept.request.get(f"{url}{sec.get_by_role('link', name='点検結果 (PDF)').get_attribute('href')}").ok
    assert other.request.get(f"{url}{sec.get_by_role('link', name='点検結果 (PDF)').get_attribute('href')}",
                             max_redirects=0).status in (403, 404)

    # The minutes, confirmed, signed and published: the public reads the item, the comment and the decision.
    sec.goto(minutes_url)
    sec.get_by_role("button", name="保存する").click()
    sec.get_by_label("井上 二葉").check()
    sec.get_by_role("button", name="署名委員を指名する").click()
    sec.get_by_label("持ち回り (回覧) で確定").check()
    sec.get_by_label("確定日").fill(days(0))
    # No member answered the circulation here: the secretariat confirms knowing it.
    sec.get_by_label("未回答・未処理の修正意見を承知のうえ確定する").check()
    sec.get_by_role("button", name="確定する").click()
    for signer in ("井上 二葉", "青木 一郎"):
        sec.locator("form", has=sec.get_by_label(f"{signer} の署名日")).get_by_role("button", name="署名を記録").click()
        assert "署名を記録しました" in sec.locator(".messages").inner_text()
    sec.get_by_label("公開日").fill(days(0))
    sec.get_by_role("button", name="公開する").click()
    assert "公開しました" in sec.locator(".messages").inner_text()
    public = browser.new_context(locale="ja-JP").new_page()
    public.goto(meeting_url.replace("/work/meetings/m/", "/meetings/"))
    body = public.inner_text("main")
    assert title in body and "評価書の内容を適当と認める" in body and "委託先の監督の方法" in body
    assert "特定個人情報の流れが具体的に記載されている。" not in body  # the letter itself stays with the register
    shot(public, "inspection-03-public")

    # With the 点検 done, the department submits; the review falls due five years on.
    dept.goto(assessment_url)
    add_revision(dept)
    dept.locator("#submit_on").fill(days(0))
    dept.get_by_role("button", name="個人情報保護委員会へ提出する").click()
    assert dept.locator("#assessment-state").inner_text() == "委員会へ提出済"
    record = Assessment.objects.get()
    assert record.submitted_on == today() and record.inspection.concluded_on == today()
    for page in (dept, other, sec, member, public):
        page.context.close()
