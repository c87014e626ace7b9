"""schemathesis against the OpenAPI document: generated requests to every operation (bounded to a few
examples each, so the suite stays fast) never answer 5xx, and every answer matches the schema."""
import datetime

import pytest
import schemathesis
from helpers import accepted_case, open_meeting_with, sign_all
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from shingikai.meetings.actions import close_meeting, record_decision, record_turn
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes


@pytest.fixture
def api_schema(world):
    # One published meeting, so detail operations and filters have records to return.
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)], date=datetime.date(2025, 5, 20))
    record_turn(meeting, speaker_label="委員", role="member", text="質問です。", agenda_item=item)
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, on=datetime.date(2025, 6, 1))
    publish_minutes(meeting.minutes, on=datetime.date(2025, 6, 2))
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    # Django's handler, not shingikai.wsgi: that one refuses the tests' development key, as a server must.
    application = get_wsgi_application()

    # As Django's own test client does: the WSGI handler would close the test's database connection
    # (and its transaction) at the end of each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_api_never_answers_5xx_and_always_as_its_schema_says(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12

    # Hypothesis draws an operation, then a request for it: ~10 requests per operation, about a minute.
    @settings(max_examples=10 * len(operations), deadline=None, suppress_health_check=list(HealthCheck),
              derandomize=True, database=None)
    @given(data=st.data())
    def answers_as_documented(data):
        operation = data.draw(st.sampled_from(operations), label="operation")
        case = data.draw(operation.as_strategy(), label="request")
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

    answers_as_documented()
