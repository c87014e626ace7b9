"""Register screens and the published 個人情報ファイル簿: who sees which page, the public HTML, CSV and JSON,
bad input answered with a message, and the 点検結果 and 要配慮 report as PDF."""
import csv
import datetime
import io
import re

import pytest
from conftest import PASSWORD
from helpers import accepted_case, open_meeting_with
from test_register_actions import attach_document, concluded_inspection, file_fields, full_assessment, held_inspection, incident, registered_file

from shingikai.meetings.actions import plan_meeting, record_decision
from shingikai.registers import actions
from shingikai.registers.models import Assessment

D = datetime.date


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_public_register_lists_only_published_files(client, world):
    published = registered_file(world, name="住民基本台帳ファイル")
    registered_file(world, name="小規模ファイル", subject_count=120)
    actions.create_file(world.dept_b, **file_fields(name="作成中のファイル"))
    page = client.get("/registers/files/").content.decode()
    assert "住民基本台帳ファイル" in page
    assert "小規模ファイル" not in page and "作成中のファイル" not in page
    assert client.get(f"/registers/files/{published.pk}/").status_code == 200


def test_the_public_register_finds_a_file_however_its_name_is_typed_and_never_an_unpublished_one(client, world):
    registered_file(world, name="ＩＣカード利用者ファイル")
    registered_file(world, name="髙齢者見守りファイル")
    registered_file(world, name="ＩＣ小規模ファイル", subject_count=120)  # under 1,000 people: never published
    for typed, expected in (("ic", "ＩＣカード利用者"), ("ＩＣ　カード", "ＩＣカード利用者"), ("かーど", "ＩＣカード利用者"),
                            ("高齢者", "髙齢者見守り")):
        page = client.get("/registers/files/", {"q": typed}).content.decode()
        assert expected in page and "小規模" not in page, typed
        assert len(re.findall(r'href="/registers/files/\d+/"', page)) == 1, typed


def test_the_public_register_answers_any_letter_typed_and_finds_a_name_stored_in_half_width(client, world):
    registered_file(world, name="ｶﾞｽ料金減免ファイル")
    for typed in ("ガス", "ｶﾞｽ", "がす"):
        page = client.get("/registers/files/", {"q": typed}).content.decode()
        assert "減免" in page, typed
    assert client.get("/registers/files/", {"q": "ß"}).status_code == 200


def test_unpublished_file_is_404_for_the_public(client, world):
    small = registered_file(world, subject_count=999)
    assert client.get(f"/registers/files/{small.pk}/").status_code == 404


def test_csv_is_excel_safe_with_the_national_columns(client, world):
    registered_file(world, name="=HYPERLINK(\"x\")", contains_sensitive=True, sensitive_note="病歴")
    response = client.get("/registers/files.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    body = response.content
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:4] == ["個人情報ファイルの名称", "行政機関等の名称",
                           "個人情報ファイルが利用に供される事務をつかさどる組織の名称", "個人情報ファイルの利用目的"]
    assert rows[1][0] == "'=HYPERLINK(\"x\")"
    assert rows[1][7] == "要配慮個人情報を含む (病歴)"
    assert b"\r\n" in body


def test_api_lists_published_files_and_openapi_describes_them(client, world):
    published = registered_file(world)
    registered_file(world, name="小規模ファイル", subject_count=10)
    data = client.get("/api/registers/files").json()
    assert data["count"] == 1 and data["items"][0]["name"] == "住民基本台帳ファイル"
    assert data["items"][0]["office"] == "市民部 市民課"
    assert client.get(f"/api/registers/files/{published.pk}").status_code == 200
    schema = client.get("/api/openapi.json").json()
    assert "/api/registers/files" in schema["paths"]
    assert "PersonalInfoFileOut" in schema["components"]["schemas"]


def test_department_cannot_open_another_departments_file_or_incident(client, world):
    own = actions.create_file(world.dept_a, **file_fields())
    other_file = actions.create_file(world.dept_b, **file_fields(name="児童相談記録"))
    other_incident = incident(world, department=world.dept_b)
    login(client, world.dept_a_user)
    assert client.get(f"/work/registers/files/{own.pk}/").status_code == 200
    assert client.get(f"/work/registers/files/{other_file.pk}/").status_code == 404
    assert client.get(f"/work/registers/incidents/{other_incident.pk}/").status_code == 404
    assert client.post(f"/work/registers/files/{other_file.pk}/submit/").status_code == 404
    index = client.get("/work/registers/").content.decode()
    assert "児童相談記録" not in index


def test_secretariat_sees_every_department_and_registers_a_file(client, world):
    record = actions.create_file(world.dept_b, **file_fields(name="児童相談記録"))
    actions.submit_file(record)
    login(client, world.secretariat)
    assert "児童相談記録" in client.get("/work/registers/").content.decode()
    response = client.post(f"/work/registers/files/{record.pk}/register/", {"on": "令和7年4月1日"})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.registered_on == D(2025, 4, 1)


def test_member_reads_an_incident_only_once_it_is_on_the_agenda(client, world):
    record = incident(world, sensitive=True)
    login(client, world.member_user)
    assert client.get(f"/work/registers/incidents/{record.pk}/").status_code == 404
    actions.report_incident(record, plan_meeting(world.council, date=D(2025, 7, 1)))
    assert client.get(f"/work/registers/incidents/{record.pk}/").status_code == 200


def test_bad_input_gets_a_message_and_400(client, world):
    login(client, world.dept_a_user)
    response = client.post("/work/registers/incidents/new/", {"title": "", "discovered_on": "昨日"})
    assert response.status_code == 400
    assert "日付を" in response.content.decode()
    record = incident(world)
    response = client.post(f"/work/registers/incidents/{record.pk}/preliminary/", {"on": "2025-06-03"})
    assert response.status_code == 400 and "報告対象" in response.content.decode()
    record.refresh_from_db()
    assert record.preliminary_filed_on is None


@pytest.mark.parametrize("typed", ["令和8年2月30日", "令和99年13月40日", "2025-02-30"])
def test_a_date_that_does_not_exist_is_named_as_such_not_as_a_bad_format(client, world, typed):
    login(client, world.dept_a_user)
    response = client.post("/work/registers/incidents/new/", {"title": "誤送付", "discovered_on": typed})
    body = response.content.decode()
    assert response.status_code == 400 and f"「{typed}」という日付はありません" in body
    assert "の形で入力してください" not in body


@pytest.mark.parametrize("typed, meant", [("平成31年5月1日", "令和元年5月1日"), ("令和元年4月1日", "平成31年4月1日"),
                                         ("昭和64年2月1日", "平成元年2月1日")])
def test_a_date_typed_in_the_wrong_era_is_refused_naming_the_day_it_would_be(client, world, typed, meant):
    login(client, world.dept_a_user)
    response = client.post("/work/registers/incidents/new/", {"title": "誤送付", "discovered_on": typed})
    body = response.content.decode()
    assert response.status_code == 400 and f"「{typed}」という日付はありません" in body
    assert f"{meant} のことであれば" in body and typed in body  # what was typed stays in the field


def test_an_audit_recorded_after_the_fact_keeps_its_past_due_date_with_a_warning(client, world):
    audit = actions.create_audit(world.city, departments=[world.dept_a], title="監査", fiscal_year=2025,
                                 auditor="情報政策課", scope="範囲", conducted_from=datetime.date(2025, 8, 1),
                                 conducted_to=datetime.date(2025, 8, 5))
    login(client, world.secretariat)
    response = client.post(f"/work/registers/audits/{audit.pk}/finding/", {
        "department": world.dept_a.pk, "text": "ログを確認していない", "request": "点検すること",
        "due_date": "令和7年9月1日"}, follow=True)
    assert "改善の期限 (令和7年9月1日) はすでに過ぎています。期限超過として扱われます。" in response.content.decode()
    assert audit.findings.get().due_date == datetime.date(2025, 9, 1)
    before = client.post(f"/work/registers/audits/{audit.pk}/finding/", {
        "department": world.dept_a.pk, "text": "教育をしていない", "request": "研修すること",
        "due_date": "令和7年7月1日"})
    assert before.status_code == 400 and "監査の実施期間より前" in before.content.decode()


def test_the_preliminary_date_is_corrected_on_the_incident_page_until_the_final_report(client, world):
    record = incident(world, sensitive=True, cause="誤封入", recurrence_measures="二人で照合する")
    actions.file_preliminary_report(record, on=datetime.date(2025, 6, 20), late_reason="担当者の失念")
    login(client, world.dept_a_user)
    page = client.get(f"/work/registers/incidents/{record.pk}/").content.decode()
    assert "速報の提出日を訂正する" in page
    next_month = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    future = client.post(f"/work/registers/incidents/{record.pk}/repreliminary/", {"on": next_month})
    assert future.status_code == 400 and "未来の日付" in future.content.decode()
    response = client.post(f"/work/registers/incidents/{record.pk}/repreliminary/", {"on": "令和7年6月3日"})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.preliminary_filed_on == datetime.date(2025, 6, 3)
    assert client.post(f"/work/registers/incidents/{record.pk}/final/", {"on": "令和7年6月10日"}).status_code == 302
    login(client, world.secretariat)
    page = client.get(f"/work/registers/incidents/{record.pk}/").content.decode()
    assert "速報の提出日を訂正する" not in page


def test_stale_or_forged_edit_is_answered_without_losing_the_saved_file(client, world):
    record = actions.create_file(world.dept_a, **file_fields())
    actions.update_file(record, retention="永年")
    login(client, world.dept_a_user)
    stale = client.post(f"/work/registers/files/{record.pk}/edit/", {**file_fields(kind="computer"), "version": "1"})
    assert stale.status_code == 409 and "ほかの人が" in stale.content.decode()
    record.refresh_from_db()
    assert record.retention == "永年"
    forged = client.post(f"/work/registers/files/{record.pk}/register/", {"on": "not-a-date"})
    assert forged.status_code == 400 and "日付を" in forged.content.decode()


def test_department_creates_a_file_through_the_form(client, world):
    login(client, world.dept_a_user)
    fields = file_fields(kind="computer")
    response = client.post("/work/registers/files/new/", fields)
    assert response.status_code == 302
    record = world.dept_a.personal_info_files.get()
    assert record.name == "住民基本台帳ファイル" and record.history.first().history_user == world.dept_a_user


def test_file_shows_the_decided_case_that_changed_it(client, world):
    record = registered_file(world)
    case = accepted_case(world, title="窓口システムの更新")
    actions.link_case(record, case)
    _, (item,) = open_meeting_with(world, cases=[case])
    record_decision(item, outcome="承認", vote_method="挙手全員")
    login(client, world.dept_a_user)
    page = client.get(f"/work/registers/files/{record.pk}/").content.decode()
    assert "窓口システムの更新" in page and "この案件の決定によりファイルの内容が変わりました" in page


def test_inspection_result_and_sensitive_report_are_linked_as_pdf_and_docx(client, world):
    record = full_assessment(world)
    actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 31))
    inspection = held_inspection(world, record)
    actions.conclude_inspection(inspection, findings="リスク対策は適切である。", requests="委託先の監督を記載すること。",
                                on=D(2025, 9, 20))
    registered_file(world, contains_sensitive=True, sensitive_note="病歴")
    report = actions.report_sensitive_files(plan_meeting(world.council, date=D(2025, 10, 1)), as_of=D(2025, 9, 30))
    login(client, world.secretariat)
    assessment_page = client.get(f"/work/registers/assessments/{record.pk}/").content.decode()
    page = client.get(f"/work/registers/reports/{report.pk}/").content.decode()
    for url in (f"/documents/inspection/{record.pk}.pdf", f"/documents/sensitive/{report.pk}.pdf"):
        assert url in assessment_page + page and url.replace(".pdf", ".docx") in assessment_page + page
        response = client.get(url)
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
        assert client.get(url.replace(".pdf", ".docx")).content.startswith(b"PK")
    assert "住民基本台帳ファイル" in page and "病歴" in page


@pytest.mark.parametrize("path", ["/work/registers/", "/work/registers/files/new/"])
def test_anonymous_is_sent_to_login(client, world, path):
    assert client.get(path).status_code == 302


def test_members_read_the_register_record_behind_an_item_in_the_materials(client, world):
    """A 第三者点検 or an incident on the agenda is no case: its section in the materials carries the
    評価書's or the incident's facts (dates in 和暦) and the way to the record, where the item's link leads."""
    assessment = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    meeting = plan_meeting(world.council, date=D(2025, 9, 10))
    inspection = actions.request_inspection(assessment, meeting)
    leak = incident(world, people_count=1500, cause="宛名の差込ずれ")
    leak = actions.report_incident(leak, meeting)
    login(client, world.member_user)
    page = client.get(f"/work/meetings/m/{meeting.pk}/materials/").content.decode()
    for item in (inspection.agenda_item, leak.agenda_item):
        assert f'href="#m-item-{item.pk}"' in page and f'id="m-item-{item.pk}"' in page
    assert "住民記録システム" in page and "320,000 人" in page and "令和7年7月1日 ～ 令和7年7月31日" in page
    assert f'href="/work/registers/assessments/{assessment.pk}/"' in page
    assert "宛名の差込ずれ" in page and "令和7年6月2日" in page and "本人の数が100人を超える" in page
    assert f'href="/work/registers/incidents/{leak.pk}/"' in page
    assert client.get(f"/work/registers/assessments/{assessment.pk}/").status_code == 200


def test_the_meeting_page_links_a_register_item_to_its_record_for_whoever_may_open_it(client, world):
    leak = actions.report_incident(incident(world), plan_meeting(world.council, date=D(2025, 7, 1)))
    meeting = leak.agenda_item.meeting
    login(client, world.secretariat)
    link = f'<a href="/work/registers/incidents/{leak.pk}/">漏えい等事案を開く</a>'
    assert link in client.get(f"/work/meetings/m/{meeting.pk}/").content.decode()
    client.logout()
    login(client, world.member_user)  # members read what comes on their council's agenda
    assert link in client.get(f"/work/meetings/m/{meeting.pk}/").content.decode()


def test_a_refused_step_shows_its_form_again_as_typed(client, world):
    """The 点検結果 dated before the meeting, a 確報 without its cause: refused with 400 and the reason, and
    the findings and the typed date are still in the form; nothing is recorded."""
    assessment = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    inspection = held_inspection(world, assessment)
    login(client, world.secretariat)
    response = client.post(f"/work/registers/assessments/{assessment.pk}/conclude/", {
        "findings": "リスク対策は十分である。\n委託先の監督が具体的である。", "requests": "年1回報告すること。",
        "on": "令和7年9月1日"})
    body = response.content.decode()
    assert response.status_code == 400 and "点検した会議の日以降" in body
    assert 'id="conclude_findings"' in body and "委託先の監督が具体的である。" in body and "年1回報告すること。" in body
    assert 'value="令和7年9月1日"' in body
    inspection.refresh_from_db()
    assert inspection.concluded_on is None and inspection.findings == ""
    record = actions.file_preliminary_report(incident(world, people_count=500), on=D(2025, 6, 4))
    client.logout()
    login(client, world.dept_a_user)
    response = client.post(f"/work/registers/incidents/{record.pk}/final/", {"on": "令和7年6月20日"})
    body = response.content.decode()
    assert response.status_code == 400 and "原因" in body and 'id="final_on"' in body and 'value="令和7年6月20日"' in body
    record.refresh_from_db()
    assert record.final_filed_on is None


def test_secretariat_corrects_the_inspection_result_on_the_page_until_submission(client, world):
    inspection = concluded_inspection(world)
    assessment = inspection.assessment
    page = f"/work/registers/assessments/{assessment.pk}/"
    login(client, world.secretariat)
    body = client.get(page).content.decode()
    assert "点検結果を訂正する" in body and 'id="correct_findings"' in body and "リスク対策は適切である。</textarea>" in body
    seen = inspection.history.latest().history_id
    response = client.post(f"{page}correct/", {"findings": "リスク対策は評価指針に沿っている。", "requests": "",
                                                "on": "令和7年9月22日", "seen": seen})
    assert response.status_code == 302
    body = client.get(page).content.decode()
    assert "リスク対策は評価指針に沿っている。" in body and "点検結果 (令和7年9月22日" in body
    assert "点検結果の変更履歴" in body and "令和7年9月22日" in body

    # A form opened before that correction does not overwrite it.
    response = client.post(f"{page}correct/", {"findings": "古い画面からの訂正", "on": "令和7年9月20日", "seen": seen})
    assert response.status_code == 409 and "ほかの人" in response.content.decode()
    inspection.refresh_from_db()
    assert inspection.findings == "リスク対策は評価指針に沿っている。"

    attach_document(assessment)
    actions.submit_assessment(assessment, on=D(2025, 10, 1))
    assert "点検結果を訂正する" not in client.get(page).content.decode()
    response = client.post(f"{page}correct/", {"findings": "提出後の訂正", "on": "令和7年9月22日"})
    assert response.status_code == 400 and "提出済のため" in response.content.decode()
    inspection.refresh_from_db()
    assert inspection.findings == "リスク対策は評価指針に沿っている。"


def test_correcting_an_inspection_that_was_never_held_is_a_message(client, world):
    assessment = full_assessment(world)
    login(client, world.secretariat)
    response = client.post(f"/work/registers/assessments/{assessment.pk}/correct/",
                           {"findings": "所見", "on": "令和7年9月22日"})
    assert response.status_code == 400 and "第三者点検に付されていません" in response.content.decode()


# --- links that lead only where the reader may go ---

def test_a_department_sees_where_its_assessment_was_inspected_without_a_link_to_the_councils_meeting(client, world):
    record = concluded_inspection(world).assessment
    meeting_url = f"/work/meetings/m/{record.inspection.agenda_item.meeting_id}/"
    department_page = login(client, world.dept_a_user).get(f"/work/registers/assessments/{record.pk}/").content.decode()
    assert record.inspection.agenda_item.meeting.label in department_page
    assert meeting_url not in department_page
    assert client.get(meeting_url).status_code == 404
    client.logout()
    member_page = login(client, world.member_user).get(f"/work/registers/assessments/{record.pk}/").content.decode()
    assert f'href="{meeting_url}"' in member_page


def test_a_member_is_offered_only_the_assessment_versions_the_council_inspected(client, world):
    inspected = concluded_inspection(world).assessment
    attach_document(inspected)
    actions.submit_assessment(inspected, on=D(2025, 10, 1))
    newer = actions.assess_threshold(world.dept_a, system_name=inspected.system_name, subject_count=330000,
                                     handler_count=800, reason=Assessment.Reason.PERIODIC)
    member_page = login(client, world.member_user).get(f"/work/registers/assessments/{inspected.pk}/").content.decode()
    assert f"/work/registers/assessments/{newer.pk}/" not in member_page
    assert client.get(f"/work/registers/assessments/{newer.pk}/").status_code == 404
    client.logout()
    department_page = login(client, world.dept_a_user).get(f"/work/registers/assessments/{inspected.pk}/").content.decode()
    assert f'href="/work/registers/assessments/{newer.pk}/"' in department_page


def test_an_audit_links_its_department_to_its_findings_follow_up_and_hides_the_finding_from_the_others(client, world):
    audit = actions.create_audit(world.city, departments=[world.dept_a, world.dept_b], title="令和7年度 特定個人情報監査",
                                 fiscal_year=2025, auditor="情報政策課", scope="住民記録事務", by=world.secretariat,
                                 conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    actions.add_finding(audit, department=world.dept_a, text="端末のログを確認していない", request="月次でログを点検すること",
                        due_date=D(2025, 12, 1))
    actions.complete_audit(audit, summary="おおむね適正に取り扱われている。")
    meeting, _ = open_meeting_with(world, date=D(2025, 10, 2))
    audit = actions.report_audit(audit, meeting)
    record_decision(audit.agenda_item, outcome="報告了承", vote_method="異議なし")
    (follow_up,) = actions.track_findings(audit)
    follow_up_url = f"/work/meetings/followups/{follow_up.pk}/"

    other = login(client, world.dept_b_user).get(f"/work/registers/audits/{audit.pk}/").content.decode()
    assert "端末のログを確認していない" not in other and "指摘事項はありません。" in other
    assert follow_up_url not in other and f"/work/meetings/m/{meeting.pk}/" not in other
    assert client.get(follow_up_url).status_code == 404
    client.logout()
    asked = login(client, world.dept_a_user).get(f"/work/registers/audits/{audit.pk}/").content.decode()
    assert f'href="{follow_up_url}"' in asked
    assert client.get(follow_up_url).status_code == 200


def test_the_department_corrects_the_comment_period_and_records_the_comments_on_the_page(client, world):
    assessment = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    page = f"/work/registers/assessments/{assessment.pk}/"
    login(client, world.dept_a_user)
    body = client.get(page).content.decode()
    assert "意見募集の期間を訂正する" in body and 'value="令和7年7月31日"' in body
    assert "寄せられた意見を記録する" in body and "未記録" in body
    response = client.post(f"{page}comments/", {"start": "令和7年7月2日", "end": "令和7年8月1日"})
    assert response.status_code == 302
    response = client.post(f"{page}received/", {"count": "3", "summary": "保存期間について", "response": ""})
    assert response.status_code == 400 and "対応を入力" in response.content.decode()
    response = client.post(f"{page}received/", {"count": "3", "summary": "保存期間について",
                                                 "response": "根拠規定を追記した。"})
    assert response.status_code == 302
    body = client.get(page).content.decode()
    assert "令和7年7月2日 ～ 令和7年8月1日" in body and "3件" in body and "根拠規定を追記した。" in body
    assert "寄せられた意見を訂正する" in body


def test_an_audited_department_reports_its_improvement_and_the_board_shows_it_overdue_until_then(client, world):
    """A finding's 改善の期限 ran from the audit, yet nothing followed it until the council heard the audit:
    it was on no board and the department had no form to report the improvement."""
    audit = actions.create_audit(world.city, departments=[world.dept_a, world.dept_b], title="令和7年度 特定個人情報監査",
                                 fiscal_year=2025, auditor="情報政策課", scope="住民記録事務", by=world.secretariat,
                                 conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    finding = actions.add_finding(audit, department=world.dept_a, text="端末のログを確認していない",
                                  request="月次でログを点検すること", due_date=D(2025, 12, 1))
    url = f"/work/registers/audits/{audit.pk}/improve/"
    refused = login(client, world.dept_a_user).post(url, {"finding": finding.pk, "report": "早すぎる報告"})
    assert refused.status_code == 400 and "監査結果が確定してから" in refused.content.decode()
    actions.complete_audit(audit, summary="おおむね適正に取り扱われている。")
    board = client.get("/work/registers/").content.decode()
    assert "監査の指摘への改善" in board and "端末のログを確認していない" in board and "日超過" in board
    assert "端末のログを確認していない" not in login(client, world.dept_b_user).get("/work/registers/").content.decode()
    assert client.post(url, {"finding": finding.pk, "report": "他の課の報告"}).status_code == 400
    page = login(client, world.dept_a_user).get(f"/work/registers/audits/{audit.pk}/").content.decode()
    assert "期限超過・未報告" in page and "改善を報告する" in page
    assert client.post(url, {"finding": finding.pk, "report": "令和7年12月から月次でログを点検している"}).status_code == 302
    finding.refresh_from_db()
    assert finding.improvement == "令和7年12月から月次でログを点検している" and finding.improvement_reported_at
    assert "端末のログを確認していない" not in client.get("/work/registers/").content.decode()
    assert "令和7年12月から月次で" not in login(client, world.dept_b_user).get(
        f"/work/registers/audits/{audit.pk}/").content.decode()
    # Once the council has heard the audit the follow-up carries the report, answered, and takes over.
    meeting, _ = open_meeting_with(world, date=D(2025, 12, 10))
    audit = actions.report_audit(audit, meeting)
    record_decision(audit.agenda_item, outcome="報告了承", vote_method="異議なし")
    (follow_up,) = actions.track_findings(audit, by=world.secretariat)
    assert follow_up.status == follow_up.Status.RESPONDED and follow_up.response == finding.improvement
    # The audit's date had passed before the hearing: due the hearing day, the audit's date kept in the text.
    assert follow_up.due_date == D(2025, 12, 10) and "監査で定めた改善の期限: 令和7年12月1日" in follow_up.text
    refused = login(client, world.dept_a_user).post(url, {"finding": finding.pk, "report": "追記"})
    assert refused.status_code == 400 and "フォローアップの画面から" in refused.content.decode()


def test_a_department_edit_of_a_published_file_changes_the_public_register_only_once_registered(client, world):
    record = registered_file(world)
    edit = {**file_fields(name="変更後のファイル", subject_count=10), "kind": "computer"}
    record.refresh_from_db()
    edit["version"] = record.version
    response = login(client, world.dept_a_user).post(f"/work/registers/files/{record.pk}/edit/", edit)
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.state == "registered" and record.name == "住民基本台帳ファイル"
    public = client.get(f"/registers/files/{record.pk}/")
    assert public.status_code == 200 and "住民基本台帳ファイル" in public.content.decode()
    assert "変更後のファイル" not in public.content.decode()
    assert "変更後のファイル" not in client.get("/registers/files.csv").content.decode("utf-8-sig")
    assert "変更後のファイル" not in client.get(f"/api/registers/files/{record.pk}").content.decode()
    page = client.get(f"/work/registers/files/{record.pk}/").content.decode()
    assert "変更案 (事務局確認中)" in page and "変更後のファイル" in page and "変更を登載する" not in page
    form = client.get(f"/work/registers/files/{record.pk}/edit/").content.decode()
    assert "変更後のファイル" in form  # the department goes on with its proposal
    assert client.post(f"/work/registers/files/{record.pk}/register_change/").status_code == 400
    page = login(client, world.secretariat).get(f"/work/registers/files/{record.pk}/").content.decode()
    assert "変更を登載する" in page
    assert client.post(f"/work/registers/files/{record.pk}/register_change/").status_code == 302
    record.refresh_from_db()
    assert record.name == "変更後のファイル" and not record.is_published  # now 10 people: off the public register
    assert client.get(f"/registers/files/{record.pk}/").status_code == 404


def test_the_audit_form_takes_the_fiscal_year_in_wareki_and_the_page_shows_it_so(client, world):
    from shingikai.registers.models import Audit

    login(client, world.secretariat)
    form = client.get("/work/registers/audits/new/").content.decode()
    assert "西暦" not in form
    response = client.post("/work/registers/audits/new/", {
        "title": "特定個人情報の取扱いの監査", "fiscal_year": "令和7年度", "auditor": "情報政策課", "scope": "住民記録事務",
        "departments": [world.dept_a.pk], "conducted_from": "令和7年8月1日", "conducted_to": "令和7年8月31日"})
    assert response.status_code == 302
    audit = Audit.objects.get()
    assert audit.fiscal_year == 2025
    assert "令和7年度" in client.get(f"/work/registers/audits/{audit.pk}/").content.decode()
    refused = client.post("/work/registers/audits/new/", {
        "title": "監査", "fiscal_year": "来年度", "auditor": "情報政策課", "scope": "範囲",
        "departments": [world.dept_a.pk], "conducted_from": "令和7年8月1日", "conducted_to": "令和7年8月31日"})
    assert refused.status_code == 400 and "のように入力してください" in refused.content.decode()


def test_the_draft_minutes_carry_the_inspection_result_under_its_item(client, world):
    from test_register_actions import full_assessment, held_inspection

    record = full_assessment(world)
    actions.open_comment_period(record, start=datetime.date(2025, 7, 1), end=datetime.date(2025, 7, 31))
    inspection = held_inspection(world, record)
    actions.conclude_inspection(inspection, findings="リスク対策は概ね適切である。",
                                requests="アクセスログの点検頻度を明記すること。", on=datetime.date(2025, 9, 20))
    login(client, world.secretariat)
    minutes = inspection.agenda_item.meeting.minutes
    body = client.get(f"/work/minutes/{minutes.pk}/").content.decode()
    draft = body.split(inspection.agenda_item.title, 1)[1]
    assert "点検の結果: リスク対策は概ね適切である。" in draft
    assert "実施機関への要請事項: アクセスログの点検頻度を明記すること。" in draft


def test_a_legal_deadline_due_today_is_on_the_home_page_of_who_must_act(client, world):
    from django.conf import settings

    from test_register_actions import incident

    found = datetime.date.today() - datetime.timedelta(days=settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS)
    record = incident(world, discovered_on=found, people_count=101)
    assert record.preliminary_due == datetime.date.today()
    for user in (world.dept_a_user, world.secretariat):
        login(client, user)
        body = client.get("/work/").content.decode()
        section = body.split('id="deadlines-heading"', 1)[1].split("</section>", 1)[0]
        assert "[速報]" in section and "通知書の誤送付" in section and "本日が期限" in section
    login(client, world.dept_b_user)
    assert 'id="deadlines-heading"' not in client.get("/work/").content.decode()


def test_a_departments_retirement_waits_for_the_secretariat_and_a_mistaken_one_is_undone(client, world):
    """廃止 by a department's click took a published file off the register at once, dated the day clicked, with
    no way back. It is proposed with its 廃止日, registered by the secretariat, and reversible by it."""
    record = registered_file(world)
    url = f"/work/registers/files/{record.pk}"
    login(client, world.dept_a_user)
    refused = client.post(f"{url}/retire/", {"comment": "統合のため"})
    assert refused.status_code == 400 and "廃止日" in refused.content.decode()
    assert client.post(f"{url}/retire/", {"on": "令和7年11月30日", "comment": "事務を統合したため"}).status_code == 302
    assert client.get(f"/registers/files/{record.pk}/").status_code == 200  # still published
    page = client.get(f"{url}/").content.decode()
    assert "廃止の申出 (事務局確認中)" in page and "令和7年11月30日" in page and "廃止を登載する" not in page
    assert client.post(f"{url}/register_retirement/").status_code == 400
    login(client, world.secretariat)
    assert "廃止の申出を確認中" in client.get("/work/registers/").content.decode()
    assert client.post(f"{url}/register_retirement/").status_code == 302
    assert client.get(f"/registers/files/{record.pk}/").status_code == 404
    page = client.get(f"{url}/").content.decode()
    assert 'id="file-retired-on">令和7年11月30日' in page and "廃止を取り消す" in page
    assert client.post(f"{url}/reinstate/", {"comment": "別のファイルと取り違えた"}).status_code == 302
    assert client.get(f"/registers/files/{record.pk}/").status_code == 200
    assert "廃止の取消: 別のファイルと取り違えた" in client.get(f"{url}/").content.decode()


def test_a_registered_change_shows_its_date_on_the_register_and_in_the_csv_remarks(client, world):
    record = registered_file(world)
    actions.update_file(record, by=world.dept_a_user, retention="永年")
    login(client, world.secretariat)
    assert client.post(f"/work/registers/files/{record.pk}/register_change/", {"on": "令和7年6月1日"}).status_code == 302
    assert 'id="file-change-dates">令和7年6月1日' in client.get(f"/work/registers/files/{record.pk}/").content.decode()
    rows = list(csv.reader(io.StringIO(client.get("/registers/files.csv").content.decode("utf-8-sig"))))
    remarks = rows[1][[heading for heading in rows[0]].index("備考")]
    assert "変更日: 令和7年6月1日" in remarks and rows[1][rows[0].index("登載日")] == "令和6年4月1日"
    assert client.get(f"/api/registers/files/{record.pk}").json()["change_dates"] == ["2025-06-01"]


def test_a_late_report_is_marked_with_its_days_and_a_reportable_incidents_notice_is_chased_until_given_or_waived(
        client, world, settings):
    """A 速報 recorded two days after its deadline showed as plainly 「提出」, and the 本人への通知 that 法第68条第2項
    requires of every reportable incident was chased nowhere."""
    settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS = 5
    record = incident(world, people_count=45, sensitive=True, discovered_on=D(2025, 11, 27))
    actions.file_preliminary_report(record, on=D(2025, 12, 4), late_reason="週末に発覚し、報告の確認が遅れた")  # due 12月2日
    login(client, world.dept_a_user)
    page = client.get(f"/work/registers/incidents/{record.pk}/").content.decode()
    assert "期限後の提出 (2日超過、期限 令和7年12月2日)" in page and "<strong>未通知</strong>" in page
    register = client.get("/work/registers/").content.decode()
    assert "期限後 (2日超過)" in register and "本人への通知: 未" in register
    assert "本人への通知: 未" in client.get("/work/").content.decode()
    actions.file_final_report(actions.update_incident(record, cause="宛先の確認漏れ", recurrence_measures="複数人で確認"),
                              on=D(2025, 12, 5))
    assert "本人への通知: 未" in client.get("/work/registers/").content.decode()  # the 確報 does not end it
    url = f"/work/registers/incidents/{record.pk}/waive_notice/"
    assert client.post(url, {"comment": " "}).status_code == 400
    assert client.post(url, {"comment": "連絡先が不明のため、ホームページで公表した"}).status_code == 302
    assert "本人への通知: 未" not in client.get("/work/registers/").content.decode()
    page = client.get(f"/work/registers/incidents/{record.pk}/").content.decode()
    assert "通知を要しない (法第68条第2項ただし書): 連絡先が不明のため" in page
    login(client, world.dept_b_user)
    assert client.post(url, {"comment": "他課"}).status_code == 404


def test_a_full_assessment_is_submitted_on_its_page_with_a_revision_or_the_reason_none_was_needed(client, world):
    inspection = concluded_inspection(world)  # its 点検 asked 「委託先の監督を記載すること。」
    record = inspection.assessment
    url = f"/work/registers/assessments/{record.pk}/"
    login(client, world.dept_a_user)
    page = client.get(url).content.decode()
    assert "評価書のファイルがありません" in page and "修正を要しない理由" in page
    refused = client.post(f"{url}submit/", {"on": "令和7年10月1日"})
    assert refused.status_code == 400 and "評価書のファイルがありません" in refused.content.decode()
    attach_document(record, "全項目評価書 (点検を受けた版)")  # after the 点検結果, so taken for a 修正版
    assert client.post(f"{url}submit/", {"on": "令和7年10月1日"}).status_code == 302
    record.refresh_from_db()
    assert record.state == Assessment.State.SUBMITTED and record.unrevised_reason == ""


def test_the_reason_no_revision_was_needed_is_kept_and_shown(client, world):
    from shingikai.registers.models import AssessmentDocument

    inspection = concluded_inspection(world)
    record = inspection.assessment
    AssessmentDocument.objects.filter(assessment=record).delete()
    attach_document(record)
    AssessmentDocument.objects.filter(assessment=record).update(after_inspection=False)  # the inspected version
    url = f"/work/registers/assessments/{record.pk}/"
    login(client, world.dept_a_user)
    refused = client.post(f"{url}submit/", {"on": "令和7年10月1日"})
    assert refused.status_code == 400 and "修正版" in refused.content.decode()
    assert client.post(f"{url}submit/", {"on": "令和7年10月1日",
                                         "unrevised_reason": "委託先の監督は評価書のIII-6に記載済である。"}).status_code == 302
    assert 'id="unrevised-reason">委託先の監督は評価書のIII-6に記載済である。' in client.get(url).content.decode()


def test_the_files_history_names_the_linked_case_in_one_row(client, world):
    record = registered_file(world)
    case = accepted_case(world, title="窓口システムの更新")
    actions.link_case(record, case, by=world.dept_a_user)
    login(client, world.dept_a_user)
    page = client.get(f"/work/registers/files/{record.pk}/").content.decode()
    assert "{&#x27;" not in page and "{'" not in page  # no raw rows of the through table
    import re

    history = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.split("変更履歴")[-1]))
    # One row, by the person who linked it (the save and the many-to-many change are one action).
    assert f"{world.dept_a_staff.name} 変更: 関係する案件 → 「窓口システムの更新」" in history
    assert f"{world.dept_a_staff.name} 変更 " not in history.replace("変更: ", "")


def test_a_significant_change_planned_more_than_ten_years_ahead_is_refused(client, world):
    record = actions.assess_threshold(world.dept_a, system_name="予防接種システム", subject_count=8000, handler_count=20)
    actions.submit_assessment(record, on=D(2024, 6, 3))
    login(client, world.dept_a_user)
    url = f"/work/registers/assessments/{record.pk}/change/"
    response = client.post(url, {"planned_on": "9999-12-31", "description": "クラウドへの移行"})
    assert response.status_code == 400 and "今日から10年より先の日付" in response.content.decode()
    record.refresh_from_db()
    assert record.change_planned_on is None
    planned = datetime.date.today() + datetime.timedelta(days=400)
    assert client.post(url, {"planned_on": planned.isoformat(), "description": "クラウドへの移行"}).status_code == 302


def test_the_public_file_page_prints_the_number_of_people_as_the_list_does(client, world):
    published = registered_file(world, name="印鑑登録原票ファイル", subject_count=60500)
    listed = client.get("/registers/files/").content.decode()
    detail = client.get(f"/registers/files/{published.pk}/").content.decode()
    assert "約 60,500 人" in listed and "約 60,500 人" in detail and "60500" not in detail
