"""A visitor looks for precedents across two councils in a real browser: the portal's search finds both
cities' deliberations on the same subject, leads to the other council's published meeting and from there to
the 答申 it issued; nothing of a closed item on the same subject shows on the way. Reuses the Chromium setup
of test_browser.py."""
import datetime

import pytest
from helpers import sign_all
from test_browser import browser, project_static_dir, shot  # noqa: F401

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.councils.actions import appoint_member, elect_chair
from shingikai.councils.models import Person
from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions as meeting_actions
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes
from shingikai.search.indexing import reindex_all

pytestmark = pytest.mark.browser
CLOSED = "SENTINEL-CLOSED-CAMERA-61b0"
CASE_FIELDS = {"purpose": "施設の防犯のため録画する。", "categories": ["cctv"], "legal_bases": ["個人情報の保護に関する法律第61条"]}


def published_meeting(council, department, people, day, subject, answer_number):
    """A meeting of `council` on `day`: a public case on `subject` and a closed one on the same subject,
    each with a member's question and a decision; the public one answered at the meeting; minutes published."""
    cases = []
    for title in (subject, f"防犯カメラ映像の警察への提供 {CLOSED}"):
        case = create_case(council, department, title=title, **CASE_FIELDS)
        submit_case(case)
        cases.append(accept_case(case, on=min(day, datetime.date.today())))
    meeting = meeting_actions.plan_meeting(council, date=day, start_time=datetime.time(14, 0), place="庁舎 会議室")
    public_item = meeting_actions.schedule_case(cases[0], meeting)
    closed_item = meeting_actions.schedule_case(cases[1], meeting, is_public=False, closed_reason="捜査に関わるため")
    meeting = meeting_actions.open_meeting(meeting, present=people)
    for item, text in ((public_item, "防犯カメラの録画は何日保存しますか。"), (closed_item, f"防犯カメラの映像の提供先は。{CLOSED}")):
        meeting_actions.record_turn(meeting, speaker_label="委員", role="member", text=text, agenda_item=item,
                                    person=people[1])
        meeting_actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = meeting_actions.issue_answer(meeting_actions.draft_answer(
        council, cases=[cases[0]], conclusion=f"{subject}について、録画を7日で消去することを条件に適当と認める。",
        addressee=f"{council.municipality.head_title}"), date=day, meeting=meeting, number=answer_number)
    meeting_actions.close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [people[1]])
    confirm_minutes(meeting.minutes, on=day, by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, on=day)
    publish_minutes(meeting.minutes, on=day)
    return meeting, answer


def test_a_visitor_follows_a_precedent_from_search_to_the_other_councils_answer(browser, live_server, world):  # noqa: F811
    w = world
    day = datetime.date(2025, 7, 10)
    kita_people = [Person.objects.create(name=name) for name in ("北川 一", "北村 二郎", "北野 三和")]
    for person in kita_people:
        appoint_member(w.other_council, person, appointed_on=datetime.date(2024, 4, 1),
                       term_start=datetime.date(2024, 4, 1))
    elect_chair(w.other_council, kita_people[0], on=datetime.date(2024, 4, 1))
    published_meeting(w.council, w.dept_a, w.people, day, "市民プールへの防犯カメラの設置", "答申第3号")
    kita_meeting, kita_answer = published_meeting(w.other_council, w.other_dept, kita_people,
                                                  day + datetime.timedelta(days=7), "町営体育館への防犯カメラの設置",
                                                  "答申第12号")
    reindex_all()

    visitor = browser.new_context(locale="ja-JP").new_page()
    visitor.goto(f"{live_server.url}/")
    visitor.locator("#q").fill("防犯カメラ")
    visitor.locator("#q").press("Enter")
    visitor.wait_for_url("**/search/?q=*")
    hits = visitor.locator("ol.hits").inner_text()
    assert w.council.name in hits and w.other_council.name in hits
    assert "町営体育館への防犯カメラの設置" in hits and "市民プールへの防犯カメラの設置" in hits
    assert CLOSED not in visitor.content() and "警察への提供" not in hits
    shot(visitor, "precedent-search-01-hits")

    # The other council's published meeting, from its member's question: listed under the case it was asked about.
    row = visitor.locator("ol.hits > li", has_text=w.other_council.name).filter(has_text="この案件の審議での発言").first
    row.locator("summary").click()
    row.locator(".turns li", has_text="防犯カメラの録画は何日保存しますか。").locator("a").click()
    visitor.wait_for_url(f"**/meetings/{kita_meeting.pk}/**")
    body = visitor.inner_text("main")
    assert w.other_council.name in body and to_wareki(kita_meeting.date) in body
    assert "防犯カメラの録画は何日保存しますか。" in body and "町営体育館への防犯カメラの設置" in body
    assert CLOSED not in visitor.content() and "警察への提供" not in body
    shot(visitor, "precedent-search-02-meeting")

    # Its 答申, from the meeting's page.
    visitor.get_by_role("link", name=f"答申第12号 ({to_wareki(kita_answer.date)})").click()
    visitor.wait_for_url(f"**/answers/{kita_answer.pk}/")
    body = visitor.inner_text("main")
    assert "録画を7日で消去することを条件に適当と認める。" in body and "答申第12号" in body
    assert CLOSED not in visitor.content() and "警察への提供" not in body
    shot(visitor, "precedent-search-03-answer")
    visitor.context.close()
