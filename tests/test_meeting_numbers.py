"""A meeting's 年度第N回 and 通算回: a meeting planned for a day before others (most often one recorded after it
was held) takes its place in date order, the later meetings moving on unless a document already cites their
number; the secretariat sets both numbers by hand until the meeting's own number is fixed."""
import datetime

import pytest
from django.urls import reverse
from helpers import open_meeting_with
from test_web_support import web_world  # noqa: F401

from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import Meeting
from shingikai.minutes.actions import confirm_minutes

D = datetime.date


def numbered(world, base=48):
    world.council.numbers_cumulatively = True
    world.council.cumulative_base = base
    world.council.save()
    return world.council


def numbers(*meetings):
    return [Meeting.objects.filter(pk=m.pk).values_list("number", "cumulative_number").get() for m in meetings]


def test_a_meeting_recorded_after_the_fact_takes_its_place_in_date_order_and_later_meetings_move_on(world):
    council = numbered(world)
    july = actions.plan_meeting(council, date=D(2026, 7, 27))
    august = actions.plan_meeting(council, date=D(2026, 8, 20))
    assert numbers(july, august) == [(1, 49), (2, 50)]
    june = actions.plan_meeting(council, date=D(2026, 6, 15), by=world.secretariat)
    assert numbers(june, july, august) == [(1, 49), (2, 50), (3, 51)]
    assert june.label == "令和8年度第1回 (通算第49回)"
    assert [(before, m.pk) for before, m in june.renumbered] == [
        ("令和8年度第1回 (通算第49回)", july.pk), ("令和8年度第2回 (通算第50回)", august.pk)]
    moved = july.history.first()
    assert moved.history_user == world.secretariat and "令和8年6月15日の会議が開催日の順に入ったため" in moved.history_change_reason
    # A meeting of the fiscal year before takes its 通算回 among them all; the later year's 回 stay as they are.
    february = actions.plan_meeting(council, date=D(2026, 2, 10))
    assert numbers(february, june, july, august) == [(1, 49), (1, 50), (2, 51), (3, 52)]
    assert not any("繰り下げられません" in w for w in actions.planning_warnings(february))


def test_a_meeting_whose_number_a_document_cites_keeps_it_and_the_secretariat_is_told_which(client, world):
    council = numbered(world)
    july = actions.plan_meeting(council, date=D(2026, 7, 27))
    actions.record_convocation(july)
    august = actions.plan_meeting(council, date=D(2026, 8, 20))
    client.force_login(world.secretariat)
    response = client.post(reverse("meetings:new"), {
        "council": council.pk, "date": "令和8年6月15日", "is_public": "on"}, follow=True)
    june = Meeting.objects.get(council=council, date=D(2026, 6, 15))
    # The convened July meeting cannot move, so neither can August behind it: June takes the next numbers.
    assert numbers(june, july, august) == [(3, 51), (1, 49), (2, 50)]
    body = response.content.decode()
    assert ("これより後の日の会議 (令和8年度第1回 (通算第49回)、令和8年7月27日) は招集通知を送った後のため回を"
            "繰り下げられません。この会議は開催日の順ではなく令和8年度第3回としました。") in body
    assert "ため通算回を繰り下げられません。この会議は開催日の順ではなく通算第51回としました。" in body
    assert "「日時・場所を変更する」の画面で回と通算回を直せます。" in body and "繰り下げました" not in body


def test_the_secretariat_sets_both_numbers_by_hand_each_unique_until_the_meeting_is_convened(client, world):
    council = numbered(world)
    july = actions.plan_meeting(council, date=D(2026, 7, 27))
    actions.record_convocation(july)
    june = actions.plan_meeting(council, date=D(2026, 6, 15))
    cancelled = actions.plan_meeting(council, date=D(2026, 9, 1))
    actions.record_convocation(cancelled)  # convened, it keeps the number it was called with
    cancelled = actions.cancel_meeting(cancelled)
    client.force_login(world.secretariat)
    url = reverse("meetings:edit", args=[june.pk])
    page = client.get(url).content.decode()
    assert 'name="number"' in page and 'name="cumulative_number"' in page
    form = {"date": "2026-06-15", "start_time": "", "place": "", "number": "2"}
    taken = client.post(url, {**form, "cumulative_number": "49"})
    assert taken.status_code == 400
    assert "通算第49回はすでにあります (令和8年度第1回 (通算第49回)、令和8年7月27日の開催予定の会議)" in taken.content.decode()
    assert client.post(url, {**form, "cumulative_number": "0"}).status_code == 400
    # A cancelled meeting counts for no 通算回: its number is free.
    assert cancelled.cumulative_number == 51
    done = client.post(url, {**form, "number": "9", "cumulative_number": "51"}, follow=True)
    assert "回・通算回を 令和8年度第2回 (通算第50回) から 令和8年度第9回 (通算第51回) に変更しました。" in done.content.decode()
    assert numbers(june) == [(9, 51)]
    assert "通算回 → 「51」" in client.get(url).content.decode()  # in the history
    # Convened, the numbers stay: the form no longer offers them and the action refuses them.
    actions.record_convocation(june)
    page = client.get(url).content.decode()
    assert 'name="cumulative_number"' not in page and "回・通算回 (令和8年度第9回 (通算第51回)) は、招集通知を送った後のため" in page
    with pytest.raises(ActionRefused, match="招集通知を送った後のため、回・通算回を変更できません"):
        actions.reschedule_meeting(june, date=june.date, cumulative_number=60)


def test_a_council_without_cumulative_numbers_is_not_offered_one(client, world):
    meeting = actions.plan_meeting(world.council, date=D(2026, 6, 15))
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:edit", args=[meeting.pk])).content.decode()
    assert 'name="number"' in page and 'name="cumulative_number"' not in page
    with pytest.raises(ActionRefused, match="通算回を付していません"):
        actions.reschedule_meeting(meeting, date=meeting.date, cumulative_number=3)


def test_a_held_meeting_moves_on_until_its_minutes_are_confirmed(world):
    council = numbered(world)
    council.minutes_signed = False
    council.save()
    held, _ = open_meeting_with(world, date=D(2025, 5, 20))
    actions.close_meeting(held)
    earlier = actions.plan_meeting(council, date=D(2025, 5, 10))
    assert numbers(earlier, held) == [(1, 49), (2, 50)]  # recorded without a convocation, its minutes a draft
    minutes = Meeting.objects.get(pk=held.pk).minutes
    confirm_minutes(minutes, on=D(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    assert actions.number_fixed_by(Meeting.objects.get(pk=held.pk)) == "会議録が確定している"
    # Confirmed minutes cite 第2回 (通算第50回): the meeting before it cannot move on either.
    first = actions.plan_meeting(council, date=D(2025, 5, 1))
    assert numbers(first, earlier, held) == [(3, 51), (1, 49), (2, 50)]
    assert first.renumbered == []
    assert any(w.startswith("これより後の日の会議 (令和7年度第2回 (通算第50回)、令和7年5月20日) は会議録が確定しているため回を")
               for w in actions.planning_warnings(first))


def test_a_date_corrected_to_a_past_day_takes_its_place_in_date_order_and_later_meetings_move_on(client, world):
    """A meeting held in June but planned as for September (the day typed wrong) has its date corrected: it
    takes the July meeting's numbers, as it would have had it been recorded after the fact on its real day."""
    council = numbered(world)
    may = actions.plan_meeting(council, date=D(2025, 5, 20))
    july = actions.plan_meeting(council, date=D(2025, 7, 10))
    wrong = actions.plan_meeting(council, date=D(2025, 9, 30))
    assert numbers(may, july, wrong) == [(1, 49), (2, 50), (3, 51)]
    client.force_login(world.secretariat)
    response = client.post(reverse("meetings:edit", args=[wrong.pk]), {
        "date": "令和7年6月10日", "correction": "on", "start_time": "", "place": "", "number": "3",
        "cumulative_number": "51"}, follow=True)
    assert numbers(may, wrong, july) == [(1, 49), (2, 50), (3, 51)]
    assert ("後の日の会議を繰り下げました: 令和7年度第2回 (通算第50回) → 令和7年度第3回 (通算第51回) (令和7年7月10日)"
            in response.content.decode())
    assert "令和7年6月10日の会議が開催日の順に入ったため" in july.history.first().history_change_reason
    # Corrected again to a later past day before the same meetings, it stays where it is.
    assert actions.reschedule_meeting(Meeting.objects.get(pk=wrong.pk), date=D(2025, 6, 12), correction=True) == ["date"]
    assert numbers(may, wrong, july) == [(1, 49), (2, 50), (3, 51)]


def test_a_date_correction_leaves_a_cited_number_and_the_secretariat_is_told_which(client, world):
    council = numbered(world)
    july = actions.plan_meeting(council, date=D(2025, 7, 10))
    actions.record_convocation(july)
    wrong = actions.plan_meeting(council, date=D(2025, 9, 30))
    client.force_login(world.secretariat)
    response = client.post(reverse("meetings:edit", args=[wrong.pk]), {
        "date": "令和7年6月10日", "correction": "on", "start_time": "", "place": "", "number": "2",
        "cumulative_number": "50"}, follow=True)
    # The convened July meeting keeps the numbers its 招集通知 cited; the corrected meeting keeps its own.
    assert numbers(july, wrong) == [(1, 49), (2, 50)]
    assert Meeting.objects.get(pk=wrong.pk).date == D(2025, 6, 10)
    body = response.content.decode()
    assert ("これより後の日の会議 (令和7年度第1回 (通算第49回)、令和7年7月10日) は招集通知を送った後のため回を"
            "繰り下げられません。この会議は開催日の順ではなく令和7年度第2回としました。") in body
    assert "繰り下げました" not in body


def test_a_session_held_without_quorum_takes_no_number_and_the_later_meetings_move_back(client, world):
    council = numbered(world)
    first = actions.plan_meeting(council, date=D(2026, 6, 15))
    informal = actions.plan_meeting(council, date=D(2026, 7, 27), start_time=datetime.time(14, 0))
    actions.record_convocation(informal)  # the notice cited 第2回: it is a 懇談会 all the same
    august = actions.plan_meeting(council, date=D(2026, 8, 20))
    assert numbers(first, informal, august) == [(1, 49), (2, 50), (3, 51)]
    client.force_login(world.secretariat)
    form = {"present": [p.pk for p in world.people[:2]], "secretariat": [world.secretariat_staff.pk],
            "informal": "on", "is_public": "on", "meeting_version": Meeting.objects.get(pk=informal.pk).version,
            "replies_mark": actions.replies_mark(informal)}
    page = client.post(reverse("meetings:open", args=[informal.pk]), form, follow=True).content.decode()
    informal.refresh_from_db()
    assert informal.informal and informal.state == Meeting.State.OPEN
    assert numbers(first, informal, august) == [(1, 49), (None, None), (2, 50)]
    assert informal.label == "令和8年7月27日の懇談会"
    assert "懇談会は審議会の回 (年度の回・通算回) に数えません。" in page
    assert "令和8年度第3回 (通算第51回) → 令和8年度第2回 (通算第50回) (令和8年8月20日)" in page
    # The next meeting planned counts the meetings held, not the 懇談会.
    september = actions.plan_meeting(council, date=D(2026, 9, 10))
    assert numbers(september) == [(3, 51)]


def test_a_later_meeting_whose_number_is_cited_keeps_it_when_a_session_becomes_a_konwakai(world):
    council = numbered(world)
    informal = actions.plan_meeting(council, date=D(2026, 7, 27))
    august = actions.plan_meeting(council, date=D(2026, 8, 20))
    actions.record_convocation(august)
    actions.open_meeting(informal, present=world.people[:2], absent=world.people[2:], informal=True)
    assert numbers(informal, august) == [(None, None), (2, 50)]


def test_the_record_of_a_konwakai_says_so_on_the_work_and_public_pages(client, world):
    meeting, _ = open_meeting_with(world, present=world.people[:2], informal=True)
    minutes = actions.close_meeting(meeting).minutes
    client.force_login(world.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert f"{world.council.name} 令和7年5月20日の懇談会 記録" in page and 'id="informal-session"' in page
    client.logout()
    public = client.get(reverse("portal:meeting", args=[meeting.pk])).content.decode()
    assert "懇談会として開催しました" in public and "第1回" not in public


def test_a_meeting_before_the_reiwa_era_began_is_of_heisei_31_nendo_as_the_papers_of_its_day_said(world):
    april = Meeting.objects.create(council=world.council, date=datetime.date(2019, 4, 30), fiscal_year=2019, number=1)
    may = Meeting.objects.create(council=world.council, date=datetime.date(2019, 5, 7), fiscal_year=2019, number=2)
    march = Meeting.objects.create(council=world.council, date=datetime.date(2019, 3, 25), fiscal_year=2018, number=9)
    assert april.short_label == "平成31年度第1回"
    assert may.short_label == "令和元年度第2回"
    assert march.short_label == "平成30年度第9回"


def test_every_later_meeting_moves_back_one_in_turn_with_the_reason_in_its_history(world):
    """Two meetings after the 懇談会 move back, the nearer first, so no two meetings hold one number at any step."""
    council = numbered(world)
    informal = actions.plan_meeting(council, date=D(2026, 7, 27))
    august = actions.plan_meeting(council, date=D(2026, 8, 20))
    september = actions.plan_meeting(council, date=D(2026, 9, 10))
    opened = actions.open_meeting(informal, present=world.people[:2], absent=world.people[2:], informal=True)
    assert numbers(informal, august, september) == [(None, None), (1, 49), (2, 50)]
    assert [m.pk for _, m in opened.renumbered] == [august.pk, september.pk]
    for moved in (august, september):
        assert "令和8年7月27日の会が懇談会となったため繰り上げ" in moved.history.first().history_change_reason


def test_a_meeting_cancelled_before_its_convocation_gives_its_numbers_to_the_later_meetings(client, world):
    """Planned twice by mistake, the duplicate is cancelled as the planning warning advises: the next meeting
    takes the number the duplicate never cited, instead of leaving a gap in the year's record."""
    council = numbered(world)
    held = actions.plan_meeting(council, date=D(2026, 7, 27))
    duplicate = actions.plan_meeting(council, date=D(2026, 7, 27))
    december = actions.plan_meeting(council, date=D(2026, 12, 14))
    assert numbers(held, duplicate, december) == [(1, 49), (2, 50), (3, 51)]
    client.force_login(world.secretariat)
    page = client.post(reverse("meetings:cancel", args=[duplicate.pk]),
                       {"meeting_version": Meeting.objects.get(pk=duplicate.pk).version}, follow=True).content.decode()
    assert numbers(held, duplicate, december) == [(1, 49), (None, None), (2, 50)]
    assert "令和8年度第3回 (通算第51回) → 令和8年度第2回 (通算第50回) (令和8年12月14日)" in page
    assert Meeting.objects.get(pk=duplicate.pk).label == "7月27日の中止した会議"
    assert "令和8年7月27日の会議を招集前に中止したため繰り上げ" in december.history.first().history_change_reason


def test_a_convened_meeting_cancelled_keeps_its_number(world):
    council = numbered(world)
    postponed = actions.plan_meeting(council, date=D(2026, 7, 27))
    december = actions.plan_meeting(council, date=D(2026, 12, 14))
    actions.record_convocation(postponed)  # the members were told 第1回: the record keeps it
    actions.cancel_meeting(postponed)
    assert numbers(postponed, december) == [(1, 49), (2, 50)]
