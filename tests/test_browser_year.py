"""A year's changes in the browser, as the secretariat: a member resigns and a successor is appointed, a
meeting is postponed after its convocation went out (and a colleague's stale form is refused), and a typo
in an issued 答申 is corrected with its reason. The flows in detail are in test_members.py,
test_year_events.py and test_meeting_conflicts.py; this checks that the screens carry them."""
import datetime

import pytest
from helpers import accepted_case, open_meeting_with, second_secretary
from test_browser import browser, login, project_static_dir  # noqa: F401
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.councils.models import Membership
from shingikai.meetings import actions
from shingikai.meetings.models import Answer, Meeting

pytestmark = pytest.mark.browser


def test_a_secretariat_handles_a_resignation_a_postponement_and_an_answer_typo(browser, live_server, web_world):
    w = web_world
    url = live_server.url
    today = datetime.date.today()
    meeting, _, _ = scheduled_meeting(w, date=today + datetime.timedelta(days=10))
    actions.record_convocation(meeting)
    held, (item,) = open_meeting_with(w, cases=[accepted_case(w, title="図書館システムの更新")],
                                      date=datetime.date(2025, 5, 20))
    actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = actions.draft_answer(w.council, cases=[item.case], conclusion="承認すするとする。", addressee="みなみ市長")
    actions.issue_answer(answer, date=datetime.date(2025, 5, 30), meeting=held)
    second_secretary(w)

    sec = login(browser, live_server, "jimukyoku")
    sec.get_by_role("link", name=f"委員 ({w.council.name})").click()
    row = sec.locator("#members tr", has_text="小野 五月")
    row.get_by_label("小野 五月 の退任日").fill(today.isoformat())
    row.get_by_role("button", name="退任を記録").click()
    assert "小野 五月 の退任" in sec.locator(".messages").inner_text()
    sec.get_by_role("textbox", name="氏名", exact=True).fill("加藤 六郎")
    sec.get_by_role("button", name="委嘱を記録").click()
    assert "加藤 六郎 の委嘱を記録しました" in sec.locator(".messages").inner_text()
    assert "退任" in sec.locator("#members tr", has_text="小野 五月").inner_text()

    # A colleague opens the same meeting's edit screen before the postponement is saved.
    other = login(browser, live_server, "jimukyoku2")
    other.goto(f"{url}/work/meetings/m/{meeting.pk}/edit/")
    sec.goto(f"{url}/work/meetings/m/{meeting.pk}/")
    sec.get_by_role("link", name="日時・場所を変更する (延期・訂正)").click()
    assert "送付済みです" in sec.locator("main").inner_text()
    later = meeting.date + datetime.timedelta(days=1 if (meeting.date.month, meeting.date.day) != (3, 31) else -1)
    sec.get_by_label("開催日").fill(later.isoformat())
    sec.get_by_label("開催場所").fill("別館 大会議室")
    sec.get_by_role("button", name="変更する", exact=True).click()
    assert "招集通知を送り直してください" in sec.locator(".messages").inner_text()
    assert "招集通知を送る" in sec.locator("main").inner_text()  # not 再送: the notice is due again
    other.get_by_label("開催場所").fill("本庁舎 第2会議室")
    other.get_by_role("button", name="変更する", exact=True).click()
    assert "ほかの人がこの会議を変更しました" in other.locator(".messages").inner_text()
    assert other.get_by_label("開催場所").input_value() == "本庁舎 第2会議室"
    assert Meeting.objects.get(pk=meeting.pk).place == "別館 大会議室"
    # The opening form of the postponed meeting calls the successor, not the member who left.
    sec.goto(f"{url}/work/meetings/m/{meeting.pk}/open/")
    form = sec.locator("#open-form").inner_text()
    assert "加藤 六郎" in form and "小野 五月" not in form

    sec.goto(f"{url}/work/meetings/answers/{answer.pk}/")
    sec.get_by_text("発出した答申を訂正する (正誤)").click()
    box = sec.locator("#answer-correct")
    box.get_by_label("結論").fill("承認するとする。")
    box.get_by_label("訂正の理由").fill("結論の誤字")
    box.get_by_role("button", name="訂正する").click()
    assert "発出した答申を訂正しました" in sec.locator(".messages").inner_text()
    assert "理由: 訂正 (結論の誤字)" in sec.locator(".history").inner_text()
    assert Answer.objects.get(pk=answer.pk).conclusion == "承認するとする。"
    assert not Membership.objects.filter(person__name="小野 五月", ended_on__isnull=True).exists()
