"""The draft minutes of a 審査会 meeting carry, under an appeal's item, the steps its record holds for that meeting
(口頭意見陳述, インカメラ審理 …), worded without anyone's name."""
import datetime

import pytest
from disclosure_helpers import CLOSED, decided_request
from django.urls import reverse

from shingikai.disclosure import actions
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import close_meeting, open_meeting, plan_meeting, record_decision, schedule_case

D = datetime.date


def test_the_draft_minutes_list_the_appeal_steps_taken_at_the_meeting(client, world):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport="取消しを求める。",
                                 appellant_name="開示 請子")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")
    on = D(2024, 9, 2)
    meeting = plan_meeting(world.council, date=on, start_time=datetime.time(10, 0), is_public=False, closed_reason=CLOSED)
    item = schedule_case(appeal.case, meeting)
    meeting = open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
    actions.record_appeal_event(appeal, kind="口頭意見陳述", on=on, submitted_by="審査請求人", meeting=meeting,
                                note="開示 請子 氏が意見を述べた。")
    actions.record_appeal_event(appeal, kind="口頭意見陳述", on=on, submitted_by="西川 大介", meeting=meeting)
    actions.record_appeal_event(appeal, kind="インカメラ審理", on=on, meeting=meeting)
    actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 20), submitted_by="審査請求人")  # no meeting
    record_decision(item, outcome="継続審議", vote_method="挙手全員")
    close_meeting(meeting)
    client.force_login(world.secretariat)
    body = client.get(f"/work/minutes/{meeting.minutes.pk}/").content.decode()
    draft = body.split(item.title, 1)[1].split("結論: 継続審議", 1)[0]
    assert "審査請求人から口頭意見陳述を聴取した。" in draft
    assert "口頭意見陳述を聴取した。" in draft.replace("審査請求人から口頭意見陳述を聴取した。", "")  # the named one, unnamed
    assert "インカメラ審理を行った。" in draft
    assert "意見書" not in draft  # received outside the meeting
    for secret in ("西川", "開示 請子", "意見を述べた"):
        assert secret not in body


def test_a_step_is_recorded_only_at_a_meeting_that_had_the_appeal_on_its_agenda(client, world):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), appellant_name="北野 花子",
                                 purport="本件処分を取り消し、開示するとの裁決を求める。")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24),
                                  notice_on=D(2024, 7, 25), examiner_exclusion="条例第19条", agency_claims="法人の競争上の地位を害する。")
    other = plan_meeting(world.council, date=D(2024, 8, 20), place="第2会議室")
    with pytest.raises(ActionRefused, match="次第にこの審査請求の案件がありません"):
        actions.record_appeal_event(appeal, kind="審議", on=other.date, meeting=other)
    assert not appeal.events.filter(kind="審議").exists()
    client.force_login(world.secretariat)
    form = client.get(reverse("disclosure:appeal", args=[appeal.pk])).context["forms"]["event"]
    assert other not in form.fields["meeting"].queryset
