"""The secretariat uploads minutes, checks the extraction beside the source text page by page, corrects it,
imports it (not public), then publishes, unpublishes, corrects, re-imports or deletes it."""
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import PASSWORD
from shingikai.meetings.models import Meeting
from shingikai.minutes.models import PendingImport
from shingikai.search.engine import PUBLIC, search

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
    assert 'value="令和6年11月18日"' in body  # the date is shown in 和暦
    assert not Meeting.objects.exists()


def test_pending_review_is_kept_on_the_server_across_logins(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client)["Location"]
    data = review_post_data(client.get(review_url))
    data["h-place"] = "別館 会議室"
    assert client.post(review_url, {**data, "save": ""}).status_code == 302
    client.logout()
    client.login(username="jimukyoku", password=PASSWORD)
    assert review_url.split("?")[0] in client.get("/work/import/").content.decode()
    body = client.get(review_url).content.decode()
    assert 'value="別館 会議室"' in body and "予約データはどこに保存されますか。" in body
    assert PendingImport.objects.get().parsed["place"] == "別館 会議室"


def test_review_is_not_parsed_again_on_each_view(client, world, media, monkeypatch):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client)["Location"]

    def fail(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr("shingikai.minutes.importer.parse_text", fail)
    monkeypatch.setattr("shingikai.minutes.importer.parse.parse_text", fail)
    assert client.get(review_url).status_code == 200


def test_corrected_extraction_is_imported_and_not_yet_public(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client, council=world.council.pk)["Location"]
    data = review_post_data(client.get(review_url))
    data["h-place"] = "みなみ市役所 第2会議室"
    data["h-date"] = "令和6年11月19日"
    response = client.post(review_url, {**data, "import": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    meeting = Meeting.objects.get()
    assert meeting.imported and meeting.council == world.council
    assert meeting.place == "みなみ市役所 第2会議室" and meeting.date.isoformat() == "2024-11-19"
    assert meeting.turns.count() >= 4
    assert meeting.minutes.state == "draft"
    record = meeting.import_records.get()
    assert record.imported_by == world.secretariat and len(record.sha256) == 64
    assert not PendingImport.objects.exists()
    client.logout()
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 404


def test_broken_review_form_keeps_what_was_typed_and_saves_nothing(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client)["Location"]
    before = PendingImport.objects.get().parsed
    data = review_post_data(client.get(review_url))
    data["h-date"] = "not a date"
    data["h-meeting_label"] = ""
    data["h-place"] = "入力した場所"
    response = client.post(review_url, {**data, "import": ""})
    assert response.status_code == 400
    body = response.content.decode()
    assert "入力した場所" in body
    # The refusal is said at the top of the long page, each header field's error linked to its field.
    summary = body[body.index('id="form-errors"'):]
    assert body.index('id="form-errors"') < body.index('name="h-date"')
    assert 'href="#id_h-date"' in summary[:summary.index("</div>")]
    assert not Meeting.objects.exists()
    assert PendingImport.objects.get().parsed == before


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4


def _zip():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("minutes.txt", MINUTES)
    return buffer.getvalue()


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "空"),
    ("fake.docx", b"PK\x03\x04not really a zip", "fake.docx"),
    ("binary.txt", bytes(range(256)) * 10, "バイナリファイル"),
    ("photo.txt", PNG, "会議録ではなく画像ファイル (PNG)です"),
    ("archive.txt", _zip(), "ZIP 圧縮ファイルで、Word (.docx) ではありません"),
    ("novel.txt", "吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。\n".encode(), "会議録のファイルか確認してください"),
])
def test_files_that_are_not_minutes_get_a_japanese_message_and_nothing_is_stored(
        client, world, media, name, data, reason):
    client.login(username="jimukyoku", password=PASSWORD)
    response = upload(client, name=name, data=data)
    assert response.status_code == 400
    body = response.content.decode()
    assert reason in body and "Bad Request" not in body
    assert not Meeting.objects.exists() and not PendingImport.objects.exists()


def test_utf16_without_a_byte_order_mark_is_read_as_text(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    for encoding in ("utf-16-le", "utf-16-be"):
        response = upload(client, name=f"{encoding}.txt", data=MINUTES.encode(encoding))
        assert response.status_code == 302, response.content.decode()[:500]
        assert "予約データはどこに保存されますか。" in client.get(response["Location"]).content.decode()


def test_another_users_upload_is_not_found(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client)["Location"]
    client.logout()
    client.login(username="kita", password=PASSWORD)
    assert client.get(review_url).status_code == 404
    assert client.get("/work/import/p/999999/").status_code == 404


def _long_minutes(turns):
    lines = MINUTES.splitlines()[:13]
    lines += [f"○委員　第{n}番目の質問です。保存場所はどこですか。" for n in range(1, turns + 1)]
    lines += ["○会長　承認することといたします。"]
    return "\n".join(lines) + "\n"


def test_minutes_with_a_thousand_turns_are_reviewed_in_pages_and_saved(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client, data=_long_minutes(1000).encode(), council=world.council.pk)["Location"]
    pending = PendingImport.objects.get()
    total = len(pending.parsed["turns"])
    assert total >= 1000
    page, url = 1, review_url
    while True:
        response = client.get(url)
        assert response.status_code == 200
        data = review_post_data(response)
        assert len(data) < 1000  # well inside Django's DATA_UPLOAD_MAX_NUMBER_FIELDS
        if "turns-0-text" in data and data["turns-0-text"].startswith("第500番目"):
            data["turns-0-text"] = "第500番目の質問を訂正しました。"
        last = ">保存して次へ</button>" not in response.content.decode()
        response = client.post(url, {**data, ("import" if last else "save"): ""})
        assert response.status_code == 302, response.content.decode()[:1000]
        if last:
            break
        page += 1
        url = response["Location"]
        assert url.endswith(f"?page={page}")
    meeting = Meeting.objects.get()
    assert meeting.turns.count() == total
    assert meeting.turns.filter(text="第500番目の質問を訂正しました。").count() == 1


def _public_hits(word):
    return search(word, user_scope=PUBLIC).total


def test_import_lifecycle_moves_the_public_search_index(transactional_db, client, world, media):
    # Real commits (transactional_db), so the index follows each step as it does in production.
    client.login(username="jimukyoku", password=PASSWORD)

    def step(url, data=None):
        response = client.post(url, data or {})
        assert response.status_code == 302, response.content.decode()[:1000]
        return response

    review_url = upload(client, council=world.council.pk)["Location"]
    data = review_post_data(client.get(review_url))
    step(review_url, {**data, "import": ""})
    meeting = Meeting.objects.get()
    base = f"/work/import/m/{meeting.pk}/"
    assert _public_hits("予約データ") == 0  # imported, not public

    pending_url = step(base + "correct/")["Location"]
    data = review_post_data(client.get(pending_url))
    data["turns-1-text"] = "予約記録はどこに保管されますか。" if "turns-1-text" in data else None
    if data["turns-1-text"] is None:
        pending_url = pending_url.split("?")[0] + "?page=2"
        data = review_post_data(client.get(pending_url))
        data["turns-1-text"] = "予約記録はどこに保管されますか。"
    step(pending_url, {**data, "import": ""})
    assert Meeting.objects.get().turns.filter(text="予約記録はどこに保管されますか。").exists()  # corrected
    assert _public_hits("予約記録") == 0

    step(base + "publish/")
    assert _public_hits("予約記録") > 0
    client.logout()
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 200
    client.login(username="jimukyoku", password=PASSWORD)

    step(base + "unpublish/", {"reason": "訂正のため"})
    assert _public_hits("予約記録") == 0

    step(base + "publish/")
    corrected_file = MINUTES.replace("予約データはどこに保存されますか。", "予約情報の保管場所を教えてください。")
    review_url = upload(client, data=corrected_file.encode(), council=world.council.pk)["Location"]
    step(review_url, {**review_post_data(client.get(review_url)), "import": ""})
    assert Meeting.objects.get().pk == meeting.pk  # re-imported over the same meeting
    assert _public_hits("予約情報") == 0 and _public_hits("予約記録") == 0  # back to not public
    step(base + "publish/")
    assert _public_hits("予約情報") > 0

    step(base + "delete/", {"confirm": "1"})
    assert not Meeting.objects.exists()
    assert _public_hits("予約情報") == 0
    assert search("予約情報", user_scope={world.council.pk}).total == 0


def test_the_import_list_shows_pending_and_imported_meetings(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client, council=world.council.pk)["Location"]
    client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""})
    upload(client, name="second.txt", data=MINUTES.replace("第3回", "第4回").encode())
    body = client.get("/work/import/").content.decode()
    assert "second.txt" in body and "令和6年度第3回" in body and "未公開" in body


def test_departments_and_other_cities_cannot_publish_an_import(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client, council=world.council.pk)["Location"]
    client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""})
    meeting = Meeting.objects.get()
    for username, status in (("shimin", 403), ("kita", 404)):
        client.login(username=username, password=PASSWORD)
        assert client.post(f"/work/import/m/{meeting.pk}/publish/").status_code == status
    assert Meeting.objects.get().minutes.state == "draft"


def test_the_review_lists_what_the_importer_left_blank_rather_than_guess(client, world, media):
    # The result is stated only in a list, for a title worded a little otherwise than the item's.
    doubtful = MINUTES.split("（1）")[0] + (
        "（1）窓口予約システムの導入について\n○市民課　説明します。\n○委員　保存期間は何年ですか。\n"
        "（2）図書館システムの更新について\n○図書館　説明します。\n"
        "3 審議結果\n・窓口予約システムの導入等について、承認された。\n")
    client.login(username="jimukyoku", password=PASSWORD)
    review = client.get(upload(client, data=doubtful.encode("utf-8"))["Location"])
    parsed_warnings = PendingImport.objects.get().parsed["warnings"]
    assert any(w["field"] == "items.1.outcome" for w in parsed_warnings)
    body = review.content.decode()
    assert 'id="import-warnings"' in body
    assert "議題1の結果を確かに読み取れなかったため、空欄にしました" in body


def test_second_reviewer_saving_a_stale_page_is_refused_and_keeps_both_inputs(client, world, media):
    from django.test import Client
    from helpers import second_secretary

    colleague = Client()
    colleague.force_login(second_secretary(world))
    client.force_login(world.secretariat)
    review_url = upload(client, council=world.council.pk)["Location"]
    mine = review_post_data(client.get(review_url))
    theirs = review_post_data(colleague.get(review_url))
    theirs["h-place"] = "別館 第3会議室"
    assert colleague.post(review_url, {**theirs, "save": ""}).status_code == 302
    mine["h-place"] = "本庁舎 第1会議室"
    response = client.post(review_url, {**mine, "save": ""})
    assert response.status_code == 409
    body = response.content.decode()
    assert "ほかの人がこの取込の確認内容を変更しました" in body
    assert 'value="本庁舎 第1会議室"' in body  # what this user typed is shown again, not lost
    assert PendingImport.objects.get().parsed["place"] == "別館 第3会議室"
    # Saving again from the page shown with the refusal keeps this user's input, knowingly.
    response = client.post(review_url, {**review_post_data(response), "save": ""})
    assert response.status_code == 302
    assert PendingImport.objects.get().parsed["place"] == "本庁舎 第1会議室"


HIDARI = {"municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "令和5年度第1回",
          "date": "2023-07-10", "items": [{"kind": "諮問", "title": "窓口予約システムの導入", "outcome": "承認"},
                                          {"kind": "諮問", "title": "防犯カメラの設置", "outcome": "承認"}]}


def _pinned_and_dismissed_import(world):
    """Another city's published minutes, imported by our secretariat, with two cases, one pinned and one dismissed
    as a precedent of ours."""
    from helpers import accepted_case, import_published

    from shingikai.cases.models import Case
    from shingikai.precedents.actions import mark_precedent

    meeting, _ = import_published(HIDARI, source_name="hidari.txt", by=world.secretariat)
    pinned, dismissed = Case.objects.filter(agenda_items__meeting=meeting).order_by("pk")
    ours = accepted_case(world)
    mark_precedent(ours, pinned, "pin", by=world.secretariat, note="参考")
    mark_precedent(ours, dismissed, "dismiss", by=world.secretariat)
    return meeting, ours


def test_deleting_an_import_whose_case_is_a_pinned_precedent_removes_the_marks_and_says_so(client, world, media):
    """Another city's published case pinned (or dismissed) as a precedent of one of ours: deleting that import
    removes the marks with it, recorded in their history, and the message counts them; our case stays."""
    from shingikai.cases.models import Case
    from shingikai.precedents.models import PrecedentMark

    meeting, ours = _pinned_and_dismissed_import(world)
    client.login(username="jimukyoku", password=PASSWORD)
    response = client.post(f"/work/import/m/{meeting.pk}/delete/", {"confirm": "1"}, follow=True)
    assert response.status_code == 200
    assert "先例の固定・除外の記録 2 件も削除しました" in response.content.decode()
    assert not Meeting.objects.filter(pk=meeting.pk).exists() and not PrecedentMark.objects.exists()
    assert Case.objects.filter(pk=ours.pk).exists()
    assert PrecedentMark.history.filter(history_type="-", history_user=world.secretariat).count() == 2


def test_deleting_an_import_asks_first_and_says_what_goes_with_it(client, world, media):
    """「この取込記録を削除する」 deleted at one click, beside 「読み取った内容を訂正する」: now a page names what goes, and
    only a ticked box posted deletes."""
    meeting, _ = _pinned_and_dismissed_import(world)
    client.force_login(world.secretariat)
    done = client.get(f"/work/import/m/{meeting.pk}/").content.decode()
    assert f'href="/work/import/m/{meeting.pk}/delete/"' in done and f'action="/work/import/m/{meeting.pk}/delete/"' not in done
    page = client.get(f"/work/import/m/{meeting.pk}/delete/")
    listed = page.content.decode().split('<ul id="deleted-with-it">', 1)[1].split("</ul>", 1)[0]
    assert "公開中" in listed and "議題 2 件" in listed and "発言 0 件" in listed and "固定・除外の記録 2 件" in listed
    refused = client.post(f"/work/import/m/{meeting.pk}/delete/")
    assert refused.status_code == 400 and "チェックしてください" in refused.content.decode()
    assert Meeting.objects.filter(pk=meeting.pk).exists()
    assert client.post(f"/work/import/m/{meeting.pk}/delete/", {"confirm": "1"}).status_code == 302
    assert not Meeting.objects.filter(pk=meeting.pk).exists()


def test_an_import_another_council_marked_as_a_precedent_is_not_deleted_and_the_page_names_that_council(
        client, world, media):
    """Deleting took other cities' precedent marks with it: their judgement on our import is not ours to remove.
    The delete is refused, naming the council and the case; unpublishing stays open."""
    from shingikai.cases.actions import create_case
    from shingikai.cases.models import Case
    from shingikai.errors import ActionRefused
    from shingikai.minutes.actions import delete_import
    from shingikai.precedents.actions import mark_precedent
    from shingikai.precedents.models import PrecedentMark

    meeting, _ = _pinned_and_dismissed_import(world)
    theirs = create_case(world.other_council, world.other_dept, title="きた町の防犯カメラ", categories=["cctv"])
    mark_precedent(theirs, Case.objects.get(title="防犯カメラの設置"), "pin", by=world.other_secretariat)
    client.force_login(world.secretariat)
    page = client.get(f"/work/import/m/{meeting.pk}/delete/").content.decode()
    assert "削除できません" in page and "きた町個人情報保護審査会" in page and 'name="confirm"' not in page
    response = client.post(f"/work/import/m/{meeting.pk}/delete/", {"confirm": "1"})
    assert response.status_code == 409 and "きた町個人情報保護審査会「防犯カメラの設置」" in response.content.decode()
    with pytest.raises(ActionRefused, match="非公開に戻す"):
        delete_import(meeting, by=world.secretariat)
    assert Meeting.objects.filter(pk=meeting.pk).exists() and PrecedentMark.objects.count() == 3
    assert client.post(f"/work/import/m/{meeting.pk}/unpublish/", {"reason": "訂正のため"}).status_code == 302


def test_a_corrected_import_keeps_the_precedent_marks_on_the_cases_it_still_holds(client, world, media):
    from shingikai.minutes.actions import import_pending, reopen_import
    from shingikai.precedents.models import PrecedentMark

    meeting, ours = _pinned_and_dismissed_import(world)
    pending = reopen_import(meeting, by=world.secretariat)
    pending.parsed = dict(pending.parsed, place="ひだり市役所", items=pending.parsed["items"][:1])
    pending.save()
    import_pending(pending, by=world.secretariat)
    mark = PrecedentMark.objects.get()
    assert mark.case == ours and mark.kind == "pin" and mark.note == "参考" and mark.marked_by == world.secretariat
    assert mark.precedent.title == "窓口予約システムの導入" and mark.precedent.agenda_items.get().meeting == meeting


def test_a_correction_keeps_the_topics_confirmed_on_its_items_and_shows_them_on_the_review(client, world, media):
    """The walk changed only the 開催場所 of a published import: the 題目 confirmed on its items was gone (the
    review's 主題 empty, the item off /precedents/防犯カメラ/, back in the topic queue)."""
    from helpers import import_published

    from shingikai.cases.models import Case

    meeting, _ = import_published({**HIDARI, "place": "ひだり市役所 5階 全員協議会室", "start_time": None, "end_time": None,
                                   "chair": None, "members_present": [], "members_absent": None, "observers": None},
                                  source_name="hidari.txt", by=world.secretariat)
    camera = Case.objects.get(title="防犯カメラの設置")
    client.force_login(world.secretariat)
    client.post(f"/work/precedents/topics/{camera.pk}/", {"label": "防犯カメラ"})
    review_url = client.post(f"/work/import/m/{meeting.pk}/correct/")["Location"]
    page = client.get(review_url)
    assert 'value="防犯カメラ"' in page.content.decode()  # the review shows the confirmed 題目
    data = {**review_post_data(page), "h-place": "ひだり市役所 5階", "import": ""}
    assert client.post(review_url, data).status_code == 302
    client.post(f"/work/import/m/{meeting.pk}/publish/")
    kept = Case.objects.get(title="防犯カメラの設置")
    assert kept.pk != camera.pk and kept.topic == "防犯カメラ"
    assert "防犯カメラの設置" in client.get("/precedents/防犯カメラ/").content.decode()
    assert "防犯カメラの設置" not in client.get("/work/precedents/topics/").content.decode()


def test_a_reimported_file_keeps_the_topics_of_the_items_it_still_holds(world):
    """A corrected file of the same meeting has no 題目: the items of the same title keep those confirmed."""
    from helpers import import_published

    from shingikai.cases.models import Case
    from shingikai.minutes.actions import import_meeting
    from shingikai.precedents.actions import confirm_topic

    parsed = {**HIDARI, "items": HIDARI["items"][1:]}
    meeting, _ = import_published(parsed, source_name="hidari.txt", by=world.secretariat)
    confirm_topic(Case.objects.get(title="防犯カメラの設置"), "防犯カメラ", by=world.secretariat)
    corrected = {**parsed, "place": "ひだり市役所", "items": [*parsed["items"], {"kind": "報告", "title": "新しい議題"}]}
    assert import_meeting(corrected, source_name="hidari2.txt", sha256="b" * 64, by=world.secretariat,
                         replace=True)[1] == "updated"
    assert dict(Case.objects.filter(agenda_items__meeting=meeting).values_list("title", "topic")) == {
        "防犯カメラの設置": "防犯カメラ", "新しい議題": ""}


def test_a_correction_that_changes_nothing_leaves_the_import_as_it_was(client, world, media):
    from shingikai.cases.models import Case
    from shingikai.minutes.actions import import_meeting, import_pending, reopen_import
    from shingikai.precedents.actions import confirm_topic

    meeting, _ = import_meeting(HIDARI, source_name="hidari.txt", sha256="a" * 64, by=world.secretariat)
    camera = Case.objects.get(title="防犯カメラの設置")
    confirm_topic(camera, "防犯カメラ", by=world.secretariat)
    pending = reopen_import(meeting, by=world.secretariat)
    assert import_pending(pending, by=world.secretariat)[1] == "unchanged"
    assert Case.objects.filter(pk=camera.pk, topic="防犯カメラ").exists()


def test_the_correction_of_another_citys_import_is_reachable_and_listed_for_the_secretariat_that_imported_it(
        client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client, name="higashi.txt", data=MINUTES.replace("みなみ市", "ひがし町").encode())["Location"]
    client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""})
    meeting = Meeting.objects.get()
    assert meeting.council.is_imported_only and meeting.council.municipality.name == "ひがし町"
    correction = client.post(f"/work/import/m/{meeting.pk}/correct/")
    assert correction.status_code == 302
    page = client.get(correction["Location"])
    assert page.status_code == 200 and "窓口予約システムの導入" in page.content.decode()
    listing = client.get("/work/import/").content.decode()
    assert correction["Location"] in listing and "higashi.txt" in listing
    client.post(correction["Location"], {**review_post_data(page), "import": ""})
    assert not PendingImport.objects.exists() and Meeting.objects.count() == 1
    client.post(f"/work/import/m/{meeting.pk}/correct/")
    client.login(username="kita", password=PASSWORD)  # another city's secretariat
    assert client.get(f"/work/import/p/{PendingImport.objects.get().pk}/").status_code == 404
    assert "higashi.txt" not in client.get("/work/import/").content.decode()


def test_an_unpublished_import_is_previewed_as_the_public_will_read_it_and_only_by_its_secretariat(client, world, media):
    """「内容を確認してから公開してください」, but the import's page gave only counts and /meetings/N/ was 404 until
    published: the page now shows the record as its public page will, before 公開する."""
    client.force_login(world.secretariat)
    review_url = upload(client, data=MINUTES.replace("みなみ市", "ひがし町").encode())["Location"]
    data = {**review_post_data(client.get(review_url)), "items-0-conditions": "予約データを国内で保管すること", "import": ""}
    meeting_url = client.post(review_url, data)["Location"]
    meeting = Meeting.objects.get()
    preview = client.get(meeting_url).content.decode().split('id="preview"', 1)[1]
    assert "公開される内容 (プレビュー)" in preview
    for shown in ("窓口予約システムの導入について", "結論: 承認", "予約データを国内で保管すること", "国内のデータセンターです。",
                  "ひがし町役所 第1会議室"):
        assert shown in preview, shown
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 404  # still nothing public
    client.force_login(world.other_secretariat)
    assert client.get(meeting_url).status_code == 404
    client.logout()
    assert client.get(meeting_url).status_code == 302  # to the login page, never the record


def test_an_imported_item_without_an_outcome_says_so_not_decided_or_to_come(client, world):
    """Under published minutes an imported item left 結論 不明 read 「状態 決定済」 and 「結論は会議録の公開後に掲載します。」."""
    from helpers import import_published

    from shingikai.cases.models import Case

    import_published({**HIDARI, "items": [{"kind": "報告", "title": "土地の買入れについて", "outcome": "不明"},
                                          {"kind": "諮問", "title": "防犯カメラの設置", "outcome": "承認"}]},
                     source_name="hidari.txt", by=world.secretariat)
    unknown, decided = (Case.objects.get(title=t) for t in ("土地の買入れについて", "防犯カメラの設置"))
    page = client.get(f"/cases/{unknown.pk}/").content.decode()
    assert "結論の記載なし" in page and "会議録に結論の記載はありません" in page
    assert "決定済" not in page and "会議録の公開後に掲載します" not in page
    assert "決定済" in client.get(f"/cases/{decided.pk}/").content.decode()
    register = client.get("/cases/").content.decode()
    row = register.split("土地の買入れについて", 1)[1].split("</tr>", 1)[0]
    assert "結論の記載なし" in row and "決定済" not in row


def test_the_api_and_the_csv_give_an_imported_item_without_an_outcome_no_decided_status(client, world):
    """/api/cases gave `"status": "決定済", "outcome": null` for an imported item whose minutes state no outcome."""
    from helpers import import_published

    from shingikai.cases.models import Case

    import_published({**HIDARI, "items": [{"kind": "報告", "title": "土地の買入れについて", "outcome": "不明"},
                                          {"kind": "諮問", "title": "防犯カメラの設置", "outcome": "承認"}]},
                     source_name="hidari.txt", by=world.secretariat)
    unknown, decided = (Case.objects.get(title=t) for t in ("土地の買入れについて", "防犯カメラの設置"))
    listed = {c["id"]: c for c in client.get("/api/cases").json()["items"]}
    assert (listed[unknown.pk]["status"], listed[unknown.pk]["outcome"]) == ("結論の記載なし", None)
    assert (listed[decided.pk]["status"], listed[decided.pk]["outcome"]) == ("決定済", "承認")
    assert client.get(f"/api/cases/{unknown.pk}").json()["status"] == "結論の記載なし"
    rows = client.get("/api/cases.csv").content.decode("utf-8-sig").splitlines()
    row = next(line for line in rows if "土地の買入れについて" in line)
    assert "結論の記載なし" in row and "決定済" not in row


def test_an_import_says_the_kind_of_record_its_heading_names_and_when_it_was_published_here(client, world, media):
    """Every import read 「会議録 (要点記録) / 令和8年12月5日 公開」: the council's default style, and the day of the import
    as if the council had published it then."""
    from shingikai.minutes.actions import record_style

    assert record_style("ひがし町個人情報保護審議会 会議要録\n日時：…") == "要録"
    assert record_style("第3回 審議会 議事要旨") == "要点記録"
    assert record_style("議会運営委員会 会議録（全文）") == "全文"
    assert record_style(MINUTES) == ""
    assert record_style("会議録\n" + "\n".join(["行"] * 10) + "\n市民課から事業の概要を説明") == ""

    client.force_login(world.secretariat)
    for town, heading, shown in (("ひがし町", "会議録", '<h2 id="minutes-heading">会議録</h2>'),
                                 ("にし町", "会議要録", '<h2 id="minutes-heading">会議録 (要録)</h2>')):
        text = MINUTES.replace("みなみ市", town).replace("審議会 会議録", f"審議会 {heading}")
        review_url = upload(client, data=text.encode())["Location"]
        meeting_url = client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""})["Location"]
        client.post(f"{meeting_url}publish/")
        page = client.get(f"/meetings/{Meeting.objects.get(council__municipality__name=town).pk}/").content.decode()
        assert shown in page and "このサイトに取込・公開" in page and "要点記録" not in page


def _other_minutes():
    return MINUTES.replace("令和6年度第3回", "令和6年度第4回").replace("11月18日", "12月16日")


def test_several_files_are_read_at_once_and_the_one_that_is_not_minutes_is_named(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    assert re.search(r'<input type="file" name="file"[^>]* multiple', client.get("/work/import/").content.decode())
    files = [SimpleUploadedFile("第3回.txt", MINUTES.encode("cp932")),
             SimpleUploadedFile("第4回.txt", _other_minutes().encode("utf-8-sig")),
             SimpleUploadedFile("出席簿.xlsx", _zip())]
    response = client.post("/work/import/", {"file": files, "council": ""}, follow=True)
    body = response.content.decode()
    assert response.status_code == 200
    assert "2 件を読み取りました" in body
    assert "出席簿.xlsx: Excel のファイルです。" in body
    assert sorted(PendingImport.objects.values_list("source_name", flat=True)) == ["第3回.txt", "第4回.txt"]
    assert not Meeting.objects.exists()


def test_several_files_none_of_them_minutes_are_each_named_and_nothing_is_kept(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    response = client.post("/work/import/", {"file": [SimpleUploadedFile("議事録.zip", _zip()),
                                                      SimpleUploadedFile("空.txt", b"")]})
    assert response.status_code == 400
    body = response.content.decode()
    assert "空.txt: ファイルが空です。" in body
    assert not PendingImport.objects.exists()
    # Checked before any reading: the zip is named once the empty file is taken out.
    body = client.post("/work/import/", {"file": [SimpleUploadedFile("議事録.zip", _zip())]}).content.decode()
    assert "議事録.zip: ZIP 圧縮ファイルのままでは読み取れません。展開して" in body
    assert not PendingImport.objects.exists()


def test_the_same_file_uploaded_again_goes_on_with_its_review_and_keeps_the_corrections(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    review_url = upload(client)["Location"]
    data = review_post_data(client.get(review_url))
    assert client.post(review_url, {**data, "h-place": "別館 会議室", "save": ""}).status_code == 302
    again = upload(client, name="コピー - minutes.txt")
    assert again.status_code == 302 and again["Location"] == review_url
    assert "同じ内容のファイルが確認待ちにある" in client.get(review_url).content.decode()
    assert PendingImport.objects.get().parsed["place"] == "別館 会議室"
    # Read for another council it is another review.
    assert upload(client, council=world.council.pk)["Location"] != review_url
    assert PendingImport.objects.count() == 2


def test_an_upload_is_parsed_outside_any_transaction(transactional_db, client, world, media, monkeypatch):
    # On SQLite an open transaction holds the one write lock: parsing a long file inside one made every other
    # user's save wait for it, then fail as "database is locked".
    from django.db import connection

    from shingikai.minutes import actions

    read = actions.read_import_file
    seen = []

    def reading(data, name):
        seen.append(connection.in_atomic_block)
        return read(data, name)

    monkeypatch.setattr(actions, "read_import_file", reading)
    client.login(username="jimukyoku", password=PASSWORD)
    assert upload(client).status_code == 302
    assert seen == [False] and PendingImport.objects.count() == 1


def test_files_left_when_reading_took_too_long_are_named_to_choose_again(client, world, media, monkeypatch):
    # Every file is parsed in the request; past the budget the rest are named rather than the request running
    # into the server's worker timeout and losing the files already read.
    from shingikai.minutes import import_views

    monkeypatch.setattr(import_views, "READ_SECONDS", 0)
    client.login(username="jimukyoku", password=PASSWORD)
    files = [SimpleUploadedFile("第3回.txt", MINUTES.encode()), SimpleUploadedFile("第4回.txt", _other_minutes().encode())]
    body = client.post("/work/import/", {"file": files}, follow=True).content.decode()
    assert "1 件を読み取りました (第3回.txt)" in body
    assert "第4回.txt: 一度に読み取れる時間を超えたため、読み取っていません。" in body
    assert list(PendingImport.objects.values_list("source_name", flat=True)) == ["第3回.txt"]
