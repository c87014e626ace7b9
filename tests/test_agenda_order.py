"""Where an item added to an agenda goes: before the steps that end the meeting (その他, 次回日程, 閉会), where
the other cases are, on the secretariat's page and the public one alike."""
import datetime

import pytest
from django.urls import reverse

from shingikai.meetings import actions
from shingikai.meetings.models import AgendaItem
from test_web_support import accepted_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def _planned(w, *procedures):
    meeting = actions.plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=10),
                                   start_time=datetime.time(14, 0), place="北山市役所 5階 大会議室")
    for procedure in procedures:
        actions.add_procedural_item(meeting, procedure)
    return meeting


def _titles(meeting):
    return list(meeting.items.order_by("order").values_list("title", flat=True))


def test_a_case_added_to_an_agenda_goes_before_next_meeting_and_closing(web_world):
    w = web_world
    meeting = _planned(w, "開会", "前回議事録の確定", "次回日程", "閉会")
    item = actions.schedule_case(accepted_case(w, title="子育て相談の外部委託"), meeting)
    assert _titles(meeting) == ["開会", "前回議事録の確定", "子育て相談の外部委託", "次回日程", "閉会"]
    assert item.order == 3


def test_a_second_case_follows_the_first_and_precedes_other_business(web_world):
    w = web_world
    meeting = _planned(w, "開会", "その他", "閉会")
    actions.schedule_case(accepted_case(w, title="第一の案件"), meeting)
    actions.schedule_case(accepted_case(w, title="第二の案件"), meeting)
    actions.add_item(meeting, kind=AgendaItem.Kind.REPORT, title="運用状況の報告")
    assert _titles(meeting) == ["開会", "第一の案件", "第二の案件", "運用状況の報告", "その他", "閉会"]


def test_an_agenda_without_closing_steps_takes_the_case_at_its_end(web_world):
    w = web_world
    meeting = _planned(w, "開会", "説明")
    actions.schedule_case(accepted_case(w, title="末尾の案件"), meeting)
    assert _titles(meeting) == ["開会", "説明", "末尾の案件"]


def test_a_case_added_on_the_meeting_page_is_shown_before_closing_there_and_publicly(client, web_world):
    w = web_world
    meeting = _planned(w, "開会", "次回日程", "閉会")
    case = accepted_case(w, title="子育て相談の外部委託")
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:agenda_add", args=[meeting.pk]),
                           {"what": "case", "case": case.pk, "is_public": "on"})
    assert response.status_code in (200, 302)
    assert _titles(meeting) == ["開会", "子育て相談の外部委託", "次回日程", "閉会"]
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert page.index("子育て相談の外部委託") < page.index("次回日程") < page.rindex("閉会")
    client.logout()
    public = client.get(reverse("portal:meeting", args=[meeting.pk])).content.decode()
    assert public.index("子育て相談の外部委託") < public.index("次回日程")
    body = public[public.index("子育て相談の外部委託"):]
    assert "閉会" in body
