"""A person whose login is stopped (異動・退職 of a department's official or a secretariat clerk, a member's 退任)
receives no more mail of the 課 or the council: the meeting notices, the overdue follow-ups, the members'
questions and their answers, the 答申案 circulated, the draft minutes to check, the convocation and its reminder,
the registers' and the disclosure register's deadlines. Each list of addresses goes through councils.mail.receiving."""
import datetime

import pytest
from django.core import mail
from django.core.mail import get_connection

from shingikai.councils import actions as council_actions
from shingikai.councils.mail import department_addresses, member_addresses, recipients, secretariat_addresses
from shingikai.councils.models import Staff
from shingikai.meetings import actions
from shingikai.meetings.notify import send_notices
from test_disclosure_deadline_mail import JIMUKYOKU, SHIMIN, TODAY, due, run, summaries  # noqa: F401
from test_member_reviews import circulated
from test_web_minutes import closed_minutes
from test_web_support import accepted_case, held_meeting, scheduled_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db

STOPPED_MEMBER = "iin1@example.jp"  # 井上 二葉, the member with the login "iin"
STOPPED_OFFICIAL = "shimin@example.jp"  # 市民 太郎's login


def everyone_addressed():
    return {address for message in mail.outbox for address in message.recipients()}


def stop(world):
    """市民課's official moved away and the member's login was stopped; both keep the addresses they had."""
    for n, person in enumerate(world.people):
        person.email = f"iin{n}@example.jp"
        person.save()
    council_actions.stop_department_staff_login(world.dept_a_staff, by=world.secretariat)
    world.member_user.is_active = False
    world.member_user.save(update_fields=["is_active"])


def test_the_address_lists_leave_out_stopped_logins_and_keep_people_without_a_login(world):
    stop(world)
    assert STOPPED_OFFICIAL not in department_addresses(world.dept_a)
    assert "kodomo@example.jp" in department_addresses(world.dept_b)
    addresses = member_addresses(world.people)
    assert STOPPED_MEMBER not in addresses and "iin0@example.jp" in addresses
    clerk = council_actions.add_staff(name="西川 花", secretariat_councils=[world.council], email="nishikawa@example.jp",
                                      user=council_actions.create_login("nishikawa", email="n@example.jp",
                                                                        password="x"))
    assert "nishikawa@example.jp" in secretariat_addresses(council=world.council)
    clerk.user.is_active = False
    clerk.user.save()
    assert {"nishikawa@example.jp", "n@example.jp"}.isdisjoint(secretariat_addresses(council=world.council))
    assert recipients(world.dept_a, council=world.council) == (["jimukyoku@example.jp"], [])


def test_the_meeting_notice_and_the_overdue_follow_up_skip_stopped_logins(web_world):
    w = web_world
    today = datetime.date.today()
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    actions.add_follow_up(decision, kind="後日報告", text="結果を報告する", due_date=today - datetime.timedelta(days=1))
    scheduled_meeting(w, date=today + datetime.timedelta(days=7), case=accepted_case(w, title="次の案件"))
    stop(w)
    meetings_sent, overdue_sent = send_notices(today)
    assert meetings_sent and overdue_sent == 1
    assert "iin0@example.jp" in everyone_addressed()
    assert {STOPPED_MEMBER, STOPPED_OFFICIAL}.isdisjoint(everyone_addressed())


def test_questions_their_answers_and_circulated_drafts_skip_stopped_logins(web_world):
    from shingikai.cases.actions import answer_question, ask_question
    from shingikai.cases.notify import send_question_notices

    w = web_world
    case = accepted_case(w)
    question = ask_question(case, text="委託先の監督方法は。", by=w.member_user)
    answer_question(question, answer="定期的に立入検査をします。", by=w.dept_a_user)
    actions.circulate_answer(circulated(w), by=w.secretariat)
    stop(w)
    send_question_notices(datetime.date.today() + datetime.timedelta(days=1), get_connection())
    assert mail.outbox and "jimukyoku@example.jp" in everyone_addressed()
    assert {STOPPED_MEMBER, STOPPED_OFFICIAL}.isdisjoint(everyone_addressed())


def test_the_convocation_and_its_reminder_skip_a_stopped_member(client, web_world):
    from shingikai.meetings.convocation import answer_reminder, message

    w = web_world
    meeting, _, _ = scheduled_meeting(w)
    stop(w)
    convocation = message(meeting, "testserver")
    assert "iin0@example.jp" in convocation.bcc and STOPPED_MEMBER not in convocation.recipients()
    reminder = answer_reminder(meeting, datetime.date.today())
    assert "iin0@example.jp" in reminder.bcc and STOPPED_MEMBER not in reminder.recipients()


def test_the_draft_minutes_to_check_skip_a_stopped_member(web_world):
    from shingikai.minutes.notify import send_check_requests

    from shingikai.minutes.actions import request_checks

    w = web_world
    minutes = closed_minutes(w)
    stop(w)
    request_checks(minutes, by=w.secretariat)
    assert send_check_requests(datetime.date.today() + datetime.timedelta(days=1), get_connection()) == 1
    assert "iin0@example.jp" in everyone_addressed() and STOPPED_MEMBER not in everyone_addressed()


def test_the_disclosure_deadlines_skip_a_stopped_official_and_a_stopped_clerk(world, due):  # noqa: F811
    council_actions.stop_department_staff_login(world.dept_a_staff, by=world.secretariat)
    clerk = Staff.objects.create(name="西川 花", email="nishikawa@example.jp",
                                 user=council_actions.create_login("nishikawa", email="", password="x"))
    clerk.secretariat_councils.add(world.council)
    clerk.user.is_active = False
    clerk.user.save()
    run(TODAY)
    assert SHIMIN in everyone_addressed() and JIMUKYOKU in everyone_addressed() and summaries()
    assert {STOPPED_OFFICIAL, "nishikawa@example.jp"}.isdisjoint(everyone_addressed())
