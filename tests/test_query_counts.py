"""Every work and public page makes the same number of queries however much data there is.

Each page is rendered once over a council with one meeting cycle behind it, then again after
more cycles have been added (cases, meetings with turns and decisions, follow-ups, answers and
published minutes): the counts must not change. The case page and the members' materials show
precedents, whose block is being rewritten (search/precedents.py); they are pinned as they are.
"""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shingikai.meetings import actions as meeting_actions
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes, sign_minutes
from test_web_support import held_meeting, web_world  # noqa: F401


def cycle(world, n):
    """One meeting cycle through the actions: a case deliberated, decided with a follow-up, answered,
    the meeting closed and its minutes published."""
    meeting, item, case = held_meeting(world)
    for k in range(3):
        meeting_actions.record_turn(meeting, speaker_label="委員", role="member", agenda_item=item,
                                    text=f"保存期間と廃棄の方法を伺いたい。({n}-{k})", person=world.people[k])
    decision = meeting_actions.record_decision(item, outcome="承認", vote_method="挙手全員", wording="承認する。")
    meeting_actions.add_follow_up(decision, kind="資料提出", text=f"事業者一覧を提出すること ({n})",
                                  due_date=datetime.date(2030, 1, 1) - datetime.timedelta(days=n))
    answer = meeting_actions.draft_answer(world.council, cases=[case], addressee="みなみ市長",
                                          conclusion="適当であると認める。")
    meeting_actions.issue_answer(answer, date=meeting.date, meeting=meeting)
    meeting_actions.close_meeting(meeting, end_time=datetime.time(16, 0))
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[0]])
    minutes = confirm_minutes(meeting.minutes, on=meeting.date, by_circulation=True)
    sign_minutes(minutes, world.people[0], on=meeting.date)
    publish_minutes(minutes, on=meeting.date)
    return meeting, case, answer


def work_pages(first):
    meeting, case, answer = first
    return {
        "dashboard": "/work/",
        "case list": "/work/cases/",
        "case page (precedents as they are)": f"/work/cases/{case.pk}/",
        "meeting list": "/work/meetings/",
        "meeting page": f"/work/meetings/m/{meeting.pk}/",
        "members' materials (precedents as they are)": f"/work/meetings/m/{meeting.pk}/materials/",
        "follow-up board": "/work/meetings/followups/",
        "answer list": "/work/meetings/answers/",
        "answer page": f"/work/meetings/answers/{answer.pk}/",
        "minutes list": "/work/minutes/",
        "minutes page": f"/work/minutes/{meeting.minutes.pk}/",
    }


def public_pages(world, first):
    meeting, case, answer = first
    return {
        "front page": "/",
        "council page": f"/councils/{world.council.slug}/",
        "published meeting": f"/meetings/{meeting.pk}/",
        "case register": "/cases/",
        "public case": f"/cases/{case.pk}/",
        "public answer": f"/answers/{answer.pk}/",
        "precedents": "/precedents/",
    }


def counts(client, pages):
    out = {}
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        out[name] = len(queries)
    return out


def _allowed(client, pages):
    return {name: url for name, url in pages.items() if client.get(url).status_code == 200}


@pytest.mark.parametrize("role", ["secretariat", "dept_a_user", "member_user"])
def test_work_pages_make_as_many_queries_with_more_data(web_world, client, role):
    first = cycle(web_world, 0)
    client.force_login(getattr(web_world, role))
    # Every page for the secretariat; for the others, the pages their role may open.
    pages = work_pages(first) if role == "secretariat" else _allowed(client, work_pages(first))
    assert "meeting page" in pages or "case page (precedents as they are)" in pages
    counts(client, pages)  # first visit: per-process lookups (content types, …) are not the page's
    small = counts(client, pages)
    for n in range(1, 4):
        cycle(web_world, n)
    assert counts(client, pages) == small


def test_public_pages_make_as_many_queries_with_more_data(web_world, client):
    first = cycle(web_world, 0)
    pages = public_pages(web_world, first)
    counts(client, pages)
    small = counts(client, pages)
    for n in range(1, 4):
        cycle(web_world, n)
    assert counts(client, pages) == small


def test_members_materials_read_precedents_once_for_all_items_but_the_index_search(web_world, client):
    """Each more case on the agenda costs the members' materials only its own index search; the subjects,
    marks, candidate texts and outcomes of every item's precedents are read in one query each."""
    from shingikai.search.precedents import _retrieve, subject_of
    from test_web_support import accepted_case, scheduled_meeting

    meeting, _, first_case = scheduled_meeting(web_world)
    client.force_login(web_world.secretariat)
    url = f"/work/meetings/m/{meeting.pk}/materials/"
    client.get(url)
    per_page, per_search = [], []
    for n in range(3):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        per_page.append(len(queries))
        case = accepted_case(web_world, title=f"防犯カメラの設置 {n}")
        meeting_actions.schedule_case(case, meeting)
        subject = subject_of(case)
        with CaptureQueriesContext(connection) as queries:
            _retrieve(case, subject)
        per_search.append(len(queries))
    assert per_page[1] - per_page[0] == per_search[0]
    assert per_page[2] - per_page[1] == per_search[1]
