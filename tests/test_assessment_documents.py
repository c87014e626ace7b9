"""The 評価書 itself on its record: the department and the secretariat attach its files (the 評価書 in PDF or
Excel, a 修正版 after the 第三者点検, the 意見募集's materials), replace them with a new version and remove them
until the council's 点検結果 settles them; the people who may open the 評価書 download them, nobody else; the
members' materials PDF binds the PDFs after the item's sheet."""
import datetime
import io
from pathlib import Path

import hostile_files as hostile
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader
from django.contrib.auth import get_user_model
from test_register_actions import full_assessment
from test_web_support import web_world  # noqa: F401

from shingikai.councils.actions import appoint_successor, end_membership, link_person_to_user
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import close_meeting, open_meeting, plan_meeting
from shingikai.registers import actions
from shingikai.registers.models import AssessmentDocument

D = datetime.date


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def pdf(pages=1, name="hyoukasho.pdf"):
    return SimpleUploadedFile(name, hostile.pdf_pages(pages))


def on_the_agenda(world, date=D(2025, 9, 10)):
    """A 全項目評価書 after its comment period, brought to a meeting for its 第三者点検."""
    record = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    inspection = actions.request_inspection(record, plan_meeting(world.council, date=date))
    record.refresh_from_db()
    return record, inspection


def conclude(world, inspection):
    meeting = inspection.agenda_item.meeting
    open_meeting(meeting, present=world.people)
    close_meeting(meeting)
    return actions.conclude_inspection(inspection, findings="リスク対策は適切である。", on=D(2025, 9, 20))


def url(record, document=None):
    base = f"/work/registers/assessments/{record.pk}/"
    return f"{base}documents/{document.pk}/" if document else base


def download(client, record, document):
    response = client.get(url(record, document))
    return response.status_code, b"".join(response.streaming_content) if response.status_code == 200 else b""


def stored_files(media):
    return [p for p in Path(media).rglob("*") if p.is_file()] if Path(media).exists() else []


def test_the_department_attaches_its_assessment_on_the_page_and_downloads_it(client, world):
    record = full_assessment(world)
    client.force_login(world.dept_a_user)
    response = client.post(url(record) + "attach/", {"title": "全項目評価書 (意見募集版)",
                                                     "file": SimpleUploadedFile("hyoukasho.xlsx", hostile.xlsx_minimal())})
    assert response.status_code == 302
    document = AssessmentDocument.objects.get()
    assert (document.title, document.uploaded_by, document.version) == ("全項目評価書 (意見募集版)", world.dept_a_user, 1)
    page = client.get(url(record)).content.decode()
    assert f'href="{url(record, document)}"' in page and "全項目評価書 (意見募集版)" in page
    assert "市民 太郎" in page and "令和" in page  # who, and the upload date in 和暦
    assert "評価書の資料の登録・削除の履歴" in page
    assert download(client, record, document) == (200, hostile.xlsx_minimal())


def test_the_secretariat_attaches_too_but_not_another_department_nor_a_member(world):
    record, _ = on_the_agenda(world)
    for user in (world.dept_b_user, world.member_user, world.other_secretariat):
        with pytest.raises(ActionRefused, match="担当課と事務局です"):
            actions.add_assessment_document(record, title="評価書", file=pdf(), by=user)
    actions.add_assessment_document(record, title="意見募集の結果", file=pdf(), by=world.secretariat)
    assert list(AssessmentDocument.objects.values_list("title", flat=True)) == ["意見募集の結果"]


def test_a_new_version_replaces_a_file_while_the_assessment_is_inspected_and_keeps_the_one_it_replaces(client, world):
    record, _ = on_the_agenda(world)
    first = actions.add_assessment_document(record, title="全項目評価書", file=pdf(2), by=world.dept_a_user)
    client.force_login(world.dept_a_user)
    response = client.post(url(record) + "replace/", {"document": first.pk, "title": "",
                                                      "file": pdf(3, name="hyoukasho-v2.pdf")})
    assert response.status_code == 302
    second = AssessmentDocument.objects.get(replaces=first)
    assert (second.title, second.version) == ("全項目評価書", 2)  # the title kept when none is typed
    page = client.get(url(record)).content.decode()
    assert "第2版" in page and f'href="{url(record, first)}"' in page  # the earlier version stays readable
    assert download(client, record, first) == (200, hostile.pdf_pages(2))
    with pytest.raises(ActionRefused, match="新しい版があります"):
        actions.add_assessment_document(record, title="", file=pdf(), replaces=first)
    with pytest.raises(ActionRefused, match="新しい版があります"):
        actions.remove_assessment_document(first)


def test_removing_a_new_version_brings_back_the_one_it_replaced(client, world, media,
                                                                django_capture_on_commit_callbacks):
    """The stored file goes with its row, once the removal is committed."""
    record, _ = on_the_agenda(world)
    first = actions.add_assessment_document(record, title="全項目評価書", file=pdf(1))
    second = actions.add_assessment_document(record, title="", file=pdf(2), replaces=first)
    client.force_login(world.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url(record) + "detach/", {"document": second.pk}).status_code == 302
    assert list(AssessmentDocument.objects.all()) == [first] and len(stored_files(media)) == 1
    assert AssessmentDocument.history.filter(id=second.pk, history_type="-").get().history_user == world.secretariat
    with django_capture_on_commit_callbacks(execute=True):
        actions.remove_assessment_document(first)
    assert not AssessmentDocument.objects.exists() and stored_files(media) == []


def test_the_files_the_council_inspected_are_settled_by_its_result_and_a_revision_until_submission(world):
    record, inspection = on_the_agenda(world)
    inspected = actions.add_assessment_document(record, title="全項目評価書", file=pdf())
    mistaken = actions.add_assessment_document(record, title="誤って登録した資料", file=pdf())
    actions.remove_assessment_document(mistaken, by=world.dept_a_user)
    conclude(world, inspection)
    for attempt in (lambda: actions.remove_assessment_document(inspected, by=world.dept_a_user),
                    lambda: actions.add_assessment_document(record, title="", file=pdf(), replaces=inspected)):
        with pytest.raises(ActionRefused, match="第三者点検の結果が出たため、点検した資料は差し替えも削除もできません"):
            attempt()
    # The department revises its 評価書 as the council asked: a 修正版, correctable until it is submitted.
    revision = actions.add_assessment_document(record, title="全項目評価書 (修正版)", file=pdf(), by=world.dept_a_user)
    assert revision.after_inspection
    revision = actions.add_assessment_document(record, title="", file=pdf(2), replaces=revision, by=world.dept_a_user)
    actions.record_comments(record, count=0)
    actions.submit_assessment(record, on=D(2025, 10, 1))
    with pytest.raises(ActionRefused, match="提出済の評価書の資料は、差し替えも削除もできません"):
        actions.remove_assessment_document(revision)
    with pytest.raises(ActionRefused, match="提出済の評価書には資料を追加できません"):
        actions.add_assessment_document(record, title="追加", file=pdf())
    assert AssessmentDocument.objects.filter(replaced_by__isnull=True).count() == 2


def test_a_settled_file_is_refused_on_the_page_with_the_reason_and_offers_no_removal(client, world):
    record, inspection = on_the_agenda(world)
    document = actions.add_assessment_document(record, title="全項目評価書", file=pdf())
    conclude(world, inspection)
    client.force_login(world.dept_a_user)
    page = client.get(url(record)).content.decode()
    assert "点検した資料は差し替えも削除もできません" in page and f'value="{document.pk}"' not in page
    response = client.post(url(record) + "detach/", {"document": document.pk})
    assert response.status_code == 400 and "点検した資料は差し替えも削除もできません" in response.content.decode()
    assert AssessmentDocument.objects.filter(pk=document.pk).exists()


@pytest.mark.parametrize("role,before,after", [
    ("secretariat", 200, 200), ("dept_a_user", 200, 200), ("member_user", 404, 200), ("dept_b_user", 404, 404),
    ("stranger", 404, 404), ("other_secretariat", 404, 404),
])
def test_the_files_are_read_by_whoever_may_open_the_assessment(client, world, role, before, after):
    """The department, the secretariat, and the council's members once it is on their agenda."""
    record = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    document = actions.add_assessment_document(record, title="全項目評価書", file=pdf())
    client.force_login(getattr(world, role))
    assert download(client, record, document)[0] == before
    actions.request_inspection(record, plan_meeting(world.council, date=D(2025, 9, 10)))
    assert download(client, record, document)[0] == after


def test_anonymous_is_sent_to_login_and_a_file_of_another_assessment_does_not_exist(client, world):
    record, _ = on_the_agenda(world)
    document = actions.add_assessment_document(record, title="全項目評価書", file=pdf())
    response = client.get(url(record, document))
    assert response.status_code == 302 and response["Location"].startswith("/login/")
    other = actions.assess_threshold(world.dept_a, system_name="税務システム", subject_count=5000, handler_count=3)
    client.force_login(world.dept_a_user)
    assert client.get(f"{url(other)}documents/{document.pk}/").status_code == 404
    assert client.get(f"{url(record)}documents/{document.pk + 1}/").status_code == 404


@pytest.mark.parametrize("name,data,message", [
    ("hyoukasho.pdf", hostile.png(), "中身が PDF ではありません"),
    ("hyoukasho.pdf", b"", "空"),
    ("hyoukasho.xlsx", hostile.zip_archive(), "hyoukasho.xlsx"),
    ("hyoukasho.exe", b"MZ\x90\x00", "添付できるのは PDF"),
])
def test_a_forged_upload_is_refused_with_a_message_and_nothing_stored(client, world, media, name, data, message):
    record, _ = on_the_agenda(world)
    client.force_login(world.dept_a_user)
    response = client.post(url(record) + "attach/", {"title": "全項目評価書", "file": SimpleUploadedFile(name, data)})
    assert response.status_code == 400 and message in response.content.decode()
    assert 'value="全項目評価書"' in response.content.decode()  # the title typed is kept
    assert not AssessmentDocument.objects.exists() and stored_files(media) == []


def test_an_oversize_file_is_refused_with_the_limit_and_nothing_stored(client, world, media, settings):
    settings.SHINGIKAI_ATTACHMENT_MAX_BYTES = 1024 * 1024
    record, _ = on_the_agenda(world)
    first = actions.add_assessment_document(record, title="全項目評価書", file=pdf())
    big = hostile.pdf_pages(1) + b"%" * (1024 * 1024)
    client.force_login(world.dept_a_user)
    for verb, fields in (("attach", {"title": "全項目評価書 (全文)"}), ("replace", {"document": first.pk})):
        response = client.post(url(record) + f"{verb}/", {**fields, "file": SimpleUploadedFile("zenbun.pdf", big)})
        assert response.status_code == 400 and "ファイルが大きすぎます" in response.content.decode()
    assert list(AssessmentDocument.objects.all()) == [first] and len(stored_files(media)) == 1


def test_a_replayed_attach_adds_the_file_once(client, world):
    record, _ = on_the_agenda(world)
    client.force_login(world.dept_a_user)
    for _ in range(2):
        response = client.post(url(record) + "attach/", {"title": "全項目評価書", "file": pdf(),
                                                         "submission": "same-token-0123456789"})
        assert response.status_code == 302
    assert AssessmentDocument.objects.count() == 1


def outline(response):
    reader = PdfReader(io.BytesIO(response.content))
    return reader, [o.title for o in reader.outline if not isinstance(o, list)]


def test_the_members_materials_bind_the_assessments_pdfs_after_its_sheet_and_the_observers_copy_none(client, world):
    record, inspection = on_the_agenda(world)
    replaced = actions.add_assessment_document(record, title="全項目評価書", file=pdf(2))
    actions.add_assessment_document(record, title="", file=pdf(5), replaces=replaced)
    actions.add_assessment_document(record, title="リスク対策の一覧", file=SimpleUploadedFile("list.xlsx",
                                                                                         hostile.xlsx_minimal()))
    actions.add_assessment_document(record, title="意見募集の結果", file=pdf(1))
    meeting, title = inspection.agenda_item.meeting, inspection.agenda_item.title
    client.force_login(world.member_user)
    members, titles = outline(client.get(f"/work/meetings/m/{meeting.pk}/materials.pdf"))
    assert titles == ["会議次第", title, f"{title} 全項目評価書", f"{title} 意見募集の結果"]
    sheet = "".join(page.extract_text() or "" for page in members.pages)
    assert "住民記録システム" in sheet and "リスク対策の一覧（PDF以外のため綴じ込みなし）" in sheet
    observers, titles = outline(client.get(f"/work/meetings/m/{meeting.pk}/materials.pdf?for=observers"))
    assert titles == ["会議次第"]
    assert len(members.pages) >= len(observers.pages) + 1 + 5 + 1  # the sheet, the current version, the result


def test_the_meeting_page_says_how_many_files_the_assessment_holds(client, world):
    record, inspection = on_the_agenda(world)
    meeting = inspection.agenda_item.meeting
    client.force_login(world.secretariat)
    assert "評価書の資料 0 件" in client.get(f"/work/meetings/m/{meeting.pk}/").content.decode()
    first = actions.add_assessment_document(record, title="全項目評価書", file=pdf())
    actions.add_assessment_document(record, title="", file=pdf(), replaces=first)
    actions.add_assessment_document(record, title="意見募集の結果", file=pdf())
    assert "評価書の資料 2 件" in client.get(f"/work/meetings/m/{meeting.pk}/").content.decode()
    client.force_login(world.member_user)
    assert "(評価書の資料 2 件)" in client.get(f"/work/meetings/m/{meeting.pk}/materials/").content.decode()


def test_a_member_reads_the_assessment_when_the_inspecting_meetings_materials_not_after_leaving(client, web_world):
    """As the meeting's materials (access._member_for_meeting): a member whose 退任 falls before the meeting does not
    read the 評価書, its files or the 点検結果 put before it; a successor appointed ahead of that meeting does."""
    w, today = web_world, datetime.date.today()
    record = actions.open_comment_period(full_assessment(w), start=today - datetime.timedelta(days=60),
                                         end=today - datetime.timedelta(days=20))
    document = actions.add_assessment_document(record, title="全項目評価書", file=pdf())
    meeting = plan_meeting(w.council, date=today + datetime.timedelta(days=10))
    actions.request_inspection(record, meeting, is_public=False, closed_reason="審議中の情報を含むため")
    paths = [url(record), url(record, document), f"/documents/inspection/{record.pk}.pdf"]
    client.force_login(w.member_user)
    assert [client.get(p).status_code for p in paths] == [200, 200, 200]
    end_membership(w.council.memberships.get(person=w.people[1]), on=today + datetime.timedelta(days=2))
    assert client.get(f"/work/meetings/m/{meeting.pk}/materials/").status_code == 404
    assert [client.get(p).status_code for p in paths] == [404, 404, 404]
    successor = appoint_successor(w.council, name="北野 六郎", appointed_on=today,
                                  term_start=today + datetime.timedelta(days=3), by=w.secretariat)
    user = get_user_model().objects.create_user("kitano", password="x")
    link_person_to_user(successor.person, user)
    client.force_login(user)
    assert [client.get(p).status_code for p in paths] == [200, 200, 200]
