"""A served appointment's dates typed wrong (委嘱日, 任期の始期・終期) are corrected on the members screen, with
history, until a settled record depends on them: the minutes of a meeting at which the correction would change
whether the member was in office, a meeting recording them present, an office they held."""
import datetime

import pytest
from django.urls import reverse

from shingikai.councils import actions
from shingikai.councils.models import Membership
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import close_meeting
from shingikai.minutes.actions import confirm_minutes, designate_signers

from conftest import PASSWORD
from helpers import open_meeting_with

TYPED = datetime.date(2024, 4, 1)
MEANT = datetime.date(2024, 4, 10)


def serving(world, index=3):
    return Membership.objects.get(council=world.council, person=world.people[index])


def test_the_secretariat_corrects_a_served_terms_start_with_history(world, client):
    membership = serving(world)
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:members", args=[world.council.pk])
    page = client.get(url).content.decode()
    assert f'name="c{membership.pk}-term_start"' in page
    response = client.post(url, {"what": "correct", "membership": membership.pk,
                                 f"c{membership.pk}-appointed_on": "令和6年4月10日",
                                 f"c{membership.pk}-term_start": "令和6年4月10日",
                                 f"c{membership.pk}-term_end": "令和10年3月31日"}, follow=True)
    assert "江口 四郎 の委嘱を訂正しました" in response.content.decode()
    membership.refresh_from_db()
    assert membership.term_start == MEANT
    assert membership.history.latest().history_user == world.secretariat
    assert membership.history.earliest().term_start == TYPED


def test_a_correction_is_refused_once_the_minutes_of_a_meeting_it_changes_are_settled(world):
    meeting, _ = open_meeting_with(world, present=world.people[:3], date=datetime.date(2024, 4, 5))
    close_meeting(meeting)
    membership = serving(world)
    # Absent that day: the member counted among those in office, which the correction would undo.
    actions.correct_appointment(membership, appointed_on=MEANT, term_start=MEANT, term_end=membership.term_end)
    actions.correct_appointment(membership, appointed_on=TYPED, term_start=TYPED, term_end=membership.term_end)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[2]])
    confirm_minutes(meeting.minutes, on=datetime.date(2024, 4, 20), by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="会議録が確定"):
        actions.correct_appointment(membership, appointed_on=MEANT, term_start=MEANT, term_end=membership.term_end)
    # A correction of a day no settled meeting fell on stays open.
    actions.correct_appointment(membership, appointed_on=TYPED, term_start=TYPED,
                                term_end=datetime.date(2028, 3, 30))


def test_a_correction_that_would_leave_a_recorded_attendance_or_office_outside_the_term_is_refused(world):
    chair = serving(world, 0)
    with pytest.raises(ActionRefused, match="就任日"):
        actions.correct_appointment(chair, appointed_on=MEANT, term_start=MEANT, term_end=datetime.date(2028, 3, 31))
    open_meeting_with(world, date=datetime.date(2024, 4, 5))
    with pytest.raises(ActionRefused, match="出席と記録"):
        actions.correct_appointment(serving(world), appointed_on=MEANT, term_start=MEANT,
                                    term_end=datetime.date(2028, 3, 31))
