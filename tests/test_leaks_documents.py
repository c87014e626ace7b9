"""Official documents (PDF and DOCX) tell each reader only what that reader may see.

Sentinels are planted in closed items, drafts and a department's response; then every document URL of
the council is downloaded in both formats by every role, its text extracted, and each sentinel must
appear exactly for the roles allowed to see it: never for the others, and for the allowed ones too (so
the test cannot pass by printing nothing).
"""
import datetime

import pytest
from django.test import Client
from helpers import accepted_case, document_text, open_meeting_with, sign_all

from shingikai import access
from shingikai.cases.actions import create_case
from shingikai.cases.models import Case
from shingikai.meetings.actions import (
    add_follow_up, close_meeting, draft_answer, open_meeting, plan_meeting, record_decision, record_turn,
    respond_follow_up, schedule_case,
)
from shingikai.meetings.models import Answer, FollowUp, Meeting
from shingikai.minutes.actions import confirm_minutes, designate_signers, edit_minutes, publish_minutes

SENTINELS = {
    "closed_title": "SENTINELCLOSEDTITLE7f3a",
    "closed_reason": "SENTINELCLOSEDREASON4d1e",
    "closed_turn": "SENTINELCLOSEDTURN9b21",
    "draft_case": "SENTINELDRAFTCASE1c44",
    "draft_minutes": "SENTINELDRAFTMINUTES5e07",
    "draft_summary": "SENTINELDRAFTSUMMARY3a90",
    "response": "SENTINELRESPONSE8d12",
    "draft_answer": "SENTINELDRAFTANSWER2b7c",
}
ROLES = ("anonymous", "secretariat", "dept_a", "dept_b", "member", "stranger", "other_secretariat")
# Who may read each sentinel, as the pages decide (access.py): the closed item is department B's case.
ALLOWED = {
    "closed_title": {"secretariat", "member", "dept_b"},
    "closed_reason": {"secretariat", "member", "dept_b"},
    "closed_turn": {"secretariat", "member", "dept_b"},
    "draft_case": {"dept_a"},
    "draft_minutes": {"secretariat", "member"},
    "draft_summary": {"secretariat", "member"},
    "response": {"secretariat", "member", "dept_a"},
    "draft_answer": {"secretariat", "member", "dept_a"},
}


def plant(world):
    open_case = accepted_case(world, title="公開の案件")
    closed_case = accepted_case(world, department=world.dept_b, title=f"児童記録 {SENTINELS['closed_title']}")
    meeting = plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    public_item = schedule_case(open_case, meeting)
    closed_item = schedule_case(closed_case, meeting, is_public=False, closed_reason=SENTINELS["closed_reason"])
    meeting = open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
    record_turn(meeting, speaker_label="委員", role="member", text=f"質問 {SENTINELS['closed_turn']}",
                agenda_item=closed_item)
    record_turn(meeting, speaker_label="委員", role="member", text="公開の質問です。", agenda_item=public_item)
    record_decision(closed_item, outcome="承認", vote_method="挙手全員")
    decision = record_decision(public_item, outcome="条件付き承認", vote_method="挙手全員")
    add_follow_up(decision, kind="条件", text="委託先を監督すること")  # the minutes are not confirmed without it
    follow_up = add_follow_up(decision, kind="後日報告", text="運用状況を報告すること", department=world.dept_a,
                              due_date=datetime.date(2025, 9, 1))
    respond_follow_up(follow_up, response=f"報告します {SENTINELS['response']}")
    close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, on=datetime.date(2025, 6, 1))
    publish_minutes(meeting.minutes, on=datetime.date(2025, 6, 2))
    later, (item,) = open_meeting_with(world, cases=[accepted_case(world, title="答申待ちの案件")],
                                       date=datetime.date(2025, 7, 1))
    record_turn(later, speaker_label="委員", role="member", text=f"下書き {SENTINELS['draft_minutes']}",
                agenda_item=item)
    answered = record_decision(item, outcome="答申予定", vote_method="各委員の発言")
    close_meeting(later)
    later.refresh_from_db()
    edit_minutes(later.minutes, summary=f"要約 {SENTINELS['draft_summary']}")
    draft_answer(world.council, cases=[answered.case], conclusion=f"案 {SENTINELS['draft_answer']}",
                 addressee="みなみ市長")
    create_case(world.council, world.dept_a, title=f"未提出 {SENTINELS['draft_case']}", purpose="下書き")


def document_urls(formats=("pdf", "docx")):
    ids = {
        "shimonsho": Case.objects.values_list("pk", flat=True),
        "agenda": Meeting.objects.values_list("pk", flat=True),
        "minutes": Meeting.objects.values_list("pk", flat=True),
        "answer": Answer.objects.values_list("pk", flat=True),
        "followup": FollowUp.objects.values_list("pk", flat=True),
    }
    return [f"/documents/{kind}/{pk}.{fmt}" for kind, pks in ids.items() for pk in pks for fmt in formats]


def client_for(world, role):
    client = Client()
    user = None if role == "anonymous" else {
        "secretariat": world.secretariat, "dept_a": world.dept_a_user, "dept_b": world.dept_b_user,
        "member": world.member_user, "stranger": world.stranger, "other_secretariat": world.other_secretariat,
    }[role]
    if user is not None:
        client.force_login(user)
    return client


def read_all(client, urls):
    """The text of every document this client may download (refusals must be 302, 403 or 404)."""
    texts = []
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), (url, response.status_code)
        if response.status_code == 200:
            texts.append(document_text(response.content, response["Content-Type"]))
    return "\n".join(texts)


def seen_by(world, roles, formats=("pdf", "docx")):
    urls = document_urls(formats)
    return {role: {name for name, value in SENTINELS.items() if value in read_all(client_for(world, role), urls)}
            for role in roles}


def test_every_role_reads_in_documents_exactly_what_it_may_see(world):
    plant(world)
    seen = seen_by(world, ROLES)
    for role in ROLES:
        expected = {name for name, roles in ALLOWED.items() if role in roles}
        assert seen[role] - expected == set(), f"{role} reads in documents what it may not"
        assert expected - seen[role] == set(), f"{role} misses in documents what it may read"


def test_the_document_check_fails_when_the_gate_is_bypassed(world, monkeypatch):
    plant(world)
    monkeypatch.setattr(access, "document_reading", lambda user, kind, obj: access.DocumentReading(user, full=True))
    seen = seen_by(world, ["anonymous"], formats=["docx"])  # the same gate serves both formats
    assert {"closed_title", "closed_turn", "draft_case", "draft_answer"} <= seen["anonymous"]
