"""A council or municipality an import created (a name typed or misread in a private review) is on no public page,
API or feed until something of it is published, and goes when its last import is deleted."""
import json

from django.core.files.uploadedfile import SimpleUploadedFile
from test_disclosure_answer_import import ANSWER
from test_import_web import media, review_post_data, upload  # noqa: F401 (media: a fixture)

from shingikai.councils.models import Council, Municipality
from shingikai.disclosure import actions as disclosure_actions
from shingikai.meetings.models import Meeting
from shingikai.minutes.actions import delete_import, import_meeting, publish_import, unpublish_import

PERSON, BODY = "山田 太郎", "佐藤花子の会"


def public_text(client, council=None, municipality=None):
    """What anonymous visitors get from every public list of councils and municipalities."""
    pages = [client.get("/").content.decode(), client.get("/cases/").content.decode()]
    for url in ("/api/councils", "/api/municipalities", "/oparl/v1/bodies"):
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append(json.dumps(response.json(), ensure_ascii=False))
    if municipality is not None:
        response = client.get(f"/oparl/v1/body/{municipality.slug}/organizations")
        pages.append(json.dumps(response.json(), ensure_ascii=False) if response.status_code == 200 else "")
    return "\n".join(pages)


def detail_statuses(client, council, municipality):
    return {url: client.get(url).status_code for url in (
        f"/councils/{council.slug}/", f"/api/councils/{council.slug}", f"/api/municipalities/{municipality.slug}",
        f"/oparl/v1/body/{municipality.slug}", f"/oparl/v1/organization/{council.slug}",
        f"/councils/{council.slug}/meetings.ics", f"/disclosure/{municipality.slug}/report/2025/",
    )}


def test_a_name_typed_in_an_unpublished_import_is_public_only_while_published_and_gone_after_deleting(
        client, world, media):
    client.force_login(world.secretariat)
    review_url = upload(client)["Location"]
    data = {**review_post_data(client.get(review_url)), "h-municipality": PERSON, "h-council_name": BODY}
    assert client.post(review_url, {**data, "import": ""}).status_code == 302
    meeting = Meeting.objects.get()
    council, municipality = meeting.council, meeting.council.municipality
    assert (council.name, municipality.name, council.is_imported_only) == (BODY, PERSON, True)

    client.logout()
    hidden = public_text(client, council, municipality)
    assert PERSON not in hidden and BODY not in hidden
    assert world.council.name in hidden and world.city.name in hidden  # the councils this system runs stay
    assert set(detail_statuses(client, council, municipality).values()) == {404}

    publish_import(meeting, by=world.secretariat)
    shown = public_text(client, council, municipality)
    assert PERSON in shown and BODY in shown
    statuses = detail_statuses(client, council, municipality)
    assert statuses[f"/councils/{council.slug}/"] == statuses[f"/api/councils/{council.slug}"] == 200
    assert statuses[f"/oparl/v1/body/{municipality.slug}"] == statuses[f"/oparl/v1/organization/{council.slug}"] == 200

    unpublish_import(meeting, reason="訂正のため", by=world.secretariat)
    assert BODY not in public_text(client) and PERSON not in public_text(client)

    # The secretariat's 削除 removes the council and the municipality the import created, nothing of ours.
    client.force_login(world.secretariat)
    assert client.post(f"/work/import/m/{meeting.pk}/delete/", {"confirm": "1"}).status_code == 302
    assert not Council.objects.filter(pk=council.pk).exists()
    assert not Municipality.objects.filter(pk=municipality.pk).exists()
    assert Council.objects.filter(pk=world.council.pk).exists() and Municipality.objects.filter(pk=world.city.pk).exists()


def test_an_unpublished_imported_answer_keeps_its_council_private_and_takes_it_when_deleted(client, world):
    answer, _ = disclosure_actions.import_answer(ANSWER.encode(), name="higashi-12.txt", by=world.secretariat)
    council, municipality = answer.council, answer.council.municipality
    assert public_text(client).count(council.name) == 0 and municipality.name not in public_text(client)
    assert set(detail_statuses(client, council, municipality).values()) == {404}

    disclosure_actions.publish_imported_answer(answer, by=world.secretariat)
    shown = public_text(client, council, municipality)
    assert council.name in shown and municipality.name in shown

    disclosure_actions.delete_imported_answer(answer, by=world.secretariat)
    assert not Council.objects.filter(pk=council.pk).exists()
    assert not Municipality.objects.filter(pk=municipality.pk).exists()


def _parsed(council_name, municipality, label, date):
    return {"municipality": municipality, "council_name": council_name, "meeting_label": label, "date": date,
            "items": [{"kind": "諮問", "title": "窓口予約システムの導入", "outcome": "承認"}]}


def test_an_import_council_holding_another_meeting_or_answer_stays_when_one_import_is_deleted(world):
    first, _ = import_meeting(_parsed("ひがし市情報公開・個人情報保護審査会", "ひがし市", "令和5年度第1回", "2023-06-01"))
    second, _ = import_meeting(_parsed("ひがし市情報公開・個人情報保護審査会", "ひがし市", "令和5年度第2回", "2023-09-01"))
    answer, _ = disclosure_actions.import_answer(ANSWER.encode(), name="higashi-12.txt")
    council = first.council
    assert second.council == council == answer.council

    delete_import(first)
    disclosure_actions.delete_imported_answer(answer)
    assert Council.objects.filter(pk=council.pk).exists()  # the second meeting is still in it
    delete_import(second)
    assert not Council.objects.filter(pk=council.pk).exists()
    assert not Municipality.objects.filter(name="ひがし市").exists()

    # A new council typed under a city this system runs goes alone: the city stays.
    ours, _ = import_meeting(_parsed("みなみ市防災会議", "みなみ市", "令和5年度第1回", "2023-06-01"))
    assert ours.council.municipality == world.city and ours.council.is_imported_only
    delete_import(ours)
    assert not Council.objects.filter(name="みなみ市防災会議").exists()
    assert Municipality.objects.filter(pk=world.city.pk).exists()


def test_a_council_left_behind_by_an_earlier_deletion_is_filtered_when_read(client, world):
    """Data from before: an imported-only council whose imports were deleted stayed in the database. The public
    lists read through the one gate (publicity.councils), so no migration is needed to hide it."""
    stale_city = Municipality.objects.create(name=PERSON, slug="m-stale")
    Council.objects.create(municipality=stale_city, name=BODY, slug="c-stale", is_imported_only=True)
    text = public_text(client)
    assert BODY not in text and PERSON not in text
    assert client.get("/councils/c-stale/").status_code == 404
    assert client.get("/oparl/v1/body/m-stale").status_code == 404


def test_the_front_page_kept_for_anonymous_visitors_changes_when_an_import_becomes_public(client, world):
    meeting, _ = import_meeting(_parsed(BODY, PERSON, "令和5年度第1回", "2023-06-01"))
    first = client.get("/")
    assert BODY not in first.content.decode()
    publish_import(meeting)
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and BODY in again.content.decode()


def test_an_unreadable_council_in_the_upload_is_not_what_the_public_sees(client, world):
    """The upload screen's own 審査会 typed for an answer: still private until published."""
    client.force_login(world.secretariat)
    text = ANSWER.replace("ひがし市情報公開・個人情報保護審査会\n", "")
    client.post("/disclosure/imports/", {"file": SimpleUploadedFile("a.txt", text.encode()),
                                         "council_name": BODY, "municipality": PERSON})
    client.logout()
    assert Council.objects.filter(name=BODY, municipality__name=PERSON).exists()
    assert BODY not in public_text(client) and PERSON not in public_text(client)
