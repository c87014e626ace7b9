"""The 閲覧・出力の記録 (docs/audit.md): every read of closed materials, download of what is not public and export of
a register by a signed-in person is recorded (who, when, what, from where), one INSERT each; the council's
secretariat reads its own, filtered and as CSV; nobody else does; old rows go with the daily run."""
import datetime
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import hostile_files as hostile
from shingikai.cases import actions as case_actions
from shingikai.meetings import actions
from shingikai.ops.models import AccessRecord
from shingikai.registers import actions as register_actions
from disclosure_helpers import decided_request
from shingikai.disclosure import actions as disclosure_actions
from test_register_actions import file_fields, full_assessment
from test_register_actions import incident as register_incident
from test_web_support import accepted_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db

ADDRESS = "192.0.2.15"


def closed_meeting(w):
    meeting = actions.plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=5))
    case = accepted_case(w, title="児童相談記録システム", categories=["sensitive_info"])
    actions.schedule_case(case, meeting, is_public=False, closed_reason="個人が特定されるおそれ")
    return meeting, case


def test_member_reading_closed_materials_is_recorded_with_who_when_what_and_where(client, web_world):
    meeting, _ = closed_meeting(web_world)
    client.force_login(web_world.member_user)
    before = timezone.now()
    assert client.get(f"/work/meetings/m/{meeting.pk}/materials/", REMOTE_ADDR=ADDRESS).status_code == 200
    row = AccessRecord.objects.get()
    assert (row.user_name, row.username, row.action, row.what) == ("井上 二葉", "iin", "read", "会議資料")
    assert meeting.short_label in row.label and row.council_id == web_world.council.pk
    assert row.address == ADDRESS and row.at >= before and row.object_id == meeting.pk


def test_materials_pdf_is_recorded_and_the_observers_copy_is_not(client, web_world):
    meeting, _ = closed_meeting(web_world)
    client.force_login(web_world.secretariat)
    assert client.get(f"/work/meetings/m/{meeting.pk}/materials.pdf?for=observers").status_code == 200
    assert not AccessRecord.objects.exists()
    assert client.get(f"/work/meetings/m/{meeting.pk}/materials.pdf").status_code == 200
    assert AccessRecord.objects.get().what == "会議資料 (PDF)"


def test_full_shimonsho_download_is_recorded_and_the_public_form_is_not(client, web_world):
    meeting, case = closed_meeting(web_world)
    client.force_login(web_world.dept_a_user)
    assert client.get(f"/documents/shimonsho/{case.pk}.pdf").status_code == 200
    row = AccessRecord.objects.get()
    assert (row.username, row.action, row.what, row.council_id) == ("shimin", "download", "諮問書", web_world.council.pk)
    client.logout()
    client.get(f"/documents/shimonsho/{case.pk}.pdf")  # whatever a resident gets, it is not recorded
    assert AccessRecord.objects.count() == 1


def test_closed_attachment_and_assessment_file_downloads_are_recorded(client, web_world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    w = web_world
    case = accepted_case(w)
    closed = case_actions.add_attachment(case, title="委託契約書 (案)", file=SimpleUploadedFile("k.txt", b"x"),
                                         by=w.dept_a_user)
    shown = case_actions.add_attachment(case, title="概要", file=SimpleUploadedFile("g.txt", b"x"), is_public=True,
                                        by=w.dept_a_user)
    record = full_assessment(w)
    document = register_actions.add_assessment_document(
        record, title="全項目評価書", file=SimpleUploadedFile("h.pdf", hostile.pdf_pages(1)), by=w.dept_a_user)
    client.force_login(w.secretariat)
    assert client.get(f"/work/cases/{case.pk}/attachments/{shown.pk}/").status_code == 200
    assert client.get(f"/work/cases/{case.pk}/attachments/{closed.pk}/").status_code == 200
    assert client.get(f"/work/registers/assessments/{record.pk}/documents/{document.pk}/").status_code == 200
    rows = list(AccessRecord.objects.order_by("id"))
    assert [r.what for r in rows] == ["案件の添付資料 (非公開)", "評価書のファイル"]
    assert "委託契約書 (案)" in rows[0].label and "全項目評価書" in rows[1].label
    # The 評価書 is the city's register, not one council's: the secretariat of the city reads it.
    assert rows[1].municipality_id == w.city.pk


def test_register_exports_by_a_signed_in_person_are_recorded(client, web_world):
    client.force_login(web_world.secretariat)
    assert client.get("/api/cases.csv").status_code == 200
    assert client.get("/registers/files.csv?city=minami").status_code == 200
    assert [(r.action, r.what) for r in AccessRecord.objects.order_by("id")] == [
        ("export", "案件一覧 (CSV)"), ("export", "個人情報ファイル簿 (CSV)")]
    client.logout()
    client.get("/api/cases.csv")
    assert AccessRecord.objects.count() == 2


def test_an_exports_record_reads_its_filters_as_typed_not_as_escapes(client, web_world):
    client.force_login(web_world.secretariat)
    assert client.get("/api/cases.csv", {"q": "防犯カメラ", "status": "accepted"}).status_code == 200
    assert client.get("/registers/files.csv").status_code == 200
    assert [r.label for r in AccessRecord.objects.order_by("id")] == ["q=防犯カメラ status=accepted", "すべて"]


def test_register_records_read_through_the_api_are_recorded_by_the_tokens_user_and_channel(client, web_world):
    from shingikai.api.tokens import issue

    w = web_world
    record = full_assessment(w)
    token = {"Authorization": f"Bearer {issue(w.dept_a_user)}"}
    assert client.get(f"/api/registers/assessments/{record.pk}", headers=token).status_code == 200
    assert client.get("/api/registers/assessments", headers=token, REMOTE_ADDR=ADDRESS).status_code == 200
    one, page = AccessRecord.objects.order_by("id")
    assert (one.username, one.user_id, one.action, one.channel, one.what, one.object_id) == (
        "shimin", w.dept_a_user.pk, "read", "token", "特定個人情報保護評価書", record.pk)
    assert one.municipality_id == w.city.pk and "住民記録システム" in one.label
    assert (page.channel, page.what, page.address) == ("token", "特定個人情報保護評価書の一覧", ADDRESS)
    assert f"ID: {record.pk}" in page.label and page.municipality_id == w.city.pk
    # The same read in a signed-in browser is the API's too; a refused token reads nothing and records nothing.
    client.force_login(w.secretariat)
    assert client.get(f"/api/registers/assessments/{record.pk}").status_code == 200
    assert AccessRecord.objects.latest("id").channel == "api"
    client.logout()
    assert client.get("/api/registers/incidents", headers={"Authorization": "Bearer forged"}).status_code == 401
    assert AccessRecord.objects.count() == 3
    client.force_login(w.secretariat)
    page = client.get(f"/work/councils/{w.council.pk}/access-records/").content.decode()
    assert "API (トークン)" in page and "API (ブラウザ)" in page


def test_opening_a_registers_record_or_its_edit_form_is_recorded_and_the_list_of_titles_is_not(client, web_world):
    w = web_world
    leak = register_incident(w)
    file = register_actions.create_file(w.dept_a, **file_fields())
    client.force_login(w.dept_a_user)
    assert client.get("/work/registers/").status_code == 200  # titles, departments and counts: nobody named
    assert not AccessRecord.objects.exists()
    for url in (f"/work/registers/incidents/{leak.pk}/", f"/work/registers/incidents/{leak.pk}/edit/",
                f"/work/registers/files/{file.pk}/", f"/work/registers/files/{file.pk}/edit/"):
        assert client.get(url, REMOTE_ADDR=ADDRESS).status_code == 200, url
    rows = list(AccessRecord.objects.order_by("id"))
    assert [(r.action, r.channel, r.what, r.object_id) for r in rows] == [
        ("read", "web", "漏えい等事案", leak.pk), ("read", "web", "漏えい等事案", leak.pk),
        ("read", "web", "個人情報ファイル", file.pk), ("read", "web", "個人情報ファイル", file.pk)]
    assert [r.label for r in rows] == ["通知書の誤送付", "通知書の誤送付 (修正画面)", "住民基本台帳ファイル",
                                       "住民基本台帳ファイル (修正画面)"]
    assert {(r.username, r.municipality_id, r.address) for r in rows} == {("shimin", w.city.pk, ADDRESS)}
    # An edit sent back with an error shows the form its sender had already opened: no second row.
    client.post(f"/work/registers/incidents/{leak.pk}/edit/", {"title": ""})
    assert AccessRecord.objects.count() == 4
    client.force_login(w.secretariat)
    assessment, audit = full_assessment(w), register_actions.create_audit(
        w.city, departments=[w.dept_a], title="令和7年度 特定個人情報監査", fiscal_year=2025, auditor="監査担当",
        scope="住民記録システム", by=w.secretariat,
        conducted_from=datetime.date(2025, 8, 1), conducted_to=datetime.date(2025, 8, 31))
    assert client.get(f"/work/registers/assessments/{assessment.pk}/").status_code == 200
    assert client.get(f"/work/registers/audits/{audit.pk}/").status_code == 200
    assert [(r.what, r.object_id, r.municipality_id) for r in AccessRecord.objects.order_by("id")[4:]] == [
        ("特定個人情報保護評価書", assessment.pk, w.city.pk), ("監査", audit.pk, w.city.pk)]
    # The city's secretariat reads them on the council's screen, in Japanese, with the record's number.
    page = client.get(f"/work/councils/{w.council.pk}/access-records/").content.decode()
    assert f"漏えい等事案: 通知書の誤送付 (修正画面) <span class=\"muted\">(番号 {leak.pk})</span>" in page
    assert "閲覧" in page and "画面" in page and "市民 太郎" in page


def test_opening_a_disclosure_request_or_appeal_and_exporting_the_register_is_recorded(client, web_world):
    w = web_world
    request = decided_request(w, decision="不開示")
    appeal = disclosure_actions.file_appeal(request, filed_on=datetime.date(2024, 7, 10), appellant_name="西川 請子",
                                            purport="本件処分を取り消すとの裁決を求める。")
    client.force_login(w.secretariat)
    assert client.get("/disclosure/register/?fy=2024").status_code == 200  # numbers, dates, departments only
    assert not AccessRecord.objects.exists()
    assert client.get(f"/disclosure/register/{request.pk}/").status_code == 200
    assert client.get(f"/disclosure/appeals/{appeal.pk}/").status_code == 200
    assert client.get("/disclosure/register.csv?fy=2024").status_code == 200
    response = client.post("/disclosure/subjects/", {"name": "西川 請子", "municipality": w.city.pk, "purpose": "開示請求の対象の特定"})
    assert response.status_code == 200
    rows = list(AccessRecord.objects.order_by("id"))
    assert [(r.action, r.what, r.object_id) for r in rows[:3]] == [
        ("read", "開示請求", request.pk), ("read", "審査請求", appeal.pk), ("export", "開示請求の受付簿 (CSV)", None)]
    assert rows[0].label == str(request) and rows[2].label == "令和6年度"
    assert {r.municipality_id for r in rows} == {w.city.pk}
    # The name searched for stays in the search's own record, not in the access record everyone below reads.
    assert (rows[3].action, rows[3].what) == ("read", "本人の記録の検索") and "西川" not in rows[3].label
    # A step refused and shown again is the page already opened.
    client.post(f"/disclosure/register/{request.pk}/extend/", {"extend-days": "x"})
    assert AccessRecord.objects.count() == 4


def test_a_full_document_or_a_report_written_by_a_command_is_recorded_by_the_servers_login(web_world, tmp_path):
    import getpass

    _, case = closed_meeting(web_world)
    with pytest.raises(SystemExit):  # its public form does not exist yet: nothing written, nothing recorded
        call_command("document", "shimonsho", str(case.pk), "--public", "-o", str(tmp_path / "p.pdf"))
    assert not AccessRecord.objects.exists()
    call_command("document", "shimonsho", str(case.pk), "-o", str(tmp_path / "s.pdf"), stdout=mock.MagicMock())
    row = AccessRecord.objects.get()
    assert (row.user_id, row.username, row.channel, row.action, row.what) == (
        None, getpass.getuser(), "command", "download", "諮問書")
    assert row.council_id == web_world.council.pk and row.object_id == case.pk
    assert row.path == f"shingikai document shimonsho {case.pk} --format pdf"
    today = timezone.localdate()
    this_year = str(today.year if today.month >= 4 else today.year - 1)  # the ledger's first year is this one
    call_command("report", "operations", "--fiscal-year", this_year, "--format", "csv", "--municipality", "minami",
                 "-o", str(tmp_path / "r.csv"), stdout=mock.MagicMock())
    report = AccessRecord.objects.latest("id")
    assert (report.channel, report.action, report.what, report.municipality_id) == (
        "command", "export", "運用状況報告 (CSV)", web_world.city.pk)
    assert report.label.endswith("年度") and "令和" in report.label and this_year not in report.label


def test_a_failed_write_of_the_record_does_not_break_the_page(client, web_world):
    meeting, _ = closed_meeting(web_world)
    client.force_login(web_world.member_user)
    with mock.patch.object(AccessRecord.objects, "create", side_effect=DatabaseError("disk full")):
        response = client.get(f"/work/meetings/m/{meeting.pk}/materials/")
    assert response.status_code == 200 and "児童相談記録システム" in response.content.decode()


def test_recording_a_read_costs_the_page_one_insert(client, web_world):
    meeting, _ = closed_meeting(web_world)
    client.force_login(web_world.member_user)
    url = f"/work/meetings/m/{meeting.pk}/materials/"
    client.get(url)
    with CaptureQueriesContext(connection) as recorded:
        client.get(url)
    with mock.patch("shingikai.access_record.record"), CaptureQueriesContext(connection) as unrecorded:
        client.get(url)
    writes = [q["sql"] for q in recorded.captured_queries if q["sql"].startswith("INSERT")]
    assert len(writes) == 1 and "ops_accessrecord" in writes[0]
    assert len(recorded) == len(unrecorded) + 1


def _record(w, *, user, label, at=None, council=True, **fields):
    return AccessRecord.objects.create(
        user=user, user_name=fields.pop("user_name", user.get_username()), username=user.get_username(),
        action="read", what="会議資料", label=label, path="/work/", address=ADDRESS,
        council=w.council if council else None, at=at or timezone.now(), **fields)


def test_secretariat_reads_its_councils_records_filtered_by_person_period_and_object(client, web_world):
    w = web_world
    _record(w, user=w.member_user, user_name="井上 二葉", label="第1回 会議資料")
    _record(w, user=w.dept_a_user, user_name="市民 太郎", label="転入届受付システム 諮問書")
    _record(w, user=w.dept_a_user, user_name="市民 太郎", label="古い諮問書",
            at=timezone.make_aware(datetime.datetime(2025, 4, 10, 10, 0)))
    _record(w, user=w.other_secretariat, label="きた町の会議資料", council=False)
    _record(w, user=w.other_secretariat, label="きた町の審査会資料", council=False, municipality=w.other_city)
    client.force_login(w.secretariat)
    url = f"/work/councils/{w.council.pk}/access-records/"
    html = client.get(url).content.decode()
    assert "第1回 会議資料" in html and "古い諮問書" in html and "3 件" in html
    assert "きた町" not in html  # another city's user, another city's record
    html = client.get(url, {"person": "市民", "since": "令和7年5月1日"}).content.decode()
    assert "転入届受付システム 諮問書" in html and "古い諮問書" not in html and "第1回" not in html
    html = client.get(url, {"target": "転入届"}).content.decode()
    assert "転入届受付システム 諮問書" in html and "第1回" not in html and "古い諮問書" not in html
    response = client.get(url, {"since": "いつか"})
    assert response.status_code == 400 and "令和7年6月1日" in response.content.decode()


def test_the_records_are_found_by_a_name_and_an_object_however_they_are_typed(client, web_world):
    w = web_world
    _record(w, user=w.dept_a_user, user_name="髙橋 一郎", label="AI議事録 諮問書")
    _record(w, user=w.member_user, user_name="井上 二葉", label="第1回 会議資料")
    client.force_login(w.secretariat)
    url = f"/work/councils/{w.council.pk}/access-records/"
    for params in ({"person": "高橋　一郎"}, {"target": "ＡＩ　諮問書"}, {"target": "ai"}):
        html = client.get(url, params).content.decode()
        assert "AI議事録 諮問書" in html and "第1回" not in html, params


def test_secretariat_exports_the_records_as_csv_with_wareki_dates(client, web_world):
    w = web_world
    _record(w, user=w.member_user, user_name="井上 二葉", label="=第1回 会議資料",
            at=timezone.make_aware(datetime.datetime(2025, 5, 20, 14, 5)))
    client.force_login(w.secretariat)
    response = client.get(f"/work/councils/{w.council.pk}/access-records/", {"person": "井上", "format": "csv"})
    body = response.content.decode("utf-8")
    assert response["Content-Type"].startswith("text/csv") and body.startswith("\ufeff日時")
    assert "令和7年5月20日 14時05分" in body and "2025-05-20T14:05:00+09:00" in body
    assert "'=第1回 会議資料" in body  # a formula stays text in Excel
    # The export itself is recorded.
    assert AccessRecord.objects.filter(username="jimukyoku", action="export").exists()


def test_departments_members_and_other_councils_cannot_read_the_records(client, web_world):
    w = web_world
    _record(w, user=w.member_user, label="第1回 会議資料")
    for user in (w.dept_a_user, w.member_user, w.other_secretariat, w.stranger):
        client.force_login(user)
        for page in ("access-records", "sign-ins"):
            response = client.get(f"/work/councils/{w.council.pk}/{page}/", {"format": "csv"})
            assert response.status_code == 403, (user, page)
            assert "第1回" not in response.content.decode()
    client.logout()
    assert client.get(f"/work/councils/{w.council.pk}/access-records/").status_code == 302


def test_records_past_their_period_are_removed_by_the_daily_run(web_world, settings):
    settings.SHINGIKAI_ACCESS_RECORD_DAYS = 30
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    w = web_world
    _record(w, user=w.member_user, label="古い", at=timezone.now() - datetime.timedelta(days=31))
    _record(w, user=w.member_user, label="新しい", at=timezone.now() - datetime.timedelta(days=29))
    call_command("send_notices")
    assert list(AccessRecord.objects.values_list("label", flat=True)) == ["新しい"]


def test_an_exports_record_gives_a_year_or_a_day_it_was_filtered_by_in_wareki(client, web_world):
    client.force_login(web_world.secretariat)
    assert client.get("/api/cases.csv", {"fiscal_year": "2024", "modified_since": "2025-06-01"}).status_code == 200
    assert AccessRecord.objects.get().label == "fiscal_year=令和6年度 modified_since=令和7年6月1日"


def test_the_operators_records_of_reads_restores_and_erasures_name_their_moment_in_wareki_on_the_citys_clock(
        client, web_world, django_user_model):
    from shingikai.ops.models import ErasureRecord, RestoreRecord

    # 23:30 UTC is 08:30 the next morning in the city: the day and the hour are the city's.
    moment = datetime.datetime(2025, 6, 1, 23, 30, tzinfo=datetime.timezone.utc)
    read = AccessRecord.objects.create(at=moment, user_name="北野 一郎", username="kitano", action="read",
                                       what="会議資料", label="第1回", path="/")
    restored = RestoreRecord.objects.create(restored_at=moment, backup_file="/backup/b.tar.gz",
                                            backup_created="2025-06-01T02:30:00+0900", restored_by="東山")
    erased = ErasureRecord.objects.create(erased_at=moment, kind="開示請求", record_id="3", fields="請求者の氏名",
                                          reason="本人の求め")
    for record in (read, restored, erased):
        assert str(record).startswith("令和7年6月2日 8時30分"), str(record)
    admin = django_user_model.objects.create_superuser("admin", "admin@example.jp", "Kitayama-Admin-2025")
    client.force_login(admin)
    for url in ("/admin/ops/restorerecord/", "/admin/ops/erasurerecord/", "/admin/ops/accessrecord/"):
        page = client.get(url).content.decode()
        assert "令和7年6月2日 8時30分" in page and "2025年6月" not in page, url
    assert "令和7年6月1日 2時30分" in client.get("/admin/ops/restorerecord/").content.decode()
