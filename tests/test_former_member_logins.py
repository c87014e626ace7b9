"""A member's login ends with the membership: a 退任 recorded after its day stops it at once, one recorded ahead
(or a term that runs out) with the daily run after the last day in office, unless the person goes on serving
another council or term (the screen says why it stays). The secretariat sees and changes the address a reset
by mail goes to: the member's e-mail is the login's too."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from shingikai.councils import actions
from shingikai.councils.models import Council, Membership
from shingikai.jp.wareki import to_wareki

pytestmark = pytest.mark.django_db


def members_page(world):
    return reverse("councils:members", args=[world.council.pk])


def membership(world):
    return Membership.objects.get(council=world.council, person=world.people[1])


def end(client, world, on, reason="辞職"):
    m = membership(world)
    return client.post(members_page(world), {"what": "end", "membership": m.pk, f"m{m.pk}-ended_on": to_wareki(on),
                                             f"m{m.pk}-reason": reason}, follow=True)


def active(user):
    return get_user_model().objects.get(pk=user.pk).is_active


def test_a_resignation_recorded_after_its_day_stops_the_login_and_its_sessions(client, world):
    member = Client()
    member.force_login(world.member_user)
    client.force_login(world.secretariat)
    response = end(client, world, timezone.localdate() - datetime.timedelta(days=1))
    assert "ログイン (iin) を停止しました" in response.content.decode()
    assert not active(world.member_user)
    assert member.get("/work/").status_code == 302
    assert "停止中" in client.get(members_page(world)).content.decode()


def test_a_resignation_ahead_stops_the_login_with_the_daily_run_after_the_last_day(client, world):
    client.force_login(world.secretariat)
    last_day = timezone.localdate() + datetime.timedelta(days=3)
    response = end(client, world, last_day)
    assert f"退任日の翌日 ({to_wareki(last_day + datetime.timedelta(days=1))})" in response.content.decode()
    assert actions.stop_former_member_logins(last_day) == [] and active(world.member_user)
    assert actions.stop_former_member_logins(last_day + datetime.timedelta(days=1)) == [world.people[1]]
    assert not active(world.member_user)


def test_a_term_that_ran_out_stops_the_login_with_the_daily_run(world):
    Membership.objects.filter(council=world.council).update(term_end=datetime.date(2026, 3, 31))
    assert actions.stop_former_member_logins(datetime.date(2026, 3, 31)) == []
    assert actions.stop_former_member_logins(datetime.date(2026, 4, 1)) == [world.people[1]]
    assert active(world.secretariat) and active(world.dept_a_user)


def test_the_login_stays_while_the_person_serves_another_council_and_the_screen_says_so(client, world):
    other = Council.objects.create(municipality=world.city, name="みなみ市行政不服審査会", slug="minami-shinsakai",
                                   body_type="審査会")
    actions.appoint_member(other, world.people[1], appointed_on=datetime.date(2024, 4, 1),
                           term_start=datetime.date(2024, 4, 1))
    client.force_login(world.secretariat)
    response = end(client, world, timezone.localdate() - datetime.timedelta(days=1))
    assert "ログイン (iin) はみなみ市行政不服審査会の委員を続けるため停止しません" in response.content.decode()
    assert active(world.member_user)
    assert actions.stop_former_member_logins(timezone.localdate() + datetime.timedelta(days=1)) == []


def test_the_members_email_is_the_logins_and_the_secretariat_sees_where_a_reset_goes(client, world):
    client.force_login(world.secretariat)
    m = membership(world)
    client.post(members_page(world), {"what": "email", "membership": m.pk, f"e{m.pk}-email": "inoue@new.example.jp"})
    assert get_user_model().objects.get(pk=world.member_user.pk).email == "inoue@new.example.jp"
    assert "再設定メール: inoue@new.example.jp" in client.get(members_page(world)).content.decode()


def test_a_member_appointed_again_has_the_stopped_login_restarted(client, world):
    client.force_login(world.secretariat)
    end(client, world, timezone.localdate() - datetime.timedelta(days=1))
    Membership.objects.filter(pk=membership(world).pk).update(ended_on=None, end_reason="")  # appointed again
    response = client.post(members_page(world), {"what": "restart", "person": world.people[1].pk}, follow=True)
    assert "井上 二葉 のログインを再開しました" in response.content.decode()
    assert active(world.member_user)


def test_the_daily_send_notices_stops_them_and_says_whose(world):
    import io

    from django.core.management import call_command

    Membership.objects.filter(council=world.council).update(term_end=timezone.localdate() - datetime.timedelta(days=1))
    out = io.StringIO()
    call_command("send_notices", stdout=out)
    assert "委員 1 人のログインを停止しました: 井上 二葉" in out.getvalue()
    assert not active(world.member_user)
