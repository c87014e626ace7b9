"""A recorded 退任 (its 退任日 or 事由 typed wrong, or the whole 退任 recorded by mistake) is corrected or cleared on
the members screen, with history, until something settled depends on it: the minutes of a meeting at which the
correction would change whether the member was in office, a meeting recording them present after the new day.
It is never moved before the term's start, nor onto another appointment of the same person."""
import datetime

import pytest
from django.urls import reverse

from shingikai.councils import actions
from shingikai.councils.models import Membership, Officer
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import close_meeting
from shingikai.minutes.actions import confirm_minutes, designate_signers

from conftest import PASSWORD
from helpers import open_meeting_with

D = datetime.date
TYPED = D(2024, 6, 30)
MEANT = D(2024, 7, 31)


def membership_of(world, index=3):
    return Membership.objects.get(council=world.council, person=world.people[index])


def ended(world, index=3, on=TYPED, reason="辞職"):
    return actions.end_membership(membership_of(world, index), on=on, reason=reason)


def test_the_secretariat_corrects_a_recorded_end_day_with_history(world, client):
    membership = ended(world)
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:members", args=[world.council.pk])
    page = client.get(url).content.decode()
    assert f'name="x{membership.pk}-ended_on"' in page and "退任を訂正" in page
    response = client.post(url, {"what": "correct_end", "membership": membership.pk,
                                 f"x{membership.pk}-ended_on": "令和6年7月31日",
                                 f"x{membership.pk}-reason": "解嘱"}, follow=True)
    assert "江口 四郎 の退任を令和6年7月31日(解嘱)に訂正しました" in response.content.decode()
    membership.refresh_from_db()
    assert (membership.ended_on, membership.end_reason) == (MEANT, "解嘱")
    assert membership.history.latest().history_user == world.secretariat
    assert membership.history.all()[1].ended_on == TYPED


def test_a_retirement_recorded_by_mistake_is_cleared_and_the_office_it_ended_runs_on(world, client):
    chair = ended(world, index=0)
    office = Officer.objects.get(membership=chair, role=Membership.Role.CHAIR)
    assert office.until == TYPED
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:members", args=[world.council.pk])
    response = client.post(url, {"what": "correct_end", "membership": chair.pk, f"x{chair.pk}-ended_on": "",
                                 f"x{chair.pk}-clear": "on"}, follow=True)
    assert "青木 一郎 の退任の記録を取り消しました" in response.content.decode()
    chair.refresh_from_db()
    office.refresh_from_db()
    assert chair.ended_on is None and chair.end_reason == ""
    assert office.until is None
    assert world.council.members_in_office(D(2025, 1, 10)).filter(pk=chair.pk).exists()
    assert actions.chair_of(world.council, D(2025, 1, 10)) == world.people[0]


def test_a_corrected_end_keeps_the_office_short_of_a_successors_election(world):
    chair = ended(world, index=0)
    actions.elect_chair(world.council, world.people[2], on=D(2024, 7, 10))
    actions.correct_membership_end(chair, ended_on=MEANT, reason="辞職")
    office = Officer.objects.get(membership=chair, role=Membership.Role.CHAIR)
    assert office.until == D(2024, 7, 9)


def test_a_blank_day_without_the_box_is_a_form_error_not_a_clearance(world, client):
    membership = ended(world)
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:members", args=[world.council.pk])
    response = client.post(url, {"what": "correct_end", "membership": membership.pk,
                                 f"x{membership.pk}-ended_on": ""})
    assert response.status_code == 400
    assert "退任日を入力してください" in response.content.decode()
    membership.refresh_from_db()
    assert membership.ended_on == TYPED
    assert client.post(url, {"what": "correct_end", "membership": "99999"}).status_code == 404


def test_a_correction_is_refused_once_the_minutes_of_a_meeting_it_changes_are_settled(world):
    meeting, _ = open_meeting_with(world, present=world.people[:3], date=D(2024, 7, 5))
    close_meeting(meeting)
    membership = ended(world, on=MEANT)  # absent on 7月5日, still in office that day
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[2]])
    confirm_minutes(meeting.minutes, on=D(2024, 7, 20), by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="会議録が確定しています"):
        actions.correct_membership_end(membership, ended_on=TYPED, reason="辞職")
    with pytest.raises(ActionRefused, match="会議録が確定しています"):
        actions.correct_membership_end(membership, ended_on=D(2024, 7, 4), reason="辞職")
    # A day no settled meeting falls between stays correctable.
    actions.correct_membership_end(membership, ended_on=D(2024, 8, 15), reason="死亡")
    membership.refresh_from_db()
    assert (membership.ended_on, membership.end_reason) == (D(2024, 8, 15), "死亡")


def test_a_correction_that_would_leave_a_recorded_attendance_after_the_end_is_refused(world):
    open_meeting_with(world, date=D(2024, 7, 5))
    membership = ended(world, on=MEANT)
    with pytest.raises(ActionRefused, match="出席と記録されています。退任日はその会議の日以後にしてください"):
        actions.correct_membership_end(membership, ended_on=TYPED, reason="辞職")
    membership.refresh_from_db()
    assert membership.ended_on == MEANT


def test_the_end_stays_within_the_term_and_off_another_appointment_of_the_person(world):
    membership = ended(world)
    with pytest.raises(ActionRefused, match="任期の始期"):
        actions.correct_membership_end(membership, ended_on=D(2024, 3, 1))
    with pytest.raises(ActionRefused, match="任期の終期"):
        actions.correct_membership_end(membership, ended_on=D(2028, 4, 1))
    actions.appoint_member(world.council, world.people[3], appointed_on=D(2024, 9, 1), term_start=D(2024, 9, 1),
                           term_end=D(2028, 3, 31))
    for day in (None, D(2024, 10, 1)):
        with pytest.raises(ActionRefused, match="すでに"):
            actions.correct_membership_end(membership, ended_on=day)
    with pytest.raises(ActionRefused, match="訂正する内容がありません"):
        actions.correct_membership_end(membership, ended_on=TYPED, reason="辞職")
    with pytest.raises(ActionRefused, match="退任は記録されていません"):
        actions.correct_membership_end(membership_of(world, 4), ended_on=TYPED)
