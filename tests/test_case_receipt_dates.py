"""A case keeps the day it was received (受付日): its number is of that day's fiscal year, and no meeting held
before that day can hear it."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from helpers import accepted_case, today

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import plan_meeting, schedule_case
from shingikai.meetings.views import schedulable_cases
from test_web_support import web_world  # noqa: F401


def _submitted(world, title="窓口受付システムの導入"):
    case = create_case(world.council, world.dept_a, title=title, purpose="窓口の待ち時間を減らすため",
                       categories=["information_system"], legal_bases=["条例第12条"])
    return submit_case(case)


def _meeting(world, date):
    return plan_meeting(world.council, date=date, start_time=datetime.time(14, 0), place="第1会議室")


def test_a_case_received_after_a_meeting_is_not_offered_for_its_agenda_and_is_refused(world):
    earlier = _meeting(world, datetime.date(2026, 3, 31))
    case = accepted_case(world, on=None)
    assert case not in schedulable_cases(earlier)
    with pytest.raises(ActionRefused, match="受け付けた案件のため、それより前の会議"):
        schedule_case(case, earlier)


def test_a_case_received_on_the_meetings_day_can_be_heard_there(world):
    meeting = _meeting(world, datetime.date(2025, 6, 1))
    case = accepted_case(world, on=datetime.date(2025, 6, 1))
    assert case in schedulable_cases(meeting)
    assert schedule_case(case, meeting).case == case


def test_a_case_received_today_with_todays_date_typed_is_received_after_it_was_submitted(world):
    # The secretariat types today's date in the 受付日 field: the case is received now, not at midnight,
    # which would be before the department submitted it.
    case = _submitted(world)
    case = accept_case(case, on=timezone.localdate())
    assert case.accepted_at >= case.submitted_at


def test_a_case_entered_after_the_fact_is_numbered_in_its_receipt_days_year(world):
    last_year = accept_case(_submitted(world), on=datetime.date(2025, 6, 1))
    this_year = accept_case(_submitted(world, "別の案件"), on=datetime.date(2026, 4, 1))
    assert last_year.number == "諮問第1号" and this_year.number == "諮問第1号"
    assert timezone.localdate(last_year.accepted_at) == datetime.date(2025, 6, 1)


def test_a_receipt_day_in_the_future_is_refused(world):
    with pytest.raises(ActionRefused, match="受付日に未来の日付"):
        accept_case(_submitted(world), on=today() + datetime.timedelta(days=1))


def test_the_secretariat_accepts_with_a_wareki_receipt_day(client, web_world):  # noqa: F811
    w = web_world
    case = _submitted(w)
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "受付日" in page
    response = client.post(reverse("cases:accept", args=[case.pk]), {"received_on": "令和7年6月1日"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert timezone.localdate(case.accepted_at) == datetime.date(2025, 6, 1) and case.number == "諮問第1号"


def test_a_future_receipt_day_typed_in_the_form_is_a_clear_400(client, web_world):  # noqa: F811
    w = web_world
    case = _submitted(w)
    client.force_login(w.secretariat)
    tomorrow = (today() + datetime.timedelta(days=1)).isoformat()
    response = client.post(reverse("cases:accept", args=[case.pk]), {"received_on": tomorrow})
    assert response.status_code == 400 and "未来の日付" in response.content.decode()
    case.refresh_from_db()
    assert case.accepted_at is None
