"""A person asking for their own data (開示・訂正・利用停止) is found across the city's records by name, however
the name is spaced, by the secretariat of that city only: requests, appeals, members, minutes, the registers'
texts (a 漏えい等事案's victims included) and the earlier values the change history keeps. Each search is
recorded, and a settled requester's or appellant's name can still be corrected through a recorded correction."""
import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shingikai.councils.models import Person, Staff
from shingikai.disclosure import actions
from shingikai.disclosure.models import IdentityCorrection, SubjectSearch
from shingikai.errors import ActionRefused
from shingikai.meetings.models import Turn
from shingikai.ops.models import AccessRecord
from shingikai.registers import actions as registers
from shingikai.registers.models import PersonalInfoFile

from disclosure_helpers import decided_request
from helpers import open_meeting_with

D = datetime.date
URL = "/disclosure/subjects/"


def holdings(world):
    """南田 花子 as requester, appellant and speaker in みなみ市; a namesake in きた町's register."""
    request = decided_request(world, decision="不開示")
    request.requester_name = "南田 花子"
    request.save()
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), appellant_name="南田花子",
                                 purport="本件処分を取り消し、全部の開示を求める。",
                                 appellant_claims="代理人 東山 次郎 を通じて主張する。")
    meeting, _ = open_meeting_with(world)
    Turn.objects.create(meeting=meeting, order=1, speaker_label="事務局", text="請求人の南田　花子さんから意見書が出ています。")
    other = actions.record_request(world.other_dept, kind="personal_disclosure", received_on=D(2024, 6, 3),
                                   documents="自分の記録", requester_category="本人", requester_name="南田 花子",
                                   date_confirmed=True)
    return request, appeal, other


def search(client, name, **extra):
    return client.post(URL, {"name": name, "municipality": extra.pop("municipality", None) or "",
                             "purpose": "開示請求 R6-12 の対象の特定", **extra})


def test_secretariat_finds_one_name_however_spaced_across_requests_appeals_and_minutes(client, world):
    request, appeal, other = holdings(world)
    client.force_login(world.secretariat)
    page = search(client, "南田花子", municipality=world.city.pk).content.decode()
    assert reverse("disclosure:request", args=[request.pk]) in page
    assert reverse("disclosure:appeal", args=[appeal.pk]) in page
    assert "意見書が出ています" in page
    assert reverse("disclosure:request", args=[other.pk]) not in page
    search(client, "南田 花子", municipality=world.city.pk)
    found = list(SubjectSearch.objects.order_by("id").values_list("found", flat=True))
    assert found[0] == found[1] >= 3


def test_a_name_is_found_in_either_form_of_its_kanji_and_either_kana(client, world):
    request = decided_request(world, decision="不開示")
    request.requester_name = "髙橋 ゆうこ"
    request.save()
    client.force_login(world.secretariat)
    for typed in ("高橋ユウコ", "髙橋　ゆうこ", "高橋 ﾕｳｺ"):
        page = search(client, typed, municipality=world.city.pk).content.decode()
        assert reverse("disclosure:request", args=[request.pk]) in page, typed


def test_members_staff_logins_and_an_appeals_agent_are_found(client, world):
    staff = Staff.objects.get(user=world.dept_a_user)
    client.force_login(world.secretariat)
    assert "市民課" in search(client, staff.name, municipality=world.city.pk).content.decode()
    member = Person.objects.get(user=world.member_user)
    page = search(client, member.name.replace(" ", ""), municipality=world.city.pk).content.decode()
    assert "委員" in page and "iin" in page
    holdings(world)
    assert "東山 次郎" in search(client, "東山次郎", municipality=world.city.pk).content.decode()


def test_the_search_is_recorded_with_who_searched_which_name(client, world):
    holdings(world)
    client.force_login(world.secretariat)
    search(client, "南田 花子", municipality=world.city.pk)
    row = SubjectSearch.objects.get()
    assert (row.name, row.searched_by, row.municipality, row.exported) == ("南田 花子", world.secretariat, world.city, False)
    assert row.found >= 3
    page = client.get(URL).content.decode()
    assert "南田 花子" in page and "事務 花子" in page


def test_the_csv_export_lists_each_record_with_its_link_and_is_recorded(client, world):
    request, appeal, _ = holdings(world)
    client.force_login(world.secretariat)
    response = search(client, "南田花子", municipality=world.city.pk, csv="1")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["種類", "記録", "項目", "該当箇所", "日付", "URL"]
    assert any(row[5].endswith(reverse("disclosure:appeal", args=[appeal.pk])) for row in rows[1:])
    assert SubjectSearch.objects.get().exported


@pytest.mark.parametrize("who", ["dept_a_user", "member_user", "stranger", "other_secretariat"])
def test_nobody_but_the_citys_secretariat_can_search_its_records(client, world, who):
    holdings(world)
    client.force_login(getattr(world, who))
    response = search(client, "南田花子", municipality=world.city.pk)
    if who == "other_secretariat":  # its own city only: みなみ市 is no choice of its form
        assert response.status_code == 400 and "受付番号" not in response.content.decode()
    else:
        assert response.status_code == 403
    assert not SubjectSearch.objects.filter(municipality=world.city).exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    assert client.post(URL, {"name": "南田花子", "purpose": "確認"}).status_code == 302


def test_a_one_letter_name_is_refused_with_a_message(client, world):
    client.force_login(world.secretariat)
    response = search(client, "南", municipality=world.city.pk)
    assert response.status_code == 400 and "2文字以上" in response.content.decode()
    assert not SubjectSearch.objects.exists()


def test_a_settled_requesters_name_is_corrected_with_the_old_value_and_the_reason_kept(client, world):
    request, appeal, _ = holdings(world)
    assert actions.settled_reason(request)
    client.force_login(world.secretariat)
    response = client.post(reverse("disclosure:request_step", args=[request.pk, "identity"]), {
        "identity-field": "requester_name", "identity-value": "南田 華子",
        "identity-reason": "令和7年6月2日付け訂正決定による"}, follow=True)
    assert "請求者の記録を訂正しました" in response.content.decode()
    request.refresh_from_db()
    assert request.requester_name == "南田 華子"
    correction = IdentityCorrection.objects.get(request=request)
    assert (correction.before, correction.after, correction.corrected_by) == ("南田 花子", "南田 華子", world.secretariat)
    page = client.get(reverse("disclosure:request", args=[request.pk])).content.decode()
    assert "令和7年6月2日付け訂正決定による" in page


def test_an_appellants_name_is_corrected_through_the_appeals_page(client, world):
    _, appeal, _ = holdings(world)
    client.force_login(world.secretariat)
    client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "identity"]), {
        "identity-field": "appellant_name", "identity-value": "南田 華子", "identity-reason": "誤記"})
    appeal.refresh_from_db()
    assert appeal.appellant_name == "南田 華子"
    assert IdentityCorrection.objects.get(appeal=appeal).before == "南田花子"


def test_a_correction_without_a_reason_or_by_a_department_is_refused(client, world):
    request, _, _ = holdings(world)
    with pytest.raises(ActionRefused, match="理由"):
        actions.correct_identity(request, field="requester_name", value="南田 華子", reason=" ")
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[request.pk, "identity"]), {
        "identity-field": "requester_name", "identity-value": "別人", "identity-reason": "誤記"})
    assert response.status_code == 403
    request.refresh_from_db()
    assert request.requester_name == "南田 花子" and not IdentityCorrection.objects.exists()


def leak(department, **fields):
    """A 漏えい等事案 naming the people whose data went astray and the clerk who sent it."""
    return registers.record_incident(department, **{
        "title": "通知書の誤送付", "discovered_on": D(2024, 9, 2), "what_leaked": "氏名、住所",
        "whose": "北野 一郎 ほか2名", "people_count": 3, "cause": "担当 西川 三郎 が宛先を取り違えた", **fields})


def test_a_victims_name_in_a_leak_incident_is_found_and_its_link_opens_the_recorded_page(client, world):
    incident = leak(world.dept_a)
    url = reverse("registers:incident", args=[incident.pk])
    client.force_login(world.secretariat)
    page = search(client, "北野一郎", municipality=world.city.pk).content.decode()
    assert url in page and "漏えい等事案" in page and "本人の範囲" in page and "北野 一郎 ほか2名" in page
    assert "担当 西川 三郎" in search(client, "西川　三郎", municipality=world.city.pk).content.decode()
    rows = list(csv.reader(io.StringIO(search(client, "北野一郎", municipality=world.city.pk, csv="1")
                                       .content.decode("utf-8-sig"))))
    assert ["漏えい等事案", "通知書の誤送付", "本人の範囲"] in [row[:3] for row in rows] and rows[1][5].endswith(url)
    assert client.get(url).status_code == 200
    assert AccessRecord.objects.filter(what="漏えい等事案", object_id=incident.pk, user=world.secretariat).exists()


def test_the_files_audits_and_assessments_texts_are_searched_too(client, world):
    file = registers.create_file(world.dept_a, name="窓口相談記録", purpose="相談への対応", record_items="氏名、相談内容",
                                 record_scope="相談者", subject_count=300, collection_method="本人から",
                                 retention="5年", request_office="市民課", remarks="東山 次郎 氏の相談を含む")
    audit = registers.create_audit(world.city, departments=[world.dept_a], title="令和6年度 監査", fiscal_year=2024,
                                   auditor="監査法人 南田 花子", scope="住民記録システム", by=world.secretariat,
                                   conducted_from=D(2024, 10, 1), conducted_to=D(2024, 10, 31))
    assessment = registers.assess_threshold(world.dept_a, system_name="住民記録システム", subject_count=5000,
                                            handler_count=10, summary="担当者 東山 次郎 が取りまとめた")
    client.force_login(world.secretariat)
    page = search(client, "東山次郎", municipality=world.city.pk).content.decode()
    assert reverse("registers:file", args=[file.pk]) in page and "備考" in page
    assert reverse("registers:assessment", args=[assessment.pk]) in page and "評価書の概要" in page
    assert reverse("registers:audit", args=[audit.pk]) in search(
        client, "南田花子", municipality=world.city.pk).content.decode()
    # A registered file's pending 変更案 is where the name stands until the secretariat takes it in.
    PersonalInfoFile.objects.filter(pk=file.pk).update(remarks="", proposed={"remarks": "西川 三郎 氏の分を追加"})
    assert "備考 (変更案)" in search(client, "西川三郎", municipality=world.city.pk).content.decode()


def test_another_citys_register_is_not_found(client, world):
    theirs = leak(world.other_dept)
    url = reverse("registers:incident", args=[theirs.pk])
    client.force_login(world.secretariat)
    assert url not in search(client, "北野一郎", municipality=world.city.pk).content.decode()
    client.force_login(world.other_secretariat)
    assert url in search(client, "北野一郎", municipality=world.other_city.pk).content.decode()


def test_a_department_keeping_an_incident_cannot_search_names_the_secretariat_finds_in_it(client, world):
    incident = leak(world.dept_a, by=world.dept_a_user)
    client.force_login(world.dept_a_user)
    assert search(client, "北野一郎", municipality=world.city.pk).status_code == 403
    assert not SubjectSearch.objects.exists()
    client.force_login(world.secretariat)
    page = search(client, "北野一郎", municipality=world.city.pk).content.decode()
    assert reverse("registers:incident", args=[incident.pk]) in page


def test_earlier_values_kept_in_the_change_history_are_found_marked_as_such(client, world):
    incident = leak(world.dept_a)
    registers.update_incident(incident, cause="宛先の取り違え")
    request, _, _ = holdings(world)
    actions.correct_identity(request, field="requester_name", value="南田 華子", reason="訂正決定")
    client.force_login(world.secretariat)
    page = search(client, "西川三郎", municipality=world.city.pk).content.decode()
    assert "原因 (変更前の値)" in page and reverse("registers:incident", args=[incident.pk]) in page
    page = search(client, "南田花子", municipality=world.city.pk).content.decode()
    assert "請求者の氏名・名称 (変更前の値)" in page
    # Unchanged values are listed once, as they stand now, however many versions repeat them.
    assert search(client, "北野一郎", municipality=world.city.pk).content.decode().count("北野 一郎 ほか2名") == 1


def test_the_number_of_queries_does_not_grow_with_the_records_found(client, world):
    from shingikai.disclosure import subjects

    def queries():
        with CaptureQueriesContext(connection) as captured:
            subjects.find(world.city, "北野一郎")
        return len(captured)

    registers.update_incident(leak(world.dept_a), cause="宛先の取り違え")
    few = queries()
    for day in range(3, 8):
        registers.update_incident(leak(world.dept_a, discovered_on=D(2024, 9, day)), whose="北野 一郎")
    assert queries() == few


def test_a_search_without_its_purpose_is_refused_and_the_purpose_is_kept(client, world):
    holdings(world)
    client.force_login(world.secretariat)
    response = client.post(URL, {"name": "南田花子", "municipality": world.city.pk})
    assert response.status_code == 400 and "検索の目的" in response.content.decode()
    assert not SubjectSearch.objects.exists()
    page = search(client, "南田花子", municipality=world.city.pk).content.decode()
    assert SubjectSearch.objects.get().purpose == "開示請求 R6-12 の対象の特定"
    assert "開示請求 R6-12 の対象の特定" in page


def test_a_searched_name_is_forgotten_after_its_period_but_who_when_why_and_hits_stay(client, world, settings):
    import datetime as dt

    from django.utils import timezone

    from shingikai.access_record import prune

    holdings(world)
    client.force_login(world.secretariat)
    search(client, "南田花子", municipality=world.city.pk)
    search(client, "東山 次郎", municipality=world.city.pk)
    old = SubjectSearch.objects.get(name="南田花子")
    SubjectSearch.objects.filter(pk=old.pk).update(
        searched_at=timezone.now() - dt.timedelta(days=settings.SHINGIKAI_SUBJECT_SEARCH_NAME_DAYS + 1))
    prune()
    old.refresh_from_db()
    assert old.name == "" and old.found >= 3 and old.purpose and old.searched_by == world.secretariat
    assert SubjectSearch.objects.filter(name="東山 次郎").exists()
    assert "(消去済み)" in client.get(URL).content.decode()
    SubjectSearch.objects.filter(pk=old.pk).update(
        searched_at=timezone.now() - dt.timedelta(days=settings.SHINGIKAI_ACCESS_RECORD_DAYS + 1))
    prune()
    assert not SubjectSearch.objects.filter(pk=old.pk).exists()


def test_a_searched_name_is_forgotten_once_that_persons_data_is_erased(client, world):
    request, appeal, other = holdings(world)
    client.force_login(world.secretariat)
    search(client, "南田花子", municipality=world.city.pk)
    search(client, "東山 次郎", municipality=world.city.pk)
    actions.record_subject_search(world.other_city, "南田花子", by=world.other_secretariat, found=1)
    actions.withdraw_appeal(appeal, on=D(2024, 7, 20))
    actions.erase_identity(appeal, reason="利用停止決定", by=world.secretariat)
    actions.erase_identity(request, reason="利用停止決定", by=world.secretariat)
    assert not SubjectSearch.objects.filter(municipality=world.city, name="南田花子").exists()
    assert SubjectSearch.objects.filter(name="東山 次郎").exists()
    assert SubjectSearch.objects.filter(municipality=world.city, name="").count() == 1
    assert SubjectSearch.objects.filter(municipality=world.other_city, name="南田花子").exists()  # another person


def test_the_csv_export_keeps_a_cell_that_starts_like_a_formula_as_text(client, world):
    """The excerpts are what people wrote (an appellant's claims, a speaker's words): Excel must show them as
    written, never run one as a formula, as every other CSV of the site ensures."""
    request = decided_request(world, decision="不開示")
    actions.file_appeal(request, filed_on=D(2024, 7, 10), appellant_name="=南田花子",
                        purport="本件処分を取り消す。", appellant_claims="-南田花子が主張する。")
    client.force_login(world.secretariat)
    rows = list(csv.reader(io.StringIO(search(client, "南田花子", municipality=world.city.pk, csv="1")
                                       .content.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert any(cell.startswith("'=南田花子") or cell.startswith("'-南田花子") for cell in cells)
