import datetime

import pytest
from helpers import accepted_case, open_meeting_with

from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import (
    add_follow_up, add_procedural_item, cancel_meeting, circulate_answer, close_follow_up, close_meeting,
    draft_answer, issue_answer, open_meeting, plan_meeting, quorum_status, record_decision, record_turn,
    reopen_follow_up, respond_follow_up, schedule_case,
)
from shingikai.jp.wareki import fiscal_year
from shingikai.meetings.models import Answer, FollowUp, Meeting

DAY = datetime.date(2025, 5, 20)


def test_meetings_are_numbered_per_fiscal_year(world):
    first = plan_meeting(world.council, date=datetime.date(2025, 3, 10))
    second = plan_meeting(world.council, date=datetime.date(2025, 4, 10))
    third = plan_meeting(world.council, date=datetime.date(2025, 7, 10))
    assert (first.fiscal_year, first.number) == (2024, 1)
    assert (second.fiscal_year, second.number, third.number) == (2025, 1, 2)
    assert third.label == "令和7年度第2回"


def test_cumulative_numbering_continues_from_the_councils_base(world):
    world.council.numbers_cumulatively = True
    world.council.cumulative_base = 53
    world.council.save()
    meeting = plan_meeting(world.council, date=DAY)
    assert meeting.cumulative_number == 54
    assert meeting.label == "令和7年度第1回 (通算第54回)"


def test_closed_meeting_needs_a_reason(world):
    with pytest.raises(ActionRefused):
        plan_meeting(world.council, date=DAY, is_public=False)


def test_schedule_only_accepted_cases_of_the_same_council(world):
    meeting = plan_meeting(world.council, date=DAY)
    other_meeting = plan_meeting(world.other_council, date=DAY)
    case = accepted_case(world)
    with pytest.raises(ActionRefused):
        schedule_case(case, other_meeting)
    item = schedule_case(case, meeting)
    assert item.kind == "諮問" and item.order == 1
    assert Case.objects.get(pk=case.pk).status == Case.Status.SCHEDULED
    with pytest.raises(ActionRefused):
        schedule_case(case, meeting)


def test_a_draft_case_cannot_be_scheduled(world):
    from shingikai.cases.actions import create_case
    case = create_case(world.council, world.dept_a, title="未提出")
    with pytest.raises(ActionRefused):
        schedule_case(case, plan_meeting(world.council, date=DAY))


def test_closed_agenda_item_needs_a_reason_and_is_not_public(world):
    meeting = plan_meeting(world.council, date=DAY)
    with pytest.raises(ActionRefused):
        schedule_case(accepted_case(world), meeting, is_public=False)
    item = schedule_case(accepted_case(world, title="児童相談記録"), meeting, is_public=False,
                         closed_reason="個人が特定されるおそれ")
    assert not item.visible_to_public


def test_open_meeting_takes_attendance_and_reports_quorum(world):
    meeting, _ = open_meeting_with(world, present=world.people[:3])
    assert meeting.state == Meeting.State.OPEN
    assert quorum_status(meeting) == (3, 3, True)
    assert meeting.has_quorum()


def test_the_members_present_are_listed_chair_first_whatever_order_they_were_ticked_in(world):
    chair, acting, *others = world.people
    meeting, _ = open_meeting_with(world, present=[*reversed(others), acting, chair])
    listed = [a.person for a in meeting.attendances.filter(kind="member", present=True)]
    assert listed == [chair, acting, *reversed(others)]


def test_meeting_without_quorum_opens_only_as_an_informal_session(world):
    with pytest.raises(ActionRefused) as refused:
        open_meeting_with(world, present=world.people[:2])
    assert "定足数に達していないため開会できません (出席 2 人、定足数 3 人)" in str(refused.value)
    assert not Meeting.objects.filter(state=Meeting.State.OPEN).exists()
    meeting, _ = open_meeting_with(world, present=world.people[:2], informal=True)
    assert meeting.informal and meeting.state == Meeting.State.OPEN
    assert quorum_status(meeting) == (2, 3, False)


def test_open_meeting_refuses_people_not_in_office(world):
    from shingikai.councils.models import Person
    meeting = plan_meeting(world.council, date=DAY)
    with pytest.raises(ActionRefused):
        open_meeting(meeting, present=[Person.objects.create(name="部外者")])
    assert not meeting.attendances.exists()


def test_turns_are_numbered_in_order_and_need_an_open_meeting(world):
    meeting = plan_meeting(world.council, date=DAY)
    with pytest.raises(ActionRefused):
        record_turn(meeting, speaker_label="会長", role="chair", text="開会します。")
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)], date=datetime.date(2025, 6, 2))
    first = record_turn(meeting, speaker_label="会長", role="chair", text="開会します。")
    second = record_turn(meeting, speaker_label="委員", role="member", text="保存期間は。", agenda_item=item)
    assert (first.order, second.order) == (1, 2)
    with pytest.raises(ActionRefused):
        record_turn(meeting, speaker_label="委員", role="robot", text="?")


def test_nothing_is_decided_in_an_informal_session(world):
    meeting, (item,) = open_meeting_with(world, present=world.people[:2], cases=[accepted_case(world)],
                                         informal=True)
    with pytest.raises(ActionRefused) as refused:
        record_decision(item, outcome="承認", vote_method="挙手全員")
    assert "懇談会" in str(refused.value)
    assert not hasattr(item, "decision") or item.decision is None


def test_decision_marks_the_case_decided_and_is_refused_twice(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="承認", vote_method="挙手全員", wording="承認することといたします。")
    assert Case.objects.get(pk=item.case_id).status == Case.Status.DECIDED
    assert decision.meeting == meeting
    with pytest.raises(ActionRefused):
        record_decision(item, outcome="不承認", vote_method="挙手全員")


def test_continued_case_is_decided_at_a_later_meeting_not_the_same_one(world):
    case = accepted_case(world)
    first, (item,) = open_meeting_with(world, cases=[case])
    record_decision(item, outcome="継続審議", vote_method="異議なし")
    assert Case.objects.get(pk=case.pk).status == Case.Status.CONTINUED
    close_meeting(first)
    second, (again,) = open_meeting_with(world, cases=[case], date=datetime.date(2025, 6, 20))
    decision = record_decision(again, outcome="条件付き承認", vote_method="各委員の発言")
    assert decision.case == case
    with pytest.raises(ActionRefused):
        schedule_case(Case.objects.get(pk=case.pk), plan_meeting(world.council, date=datetime.date(2025, 7, 1)))


def test_ballot_needs_counts_within_attendance(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    with pytest.raises(ActionRefused):
        record_decision(item, outcome="承認", vote_method="採決")
    with pytest.raises(ActionRefused):
        record_decision(item, outcome="承認", vote_method="採決", votes_for=5, votes_against=2)
    decision = record_decision(item, outcome="承認", vote_method="採決", votes_for=4, votes_against=1)
    assert decision.votes_for == 4


def test_procedural_items_take_no_decision_and_reports_are_noted(world):
    meeting = plan_meeting(world.council, date=DAY)
    opening = add_procedural_item(meeting, "開会")
    report = schedule_case(accepted_case(world, kind="報告", title="運用状況報告"), meeting)
    open_meeting(meeting, present=world.people)
    with pytest.raises(ActionRefused):
        record_decision(opening, outcome="承認", vote_method="挙手全員")
    with pytest.raises(ActionRefused):
        record_decision(report, outcome="承認", vote_method="挙手全員")
    assert record_decision(report, outcome="報告了承", vote_method="異議なし").outcome == "報告了承"


def test_follow_up_is_answered_then_closed(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    follow_up = add_follow_up(decision, kind="資料提出", text="仕様書を事務局を通して提出すること",
                              due_date=datetime.date(2025, 7, 1))
    assert follow_up.department == world.dept_a and follow_up.status == FollowUp.Status.OPEN
    assert follow_up.is_overdue(datetime.date(2025, 7, 2))
    with pytest.raises(ActionRefused):
        close_follow_up(follow_up, on=DAY)
    with pytest.raises(ActionRefused):
        respond_follow_up(follow_up, response="")
    respond_follow_up(follow_up, response="仕様書を提出しました。", by=world.dept_a_user)
    closed = close_follow_up(follow_up, on=datetime.date(2025, 6, 30), by=world.secretariat)
    assert closed.status == FollowUp.Status.CLOSED and closed.closed_on == datetime.date(2025, 6, 30)
    assert closed.history.count() == 3
    with pytest.raises(ActionRefused):
        close_follow_up(closed, on=DAY)


def test_a_decision_time_before_the_meeting_started_is_refused(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])  # starts at 14:00
    with pytest.raises(ActionRefused, match=r"決定の時刻 \(09:00\) が会議の開始時刻 \(14:00\) より前です"):
        record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=datetime.time(9, 0))
    assert record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=datetime.time(14, 30))


def test_a_planned_meeting_is_not_postponed_to_a_past_date(world):
    from helpers import today

    from shingikai.meetings.actions import reschedule_meeting

    soon = today() + datetime.timedelta(days=3)
    meeting = plan_meeting(world.council, date=soon)
    past = today() - datetime.timedelta(days=1)
    if fiscal_year(past) == fiscal_year(soon):
        with pytest.raises(ActionRefused, match="変更後の開催日に過去の日付"):
            reschedule_meeting(meeting, date=past)
    assert reschedule_meeting(meeting, date=soon, place="別館") == ["place"]
    assert Meeting.objects.get(pk=meeting.pk).date == soon


def test_a_planned_meeting_typed_with_a_wrong_future_date_is_corrected_to_its_past_date_keeping_its_agenda(
        world, monkeypatch):
    from shingikai.meetings import actions

    monkeypatch.setattr(actions, "today", lambda: datetime.date(2025, 6, 10))
    meeting = plan_meeting(world.council, date=datetime.date(2025, 7, 3))  # typed for 2025-06-03
    item = schedule_case(accepted_case(world), meeting)
    actions.record_convocation(meeting)
    convened_on = Meeting.objects.get(pk=meeting.pk).convened_on
    real = datetime.date(2025, 6, 3)
    with pytest.raises(ActionRefused, match="入力した日付の誤りを訂正する") as refused:
        actions.reschedule_meeting(meeting, date=real, start_time=datetime.time(14, 0))
    assert "過去の日付 (令和7年6月3日)" in str(refused.value)
    assert actions.reschedule_meeting(meeting, date=real, start_time=datetime.time(14, 0), correction=True) == [
        "date", "start_time"]
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert (meeting.date, meeting.state, meeting.number) == (real, Meeting.State.PLANNED, 1)
    assert list(meeting.items.all()) == [item] and Case.objects.get(pk=item.case_id).status == Case.Status.SCHEDULED
    assert meeting.convened_on == convened_on  # no convocation can go out again for a day gone
    open_meeting(meeting, present=world.people, absent=[], secretariat=[world.secretariat_staff])
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.OPEN


def test_a_follow_up_closed_by_mistake_is_reopened_with_its_reason(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    follow_up = add_follow_up(decision, kind="後日報告", text="受付件数を報告する")
    with pytest.raises(ActionRefused, match="完了していない"):
        reopen_follow_up(follow_up, reason="誤って完了にした")
    respond_follow_up(follow_up, response="集計中です。")
    closed = close_follow_up(follow_up, on=DAY)
    for reason, message in (("  ", "理由を入力"), ("長" * 91, "90文字以内")):
        with pytest.raises(ActionRefused, match=message):
            reopen_follow_up(closed, reason=reason)
    closed.refresh_from_db()
    assert closed.status == FollowUp.Status.CLOSED
    reopened = reopen_follow_up(closed, reason="件数が集計中のままだった", by=world.secretariat)
    assert reopened.status == FollowUp.Status.RESPONDED and reopened.closed_on is None
    assert reopened.response == "集計中です。"
    latest = reopened.history.latest()
    assert latest.history_change_reason == "再開: 件数が集計中のままだった" and latest.history_user == world.secretariat
    respond_follow_up(reopened, response="受付件数は412件でした。")
    assert close_follow_up(reopened, on=DAY).status == FollowUp.Status.CLOSED


def test_opinions_are_recorded_but_not_tracked(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="承認", vote_method="挙手全員")
    opinion = add_follow_up(decision, kind="意見", text="当審議会で出た意見を参考に事務を進めること")
    assert opinion.status == FollowUp.Status.NOT_TRACKED
    with pytest.raises(ActionRefused):
        close_follow_up(opinion, on=DAY)


def test_answer_is_drafted_circulated_and_issued_at_the_next_meeting(world):
    case = accepted_case(world)
    first, (item,) = open_meeting_with(world, cases=[case])
    record_decision(item, outcome="答申予定", vote_method="各委員の発言")
    close_meeting(first)
    answer = draft_answer(world.council, cases=[case], conclusion="適当と認める。", addressee="みなみ市長")
    circulate_answer(answer)
    second, _ = open_meeting_with(world, date=datetime.date(2025, 6, 20))
    issued = issue_answer(answer, date=datetime.date(2025, 6, 20), meeting=second)
    assert issued.state == Answer.State.ISSUED and issued.number == "答申第1号"
    assert issued.meeting == second
    assert Case.objects.get(pk=case.pk).status == Case.Status.ANSWERED
    with pytest.raises(ActionRefused):
        issue_answer(answer, date=datetime.date(2025, 6, 21))
    with pytest.raises(ActionRefused):
        draft_answer(world.council, cases=[case], conclusion="二度目", addressee="みなみ市長")


def test_undecided_cases_and_reports_cannot_be_answered(world):
    case = accepted_case(world)
    with pytest.raises(ActionRefused):
        draft_answer(world.council, cases=[case], conclusion="結論", addressee="市長")
    report = accepted_case(world, kind="報告", title="事後報告")
    with pytest.raises(ActionRefused):
        draft_answer(world.council, cases=[report], conclusion="結論", addressee="市長")


def test_answer_date_cannot_precede_the_deliberation(world):
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = draft_answer(world.council, cases=[case], conclusion="適当", addressee="市長")
    with pytest.raises(ActionRefused):
        issue_answer(answer, date=DAY - datetime.timedelta(days=1))


def test_cancelling_a_meeting_returns_its_cases_to_accepted(world):
    meeting = plan_meeting(world.council, date=DAY)
    case = accepted_case(world)
    schedule_case(case, meeting)
    cancel_meeting(meeting)
    assert Case.objects.get(pk=case.pk).status == Case.Status.ACCEPTED
    with pytest.raises(ActionRefused):
        open_meeting(meeting, present=world.people)


def test_presiding_member_and_materials_change_through_actions_until_the_minutes_are_confirmed(world):
    from shingikai.meetings.actions import attach_materials, set_presiding
    from shingikai.minutes.actions import confirm_minutes, designate_signers

    meeting, _ = open_meeting_with(world, date=DAY)
    before = Meeting.objects.get(pk=meeting.pk).version
    meeting = set_presiding(meeting, "  青木 一郎 ")  # the 会長, present
    meeting = attach_materials(meeting, ["資料1 諮問書", " ", "資料2 構成図"])
    stored = Meeting.objects.get(pk=meeting.pk)
    assert (stored.presiding_name, stored.materials) == ("青木 一郎", ["資料1 諮問書", "資料2 構成図"])
    assert stored.version == before + 2
    assert [h.materials for h in stored.history.order_by("history_id")][-2:] == [[], ["資料1 諮問書", "資料2 構成図"]]
    with pytest.raises(ActionRefused):
        attach_materials(meeting, "資料1")  # a string is not a list of names
    with pytest.raises(ActionRefused):
        set_presiding(meeting, "長" * 51)

    meeting = close_meeting(meeting)
    designate_signers(meeting.minutes, [world.people[0]])
    confirm_minutes(meeting.minutes, on=DAY, by_circulation=True, open_checks_acknowledged=True)
    for refused in (lambda: set_presiding(meeting, "井上 美咲"), lambda: attach_materials(meeting, ["差替資料"])):
        with pytest.raises(ActionRefused):
            refused()
    assert Meeting.objects.get(pk=meeting.pk).presiding_name == "青木 一郎"


def _decided(world):
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    record_decision(item, outcome="承認", vote_method="挙手全員")
    return case, meeting


def test_secretariat_cannot_draft_a_second_answer_for_a_case_with_a_draft(world):
    case, _ = _decided(world)
    draft_answer(world.council, cases=[case], conclusion="A案", addressee="みなみ市長")
    with pytest.raises(ActionRefused, match="すでに答申の案があります"):
        draft_answer(world.council, cases=[case], conclusion="B案", addressee="みなみ市長")
    assert Answer.objects.count() == 1


def test_secretariat_cannot_issue_a_second_answer_for_the_same_case(world):
    case, meeting = _decided(world)
    first = draft_answer(world.council, cases=[case], conclusion="A案", addressee="みなみ市長")
    # A second draft left from before the rule (or made by an older client).
    second = Answer.objects.create(council=world.council, conclusion="B案", addressee="みなみ市長")
    second.cases.set([case])
    second.decisions.set(case.decisions.all())
    issue_answer(first, date=meeting.date)
    with pytest.raises(ActionRefused, match="すでに答申されています \\(答申第1号\\)"):
        issue_answer(second, date=meeting.date)
    assert Answer.objects.get(pk=second.pk).state == Answer.State.DRAFT
    assert Answer.objects.filter(state=Answer.State.ISSUED).count() == 1


def test_an_issued_answer_is_still_corrected_by_seigo(world):
    from shingikai.meetings.actions import correct_issued_answer

    case, meeting = _decided(world)
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="A案", addressee="みなみ市長"),
                          date=meeting.date)
    corrected = correct_issued_answer(answer, conclusion="A案とする。", addressee="みなみ市長", reason="誤字")
    assert corrected.conclusion == "A案とする。" and corrected.number == "答申第1号"


def test_a_meeting_cannot_be_opened_before_its_date(world):
    from helpers import today

    meeting = plan_meeting(world.council, date=today() + datetime.timedelta(days=9))
    with pytest.raises(ActionRefused, match="より前には開会できません"):
        open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.PLANNED
    assert not meeting.attendances.exists()
    on_the_day = plan_meeting(world.council, date=today())
    assert open_meeting(on_the_day, present=world.people).state == Meeting.State.OPEN


def test_opening_a_cancelled_meeting_says_it_was_cancelled(world):
    meeting = cancel_meeting(plan_meeting(world.council, date=DAY))
    with pytest.raises(ActionRefused, match="中止されているため開会できません"):
        open_meeting(meeting, present=world.people)


def test_closing_with_an_end_time_before_the_start_is_refused(world):
    meeting, _ = open_meeting_with(world)  # starts at 14:00
    with pytest.raises(ActionRefused, match=r"終了時刻 \(13:00\) は開始時刻 \(14:00\) より後"):
        close_meeting(meeting, end_time=datetime.time(13, 0))
    stored = Meeting.objects.get(pk=meeting.pk)
    assert stored.state == Meeting.State.OPEN and stored.end_time is None
    assert close_meeting(meeting, end_time=datetime.time(15, 30)).end_time == datetime.time(15, 30)


def test_a_separator_alone_among_other_attendees_adds_no_one(world):
    meeting = plan_meeting(world.council, date=DAY)
    meeting = open_meeting(meeting, present=world.people, others=[("", ""), ("  ", " "), ("オブザーバー 一郎", "")])
    assert list(meeting.attendances.filter(kind="other").values_list("name", flat=True)) == ["オブザーバー 一郎"]
    with pytest.raises(ActionRefused, match="氏名がありません"):
        open_meeting(plan_meeting(world.council, date=DAY), present=world.people, others=[("", "株式会社みなみ")])


def test_an_answer_given_at_a_meeting_is_not_dated_before_that_meeting(world):
    case, meeting = _decided(world)
    close_meeting(meeting)
    answer = draft_answer(world.council, cases=[case], conclusion="適当", addressee="市長")
    later, _ = open_meeting_with(world, date=datetime.date(2025, 6, 20))
    with pytest.raises(ActionRefused, match="答申した会議の日"):
        issue_answer(answer, date=datetime.date(2025, 6, 1), meeting=later)
    assert issue_answer(answer, date=datetime.date(2025, 6, 20), meeting=later).state == Answer.State.ISSUED


def test_a_follow_up_whose_meeting_cannot_be_marked_changed_is_not_half_saved(world, monkeypatch):
    from shingikai.meetings import actions

    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="条件付き承認", vote_method="挙手全員")

    def broken(meeting):
        raise RuntimeError("the meeting's version could not be written")

    monkeypatch.setattr(actions, "_bump", broken)
    with pytest.raises(RuntimeError):
        add_follow_up(decision, kind="資料提出", text="仕様書を提出すること")
    assert not FollowUp.objects.filter(decision=decision).exists()


def test_a_meeting_cancelled_before_its_convocation_gives_its_number_to_the_next(world):
    from shingikai.meetings.actions import record_convocation, reschedule_meeting

    start = datetime.date(datetime.date.today().year + 2, 5, 10)  # ahead, and all in one fiscal year
    fifth = plan_meeting(world.council, date=start)
    mistaken = cancel_meeting(plan_meeting(world.council, date=start))
    later = plan_meeting(world.council, date=start + datetime.timedelta(days=7))
    assert later.number == fifth.number + 1 and mistaken.number is None
    assert mistaken.short_label.endswith("の中止した会議")
    # Once the members were told its number, a cancelled meeting keeps it: the year's record shows the gap.
    told = plan_meeting(world.council, date=start + datetime.timedelta(days=14))
    record_convocation(told, on=datetime.date.today())
    cancel_meeting(told)
    last = plan_meeting(world.council, date=start + datetime.timedelta(days=21))
    with pytest.raises(ActionRefused, match="すでにあります"):
        reschedule_meeting(last, date=last.date, number=told.number)
