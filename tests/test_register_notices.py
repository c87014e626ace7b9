"""Deadline reminders of the registers go out with `send-notices`: before and once after the 速報/確報
and the review of a 評価書 fall due, to the department with the secretariat in copy."""
import datetime

from django.core import mail

from shingikai.meetings.notify import send_notices
from shingikai.registers import actions

D = datetime.date


def test_incident_reminders_before_and_once_after_the_due_date(world, settings):
    settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS = 5
    world.dept_a.email = "shimin@city.example.jp"
    world.dept_a.save()
    actions.record_incident(world.dept_a, title="誤送付", discovered_on=D(2025, 6, 2), what_leaked="氏名", whose="市民",
                            people_count=1, sensitive=True)
    send_notices(D(2025, 6, 6))  # 速報 due 6月7日: one day left
    (message,) = mail.outbox
    assert "速報" in message.subject and "あと1日" in message.body
    assert "shimin@city.example.jp" in message.to and "jimukyoku@example.jp" in message.cc
    mail.outbox.clear()
    send_notices(D(2025, 6, 5))
    assert mail.outbox == []
    send_notices(D(2025, 6, 8))  # the day after
    assert len(mail.outbox) == 1 and "過ぎています" in mail.outbox[0].body
    mail.outbox.clear()
    send_notices(D(2025, 6, 9))
    assert mail.outbox == []


def test_filed_reports_stop_the_reminders(world):
    record = actions.record_incident(world.dept_a, title="誤送付", discovered_on=D(2025, 6, 2), what_leaked="氏名",
                                     whose="市民", people_count=101)
    actions.file_preliminary_report(record, on=D(2025, 6, 3))
    send_notices(D(2025, 7, 1))  # 確報 due 7月2日: one day left
    assert len(mail.outbox) == 1 and "確報" in mail.outbox[0].subject
    mail.outbox.clear()
    actions.update_incident(record, cause="誤封入", recurrence_measures="二重確認")
    actions.file_final_report(record, on=D(2025, 6, 20))
    send_notices(D(2025, 7, 1))
    assert mail.outbox == []


def test_review_of_an_assessment_is_announced_before_it_falls_due(world):
    record = actions.assess_threshold(world.dept_a, system_name="予防接種システム", subject_count=8000, handler_count=20)
    actions.submit_assessment(record, on=D(2021, 7, 1))
    send_notices(D(2026, 6, 1))  # 30 days before 2026-07-01
    assert len(mail.outbox) == 1 and "5年ごとの見直し" in mail.outbox[0].subject


def test_an_audit_finding_not_yet_heard_is_reminded_until_the_department_reports_its_improvement(world):
    from helpers import open_meeting_with
    from shingikai.meetings.actions import record_decision

    world.dept_a.email = "shimin@city.example.jp"
    world.dept_a.save()
    audit = actions.create_audit(world.city, departments=[world.dept_a], title="監査", fiscal_year=2025, auditor="情報政策課",
                                 scope="住民記録事務", conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    finding = actions.add_finding(audit, department=world.dept_a, text="端末のログを確認していない",
                                  request="月次でログを点検すること", due_date=D(2025, 12, 1))
    send_notices(D(2025, 11, 17))  # 14 days before, but the audit's result is not confirmed yet
    assert mail.outbox == []
    actions.complete_audit(audit, summary="おおむね適正")
    send_notices(D(2025, 11, 17))
    (message,) = mail.outbox
    assert "監査の指摘への改善" in message.subject and "shimin@city.example.jp" in message.to
    mail.outbox.clear()
    send_notices(D(2025, 12, 2))
    assert len(mail.outbox) == 1 and "過ぎています" in mail.outbox[0].body
    mail.outbox.clear()
    # Tracked as a follow-up, the council's own overdue notice takes over: one mail, not two.
    meeting, _ = open_meeting_with(world, date=D(2025, 11, 20))
    audit = actions.report_audit(audit, meeting)
    record_decision(audit.agenda_item, outcome="報告了承", vote_method="異議なし")
    actions.track_findings(audit)
    send_notices(D(2025, 12, 2))
    assert len(mail.outbox) == 1 and "期限を過ぎた後日報告" in mail.outbox[0].subject
    mail.outbox.clear()
    finding.refresh_from_db()
    assert finding.follow_up is not None


def test_a_reportable_incidents_notice_to_its_people_is_reminded_once_its_preliminary_report_is_in(world, settings):
    settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS = 5
    record = actions.record_incident(world.dept_a, title="誤送付", discovered_on=D(2025, 6, 2), what_leaked="氏名",
                                     whose="市民", people_count=1, sensitive=True)
    actions.file_preliminary_report(record, on=D(2025, 6, 4))
    send_notices(D(2025, 6, 8))  # due with the 速報 (6月7日), not yet given
    (message,) = mail.outbox
    assert "本人への通知" in message.subject and "過ぎています" in message.body
    mail.outbox.clear()
    actions.notify_people(record, on=D(2025, 6, 8), method="文書")
    send_notices(D(2025, 6, 8))
    assert mail.outbox == []
