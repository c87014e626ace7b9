"""A member's home page lists only what the member may open: a member whose 退任 is recorded is told so and is
not offered the meetings after it; and it tells members what the departments reported on their council's
conditions and 後日報告."""
import datetime

import pytest
from django.urls import reverse

from shingikai.councils.actions import end_membership
from shingikai.meetings import actions
from test_attendance_replies import convened_meeting
from test_web_support import web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_member_leaving_before_the_next_meeting_is_not_offered_its_links(client, web_world):
    w = web_world
    meeting = convened_meeting(w)  # ten days away
    client.force_login(w.member_user)
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert reverse("meetings:materials", args=[meeting.pk]) in home
    end_membership(w.council.memberships.get(person=w.people[1]), on=datetime.date.today() + datetime.timedelta(days=2))
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert reverse("meetings:materials", args=[meeting.pk]) not in home
    assert reverse("meetings:convocation_answer", args=[meeting.pk]) not in home
    assert "に退任されます" in home
    # Every link the home page still gives opens.
    for href in set(part.split('"', 1)[0] for part in home.split('href="')[1:]):
        if href.startswith("/work/meetings/") or href.startswith("/work/minutes/"):
            assert client.get(href).status_code == 200, href


def test_members_are_told_what_the_departments_reported_and_what_is_overdue(client, web_world):
    from shingikai.meetings.models import FollowUp
    from test_web_support import held_meeting

    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", by=w.secretariat)
    condition = actions.add_follow_up(decision, kind="条件", text="SMS は送らない", by=w.secretariat)
    late = actions.add_follow_up(decision, kind="後日報告", text="運用開始後の件数を報告する", by=w.secretariat)
    FollowUp.objects.filter(pk=late.pk).update(due_date=datetime.date.today() - datetime.timedelta(days=1))
    client.force_login(w.member_user)
    home = client.get(reverse("councils:dashboard")).content.decode()
    listed = home.split('id="follow-up-reports"', 1)[1].split("</section>", 1)[0]
    assert "運用開始後の件数を報告する" in listed and "期限超過" in listed and "SMS は送らない" not in listed
    actions.respond_follow_up(condition, response="送らない設定にしました。", by=w.dept_a_user)
    home = client.get(reverse("councils:dashboard")).content.decode()
    listed = home.split('id="follow-up-reports"', 1)[1].split("</section>", 1)[0]
    assert "SMS は送らない" in listed and "回答済" in listed
    assert client.get(reverse("meetings:followup", args=[condition.pk])).status_code == 200
    # The meeting and the case pages mark the overdue one as the department's home does.
    for url in (reverse("meetings:detail", args=[meeting.pk]), reverse("cases:detail", args=[case.pk])):
        page = client.get(url).content.decode()
        assert "運用開始後の件数を報告する</a>" in page and page.count("期限超過</span>") == 1, url
    # Not the department's or another council's home.
    client.force_login(w.other_secretariat)
    assert 'id="follow-up-reports"' not in client.get(reverse("councils:dashboard")).content.decode()


def test_a_member_reads_their_own_term_attendance_and_recusals_on_their_home(client, web_world):
    from shingikai.cases.actions import record_recusal
    from shingikai.jp.wareki import to_wareki
    from test_web_support import held_meeting, scheduled_meeting

    w = web_world
    me = w.people[1]
    term = w.council.memberships.get(person=me)
    held_meeting(w)  # yesterday, all present
    held_meeting(w, present=[p for p in w.people if p != me])
    _, _, case = scheduled_meeting(w)
    record_recusal(case, me, reason="委託先の役員であるため")
    client.force_login(w.member_user)
    home = client.get(reverse("councils:dashboard")).content.decode()
    section = home.split('id="my-term"', 1)[1].split("</section>", 1)[0]
    end = f"{to_wareki(term.term_end)}まで" if term.term_end else "(終期の定めなし)"
    assert f"任期 {to_wareki(term.term_start)}から{end}" in section
    assert "この任期の会議に出席 1 回、欠席 1 回" in section
    assert f"利害関係 (除斥) により審議に加わらない案件: {case.title}" in section
    assert "委託先の役員" not in section
