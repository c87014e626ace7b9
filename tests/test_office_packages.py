"""A .docx, .xlsx or .pptx is trusted only as a whole package: a ZIP archive renamed .docx, a download cut
off halfway, a package without its content types and a zip bomb all start with the same ``PK`` as a
real one. Each upload path (a case's materials, a follow-up's evidence, the minutes and 答申 imports in
the browser and on the command line) refuses them in Japanese and stores nothing."""
import io
from contextlib import redirect_stderr

import hostile_files as hostile
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from helpers import accepted_case
from test_hostile_uploads import japanese_refusal, respond_again_with

from shingikai import officefiles
from shingikai.cases.actions import add_attachment
from shingikai.cases.models import Attachment
from shingikai.disclosure.models import ImportedAnswer
from shingikai.errors import ActionRefused
from shingikai.meetings.models import FollowUp, Meeting
from shingikai.minutes.models import PendingImport

SMALL_BOUND = 1_000_000


def not_packages():
    """(file name, bytes, the words the refusal must hold); the bomb is measured against SMALL_BOUND."""
    return [
        ("archive.docx", hostile.zip_archive(), "word/document.xml のない ZIP 圧縮ファイル"),
        ("cut.docx", hostile.docx_truncated(), "ZIP 形式が壊れていて、Word (.docx) として読めません"),
        ("untyped.docx", hostile.docx_without("[Content_Types].xml"), "[Content_Types].xml のない ZIP 圧縮ファイル"),
        ("bomb.docx", hostile.docx_inflated_styles(SMALL_BOUND + 1), "展開すると大きすぎます (ZIP 爆弾の疑い)"),
        ("garbled.docx", hostile.docx_replacing("[Content_Types].xml", b"PK\x03\x04 not xml <Types"),
         "[Content_Types].xml が正しい XML ではないため、Word (.docx) として読めません"),
    ]


CASES = not_packages()
IDS = ["renamed zip", "truncated", "no content types", "zip bomb", "content types not xml"]


@pytest.fixture
def small_bound(monkeypatch, tmp_path, settings):
    """The shared bound made small, so the bomb stays small too; the importer's and attachments' alike."""
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr(officefiles, "MAX_PART_BYTES", SMALL_BOUND)


@pytest.mark.parametrize("name,data,reason", CASES, ids=IDS)
def test_case_materials_refuse_a_file_that_only_starts_like_a_package(client, world, small_bound, name, data, reason):
    case = accepted_case(world)
    client.force_login(world.secretariat)
    kept = SimpleUploadedFile("kept.docx", hostile.REAL_DOCX.read_bytes())
    assert client.post(f"/work/cases/{case.pk}/attachments/", {"title": "既存の資料", "file": kept}).status_code == 302
    response = client.post(f"/work/cases/{case.pk}/attachments/",
                           {"title": "追加の資料", "file": SimpleUploadedFile(name, data)})
    body = japanese_refusal(response)
    assert f"{name}: " in body and reason in body
    assert "追加の資料" in body  # the typed title is still in the form
    assert list(Attachment.objects.values_list("title", flat=True)) == ["既存の資料"]


def test_an_xlsx_needs_its_workbook_and_a_sound_one_is_stored(world, small_bound):
    case = accepted_case(world)
    with pytest.raises(ActionRefused, match=r"xl/workbook.xml のない ZIP 圧縮ファイルで、Excel \(.xlsx\) ではありません"):
        add_attachment(case, title="名簿", file=SimpleUploadedFile("list.xlsx", hostile.REAL_DOCX.read_bytes()))
    with pytest.raises(ActionRefused, match="ppt/presentation.xml のない"):
        add_attachment(case, title="説明", file=SimpleUploadedFile("slides.pptx", hostile.xlsx_minimal()))
    assert not Attachment.objects.exists()
    stored = add_attachment(case, title="名簿", file=SimpleUploadedFile("list.xlsx", hostile.xlsx_minimal()))
    stored.file.open("rb")
    assert stored.file.read() == hostile.xlsx_minimal()  # checked, then stored from its first byte


@pytest.mark.parametrize("name,data,reason", CASES, ids=IDS)
def test_follow_up_evidence_refuses_it_and_keeps_the_earlier_response(client, world, small_bound, name, data, reason):
    follow_up, response = respond_again_with(client, world, name, data)
    assert reason in japanese_refusal(response)
    after = FollowUp.objects.get(pk=follow_up.pk)
    assert after.response == "最初の報告" and after.evidence.name.endswith("first.pdf")


@pytest.mark.parametrize("name,data,reason", CASES, ids=IDS)
def test_minutes_import_refuses_it_in_the_browser(client, world, small_bound, name, data, reason):
    client.force_login(world.secretariat)
    response = client.post("/work/import/", {"file": SimpleUploadedFile(name, data), "council": ""})
    assert reason in japanese_refusal(response)
    assert not PendingImport.objects.exists() and not Meeting.objects.exists()


@pytest.mark.parametrize("name,data,reason", CASES, ids=IDS)
def test_answer_import_refuses_it_in_the_browser(client, world, small_bound, name, data, reason):
    client.force_login(world.secretariat)
    response = client.post("/disclosure/imports/", {"file": SimpleUploadedFile(name, data)})
    assert reason in japanese_refusal(response)
    assert not ImportedAnswer.objects.exists()


@pytest.mark.parametrize("command", ["import_minutes", "import_answer"])
@pytest.mark.parametrize("name,data,reason", CASES, ids=IDS)
def test_both_import_commands_exit_2_with_the_reason(world, small_bound, tmp_path, command, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_, redirect_stderr(err):
        call_command(command, str(path), stdout=io.StringIO(), stderr=err)
    assert exit_.value.code == 2
    line = err.getvalue()
    assert name in line and reason in line and "Traceback" not in line
    assert not Meeting.objects.exists() and not ImportedAnswer.objects.exists()
