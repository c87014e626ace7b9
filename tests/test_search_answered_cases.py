"""The public search gives an answered case's 結論 as its page, the CSV and the API do: 答申 once its 答申 is issued,
not the 答申予定 of the meeting that drafted it; the entries follow through the outbox when the 答申 is issued,
published or taken back, and a case heard closed reaches no public entry."""
import datetime

import pytest
from helpers import accepted_case, open_meeting_with, sign_all

from shingikai.meetings import actions as m
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes
from shingikai.search.engine import PUBLIC, search
from shingikai.search.indexing import drain

pytestmark = pytest.mark.django_db

HEARD = datetime.date(2025, 5, 20)
PUBLIC_TITLE = "プール防犯カメラQX設置"
CLOSED_TITLE = "非公開のカメラQX映像提供 SENTINEL-CLOSED-7c2"


def heard_pending_an_answer(world):
    """A public and a closed case decided 答申予定 at one meeting whose minutes are published."""
    public = accepted_case(world, title=PUBLIC_TITLE)
    closed = accepted_case(world, title=CLOSED_TITLE)
    meeting, (public_item,) = open_meeting_with(world, cases=[public], date=HEARD)
    closed_item = m.schedule_case(closed, meeting, is_public=False, closed_reason="捜査に関わるため")
    for item in (public_item, closed_item):
        m.record_turn(meeting, speaker_label="委員", role="member", text="カメラQXの録画は何日保存しますか。",
                      agenda_item=item, person=world.people[1])
        m.record_decision(item, outcome="答申予定", vote_method="挙手全員")
    m.close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[1]])
    confirm_minutes(meeting.minutes, on=HEARD, by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, on=HEARD)
    publish_minutes(meeting.minutes, on=HEARD)
    drain()
    return meeting, public, closed


def answer(world, case, meeting, number):
    draft = m.draft_answer(world.council, cases=[case], conclusion="録画を7日で消去することを条件に適当と認める。",
                           addressee="みなみ市長")
    return m.issue_answer(draft, date=HEARD + datetime.timedelta(days=7), meeting=meeting, number=number)


def outcomes(query="カメラQX"):
    result = search(query, user_scope=PUBLIC)
    return ({(hit.kind, hit.outcome) for hit in result.hits},
            {v.value: v.count for v in result.facets["outcome"]}, result)


def test_issuing_the_answer_makes_every_public_entry_of_the_case_say_answered(world):
    meeting, public, closed = heard_pending_an_answer(world)
    hits, facet, _ = outcomes()
    assert hits == {("case", "答申予定"), ("turn", "答申予定")} and facet == {"答申予定": 2}
    answer(world, public, meeting, "答申第1号")
    answer(world, closed, meeting, "答申第2号")
    drain()  # the commit's hook: the outbox rows the actions wrote
    hits, facet, result = outcomes()
    assert hits == {("case", "答申"), ("turn", "答申"), ("answer", "答申")} and facet == {"答申": 3}
    assert search("カメラQX", user_scope=PUBLIC, filters={"outcome": "答申予定"}).total == 0
    # Nothing of the case heard closed: not its title, not its 答申, not a count.
    assert all("SENTINEL" not in hit.title and f"/cases/{closed.pk}/" not in hit.url for hit in result.hits)
    assert search("SENTINEL-CLOSED-7c2", user_scope=PUBLIC).total == 0


def test_the_public_entries_say_what_the_case_page_says(world, client):
    meeting, public, _ = heard_pending_an_answer(world)
    answer(world, public, meeting, "答申第1号")
    drain()
    api = client.get(f"/api/cases/{public.pk}").json()
    _, facet, _ = outcomes()
    assert api["outcome"] in facet and set(facet) == {"答申"}
    page = client.get("/search/", {"q": "カメラQX"}).content.decode()
    assert "答申予定" not in page and "/ 案件 / 答申</p>" in page


def test_an_answer_the_council_publishes_on_a_closed_case_and_takes_back_follows_in_search(world):
    meeting, _, closed = heard_pending_an_answer(world)
    issued = answer(world, closed, meeting, "答申第2号")
    drain()
    assert search("適当と認める", user_scope=PUBLIC).total == 0
    m.publish_answer(issued)
    drain()
    result = search("適当と認める", user_scope=PUBLIC)
    assert [(hit.kind, hit.outcome) for hit in result.hits] == [("answer", "答申")]
    assert search("SENTINEL-CLOSED-7c2", user_scope=PUBLIC, filters={"kind": "case"}).total == 0
    m.unpublish_answer(issued)
    drain()
    assert search("適当と認める", user_scope=PUBLIC).total == 0


def test_a_received_case_on_no_meeting_yet_reads_as_awaiting_its_hearing_not_of_unknown_date(world, client):
    """The secretariat finding the case it received this morning reads 審議日未定: its date is not lost."""
    case = accepted_case(world, title="図書館広域利用QXの外部委託")
    drain()
    client.force_login(world.secretariat)
    html = client.get("/search/", {"q": "図書館広域利用QX"}).content.decode()
    assert f"/work/cases/{case.pk}/" in html and "審議日未定" in html and "日付不明" not in html
