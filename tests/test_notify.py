"""E-mail notices: before a meeting, and once when a follow-up becomes overdue."""
import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions
from shingikai.meetings.models import FollowUp
from shingikai.meetings.notify import send_notices
from test_web_support import accepted_case, held_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def addresses(web_world):
    w = web_world
    for n, person in enumerate(w.people):
        person.email = f"member{n}@example.jp"
        person.save()
    w.dept_a.email = "shimin@city.example.jp"
    w.dept_a.save()
    return w


def test_meeting_notice_seven_and_one_day_before(addresses):
    w = addresses
    today = datetime.date.today()
    meeting = actions.plan_meeting(w.council, date=today + datetime.timedelta(days=7), start_time=datetime.time(10, 0))
    actions.schedule_case(accepted_case(w, title="公開の案件"), meeting)
    actions.schedule_case(accepted_case(w, title="非公開の案件"), meeting, is_public=False, closed_reason="個人情報")
    sent, overdue = send_notices(today)
    assert sent == 2 and overdue == 0
    to_members = next(m for m in mail.outbox if "member0@example.jp" in m.bcc)
    assert "公開の案件" in to_members.body and "非公開の案件 (非公開)" in to_members.body
    assert "jimukyoku@example.jp" in to_members.to
    to_department = next(m for m in mail.outbox if "shimin@city.example.jp" in m.to)
    assert "説明をお願いする議題" in to_department.body and "7日前" in to_department.subject
    mail.outbox.clear()
    assert send_notices(today + datetime.timedelta(days=1)) == (0, 0)
    assert send_notices(today + datetime.timedelta(days=6))[0] == 2
    assert "1日前" in mail.outbox[0].subject


def test_cancelled_meeting_sends_nothing(addresses):
    w = addresses
    today = datetime.date.today()
    meeting = actions.plan_meeting(w.council, date=today + datetime.timedelta(days=7))
    actions.cancel_meeting(meeting)
    assert send_notices(today) == (0, 0) and not mail.outbox


def test_overdue_follow_up_is_announced_once(addresses):
    w = addresses
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    due = datetime.date.today() + datetime.timedelta(days=3)
    follow_up = actions.add_follow_up(decision, kind="後日報告", text="結果を報告する", due_date=due)
    assert send_notices(due)[1] == 0  # due today is not overdue yet
    later = due + datetime.timedelta(days=1)
    assert send_notices(later)[1] == 1
    message = mail.outbox[-1]
    assert message.to == ["shimin@city.example.jp", "shimin@example.jp"] and "jimukyoku@example.jp" in message.cc
    assert "結果を報告する" in message.body and "期限" in message.subject
    follow_up.refresh_from_db()
    assert follow_up.overdue_notified_on == later
    assert send_notices(later + datetime.timedelta(days=1))[1] == 0


def test_responded_follow_up_is_not_overdue(addresses):
    w = addresses
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    follow_up = actions.add_follow_up(decision, kind="後日報告", text="報告", due_date=meeting.date)
    actions.respond_follow_up(follow_up, response="報告済み")
    assert send_notices(datetime.date.today())[1] == 0
    assert FollowUp.objects.get().overdue_notified_on is None


def test_management_command(addresses, capsys):
    w = addresses
    today = datetime.date.today()
    meeting = actions.plan_meeting(w.council, date=today + datetime.timedelta(days=7))
    actions.schedule_case(accepted_case(w), meeting)
    call_command("send_notices", "--date", to_wareki(today))
    assert "会議の通知 2 通" in capsys.readouterr().out  # members and the department
    assert mail.outbox


def test_the_overdue_notice_date_has_its_own_history_row_by_the_system(addresses):
    w = addresses
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    follow_up = actions.add_follow_up(decision, kind="後日報告", text="結果を報告する", due_date=meeting.date,
                                      by=w.secretariat)
    call_command("send_notices")
    notice = follow_up.history.order_by("-history_id").first()
    assert notice.overdue_notified_on == datetime.date.today() and notice.history_user is None
    follow_up.refresh_from_db()
    assert follow_up.version == 1  # a delivery marker: a response form opened before it is not stale
    actions.respond_follow_up(follow_up, response="対応しました", by=w.dept_a_user, expected_version=1)
    response = follow_up.history.order_by("-history_id").first()
    assert response.history_user == w.dept_a_user
    assert "overdue_notified_on" not in [c.field for c in response.diff_against(notice).changes]


def test_send_notices_refuses_a_date_still_to_come(addresses):
    w = addresses
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    actions.add_follow_up(decision, kind="後日報告", text="結果を報告する", due_date=meeting.date)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    with pytest.raises(CommandError, match="未来の日付"):
        call_command("send_notices", "--date", tomorrow.isoformat())
    assert FollowUp.objects.get().overdue_notified_on is None and not mail.outbox
