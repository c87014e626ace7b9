"""The public copies follow every change to a meeting or a case: an agenda changed in any way changes the page's
ETag and the APIs' `modified`; a renumbered meeting is modified too; a cancelled meeting stays public as 中止 (page,
API, OParl `cancelled`, the calendar's STATUS:CANCELLED with a newer SEQUENCE); a case taken back from the public
says so (410) and nothing else of it."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from helpers import accepted_case, announced_ahead

from shingikai.cases.actions import add_attachment, publish_case, unpublish_case
from shingikai.meetings import actions
from shingikai.meetings.models import AgendaItem, Meeting

LONG_AGO = datetime.datetime(2025, 1, 1, 9, 0, tzinfo=datetime.timezone.utc)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def planned(world, day=datetime.date(2025, 9, 17)):
    meeting = announced_ahead(actions.plan_meeting(world.council, date=day))
    actions.schedule_case(accepted_case(world, title="公開の案件"), meeting)
    return Meeting.objects.get(pk=meeting.pk)


def as_of_long_ago(meeting):
    """The meeting as a harvester last saw it, months ago."""
    Meeting.objects.filter(pk=meeting.pk).update(created_at=LONG_AGO, changed_at=LONG_AGO)


def modified(client, meeting):
    return client.get(f"/api/meetings/{meeting.pk}").json()["modified"]


def harvested_since(client, moment="2025-06-01"):
    return [row["id"] for row in client.get("/api/meetings", {"modified_since": moment}).json()["items"]]


@pytest.mark.parametrize("change", ["add_report", "add_register_report", "remove", "move", "make_closed"])
def test_every_agenda_change_changes_the_public_pages_etag_and_modified(client, world, change):
    from shingikai.registers import actions as registers

    meeting = planned(world)
    other = actions.add_item(meeting, kind=AgendaItem.Kind.OTHER, title="その他の連絡")
    as_of_long_ago(meeting)
    url = f"/meetings/{meeting.pk}/"
    etag = client.get(url)["ETag"]
    assert meeting.pk not in harvested_since(client)
    if change == "add_report":
        actions.add_item(meeting, kind=AgendaItem.Kind.REPORT, title="運用状況の報告")
    elif change == "add_register_report":
        incident = registers.record_incident(world.dept_a, title="通知書の誤送付", discovered_on=datetime.date(2025, 6, 2),
                                             what_leaked="氏名、住所", whose="通知書の宛先の市民", people_count=3)
        registers.report_incident(incident, meeting, by=world.secretariat)
    elif change == "remove":
        actions.remove_agenda_item(other)
    elif change == "move":
        actions.move_agenda_item(other, position=1)
    else:
        actions.set_agenda_item_publicity(other, is_public=False, closed_reason="個人情報を含むため")
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag
    body = response.content.decode()
    assert ("運用状況の報告" in body) == (change == "add_report")
    assert ("その他の連絡" in body) == (change in ("add_report", "add_register_report", "move"))
    assert modified(client, meeting) > "2025-06"
    assert meeting.pk in harvested_since(client)


def test_a_meeting_moved_on_by_an_earlier_one_is_modified(client, world):
    later = planned(world, datetime.date(2025, 9, 17))
    as_of_long_ago(later)
    label = client.get(f"/api/meetings/{later.pk}").json()["label"]
    announced_ahead(actions.plan_meeting(world.council, date=datetime.date(2025, 8, 1)))
    record = client.get(f"/api/meetings/{later.pk}").json()
    assert record["label"] != label and record["modified"] > "2025-06"
    assert later.pk in harvested_since(client)
    oparl = client.get(f"/oparl/v1/meeting/{later.pk}").json()
    assert oparl["modified"] > "2025-06"


def test_a_cancelled_meeting_stays_public_as_cancelled(client, world):
    meeting = planned(world)
    calendar = f"/councils/{world.council.slug}/meetings.ics"
    before = client.get(calendar).content.decode().replace("\r\n ", "")
    as_of_long_ago(meeting)
    actions.cancel_meeting(meeting)
    page = client.get(f"/meetings/{meeting.pk}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "この会議は中止になりました" in body and "9月17日" in body
    assert "公開の案件" not in body  # the agenda of a meeting not held is no longer published
    council_page = client.get(f"/councils/{world.council.slug}/").content.decode()
    assert f"/meetings/{meeting.pk}/" in council_page and "中止" in council_page
    record = client.get(f"/api/meetings/{meeting.pk}").json()
    assert record["state"] == "中止" and record["items"] == [] and record["modified"] > "2025-06"
    assert meeting.pk in harvested_since(client)
    oparl = client.get(f"/oparl/v1/meeting/{meeting.pk}").json()
    assert oparl["cancelled"] is True and oparl["meetingState"] == "中止"
    after = client.get(calendar).content.decode().replace("\r\n ", "")
    event = after[after.index(f"UID:meeting-{meeting.pk}@"):]
    event = event[:event.index("END:VEVENT")]
    assert "STATUS:CANCELLED" in event and "公開の案件" not in event
    old_sequence = int(before.split(f"UID:meeting-{meeting.pk}@")[1].split("SEQUENCE:")[1].split("\r\n")[0])
    assert int(event.split("SEQUENCE:")[1].split("\r\n")[0]) > old_sequence


def test_a_meeting_entered_after_its_day_and_cancelled_was_never_public(client, world):
    meeting = actions.plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    Meeting.objects.filter(pk=meeting.pk).update(created_at=datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc))
    actions.cancel_meeting(meeting)
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 404
    assert client.get(f"/api/meetings/{meeting.pk}").status_code == 404


@pytest.mark.parametrize("taken_back", ["unpublished", "heard_closed", "withdrawn"])
def test_a_case_taken_back_from_the_public_says_so_and_nothing_of_it(client, world, taken_back):
    from shingikai.cases.actions import withdraw_case

    case = accepted_case(world, title="SECRETCO社への委託")
    attachment = add_attachment(case, title="概要", file=SimpleUploadedFile("a.txt", b"SECRETCO"), is_public=True)
    publish_case(case)
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    if taken_back == "unpublished":
        unpublish_case(case)
    elif taken_back == "heard_closed":
        meeting = announced_ahead(actions.plan_meeting(world.council, date=datetime.date(2025, 9, 17)))
        actions.schedule_case(case, meeting, is_public=False, closed_reason="個人情報を含むため")
    else:
        withdraw_case(case, reason="事業の見直しのため")
    for url in (f"/cases/{case.pk}/", f"/cases/{case.pk}/attachments/{attachment.pk}/"):
        response = client.get(url)
        assert response.status_code == 410, url
        body = response.content.decode()
        assert "公開していません" in body and "SECRETCO" not in body
    api = client.get(f"/api/cases/{case.pk}")
    assert api.status_code == 410 and api.json() == {"id": case.pk, "deleted": True, "detail": "この案件は公開を終了しました。"}


def test_a_case_never_public_is_the_same_404_as_none(client, world):
    case = accepted_case(world, title="受付済の案件")
    attachment = add_attachment(case, title="概要", file=SimpleUploadedFile("a.txt", b"x"), is_public=True)
    for url in (f"/cases/{case.pk}/", f"/cases/{case.pk}/attachments/{attachment.pk}/", "/cases/999999/",
                f"/api/cases/{case.pk}"):
        assert client.get(url).status_code == 404, url
