"""The public copies follow every change to a meeting or a case: an agenda changed in any way changes the page's
ETag and the APIs' `modified`; a renumbered meeting is modified too; a cancelled meeting stays public as 中止 (page,
API, OParl `cancelled`, the calendar's STATUS:CANCELLED with a newer SEQUENCE); a case taken back from the public
says so (410) and nothing else of it, and the lists asked for what changed since a moment name it as deleted, with
when it was taken back (an answer and an imported meeting the same)."""
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


def take_back(world, case, how):
    from shingikai.cases.actions import withdraw_case

    if how == "unpublished":
        unpublish_case(case, reason="訂正のため")
    elif how == "heard_closed":
        meeting = announced_ahead(actions.plan_meeting(world.council, date=datetime.date(2025, 9, 17)))
        actions.schedule_case(case, meeting, is_public=False, closed_reason="個人情報を含むため")
    else:
        withdraw_case(case, reason="事業の見直しのため")


@pytest.mark.parametrize("taken_back", ["unpublished", "heard_closed", "withdrawn"])
def test_a_case_taken_back_from_the_public_says_so_and_nothing_of_it(client, world, taken_back):
    case = accepted_case(world, title="SECRETCO社への委託")
    attachment = add_attachment(case, title="概要", file=SimpleUploadedFile("a.txt", b"SECRETCO"), is_public=True)
    publish_case(case)
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    take_back(world, case, taken_back)
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


def _tombstones(client, path, since, **params):
    body = client.get(path, {"modified_since": since, **params})
    assert body.status_code == 200, body.content
    return body.json()["deleted"], body.content.decode()


def _taken_back_at(history):
    """When the change that took the record back was recorded: its latest history row."""
    from shingikai.api import stamps

    return stamps.iso(history.order_by("-history_date").values_list("history_date", flat=True).first())


@pytest.mark.parametrize("taken_back", ["unpublished", "heard_closed", "withdrawn"])
def test_a_harvester_polling_modified_since_learns_a_case_taken_back(client, world, taken_back):
    from shingikai.cases.models import Case

    case = accepted_case(world, title="SECRETCO社への委託")
    publish_case(case)
    Case.history.filter(id=case.pk).update(history_date=LONG_AGO)
    assert _tombstones(client, "/api/cases", "2025-06-01")[0] == []
    take_back(world, case, taken_back)
    history = (AgendaItem.history.filter(case_id=case.pk) if taken_back == "heard_closed"
               else Case.history.filter(id=case.pk))
    when = _taken_back_at(history)
    deleted, text = _tombstones(client, "/api/cases", "2025-06-01", council=world.council.slug)
    assert deleted == [{"id": case.pk, "deleted": True, "modified": when}]
    assert "SECRETCO" not in text
    # The same answer asked again: the time is the recorded change's, not the request's.
    assert _tombstones(client, "/api/cases", "2025-06-01")[0] == deleted
    assert _tombstones(client, "/api/cases", when)[0] == deleted
    later = (datetime.datetime.fromisoformat(when) + datetime.timedelta(seconds=1)).isoformat()
    assert _tombstones(client, "/api/cases", later)[0] == []
    assert _tombstones(client, "/api/cases", "2025-06-01", council=world.other_council.slug)[0] == []
    assert client.get("/api/cases").json()["deleted"] is None  # a full read lists what is there


def test_a_harvester_learns_an_answer_and_an_imported_meeting_taken_back(client, world):
    from helpers import import_published
    from test_answer_corrections import issued_answer
    from test_import_closed_items import FILE

    from shingikai.minutes.actions import unpublish_import
    from shingikai.minutes.importer import parse_file
    from shingikai.minutes.models import Minutes

    answer = issued_answer(world, title="窓口カメラ設置ZQ", is_public=False)
    actions.publish_answer(answer)
    meeting, _ = import_published(parse_file(FILE), source_name=FILE.name)
    minutes = Minutes.objects.get(meeting=meeting)
    assert all(_tombstones(client, path, "2000-01-01")[0] == []
               for path in ("/api/answers", "/api/meetings", "/api/minutes", "/api/cases"))
    actions.unpublish_answer(answer)
    unpublish_import(meeting, reason="訂正のため")
    deleted, text = _tombstones(client, "/api/answers", "2000-01-01")
    assert deleted == [{"id": answer.pk, "deleted": True, "modified": _taken_back_at(answer.history)}]
    assert "窓口カメラ設置ZQ" not in text
    when = _taken_back_at(minutes.history)
    assert _tombstones(client, "/api/meetings", "2000-01-01")[0] == [{"id": meeting.pk, "deleted": True,
                                                                      "modified": when}]
    assert _tombstones(client, "/api/minutes", "2000-01-01")[0] == [{"id": minutes.pk, "deleted": True,
                                                                     "modified": when}]


def test_a_case_on_the_agenda_of_a_meeting_entered_after_its_day_was_never_public(client, world):
    """The history of its agenda item is read by the rule that makes an item public: a meeting entered after its
    day shows nothing before it is recorded as opened, so its case was never public and is as unknown as none."""
    meeting = actions.plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    Meeting.objects.filter(pk=meeting.pk).update(created_at=datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc))
    case = accepted_case(world, title="SECRETCO社への委託")
    actions.schedule_case(case, meeting)
    for url in (f"/cases/{case.pk}/", f"/api/cases/{case.pk}"):
        assert client.get(url).status_code == 404, url


def _imported_and_published(client, council_slug=None):
    """A neighbour's minutes imported (into `council_slug`, a past meeting of a council of ours) and published, and the
    cases of it the public reads (not its closed item's)."""
    from test_import_closed_items import FILE

    from shingikai.cases.models import Case
    from shingikai.minutes.actions import import_meeting, publish_import
    from shingikai.minutes.importer import parse_file

    meeting, _ = import_meeting(parse_file(FILE), source_name=FILE.name, council_slug=council_slug)
    publish_import(meeting, on=meeting.date)
    public = [pk for pk in Case.objects.filter(agenda_items__meeting=meeting).values_list("pk", flat=True)
              if client.get(f"/cases/{pk}/").status_code == 200]
    return meeting, public


@pytest.mark.parametrize("taken_back", ["unpublished", "deleted"])
def test_an_imported_meeting_taken_back_and_its_cases_answer_410_and_are_harvested_as_deleted(
        client, world, taken_back):
    from shingikai.minutes.actions import delete_import, unpublish_import
    from shingikai.minutes.models import Minutes

    meeting, cases = _imported_and_published(client)
    minutes = Minutes.objects.get(meeting=meeting)
    decisions = [row["id"] for row in client.get("/api/decisions", {"council": meeting.council.slug}).json()["items"]]
    assert cases and decisions
    unpublish_import(meeting, reason="訂正のため")
    if taken_back == "deleted":
        delete_import(meeting)
    for url in [f"/meetings/{meeting.pk}/", *(f"/cases/{pk}/" for pk in cases)]:
        response = client.get(url)
        assert response.status_code == 410 and "公開を終了しました" in response.content.decode(), url
    for url, what in [(f"/api/meetings/{meeting.pk}", "会議"), *((f"/api/cases/{pk}", "案件") for pk in cases)]:
        response = client.get(url)
        assert response.status_code == 410, url
        assert response.json() == {"id": int(url.rsplit("/", 1)[1]), "deleted": True,
                                   "detail": f"この{what}は公開を終了しました。"}
    since = {"modified_since": "2000-01-01", "council": meeting.council.slug}
    assert [row["id"] for row in client.get("/api/meetings", since).json()["deleted"]] == [meeting.pk]
    assert [row["id"] for row in client.get("/api/minutes", since).json()["deleted"]] == [minutes.pk]
    assert sorted(row["id"] for row in client.get("/api/cases", since).json()["deleted"]) == sorted(cases)
    assert sorted(row["id"] for row in client.get("/api/decisions", since).json()["deleted"]) == sorted(decisions)
    elsewhere = {"modified_since": "2000-01-01", "council": world.council.slug}
    assert all(client.get(path, elsewhere).json()["deleted"] == []
               for path in ("/api/meetings", "/api/minutes", "/api/cases", "/api/decisions"))
    assert client.get("/api/decisions").json()["deleted"] is None


def test_an_import_never_published_and_deleted_stays_unknown(client, world):
    from test_import_closed_items import FILE

    from shingikai.cases.models import Case
    from shingikai.minutes.actions import delete_import, import_meeting
    from shingikai.minutes.importer import parse_file

    meeting, _ = import_meeting(parse_file(FILE), source_name=FILE.name)
    cases = list(Case.objects.filter(agenda_items__meeting=meeting).values_list("pk", flat=True))
    delete_import(meeting)
    for url in [f"/meetings/{meeting.pk}/", f"/api/meetings/{meeting.pk}", *(f"/cases/{pk}/" for pk in cases),
                *(f"/api/cases/{pk}" for pk in cases)]:
        assert client.get(url).status_code == 404, url
    assert all(client.get(path, {"modified_since": "2000-01-01"}).json()["deleted"] == []
               for path in ("/api/meetings", "/api/minutes", "/api/cases", "/api/decisions"))


@pytest.mark.parametrize("taken_back", ["unpublished", "deleted"])
def test_oparl_lists_asked_what_changed_carry_what_was_taken_back_as_deleted_objects(client, world, taken_back):
    from shingikai.minutes.actions import delete_import, unpublish_import

    meeting, cases = _imported_and_published(client, world.council.slug)  # the body stays public
    body, council = meeting.council.municipality.slug, meeting.council.slug
    unpublish_import(meeting, reason="訂正のため")
    if taken_back == "deleted":
        delete_import(meeting)
    expected = {
        f"/oparl/v1/body/{body}/meetings": {f"http://testserver/oparl/v1/meeting/{meeting.pk}"},
        f"/oparl/v1/organization/{council}/meetings": {f"http://testserver/oparl/v1/meeting/{meeting.pk}"},
        f"/oparl/v1/body/{body}/papers": {f"http://testserver/oparl/v1/paper/{pk}" for pk in cases},
        f"/oparl/v1/body/{body}/files": {f"http://testserver/oparl/v1/file/minutes/{meeting.pk}"},
    }
    for path, ids in expected.items():
        data = client.get(path, {"modified_since": "2000-01-01T00:00:00+09:00"}).json()["data"]
        gone = [row for row in data if row.get("deleted")]
        assert {row["id"] for row in gone} == ids, path
        for row in gone:  # the standard's deleted object: nothing but its id, type, created and modified
            assert set(row) <= {"id", "type", "created", "modified", "deleted"} and "modified" in row, row
        # A full read lists what is there.
        assert not any(row.get("deleted") for row in client.get(path).json()["data"]), path
    for url in [f"/oparl/v1/meeting/{meeting.pk}", f"/oparl/v1/file/minutes/{meeting.pk}",
                *(f"/oparl/v1/paper/{pk}" for pk in cases)]:
        response = client.get(url)
        assert response.status_code == 200 and response.json()["deleted"] is True, url
        assert response.json()["id"] == "http://testserver" + url
    assert client.get("/oparl/v1/meeting/999999").status_code == 404


def _oparl_ids(client, path, **query):
    data = client.get(path, query).json()["data"]
    return {row["id"] for row in data if not row.get("deleted")}, [row for row in data if row.get("deleted")]


@pytest.mark.parametrize("taken_back", ["unpublished", "deleted"])
def test_oparl_agenda_items_and_consultations_of_a_meeting_taken_back_are_deleted_objects(client, world, taken_back):
    """A harvester that kept the items and consultations of an imported meeting learns they are gone: each URL
    answers the standard's deleted object, and the lists asked what changed carry them; a closed item it never
    read stays unknown, and nothing of any item's content is said."""
    from shingikai.minutes.actions import delete_import, unpublish_import

    meeting, _ = _imported_and_published(client, world.council.slug)
    body, council = meeting.council.municipality.slug, meeting.council.slug
    items, _ = _oparl_ids(client, f"/oparl/v1/body/{body}/agendaItems")
    consultations, _ = _oparl_ids(client, f"/oparl/v1/organization/{council}/consultations")
    assert items and consultations
    closed = list(AgendaItem.objects.filter(meeting=meeting, is_public=False).values_list("pk", flat=True))
    closed_titles = list(AgendaItem.objects.filter(meeting=meeting).values_list("title", flat=True))
    assert closed
    unpublish_import(meeting, reason="訂正のため")
    if taken_back == "deleted":
        delete_import(meeting)
    since = {"modified_since": "2000-01-01T00:00:00+09:00"}
    for path, expected in [(f"/oparl/v1/body/{body}/agendaItems", items),
                           (f"/oparl/v1/body/{body}/consultations", consultations),
                           (f"/oparl/v1/organization/{council}/consultations", consultations)]:
        live, gone = _oparl_ids(client, path, **since)
        assert not live & expected and {row["id"] for row in gone} == expected, path
        for row in gone:
            assert set(row) <= {"id", "type", "created", "modified", "deleted"} and "modified" in row, row
        assert not any(row.get("deleted") for row in client.get(path).json()["data"]), path
    for url in items | consultations:
        response = client.get(url)
        assert response.status_code == 200 and response.json()["deleted"] is True, url
        assert response.json()["id"] == url and response.json()["type"].rsplit("/", 1)[1] in (
            "AgendaItem", "Consultation")
        assert not any(title in response.content.decode() for title in closed_titles), url
    for pk in closed:  # the closed item was never the public's: the same 404 as an unknown id
        assert client.get(f"/oparl/v1/agendaItem/{pk}").status_code == 404
        assert client.get(f"/oparl/v1/consultation/{pk}").status_code == 404


@pytest.mark.parametrize("taken_back", ["unpublished", "deleted"])
def test_minutes_decisions_and_an_answer_taken_back_answer_410_like_a_case(client, world, taken_back):
    """Each record the public could once read says it was taken back (410, nothing of it), on its public page and
    in the API; one never public is the same 404 as none."""
    from test_answer_corrections import issued_answer

    from shingikai.minutes.actions import delete_import, unpublish_import
    from shingikai.minutes.models import Minutes

    answer = issued_answer(world, title="窓口カメラ設置ZQ", is_public=False)
    never = issued_answer(world, title="非公開のままの答申", is_public=False, number="答申第2号")
    actions.publish_answer(answer)
    meeting, _ = _imported_and_published(client)
    minutes = Minutes.objects.get(meeting=meeting)
    decisions = [row["id"] for row in client.get("/api/decisions", {"council": meeting.council.slug}).json()["items"]]
    assert decisions and client.get(f"/answers/{answer.pk}/").status_code == 200
    for url in (f"/api/minutes/{minutes.pk}", f"/api/answers/{answer.pk}", *(f"/api/decisions/{pk}" for pk in decisions)):
        assert client.get(url).status_code == 200, url
    actions.unpublish_answer(answer)
    unpublish_import(meeting, reason="訂正のため")
    if taken_back == "deleted":
        delete_import(meeting)
    page = client.get(f"/answers/{answer.pk}/")
    assert page.status_code == 410 and "公開を終了しました" in page.content.decode()
    assert "窓口カメラ設置ZQ" not in page.content.decode()
    for url, what in [(f"/api/minutes/{minutes.pk}", "会議録"), (f"/api/answers/{answer.pk}", "答申"),
                      *((f"/api/decisions/{pk}", "議決") for pk in decisions)]:
        response = client.get(url)
        assert response.status_code == 410, url
        assert response.json() == {"id": int(url.rsplit("/", 1)[1]), "deleted": True,
                                   "detail": f"この{what}は公開を終了しました。"}
    for url in (f"/answers/{never.pk}/", f"/api/answers/{never.pk}", "/api/minutes/999999", "/api/decisions/999999",
                "/answers/999999/"):
        assert client.get(url).status_code == 404, url
