import datetime

import pytest
from helpers import accepted_case, open_meeting_with

from shingikai.errors import ActionRefused
from shingikai.meetings.actions import add_follow_up, close_meeting, record_decision, record_turn
from shingikai.minutes.actions import (
    amend_minutes, confirm_minutes, designate_signers, edit_minutes, publish_minutes, replace_signer, sign_minutes,
)
from shingikai.minutes.models import Minutes

DAY = datetime.date(2025, 5, 20)
NEXT = datetime.date(2025, 6, 20)


@pytest.fixture
def held(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    turn = record_turn(meeting, speaker_label="委員", role="member", text="データセンターは国内か。", agenda_item=item)
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    meeting.refresh_from_db()
    return meeting, turn


def test_closing_a_meeting_drafts_minutes_in_the_councils_style(world, held):
    meeting, _ = held
    assert meeting.minutes.state == Minutes.State.DRAFT
    assert meeting.minutes.style == world.council.minutes_style


def test_minutes_are_confirmed_at_the_next_meeting_signed_and_published(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    assert {s.role for s in minutes.signers.all()} == {"chair", "signer"}
    with pytest.raises(ActionRefused):
        publish_minutes(minutes, on=NEXT)
    nxt, _ = open_meeting_with(world, date=NEXT)
    confirmed = confirm_minutes(minutes, on=NEXT, at_meeting=nxt, by=world.secretariat)
    assert confirmed.state == Minutes.State.CONFIRMED and confirmed.confirmed_at_meeting == nxt
    sign_minutes(confirmed, world.people[0], on=NEXT)
    sign_minutes(confirmed, world.people[3], on=NEXT)
    with pytest.raises(ActionRefused):
        sign_minutes(confirmed, world.people[4], on=NEXT)
    assert publish_minutes(confirmed, on=NEXT).state == Minutes.State.PUBLISHED


def test_minutes_cannot_be_confirmed_at_the_same_meeting_or_twice(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    with pytest.raises(ActionRefused):
        confirm_minutes(minutes, on=DAY, at_meeting=meeting)
    confirm_minutes(minutes, on=NEXT, by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused):
        confirm_minutes(minutes, on=NEXT, by_circulation=True, open_checks_acknowledged=True)


def test_confirmation_needs_signers(world, held):
    meeting, _ = held
    with pytest.raises(ActionRefused):
        confirm_minutes(meeting.minutes, on=NEXT, by_circulation=True, open_checks_acknowledged=True)


def test_signers_must_have_attended(world):
    meeting, _ = open_meeting_with(world, present=world.people[:4])
    close_meeting(meeting)
    with pytest.raises(ActionRefused):
        designate_signers(meeting.minutes, [world.people[4]])


def test_confirmed_minutes_change_only_by_recorded_amendment(world, held):
    meeting, turn = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(minutes, on=NEXT, by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused):
        edit_minutes(minutes, summary="黙って書き換える")
    with pytest.raises(ActionRefused):
        record_turn(meeting, speaker_label="委員", role="member", text="後から追加")
    with pytest.raises(ActionRefused):
        amend_minutes(minutes, reason="", after="データセンターは国内にあるか。", turn=turn)
    amendment = amend_minutes(minutes, reason="誤字の訂正", after="データセンターは国内にあるか。", turn=turn,
                              by=world.secretariat)
    turn.refresh_from_db()
    assert turn.text == "データセンターは国内にあるか。"
    assert amendment.before == "データセンターは国内か。" and amendment.made_by == world.secretariat


def test_draft_minutes_edit_detects_a_conflict(world, held):
    meeting, _ = held
    minutes = meeting.minutes
    version = minutes.version
    edit_minutes(minutes, summary="一人目の要約", expected_version=version)
    with pytest.raises(ActionRefused) as refused:
        edit_minutes(minutes, summary="二人目の要約", expected_version=version)
    assert refused.value.code == "conflict"
    minutes.refresh_from_db()
    assert minutes.summary == "一人目の要約"


def test_decision_cannot_be_recorded_after_minutes_are_confirmed(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    close_meeting(meeting)
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(minutes, on=NEXT, by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused):
        record_decision(item, outcome="承認", vote_method="挙手全員")


def test_confirming_with_the_summary_on_the_screen_keeps_it(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    with pytest.raises(ActionRefused, match="他の人が先に保存しました"):
        confirm_minutes(minutes, on=NEXT, by_circulation=True,
                        open_checks_acknowledged=True, summary="画面の概要", expected_version=minutes.version - 1)
    confirmed = confirm_minutes(minutes, on=NEXT, by_circulation=True, open_checks_acknowledged=True, summary="画面の概要",
                                expected_version=Minutes.objects.get(pk=minutes.pk).version)
    assert confirmed.state == Minutes.State.CONFIRMED
    assert Minutes.objects.get(pk=minutes.pk).summary == "画面の概要"


def test_minutes_are_not_confirmed_before_their_meeting(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    with pytest.raises(ActionRefused, match="会議の日"):
        confirm_minutes(minutes, on=DAY - datetime.timedelta(days=1), by_circulation=True,
                        open_checks_acknowledged=True)
    assert confirm_minutes(minutes, on=DAY, by_circulation=True,
                           open_checks_acknowledged=True).state == Minutes.State.CONFIRMED


def test_an_emptied_summary_is_not_confirmed_over_a_saved_one_unless_meant(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    minutes = edit_minutes(minutes, summary="保存した概要")
    for emptied in ("", "  \n"):
        with pytest.raises(ActionRefused, match="概要・結論が空です") as refused:
            confirm_minutes(minutes, on=NEXT, by_circulation=True,
                            open_checks_acknowledged=True, summary=emptied, expected_version=minutes.version)
        assert refused.value.code == "empty_summary"
    kept = Minutes.objects.get(pk=minutes.pk)
    assert (kept.state, kept.summary) == (Minutes.State.DRAFT, "保存した概要")
    confirmed = confirm_minutes(minutes, on=NEXT, by_circulation=True,
                                open_checks_acknowledged=True, summary="", expected_version=minutes.version,
                                without_summary=True)
    assert (confirmed.state, Minutes.objects.get(pk=minutes.pk).summary) == (Minutes.State.CONFIRMED, "")


def test_minutes_with_no_summary_saved_are_confirmed_with_an_empty_box(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    assert confirm_minutes(minutes, on=NEXT, by_circulation=True,
                           open_checks_acknowledged=True, summary="").state == Minutes.State.CONFIRMED


def test_a_council_that_fixed_the_number_of_signers_gets_that_many(world, held):
    meeting, _ = held
    world.council.minutes_signer_count = 2
    world.council.save()
    with pytest.raises(ActionRefused, match="会長のほかに2人"):
        designate_signers(meeting.minutes, [world.people[3]])
    assert not meeting.minutes.signers.exists()
    # The chair named among them is not counted: the chair signs anyway.
    with pytest.raises(ActionRefused, match="会長のほかに2人"):
        designate_signers(meeting.minutes, [world.people[0], world.people[3]])
    minutes = designate_signers(meeting.minutes, [world.people[3], world.people[2]])
    assert sorted(s.role for s in minutes.signers.all()) == ["chair", "signer", "signer"]


def test_minutes_confirmed_at_a_meeting_take_that_meetings_day(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    nxt, _ = open_meeting_with(world, date=NEXT)
    with pytest.raises(ActionRefused, match="その会議の日"):
        confirm_minutes(minutes, on=NEXT - datetime.timedelta(days=6), at_meeting=nxt)
    assert confirm_minutes(minutes, at_meeting=nxt).confirmed_on == NEXT


def test_minutes_are_not_published_before_their_last_signature(world, held):
    meeting, _ = held
    minutes = confirm_minutes(designate_signers(meeting.minutes, [world.people[3]]), on=NEXT, by_circulation=True,
                              open_checks_acknowledged=True)
    sign_minutes(minutes, world.people[0], on=NEXT + datetime.timedelta(days=2))
    sign_minutes(minutes, world.people[3], on=NEXT + datetime.timedelta(days=3))
    with pytest.raises(ActionRefused, match="最後の署名日"):
        publish_minutes(minutes, on=NEXT + datetime.timedelta(days=1))
    assert publish_minutes(minutes, on=NEXT + datetime.timedelta(days=3)).state == Minutes.State.PUBLISHED


def test_the_chairs_line_goes_to_the_acting_chair_when_the_post_is_vacant(world):
    from shingikai.councils.models import Membership, Officer

    Officer.objects.filter(council=world.council, role=Membership.Role.CHAIR).update(until=datetime.date(2025, 3, 31))
    meeting, _ = open_meeting_with(world)
    minutes = close_meeting(meeting).minutes
    designate_signers(minutes, [world.people[2]])
    assert {s.person_id: s.role for s in minutes.signers.all()} == {world.people[1].pk: "chair",
                                                                    world.people[2].pk: "signer"}


def test_the_chairs_line_follows_an_attendance_correction_that_shows_the_chair_absent(world):
    from shingikai.meetings.actions import correct_attendance

    meeting, _ = open_meeting_with(world)
    minutes = close_meeting(meeting).minutes
    designate_signers(minutes, [world.people[2]])
    chair_row = meeting.attendances.get(person=world.people[0])
    correct_attendance(chair_row, present=False)
    assert {s.person_id: s.role for s in minutes.signers.all()} == {world.people[1].pk: "chair",
                                                                    world.people[2].pk: "signer"}


def test_minutes_with_a_conditional_approval_and_no_condition_are_not_confirmed_until_one_is_recorded(world):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world, title="防犯カメラ映像の提供について")])
    decision = record_decision(item, outcome="条件付き承認", vote_method="挙手全員")  # the condition comes after
    add_follow_up(decision, kind="意見", text="運用状況を報告すること")  # an opinion is no condition
    close_meeting(meeting)
    minutes = designate_signers(Minutes.objects.get(meeting=meeting), [world.people[3]])
    with pytest.raises(ActionRefused, match="議題1「防犯カメラ映像の提供について」（条件付き承認）に条件が記録されていません") as refused:
        confirm_minutes(minutes, on=NEXT, by_circulation=True, open_checks_acknowledged=True)
    assert refused.value.code == "missing_conditions"
    assert Minutes.objects.get(pk=minutes.pk).state == Minutes.State.DRAFT
    add_follow_up(decision, kind="条件", text="提供先を警察署に限ること")
    assert confirm_minutes(minutes, on=NEXT, by_circulation=True,
                           open_checks_acknowledged=True).state == Minutes.State.CONFIRMED


def _signed_copy(meeting, public):
    from django.contrib.auth.models import AnonymousUser

    from helpers import document_text
    from shingikai.access import DocumentReading
    from shingikai.documents.render import render

    reading = DocumentReading(AnonymousUser(), full=False) if public else None
    return "".join(document_text(render("minutes", meeting.pk, "pdf", reading=reading)).split())


def test_a_signer_who_cannot_sign_is_replaced_by_a_member_present_the_chair_names(world, held):
    """The 署名委員 named at the meeting resigned before signing: publication waited on them for good. The 会長
    names another member present; the designated one stays on record with the reason, the signed copy says who
    signed in whose place, and the chair's signature already made stands."""
    meeting, _ = held
    minutes = confirm_minutes(designate_signers(meeting.minutes, [world.people[3]]), on=NEXT, by_circulation=True,
                              open_checks_acknowledged=True)
    sign_minutes(minutes, world.people[0], on=NEXT)
    with pytest.raises(ActionRefused, match="署名できない理由を入力"):
        replace_signer(minutes, world.people[3], reason=" ", substitute=world.people[2])
    replace_signer(minutes, world.people[3], reason="辞任のため", substitute=world.people[2], by=world.secretariat)

    with pytest.raises(ActionRefused, match="未署名: " + str(world.people[2])):
        publish_minutes(minutes, on=NEXT)
    with pytest.raises(ActionRefused, match="署名できない旨を記録しています"):
        sign_minutes(minutes, world.people[3], on=NEXT)
    sign_minutes(minutes, world.people[2], on=NEXT)
    assert publish_minutes(minutes, on=NEXT).state == Minutes.State.PUBLISHED

    lines = {s.person_id: s for s in minutes.signers.all()}
    assert lines[world.people[0].pk].signed_on == NEXT
    assert lines[world.people[3].pk].unable_reason == "辞任のため" and lines[world.people[3].pk].signed_on is None
    assert lines[world.people[2].pk].stands_in_for == world.people[3]
    recorded = minutes.history.filter(history_change_reason__contains="署名できない").get()
    assert recorded.history_user == world.secretariat
    assert recorded.history_change_reason == (f"{world.people[3].name}委員は署名できない (辞任のため)。"
                                              f"会長の指名により{world.people[2].name}委員が代わりに署名")
    name = "".join(world.people[3].name.split())
    full, public = _signed_copy(meeting, public=False), _signed_copy(meeting, public=True)
    assert f"{name}委員に代わり会長が指名" in full and "署名できなかった（辞任のため）" in full
    assert f"{name}委員に代わり会長が指名" in public and "署名できなかった" in public and "辞任のため" not in public


def test_a_signer_whose_term_ran_out_after_the_meeting_cannot_sign_and_is_replaced(world, held):
    """The 署名委員's term ended between the meeting and the signing (or they resigned): they no longer sign
    for the council; the secretariat records the line as one they cannot sign and the 会長 names another."""
    from shingikai.councils.actions import end_membership

    meeting, _ = held
    minutes = confirm_minutes(designate_signers(meeting.minutes, [world.people[3]]), on=NEXT, by_circulation=True,
                              open_checks_acknowledged=True)
    end_membership(world.people[3].memberships.get(), on=NEXT - datetime.timedelta(days=1), reason="辞職")
    with pytest.raises(ActionRefused, match="署名日 \\(令和7年6月20日\\) に委員ではありません"):
        sign_minutes(minutes, world.people[3], on=NEXT)
    assert minutes.signers.get(person=world.people[3]).signed_on is None
    replace_signer(minutes, world.people[3], reason="任期満了のため", substitute=world.people[2])
    sign_minutes(minutes, world.people[2], on=NEXT)


def test_a_line_that_cannot_be_signed_is_noted_with_the_reason_and_no_one_else(world, held):
    meeting, _ = held
    minutes = confirm_minutes(designate_signers(meeting.minutes, [world.people[3]]), on=NEXT, by_circulation=True,
                              open_checks_acknowledged=True)
    absent = world.people[4]
    meeting.attendances.filter(person=absent).update(present=False)
    with pytest.raises(ActionRefused, match="出席していない"):
        replace_signer(minutes, world.people[3], reason="死去のため", substitute=absent)
    with pytest.raises(ActionRefused, match="すでにこの会議録の署名者"):
        replace_signer(minutes, world.people[3], reason="死去のため", substitute=world.people[0])
    with pytest.raises(ActionRefused, match="代わりの委員は指名できません"):
        replace_signer(minutes, world.people[0], reason="入院のため", substitute=world.people[2])
    replace_signer(minutes, world.people[3], reason="死去のため")
    with pytest.raises(ActionRefused, match="署名できない旨を記録しています"):
        replace_signer(minutes, world.people[3], reason="死去のため")
    with pytest.raises(ActionRefused, match="未署名: " + str(world.people[0])):
        publish_minutes(minutes, on=NEXT)
    sign_minutes(minutes, world.people[0], on=NEXT)
    assert publish_minutes(minutes, on=NEXT).state == Minutes.State.PUBLISHED
    with pytest.raises(ActionRefused, match="公開 \\(完結\\) した会議録の署名者"):
        replace_signer(minutes, world.people[0], reason="誤り")


def test_a_draft_is_given_other_signers_by_designation_not_by_replacement(world, held):
    meeting, _ = held
    minutes = designate_signers(meeting.minutes, [world.people[3]])
    with pytest.raises(ActionRefused, match="署名委員の指名をやり直して"):
        replace_signer(minutes, world.people[3], reason="辞任のため", substitute=world.people[2])
