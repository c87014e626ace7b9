"""An item the minutes mark 非公開 (or narrate as heard in closed session) is imported closed: the review shows the
mark and lets the secretariat set it, and publishing keeps the item, its turns and its decision off the anonymous
pages, the API, OParl, the downloads and the public search, as for the council's own closed items."""
import copy
import re
from pathlib import Path

import pytest
from helpers import review_form

from shingikai import publicity
from shingikai.minutes.actions import import_meeting, publish_import, receive_import_file
from shingikai.minutes.importer import parse_file
from shingikai.search.indexing import reindex_all

FILE = Path(__file__).parent / "fixtures" / "minutes" / "closed-item.txt"
NAME, ADDRESS = "SENTINEL-CLOSED-NAME-7a1c", "SENTINEL-CLOSED-ADDRESS-2b9e"


def test_the_importer_reads_the_closed_mark_of_an_item():
    parsed = parse_file(FILE)
    assert [i.get("public", True) for i in parsed["items"]] == [True, False]
    assert [i["title"] for i in parsed["items"]] == ["防犯カメラ映像の提供について", "審査請求について"]


def _published_closed_import():
    meeting, _ = import_meeting(parse_file(FILE), source_name=FILE.name, sha256="c" * 64)
    publish_import(meeting)
    reindex_all()
    return meeting


def _shown(client, meeting):
    pk = meeting.pk
    urls = [f"/meetings/{pk}/", f"/councils/{meeting.council.slug}/", "/api/meetings", f"/api/meetings/{pk}",
            "/api/cases", "/api/cases.csv", "/api/decisions", f"/oparl/v1/meeting/{pk}", "/precedents/",
            f"/documents/minutes/{pk}.pdf", f"/search/?q={NAME}", f"/search/?q={ADDRESS}", "/cases/"]
    found = []
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", "replace")
        if url.startswith("/search/"):
            text = re.sub(r"<title>.*?</title>|value=\"[^\"]*\"|href=\"[^\"]*\"", "", text, flags=re.S)
        if response.status_code == 200 and (NAME in text or ADDRESS in text or "審査請求について" in text):
            found.append(url)
    return found


@pytest.mark.django_db(transaction=True)
def test_a_published_import_keeps_its_closed_item_turns_and_decision_off_every_public_channel(client):
    meeting = _published_closed_import()
    closed = meeting.items.get(order=2)
    assert not closed.is_public and closed.closed_reason
    assert publicity.agenda_items(meeting).count() == 1
    assert not publicity.turns(meeting).filter(agenda_item=closed).exists()
    assert not publicity.decisions().filter(agenda_item=closed).exists()
    assert _shown(client, meeting) == []
    # The public item is published as before.
    assert "防犯カメラ映像の提供について" in client.get(f"/meetings/{meeting.pk}/").content.decode()


@pytest.mark.django_db
def test_an_appeal_item_imported_into_a_council_run_here_is_closed_whatever_the_review_says(world):
    parsed = copy.deepcopy(parse_file(FILE))
    for item in parsed["items"]:
        item.pop("public", None)
    meeting, _ = import_meeting(parsed, council_slug=world.council.slug, source_name=FILE.name, sha256="d" * 64)
    assert [i.is_public for i in meeting.items.order_by("order")] == [True, False]


@pytest.mark.django_db
def test_the_review_shows_the_closed_mark_and_the_secretariat_sets_it_per_item_and_for_the_meeting(client, world):
    client.force_login(world.secretariat)
    pending = receive_import_file(FILE.read_bytes(), name=FILE.name, by=world.secretariat)
    page = client.get(f"/work/import/p/{pending.pk}/").content.decode()
    assert 'name="items-1-closed"' in page and re.search(r'name="items-1-closed"[^>]*checked', page)
    assert not re.search(r'name="items-0-closed"[^>]*checked', page)
    form = review_form(page)
    del form["items-1-closed"]          # the secretariat opens item 2 ...
    form["items-0-closed"] = "on"       # ... and closes item 1
    form["h-closed"] = "on"             # and marks the whole meeting closed
    response = client.post(f"/work/import/p/{pending.pk}/?page=1", {**form, "import": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    from shingikai.meetings.models import Meeting

    meeting = Meeting.objects.get(imported=True)
    assert [i.is_public for i in meeting.items.order_by("order")] == [False, True]
    assert not meeting.is_public
    publish_import(meeting, by=world.secretariat)
    assert not publicity.minutes().filter(meeting=meeting).exists() and not publicity.turns(meeting).exists()



@pytest.mark.django_db
def test_a_closed_item_stays_closed_when_split_or_read_again(world):
    from shingikai.minutes.actions import reread_pending_block, split_pending_item

    pending = receive_import_file(FILE.read_bytes(), name=FILE.name, by=world.secretariat)
    items = copy.deepcopy(pending.parsed["items"])
    items[1]["title"] = "(1) 審査請求について (2) 再調査の請求について"
    pending.parsed = {**pending.parsed, "items": items}
    pending.save()
    pending = split_pending_item(pending, index=1)
    assert [i.get("public", True) for i in pending.parsed["items"]] == [True, False, False]

    pending = reread_pending_block(pending, field="items", first_line=9, last_line=10)
    assert [(i["title"], i.get("public", True)) for i in pending.parsed["items"]] == [
        ("防犯カメラ映像の提供について", True), ("審査請求について", False)]
