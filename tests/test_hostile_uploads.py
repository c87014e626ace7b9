"""Hostile and mistaken files at every upload field (a case's materials, minutes and 答申 imports, a
follow-up's evidence, an 評価書's files) and hostile text at the transcript paste: each gets a Japanese message or is read,
never a server error; a refused file stores nothing and loses nothing that was there.

tests/test_import_hostile.py covers the importer's own bounds (zip bombs, page counts) in depth; here
each field is asked with the same files through the browser's way in."""
import datetime

import hostile_files as hostile
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from helpers import accepted_case, open_meeting_with
from test_import_hostile import JUST_OVER_PART

from shingikai.cases.models import Attachment
from shingikai.disclosure.models import ImportedAnswer
from shingikai.meetings.actions import add_follow_up, record_decision, respond_follow_up
from shingikai.meetings.models import FollowUp, Meeting, Turn
from shingikai.minutes.models import PendingImport

MINUTES = (hostile.FIXTURES / "minami-circle.txt").read_text(encoding="utf-8")


def hostile_uploads():
    """(file name, bytes, why it is hostile)."""
    return [
        ("empty.pdf", b"", "0 bytes"),
        ("blank.txt", b"\n \n\t\n", "only whitespace"),
        ("line.txt", "あ".encode() * 700_000, "one 2 MB line"),
        ("photo.txt", hostile.png(), "PNG renamed .txt"),
        ("photo.pdf", hostile.png(), "PNG renamed .pdf"),
        ("photo.docx", hostile.png(), "PNG renamed .docx"),
        ("bomb.docx", hostile.docx_inflated_styles(JUST_OVER_PART), "zip bomb"),
        ("scan.pdf", hostile.pdf_pages(2), "a PDF with no text"),
        ("utf16.txt", hostile.utf16_without_bom(), "UTF-16 without BOM"),
        ("sjis.txt", MINUTES.encode("shift_jis", errors="replace"), "Shift_JIS"),
        ("../../../etc/passwd.txt", b"root:x:0:0", "a path in the name"),
        ("x" * 400 + ".pdf", hostile.pdf_pages(1), "a 400-character name"),
    ]


UPLOADS = hostile_uploads()
IDS = [why for _, _, why in UPLOADS]


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path


def japanese_refusal(response):
    body = response.content.decode()
    assert response.status_code in (400, 409), response.status_code
    assert "Traceback" not in body and "Bad Request" not in body
    return body


@pytest.mark.parametrize("name,data,why", UPLOADS, ids=IDS)
def test_minutes_import_reads_or_refuses_each_file(client, world, media, name, data, why):
    client.force_login(world.secretariat)
    response = client.post("/work/import/", {"file": SimpleUploadedFile(name, data), "council": ""})
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 400:
        japanese_refusal(response)
        assert not PendingImport.objects.exists()
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("name,data,why", UPLOADS, ids=IDS)
def test_answer_import_reads_or_refuses_each_file(client, world, media, name, data, why):
    client.force_login(world.secretariat)
    response = client.post("/disclosure/imports/", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 400:
        japanese_refusal(response)
    assert not ImportedAnswer.objects.exists()  # none of these files is a 答申


def attachments_field(world, field):
    """(the URL the file is posted to, the user who posts it, the rows it makes) of a case's materials or an
    評価書's files, which share one check (uploads.check_upload)."""
    from test_register_actions import full_assessment

    from shingikai.registers.models import AssessmentDocument

    if field == "case":
        return f"/work/cases/{accepted_case(world).pk}/attachments/", world.secretariat, Attachment
    return f"/work/registers/assessments/{full_assessment(world).pk}/attach/", world.dept_a_user, AssessmentDocument


@pytest.mark.parametrize("field", ["case", "assessment"])
@pytest.mark.parametrize("name,data,why", UPLOADS, ids=IDS)
def test_case_materials_and_assessment_files_refuse_empty_and_disguised_files(client, world, media, name, data, why,
                                                                               field):
    url, user, model = attachments_field(world, field)
    kept = SimpleUploadedFile("kept.pdf", hostile.pdf_pages(1))
    client.force_login(user)
    assert client.post(url, {"title": "既存の資料", "file": kept}).status_code == 302
    response = client.post(url, {"title": "資料", "file": SimpleUploadedFile(name, data)})
    assert response.status_code < 500
    if why in ("0 bytes", "PNG renamed .txt", "PNG renamed .pdf", "PNG renamed .docx", "zip bomb"):
        body = japanese_refusal(response)
        assert "ファイルは空です" in body or "中身が" in body
        assert list(model.objects.values_list("title", flat=True)) == ["既存の資料"]
    else:
        assert response.status_code == 302
        assert ".." not in model.objects.get(title="資料").file.name


@pytest.mark.parametrize("field", ["case", "assessment"])
@pytest.mark.parametrize("data,message", [
    (hostile.pdf_pages(1, password="secret"), "パスワード付きの PDF は会議資料にまとめられません。パスワードを外して保存し直してください。"),
    (hostile.DAMAGED_PDF, "PDF として読み込めません"),
], ids=["password", "damaged"])
def test_a_pdf_the_materials_cannot_bind_is_refused_at_upload_and_nothing_stored(client, world, media, tmp_path,
                                                                                 field, data, message):
    """A case's 資料 and an 評価書's files go into the members' materials PDF: one that starts as a PDF but cannot
    be opened whole would be left out of it, so it is refused when it is attached."""
    url, user, model = attachments_field(world, field)
    client.force_login(user)
    response = client.post(url, {"title": "仕様書", "file": SimpleUploadedFile("spec.pdf", data)})
    assert f"spec.pdf: {message}" in japanese_refusal(response)
    assert not model.objects.exists()
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


@pytest.mark.parametrize("field", ["case", "assessment"])
def test_a_pdf_restricted_only_from_printing_or_copying_is_accepted_for_the_materials(client, world, media, field):
    """An owner password alone (印刷・コピー制限) leaves the PDF readable, and the materials bind it."""
    url, user, model = attachments_field(world, field)
    client.force_login(user)
    data = hostile.pdf_pages(2, owner_password="owner")
    assert client.post(url, {"title": "仕様書", "file": SimpleUploadedFile("spec.pdf", data)}).status_code == 302
    assert model.objects.get().title == "仕様書"


def test_follow_up_evidence_refuses_a_password_protected_or_damaged_pdf(client, world, media):
    follow_up, response = respond_again_with(client, world, "report.pdf", hostile.pdf_pages(1, password="secret"))
    assert "パスワード付きの PDF は開けないため添付できません" in japanese_refusal(response)
    response = client.post(f"/work/meetings/followups/{follow_up.pk}/", {
        "action": "respond", "response": "二度目の報告", "version": follow_up.version,
        "evidence": SimpleUploadedFile("report.pdf", hostile.DAMAGED_PDF)})
    assert "PDF として読み込めません" in japanese_refusal(response)
    after = FollowUp.objects.get(pk=follow_up.pk)
    assert after.response == "最初の報告" and after.evidence.name.endswith("first.pdf")


@pytest.mark.parametrize("name,data", [
    ("x.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"), ("setup.bat", b"@echo off\r\n"), ("noextension", b"%PDF-1.4"),
    ("macro.docm", b"PK\x03\x04"), ("page.html", b"<html><script>alert(1)</script></html>"),
])
def test_an_attachment_of_a_kind_not_accepted_is_refused_with_the_kinds_that_are(client, world, media, name, data):
    """README: attachments are what their names say; a program or an unknown kind is no council material."""
    case = accepted_case(world)
    client.force_login(world.secretariat)
    response = client.post(f"/work/cases/{case.pk}/attachments/", {"title": "資料", "file": SimpleUploadedFile(name, data)})
    body = japanese_refusal(response)
    assert "ファイルは添付できません" in body and "添付できるのは PDF" in body
    assert not Attachment.objects.exists()


@pytest.mark.parametrize("name,data", [
    ("photo.txt", None), ("photo.csv", None), ("program.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(64)),
    ("archive.csv", b"PK\x03\x04" + bytes(64)), ("picture.jpg", None), ("picture.gif", None), ("sheet.xlsx", None),
])
def test_every_accepted_extension_refuses_content_that_contradicts_it(client, world, media, name, data):
    """Each allowed extension is checked, text ones included: a PNG renamed .txt was accepted."""
    case = accepted_case(world)
    client.force_login(world.secretariat)
    response = client.post(f"/work/cases/{case.pk}/attachments/",
                           {"title": "資料", "file": SimpleUploadedFile(name, data or hostile.png())})
    assert "中身が" in japanese_refusal(response)
    assert not Attachment.objects.exists()


@pytest.mark.parametrize("name,data", [
    ("memo.txt", "会議の資料です。\n".encode()), ("list.csv", "氏名,所属\n青木,委員\n".encode("shift_jis")),
    ("utf16.txt", hostile.utf16_without_bom()), ("bom.txt", "資料".encode("utf-16")), ("map.PNG", None),
])
def test_text_and_images_that_are_what_their_names_say_are_accepted(client, world, media, name, data):
    case = accepted_case(world)
    client.force_login(world.secretariat)
    response = client.post(f"/work/cases/{case.pk}/attachments/",
                           {"title": "資料", "file": SimpleUploadedFile(name, data or hostile.png())})
    assert response.status_code == 302
    assert Attachment.objects.get().title == "資料"


def respond_again_with(client, world, name, data):
    """A follow-up answered once with a PDF; its department posts a second response with the file
    ``name``. Returns the follow-up and the response."""
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    follow_up = add_follow_up(decision, kind="後日報告", text="報告すること", department=world.dept_a,
                              due_date=datetime.date(2025, 9, 1))
    respond_follow_up(follow_up, response="最初の報告", evidence=SimpleUploadedFile("first.pdf", hostile.pdf_pages(1)))
    follow_up.refresh_from_db()
    client.force_login(world.dept_a_user)
    return follow_up, client.post(f"/work/meetings/followups/{follow_up.pk}/", {
        "action": "respond", "response": "二度目の報告", "version": follow_up.version,
        "evidence": SimpleUploadedFile(name, data)})


@pytest.mark.parametrize("name,data,why", [u for u in UPLOADS if u[2] in ("0 bytes", "PNG renamed .pdf", "zip bomb")],
                         ids=["0 bytes", "PNG renamed .pdf", "zip bomb"])
def test_follow_up_evidence_refused_keeps_the_earlier_response_and_file(client, world, media, name, data, why):
    follow_up, response = respond_again_with(client, world, name, data)
    assert response.status_code < 500
    after = FollowUp.objects.get(pk=follow_up.pk)
    japanese_refusal(response)  # a zip bomb too (tests/test_office_packages.py)
    assert after.response == "最初の報告" and after.evidence.name.endswith("first.pdf")


@pytest.mark.parametrize("text,why", [
    ("", "empty"), ("委員：" + "あ" * 2_000_000, "one 2 MB turn"), ("委員：質問\x00です", "a NUL byte"),
    ("\n\n".join(f"委員：質問{n}" for n in range(3000)), "3,000 paragraphs"), ("：：：\n〔〕\n", "only marks"),
])
def test_transcript_paste_of_hostile_text_answers_without_a_server_error(client, world, text, why):
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    client.force_login(world.secretariat)
    before = Turn.objects.count()
    response = client.post(f"/work/meetings/m/{meeting.pk}/turns/paste/", {"agenda_item": item.pk, "text": text})
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 400:
        japanese_refusal(response)
        assert Turn.objects.count() == before
    else:
        assert "\x00" not in "".join(Turn.objects.values_list("text", flat=True))


GIF = b"GIF89a\x10\x00\x10\x00\x80\x00\x00" + bytes(range(256)) * 4


def test_attachments_and_minutes_import_tell_a_disguised_file_apart_alike(client, world, media):
    """Both read a file's first bytes from one table: a GIF passed off as a PNG attachment is refused,
    and the same GIF passed off as minutes is named as a GIF."""
    case = accepted_case(world)
    client.force_login(world.secretariat)
    response = client.post(f"/work/cases/{case.pk}/attachments/", {"title": "写真", "file": SimpleUploadedFile("map.png", GIF)})
    assert "拡張子は .png ですが、中身が PNG 画像 ではありません" in japanese_refusal(response)
    response = client.post(f"/work/cases/{case.pk}/attachments/", {"title": "図", "file": SimpleUploadedFile("map.gif", hostile.png())})
    assert "中身が GIF 画像 ではありません" in japanese_refusal(response)
    assert not Attachment.objects.exists()
    response = client.post("/work/import/", {"file": SimpleUploadedFile("minutes.txt", GIF), "council": ""})
    assert "会議録ではなく画像ファイル (GIF)です" in japanese_refusal(response)
    assert client.post(f"/work/cases/{case.pk}/attachments/", {"title": "図", "file": SimpleUploadedFile("map.gif", GIF)}).status_code == 302


def test_minutes_that_begin_with_letters_like_a_signature_are_still_read(client, world, media):
    """「BM」 or 「MZ」 open a bitmap or a program only in a file with NUL bytes; in a text they are letters."""
    client.force_login(world.secretariat)
    text = "BM 会議録\n" + MINUTES
    response = client.post("/work/import/", {"file": SimpleUploadedFile("bm.txt", text.encode()), "council": ""})
    assert response.status_code == 302
    response = client.post("/work/import/", {"file": SimpleUploadedFile("bm.txt", b"BM\x00\x00" + bytes(range(256))), "council": ""})
    assert "会議録ではなくバイナリファイルです" in japanese_refusal(response)


def test_an_attachment_larger_than_the_limit_is_refused_with_the_limit_named(client, world, media, settings):
    settings.SHINGIKAI_ATTACHMENT_MAX_BYTES = 1024 * 1024
    case = accepted_case(world)
    client.force_login(world.secretariat)
    big = SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n" + bytes(1024 * 1024))
    body = japanese_refusal(client.post(f"/work/cases/{case.pk}/attachments/", {"title": "資料", "file": big}))
    assert "ファイルが大きすぎます" in body and "1 MB まで" in body
    assert not Attachment.objects.exists()
    small = SimpleUploadedFile("scan.pdf", hostile.pdf_pages(1))
    assert client.post(f"/work/cases/{case.pk}/attachments/", {"title": "資料", "file": small}).status_code == 302
