"""Whether an agenda item is deliberated in public: a reason for closing beside a ticked 公開 box is a
contradiction the secretariat is asked to resolve, never saved as a public item."""
import datetime

import pytest
from django.urls import reverse

from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import AgendaItem
from test_web_support import accepted_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def _meeting(w):
    return actions.plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=10))


def test_a_closing_reason_typed_with_public_left_ticked_adds_no_item(client, web_world):
    w = web_world
    meeting, case = _meeting(w), accepted_case(w)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:agenda_add", args=[meeting.pk]), {
        "what": "case", "case": case.pk, "is_public": "on", "closed_reason": "警備上の支障があるため"})
    assert response.status_code == 400
    assert "非公開にするときは『公開で審議する』のチェックを外してください" in response.content.decode()
    assert not meeting.items.exists()


def test_schedule_case_refuses_a_public_item_with_a_closing_reason(web_world):
    w = web_world
    meeting, case = _meeting(w), accepted_case(w)
    with pytest.raises(ActionRefused, match="チェックを外してください"):
        actions.schedule_case(case, meeting, is_public=True, closed_reason="警備上の支障があるため")
    with pytest.raises(ActionRefused, match="チェックを外してください"):
        actions.add_item(meeting, kind=AgendaItem.Kind.REPORT, title="運用状況報告", closed_reason="警備上の支障")
    assert not meeting.items.exists()


def test_a_new_reason_typed_beside_public_on_the_item_form_is_refused(client, web_world):
    w = web_world
    meeting, case = _meeting(w), accepted_case(w)
    item = actions.schedule_case(case, meeting)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:agenda_item_edit", args=[meeting.pk, item.pk]), {
        "action": "publicity", "is_public": "on", "closed_reason": "警備上の支障があるため"})
    assert "非公開にするときは『公開』のチェックを外してください" in response.content.decode()
    item.refresh_from_db()
    assert item.is_public and item.closed_reason == ""


def test_ticking_public_on_a_closed_item_with_its_reason_still_shown_opens_it(web_world):
    w = web_world
    meeting, case = _meeting(w), accepted_case(w)
    item = actions.schedule_case(case, meeting, is_public=False, closed_reason="警備上の支障があるため")
    item = actions.set_agenda_item_publicity(item, is_public=True, closed_reason="警備上の支障があるため")
    assert item.is_public and item.closed_reason == ""


def test_the_meeting_page_says_public_or_closed_for_every_item(client, web_world):
    w = web_world
    meeting = _meeting(w)
    actions.schedule_case(accepted_case(w, title="窓口のカメラ設置"), meeting)
    actions.schedule_case(accepted_case(w, title="サーバ室の入退室管理"), meeting, is_public=False,
                          closed_reason="警備上の支障があるため")
    client.force_login(w.secretariat)
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    public_item = html.split("窓口のカメラ設置")[1].split("</h3>")[0]
    closed_item = html.split("サーバ室の入退室管理")[1].split("非公開の理由")[0]
    assert '<span class="tag">公開</span>' in public_item
    assert "tag-closed" in closed_item
    assert "非公開の理由: 警備上の支障があるため" in html
