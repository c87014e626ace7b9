"""A record a reader may not see answers as one that does not exist, so no answer tells that it is there: at
/documents/ an anonymous reader is sent to the login page for a missing id and for a document it may not read
alike (a staff member's link in a mail still works once signed in), a signed-in one gets the same 404 for both;
the work pages decide the same way. The 403 page sends a resident back to the public site, staff to /work/."""
import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from shingikai.councils.models import Staff
from shingikai.documents.sampledata import build_record

MISSING = 999999


@pytest.fixture
def record(db):
    return build_record(closed_report=True, publish=False, issue=False)


def hidden_and_missing(r):
    """Each document URL shape, for a record the public may not read (minutes not published, an 答申 not issued, a
    case heard closed, a follow-up request, a 招集通知) beside the same shape with an id that does not exist."""
    shapes = [("minutes", r.meeting.pk), ("answer", r.answer.pk), ("shimonsho", r.case3.pk),
              ("followup", r.follow_submission.pk), ("convocation", r.meeting.pk)]
    return [(f"/documents/{kind}/{pk}.{fmt}{query}", f"/documents/{kind}/{MISSING}.{fmt}{query}")
            for kind, pk in shapes for fmt, query in (("pdf", ""), ("docx", ""), ("pdf", "?inline=1"))]


def test_anonymous_is_sent_to_login_alike_for_a_hidden_document_and_a_missing_one(client, record):
    for hidden, missing in hidden_and_missing(record):
        answers = [client.get(url) for url in (hidden, missing)]
        for url, response in zip((hidden, missing), answers):
            assert response.status_code == 302 and response["Location"].startswith("/login/?next="), url


def test_a_signed_in_reader_who_may_not_see_a_document_gets_the_404_of_a_missing_one(client, record):
    user = get_user_model().objects.create_user("yoso", password="pass-12345")
    client.force_login(user)  # signed in, with no role in the record's city
    for hidden, missing in hidden_and_missing(record):
        assert client.get(hidden).status_code == client.get(missing).status_code == 404, hidden


def test_the_councils_own_secretariat_still_reads_them(client, record):
    user = get_user_model().objects.create_user("jimu2", password="pass-12345")
    Staff.objects.create(name="事務 局員", title="主事", user=user).secretariat_councils.add(record.council)
    client.force_login(user)
    for hidden, _ in hidden_and_missing(record):
        assert client.get(hidden).status_code == 200, hidden


def test_a_public_document_is_unchanged(client, db):
    r = build_record()
    response = client.get(f"/documents/minutes/{r.meeting.pk}.pdf")
    assert response.status_code == 200 and response["Cache-Control"] == "public, max-age=300"


def test_tabling_a_report_on_a_meeting_one_may_not_see_is_404_like_a_missing_meeting(client, world):
    from helpers import announced_ahead

    from shingikai.meetings.actions import plan_meeting

    meeting = announced_ahead(plan_meeting(world.council, date=__import__("datetime").date(2025, 9, 17)))
    client.force_login(world.other_secretariat)
    for pk in (meeting.pk, MISSING):
        assert client.get(f"/disclosure/agenda/{pk}/report/").status_code == 404
    client.force_login(world.member_user)  # sees the meeting, may not table: refused, not hidden
    assert client.get(f"/disclosure/agenda/{meeting.pk}/report/").status_code == 403


def test_the_403_page_sends_a_resident_to_the_front_page_and_staff_to_work(client, world):
    refused = Client(enforce_csrf_checks=True).post("/login/", {"username": "x", "password": "y"})
    body = refused.content.decode()
    assert refused.status_code == 403 and 'href="/">トップページへ戻る' in body and 'href="/work/"' not in body
    client.force_login(world.stranger)
    refused = client.get("/work/cases/new/")
    assert refused.status_code == 403 and 'href="/work/">ホームへ戻る' in refused.content.decode()
