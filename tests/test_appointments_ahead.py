"""Appointments on the members screen that are recorded ahead or typed wrong: a term to come reads 「就任前」 and can
be corrected, a successor serves the rest of the running term and never beyond it, a member
resigning on a day to come keeps the e-mail form, the kind of ending is kept, and a member appointed again
keeps the 選出区分."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from shingikai.councils import actions
from shingikai.councils.models import Membership
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from test_web_support import web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def members_page(client, w):
    client.force_login(w.secretariat)
    return client.get(reverse("councils:members", args=[w.council.pk])).content.decode()


def row(page, membership):
    return page.split(f'id="membership-{membership.pk}"', 1)[1].split("</tr>", 1)[0]


def test_an_appointment_recorded_ahead_reads_before_office_and_is_corrected(client, web_world):
    w = web_world
    start = timezone.localdate() + datetime.timedelta(days=30)
    ahead = actions.appoint_successor(w.council, name="北野 六郎", appointed_on=start, term_start=start,
                                      term_end=start + datetime.timedelta(days=700), by=w.secretariat)
    page = row(members_page(client, w), ahead)
    assert f"就任前 ({to_wareki(start)}から)" in page and "任期外" not in page
    assert 'value="correct"' in page and f'name="e{ahead.pk}-email"' in page
    later = start + datetime.timedelta(days=10)
    response = client.post(reverse("councils:members", args=[w.council.pk]), {
        "what": "correct", "membership": ahead.pk, f"c{ahead.pk}-appointed_on": later.isoformat(),
        f"c{ahead.pk}-term_start": later.isoformat(), f"c{ahead.pk}-term_end": "", f"c{ahead.pk}-sector": "市民公募"},
        follow=True)
    assert "北野 六郎 の委嘱を訂正しました" in response.content.decode()
    ahead.refresh_from_db()
    assert (ahead.term_start, ahead.sector) == (later, "市民公募")


def test_a_successor_with_a_blank_term_end_serves_the_rest_of_the_term_and_not_beyond(world):
    w = world
    start = timezone.localdate()
    end = Membership.objects.get(council=w.council, person=w.people[0]).term_end
    successor = actions.appoint_successor(w.council, name="北野 六郎", appointed_on=start, term_start=start,
                                          by=w.secretariat)
    assert successor.term_end == end
    with pytest.raises(ActionRefused, match="前任者の残任期間"):
        actions.appoint_successor(w.council, name="南田 七子", appointed_on=start, term_start=start,
                                  term_end=end + datetime.timedelta(days=1), by=w.secretariat)
    assert not Membership.objects.filter(person__name="南田 七子").exists()


def test_a_member_resigning_on_a_day_to_come_keeps_the_e_mail_form_and_the_reason_is_shown(client, web_world):
    w = web_world
    leaving = Membership.objects.get(council=w.council, person=w.people[3])
    last_day = timezone.localdate() + datetime.timedelta(days=20)
    client.force_login(w.secretariat)
    response = client.post(reverse("councils:members", args=[w.council.pk]), {
        "what": "end", "membership": leaving.pk, f"m{leaving.pk}-ended_on": last_day.isoformat(),
        f"m{leaving.pk}-reason": "辞職"}, follow=True)
    assert "事由: 辞職" in response.content.decode()
    assert Membership.objects.get(pk=leaving.pk).end_reason == "辞職"
    page = row(members_page(client, w), leaving)
    assert f"{to_wareki(last_day)} 退任予定 (辞職)" in page and f'name="e{leaving.pk}-email"' in page
    client.post(reverse("councils:members", args=[w.council.pk]), {
        "what": "end", "membership": leaving.pk, f"m{leaving.pk}-ended_on": last_day.isoformat(),
        f"m{leaving.pk}-reason": "転居"})
    with pytest.raises(ActionRefused, match="退任の事由"):
        actions.end_membership(Membership.objects.get(council=w.council, person=w.people[4]),
                               on=last_day, reason="転居")


def test_a_member_appointed_again_keeps_the_sector(client, web_world):
    w = web_world
    first = Membership.objects.get(council=w.council, person=w.people[0])
    Membership.objects.filter(pk=first.pk).update(sector="学識経験者")
    actions.end_membership(first, on=timezone.localdate() - datetime.timedelta(days=1), reason="任期満了")
    again = actions.appoint_successor(w.council, name="", person=w.people[0], appointed_on=timezone.localdate(),
                                      term_start=timezone.localdate(), by=w.secretariat)
    assert again.sector == "学識経験者"
    assert "学識経験者" in actions.person_label(w.people[0], w.city)
