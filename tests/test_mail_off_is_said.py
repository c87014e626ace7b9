"""A server whose mail reaches no one (EMAIL_BACKEND left out: Django's console backend prints each mail to the
log) says so: the 招集通知 is recorded but not reported sent, signed-in pages carry the warning, the login page
offers no reset by mail and `send-notices` refuses."""
import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from test_web_support import held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.meetings import actions

CONSOLE = "django.core.mail.backends.console.EmailBackend"


@pytest.fixture
def mail_off(settings):
    settings.EMAIL_BACKEND = CONSOLE


def test_the_convocation_is_not_reported_sent_when_no_mail_goes_out(client, web_world, mail_off):
    w = web_world
    for n, person in enumerate(w.people):
        person.email = f"iin{n}@example.jp"
        person.save()
    meeting, _, _ = scheduled_meeting(w)
    client.force_login(w.secretariat)
    page = client.post(reverse("meetings:convene", args=[meeting.pk]), follow=True).content.decode()
    assert "招集通知を委員に送りました" not in page
    assert "招集通知を記録しました" in page and "委員にメールは届いていません" in page and "EMAIL_BACKEND" in page
    meeting.refresh_from_db()
    assert meeting.convened_on is not None


def test_signed_in_pages_warn_that_no_mail_goes_out(client, world, mail_off):
    client.force_login(world.secretariat)
    assert "このサーバーはメールを送信しません" in client.get("/work/").content.decode()


def test_signed_in_pages_say_nothing_when_mail_goes_out(client, world):
    client.force_login(world.secretariat)
    assert "このサーバーはメールを送信しません" not in client.get("/work/").content.decode()


def test_the_login_page_offers_no_reset_by_mail_when_no_mail_goes_out(client, world, mail_off):
    assert reverse("password_reset") not in client.get(reverse("login")).content.decode()
    assert client.get(reverse("password_reset")).status_code == 404
    assert client.post(reverse("password_reset"), {"email": "shimin@example.jp"}).status_code == 404


def test_send_notices_refuses_when_no_mail_goes_out(db, mail_off):
    with pytest.raises(CommandError, match="メールを送信しません.*EMAIL_BACKEND"):
        call_command("send_notices", verbosity=0)
    assert not mail.outbox


def test_asking_members_to_check_the_minutes_promises_no_mail(client, web_world, mail_off):
    w = web_world
    meeting, _, _ = held_meeting(w, present=w.people[1:])
    actions.close_meeting(meeting)
    client.force_login(w.secretariat)
    page = client.post(reverse("minutes:request_checks", args=[meeting.minutes.pk]),
                       {"version": meeting.minutes.version}, follow=True).content.decode()
    assert "確認を依頼しました" in page and "メールが届き" not in page
