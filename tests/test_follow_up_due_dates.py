"""The 期限 of a follow-up and what it may be added to: a 期限 on a day the city's offices are closed (元日, 土日祝)
is kept as the council decided it, and the secretariat is warned with the next open day; a withdrawn case's
decision takes no new follow-up."""
import datetime

import pytest
from django.urls import reverse

from shingikai.cases.actions import withdraw_case
from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import FollowUp
from test_web_support import held_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db

NEW_YEARS_DAY = datetime.date(2027, 1, 1)
FIRST_OPEN_DAY = datetime.date(2027, 1, 4)  # 1月2日・3日 are 年末年始, and a weekend


def test_a_follow_up_due_on_new_years_day_is_kept_and_the_secretariat_is_warned_of_the_closed_day(
        client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    client.force_login(w.secretariat)
    add = reverse("meetings:follow_up_add", args=[meeting.pk, item.pk])
    response = client.post(add, {"kind": "後日報告", "text": "運用開始後の状況を報告すること",
                                 "due_date": "令和9年1月1日"}, follow=True)
    assert "期限の令和9年1月1日は閉庁日" in response.content.decode()
    assert "開庁日 (例: 令和9年1月4日)" in response.content.decode()
    assert FollowUp.objects.get(text="運用開始後の状況を報告すること").due_date == NEW_YEARS_DAY
    response = client.post(add, {"kind": "後日報告", "text": "翌年度の状況を報告すること",
                                 "due_date": FIRST_OPEN_DAY.isoformat()}, follow=True)
    assert "閉庁日" not in response.content.decode()


def test_no_follow_up_is_added_to_the_decision_of_a_withdrawn_case(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    actions.record_decision(item, outcome="継続審議", vote_method="挙手全員", by=w.secretariat)
    withdraw_case(case, reason="事業を中止したため", by=w.dept_a_user)
    with pytest.raises(ActionRefused, match="取り下げ"):
        actions.add_follow_up(item.decision, kind="後日報告", text="経過を報告すること", by=w.secretariat)
    assert not FollowUp.objects.exists()
