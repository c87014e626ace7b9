"""The registers' rules: publication of files, しきい値判断 and submission of 評価書, reportability and
deadlines of incidents, audits turning into follow-ups, and departments kept to their own records."""
import datetime

import pytest
from helpers import accepted_case, open_meeting_with, today

from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.actions import close_meeting, open_meeting, plan_meeting, record_decision
from shingikai.meetings.models import FollowUp
from shingikai.registers import actions
from shingikai.registers.models import Assessment, PersonalInfoFile

D = datetime.date


def file_fields(**overrides):
    fields = dict(
        name="住民基本台帳ファイル", purpose="住民基本台帳の記録と証明書の交付", record_items="氏名、住所、生年月日、性別",
        record_scope="市内に住所を有する者", subject_count=52000, collection_method="本人からの届出",
        retention="消除後150年", request_office="みなみ市役所 市民課 (みなみ市中央1-1)",
    )
    fields.update(overrides)
    return fields


def registered_file(world, department=None, **overrides):
    record = actions.create_file(department or world.dept_a, **file_fields(**overrides))
    actions.submit_file(record)
    return actions.register_file(record, on=D(2024, 4, 1))


def incident(world, department=None, **overrides):
    fields = dict(title="通知書の誤送付", discovered_on=D(2025, 6, 2), what_leaked="氏名、住所", whose="通知書の宛先の市民",
                  people_count=3)
    fields.update(overrides)
    return actions.record_incident(department or world.dept_a, **fields)


# --- 個人情報ファイル簿 ---

def test_file_of_1000_people_or_more_is_published_once_registered(world):
    record = actions.create_file(world.dept_a, **file_fields(subject_count=1000))
    assert not record.is_published
    actions.submit_file(record)
    record = actions.register_file(record, on=D(2024, 4, 1))
    assert record.is_published


def test_file_under_1000_people_is_kept_but_exempt_from_publication(world):
    record = registered_file(world, subject_count=999)
    assert record.state == PersonalInfoFile.State.REGISTERED
    assert record.exempt_from_publication and not record.is_published


def test_file_with_sensitive_data_needs_its_description_before_submission(world):
    record = actions.create_file(world.dept_a, **file_fields(contains_ordinance_sensitive=True))
    with pytest.raises(ActionRefused, match="要配慮個人情報の内容"):
        actions.submit_file(record)
    record.refresh_from_db()
    assert record.state == PersonalInfoFile.State.DRAFT


def test_only_the_secretariat_registers_a_file(world):
    record = actions.create_file(world.dept_a, by=world.dept_a_user, **file_fields())
    actions.submit_file(record, by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="事務局"):
        actions.register_file(record, on=D(2024, 4, 1), by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="事務局"):
        actions.register_file(record, on=D(2024, 4, 1), by=world.other_secretariat)
    assert actions.register_file(record, on=D(2024, 4, 1), by=world.secretariat).is_published


def test_department_is_refused_another_departments_files(world):
    record = actions.create_file(world.dept_a, **file_fields())
    with pytest.raises(ActionRefused, match="他の課"):
        actions.update_file(record, by=world.dept_b_user, name="書き換え")
    with pytest.raises(ActionRefused, match="他の課"):
        actions.create_file(world.dept_a, by=world.dept_b_user, **file_fields())
    record.refresh_from_db()
    assert record.name == "住民基本台帳ファイル"


def test_a_change_to_a_registered_file_waits_for_the_secretariat_while_the_registered_one_stays_published(world):
    """A department's edit of a published file went public at once (and one to under 1,000 people took it off
    the register): it is now a 変更案 the secretariat registers or returns, as it does a new file."""
    record = registered_file(world)
    actions.update_file(record, by=world.dept_a_user, retention="永年", subject_count=10)
    record.refresh_from_db()
    assert record.is_published and record.retention == "消除後150年" and record.subject_count == 52000
    assert record.proposed == {"retention": "永年", "subject_count": 10}
    with pytest.raises(ActionRefused, match="保存期間"):
        actions.update_file(record, retention=" ")
    with pytest.raises(ActionRefused, match="事務局"):
        actions.register_change(record, by=world.dept_a_user)
    actions.return_change(record, comment="本人の数を確認してください", by=world.secretariat)
    record = actions.update_file(record, by=world.dept_a_user, subject_count=52500)  # amends the proposal
    assert record.proposed == {"retention": "永年", "subject_count": 52500} and record.review_comment == ""
    record = actions.register_change(record, by=world.secretariat)
    assert record.is_published and record.retention == "永年" and record.subject_count == 52500
    assert record.proposed == {} and record.state == PersonalInfoFile.State.REGISTERED
    assert [h.retention for h in record.history.order_by("history_id")][-1:] == ["永年"]
    with pytest.raises(ActionRefused, match="変更案がありません"):
        actions.register_change(record, by=world.secretariat)
    actions.update_file(record, by=world.dept_a_user, name="別名")
    record = actions.withdraw_change(record, by=world.dept_a_user)
    assert record.name == "住民基本台帳ファイル" and record.proposed == {}


def test_a_department_proposes_a_retirement_with_its_date_and_the_secretariat_registers_it(world):
    """A department's 廃止 took a published file off the register at once, with no date but the day clicked and
    no way back: it is now a proposal with its 廃止日 the secretariat registers or returns."""
    record = registered_file(world)
    with pytest.raises(ActionRefused, match="廃止日と廃止の理由"):
        actions.propose_retirement(record, on=None, reason="事務の統合", by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="登載日"):
        actions.propose_retirement(record, on=D(2024, 3, 31), reason="事務の統合", by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="未来"):
        actions.propose_retirement(record, on=today() + datetime.timedelta(days=1), reason="事務の統合",
                                   by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="他の課"):
        actions.propose_retirement(record, on=D(2025, 11, 30), reason="事務の統合", by=world.dept_b_user)
    record = actions.propose_retirement(record, on=D(2025, 11, 30), reason="事務の統合", by=world.dept_a_user)
    assert record.is_published and record.retirement_pending and record.retired_on == D(2025, 11, 30)
    with pytest.raises(ActionRefused, match="廃止を申し出ている"):
        actions.update_file(record, by=world.dept_a_user, retention="永年")
    with pytest.raises(ActionRefused, match="事務局"):
        actions.register_retirement(record, by=world.dept_a_user)
    record = actions.return_retirement(record, comment="廃止日を確認してください", by=world.secretariat)
    assert not record.retirement_pending and record.review_comment and record.is_published
    actions.propose_retirement(record, on=D(2025, 11, 30), reason="事務の統合", by=world.dept_a_user)
    record = actions.withdraw_retirement(record, by=world.dept_a_user)
    assert not record.retirement_pending and record.retired_on is None
    actions.update_file(record, by=world.dept_a_user, retention="永年")
    actions.propose_retirement(record, on=D(2025, 11, 30), reason="事務の統合", by=world.dept_a_user)
    record = actions.register_retirement(record, by=world.secretariat)
    assert record.state == PersonalInfoFile.State.RETIRED and not record.is_published
    assert record.retired_on == D(2025, 11, 30) and record.retire_reason == "事務の統合"
    assert record.proposed == {}  # the change pending on it is moot


def test_the_secretariat_reverses_a_retirement_made_by_mistake_with_its_reason_on_record(world):
    record = registered_file(world)
    actions.propose_retirement(record, on=D(2025, 11, 30), reason="事務の統合", by=world.dept_a_user)
    record = actions.register_retirement(record, by=world.secretariat)
    with pytest.raises(ActionRefused, match="事務局"):
        actions.reinstate_file(record, reason="別のファイルと取り違えた", by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="理由"):
        actions.reinstate_file(record, reason=" ", by=world.secretariat)
    record = actions.reinstate_file(record, reason="別のファイルと取り違えた", by=world.secretariat)
    assert record.state == PersonalInfoFile.State.REGISTERED and record.is_published
    assert record.retired_on is None and record.registered_on == D(2024, 4, 1)
    latest = record.history.order_by("-history_id").first()
    assert latest.history_change_reason == "廃止の取消: 別のファイルと取り違えた"
    assert D(2025, 11, 30) in [h.retired_on for h in record.history.all()]
    with pytest.raises(ActionRefused, match="廃止したファイルのみ"):
        actions.reinstate_file(record, reason="再度", by=world.secretariat)


def test_a_registered_change_carries_its_date_into_the_published_remarks(world):
    from shingikai.registers.fields import row

    record = registered_file(world, remarks="住民基本台帳法に基づく")
    actions.update_file(record, by=world.dept_a_user, retention="永年")
    with pytest.raises(ActionRefused, match="登載日"):
        actions.register_change(record, on=D(2024, 3, 1), by=world.secretariat)
    record = actions.register_change(record, on=D(2025, 6, 1), by=world.secretariat)
    actions.update_file(record, by=world.dept_a_user, retention="消除後150年")
    record = actions.register_change(record, by=world.secretariat)  # today
    assert record.changed_on == [D(2025, 6, 1), today()]
    data = row(record)
    assert data["remarks"] == f"住民基本台帳法に基づく\n変更日: 令和7年6月1日、{to_wareki(today())}"
    assert data["registered_on"] == D(2024, 4, 1) and data["change_dates"] == [D(2025, 6, 1), today()]


def test_case_linked_to_a_file_must_involve_its_department(world):
    record = registered_file(world)
    own = accepted_case(world)
    other = accepted_case(world, department=world.dept_b, title="児童手当システム")
    actions.link_case(record, own)
    with pytest.raises(ActionRefused, match="関わっていない"):
        actions.link_case(record, other)
    assert list(record.cases.all()) == [own]


# --- 特定個人情報保護評価 ---

@pytest.mark.parametrize("subjects,handlers,incident_flag,level", [
    (999, 10, False, Assessment.Level.NONE),
    (5000, 600, True, Assessment.Level.BASIC),
    (50000, 100, False, Assessment.Level.BASIC),
    (50000, 500, False, Assessment.Level.FOCUSED),
    (150000, 10, True, Assessment.Level.FULL),
    (150000, 10, False, Assessment.Level.FOCUSED),
    (300000, 1, False, Assessment.Level.FULL),
])
def test_threshold_assessment_follows_the_checklists_rule(world, subjects, handlers, incident_flag, level):
    record = actions.assess_threshold(world.dept_a, system_name="住民記録システム", subject_count=subjects,
                                      handler_count=handlers, incident_in_past_year=incident_flag)
    assert record.level == level


def full_assessment(world):
    return actions.assess_threshold(world.dept_a, system_name="住民記録システム", subject_count=320000, handler_count=800)


def attach_document(record, title="全項目評価書"):
    """The 評価書 itself, as a PDF file (a 全項目評価 is not submitted without it)."""
    import hostile_files
    from django.core.files.uploadedfile import SimpleUploadedFile

    return actions.add_assessment_document(record, title=title,
                                           file=SimpleUploadedFile("hyoukasho.pdf", hostile_files.pdf_pages(1)))


def held_inspection(world, record, date=D(2025, 9, 10)):
    meeting = plan_meeting(world.council, date=date)
    inspection = actions.request_inspection(record, meeting)
    open_meeting(meeting, present=world.people)
    close_meeting(meeting)
    return inspection


def test_comment_period_must_last_30_days(world):
    record = full_assessment(world)
    with pytest.raises(ActionRefused, match="30日以上"):
        actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 29))
    record = actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 30))
    assert record.state == Assessment.State.COMMENT


def test_full_assessment_needs_comment_period_and_inspection_before_submission(world):
    record = full_assessment(world)
    with pytest.raises(ActionRefused, match="意見聴取"):
        actions.submit_assessment(record, on=D(2025, 10, 1))
    actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 31))
    with pytest.raises(ActionRefused, match="第三者点検"):
        actions.submit_assessment(record, on=D(2025, 10, 1))
    inspection = held_inspection(world, record)
    with pytest.raises(ActionRefused, match="第三者点検"):
        actions.submit_assessment(record, on=D(2025, 10, 1))
    actions.conclude_inspection(inspection, findings="評価書は適切に作成されている。", requests="委託先の監督を記載すること。",
                                on=D(2025, 9, 20))
    with pytest.raises(ActionRefused, match="寄せられた意見"):
        actions.submit_assessment(record, on=D(2025, 10, 1))
    actions.record_comments(record, count=0)
    with pytest.raises(ActionRefused, match="評価書のファイルがありません"):
        actions.submit_assessment(record, on=D(2025, 10, 1))
    attach_document(record)  # added after the 点検結果: a 修正版
    record = actions.submit_assessment(record, on=D(2025, 10, 1))
    assert record.state == Assessment.State.SUBMITTED
    assert record.next_review_due == D(2030, 10, 1)


def inspected_with_a_request(world):
    """A 全項目評価書 with its file, inspected by the council, whose 点検結果 makes a request."""
    record = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    actions.record_comments(record, count=0)
    attach_document(record, "全項目評価書 (意見募集版)")
    inspection = held_inspection(world, record)
    actions.conclude_inspection(inspection, findings="リスク対策は適切である。", requests="委託先への監査の頻度を明記すること。",
                                on=D(2025, 9, 20))
    record.refresh_from_db()
    return record


def test_the_councils_requests_are_answered_by_a_revision_or_a_reason_before_submission(world):
    """A 全項目評価書 was submitted as the council asked although nothing showed it was revised after the 点検's
    要請事項: it now takes a 修正版 added after the 点検結果, or the reason none was needed."""
    record = inspected_with_a_request(world)
    with pytest.raises(ActionRefused, match="修正版"):
        actions.submit_assessment(record, on=D(2025, 10, 1), unrevised_reason=" ")
    record = actions.submit_assessment(record, on=D(2025, 10, 1),
                                       unrevised_reason="監査の頻度は評価書のIII-7に既に記載している。")
    assert record.unrevised_reason == "監査の頻度は評価書のIII-7に既に記載している。"


def test_a_revision_added_after_the_inspection_answers_its_requests(world):
    record = inspected_with_a_request(world)
    assert any("修正版" in p for p in actions.submission_problems(record, D(2025, 10, 1)))
    attach_document(record, "全項目評価書 (修正版)")
    assert actions.submission_problems(record, D(2025, 10, 1)) == []
    assert actions.submit_assessment(record, on=D(2025, 10, 1)).unrevised_reason == ""


def test_the_comment_period_is_corrected_until_the_assessment_is_submitted(world):
    record = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    record = actions.open_comment_period(record, start=D(2025, 7, 5), end=D(2025, 8, 4), by=world.dept_a_user)
    assert (record.comment_start, record.comment_end, record.state) == (D(2025, 7, 5), D(2025, 8, 4), Assessment.State.COMMENT)
    assert [h.comment_end for h in record.history.order_by("history_id")][-2:] == [D(2025, 7, 31), D(2025, 8, 4)]
    inspection = held_inspection(world, record)
    with pytest.raises(ActionRefused, match="第三者点検の会議"):
        actions.open_comment_period(record, start=D(2025, 8, 12), end=D(2025, 9, 12))
    actions.conclude_inspection(inspection, findings="所見", on=D(2025, 9, 20))
    actions.record_comments(record, count=0)
    attach_document(record)
    actions.submit_assessment(record, on=D(2025, 10, 1))
    with pytest.raises(ActionRefused, match="提出済の評価書の意見募集の期間は訂正できません"):
        actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 31))
    with pytest.raises(ActionRefused, match="提出済"):
        actions.record_comments(record, count=1, summary="提出後", response="提出後")
    record.refresh_from_db()
    assert record.comment_start == D(2025, 7, 5) and record.comment_count == 0


def test_the_comments_received_are_recorded_with_the_citys_response(world):
    record = full_assessment(world)
    with pytest.raises(ActionRefused, match="意見募集の期間を設定してから"):
        actions.record_comments(record, count=0)
    start = today() - datetime.timedelta(days=5)
    record = actions.open_comment_period(record, start=start, end=start + datetime.timedelta(days=29))
    with pytest.raises(ActionRefused, match="終わってから"):
        actions.record_comments(record, count=0)
    record = actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 31))
    for count, summary, response, message in ((None, "", "", "意見の数"), (2, "概要だけ", "", "対応を入力"),
                                              (0, "意見なしなのに概要", "", "空欄")):
        with pytest.raises(ActionRefused, match=message):
            actions.record_comments(record, count=count, summary=summary, response=response)
    record = actions.record_comments(record, count=2, summary=" 委託先の所在地について ", response="国内である旨を追記した。",
                                     by=world.dept_a_user)
    assert (record.comment_count, record.comment_result, record.comment_response) == (
        2, "委託先の所在地について", "国内である旨を追記した。")
    assert record.history.latest().history_user == world.dept_a_user
    with pytest.raises(ActionRefused, match="まだ終わっていない期間"):
        actions.open_comment_period(record, start=today(), end=today() + datetime.timedelta(days=40))


def test_an_assessment_handled_by_nobody_is_refused(world):
    with pytest.raises(ActionRefused, match="取扱者数"):
        actions.assess_threshold(world.dept_a, system_name="住民記録システム", subject_count=300000, handler_count=0)
    assert not Assessment.objects.exists()
    record = full_assessment(world)
    with pytest.raises(ActionRefused, match="取扱者数"):
        actions.update_assessment(record, handler_count=0)
    record.refresh_from_db()
    assert record.handler_count == 800
    # Below 1,000 people no 評価 is required, so a count of nobody is no contradiction.
    assert actions.assess_threshold(world.dept_a, system_name="小規模システム", subject_count=10,
                                    handler_count=0).level == Assessment.Level.NONE


def test_inspection_comes_after_the_comment_period(world):
    record = full_assessment(world)
    actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 31))
    meeting = plan_meeting(world.council, date=D(2025, 7, 20))
    with pytest.raises(ActionRefused, match="意見募集の終了後"):
        actions.request_inspection(record, meeting)
    assert not meeting.items.exists()


def test_basic_assessment_is_submitted_without_inspection(world):
    record = actions.assess_threshold(world.dept_a, system_name="予防接種システム", subject_count=8000, handler_count=20)
    with pytest.raises(ActionRefused, match="全項目評価"):
        actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 8, 30))
    assert actions.submit_assessment(record, on=D(2025, 7, 1)).next_review_due == D(2030, 7, 1)


def test_significant_change_brings_the_review_forward(world):
    record = actions.assess_threshold(world.dept_a, system_name="予防接種システム", subject_count=8000, handler_count=20)
    actions.submit_assessment(record, on=D(2024, 2, 29))
    record.refresh_from_db()
    assert record.next_review_due == D(2029, 2, 28)
    record = actions.record_significant_change(record, planned_on=D(2026, 4, 1), description="クラウドへの移行")
    assert record.next_review_due == D(2026, 4, 1)


def test_a_new_version_supersedes_the_old_one_when_submitted(world):
    first = actions.assess_threshold(world.dept_a, system_name="予防接種システム", subject_count=8000, handler_count=20)
    actions.submit_assessment(first, on=D(2021, 7, 1))
    second = actions.assess_threshold(world.dept_a, system_name="予防接種システム", subject_count=9000, handler_count=20,
                                      reason=Assessment.Reason.PERIODIC)
    assert second.version == 2
    with pytest.raises(ActionRefused, match="提出前の評価書"):
        actions.assess_threshold(world.dept_a, system_name="予防接種システム", subject_count=9000, handler_count=20)
    actions.submit_assessment(second, on=D(2026, 6, 1))
    first.refresh_from_db()
    assert first.superseded


# --- 漏えい等報告 ---

def test_small_incident_without_any_condition_is_not_reportable(world):
    record = incident(world, people_count=100)
    assert not record.reportable and record.final_due is None
    with pytest.raises(ActionRefused, match="報告対象"):
        actions.file_preliminary_report(record, on=D(2025, 6, 3))


def test_more_than_100_people_makes_an_incident_reportable(world):
    assert incident(world, people_count=101).report_reasons == ["本人の数が100人を超える"]


@pytest.mark.parametrize("flag,reason", [
    ("sensitive", "要配慮個人情報"),
    ("ordinance_sensitive", "条例要配慮個人情報"),
    ("financial_harm", "財産的被害のおそれ"),
    ("wrongful_purpose", "不正の目的によるおそれ"),
])
def test_each_condition_makes_even_one_persons_incident_reportable(world, flag, reason):
    record = incident(world, people_count=1, **{flag: True})
    assert record.reportable and record.report_reasons == [reason]


def test_preliminary_and_final_report_due_dates(world, settings):
    settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS = 3
    record = incident(world, sensitive=True)
    assert record.preliminary_due == D(2025, 6, 5)
    assert record.final_due == D(2025, 7, 2)


def test_final_report_is_due_in_60_days_for_a_wrongful_purpose(world):
    record = incident(world, wrongful_purpose=True, discovered_on=D(2025, 6, 2))
    assert record.final_due == D(2025, 8, 1)


def test_a_final_report_due_on_a_national_closed_day_is_due_the_next_open_day(world, settings):
    """行政機関の休日に関する法律第2条: the 確報's period ends on the next day the national offices are open."""
    settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS = 5
    year_end = incident(world, sensitive=True, discovered_on=D(2025, 11, 29))
    assert year_end.final_due == D(2026, 1, 5) and year_end.final_due_moved  # 12/29 → 1/5 (1/4 日曜)
    assert incident(world, sensitive=True, discovered_on=D(2025, 6, 5)).final_due == D(2025, 7, 7)  # 7/5 土曜
    open_day = incident(world, sensitive=True, discovered_on=D(2025, 6, 22))
    assert open_day.final_due == D(2025, 7, 22) and not open_day.final_due_moved  # 7/22 火曜
    assert incident(world, sensitive=True, discovered_on=D(2025, 6, 21)).final_due == D(2025, 7, 22)  # 7/21 海の日
    # 「速やかに」 is no period: the 速報's days are not moved (2025-06-08 is a Sunday).
    assert incident(world, sensitive=True, discovered_on=D(2025, 6, 3)).preliminary_due == D(2025, 6, 8)


def test_final_report_needs_the_preliminary_the_cause_and_the_measures(world):
    record = incident(world, people_count=250)
    with pytest.raises(ActionRefused, match="速報"):
        actions.file_final_report(record, on=D(2025, 6, 20))
    actions.file_preliminary_report(record, on=D(2025, 6, 4))
    with pytest.raises(ActionRefused, match="原因"):
        actions.file_final_report(record, on=D(2025, 6, 20))
    actions.update_incident(record, cause="封入時の確認漏れ", recurrence_measures="二人で照合する")
    record = actions.file_final_report(record, on=D(2025, 6, 20))
    assert record.final_filed_on == D(2025, 6, 20)
    with pytest.raises(ActionRefused, match="確報を提出"):
        actions.update_incident(record, title="書き換え")


def test_an_incident_is_not_discovered_in_the_future_nor_occurs_after_it_was_discovered(world):
    tomorrow = today() + datetime.timedelta(days=1)
    with pytest.raises(ActionRefused, match="発覚日に未来の日付"):
        incident(world, discovered_on=tomorrow)
    with pytest.raises(ActionRefused, match="発生日が発覚日より後"):
        incident(world, discovered_on=D(2025, 6, 2), occurred_on=D(2025, 6, 3))
    record = incident(world, occurred_on=D(2025, 6, 1))
    with pytest.raises(ActionRefused, match="発生日が発覚日より後"):
        actions.update_incident(record, occurred_on=D(2025, 6, 10))
    with pytest.raises(ActionRefused, match="発覚日に未来の日付"):
        actions.update_incident(record, discovered_on=tomorrow)
    record.refresh_from_db()
    assert record.discovered_on == D(2025, 6, 2) and record.occurred_on == D(2025, 6, 1)


def test_an_incident_edit_does_not_put_the_discovery_after_a_filed_preliminary_report(world):
    record = incident(world, sensitive=True, discovered_on=D(2025, 6, 1))
    actions.file_preliminary_report(record, on=D(2025, 6, 2))
    actions.notify_people(record, on=D(2025, 6, 3), method="郵送")
    with pytest.raises(ActionRefused, match="発覚日が速報の提出日"):
        actions.update_incident(record, discovered_on=D(2025, 6, 3))
    record.refresh_from_db()
    assert record.discovered_on == D(2025, 6, 1) and record.final_due == D(2025, 7, 1)
    actions.correct_preliminary_report(record, on=D(2025, 6, 5))
    with pytest.raises(ActionRefused, match="発覚日が本人への通知日"):
        actions.update_incident(record, discovered_on=D(2025, 6, 4))
    record = actions.update_incident(record, discovered_on=D(2025, 6, 3))
    assert record.discovered_on == D(2025, 6, 3)


def test_a_report_dated_in_the_future_is_refused(world):
    tomorrow = today() + datetime.timedelta(days=1)
    record = incident(world, sensitive=True, cause="誤封入", recurrence_measures="二人で照合する")
    with pytest.raises(ActionRefused, match="速報の提出日に未来の日付"):
        actions.file_preliminary_report(record, on=tomorrow)
    actions.file_preliminary_report(record, on=D(2025, 6, 3))
    with pytest.raises(ActionRefused, match="確報の提出日に未来の日付"):
        actions.file_final_report(record, on=tomorrow)
    with pytest.raises(ActionRefused, match="本人への通知日に未来の日付"):
        actions.notify_people(record, on=tomorrow, method="郵送")


def test_the_preliminary_date_is_corrected_until_the_final_report_by_the_department_or_the_secretariat(world):
    """A wrong 速報 date (later than the 確報 could be) blocked the 確報 for good: nothing could correct it."""
    record = incident(world, sensitive=True, cause="誤封入", recurrence_measures="二人で照合する")
    actions.file_preliminary_report(record, on=D(2025, 6, 20), late_reason="担当者の失念", by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="速報の提出日以降"):
        actions.file_final_report(record, on=D(2025, 6, 10))
    with pytest.raises(ActionRefused, match="他の課"):
        actions.correct_preliminary_report(record, on=D(2025, 6, 3), by=world.dept_b_user)
    with pytest.raises(ActionRefused, match="発覚日以降"):
        actions.correct_preliminary_report(record, on=D(2025, 6, 1), by=world.dept_a_user)
    record = actions.correct_preliminary_report(record, on=D(2025, 6, 4), by=world.dept_a_user)
    record = actions.correct_preliminary_report(record, on=D(2025, 6, 3), by=world.secretariat)
    assert record.preliminary_filed_on == D(2025, 6, 3)
    assert [h.preliminary_filed_on for h in record.history.order_by("history_id")][-3:] == [
        D(2025, 6, 20), D(2025, 6, 4), D(2025, 6, 3)]
    record = actions.file_final_report(record, on=D(2025, 6, 10))
    with pytest.raises(ActionRefused, match="確報を提出した事案"):
        actions.correct_preliminary_report(record, on=D(2025, 6, 5), by=world.secretariat)


def test_a_file_is_not_registered_on_a_future_date(world):
    record = actions.create_file(world.dept_a, **file_fields())
    actions.submit_file(record)
    with pytest.raises(ActionRefused, match="登載日に未来の日付"):
        actions.register_file(record, on=today() + datetime.timedelta(days=1))
    record.refresh_from_db()
    assert record.state == PersonalInfoFile.State.SUBMITTED and record.registered_on is None


def test_department_is_refused_another_departments_incidents(world):
    record = incident(world, department=world.dept_b, sensitive=True)
    with pytest.raises(ActionRefused, match="他の課"):
        actions.file_preliminary_report(record, on=D(2025, 6, 3), by=world.dept_a_user)
    with pytest.raises(ActionRefused, match="他の課"):
        actions.update_incident(record, by=world.dept_a_user, people_count=1)
    record.refresh_from_db()
    assert record.preliminary_filed_on is None and record.people_count == 3


def test_incident_on_the_agenda_names_no_one(world):
    record = incident(world, title="山田太郎様あて通知の誤送付", sensitive=True)
    meeting = plan_meeting(world.council, date=D(2025, 7, 10))
    record = actions.report_incident(record, meeting, by=world.secretariat)
    assert record.agenda_item.title == "個人情報の漏えい等事案について (市民課)"
    with pytest.raises(ActionRefused, match="すでに"):
        actions.report_incident(record, meeting)


# --- 監査 ---

def test_audit_findings_become_follow_ups_once_the_council_has_heard_them(world):
    audit = actions.create_audit(world.city, departments=[world.dept_a, world.dept_b], title="令和7年度 特定個人情報監査",
                                 fiscal_year=2025, auditor="情報政策課", scope="住民記録事務", by=world.secretariat,
                                 conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    actions.add_finding(audit, department=world.dept_a, text="端末のログを確認していない", request="月次でログを点検すること",
                        due_date=D(2025, 12, 1))
    with pytest.raises(ActionRefused, match="対象課ではありません"):
        actions.add_finding(audit, department=world.other_dept, text="x", request="y")
    with pytest.raises(ActionRefused, match="確定した監査"):
        actions.report_audit(audit, plan_meeting(world.council, date=D(2025, 10, 1)))
    actions.complete_audit(audit, summary="おおむね適正に取り扱われている。")
    meeting, _ = open_meeting_with(world, date=D(2025, 10, 2))
    audit = actions.report_audit(audit, meeting)
    with pytest.raises(ActionRefused, match="了承されていません"):
        actions.track_findings(audit)
    record_decision(audit.agenda_item, outcome="報告了承", vote_method="異議なし")
    (follow_up,) = actions.track_findings(audit)
    assert follow_up.department == world.dept_a and follow_up.status == FollowUp.Status.OPEN
    assert follow_up.due_date == D(2025, 12, 1)
    assert actions.track_findings(audit) == []


def test_sensitive_report_is_an_agenda_item_of_the_councils_city(world):
    meeting = plan_meeting(world.council, date=D(2025, 7, 10))
    report = actions.report_sensitive_files(meeting, as_of=D(2025, 6, 30), by=world.secretariat)
    assert report.agenda_item.kind == "報告" and "要配慮個人情報の取扱状況" in report.agenda_item.title
    with pytest.raises(ActionRefused, match="事務局"):
        actions.report_sensitive_files(meeting, as_of=D(2025, 6, 30), by=world.other_secretariat)


def test_an_audit_finding_is_not_due_before_the_audit(world):
    audit = actions.create_audit(world.city, departments=[world.dept_a], title="令和7年度 特定個人情報監査",
                                 fiscal_year=2025, auditor="情報政策課", scope="住民記録事務",
                                 conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    with pytest.raises(ActionRefused, match="改善の期限"):
        actions.add_finding(audit, department=world.dept_a, text="ログを確認していない", request="点検すること",
                            due_date=D(2020, 1, 31))
    assert not audit.findings.exists()


def test_the_sensitive_report_is_not_as_of_a_future_date(world):
    meeting = plan_meeting(world.council, date=D(2025, 7, 10))
    with pytest.raises(ActionRefused, match="基準日に未来の日付"):
        actions.report_sensitive_files(meeting, as_of=today() + datetime.timedelta(days=1))
    assert not meeting.items.exists()


def concluded_inspection(world):
    record = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    actions.record_comments(record, count=0)
    inspection = held_inspection(world, record)
    return actions.conclude_inspection(inspection, findings="リスク対策は適切である。", requests="委託先の監督を記載すること。",
                                       on=D(2025, 9, 20))


def test_a_recorded_inspection_result_is_corrected_until_the_assessment_is_submitted(world):
    inspection = concluded_inspection(world)
    with pytest.raises(ActionRefused, match="すでに記録されています"):
        actions.conclude_inspection(inspection, findings="上書き", on=D(2025, 9, 21))
    inspection = actions.correct_inspection(inspection, findings="リスク対策は評価指針に沿っている。\nデータの所在が明記されている。",
                                            requests="", on=D(2025, 9, 22), by=world.secretariat)
    assert inspection.finding_lines == ["リスク対策は評価指針に沿っている。", "データの所在が明記されている。"]
    assert inspection.requests == "" and inspection.concluded_on == D(2025, 9, 22)
    assert [h.findings for h in inspection.history.order_by("history_id")][-2:] == [
        "リスク対策は適切である。", "リスク対策は評価指針に沿っている。\nデータの所在が明記されている。"]
    assert inspection.history.latest().history_user == world.secretariat

    attach_document(inspection.assessment)
    actions.submit_assessment(inspection.assessment, on=D(2025, 10, 1))
    with pytest.raises(ActionRefused, match="提出済のため、点検結果は訂正できません"):
        actions.correct_inspection(inspection, findings="提出後の書き換え", on=D(2025, 9, 22))
    inspection.refresh_from_db()
    assert inspection.findings.startswith("リスク対策は評価指針に沿っている。")


def test_an_inspection_correction_keeps_the_results_rules(world):
    inspection = concluded_inspection(world)
    for findings, on, message in (("", D(2025, 9, 20), "所見"), ("所見", D(2025, 9, 1), "会議の日以降")):
        with pytest.raises(ActionRefused, match=message):
            actions.correct_inspection(inspection, findings=findings, on=on)
    with pytest.raises(ActionRefused, match="事務局のみ"):
        actions.correct_inspection(inspection, findings="担当課による書き換え", on=D(2025, 9, 20), by=world.dept_a_user)
    inspection.refresh_from_db()
    assert inspection.findings == "リスク対策は適切である。" and inspection.concluded_on == D(2025, 9, 20)


def test_an_inspection_result_is_not_dated_in_the_future(world):
    record = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    inspection = held_inspection(world, record)
    tomorrow = today() + datetime.timedelta(days=1)
    with pytest.raises(ActionRefused, match="点検結果の日付に未来の日付"):
        actions.conclude_inspection(inspection, findings="所見", on=tomorrow)
    inspection = actions.conclude_inspection(inspection, findings="所見", on=D(2025, 9, 20))
    with pytest.raises(ActionRefused, match="点検結果の日付に未来の日付"):
        actions.correct_inspection(inspection, findings="所見", on=tomorrow)


def test_an_inspection_result_not_yet_recorded_is_not_corrected(world):
    record = actions.open_comment_period(full_assessment(world), start=D(2025, 7, 1), end=D(2025, 7, 31))
    inspection = held_inspection(world, record)
    with pytest.raises(ActionRefused, match="まだ記録されていません"):
        actions.correct_inspection(inspection, findings="所見", on=D(2025, 9, 20))
