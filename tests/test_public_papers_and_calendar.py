"""What is public can be downloaded and subscribed to by the public: a public case's 諮問書 (its public form), a
public meeting's papers as the observers get them (傍聴人用), and the meetings' iCalendar at a public address, per
council and for the whole site; a closed item's paper, a closed meeting and a closed item's title never."""
import datetime
import re

from django.test import Client
from helpers import accepted_case, document_text, import_published
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.meetings.actions import cancel_meeting, plan_meeting, schedule_case, set_agenda_item_publicity

CLOSED_TITLE = "非公開の児童記録 SENTINEL-CLOSED-PAPER-3c9e"


def meeting_with_a_closed_item(w):
    meeting, item, case = scheduled_meeting(w)
    closed = accepted_case(w, title=CLOSED_TITLE)
    schedule_case(closed, meeting, is_public=False, closed_reason="個人が特定されるおそれ")
    return meeting, case, closed


def test_a_public_case_s_shimonsho_is_public_and_a_closed_item_s_is_not(client, web_world):
    meeting, case, closed = meeting_with_a_closed_item(web_world)
    response = client.get(f"/documents/shimonsho/{case.pk}.pdf")
    assert response.status_code == 200 and response["Cache-Control"] == "public, max-age=300"
    text = document_text(response.content)
    assert case.title.replace(" ", "") in text and "審査チェックリスト" not in text  # the public form, no annexes
    # Its name is built from the record, never from what a person typed or uploaded.
    assert "filename*=utf-8''" in response["Content-Disposition"]
    assert client.get(f"/documents/shimonsho/{case.pk}.docx").status_code == 200
    assert client.get(f"/documents/shimonsho/{closed.pk}.pdf").status_code != 200
    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert f"/documents/shimonsho/{case.pk}.pdf" in page and f"/documents/shimonsho/{case.pk}.docx" in page


def test_an_imported_case_s_shimonsho_is_not_made_up(client, web_world):
    meeting, _ = import_published({
        "municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "令和5年度第1回",
        "date": "2023-07-10", "members_present": ["甲"], "chair": "甲",
        "items": [{"kind": "諮問", "title": "取込の案件", "outcome": "承認"}]}, source_name="hidari.txt")
    case = meeting.items.get().case
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    assert client.get(f"/documents/shimonsho/{case.pk}.pdf").status_code != 200
    assert "/documents/shimonsho/" not in client.get(f"/cases/{case.pk}/").content.decode()
    assert client.get(f"/meetings/{meeting.pk}/materials.pdf").status_code == 404


def test_a_public_meeting_s_papers_are_public_without_its_closed_items(client, web_world):
    meeting, case, closed = meeting_with_a_closed_item(web_world)
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    url = f"/meetings/{meeting.pk}/materials.pdf"
    assert f'href="{url}"' in page and f"/documents/shimonsho/{case.pk}.pdf" in page
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "傍聴人用" in response["Content-Disposition"] or "%E5%82%8D%E8%81%B4%E4%BA%BA%E7%94%A8" in \
        response["Content-Disposition"]
    text = document_text(response.content)
    assert case.title.replace(" ", "") in text and "SENTINEL-CLOSED-PAPER" not in text


def test_a_closed_meeting_s_papers_and_an_item_made_closed_stay_404(client, web_world):
    w = web_world
    closed_meeting = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=20), is_public=False,
                                  closed_reason="個別の事案を審議するため")
    schedule_case(accepted_case(w, title="非公開の会議の案件"), closed_meeting)
    assert client.get(f"/meetings/{closed_meeting.pk}/materials.pdf").status_code == 404
    # A meeting with only procedural items or none has no papers to offer.
    empty = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=40))
    assert client.get(f"/meetings/{empty.pk}/materials.pdf").status_code == 404
    assert "materials.pdf" not in client.get(f"/meetings/{empty.pk}/").content.decode()
    # An item made closed after it was announced: its case's paper goes with it.
    meeting, item, case = scheduled_meeting(w)
    assert client.get(f"/documents/shimonsho/{case.pk}.pdf").status_code == 200
    set_agenda_item_publicity(item, is_public=False, closed_reason="個人が特定されるおそれ")
    assert client.get(f"/meetings/{meeting.pk}/materials.pdf").status_code == 404
    assert client.get(f"/documents/shimonsho/{case.pk}.pdf").status_code != 200
    assert client.get("/meetings/999999/materials.pdf").status_code == 404


def events(text):
    text = text.replace("\r\n ", "")
    return {int(m[1]): m[0] for m in re.finditer(r"BEGIN:VEVENT.*?UID:meeting-(\d+)@.*?END:VEVENT", text, re.S)}


def test_the_public_calendar_holds_public_meetings_only_and_keeps_a_cancelled_one(client, web_world):
    w = web_world
    meeting, case, closed = meeting_with_a_closed_item(w)
    closed_meeting = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=20), is_public=False,
                                  closed_reason="個別の事案を審議するため")
    cancelled = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=30), place="第2会議室")
    before = events(client.get(f"/councils/{w.council.slug}/meetings.ics").content.decode())[cancelled.pk]
    cancel_meeting(cancelled)
    for url in (f"/councils/{w.council.slug}/meetings.ics", "/meetings.ics"):
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
        found = events(response.content.decode())
        assert set(found) == {meeting.pk, cancelled.pk} and closed_meeting.pk not in found
        assert case.title in found[meeting.pk] and "SENTINEL-CLOSED-PAPER" not in response.content.decode()
        assert "STATUS:CANCELLED" in found[cancelled.pk]
        sequence = int(re.search(r"SEQUENCE:(\d+)", found[cancelled.pk])[1])
        assert sequence > int(re.search(r"SEQUENCE:(\d+)", before)[1])
    council_page = client.get(f"/councils/{w.council.slug}/").content.decode()
    assert f'href="/councils/{w.council.slug}/meetings.ics"' in council_page
    assert 'href="/meetings.ics"' in client.get("/").content.decode()
    assert client.get("/councils/no-such-council/meetings.ics").status_code == 404


def test_the_staff_calendar_is_the_council_s_own_and_sends_others_to_the_public_one(client, web_world):
    w = web_world
    closed_meeting = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=20), is_public=False,
                                  closed_reason="個別の事案を審議するため")
    work = f"/work/meetings/calendar/{w.council.slug}.ics"
    response = client.get(work)
    assert response.status_code == 301 and response["Location"] == f"/councils/{w.council.slug}/meetings.ics"
    staff = Client()
    staff.force_login(w.secretariat)
    assert closed_meeting.pk in events(staff.get(work).content.decode())
