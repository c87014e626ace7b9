"""When an accepted case goes public: not at 受付 (the council may yet hear it in closed session), but when it
is put on an agenda as a public item or the secretariat publishes it. Its 公開資料 and search entry follow."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shingikai import publicity
from shingikai.cases.actions import add_attachment, publish_case, unpublish_case
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import plan_meeting, schedule_case
from shingikai.search.indexing import drain
from shingikai.search.models import SearchEntry
from test_web_support import accepted_case, make_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _with_public_file(w, title="本庁舎サーバ室への入退室管理カメラについて"):
    case = accepted_case(w, title=title)
    add_attachment(case, title="サーバ室配置図", is_public=True,
                   file=SimpleUploadedFile("haichi.txt", "rack A door code 1234".encode()))
    return case


def _meeting(w):
    return plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=20))


def _public_search_entry(case):
    drain()  # the test's transaction never commits: regenerate what the actions noted in the outbox
    return SearchEntry.objects.filter(kind=SearchEntry.Kind.CASE, object_id=case.pk,
                                      visibility=SearchEntry.Visibility.PUBLIC).exists()


def test_an_accepted_case_and_its_public_file_stay_off_the_portal_until_decided(client, web_world):
    case = _with_public_file(web_world)
    attachment = case.attachments.get()
    assert not publicity.cases().filter(pk=case.pk).exists()
    assert client.get(f"/cases/{case.pk}/").status_code == 404
    assert client.get(f"/cases/{case.pk}/attachments/{attachment.pk}/").status_code == 404
    assert client.get(f"/api/cases/{case.pk}").status_code == 404
    assert "サーバ室" not in client.get("/cases/").content.decode()
    assert not _public_search_entry(case)


def test_a_case_put_on_an_agenda_as_a_public_item_goes_public(client, web_world):
    case = _with_public_file(web_world)
    schedule_case(case, _meeting(web_world))
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    assert client.get(f"/cases/{case.pk}/attachments/{case.attachments.get().pk}/").status_code == 200
    assert _public_search_entry(case)


def test_a_case_put_on_an_agenda_as_a_closed_item_never_goes_public(client, web_world):
    case = _with_public_file(web_world)
    schedule_case(case, _meeting(web_world), is_public=False, closed_reason="警備上の支障")
    assert client.get(f"/cases/{case.pk}/").status_code == 404
    with pytest.raises(ActionRefused, match="非公開の議題"):
        publish_case(case)
    assert not _public_search_entry(case)


def test_the_secretariat_publishes_a_case_before_any_meeting(client, web_world):
    w = web_world
    case = _with_public_file(w)
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "この案件はまだ公開していません" in page and "公開資料 (1 件)" in page
    response = client.post(reverse("cases:publish", args=[case.pk]), follow=True)
    assert "公開しました" in response.content.decode()
    client.logout()
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    assert _public_search_entry(case)


def test_only_the_secretariat_publishes_a_case(client, web_world):
    w = web_world
    case = accepted_case(w)
    client.force_login(w.dept_a_user)
    assert client.post(reverse("cases:publish", args=[case.pk])).status_code == 403
    case.refresh_from_db()
    assert case.published_at is None


def test_accepting_says_the_case_is_not_yet_public(client, web_world):
    w = web_world
    case = make_case(w)
    from shingikai.cases.actions import submit_case
    submit_case(case, by=w.dept_a_user)
    client.force_login(w.secretariat)
    response = client.post(reverse("cases:accept", args=[case.pk]), follow=True)
    assert "受け付けました。" in response.content.decode()
    assert "公開ページ・検索・API に載りません" in response.content.decode()


def test_the_secretariat_takes_back_a_case_published_by_mistake(client, web_world):
    w = web_world
    case = _with_public_file(w)
    publish_case(case)
    client.force_login(w.dept_a_user)
    assert client.post(reverse("cases:unpublish", args=[case.pk])).status_code == 403
    client.force_login(w.secretariat)
    assert "公開をやめる" in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    response = client.post(reverse("cases:unpublish", args=[case.pk]), {"reason": "誤って公開したため"}, follow=True)
    assert "公開をやめました" in response.content.decode()
    client.logout()
    # Public once: the page and its file say it is no longer public, and nothing of it.
    for url in (f"/cases/{case.pk}/", f"/cases/{case.pk}/attachments/{case.attachments.get().pk}/"):
        response = client.get(url)
        assert response.status_code == 410 and case.title not in response.content.decode()
    assert not _public_search_entry(case)


def test_a_published_case_on_a_public_agenda_item_stays_public(web_world):
    case = _with_public_file(web_world)
    publish_case(case)
    schedule_case(case, _meeting(web_world))
    with pytest.raises(ActionRefused, match="公開の議題として会議に載っているため"):
        unpublish_case(case, reason="訂正のため")
    case.refresh_from_db()
    assert case.published_at is not None
