"""Everything about a meeting stays correctable until it is settled, each change through an action and in
the history; once settled, the same actions refuse with a clear message."""
import datetime

import pytest
from django.urls import reverse
from helpers import accepted_case, open_meeting_with

from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as m
from shingikai.meetings.models import AgendaItem, Answer, Attendance, Meeting, Turn
from shingikai.minutes.actions import confirm_minutes, designate_signers

T = datetime.time


def _member(meeting, person):
    return meeting.attendances.get(kind=Attendance.Kind.MEMBER, person=person)


def _confirmed(world, meeting):
    m.close_meeting(meeting, end_time=T(16, 0))
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[2]])
    return confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True,
                           open_checks_acknowledged=True)


def test_late_arrival_and_early_departure_count_for_the_quorum_at_each_decision(world):
    cases = [accepted_case(world, title="一件目"), accepted_case(world, title="二件目")]
    meeting, (first, second) = open_meeting_with(world, present=world.people[:4], cases=cases)
    m.correct_attendance(_member(meeting, world.people[3]), present=True, arrived_at=T(14, 30), by=world.secretariat)
    m.correct_attendance(_member(meeting, world.people[2]), present=True, left_at=T(15, 0), by=world.secretariat)
    # 14:10: three of four in the room (the fourth arrives at 14:30).
    assert m.quorum_status(meeting, at=T(14, 10)) == (3, 3, True)
    m.record_decision(first, outcome="承認", vote_method="挙手全員", decided_at=T(14, 10))
    # 15:20: the third member left at 15:00 and one is absent: only two of the three needed... plus the late one.
    assert m.quorum_status(meeting, at=T(15, 20)) == (3, 3, True)
    m.correct_attendance(_member(meeting, world.people[1]), present=True, left_at=T(15, 10), by=world.secretariat)
    with pytest.raises(ActionRefused) as refused:
        m.record_decision(second, outcome="承認", vote_method="挙手全員", decided_at=T(15, 20))
    assert "15:20 の出席 2 人、定足数 3 人" in str(refused.value)
    assert not hasattr(AgendaItem.objects.get(pk=second.pk), "decision")


def test_a_decision_without_a_time_is_refused_when_the_quorum_rests_on_a_member_who_left_early(world):
    """Four present, two of them gone at 15:00: a decision recorded afterwards without its time would count
    them both; it needs the time, when the members then in the room are counted."""
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, present=world.people[:4], cases=[case])
    for person in world.people[1:3]:
        m.correct_attendance(_member(meeting, person), present=True, left_at=T(15, 0), by=world.secretariat)
    with pytest.raises(ActionRefused, match=r"決定の時刻を入力してください.*在室した委員 2 人、定足数 3 人"):
        m.record_decision(item, outcome="承認", vote_method="挙手全員")
    with pytest.raises(ActionRefused, match="15:10 の出席 2 人"):
        m.record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=T(15, 10))
    m.record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=T(14, 30))
    # One late arrival among five present leaves four in the room throughout: no time needed.
    other, (plain,) = open_meeting_with(world, cases=[accepted_case(world)], date=datetime.date(2025, 5, 27))
    m.correct_attendance(_member(other, world.people[4]), present=True, arrived_at=T(14, 30), by=world.secretariat)
    m.record_decision(plain, outcome="承認", vote_method="挙手全員")


def test_a_correction_that_would_undo_the_quorum_of_a_recorded_decision_is_refused(world):
    meeting, (item,) = open_meeting_with(world, present=world.people[:3], cases=[accepted_case(world)])
    m.record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=T(14, 20))
    attendance = _member(meeting, world.people[2])
    with pytest.raises(ActionRefused) as refused:
        m.correct_attendance(attendance, present=True, arrived_at=T(14, 40))
    assert "14:20 の決定の時点で定足数に達しません" in str(refused.value)
    assert Attendance.objects.get(pk=attendance.pk).arrived_at is None


def test_an_arrival_or_departure_outside_the_meeting_is_refused(world):
    meeting, _ = open_meeting_with(world, present=world.people[:4])  # 14:00
    absent = _member(meeting, world.people[4])
    with pytest.raises(ActionRefused, match=r"入室の時刻 \(05:00\) が会議の開始時刻 \(14:00\) より前です"):
        m.correct_attendance(absent, present=True, arrived_at=T(5, 0))
    m.close_meeting(meeting, end_time=T(16, 0))
    with pytest.raises(ActionRefused, match=r"入室の時刻 \(23:59\) が会議の終了時刻 \(16:00\) より後です"):
        m.correct_attendance(absent, present=True, arrived_at=T(23, 59))
    with pytest.raises(ActionRefused, match="退室の時刻"):
        m.add_attendee(meeting, kind=Attendance.Kind.OTHER, name="オブザーバー 一郎", left_at=T(17, 0))
    assert Attendance.objects.get(pk=absent.pk).arrived_at is None
    assert m.correct_attendance(absent, present=True, arrived_at=T(14, 30)).arrived_at == T(14, 30)


def test_attendance_is_corrected_after_opening_and_kept_in_the_history(world):
    meeting, _ = open_meeting_with(world, present=world.people[:4])
    version = Meeting.objects.get(pk=meeting.pk).version
    absent = _member(meeting, world.people[4])
    m.correct_attendance(absent, present=True, arrived_at=T(14, 45), by=world.secretariat)
    observer = m.add_attendee(meeting, kind=Attendance.Kind.OTHER, name="北 四郎", title="きた町 オブザーバー",
                              by=world.secretariat)
    staff = m.add_attendee(meeting, kind=Attendance.Kind.DEPARTMENT, staff=world.dept_a_staff, by=world.secretariat)
    assert staff.title == "市民課 課長"
    m.remove_attendee(observer, by=world.secretariat)
    assert m.quorum_status(meeting) == (5, 3, True)
    history = Attendance.history.filter(meeting_id=meeting.pk)
    assert history.filter(id=absent.pk, present=True, arrived_at=T(14, 45), history_user=world.secretariat).exists()
    assert history.filter(id=observer.pk, history_type="-").exists()
    assert Meeting.objects.get(pk=meeting.pk).version == version + 4


def test_attendance_rules_refuse_with_a_message(world):
    meeting, _ = open_meeting_with(world, present=world.people[:4])
    attendance = _member(meeting, world.people[0])
    with pytest.raises(ActionRefused, match="退室の時刻 \\(14:00\\) が入室の時刻 \\(15:00\\) より前"):
        m.correct_attendance(attendance, present=True, arrived_at=T(15, 0), left_at=T(14, 0))
    with pytest.raises(ActionRefused, match="欠席として訂正"):
        m.remove_attendee(attendance)
    with pytest.raises(ActionRefused, match="すでに出席者の一覧"):
        m.add_attendee(meeting, kind=Attendance.Kind.MEMBER, person=world.people[0])


def test_attendance_is_settled_once_the_minutes_are_confirmed(world):
    meeting, _ = open_meeting_with(world, present=world.people[:4])
    _confirmed(world, meeting)
    with pytest.raises(ActionRefused, match="会議録が確定しているため、出席は"):
        m.correct_attendance(_member(meeting, world.people[4]), present=True)
    with pytest.raises(ActionRefused, match="会議録が確定しているため"):
        m.add_attendee(meeting, kind=Attendance.Kind.OTHER, name="遅れて来た人")


def _turns(meeting):
    return list(Turn.objects.filter(meeting=meeting).order_by("order").values_list("order", "text"))


def test_turns_are_edited_moved_and_deleted_until_the_minutes_are_confirmed(world):
    cases = [accepted_case(world, title="一件目"), accepted_case(world, title="二件目")]
    meeting, (first, second) = open_meeting_with(world, cases=cases)
    a, b, c = (m.record_turn(meeting, speaker_label="会長", role="chair", text=t, agenda_item=first)
               for t in ("一", "二", "三"))
    m.edit_turn(b, speaker_label="井上委員", role="member", text="二 (訂正)", agenda_item=first,
                person=world.people[1], by=world.secretariat)
    assert Turn.objects.get(pk=b.pk).speaker_label == "井上委員"
    assert b.history.filter(history_type="~", history_user=world.secretariat).exists()
    m.move_turn(c, position=1)
    assert _turns(meeting) == [(1, "三"), (2, "一"), (3, "二 (訂正)")]
    moved = m.move_turn(a, agenda_item=second)
    assert moved.agenda_item == second and moved.order == 2
    m.delete_turn(c, by=world.secretariat)
    assert _turns(meeting) == [(1, "一"), (2, "二 (訂正)")]
    assert Turn.history.filter(id=c.pk, history_type="-").exists()
    _confirmed(world, meeting)
    for attempt in (lambda: m.edit_turn(a, speaker_label="会長", role="chair", text="別"),
                    lambda: m.move_turn(a, position=2), lambda: m.delete_turn(a)):
        with pytest.raises(ActionRefused, match="訂正の手続き"):
            attempt()
    assert _turns(meeting) == [(1, "一"), (2, "二 (訂正)")]


def test_a_turn_moves_only_within_its_meeting(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    other, (other_item,) = open_meeting_with(world, cases=[accepted_case(world, title="別")],
                                             date=datetime.date(2025, 6, 3))
    turn = m.record_turn(meeting, speaker_label="会長", role="chair", text="一", agenda_item=item)
    with pytest.raises(ActionRefused, match="この会議のものではありません"):
        m.move_turn(turn, agenda_item=other_item)


def test_the_agenda_is_reordered_changed_and_trimmed_until_the_meeting_closes(world):
    meeting = m.plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    opening = m.add_procedural_item(meeting, "開会")
    case = accepted_case(world)
    item = m.schedule_case(case, meeting)
    closing = m.add_procedural_item(meeting, "閉会")
    m.move_agenda_item(closing, position=1)
    assert list(meeting.items.order_by("order").values_list("title", flat=True)) == ["閉会", "開会", case.title]
    with pytest.raises(ActionRefused, match="非公開とする理由"):
        m.set_agenda_item_publicity(item, is_public=False)
    m.set_agenda_item_publicity(item, is_public=False, closed_reason="個人が特定されるおそれ", by=world.secretariat)
    assert not AgendaItem.objects.get(pk=item.pk).visible_to_public
    assert AgendaItem.history.filter(id=item.pk, is_public=False).exists()
    m.remove_agenda_item(item, by=world.secretariat)
    assert Case.objects.get(pk=case.pk).status == Case.Status.ACCEPTED
    assert list(meeting.items.order_by("order").values_list("order", "title")) == [(1, "閉会"), (2, "開会")]
    m.open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
    m.move_agenda_item(opening, position=1)  # still open: the order can change during the meeting
    m.close_meeting(meeting)
    for attempt in (lambda: m.move_agenda_item(opening, position=2), lambda: m.remove_agenda_item(opening)):
        with pytest.raises(ActionRefused, match="開催済の会議の次第は変更できません"):
            attempt()


def test_an_items_publicity_is_corrected_after_the_meeting_until_the_minutes_are_confirmed(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    m.close_meeting(meeting, end_time=T(16, 0))
    # The council went into closed session for this item; the secretariat records it afterwards.
    m.set_agenda_item_publicity(item, is_public=False, closed_reason="個人が特定されるおそれ", by=world.secretariat)
    assert not AgendaItem.objects.get(pk=item.pk).is_public
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[2]])
    confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="会議録が確定しているため"):
        m.set_agenda_item_publicity(item, is_public=True, closed_reason="個人が特定されるおそれ")
    assert not AgendaItem.objects.get(pk=item.pk).is_public


def test_an_item_with_a_decision_stays_on_the_agenda(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    m.record_decision(item, outcome="承認", vote_method="挙手全員")
    with pytest.raises(ActionRefused, match="決定が記録されているため"):
        m.remove_agenda_item(item)


def test_every_meeting_action_raises_the_meeting_version(world):
    meeting = m.plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    versions = [Meeting.objects.get(pk=meeting.pk).version]

    def step(action):
        action()
        versions.append(Meeting.objects.get(pk=meeting.pk).version)

    step(lambda: m.add_procedural_item(meeting, "開会"))
    item_holder = {}
    step(lambda: item_holder.setdefault("item", m.schedule_case(accepted_case(world), meeting)))
    step(lambda: m.open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff]))
    meeting.refresh_from_db()
    step(lambda: m.record_turn(meeting, speaker_label="会長", role="chair", text="開会します。"))
    step(lambda: item_holder.setdefault("d", m.record_decision(item_holder["item"], outcome="承認",
                                                               vote_method="挙手全員")))
    step(lambda: m.add_follow_up(item_holder["d"], kind="意見", text="周知を徹底されたい。"))
    step(lambda: m.close_meeting(meeting))
    assert versions == sorted(set(versions)), versions


def _answer(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    m.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    return m.draft_answer(world.council, cases=[item.case], conclusion="条件付き承認とする。",
                          addressee="みなみ市長", opinions="1. 周知すること。\n2. 報告すること。"), meeting


def test_the_answer_draft_is_edited_with_its_history_until_it_is_issued(world):
    answer, meeting = _answer(world)
    assert answer.opinion_entries == ["周知すること。", "報告すること。"]
    m.edit_answer(answer, conclusion="承認とする。", addressee="みなみ市長 南山一郎",
                  opinions=["周知すること。", "", "1年後に報告すること。"], by=world.secretariat)
    answer.refresh_from_db()
    assert answer.opinions == "周知すること。\n1年後に報告すること。"
    assert answer.history.filter(conclusion="承認とする。", history_user=world.secretariat).exists()
    m.issue_answer(answer, date=datetime.date(2025, 5, 30), meeting=meeting)
    with pytest.raises(ActionRefused, match="発出した答申は編集できません"):
        m.edit_answer(answer, conclusion="別", addressee="みなみ市長")
    assert Answer.objects.get(pk=answer.pk).conclusion == "承認とする。"


def test_opinions_are_printed_once_numbered_on_the_answer_and_its_public_page(client, world):
    answer, meeting = _answer(world)
    decision = answer.decisions.get()
    m.add_follow_up(decision, kind="意見", text="周知すること。")
    from shingikai.documents import context as documents
    doc = documents.answer(answer.pk)
    texts = [str(block) for block in doc["blocks"]]
    assert sum(t.count("周知すること。") for t in texts) == 1
    m.issue_answer(answer, date=datetime.date(2025, 5, 30), meeting=meeting)
    page = client.get(reverse("portal:answer", args=[answer.pk])).content.decode()
    assert page.count("周知すること。") == 1 and '<ol class="opinions"><li>周知すること。</li>' in page


# --- a recorded decision and its conditions and follow-ups ----------------------------------------

def test_a_recorded_decision_is_corrected_until_the_minutes_are_confirmed(world):
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    decision = m.record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=T(14, 20), by=world.secretariat)
    with pytest.raises(ActionRefused, match="すでに決定が記録されています。直す場合は「決定を訂正する・取り消す」"):
        m.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", decided_at=T(14, 30))
    m.correct_decision(decision, outcome="条件付き承認", vote_method="採決", votes_for=4, votes_against=1,
                       wording="条件を付して承認する。", decided_at=T(14, 30), by=world.secretariat)
    decision.refresh_from_db()
    assert (decision.outcome, decision.votes_for, decision.wording) == ("条件付き承認", 4, "条件を付して承認する。")
    assert decision.history.count() == 2 and decision.history.first().history_user == world.secretariat
    m.correct_decision(decision, outcome="継続審議", vote_method="異議なし", by=world.secretariat)
    assert Case.objects.get(pk=case.pk).status == Case.Status.CONTINUED
    m.correct_decision(decision, outcome="承認", vote_method="異議なし", by=world.secretariat)
    assert Case.objects.get(pk=case.pk).status == Case.Status.DECIDED
    with pytest.raises(ActionRefused, match="訂正する箇所がありません"):
        m.correct_decision(decision, outcome="承認", vote_method="異議なし")
    with pytest.raises(ActionRefused, match="投票数が出席委員数を超えています"):
        m.correct_decision(decision, outcome="承認", vote_method="採決", votes_for=5, votes_against=3)
    # A corrected time obeys the rule a recorded one does: within the meeting.
    with pytest.raises(ActionRefused, match="決定の時刻 \\(09:00\\) が会議の開始時刻"):
        m.correct_decision(decision, outcome="承認", vote_method="異議なし", decided_at=T(9, 0))
    _confirmed(world, meeting)
    with pytest.raises(ActionRefused, match="会議録が確定しているため、決定は直せません。誤りは会議録の訂正"):
        m.correct_decision(decision, outcome="不承認", vote_method="異議なし")
    with pytest.raises(ActionRefused, match="会議録が確定しているため"):
        m.withdraw_decision(decision)


def test_a_decision_recorded_by_mistake_is_withdrawn_with_its_follow_ups(world):
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    decision = m.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", decided_at=T(14, 20))
    follow_up = m.add_follow_up(decision, kind="条件", text="委託先を監査すること")
    m.withdraw_decision(decision, by=world.secretariat)
    assert not hasattr(AgendaItem.objects.get(pk=item.pk), "decision")
    assert Case.objects.get(pk=case.pk).status == Case.Status.SCHEDULED
    assert follow_up.history.filter(history_type="-").exists()
    assert decision.history.filter(history_type="-", history_user=world.secretariat).exists()
    again = m.record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=T(14, 25))
    assert Case.objects.get(pk=case.pk).status == Case.Status.DECIDED and again.outcome == "承認"


def test_a_decision_an_answer_or_a_later_meeting_rests_on_keeps_its_outcome(world):
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    decision = m.record_decision(item, outcome="継続審議", vote_method="異議なし", decided_at=T(14, 20))
    later = m.plan_meeting(world.council, date=datetime.date(2025, 6, 20))
    m.schedule_case(Case.objects.get(pk=case.pk), later)
    with pytest.raises(ActionRefused, match="継続審議として .* の会議の次第に載っているため"):
        m.correct_decision(decision, outcome="承認", vote_method="異議なし", decided_at=T(14, 20))
    with pytest.raises(ActionRefused, match="取り消せません"):
        m.withdraw_decision(decision)
    m.correct_decision(decision, outcome="継続審議", vote_method="異議なし", wording="次回に継続", decided_at=T(14, 20))

    other = accepted_case(world, title="二件目")
    meeting2, (item2,) = open_meeting_with(world, cases=[other], date=datetime.date(2025, 5, 27))
    decided = m.record_decision(item2, outcome="承認", vote_method="挙手全員", decided_at=T(14, 20))
    m.draft_answer(world.council, cases=[Case.objects.get(pk=other.pk)], conclusion="承認する。", addressee="市長")
    with pytest.raises(ActionRefused, match="答申があるため、結論は直せません"):
        m.correct_decision(decided, outcome="継続審議", vote_method="挙手全員", decided_at=T(14, 20))
    with pytest.raises(ActionRefused, match="答申があるため、取り消せません"):
        m.withdraw_decision(decided)


def test_a_follow_up_is_corrected_and_removed_until_settled(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = m.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", decided_at=T(14, 20))
    follow_up = m.add_follow_up(decision, kind="後日報告", text="運用状況を報告すること",
                                due_date=datetime.date(2025, 9, 30))
    m.correct_follow_up(follow_up, kind="資料提出", text="監査報告書を提出すること", due_date=datetime.date(2025, 12, 26),
                        by=world.secretariat, expected_version=follow_up.version)
    follow_up.refresh_from_db()
    assert (follow_up.kind, follow_up.text, follow_up.due_date) == ("資料提出", "監査報告書を提出すること",
                                                                    datetime.date(2025, 12, 26))
    assert follow_up.department == decision.case.department and follow_up.history.count() == 2
    with pytest.raises(ActionRefused, match="期限 \\(令和2年4月1日\\) が決定した会議の日 \\(令和7年5月20日\\) より前です"):
        m.correct_follow_up(follow_up, kind="資料提出", text="監査報告書を提出すること", due_date=datetime.date(2020, 4, 1))
    with pytest.raises(ActionRefused, match="ほかの人が"):
        m.correct_follow_up(follow_up, kind="資料提出", text="x", expected_version=follow_up.version - 1)
    mistaken = m.add_follow_up(decision, kind="意見", text="誤って記録した意見")
    m.remove_follow_up(mistaken, by=world.secretariat)
    assert mistaken.history.filter(history_type="-").exists() and decision.follow_ups.count() == 1
    m.respond_follow_up(follow_up, response="提出しました")
    with pytest.raises(ActionRefused, match="担当課が回答した項目は削除できません"):
        m.remove_follow_up(follow_up)
    m.close_follow_up(follow_up, on=datetime.date(2025, 12, 1))
    with pytest.raises(ActionRefused, match="完了した項目は直せません"):
        m.correct_follow_up(follow_up, kind="資料提出", text="監査報告書を提出すること", due_date=None)


def test_a_follow_ups_text_is_settled_with_the_minutes_but_its_due_date_is_not(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = m.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", decided_at=T(14, 20))
    follow_up = m.add_follow_up(decision, kind="後日報告", text="運用状況を報告すること")
    m.add_follow_up(decision, kind="条件", text="委託先を監督すること")  # the minutes are not confirmed without it
    _confirmed(world, meeting)
    with pytest.raises(ActionRefused, match="会議録が確定しているため、条件・フォローアップの内容は直せません"):
        m.correct_follow_up(follow_up, kind="後日報告", text="別の内容")
    with pytest.raises(ActionRefused, match="会議録が確定しているため"):
        m.remove_follow_up(follow_up)
    m.correct_follow_up(follow_up, kind="後日報告", text="運用状況を報告すること", due_date=datetime.date(2026, 3, 31))
    assert follow_up.history.first().due_date == datetime.date(2026, 3, 31)


def test_a_follow_up_due_before_the_decision_is_refused_when_it_is_added(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = m.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", decided_at=T(14, 20))
    with pytest.raises(ActionRefused, match="期限 \\(令和2年1月1日\\) が決定した会議の日"):
        m.add_follow_up(decision, kind="後日報告", text="報告すること", due_date=datetime.date(2020, 1, 1))
    assert not decision.follow_ups.exists()


def test_a_corrected_decisions_vote_counts_never_exceed_those_present(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = m.record_decision(item, outcome="承認", vote_method="挙手全員", decided_at=T(14, 20))
    with pytest.raises(ActionRefused, match="投票数が出席委員数を超えています"):
        m.correct_decision(decision, outcome="承認", vote_method="異議なし", votes_for=40000, decided_at=T(14, 20))
    decision.refresh_from_db()
    assert decision.votes_for is None


def test_a_decision_recorded_in_a_meeting_opened_before_its_start_time_is_corrected_with_that_time(
        world, monkeypatch):
    from django.utils import timezone

    clock = {"now": datetime.datetime(2025, 5, 20, 18, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))}
    monkeypatch.setattr(timezone, "now", lambda: clock["now"])
    meeting = m.plan_meeting(world.council, date=datetime.date(2025, 5, 20), start_time=datetime.time(19, 0))
    item = m.schedule_case(accepted_case(world), meeting)
    m.open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])  # an hour early
    clock["now"] += datetime.timedelta(minutes=10)
    decision = m.record_decision(item, outcome="承認", vote_method="採決", votes_for=4, votes_against=1)
    assert decision.decided_at == datetime.time(18, 10)
    decision = m.correct_decision(decision, outcome="承認", vote_method="採決", votes_for=3, votes_against=2,
                                  decided_at=decision.decided_at)  # only the vote changed
    assert (decision.votes_for, decision.votes_against, decision.decided_at) == (3, 2, datetime.time(18, 10))
    # Before the meeting was opened, a time is still refused, and the message names the opening.
    with pytest.raises(ActionRefused, match=r"決定の時刻 \(17:50\) が会議の開会 \(18:00\) より前です"):
        m.correct_decision(decision, outcome="承認", vote_method="採決", votes_for=3, votes_against=2,
                           decided_at=datetime.time(17, 50))
    # A late arrival after the opening is taken under the same rule.
    late = Attendance.objects.filter(meeting=meeting, kind=Attendance.Kind.MEMBER).first()
    m.correct_attendance(late, present=True, arrived_at=datetime.time(18, 5))
