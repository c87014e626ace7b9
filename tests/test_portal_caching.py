"""Anonymous portal pages may be kept a minute and are then revalidated by an ETag made of versions.

A browser or proxy that sends back the ETag gets 304, and a visitor without a copy gets the page this
process kept under that ETag, neither rendered again while nothing public on it changed; any change
through an action (a publication, a correction) changes the ETag at once, so neither goes stale.
Signed-in visitors never get a shared or revalidated copy. (That an unpublished page is never confirmed
to a cached copy is in tests/test_leaks.py.)
"""
import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from shingikai.minutes.actions import amend_minutes
from test_query_counts import cycle
from test_web_support import web_world  # noqa: F401

from conftest import PASSWORD


def test_anonymous_front_page_and_meeting_are_public_for_a_minute_then_served_without_rendering(
        web_world, client):
    meeting, _, _ = cycle(web_world, 0)
    for url in ("/", f"/meetings/{meeting.pk}/"):
        with CaptureQueriesContext(connection) as rendered:
            response = client.get(url)
        assert response.status_code == 200
        assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
        # A visitor without a copy: the page kept under its ETag, read by its tag's queries only.
        with CaptureQueriesContext(connection) as kept:
            again = client.get(url)
        assert again.status_code == 200 and again.content == response.content
        assert again["ETag"] == response["ETag"] and len(kept) < len(rendered)
        # A visitor revalidating its copy: 304 and no body.
        with CaptureQueriesContext(connection) as revalidated:
            unchanged = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
        assert unchanged.status_code == 304 and unchanged.content == b""
        assert unchanged["ETag"] == response["ETag"] and len(revalidated) == len(kept)


def test_a_new_publication_changes_the_front_pages_etag(web_world, client):
    cycle(web_world, 0)
    before = client.get("/")["ETag"]
    second, _, _ = cycle(web_world, 1)
    response = client.get("/", HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200 and response["ETag"] != before
    assert f"/meetings/{second.pk}/" in response.content.decode()


def test_a_corrected_turn_changes_the_meetings_etag(web_world, client):
    meeting, _, _ = cycle(web_world, 0)
    url = f"/meetings/{meeting.pk}/"
    before = client.get(url)["ETag"]
    turn = meeting.turns.order_by("order").first()
    amend_minutes(meeting.minutes, reason="氏名の誤記", after="訂正後の発言です。", turn=turn)
    response = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200 and response["ETag"] != before
    assert "訂正後の発言です。" in response.content.decode()


def test_a_change_to_a_case_on_a_published_meeting_changes_its_etag(web_world, client):
    from helpers import import_published
    from shingikai.cases.models import Case
    from shingikai.precedents.actions import confirm_topic

    meeting, _ = import_published({
        "municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "令和5年度第1回",
        "date": "2023-07-10", "members_present": ["甲", "乙"], "chair": "甲",
        "items": [{"kind": "諮問", "title": "防犯カメラの設置", "departments": ["担当課"], "categories": [],
                   "outcome": "承認", "conditions": []},
                  {"kind": "諮問", "title": "図書館システムの更新", "departments": ["担当課"], "categories": [],
                   "outcome": "承認", "conditions": []}],
        "turns": []}, source_name="hidari.txt")
    url = f"/meetings/{meeting.pk}/"
    before = client.get(url)["ETag"]
    # The second case, whose version is not the agenda's highest: any one case's change counts.
    case = Case.objects.filter(agenda_items__meeting=meeting).order_by("pk").last()
    confirm_topic(case, "図書館システム", by=web_world.secretariat)
    assert client.get(url, HTTP_IF_NONE_MATCH=before).status_code == 200


def test_signed_in_visitors_get_no_etag_and_no_shared_copy(web_world, client):
    meeting, _, _ = cycle(web_world, 0)
    for url in ("/", f"/meetings/{meeting.pk}/"):
        anonymous = client.get(url)["ETag"]
        client.get(url)  # now kept for anonymous visitors
        assert client.login(username=web_world.member_user.username, password=PASSWORD)
        response = client.get(url, HTTP_IF_NONE_MATCH=anonymous)
        assert response.status_code == 200 and not response.has_header("ETag")
        assert "業務画面" in response.content.decode()  # the signed-in page, not the kept anonymous one
        assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
        client.logout()


def test_a_missing_meeting_is_a_plain_404_without_caching_headers(web_world, client):
    response = client.get("/meetings/999999/", HTTP_IF_NONE_MATCH='"anything"')
    assert response.status_code == 404
    assert not response.has_header("ETag") and "public" not in response.get("Cache-Control", "")


def test_cancelling_a_meeting_changes_its_pages_etag(web_world, client):
    """A cancelled meeting stays public as 中止 (test_public_record_changes): a kept copy of it as 開催予定 is not
    confirmed."""
    from shingikai.meetings.actions import cancel_meeting, plan_meeting

    planned = plan_meeting(web_world.council, date=datetime.date.today() + datetime.timedelta(days=30))
    etag = client.get(f"/meetings/{planned.pk}/")["ETag"]
    cancel_meeting(planned)
    response = client.get(f"/meetings/{planned.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and "中止" in response.content.decode()


def test_a_renamed_department_or_member_changes_the_meetings_etag_at_once(web_world, client):
    """Departments, members and officials carry no version: their save time is part of the ETag, so a
    kept page never shows an old name (they are renamed in the admin, outside any action)."""
    meeting, case, _ = cycle(web_world, 0)
    url = f"/meetings/{meeting.pk}/"
    etag = client.get(url)["ETag"]
    for record in (case.department, web_world.people[0], web_world.secretariat_staff):
        record.name = record.name + "(改)"
        record.save()
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 200 and response["ETag"] != etag
        etag = response["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_an_answer_issued_at_a_published_meeting_changes_its_etag(web_world, client):
    from shingikai.meetings import actions as meeting_actions
    from test_web_support import held_meeting

    meeting, _, _ = cycle(web_world, 0)
    url = f"/meetings/{meeting.pk}/"
    before = client.get(url)["ETag"]
    # A case decided at another meeting, answered at this one.
    other, item, case = held_meeting(web_world)
    meeting_actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = meeting_actions.draft_answer(web_world.council, cases=[case], addressee="みなみ市長", conclusion="適当と認める。")
    meeting_actions.issue_answer(answer, date=other.date, meeting=meeting, number="答申第99号")
    response = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200 and response["ETag"] != before
    assert "答申第99号" in response.content.decode()


def test_a_change_on_the_council_settings_page_changes_the_meetings_etag(web_world, client):
    """The secretariat sets how its public pages name speakers and place closed items: a kept page follows."""
    from shingikai.councils.actions import update_council_settings

    meeting, _, _ = cycle(web_world, 0)
    url = f"/meetings/{meeting.pk}/"
    etag = client.get(url)["ETag"]
    for change in ({"closed_items_shown": "omit"}, {"name_policy": "letter"}):
        update_council_settings(web_world.council, by=web_world.secretariat, **change)
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 200 and response["ETag"] != etag, change
        etag = response["ETag"]
