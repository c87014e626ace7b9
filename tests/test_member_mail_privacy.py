"""Mail to the members of a council: the members are not the city's staff, and each gave the secretariat a
private address. No member receives another member's address, in any header of the message as sent."""
import datetime

from django.core import mail
from django.urls import reverse
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.meetings.notify import send_notices

MEMBER_ADDRESSES = [f"iin{n}@private.example.jp" for n in range(5)]


def _addresses(world):
    for person, address in zip(world.people, MEMBER_ADDRESSES):
        person.email = address
        person.save()


def _as_sent(message):
    """The headers and body that every recipient receives (Bcc is the envelope's only)."""
    return message.message().as_string()


def test_the_convocation_reaches_every_member_without_showing_them_each_other(client, web_world):
    w = web_world
    _addresses(w)
    meeting, _, _ = scheduled_meeting(w)
    client.force_login(w.secretariat)
    client.post(reverse("meetings:convene", args=[meeting.pk]))
    sent, = mail.outbox
    assert sent.to == ["jimukyoku@example.jp"] and not sent.cc
    assert sorted(sent.recipients()) == sorted(MEMBER_ADDRESSES + ["jimukyoku@example.jp"])
    assert not any(address in _as_sent(sent) for address in MEMBER_ADDRESSES)


def test_the_notice_before_a_meeting_shows_no_member_the_others_addresses(web_world):
    w = web_world
    _addresses(w)
    today = datetime.date.today()
    scheduled_meeting(w, date=today + datetime.timedelta(days=7))
    send_notices(today)
    to_council = next(m for m in mail.outbox if MEMBER_ADDRESSES[0] in m.recipients())
    assert set(MEMBER_ADDRESSES) <= set(to_council.recipients()) and "jimukyoku@example.jp" in to_council.to
    assert not any(address in _as_sent(to_council) for address in MEMBER_ADDRESSES)


def test_without_a_secretariat_address_the_members_are_still_hidden_from_each_other(client, web_world, settings):
    w = web_world
    _addresses(w)
    w.secretariat.email = ""
    w.secretariat.save()
    meeting, _, _ = scheduled_meeting(w)
    client.force_login(w.secretariat)
    client.post(reverse("meetings:convene", args=[meeting.pk]))
    sent, = mail.outbox
    assert sent.to == [settings.DEFAULT_FROM_EMAIL] and sorted(sent.bcc) == sorted(MEMBER_ADDRESSES)
    assert not any(address in _as_sent(sent) for address in MEMBER_ADDRESSES)
