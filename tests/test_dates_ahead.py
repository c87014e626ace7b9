"""No date an action takes lies more than ten years ahead: the rule the work screens' date fields keep
(WarekiDateField) is kept by the actions themselves, so the commands, the importer, the loaders and any other
caller meet it too, with the form's own message."""
import datetime

import pytest
from django import forms
from disclosure_helpers import decided_request
from helpers import accepted_case, open_meeting_with, today

from shingikai.councils.actions import appoint_member
from shingikai.councils.forms import WarekiDateField
from shingikai.disclosure import actions as disclosure
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as meetings
from shingikai.meetings.models import Meeting
from shingikai.registers import actions as registers
from shingikai.settling import YEARS_AHEAD, years_after

D = datetime.date


def referred_appeal(world):
    appeal = disclosure.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport="取消しを求める。",
                                    appellant_name="開示 請子")
    return disclosure.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                   examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")


def decision(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    return meetings.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")


ACTIONS = {
    "a meeting's day": lambda world, day: meetings.plan_meeting(world.council, date=day),
    "a follow-up's due date": lambda world, day: meetings.add_follow_up(
        decision(world), kind="後日報告", text="運用状況を報告すること", due_date=day),
    "a term's end": lambda world, day: appoint_member(
        world.council, world.people[0], appointed_on=D(2025, 4, 1), term_start=D(2025, 4, 1), term_end=day),
    "an appeal's 提出期限": lambda world, day: disclosure.set_appeal_deadline(
        referred_appeal(world), kind="資料", asked_of="実施機関", set_on=D(2024, 8, 1), due_on=day),
    # A date among the fields given at once (**fields).
    "an audit's period": lambda world, day: registers.create_audit(
        world.city, departments=[world.dept_a], title="監査", fiscal_year=2025, auditor="監査担当", scope="範囲",
        conducted_from=D(2025, 8, 1), conducted_to=day),
}


def form_message(day):
    with pytest.raises(forms.ValidationError) as refused:
        WarekiDateField().clean(day.isoformat())
    return refused.value.messages[0]


@pytest.mark.parametrize("what", ACTIONS)
def test_an_action_refuses_a_date_more_than_ten_years_ahead_with_the_forms_message(world, what):
    far = years_after(today(), YEARS_AHEAD) + datetime.timedelta(days=1)
    with pytest.raises(ActionRefused) as refused:
        ACTIONS[what](world, far)
    assert refused.value.message == form_message(far)
    assert "年を確かめてください" in refused.value.message


def test_nine_nine_nine_nine_typed_as_no_end_is_refused_before_anything_is_stored(world):
    with pytest.raises(ActionRefused, match="今日から10年より先の日付"):
        meetings.plan_meeting(world.council, date=D(9999, 12, 31))
    assert not Meeting.objects.filter(council=world.council).exists()


def test_ten_years_ahead_to_the_day_is_taken(world):
    meeting = meetings.plan_meeting(world.council, date=years_after(today(), YEARS_AHEAD))
    assert meeting.pk
