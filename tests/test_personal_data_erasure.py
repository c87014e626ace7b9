"""A person's data erased is erased everywhere the app keeps it: the record, its change history (which
本人の記録を探す reads), the corrections kept of it and the stored file, in one transaction. What an audit needs
stays as an erasure record (which kind of record, which one, who, when, why), never the erased values."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from shingikai.cases import actions as cases
from shingikai.cases.models import Attachment
from shingikai.disclosure import actions, subjects
from shingikai.disclosure.models import Appeal, AppealEvent, DisclosureRequest, IdentityCorrection, SubjectSearch
from shingikai.errors import ActionRefused
from shingikai.ops.models import ErasureRecord
from shingikai.registers import actions as registers
from shingikai.registers.models import AssessmentDocument

from disclosure_helpers import decided_request
from helpers import accepted_case

D = datetime.date
NAME = "北野 一郎"


def erasure_holds_no_value(*values):
    for record in ErasureRecord.objects.values():
        assert not any(value in str(field) for value in values for field in record.values())


def requester_named(world):
    request = decided_request(world, decision="不開示")
    actions.correct_identity(request, field="requester_name", value=NAME, reason="訂正決定", by=world.secretariat)
    return request


def test_an_ended_requesters_name_and_contact_leave_the_record_its_history_and_its_corrections(world):
    request = requester_named(world)
    assert subjects.find(world.city, NAME)
    actions.erase_identity(request, reason="保存期間の満了", by=world.secretariat)
    request.refresh_from_db()
    assert request.requester_name == request.requester_contact == ""
    kept = set(DisclosureRequest.history.filter(id=request.pk).values_list("requester_name", "requester_contact"))
    assert kept == {("", "")}
    assert set(IdentityCorrection.objects.values_list("before", "after")) == {("", "")}
    assert subjects.find(world.city, NAME) == [] and subjects.find(world.city, "開示請子") == []
    erasure = ErasureRecord.objects.get()
    assert (erasure.kind, erasure.record_id, erasure.erased_by) == ("開示請求", str(request.pk), world.secretariat)
    assert "請求者の氏名" in erasure.fields and "保存期間の満了" in erasure.reason
    erasure_holds_no_value(NAME, "開示 請子", "みなみ市北町")
    assert request.decision == "不開示" and request.documents  # the rest of the register stays


def test_an_appellants_name_is_erased_once_the_appeal_was_withdrawn(world):
    appeal = actions.file_appeal(decided_request(world, decision="不開示"), filed_on=D(2024, 7, 10),
                                 appellant_name=NAME, purport="本件処分を取り消す。")
    with pytest.raises(ActionRefused, match="手続きが終わっていない"):
        actions.erase_identity(appeal, reason="利用停止請求", by=world.secretariat)
    with pytest.raises(ActionRefused, match="手続きが終わっていない"):
        actions.erase_identity(appeal.request, reason="利用停止請求", by=world.secretariat)
    appeal = actions.withdraw_appeal(appeal, on=D(2024, 7, 20))
    actions.erase_identity(appeal, reason="利用停止請求の認容", by=world.secretariat)
    assert set(appeal.history.values_list("appellant_name", flat=True)) == {""}
    assert subjects.find(world.city, NAME) == []


def test_an_erasure_needs_the_secretariat_a_reason_and_an_ended_request(world):
    request = requester_named(world)
    with pytest.raises(ActionRefused, match="事務局だけ"):
        actions.erase_identity(request, reason="保存期間の満了", by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="理由"):
        actions.erase_identity(request, reason=" ", by=world.secretariat)
    open_request = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                          documents="協議記録", requester_category="市内", requester_name=NAME,
                                          date_confirmed=True)
    with pytest.raises(ActionRefused, match="手続きが終わっていない"):
        actions.erase_identity(open_request, reason="保存期間の満了", by=world.secretariat)
    assert not ErasureRecord.objects.exists()
    assert DisclosureRequest.objects.get(pk=request.pk).requester_name == NAME


def material(case, by, title=f"{NAME} さんの申出書"):
    return cases.add_attachment(case, title=title, by=by, file=SimpleUploadedFile(
        "moushide.txt", "申出の内容".encode(), content_type="text/plain"))


def test_a_removed_materials_title_and_file_name_leave_its_history_but_who_removed_it_stays(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    case = cases.create_case(world.council, world.dept_a, kind="諮問", title="住民票コンビニ交付の外部委託",
                             purpose="証明書をコンビニエンスストアで交付するため", by=world.dept_a_user)
    attachment = material(case, world.dept_a_user)
    pk = attachment.pk
    cases.remove_attachment(attachment, by=world.dept_a_user)
    rows = Attachment.history.filter(id=pk).order_by("history_id")
    assert [(r.history_type, r.title, str(r.file), r.history_user) for r in rows] == [
        ("+", "", "", world.dept_a_user), ("-", "", "", world.dept_a_user)]
    assert ErasureRecord.objects.get().kind == "添付資料"
    erasure_holds_no_value(NAME, "moushide")


def test_the_secretariat_erases_a_withdrawn_cases_material_with_its_file(world, settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path
    case = accepted_case(world)
    attachment = material(case, world.secretariat)
    stored = tmp_path / attachment.file.name
    cases.withdraw_case(case, reason="取下げ", by=world.secretariat)
    with pytest.raises(ActionRefused):
        cases.remove_attachment(attachment, by=world.secretariat)
    with pytest.raises(ActionRefused, match="事務局だけ"):
        cases.erase_attachment(attachment, reason="本人からの申出", by=world.dept_a_user)
    with django_capture_on_commit_callbacks(execute=True):
        cases.erase_attachment(attachment, reason="本人からの申出", by=world.secretariat)
    assert not Attachment.objects.exists() and not stored.exists()
    assert set(Attachment.history.values_list("title", "file")) == {("", "")}
    assert "本人からの申出" in ErasureRecord.objects.get().reason


def test_a_removed_appeal_steps_submitter_and_note_leave_the_history(world):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport="本件処分を取り消す。")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="理由")
    event = actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 20), submitted_by=NAME,
                                        note=f"{NAME} さんの代理人から提出")
    pk = event.pk
    actions.remove_appeal_event(event, by=world.secretariat)
    rows = AppealEvent.history.filter(id=pk)
    assert rows.count() == 2 and set(rows.values_list("submitted_by", "note")) == {("", "")}
    assert subjects.find(world.city, NAME) == []
    erasure_holds_no_value(NAME)


def test_a_removed_assessment_files_title_leaves_its_history(world, settings, tmp_path):
    from test_assessment_documents import full_assessment, pdf

    settings.MEDIA_ROOT = tmp_path
    document = registers.add_assessment_document(full_assessment(world), title=f"{NAME} の聞き取り記録",
                                                 by=world.dept_a_user, file=pdf(name="kikitori.pdf"))
    pk = document.pk
    registers.remove_assessment_document(document, by=world.dept_a_user)
    assert set(AssessmentDocument.history.filter(id=pk).values_list("title", "file")) == {("", "")}
    erasure_holds_no_value(NAME, "kikitori")


def test_the_secretariat_erases_a_requester_on_the_requests_page_and_a_department_cannot(client, world):
    request = requester_named(world)
    url = reverse("disclosure:request_step", args=[request.pk, "erase"])
    client.force_login(world.dept_a_user)
    assert "step-erase" not in client.get(reverse("disclosure:request", args=[request.pk])).content.decode()
    assert client.post(url, {"erase-reason": "保存期間の満了"}).status_code == 403
    client.force_login(world.secretariat)
    assert "step-erase" in client.get(reverse("disclosure:request", args=[request.pk])).content.decode()
    assert client.post(url, {"erase-reason": ""}).status_code == 400
    assert client.post(url, {"erase-reason": "保存期間の満了"}).status_code == 400  # not confirmed
    assert client.post(url, {"erase-reason": "保存期間の満了", "erase-confirm": "on"}).status_code == 302
    page = client.get(reverse("disclosure:request", args=[request.pk])).content.decode()
    assert NAME not in page and "開示 請子" not in page and "step-erase" not in page
    assert ErasureRecord.objects.get().erased_by == world.secretariat


ERASE = {"erase-reason": "利用停止請求の認容", "erase-confirm": "on"}


def filed_appeal(world):
    return actions.file_appeal(decided_request(world, decision="不開示"), filed_on=D(2024, 7, 10),
                               appellant_name=NAME, purport="本件処分を取り消す。")


def test_the_secretariat_erases_an_ended_appellants_name_on_the_appeals_page(client, world):
    appeal = filed_appeal(world)
    page_url, url = reverse("disclosure:appeal", args=[appeal.pk]), reverse("disclosure:appeal_step",
                                                                           args=[appeal.pk, "erase"])
    client.force_login(world.secretariat)
    assert "step-erase" not in client.get(page_url).content.decode()
    response = client.post(url, ERASE)
    assert response.status_code == 400 and "手続きが終わっていない" in response.content.decode()
    actions.withdraw_appeal(appeal, on=D(2024, 7, 20))
    page = client.get(page_url).content.decode()
    assert "step-erase" in page and "消去の理由" in page and "元に戻せない" in page
    assert client.post(url, {"erase-reason": "利用停止請求の認容"}).status_code == 400  # not confirmed
    response = client.post(url, ERASE, follow=True)
    page = response.content.decode()
    assert "審査請求人の氏名を消去しました" in page and NAME not in page and "step-erase" not in page
    assert set(appeal.history.values_list("appellant_name", flat=True)) == {""}
    assert ErasureRecord.objects.get().kind == "審査請求"


def test_only_the_secretariat_reaches_an_appeals_erasure(client, world):
    appeal = actions.withdraw_appeal(filed_appeal(world), on=D(2024, 7, 20))
    url = reverse("disclosure:appeal_step", args=[appeal.pk, "erase"])
    for user, status in ((world.dept_a_user, 403), (world.dept_b_user, 404), (world.member_user, 404),
                         (world.stranger, 404)):
        client.force_login(user)
        assert client.post(url, ERASE).status_code == status
    client.logout()
    assert client.post(url, ERASE).status_code == 302  # to the sign-in
    assert not ErasureRecord.objects.exists() and Appeal.objects.get().appellant_name == NAME


def test_the_secretariat_erases_a_withdrawn_cases_material_on_the_case_page(client, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    case = accepted_case(world)
    attachment = material(case, world.secretariat)
    url = reverse("cases:attachment_erase", args=[case.pk, attachment.pk])
    fields = {f"erase-{attachment.pk}-reason": "本人からの申出", f"erase-{attachment.pk}-confirm": "on"}
    client.force_login(world.secretariat)
    assert "attachment-erasure" not in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    response = client.post(url, fields)
    assert response.status_code == 400 and "取り下げられた案件だけ" in response.content.decode()
    cases.withdraw_case(case, reason="取下げ", by=world.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "attachment-erasure" in page and "消去の理由" in page
    assert client.post(url, {f"erase-{attachment.pk}-reason": "本人からの申出"}).status_code == 400
    page = client.post(url, fields, follow=True).content.decode()
    assert "資料を消去しました" in page and NAME not in page and "moushide" not in page
    assert not Attachment.objects.exists()
    assert ErasureRecord.objects.get().erased_by == world.secretariat


def test_only_the_secretariat_reaches_a_materials_erasure(client, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    case = accepted_case(world)
    attachment = material(case, world.secretariat)
    cases.withdraw_case(case, reason="取下げ", by=world.secretariat)
    url = reverse("cases:attachment_erase", args=[case.pk, attachment.pk])
    fields = {f"erase-{attachment.pk}-reason": "本人からの申出", f"erase-{attachment.pk}-confirm": "on"}
    client.force_login(world.dept_a_user)
    assert "attachment-erasure" not in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    for user in (world.dept_a_user, world.dept_b_user, world.member_user, world.stranger):
        client.force_login(user)
        assert client.post(url, fields).status_code in (403, 404)
    assert Attachment.objects.filter(pk=attachment.pk).exists() and not ErasureRecord.objects.exists()


def reported_incident(world):
    from shingikai.registers import actions as registers_actions

    record = registers_actions.record_incident(
        world.dept_a, title="通知書の誤送付", discovered_on=D(2025, 6, 2), what_leaked="氏名、住所",
        whose=f"{NAME} ほか2名 (北山市北町)", people_count=250, cause="封入時の確認漏れ",
        recurrence_measures="二人で照合する")
    registers_actions.file_preliminary_report(record, on=D(2025, 6, 4))
    return record


def test_a_leak_reports_affected_people_are_erased_once_its_reporting_is_over(world):
    from shingikai.registers.models import Incident

    record = reported_incident(world)
    with pytest.raises(ActionRefused, match="終わっていない"):
        registers.erase_incident_people(record, reason="保存期間の満了", by=world.secretariat)
    registers.file_final_report(record, on=D(2025, 6, 20))
    with pytest.raises(ActionRefused, match="終わっていない"):  # the people not yet notified
        registers.erase_incident_people(record, reason="保存期間の満了", by=world.secretariat)
    registers.notify_people(record, on=D(2025, 6, 21), method=f"{NAME} 宛て郵送")
    assert subjects.find(world.city, NAME)
    with pytest.raises(ActionRefused, match="事務局だけ"):
        registers.erase_incident_people(record, reason="保存期間の満了", by=world.dept_a_user)
    registers.erase_incident_people(record, reason="保存期間の満了", by=world.secretariat)
    record.refresh_from_db()
    assert (record.whose, record.notice_method) == ("", "")
    assert set(Incident.history.filter(id=record.pk).values_list("whose", "notice_method")) == {("", "")}
    assert record.people_count == 250 and record.final_filed_on == D(2025, 6, 20)
    assert subjects.find(world.city, NAME) == []
    erasure = ErasureRecord.objects.get()
    assert (erasure.kind, erasure.record_id) == ("漏えい等事案", str(record.pk)) and "本人の範囲" in erasure.fields
    erasure_holds_no_value(NAME, "北町")


def test_the_secretariat_erases_a_leak_reports_people_on_its_page(client, world):
    record = reported_incident(world)
    url = reverse("registers:incident_action", args=[record.pk, "erase"])
    page_url = reverse("registers:incident", args=[record.pk])
    fields = {"reason": "利用停止決定による", "confirm": "on"}
    client.force_login(world.secretariat)
    assert "incident-erasure" not in client.get(page_url).content.decode()
    response = client.post(url, fields)
    assert response.status_code == 400 and "終わっていない" in response.content.decode()
    registers.file_final_report(record, on=D(2025, 6, 20))
    registers.notify_people(record, on=D(2025, 6, 21), method="郵送")
    page = client.get(page_url).content.decode()
    assert "incident-erasure" in page and "消去の理由" in page
    assert client.post(url, {"reason": "利用停止決定による"}).status_code == 400  # not confirmed
    for user in (world.dept_a_user, world.dept_b_user, world.member_user, world.stranger):
        client.force_login(user)
        assert client.post(url, fields).status_code in (403, 404)
        assert "incident-erasure" not in client.get(page_url).content.decode()
    assert not ErasureRecord.objects.exists()
    client.force_login(world.secretariat)
    page = client.post(url, fields, follow=True).content.decode()
    assert "本人の範囲と本人への通知の方法を消去しました" in page and NAME not in page and "(消去済み)" in page
    assert ErasureRecord.objects.get().erased_by == world.secretariat


def _remove_appeal_step(world, settings):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport="本件処分を取り消す。")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="理由")
    event = actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 20), submitted_by=NAME,
                                        note="代理人から提出")
    return lambda: actions.remove_appeal_event(event, by=world.secretariat)


def _erase_withdrawn_cases_material(world, settings):
    case = accepted_case(world)
    attachment = material(case, world.secretariat)
    cases.withdraw_case(case, reason="取下げ", by=world.secretariat)
    return lambda: cases.erase_attachment(attachment, reason="本人からの申出", by=world.secretariat)


def _remove_material(world, settings):
    case = cases.create_case(world.council, world.dept_a, kind="諮問", title="住民票コンビニ交付の外部委託",
                             purpose="証明書をコンビニエンスストアで交付するため", by=world.dept_a_user)
    attachment = material(case, world.dept_a_user)
    return lambda: cases.remove_attachment(attachment, by=world.dept_a_user)


def _remove_assessment_file(world, settings):
    from test_assessment_documents import full_assessment, pdf

    document = registers.add_assessment_document(full_assessment(world), title=f"{NAME} の聞き取り記録",
                                                 by=world.dept_a_user, file=pdf(name="kikitori.pdf"))
    return lambda: registers.remove_assessment_document(document, by=world.dept_a_user)


@pytest.mark.parametrize("erasure", [_remove_appeal_step, _erase_withdrawn_cases_material, _remove_material,
                                     _remove_assessment_file])
def test_every_erasure_forgets_the_searches_for_the_erased_persons_name(world, settings, tmp_path, erasure):
    """As erasing a requester does: a name searched for in 本人の記録を探す and found in what an erasure takes away
    is that person's, and the search log keeps no more of it than who searched, when, why and how many hits."""
    settings.MEDIA_ROOT = tmp_path
    erase_it = erasure(world, settings)
    actions.record_subject_search(world.city, "北野一郎", by=world.secretariat, found=1, purpose="開示請求の対象の特定")
    actions.record_subject_search(world.city, "東山 次郎", by=world.secretariat, found=0, purpose="開示請求の対象の特定")
    actions.record_subject_search(world.other_city, NAME, by=world.other_secretariat, found=0, purpose="別の市の検索")
    erase_it()
    assert not SubjectSearch.objects.filter(municipality=world.city, name="北野一郎").exists()
    assert SubjectSearch.objects.get(municipality=world.city, name="").purpose == "開示請求の対象の特定"
    assert SubjectSearch.objects.filter(name="東山 次郎").exists()
    assert SubjectSearch.objects.filter(municipality=world.other_city, name=NAME).exists()  # another city's person


# 保存期間: a record completed in 令和6年度 (2024年6月28日) is kept 5 years from 令和7年4月1日, until 令和12年3月31日.
KEPT_UNTIL = D(2030, 3, 31)


def test_a_request_is_due_for_disposal_the_day_after_its_retention_period_ends(world):
    from shingikai.disclosure.retention import due_for_disposal

    request = decided_request(world, decision="不開示")
    assert due_for_disposal(world.city, KEPT_UNTIL) == []
    (due,) = due_for_disposal(world.city, KEPT_UNTIL + datetime.timedelta(days=1))
    assert (due.record, due.kind, due.completed_on, due.years) == (request, "開示請求", D(2024, 6, 28), 5)
    assert due_for_disposal(world.other_city, D(2040, 1, 1)) == []


def test_a_request_waits_for_its_appeal_and_the_appeal_keeps_its_own_longer_period(world):
    from shingikai.disclosure.retention import due_for_disposal

    appeal = filed_appeal(world)
    assert due_for_disposal(world.city, D(2040, 1, 1)) == []  # the appeal still runs: nothing of it is due
    actions.withdraw_appeal(appeal, on=D(2025, 4, 10))  # 令和7年度: the request is kept until 令和13年3月31日
    assert [d.kind for d in due_for_disposal(world.city, D(2031, 3, 31))] == []
    assert [d.kind for d in due_for_disposal(world.city, D(2031, 4, 1))] == ["開示請求"]
    assert [d.kind for d in due_for_disposal(world.city, D(2036, 4, 1))] == ["開示請求", "審査請求"]


def test_disposing_erases_every_expired_requester_with_a_record_of_the_period(world):
    expired = decided_request(world, decision="不開示")
    kept = decided_request(world, decision="不開示", received_on=D(2025, 5, 1), decided_on=D(2025, 5, 20))
    with pytest.raises(ActionRefused, match="事務局だけ"):
        actions.dispose_expired(world.city, today=D(2030, 4, 1), by=world.dept_a_user)
    assert actions.dispose_expired(world.city, today=D(2030, 4, 1), by=world.secretariat) == 1
    expired.refresh_from_db(), kept.refresh_from_db()
    assert (expired.requester_name, kept.requester_name) == ("", "開示 請子")
    erasure = ErasureRecord.objects.get()
    assert erasure.record_id == str(expired.pk) and "保存期間 (5年、令和12年3月31日まで) の満了" in erasure.reason
    with pytest.raises(ActionRefused, match="廃棄を待つ記録はありません"):
        actions.dispose_expired(world.city, today=D(2030, 4, 1), by=world.secretariat)


def test_the_retention_period_is_the_citys_setting(world):
    decided_request(world, decision="不開示")
    actions.set_rules(world.city, request_retention_years=1, by=world.secretariat)
    from shingikai.disclosure.retention import due_for_disposal

    assert [d.kept_until for d in due_for_disposal(world.city, D(2026, 4, 1))] == [D(2026, 3, 31)]


def test_the_secretariat_sees_what_is_due_and_disposes_of_it_on_the_retention_page(client, world, monkeypatch):
    from shingikai.disclosure import views

    request = decided_request(world, decision="不開示")
    url = reverse("disclosure:retention", args=[world.city.slug])
    monkeypatch.setattr(views, "_today", lambda: D(2030, 4, 1))
    for user, status in ((world.dept_a_user, 403), (world.member_user, 403), (world.other_secretariat, 403)):
        client.force_login(user)
        assert client.get(url).status_code == status and client.post(url).status_code == status
    client.force_login(world.secretariat)
    assert url in client.get(reverse("disclosure:register")).content.decode()
    page = client.get(url).content.decode()
    assert request.number in page and "令和12年3月31日" in page and "廃棄する" in page
    response = client.post(url)
    assert response.status_code == 400 and "元に戻せない" in response.content.decode()  # not confirmed
    page = client.post(url, {"confirm": "on"}, follow=True).content.decode()
    assert "1 件の記録から" in page and "廃棄を待つ記録はありません" in page and "保存期間 (5年" in page
    assert subjects.find(world.city, "開示 請子") == []
    assert client.post(url, {"confirm": "on"}).status_code == 409


def test_a_request_and_its_appeal_say_how_long_they_are_kept_and_from_when(client, world, monkeypatch):
    from shingikai.disclosure import views

    appeal = filed_appeal(world)
    client.force_login(world.secretariat)
    request_url, appeal_url = reverse("disclosure:request", args=[appeal.request.pk]), reverse("disclosure:appeal", args=[appeal.pk])
    page = client.get(appeal_url).content.decode()
    assert "10年 (裁決または取下げの日の属する年度の翌年度4月1日から数えます。手続中のため、まだ始まっていません)" in page
    assert "手続中のため、まだ始まっていません" in client.get(request_url).content.decode()  # it waits for its appeal
    actions.withdraw_appeal(appeal, on=D(2025, 4, 10))
    page = client.get(appeal_url).content.decode()
    assert "10年 (完結した日 令和7年4月10日 の属する年度の翌年度4月1日から令和18年3月31日まで)" in page
    assert "5年 (完結した日 令和7年4月10日 の属する年度の翌年度4月1日から令和13年3月31日まで)" in client.get(request_url).content.decode()
    assert "満了</span>" not in page
    monkeypatch.setattr(views, "_today", lambda: D(2036, 4, 1))
    page = client.get(appeal_url).content.decode()
    assert "満了</span> 審査請求人の氏名は消去の対象です。" in page
    assert reverse("disclosure:retention", args=[world.city.slug]) in page
    # The department sees the period, not the secretariat's list of what is due.
    client.force_login(world.dept_a_user)
    page = client.get(appeal_url).content.decode()
    assert "令和18年3月31日まで" in page and reverse("disclosure:retention", args=[world.city.slug]) not in page
    assert Appeal.objects.get().appellant_name == NAME  # nothing is erased by itself


def test_a_closed_leak_report_is_listed_once_past_its_period_and_its_people_erased_only_by_hand(client, world,
                                                                                                 monkeypatch):
    from shingikai.disclosure import views
    from shingikai.disclosure.retention import incidents_due
    from shingikai.registers.models import Incident

    record = reported_incident(world)
    registers.file_final_report(record, on=D(2025, 6, 20))
    page_url = reverse("registers:incident", args=[record.pk])
    client.force_login(world.secretariat)
    assert "手続中のため、まだ始まっていません" in client.get(page_url).content.decode()  # the people not yet notified
    assert incidents_due(world.city, D(2040, 1, 1)) == []
    registers.notify_people(record, on=D(2025, 6, 21), method="郵送")
    # 令和7年度: kept 5 years from 令和8年4月1日, until 令和13年3月31日.
    assert "5年 (完結した日 令和7年6月21日 の属する年度の翌年度4月1日から令和13年3月31日まで)" in client.get(page_url).content.decode()
    assert incidents_due(world.city, D(2031, 3, 31)) == []
    (due,) = incidents_due(world.city, D(2031, 4, 1))
    assert (due.record, due.completed_on, due.years) == (record, D(2025, 6, 21), 5)
    assert incidents_due(world.other_city, D(2040, 1, 1)) == []
    url = reverse("disclosure:retention", args=[world.city.slug])
    monkeypatch.setattr(views, "_today", lambda: D(2031, 4, 1))
    page = client.get(url).content.decode()
    assert "保存期間が満了した漏えい等事案 (1 件)" in page and f"{page_url}#incident-erasure" in page
    assert "令和13年3月31日" in page
    # The page's disposal erases requesters and appellants, never a leak report's people: each is erased on its page.
    client.post(url, {"confirm": "on"})
    assert Incident.objects.get().whose.startswith(NAME)
    registers.erase_incident_people(record, reason="保存期間の満了", by=world.secretariat)
    assert incidents_due(world.city, D(2031, 4, 1)) == []


def test_a_leak_reports_retention_period_is_the_citys_setting(world):
    from shingikai.disclosure.retention import incidents_due

    record = reported_incident(world)
    registers.file_final_report(record, on=D(2025, 6, 20))
    registers.notify_people(record, on=D(2025, 6, 21), method="郵送")
    actions.set_rules(world.city, incident_retention_years=1, by=world.secretariat)
    assert [d.kept_until for d in incidents_due(world.city, D(2027, 4, 1))] == [D(2027, 3, 31)]
    with pytest.raises(ActionRefused, match="漏えい等事案の記録の保存期間 \\(年\\)は1年以上"):
        actions.set_rules(world.city, incident_retention_years=0, by=world.secretariat)


def test_a_withdrawn_cases_materials_are_kept_from_its_withdrawal_and_listed_once_past_their_period(
        client, world, settings, tmp_path, monkeypatch):
    """The case page says how long a withdrawn case's materials are kept and from when; once past that, the
    retention page lists the case for the secretariat, who erases each material by hand."""
    from django.utils import timezone

    from shingikai.disclosure import views
    from shingikai.disclosure.retention import withdrawn_cases_due

    settings.MEDIA_ROOT = tmp_path
    case = accepted_case(world)
    material(case, world.secretariat)
    page_url = reverse("cases:detail", args=[case.pk])
    client.force_login(world.secretariat)
    assert 'id="retention"' not in client.get(page_url).content.decode()  # not withdrawn: kept as the record
    cases.withdraw_case(case, reason="事業の中止", by=world.secretariat)
    # Withdrawn on 令和7年6月2日: kept 5 years from 令和8年4月1日, until 令和13年3月31日.
    case.history.filter(status="withdrawn").update(
        history_date=timezone.make_aware(datetime.datetime(2025, 6, 2, 10)))
    page = client.get(page_url).content.decode()
    assert "資料の保存期間:</strong> 5年 (完結した日 令和7年6月2日 の属する年度の翌年度4月1日から令和13年3月31日まで)" in page
    assert withdrawn_cases_due(world.city, D(2031, 3, 31)) == []
    (due,) = withdrawn_cases_due(world.city, D(2031, 4, 1))
    assert (due.record, due.completed_on, due.years) == (case, D(2025, 6, 2), 5)
    assert withdrawn_cases_due(world.other_city, D(2040, 1, 1)) == []
    monkeypatch.setattr(views, "_today", lambda: D(2031, 4, 1))
    url = reverse("disclosure:retention", args=[world.city.slug])
    page = client.get(url).content.decode()
    assert "取り下げられた案件の資料 (1 件)" in page and f"{page_url}#attachment-erasure" in page
    client.post(url, {"confirm": "on"})
    assert Attachment.objects.filter(case=case).exists()  # never erased by the list itself
    cases.erase_attachment(Attachment.objects.get(case=case), reason="保存期間の満了", by=world.secretariat)
    assert withdrawn_cases_due(world.city, D(2031, 4, 1)) == []


def test_a_withdrawal_taken_back_and_made_again_counts_from_the_last_one(world, settings, tmp_path):
    from django.utils import timezone

    from shingikai.disclosure.retention import case_withdrawn_on

    settings.MEDIA_ROOT = tmp_path
    case = accepted_case(world)
    material(case, world.secretariat)
    assert case_withdrawn_on(case) is None
    case = cases.withdraw_case(case, reason="誤って記録", by=world.secretariat)
    case.history.filter(status="withdrawn").update(history_date=timezone.make_aware(datetime.datetime(2024, 5, 1, 9)))
    assert case_withdrawn_on(case) == D(2024, 5, 1)
    case = cases.undo_withdrawal(case, reason="別の案件の取下げだった", by=world.secretariat)
    assert case_withdrawn_on(case) is None
    case = cases.withdraw_case(case, reason="事業の中止", by=world.secretariat)
    assert case_withdrawn_on(case) == timezone.localdate()
