"""Settling has rules: published minutes carry their confirmation and every signature (unless the council
recorded that it does not sign), and no settling date lies in the future. Dates default to today in JST."""
import datetime

import pytest
from helpers import accepted_case, open_meeting_with, sign_all

from shingikai import settling
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as m
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes, sign_minutes
from shingikai.minutes.models import Minutes

TOMORROW = datetime.date.today() + datetime.timedelta(days=2)


@pytest.fixture
def minutes(world):
    meeting, _ = open_meeting_with(world)
    m.close_meeting(meeting)
    meeting.refresh_from_db()
    return designate_signers(meeting.minutes, [world.people[2], world.people[3]])


def test_publishing_waits_for_every_designated_signature(world, minutes):
    minutes = confirm_minutes(minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_minutes(minutes, world.people[0], on=datetime.date(2025, 6, 2))
    with pytest.raises(ActionRefused) as refused:
        publish_minutes(minutes, on=datetime.date(2025, 6, 3))
    assert "署名 1 / 3 人、未署名: 上田 三恵、江口 四郎" in str(refused.value)
    assert Minutes.objects.get(pk=minutes.pk).state == Minutes.State.CONFIRMED
    for person in world.people[2:4]:
        sign_minutes(minutes, person, on=datetime.date(2025, 6, 2))
    assert publish_minutes(minutes, on=datetime.date(2025, 6, 3)).state == Minutes.State.PUBLISHED


def test_a_council_that_does_not_sign_publishes_on_confirmation(world):
    world.council.minutes_signed = False
    world.council.save()
    meeting, _ = open_meeting_with(world)
    m.close_meeting(meeting)
    meeting.refresh_from_db()
    confirmed = confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True,
                                open_checks_acknowledged=True)
    assert publish_minutes(confirmed, on=datetime.date(2025, 6, 3)).state == Minutes.State.PUBLISHED


def test_publishing_needs_confirmation(world, minutes):
    with pytest.raises(ActionRefused, match="確定していない会議録は公開できません"):
        publish_minutes(minutes, on=datetime.date(2025, 6, 3))


def test_no_settling_date_lies_in_the_future(world, minutes):
    with pytest.raises(ActionRefused, match="確定日に未来の日付"):
        confirm_minutes(minutes, on=TOMORROW, by_circulation=True, open_checks_acknowledged=True)
    assert Minutes.objects.get(pk=minutes.pk).state == Minutes.State.DRAFT
    minutes = confirm_minutes(minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="署名日に未来の日付"):
        sign_minutes(minutes, world.people[0], on=TOMORROW)
    sign_all(minutes, datetime.date(2025, 6, 2))
    with pytest.raises(ActionRefused, match="公開日に未来の日付"):
        publish_minutes(minutes, on=TOMORROW)
    assert Minutes.objects.get(pk=minutes.pk).state == Minutes.State.CONFIRMED


def test_an_answer_is_not_issued_with_a_future_date(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    m.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = m.draft_answer(world.council, cases=[item.case], conclusion="承認とする。", addressee="みなみ市長")
    with pytest.raises(ActionRefused, match="答申日に未来の日付"):
        m.issue_answer(answer, date=TOMORROW)
    with pytest.raises(ActionRefused, match="答申日 \\(令和7年5月1日\\) が審議した会議の日 \\(令和7年5月20日\\) より前"):
        m.issue_answer(answer, date=datetime.date(2025, 5, 1))


def test_settling_dates_default_to_today_in_japan(world, minutes, settings, monkeypatch):
    # 23:30 UTC on 31 May is already 1 June in Tokyo.
    instant = datetime.datetime(2031, 5, 31, 23, 30, tzinfo=datetime.timezone.utc)
    monkeypatch.setattr(settling.timezone, "now", lambda: instant)
    assert settling.today() == datetime.date(2031, 6, 1)
    # The signers are still members in 2031 (a member whose term ran out no longer signs).
    world.council.memberships.update(term_end=None)
    minutes = confirm_minutes(minutes, by_circulation=True, open_checks_acknowledged=True)
    assert minutes.confirmed_on == datetime.date(2031, 6, 1)
    sign_all(minutes, None)
    assert publish_minutes(minutes).published_on == datetime.date(2031, 6, 1)
