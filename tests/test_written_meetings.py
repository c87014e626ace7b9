"""A meeting held in writing (書面開催): planned without a time or place, answered by each member in writing until
its 回答期限, and decided by the secretariat from the answers (docs/meetings.md)."""
import datetime
import json

import pytest
from django.urls import reverse
from test_web_support import accepted_case, web_world  # noqa: F401

from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions
from shingikai.meetings.models import Attendance, Decision, Meeting, WrittenAnswer
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes, sign_minutes
from shingikai.settling import today


def written_meeting(w, *, days=7, closed=False):
    """A 書面開催 with its papers sent: one public case and one report (closed if asked)."""
    meeting = actions.plan_meeting(w.council, date=today() + datetime.timedelta(days=days),
                                   method=Meeting.Method.WRITTEN, by=w.secretariat)
    case_item = actions.schedule_case(accepted_case(w), meeting, by=w.secretariat)
    report = actions.add_item(meeting, kind="報告", title="個人情報漏えい事案の報告", is_public=not closed,
                              closed_reason="個人が特定されるおそれがあるため" if closed else "")
    actions.record_convocation(meeting, by=w.secretariat)
    meeting.refresh_from_db()
    return meeting, case_item, report


def answer(w, meeting, person, case_vote="承認する", report_vote="承認する", opinion=""):
    items = actions.written_items(meeting)
    return actions.answer_in_writing(meeting, person=person, by=w.secretariat,
                                     answers={items[0]: (case_vote, opinion if case_vote != "承認する" else ""),
                                              items[1]: (report_vote, opinion if report_vote != "承認する" else "")})


def publish(w, meeting):
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [w.people[0]])
    minutes = confirm_minutes(meeting.minutes, on=today(), by_circulation=True, open_checks_acknowledged=True)
    sign_minutes(minutes, w.people[0], on=today())
    publish_minutes(minutes, on=today())


def deadline_passes(meeting):
    Meeting.objects.filter(pk=meeting.pk).update(date=today() - datetime.timedelta(days=1))
    meeting.refresh_from_db()


def test_a_written_meeting_is_planned_in_the_browser_without_a_time_or_place(client, web_world):
    client.force_login(web_world.secretariat)
    day = today() + datetime.timedelta(days=14)
    response = client.post(reverse("meetings:new"), {
        "council": web_world.council.pk, "method": "書面", "date": day.isoformat(), "start_time": "13:30",
        "place": "第1会議室", "is_public": "on"})
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.written and meeting.start_time is None and meeting.place == "" and meeting.date == day
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "書面開催" in page and "回答期限" in page and "書面開催の結果を記録する" in page
    assert "出席を記録して開会する" not in page
    with pytest.raises(ActionRefused, match="書面開催の会議は開会しません"):
        actions.open_meeting(meeting, present=web_world.people)


def test_a_member_answers_in_writing_in_the_browser_until_the_deadline(client, web_world):
    w = web_world
    meeting, case_item, report = written_meeting(w)
    me = w.people[1]
    client.force_login(w.member_user)
    assert "書面開催への回答" in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    url = reverse("meetings:written_answer", args=[meeting.pk])
    page = client.get(url).content.decode()
    assert case_item.title in page and report.title in page
    # An opinion is required with 意見あり; what was typed stays on the page.
    response = client.post(url, {f"i{case_item.pk}-vote": "意見あり", f"i{case_item.pk}-opinion": "",
                                 f"i{report.pk}-vote": "承認する", f"i{report.pk}-opinion": "再発防止を"})
    assert response.status_code == 400 and "意見を入力してください" in response.content.decode()
    assert "再発防止を" in response.content.decode()
    assert not WrittenAnswer.objects.exists()
    response = client.post(url, {f"i{case_item.pk}-vote": "意見あり", f"i{case_item.pk}-opinion": "委託先の監査を求める",
                                 f"i{report.pk}-vote": "承認する"})
    assert response.status_code == 302
    assert dict(WrittenAnswer.objects.filter(person=me).values_list("agenda_item_id", "vote")) == {
        case_item.pk: "意見あり", report.pk: "承認する"}
    # Changed before the deadline, refused after it.
    client.post(url, {f"i{case_item.pk}-vote": "承認する", f"i{report.pk}-vote": "承認する"})
    assert WrittenAnswer.objects.get(person=me, agenda_item=case_item).vote == "承認する"
    deadline_passes(meeting)
    response = client.post(url, {f"i{case_item.pk}-vote": "承認しない", f"i{report.pk}-vote": "承認する"})
    assert response.status_code != 302 and "回答期限" in response.content.decode()
    assert WrittenAnswer.objects.get(person=me, agenda_item=case_item).vote == "承認する"


def test_a_member_cannot_answer_for_another_member(web_world):
    w = web_world
    meeting, case_item, report = written_meeting(w)
    with pytest.raises(ActionRefused, match="委員本人か審議会の事務局"):
        actions.answer_in_writing(meeting, person=w.people[2], by=w.member_user,
                                  answers={case_item: ("承認する", ""), report: ("承認する", "")})


def test_the_result_waits_for_every_member_or_the_deadline(web_world):
    w = web_world
    meeting, _, _ = written_meeting(w)
    for person in w.people[:4]:
        answer(w, meeting, person)
    with pytest.raises(ActionRefused, match=f"未回答: {w.people[4].name}"):
        actions.record_written_result(meeting, by=w.secretariat)
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.PLANNED
    answer(w, meeting, w.people[4])
    # Everyone answered before the deadline: the result is dated today.
    actions.record_written_result(meeting, by=w.secretariat)
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.HELD and meeting.date == today()


def test_the_result_is_refused_without_a_quorum_of_answers(client, web_world):
    w = web_world
    meeting, _, _ = written_meeting(w)
    for person in w.people[:2]:
        answer(w, meeting, person)
    deadline_passes(meeting)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:written_result", args=[meeting.pk]),
                           {"meeting_version": meeting.version})
    assert "回答した委員が定足数に達していない" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.PLANNED
    assert not Attendance.objects.exists() and not Decision.objects.exists()


def test_the_result_approves_what_all_approved_and_continues_what_drew_an_opinion(client, web_world):
    w = web_world
    meeting, case_item, report = written_meeting(w)
    answer(w, meeting, w.people[0])
    answer(w, meeting, w.people[1], case_vote="意見あり", opinion="委託先の監査を求める")
    answer(w, meeting, w.people[2])
    deadline_passes(meeting)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:written_result", args=[meeting.pk]),
                           {"meeting_version": meeting.version})
    assert response.status_code == 302
    case_decision, report_decision = Decision.objects.get(agenda_item=case_item), Decision.objects.get(agenda_item=report)
    assert (case_decision.outcome, case_decision.votes_for) == ("継続審議", 2)
    assert (report_decision.outcome, report_decision.votes_for, report_decision.vote_method) == ("報告了承", 3, "書面表決")
    assert case_item.case.__class__.objects.get(pk=case_item.case_id).status == "continued"
    page = client.get(response.url).content.decode()
    assert "書面開催" in page and "回答しなかった委員" in page and w.people[4].name in page
    assert "委託先の監査を求める" in page
    with pytest.raises(ActionRefused):
        answer(w, meeting, w.people[3])


def test_the_public_page_shows_the_written_result_without_the_closed_item(client, web_world):
    w = web_world
    meeting, case_item, report = written_meeting(w, closed=True)
    for person in w.people[:3]:
        answer(w, meeting, person, report_vote="意見あり", opinion="漏えいした本人への説明を")
    deadline_passes(meeting)
    actions.record_written_result(meeting, by=w.secretariat)
    publish(w, meeting)
    page = client.get(reverse("portal:meeting", args=[meeting.pk])).content.decode()
    assert "書面開催" in page and "回答した委員" in page and case_item.title in page
    assert report.title not in page and "漏えいした本人への説明を" not in page


def _minutes_text(meeting, public):
    from django.contrib.auth.models import AnonymousUser

    from helpers import document_text
    from shingikai.access import DocumentReading
    from shingikai.documents.render import render

    reading = DocumentReading(AnonymousUser(), full=False) if public else None
    return "".join(document_text(render("minutes", meeting.pk, "docx", reading=reading)).split())


def test_the_minutes_document_says_written_and_gives_who_answered_and_their_opinions(web_world):
    w = web_world
    meeting, case_item, report = written_meeting(w, closed=True)
    answer(w, meeting, w.people[0], case_vote="意見あり", opinion="委託先の監査を求める")
    answer(w, meeting, w.people[1], report_vote="意見あり", opinion="漏えいした本人への説明を")
    answer(w, meeting, w.people[2])
    deadline_passes(meeting)
    actions.record_written_result(meeting, by=w.secretariat)
    whole = _minutes_text(meeting, public=False)
    name = ["".join(p.name.split()) for p in w.people]
    assert "書面開催結果" in whole and "開催方法書面開催" in whole
    assert f"回答しなかった委員{name[3]}、{name[4]}" in whole
    assert f"{name[0]}委員（意見あり）委託先の監査を求める" in whole and "漏えいした本人への説明を" in whole
    assert "書面表決" in whole and "場所" not in whole.split("回答した委員")[0]
    publish(w, meeting)
    public = _minutes_text(meeting, public=True)
    assert "委託先の監査を求める" in public and name[0] + "委員（意見あり）" not in public
    assert "漏えいした本人への説明を" not in public


def test_forged_written_answers_are_refused_without_an_error_page(client, web_world):
    w = web_world
    meeting, case_item, report = written_meeting(w)
    client.force_login(w.member_user)
    url = reverse("meetings:written_answer", args=[meeting.pk])
    for vote, opinion in (("承認する", "意見\x00です"), ("賛成", ""), ("", "")):
        response = client.post(url, {f"i{case_item.pk}-vote": vote, f"i{case_item.pk}-opinion": opinion,
                                     f"i{report.pk}-vote": "承認する"})
        assert response.status_code == 400
    assert client.post(reverse("meetings:written_result", args=[meeting.pk])).status_code == 403
    assert not WrittenAnswer.objects.exists()
    # A meeting held in person has no written answers to give: its page sends the member back.
    held = actions.plan_meeting(w.council, date=today() + datetime.timedelta(days=3), by=w.secretariat)
    assert client.get(reverse("meetings:written_answer", args=[held.pk])).status_code == 302


def test_the_public_does_not_read_that_a_written_meeting_can_be_observed(client, web_world):
    meeting, _, _ = written_meeting(web_world)
    page = client.get(reverse("portal:meeting", args=[meeting.pk])).content.decode()
    assert "書面開催" in page and "回答期限" in page
    assert "傍聴できます" not in page and "開催場所" not in page
    council_page = client.get(reverse("portal:council", args=[web_world.council.slug])).content.decode()
    assert "書面開催 (傍聴はありません)" in council_page and "傍聴できます" not in council_page


def test_the_notice_of_a_written_meeting_asks_for_written_answers_not_attendance(web_world):
    from shingikai.meetings import convocation

    meeting, _, _ = written_meeting(web_world)
    text = convocation.body(meeting, answer_url="https://example.jp" + convocation.answer_path(meeting))
    assert "書面により開催します" in text and "回答期限" in text
    assert "御出席" not in text and "出欠" not in text and "追って通知します" not in text
    assert f"/m/{meeting.pk}/written/" in text


def test_nobody_counts_as_answered_before_any_item_is_asked(web_world):
    meeting = actions.plan_meeting(web_world.council, date=today() + datetime.timedelta(days=7),
                                   method=Meeting.Method.WRITTEN, by=web_world.secretariat)
    answers = actions.WrittenAnswers(meeting)
    assert answers.answered == [] and len(answers.unanswered) == len(web_world.people)


def test_a_written_meeting_reminds_only_those_yet_to_answer_in_writing_not_to_give_attendance(web_world):
    from django.core import mail

    from shingikai.meetings import convocation

    w = web_world
    for n, person in enumerate(w.people):
        person.email = f"iin{n}@example.jp"
        person.save()
    meeting, _, _ = written_meeting(w, days=10)
    answer(w, meeting, w.people[1])
    # Nobody is asked for 出欠 on a written meeting: its 出欠 deadline sends nothing.
    assert convocation.send_answer_reminders(convocation.answer_deadline(meeting)) == 0
    reminder_day = meeting.date - datetime.timedelta(days=convocation.WRITTEN_REMINDER_DAYS_BEFORE)
    assert convocation.send_answer_reminders(reminder_day) == 1
    reminder, = mail.outbox
    assert reminder.subject.startswith("【書面開催の回答のお願い】") and "出欠" not in reminder.body
    assert to_wareki(meeting.date) in reminder.body and "書面開催への回答" in reminder.body
    assert "iin1@example.jp" not in reminder.bcc and "iin0@example.jp" in reminder.bcc


def test_the_secretariat_prints_a_written_vote_sheet_and_records_the_paper_sent_back(client, web_world):
    from shingikai.documents.render import build, render

    w = web_world
    w.council.numbers_cumulatively = True
    w.council.save()
    meeting, case_item, report = written_meeting(w, closed=True)
    assert meeting.cumulative_number
    doc = build("writtenvote", meeting.pk)
    text = json.dumps(doc["blocks"], ensure_ascii=False)
    assert doc["title"].endswith("書面表決書") and "承認する" in text and "承認しない" in text and "意見あり" in text
    assert case_item.title in text and f"{report.title}（非公開）" in text and "委員氏名" in text
    assert f"回答期限　{to_wareki(meeting.date)}（必着）" in text
    # 「(通算第N回)」 does not run into the council's name.
    assert f"{meeting.label}{' ' if meeting.cumulative_number else ''}{w.council.name}（書面開催）" in text
    for fmt in ("pdf", "docx"):
        assert render("writtenvote", meeting.pk, fmt)
    # The member reads it with the materials; the public does not, and a meeting held in person has none.
    client.force_login(w.member_user)
    assert client.get(reverse("documents:download", args=["writtenvote", meeting.pk, "pdf"])).status_code == 200
    held = actions.plan_meeting(w.council, date=today() + datetime.timedelta(days=3), by=w.secretariat)
    actions.add_item(held, kind="報告", title="運用状況の報告")
    assert client.get(reverse("documents:download", args=["writtenvote", held.pk, "pdf"])).status_code == 404
    client.logout()
    assert client.get(reverse("documents:download", args=["writtenvote", meeting.pk, "pdf"])).status_code in (302, 403, 404)
    # The paper comes back after the 回答期限: the secretariat records it from the meeting's page.
    deadline_passes(meeting)
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    member = w.people[2]
    url = reverse("meetings:written_answer_for", args=[meeting.pk, member.pk])
    assert url in page and "/documents/writtenvote/" in page
    assert "書面による回答を記録する" in client.get(url).content.decode()
    response = client.post(url, {f"i{case_item.pk}-vote": "意見あり", f"i{case_item.pk}-opinion": "保存期間を短く",
                                 f"i{report.pk}-vote": "承認する"})
    assert response.status_code == 302
    row = WrittenAnswer.objects.get(person=member, agenda_item=case_item)
    assert row.vote == "意見あり" and row.opinion == "保存期間を短く"
    # Only the members asked, and only the secretariat.
    other = actions.plan_meeting(w.council, date=today() + datetime.timedelta(days=30),
                                 method=Meeting.Method.WRITTEN, by=w.secretariat)
    assert client.get(reverse("meetings:written_answer_for", args=[other.pk, 999999])).status_code == 404
    client.force_login(w.member_user)
    assert client.get(url).status_code == 403


def test_an_item_added_or_withdrawn_after_the_papers_went_out_asks_for_the_notice_again_and_counts_as_it_stands(
        client, web_world):
    w = web_world
    meeting, case_item, report = written_meeting(w)
    client.force_login(w.secretariat)
    client.post(reverse("meetings:convene", args=[meeting.pk]), {"by_post": "1"})
    for person in w.people:
        answer(w, meeting, person)
    assert not actions.WrittenAnswers(meeting).unanswered
    detail = reverse("meetings:detail", args=[meeting.pk])
    assert 'id="unsent-changes"' not in client.get(detail).content.decode()
    added = actions.add_item(meeting, kind="報告", title="特定個人情報の監査結果の報告")
    page = client.get(detail).content.decode()
    assert 'id="unsent-changes"' in page and "議題の追加：特定個人情報の監査結果の報告" in page
    # Nobody has answered the new item: all are asked again (and reminded), none counts as answered.
    assert len(actions.WrittenAnswers(meeting).unanswered) == len(w.people)
    # Withdrawn again, the answers to what stands count; their answers to it go with it.
    actions.remove_agenda_item(added, by=w.secretariat)
    assert not actions.WrittenAnswers(meeting).unanswered
    actions.remove_agenda_item(report, by=w.secretariat)
    page = client.get(detail).content.decode()
    assert "議題の削除：個人情報漏えい事案の報告" in page
    assert not WrittenAnswer.objects.filter(agenda_item_id=report.pk).exists()
    answers = actions.WrittenAnswers(meeting)
    assert not answers.unanswered and [i.pk for i in answers.items] == [case_item.pk]
    # Sent again, the notice says what changed and the warning goes.
    client.post(reverse("meetings:convene", args=[meeting.pk]), {"by_post": "1"})
    assert 'id="unsent-changes"' not in client.get(detail).content.decode()


def test_a_meeting_switched_to_writing_after_its_notice_drops_time_place_and_attendance_and_is_sent_again(
        client, web_world):
    from django.core import mail

    from shingikai.meetings import convocation
    from shingikai.meetings.models import AttendanceReply

    w = web_world
    for n, person in enumerate(w.people):
        person.email = f"iin{n}@example.jp"
        person.save()
    meeting = actions.plan_meeting(w.council, date=today() + datetime.timedelta(days=10), start_time=datetime.time(14),
                                   place="市役所 第1会議室", by=w.secretariat)
    case_item = actions.schedule_case(accepted_case(w), meeting, by=w.secretariat)
    client.force_login(w.secretariat)
    client.post(reverse("meetings:convene", args=[meeting.pk]), {})
    actions.answer_convocation(meeting, person=w.people[1], attending=True, by=w.member_user)
    detail = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "開催方法を変更する (書面開催へ)" in detail
    edit = reverse("meetings:edit", args=[meeting.pk])
    assert 'id="method-form"' in client.get(edit).content.decode()
    response = client.post(reverse("meetings:method", args=[meeting.pk]), {"method": "書面"}, follow=True)
    assert response.status_code == 200 and "書面開催に変更しました" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.written and meeting.start_time is None and meeting.place == "" and meeting.convened_on is None
    assert not AttendanceReply.objects.filter(meeting=meeting).exists()
    # The notice goes out again as a 書面開催, saying what changed; the members answer in writing.
    mail.outbox.clear()
    client.post(reverse("meetings:convene", args=[meeting.pk]), {})
    body = mail.outbox[0].body
    assert "開催方法の変更（変更前：会議）" in body and "書面により開催します" in body and "第1会議室）" in body
    actions.answer_in_writing(meeting, person=w.people[1], by=w.member_user, answers={case_item: ("承認する", "")})
    # And back to a meeting held in person: the written answers go, the place is typed again.
    response = client.post(reverse("meetings:method", args=[meeting.pk]), {"method": "会議"})
    assert response.status_code == 302 and response.url == edit
    meeting.refresh_from_db()
    assert not meeting.written and not WrittenAnswer.objects.filter(meeting=meeting).exists()
    assert convocation.changes(meeting.convocation_sent["facts"], convocation.facts(meeting))[0] == \
        "開催方法の変更（変更前：書面開催）"
    # Forged or unchanged: refused or nothing, never an error page; a held meeting keeps its method.
    assert client.post(reverse("meetings:method", args=[meeting.pk]), {"method": "電話\x00"}).status_code == 400
    assert not actions.change_meeting_method(meeting, method="会議", by=w.secretariat)
    client.force_login(w.member_user)
    assert client.post(reverse("meetings:method", args=[meeting.pk]), {"method": "書面"}).status_code == 403


def test_a_written_meeting_held_keeps_its_method_and_a_continued_case_goes_to_the_next_meeting(web_world):
    from shingikai.cases.models import Case

    w = web_world
    meeting, case_item, report = written_meeting(w)
    for n, person in enumerate(w.people):
        answer(w, meeting, person, case_vote="意見あり" if n == 0 else "承認する", opinion="委託先を確認したい")
    deadline_passes(meeting)
    actions.record_written_result(meeting, by=w.secretariat)
    with pytest.raises(ActionRefused, match="開催方法は変更できません"):
        actions.change_meeting_method(meeting, method="会議", by=w.secretariat)
    case = Case.objects.get(pk=case_item.case_id)
    assert case.status == Case.Status.CONTINUED
    after = actions.plan_meeting(w.council, date=today() + datetime.timedelta(days=20), start_time=datetime.time(10),
                                 place="第2会議室", by=w.secretariat)
    actions.schedule_case(case, after, by=w.secretariat)
    case.refresh_from_db()
    assert case.status == Case.Status.SCHEDULED


def test_a_cancelled_written_meeting_takes_no_answers_sends_no_reminder_and_frees_its_case(client, web_world):
    from django.core import mail

    from shingikai.cases.models import Case
    from shingikai.meetings import convocation

    w = web_world
    w.people[0].email = "iin0@example.jp"
    w.people[0].save()
    meeting, case_item, _ = written_meeting(w, days=10)
    answer(w, meeting, w.people[1])
    actions.cancel_meeting(meeting)
    assert convocation.send_answer_reminders(meeting.date - datetime.timedelta(days=3)) == 0 and not mail.outbox
    with pytest.raises(ActionRefused):
        answer(w, meeting, w.people[2])
    assert Case.objects.get(pk=case_item.case_id).status == Case.Status.ACCEPTED
    client.force_login(w.member_user)
    assert "この書面開催は中止になりました" in client.get(
        reverse("meetings:written_answer", args=[meeting.pk])).content.decode()


def test_a_written_meeting_takes_no_attendance_answer_and_its_old_links_lead_to_the_written_answer(client, web_world):
    w = web_world
    meeting, _, _ = written_meeting(w)
    with pytest.raises(ActionRefused, match="書面開催の会議には出欠の回答はありません"):
        actions.answer_convocation(meeting, person=w.people[1], attending=True, by=w.member_user)
    client.force_login(w.member_user)
    response = client.post(reverse("meetings:convocation_answer", args=[meeting.pk]), {"attending": "1"})
    assert response.status_code == 302 and response.url == reverse("meetings:written_answer", args=[meeting.pk])
    client.force_login(w.secretariat)
    response = client.get(reverse("meetings:replies", args=[meeting.pk]))
    assert response.status_code == 302 and response.url == reverse("meetings:detail", args=[meeting.pk])
