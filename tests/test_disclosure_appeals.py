"""Appeals (審査請求): the 3-month window, referral to the 審査会 as a case, closed deliberation over meetings,
the 答申 with a 判断理由 per ground, and the 裁決."""
import datetime

import pytest
from disclosure_helpers import answered_appeal, decided_request, deliberate, joined_appeals

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.cases.models import Case
from shingikai.disclosure import actions
from shingikai.disclosure.models import Appeal
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import (
    correct_issued_answer, draft_answer, open_meeting, plan_meeting, record_decision, schedule_case,
)
from shingikai.meetings.models import Answer

D = datetime.date
PURPORT = "本件処分を取り消すとの裁決を求める。"


@pytest.mark.parametrize("filed_on, late", [(D(2024, 9, 28), False), (D(2024, 9, 30), True)])
def test_an_appeal_outside_three_months_is_recorded_but_marked_late(world, filed_on, late):
    # Decided and learned 2024-06-28: the window ends 2024-09-28 (Sat, so 09-30 would be in with rolling);
    # with the plain calendar rule it ends on the Saturday itself.
    actions.set_rules(world.city, counting_rule="calendar")
    request = decided_request(world)
    appeal = actions.file_appeal(request, filed_on=filed_on, purport=PURPORT)
    assert appeal.filed_late is late


def test_learning_later_than_the_decision_moves_the_window(world):
    request = decided_request(world)
    appeal = actions.file_appeal(request, filed_on=D(2024, 10, 15), learned_on=D(2024, 7, 20), purport=PURPORT)
    assert appeal.filed_late is False


def test_a_withdrawn_or_undecided_request_cannot_be_appealed(world):
    withdrawn = decided_request(world, decision="取下げ")
    with pytest.raises(ActionRefused):
        actions.file_appeal(withdrawn, filed_on=D(2024, 7, 10), purport=PURPORT)
    assert not Appeal.objects.exists()


def test_appeals_are_numbered_in_the_fiscal_year_of_their_filing(world):
    """The 審査請求番号 runs per 年度, as the 受付番号 and the yearly report: an appeal filed in February belongs to the
    年度 that began the April before, never opening the next year's series at 001."""
    request = decided_request(world)
    july = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport=PURPORT)
    february = actions.file_appeal(request, filed_on=D(2025, 2, 10), purport=PURPORT)
    april = actions.file_appeal(request, filed_on=D(2025, 4, 1), purport=PURPORT)
    assert [july.number, february.number, april.number] == ["2024-審001", "2024-審002", "2025-審001"]


def test_an_appeal_number_already_given_in_the_year_is_not_given_again(world):
    """Numbers given per calendar year before (「2024-審005」 for a January 2024 appeal) share the 年度's prefix:
    the next is one past the highest, not the count of the 年度's appeals (which would give 「2024-審002」 twice)."""
    request = decided_request(world)
    first = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport=PURPORT)
    Appeal.objects.filter(pk=first.pk).update(number="2024-審005")
    second = actions.file_appeal(request, filed_on=D(2024, 7, 11), purport=PURPORT)
    third = actions.file_appeal(request, filed_on=D(2024, 7, 12), purport=PURPORT)
    assert [second.number, third.number] == ["2024-審006", "2024-審007"]


def test_referral_makes_the_appeal_an_accepted_case_of_the_council(world):
    request = decided_request(world)
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport=PURPORT, appellant_name="開示 請子")
    with pytest.raises(ActionRefused):  # 理由説明書 missing
        actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                             examiner_exclusion="条例第19条", agency_claims="")
    with pytest.raises(ActionRefused):  # another city's council
        actions.refer_appeal(appeal, council=world.other_council, referred_on=D(2024, 7, 24),
                             notice_on=D(2024, 7, 25), examiner_exclusion="条例第19条", agency_claims="理由")
    assert not Case.objects.exists()
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")
    case = appeal.case
    assert (case.status, case.kind, case.department) == (Case.Status.ACCEPTED, "諮問", world.dept_a)
    assert case.number.startswith("諮問第")
    assert "開示 請子" not in case.title + case.purpose
    assert appeal.status == "referred"
    assert list(appeal.events.values_list("kind", flat=True)) == ["理由説明書"]


def test_stages_flow_through_two_closed_meetings_to_the_answer_and_ruling(world):
    request = decided_request(world)
    appeal = answered_appeal(world, request)
    assert appeal.status == "answered" and appeal.outcome == "一部取消"
    assert appeal.case.status == Case.Status.ANSWERED
    answer = appeal.case.answers.get()
    assert answer.state == Answer.State.ISSUED and answer.number == appeal.answer_number
    kinds = list(appeal.events.values_list("kind", flat=True))
    assert kinds == ["理由説明書", "意見書", "インカメラ審理", "審議", "審議"]
    meetings = [e.meeting for e in appeal.events.filter(kind="審議")]
    assert all(not m.is_public for m in meetings)
    assert all(not item.is_public for m in meetings for item in m.items.all())
    appeal = actions.rule_on_appeal(appeal, ruled_on=D(2024, 10, 1), ruling="一部認容")
    assert appeal.followed_answer is True
    assert appeal.stage_days() == {"諮問まで": 14, "審査会": 70 - 14, "裁決まで": 13, "全体": 83}


def test_answer_outcome_must_match_the_findings_per_ground(world):
    request = decided_request(world, grounds=[("条例第7条第2号", "個人に関する情報"), ("条例第7条第3号", "法人等情報")])
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport=PURPORT)
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="理由")
    personal, corporate = request.grounds.all()
    with pytest.raises(ActionRefused):  # one ground without a 判断理由
        actions.draft_appeal_answer(appeal, outcome="妥当", conclusion="妥当である。", judgment="判断",
                                    findings=[(personal, "妥当", "個人識別情報である。")])
    with pytest.raises(ActionRefused):  # 妥当 while one ground was found improper
        actions.draft_appeal_answer(appeal, outcome="妥当", conclusion="妥当である。", judgment="判断",
                                    findings=[(personal, "妥当", "個人識別情報。"), (corporate, "不当", "公表済み。")])
    appeal = actions.draft_appeal_answer(
        appeal, outcome="一部取消", conclusion="一部を開示すべきである。", judgment="判断",
        findings=[(personal, "妥当", "個人識別情報。"), (corporate, "不当", "公表済み。")])
    assert appeal.judgments.count() == 2


def test_answer_cannot_be_issued_before_the_council_has_decided(world):
    request = decided_request(world)
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport=PURPORT)
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="理由")
    ground = request.grounds.get()
    actions.draft_appeal_answer(appeal, outcome="妥当", conclusion="妥当である。", judgment="判断",
                                findings=[(ground, "妥当", "理由")])
    with pytest.raises(ActionRefused):
        actions.issue_appeal_answer(appeal, answered_on=D(2024, 9, 1))
    deliberate(world, appeal, D(2024, 8, 20), "答申予定")
    appeal = actions.issue_appeal_answer(appeal, answered_on=D(2024, 9, 1))
    assert appeal.status == "answered"


def test_a_ruling_against_the_answer_needs_a_reason(world):
    appeal = answered_appeal(world, decided_request(world))
    with pytest.raises(ActionRefused):
        actions.rule_on_appeal(appeal, ruled_on=D(2024, 10, 1), ruling="棄却")
    appeal = actions.rule_on_appeal(appeal, ruled_on=D(2024, 10, 1), ruling="棄却", deviation_reason="再検討の結果")
    assert appeal.followed_answer is False


def test_deliberation_must_name_a_meeting_of_the_council(world):
    request = decided_request(world)
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport=PURPORT)
    with pytest.raises(ActionRefused):  # not referred yet
        actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 7, 30))
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="理由")
    with pytest.raises(ActionRefused):
        actions.record_appeal_event(appeal, kind="審議", on=D(2024, 8, 1))


def referred(world):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
    return actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                examiner_exclusion="条例第19条", agency_claims="理由")


def test_a_step_of_the_appeal_is_not_dated_in_the_future_nor_before_the_referral(world):
    appeal = referred(world)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    with pytest.raises(ActionRefused, match="未来の日付"):
        actions.record_appeal_event(appeal, kind="意見書", on=tomorrow, submitted_by="審査請求人")
    with pytest.raises(ActionRefused, match="諮問日"):
        actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 7, 20), submitted_by="審査請求人")
    with pytest.raises(ActionRefused, match="未来の日付"):
        actions.set_appeal_deadline(appeal, kind="意見書", asked_of="審査請求人", set_on=tomorrow,
                                    due_on=tomorrow + datetime.timedelta(days=30))
    assert not appeal.events.exclude(kind="理由説明書").exists() and not appeal.deadlines.exists()


def test_a_deadline_the_council_set_is_met_by_the_step_from_that_party(world):
    appeal = referred(world)
    for kind, asked_of, due_on, message in (
            ("審議", "審査請求人", D(2024, 8, 30), "意見書・資料・口頭意見陳述"),
            ("意見書", "", D(2024, 8, 30), "求めた相手"),
            ("意見書", "審査請求人", D(2024, 7, 31), "期限を定めた日より後"),
            ("意見書", "審査請求人", D(2024, 8, 31), "閉庁日")):  # a Saturday
        with pytest.raises(ActionRefused, match=message):
            actions.set_appeal_deadline(appeal, kind=kind, asked_of=asked_of, set_on=D(2024, 8, 1), due_on=due_on)
    deadline = actions.set_appeal_deadline(appeal, kind="意見書", asked_of="審査請求人", set_on=D(2024, 8, 1),
                                           due_on=D(2024, 8, 30), by=world.secretariat)
    assert deadline.is_overdue(D(2024, 8, 31)) and not deadline.is_overdue(D(2024, 8, 30))
    actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 20), submitted_by="実施機関")
    deadline.refresh_from_db()
    assert deadline.met_by is None  # the other party's 意見書 is not the one asked for
    event = actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 28), submitted_by="審査請求人")
    deadline.refresh_from_db()
    assert deadline.met_by == event and not deadline.is_overdue(D(2024, 9, 30))
    actions.remove_appeal_event(event)
    deadline.refresh_from_db()
    assert deadline.met_by is None and deadline.is_overdue(D(2024, 9, 30))
    actions.remove_appeal_deadline(deadline, by=world.secretariat)
    assert not appeal.deadlines.exists()


def test_an_in_camera_review_records_only_that_it_took_place(world):
    appeal = referred(world)
    with pytest.raises(ActionRefused, match="インカメラ審理は、行ったこと"):
        actions.record_appeal_event(appeal, kind="インカメラ審理", on=D(2024, 8, 20), note="見積単価は1個1,200円であった。")
    assert not appeal.events.filter(kind="インカメラ審理").exists()
    event = actions.record_appeal_event(appeal, kind="インカメラ審理", on=D(2024, 8, 20), submitted_by="実施機関")
    assert event.note == "" and event.history.get().note == ""


def test_an_appeals_case_is_always_a_closed_item_on_the_agenda(world):
    """The 審査会 deliberates an appeal in closed session: scheduled as public, it is put on the agenda closed
    with the reason filled in, and it cannot be made public afterwards."""
    from shingikai.meetings.actions import APPEAL_CLOSED_REASON, plan_meeting, schedule_case, set_agenda_item_publicity

    request = decided_request(world)
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport="取消しを求める。")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 20), notice_on=D(2024, 7, 21),
                                  examiner_exclusion="条例第19条", agency_claims="法人等情報である。")
    meeting = plan_meeting(world.council, date=D(2024, 8, 20), start_time=datetime.time(10, 0), place="会議室")
    item = schedule_case(appeal.case, meeting, is_public=True)
    assert (item.is_public, item.closed_reason) == (False, APPEAL_CLOSED_REASON)
    with pytest.raises(ActionRefused, match="審査請求の調査審議は非公開"):
        set_agenda_item_publicity(item, is_public=True)
    item.refresh_from_db()
    assert not item.is_public
    assert set_agenda_item_publicity(item, is_public=False, closed_reason="別の理由").closed_reason == "別の理由"


def test_a_ruling_is_not_dated_in_the_future(world):
    appeal = answered_appeal(world, decided_request(world))
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    with pytest.raises(ActionRefused, match="裁決日に未来の日付"):
        actions.rule_on_appeal(appeal, ruled_on=tomorrow, ruling="一部認容")
    appeal.refresh_from_db()
    assert appeal.status == "answered" and appeal.ruled_on is None


def test_an_answer_is_not_dated_before_a_step_already_recorded(world):
    appeal = referred(world)
    meeting = deliberate(world, appeal, D(2024, 9, 1), "答申予定")
    ground = appeal.request.grounds.get()
    actions.draft_appeal_answer(appeal, outcome="妥当", conclusion="妥当である。", judgment="判断",
                                findings=[(ground, "妥当", "理由")])
    actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 9, 20), submitted_by="審査請求人")
    # The 答申書's 処理経過 would list the 意見書 after the 答申.
    with pytest.raises(ActionRefused, match="答申日.*意見書"):
        actions.issue_appeal_answer(appeal, answered_on=D(2024, 9, 5), meeting=meeting)
    appeal = actions.issue_appeal_answer(appeal, answered_on=D(2024, 9, 20), meeting=meeting)
    assert appeal.answered_on == D(2024, 9, 20)


def draft_upheld(appeal, request, conclusion="実施機関の決定は妥当である。"):
    return actions.draft_appeal_answer(appeal, outcome="妥当", conclusion=conclusion, judgment="法人等情報に当たる。",
                                       findings=[(request.grounds.first(), "妥当", "競争上の地位を害する。")])


def test_two_joined_appeals_are_answered_in_one_answer_and_each_can_then_be_ruled_on(world):
    request, (first, second), meeting = joined_appeals(world)
    draft_upheld(first, request)
    actions.issue_appeal_answer(first, answered_on=meeting.date, meeting=meeting)
    first, second = Appeal.objects.get(pk=first.pk), Appeal.objects.get(pk=second.pk)
    answer = Answer.objects.get()
    assert set(answer.cases.all()) == {first.case, second.case} and answer.state == Answer.State.ISSUED
    for appeal in (first, second):
        assert (appeal.status, appeal.answer_number, appeal.answered_on) == ("answered", answer.number, meeting.date)
        assert appeal.outcome == "妥当" and appeal.conclusion == "実施機関の決定は妥当である。"
        assert [j.finding for j in appeal.judgments.all()] == ["妥当"]
    assert second.appellant_claims == "南田 花子の主張"
    for appeal in (first, second):
        assert actions.rule_on_appeal(appeal, ruled_on=D(2024, 9, 2), ruling="棄却").followed_answer is True


def test_joined_appeals_drafted_with_two_conclusions_are_refused_until_one_is_corrected(world):
    request, (first, second), meeting = joined_appeals(world)
    draft_upheld(first, request)
    draft_upheld(second, request, conclusion="妥当である。")
    with pytest.raises(ActionRefused, match="結論がこの答申案と異なります"):
        actions.issue_appeal_answer(first, answered_on=meeting.date, meeting=meeting)
    assert not Answer.objects.filter(state=Answer.State.ISSUED).exists()


def test_a_joined_appeal_withdrawn_before_the_answer_leaves_the_joint_draft(world):
    request, (first, second), meeting = joined_appeals(world)
    actions.withdraw_appeal(second, on=D(2024, 8, 22))
    draft_upheld(first, request)
    actions.issue_appeal_answer(first, answered_on=D(2024, 8, 23), meeting=meeting)
    answer = Answer.objects.get()
    assert list(answer.cases.all()) == [first.case]
    assert Appeal.objects.get(pk=second.pk).status == "withdrawn"
    assert Case.objects.get(pk=second.case_id).status == Case.Status.WITHDRAWN


@pytest.mark.parametrize("other", ["ordinary consultation", "appeal against another decision"])
def test_an_appeals_case_is_joined_in_one_draft_only_with_appeals_against_the_same_decision(world, other):
    request, (first, _), meeting = joined_appeals(world)
    Answer.objects.all().delete()
    if other == "ordinary consultation":
        case = create_case(world.council, world.dept_a, kind="諮問", title="窓口業務の委託", purpose="委託する",
                           categories=["outsourcing"], legal_bases=["条例第12条"])
        case = accept_case(submit_case(case, on=D(2024, 7, 1)), on=D(2024, 7, 1))
        meeting = plan_meeting(world.council, date=D(2024, 8, 22), start_time=datetime.time(10, 0), place="第2会議室")
        item = schedule_case(case, meeting)
        open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
        record_decision(item, outcome="答申予定", vote_method="挙手全員")
    else:
        appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
        appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24),
                                      notice_on=D(2024, 7, 25), examiner_exclusion="条例第19条", agency_claims="理由")
        deliberate(world, appeal, D(2024, 8, 22), "答申予定")
        case = appeal.case
    with pytest.raises(ActionRefused, match="同じ決定に対する審査請求"):
        draft_answer(world.council, cases=[first.case, case], conclusion="(案)", addressee="みなみ市長")
    assert not Answer.objects.exists()


def test_a_correction_of_a_joint_answer_reaches_every_joined_appeal(world):
    request, (first, second), meeting = joined_appeals(world)
    draft_upheld(first, request)
    actions.issue_appeal_answer(first, answered_on=meeting.date, meeting=meeting)
    answer = Answer.objects.get()
    correct_issued_answer(answer, conclusion="実施機関の決定は、妥当である。", addressee=answer.addressee,
                          reason="読点の脱落", by=world.secretariat)
    assert {a.conclusion for a in Appeal.objects.all()} == {"実施機関の決定は、妥当である。"}
