"""Follow-ups walked in a real browser: the secretariat records a decision with a condition, a 付帯意見 and a
report to come; the department answers on the follow-up board; the secretariat closes them, and reopens the
one it closed by mistake; a member reads where each stands from the meeting; the public portal shows the
decision, its condition and its opinion, and nothing of the department's answers or of a closed item.
Reuses the Chromium setup of test_browser.py."""
import datetime

import pytest
from helpers import today
from test_browser import browser, login, project_static_dir, shot  # noqa: F401
from test_web_support import accepted_case, scheduled_meeting, web_world  # noqa: F401

from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions as meeting_actions
from shingikai.meetings.models import FollowUp
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes, sign_minutes

pytestmark = pytest.mark.browser


def yesterday():
    return today() - datetime.timedelta(days=1)


CLOSED_CONDITION = "相談記録の閲覧者を係長以上に限定すること (非公開の議題)"
RESPONSE = "委託先の監督結果を8月の定例報告で提出しました。"
REPORT_RESPONSE = "運用開始後1か月の受付件数は412件でした。"


def meeting_with_a_closed_item(w):
    """A meeting opened yesterday: a public case still to decide, and a closed case decided with a condition."""
    meeting, item, case = scheduled_meeting(w, date=yesterday())
    closed_case = accepted_case(w, title="児童相談記録システムの更改")
    closed_item = meeting_actions.schedule_case(closed_case, meeting, is_public=False,
                                                closed_reason="個人が特定されるおそれがあるため", by=w.secretariat)
    meeting_actions.open_meeting(meeting, present=w.people, secretariat=[w.secretariat_staff],
                                 department_staff=[(w.dept_a_staff, item)])
    decision = meeting_actions.record_decision(closed_item, outcome="条件付き承認", vote_method="挙手全員",
                                               wording="条件を付して承認する。")
    meeting_actions.add_follow_up(decision, kind="条件", text=CLOSED_CONDITION)
    return meeting, item, case


def add_follow_up(page, item, kind, text, due=None):
    section = page.locator(f"#item-{item.pk}")
    section.locator("summary", has_text="条件・フォローアップを追加する").click()
    section.get_by_label("種別").select_option(kind)
    section.get_by_label("内容").fill(text)
    if due:
        section.get_by_label("期限").fill(due.isoformat())
    section.get_by_role("button", name="追加する").click()
    assert text in page.locator(f"#item-{item.pk}").inner_text()


def respond(page, board_url, link, text):
    page.goto(board_url)
    page.get_by_role("link", name=link).click()
    page.locator("#id_response").fill(text)
    page.get_by_role("button", name="回答を送る").click()
    assert "回答を送りました" in page.locator(".messages").inner_text()


def publish_the_minutes(w, meeting):
    """Decisions become public with their minutes; publishing them is walked in test_browser.py."""
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [w.people[0]])
    minutes = confirm_minutes(meeting.minutes, on=today(), by_circulation=True, open_checks_acknowledged=True)
    sign_minutes(minutes, w.people[0], on=today())
    publish_minutes(minutes, on=today())


def test_follow_ups_from_the_decision_to_the_board_to_the_public(browser, live_server, web_world):  # noqa: F811
    w = web_world
    url = live_server.url
    board = f"{url}/work/meetings/followups/"
    meeting, item, case = meeting_with_a_closed_item(w)
    meeting_url = f"{url}/work/meetings/m/{meeting.pk}/"
    due = today() + datetime.timedelta(days=30)

    # The decision with a condition, a 付帯意見 and a report to come, already overdue.
    sec = login(browser, live_server, "jimukyoku")
    sec.goto(meeting_url)
    section = sec.locator(f"#item-{item.pk}")
    section.locator("summary", has_text="決定を記録する").click()
    section.get_by_label("結論").select_option("条件付き承認")
    section.get_by_label("決定の方法").select_option("挙手全員")
    section.get_by_label("決定の文言").fill("委託先の監督結果を報告することを条件に承認する。")
    section.get_by_role("button", name="決定を記録する").click()
    assert "委託先の監督結果を報告することを条件に承認する。" in sec.locator(f"#item-{item.pk}").inner_text()
    add_follow_up(sec, item, "条件", "委託先の監督結果を報告すること", due)
    add_follow_up(sec, item, "意見", "転入者への周知を丁寧に行われたい。")
    # A due date already past is refused where it is typed: the report becomes overdue as its day passes.
    add_follow_up(sec, item, "後日報告", "運用開始後の受付件数を報告する", due)
    FollowUp.objects.filter(text="運用開始後の受付件数を報告する").update(due_date=yesterday())
    sec.reload()
    listed = sec.locator(f"#item-{item.pk}").inner_text()
    assert f"期限 {to_wareki(due)}" in listed and "未対応" in listed and "追跡しない" in listed
    sec.get_by_label("終了時刻").fill("15:00")
    sec.get_by_role("button", name="閉会して会議録の案を作る").click()
    sec.wait_for_url("**/work/minutes/*/")

    # The department's board: the overdue report first, the condition due later; the opinion is not tracked.
    dept = login(browser, live_server, "shimin")
    dept.get_by_role("link", name="条件・フォローアップ").click()
    overdue = dept.locator("section:has(#fg-overdue)").inner_text()
    assert "運用開始後の受付件数を報告する" in overdue and to_wareki(yesterday()) in overdue
    assert "委託先の監督結果を報告すること" in dept.inner_text("main")
    assert "転入者への周知" not in dept.inner_text("main")
    shot(dept, "followups-01-board")
    respond(dept, board, "[条件] 委託先の監督結果を報告すること", RESPONSE)
    page = dept.inner_text("main")
    assert "回答済" in page and RESPONSE in page and to_wareki(today()) in page
    respond(dept, board, "[後日報告] 運用開始後の受付件数を報告する", "運用開始後の件数は集計中です。")

    # The secretariat confirms both from the board, then reopens the report it closed by mistake.
    sec.goto(board)
    assert "委託先の監督結果を報告すること" in sec.locator("section:has(#fg-responded)").inner_text()
    for link in ("[条件] 委託先の監督結果を報告すること", "[後日報告] 運用開始後の受付件数を報告する"):
        sec.goto(board)
        sec.get_by_role("link", name=link).click()
        sec.get_by_role("button", name="確認して完了にする").click()
        assert "完了にしました" in sec.locator(".messages").inner_text()
        assert f"{to_wareki(today())} 完了" in sec.inner_text("main")
    sec.locator("summary", has_text="誤って完了にした項目を再開する").click()
    sec.get_by_role("button", name="再開する").click()
    assert "必須" in sec.locator("#field-reason .error-text").inner_text()  # refused: no reason given
    sec.get_by_label("再開する理由").fill("件数が集計中のままだったため")
    sec.get_by_role("button", name="再開する").click()
    assert "再開しました" in sec.locator(".messages").inner_text()
    assert "回答済" in sec.inner_text("main") and "完了)" not in sec.inner_text("main")
    assert "再開: 件数が集計中のままだったため" in sec.locator(".history").inner_text()
    shot(sec, "followups-02-reopened")
    report = FollowUp.objects.get(kind="後日報告")
    assert report.status == FollowUp.Status.RESPONDED and report.closed_on is None

    # The department sees it back on its board and completes its answer; the secretariat closes it.
    respond(dept, board, "[後日報告] 運用開始後の受付件数を報告する", REPORT_RESPONSE)
    sec.reload()
    sec.get_by_role("button", name="確認して完了にする").click()
    assert "完了にしました" in sec.locator(".messages").inner_text()

    # A member reads where each stands from the meeting, and opens one without being sent to the board.
    member = login(browser, live_server, "iin")
    member.goto(meeting_url)
    listed = member.locator(f"#item-{item.pk}").inner_text()
    assert "[条件] 委託先の監督結果を報告すること" in listed and "完了" in listed and "追跡しない" in listed
    member.get_by_role("link", name="委託先の監督結果を報告すること").click()
    assert RESPONSE in member.inner_text("main")
    member.locator(".breadcrumbs a").click()
    assert member.url == meeting_url
    shot(member, "followups-03-member")

    # The public portal, once the minutes are published: the decision, its condition and opinion; no answers
    # of the department and nothing of the closed item.
    publish_the_minutes(w, meeting)
    public = browser.new_context(locale="ja-JP").new_page()
    for path in (f"/meetings/{meeting.pk}/", f"/cases/{case.pk}/"):
        public.goto(f"{url}{path}")
        body = public.inner_text("main")
        assert "委託先の監督結果を報告すること" in body and "転入者への周知を丁寧に行われたい。" in body, path
        for hidden in (RESPONSE, REPORT_RESPONSE, CLOSED_CONDITION, "件数が集計中", "児童相談記録システム"):
            assert hidden not in body, (path, hidden)
    shot(public, "followups-04-public")
    for page in (sec, dept, member, public):
        page.context.close()
