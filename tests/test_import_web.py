"""The secretariat uploads minutes, sees the extraction beside the source text, corrects it, then saves."""
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import PASSWORD
from shingikai.meetings.models import Meeting

MINUTES = """令和6年度第3回みなみ市情報公開・個人情報保護審議会 会議録

日時：令和6年11月18日（月）午前10時00分～午前11時30分
場所：みなみ市役所 第1会議室
出席委員：青木会長、井上委員、上田委員
欠席委員：なし
傍聴人：0人

1 開会
2 議題
（1）窓口予約システムの導入について（諮問）

○市民課　窓口予約システムの導入について説明します。
○委員　予約データはどこに保存されますか。
○市民課　国内のデータセンターです。
○会長　承認することでよろしいか。
（挙手全員）
○会長　承認することといたします。
"""


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path


def upload(client, name="minutes.txt", data=MINUTES.encode("utf-8"), council=""):
    return client.post("/work/import/", {"file": SimpleUploadedFile(name, data), "council": council})


def review_post_data(response):
    """Everything the review page would submit, as the browser would send it."""
    html = response.content.decode()
    data = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html):
        data[name] = value
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\n?(.*?)</textarea>', html, re.S):
        data[name] = value
    for name in re.findall(r'<select[^>]*name="([^"]+)"', html):
        block = html.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
        chosen = re.search(r'<option value="([^"]*)"[^>]*selected', block)
        data[name] = chosen.group(1) if chosen else ""
    checked = re.findall(r'<input[^>]*type="checkbox"[^>]*name="([^"]+)"[^>]*value="([^"]*)"[^>]*checked', html)
    for key in {k for k, _ in checked}:
        data[key] = [v for k, v in checked if k == key]
    return {k: v for k, v in data.items() if k != "csrfmiddlewaretoken"}


def test_only_the_secretariat_may_import(client, world, media):
    client.login(username="shimin", password=PASSWORD)
    assert client.get("/work/import/").status_code == 403
    client.logout()
    assert client.get("/work/import/").status_code == 302


def test_upload_shows_the_extraction_beside_the_source(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    response = upload(client)
    assert response.status_code == 302
    review = client.get(response["Location"])
    assert review.status_code == 200
    body = review.content.decode()
    assert "予約データはどこに保存されますか。" in body  # the source text
    assert 'value="令和6年度第3回"' in body and "窓口予約システムの導入について" in body
    assert not Meeting.objects.exists()


def test_corrected_extraction_is_saved_as_an_imported_meeting(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client, council=world.council.pk)["Location"]
    data = review_post_data(client.get(review_url))
    data["h-place"] = "みなみ市役所 第2会議室"
    response = client.post(review_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    meeting = Meeting.objects.get()
    assert meeting.imported and meeting.council == world.council
    assert meeting.place == "みなみ市役所 第2会議室"
    assert meeting.turns.count() >= 4
    record = meeting.import_records.get()
    assert record.imported_by == world.secretariat and len(record.sha256) == 64


def test_broken_review_form_keeps_what_was_typed_and_saves_nothing(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client)["Location"]
    data = review_post_data(client.get(review_url))
    data["h-date"] = "not a date"
    data["h-meeting_label"] = ""
    data["h-place"] = "入力した場所"
    response = client.post(review_url, data)
    assert response.status_code == 400
    assert "入力した場所" in response.content.decode()
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "空"),
    ("fake.docx", b"PK\x03\x04not really a zip", "fake.docx"),
    ("binary.txt", bytes(range(256)) * 10, "binary.txt"),
])
def test_bad_upload_gets_a_message_beside_the_field(client, world, media, name, data, reason):
    client.login(username="jimukyoku", password=PASSWORD)
    response = upload(client, name=name, data=data)
    assert response.status_code == 400
    assert reason in response.content.decode()
    assert not Meeting.objects.exists()


def test_another_users_upload_is_not_found(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client)["Location"]
    client.logout()
    client.login(username="kita", password=PASSWORD)
    assert client.get(review_url).status_code == 404
    assert client.get("/work/import/" + "0" * 64 + "/").status_code == 404
