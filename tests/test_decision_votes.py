"""A vote's counts carry the outcome recorded: an approval needs more for than against, a 不承認 the reverse,
and a tie is recorded only with the chair's casting vote."""
import pytest
from django.urls import reverse
from helpers import accepted_case, open_meeting_with

from shingikai.documents.context.common import decision_heading
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as m
from shingikai.meetings.models import Decision

pytestmark = pytest.mark.django_db


def item_to_decide(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    return meeting, item


@pytest.mark.parametrize("outcome, votes_for, votes_against, refusal", [
    ("承認", 1, 3, "反対 \\(3\\) が賛成 \\(1\\) より多い"),
    ("条件付き承認", 2, 2, "同数"),
    ("不承認", 3, 1, "賛成 \\(3\\) が反対 \\(1\\) より多い"),
])
def test_an_outcome_the_vote_does_not_carry_is_refused(world, outcome, votes_for, votes_against, refusal):
    _, item = item_to_decide(world)
    with pytest.raises(ActionRefused, match=refusal):
        m.record_decision(item, outcome=outcome, vote_method="採決", votes_for=votes_for, votes_against=votes_against)
    assert not Decision.objects.exists()


def test_a_tie_is_recorded_with_the_chairs_casting_vote_and_printed_so(world):
    _, item = item_to_decide(world)
    decision = m.record_decision(item, outcome="承認", vote_method="採決", votes_for=2, votes_against=2,
                                 chair_decided=True)
    assert decision.chair_decided
    with pytest.raises(ActionRefused, match="同数ではない"):
        m.correct_decision(decision, outcome="承認", vote_method="採決", votes_for=3, votes_against=1,
                           chair_decided=True)
    # The minutes and the 答申書 print a decision with this heading.
    assert decision_heading(decision) == "承認（採決：賛成2、反対2、可否同数のため会長が決した）"


def test_the_casting_vote_belongs_to_a_ballot_only(world):
    _, item = item_to_decide(world)
    with pytest.raises(ActionRefused, match="採決の場合にだけ"):
        m.record_decision(item, outcome="承認", vote_method="挙手全員", chair_decided=True)


def test_the_correction_form_refuses_a_majority_against_an_approval(client, world):
    meeting, item = item_to_decide(world)
    decision = m.record_decision(item, outcome="承認", vote_method="採決", votes_for=3, votes_against=1)
    client.force_login(world.secretariat)
    url = reverse("meetings:decision_edit", args=[meeting.pk, item.pk])
    response = client.post(url, {"action": "save", "outcome": "承認", "vote_method": "採決", "votes_for": 1,
                                 "votes_against": 3})
    assert response.status_code in (400, 409) and "より多いため" in response.content.decode()
    decision.refresh_from_db()
    assert (decision.votes_for, decision.votes_against) == (3, 1)
