"""What a department sees of a meeting that will hear its case: the day, time, place, whether the item is heard
in public, and the meeting's public page, on the case page and its home page; never another department's item."""
import datetime

import pytest
from django.urls import reverse

from shingikai.meetings import actions
from test_web_support import accepted_case, held_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db

PLACE = "北山市役所本庁舎 5階 大会議室"


def _meeting(w, is_public=True):
    return actions.plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=10),
                                start_time=datetime.time(14, 0), place=PLACE, is_public=is_public,
                                closed_reason="" if is_public else "個別の事案を扱うため")


def _page(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_department_case_page_gives_time_place_and_public_page_of_its_meeting(client, web_world):
    w = web_world
    meeting = _meeting(w)
    case = accepted_case(w, title="子育て相談の外部委託")
    actions.schedule_case(case, meeting)
    page = _page(client, w.dept_a_user, reverse("cases:detail", args=[case.pk]))
    assert f"14時00分 {PLACE} で審議予定" in page
    assert '<span class="tag">公開</span>' in page
    assert reverse("portal:meeting", args=[meeting.pk]) in page
    assert reverse("meetings:detail", args=[meeting.pk]) not in page


def test_department_sees_that_its_case_is_heard_in_closed_session(client, web_world):
    w = web_world
    meeting = _meeting(w)
    case = accepted_case(w, title="子育て相談の外部委託")
    actions.schedule_case(case, meeting, is_public=False, closed_reason="個人が特定されるため")
    page = _page(client, w.dept_a_user, reverse("cases:detail", args=[case.pk]))
    assert f"{PLACE} で審議予定 <span class=\"tag\">非公開</span>" in page


def test_secretariat_case_page_links_the_meeting_itself(client, web_world):
    w = web_world
    meeting = _meeting(w)
    case = accepted_case(w)
    actions.schedule_case(case, meeting)
    page = _page(client, w.secretariat, reverse("cases:detail", args=[case.pk]))
    assert reverse("meetings:detail", args=[meeting.pk]) in page
    assert reverse("portal:meeting", args=[meeting.pk]) not in page


def test_department_home_lists_the_meetings_that_will_hear_its_cases(client, web_world):
    w = web_world
    meeting = _meeting(w)
    case = accepted_case(w, title="子育て相談の外部委託")
    actions.schedule_case(case, meeting)
    page = _page(client, w.dept_a_user, reverse("councils:dashboard"))
    assert "審議予定の会議" in page
    section = page[page.index("審議予定の会議"):page.index("対応が必要なフォローアップ")]
    assert "子育て相談の外部委託" in section and meeting.label in section
    assert f"14時00分 {PLACE} で審議予定" in section
    assert reverse("portal:meeting", args=[meeting.pk]) in section


def test_department_home_never_shows_another_departments_closed_item(client, web_world):
    w = web_world
    meeting = _meeting(w)
    own = accepted_case(w, title="子育て相談の外部委託")
    other = accepted_case(w, department=w.dept_b, title="他課の非公開案件")
    actions.schedule_case(own, meeting)
    actions.schedule_case(other, meeting, is_public=False, closed_reason="個人が特定されるため")
    page = _page(client, w.dept_a_user, reverse("councils:dashboard"))
    assert "他課の非公開案件" not in page
    page = _page(client, w.dept_a_user, reverse("portal:meeting", args=[meeting.pk]))
    assert "他課の非公開案件" not in page


def test_a_cancelled_meeting_is_no_longer_listed_as_to_come(client, web_world):
    w = web_world
    meeting = _meeting(w)
    case = accepted_case(w, title="子育て相談の外部委託")
    actions.schedule_case(case, meeting)
    actions.cancel_meeting(meeting)
    page = _page(client, w.dept_a_user, reverse("councils:dashboard"))
    assert "会議で審議予定の案件はありません。" in page


def test_department_case_page_links_the_public_page_of_a_meeting_already_held(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    actions.close_meeting(meeting, end_time=datetime.time(15, 0))
    page = _page(client, w.dept_a_user, reverse("cases:detail", args=[case.pk]))
    public_url = reverse("portal:meeting", args=[meeting.pk])
    assert f'<a href="{public_url}">{meeting.label}</a>' in page
    client.logout()
    assert client.get(public_url).status_code == 200


def test_department_case_page_does_not_link_a_meeting_the_public_cannot_open(client, web_world):
    w = web_world
    # Entered after its day and not yet recorded: nothing of it is public, its public address answers 404.
    meeting = actions.plan_meeting(w.council, date=datetime.date.today() - datetime.timedelta(days=3), place=PLACE)
    case = accepted_case(w)
    actions.schedule_case(case, meeting)
    page = _page(client, w.dept_a_user, reverse("cases:detail", args=[case.pk]))
    public_url = reverse("portal:meeting", args=[meeting.pk])
    assert meeting.label in page and public_url not in page
    client.logout()
    assert client.get(public_url).status_code == 404
