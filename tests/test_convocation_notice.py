"""What the 招集通知 says: its date and 文書番号, the request to answer 出欠 by a day with the link to do it, a
PDF/DOCX form for members sent paper; a re-sent notice says which one it replaces and what changed, and its
ICS carries the next SEQUENCE."""
import datetime

import pytest

from django.core import mail
from django.urls import reverse
from helpers import document_text, today
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.jp.wareki import to_wareki
from shingikai.meetings.convocation import answer_by
from shingikai.meetings.models import Meeting


def _addresses(world):
    for n, person in enumerate(world.people):
        person.email = f"iin{n}@example.jp"
        person.save()


def _convene(client, meeting, **data):
    return client.post(reverse("meetings:convene", args=[meeting.pk]), data, follow=True)


def _convened(client, world, **data):
    """A meeting ten days ahead whose notice the secretariat has sent (with `data` posted)."""
    _addresses(world)
    meeting, _, case = scheduled_meeting(world)
    client.force_login(world.secretariat)
    _convene(client, meeting, **data)
    return meeting, case


def test_the_notice_is_dated_numbered_and_asks_for_an_answer_by_a_day_with_the_link(client, web_world):
    w = web_world
    _addresses(w)
    meeting, _, _ = scheduled_meeting(w, date=today() + datetime.timedelta(days=20))
    client.force_login(w.secretariat)
    _convene(client, meeting, convocation_number="みなみ総第123号")
    sent, = mail.outbox
    lines = sent.body.splitlines()
    assert lines[:2] == ["みなみ総第123号", to_wareki(today())]
    deadline = answer_by(meeting, today())
    assert deadline == meeting.date - datetime.timedelta(days=7)
    assert f"出欠を{to_wareki(deadline)}までに、審議会支援システムでご回答ください。" in sent.body
    assert f"http://testserver/work/meetings/m/{meeting.pk}/convocation/" in sent.body
    assert "年)" not in sent.body  # no 西暦 inside the 和暦 date of a formal notice
    assert Meeting.objects.get(pk=meeting.pk).convocation_number == "みなみ総第123号"


def test_a_notice_sent_close_to_the_meeting_still_leaves_a_day_to_answer():
    class Soon:
        date = datetime.date(2026, 12, 14)
    assert answer_by(Soon, datetime.date(2026, 12, 10)) == datetime.date(2026, 12, 13)
    assert answer_by(Soon, datetime.date(2026, 12, 14)) == datetime.date(2026, 12, 14)


@pytest.mark.parametrize("number, message", [("号" * 61, "文書番号は60文字以内"), ("みなみ総\x00第1号", "制御文字（NUL）")])
def test_a_document_number_too_long_or_holding_a_nul_is_refused_and_nothing_is_sent(client, web_world, number, message):
    w = web_world
    _addresses(w)
    meeting, _, _ = scheduled_meeting(w)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:convene", args=[meeting.pk]), {"convocation_number": number})
    assert response.status_code == 400 and message in response.content.decode()
    assert not mail.outbox
    assert Meeting.objects.get(pk=meeting.pk).convocation_count == 0


def test_a_re_sent_notice_says_what_it_replaces_and_what_changed_with_the_next_ics_sequence(client, web_world):
    meeting, _ = _convened(client, web_world)
    meeting.refresh_from_db()
    client.post(reverse("meetings:agenda_add", args=[meeting.pk]),
                {"what": "item", "other-kind": "報告", "other-title": "漏えい等事案の報告について",
                 "other-is_public": "on", "meeting_version": meeting.version})
    _convene(client, meeting)
    first, second = mail.outbox
    assert "（再送）" not in first.subject and "SEQUENCE:0" in first.attachments[0][1]
    assert second.subject.startswith("【招集通知】（再送）")
    assert f"この通知は、{to_wareki(today())}付けで送付した招集通知に代わるものです。" in second.body
    assert "変更点：議題の追加：漏えい等事案の報告について" in second.body
    assert "SEQUENCE:1" in second.attachments[0][1] and "METHOD:PUBLISH" in second.attachments[0][1]
    assert "UID:meeting-" in second.attachments[0][1]


def test_the_member_reads_the_notice_as_sent_and_gets_it_as_pdf_and_docx(client, web_world):
    meeting, case = _convened(client, web_world, convocation_number="みなみ総第7号")
    client.force_login(web_world.member_user)
    page = client.get(reverse("meetings:convocation_answer", args=[meeting.pk])).content.decode()
    assert "みなみ総第7号" in page and "までに、審議会支援システムでご回答ください" in page
    for fmt in ("pdf", "docx"):
        response = client.get(f"/documents/convocation/{meeting.pk}.{fmt}")
        assert response.status_code == 200
        text = document_text(response.content)
        for fact in ("みなみ総第7号", to_wareki(today()), "開催について（通知）", "までに、審議会支援システムでご回答ください",
                     case.title, "市役所第1会議室"):
            assert fact.replace(" ", "") in text, fact


def test_the_public_cannot_download_the_notice(client, web_world):
    meeting, _ = _convened(client, web_world)
    client.logout()
    assert client.get(f"/documents/convocation/{meeting.pk}.pdf").status_code in (302, 403, 404)


def test_the_secretariat_sets_the_answer_deadline_and_the_notice_the_members_pages_and_the_reminder_follow_it(
        client, web_world):
    from shingikai.meetings import actions
    from shingikai.meetings.convocation import send_answer_reminders

    w = web_world
    _addresses(w)
    meeting, _, _ = scheduled_meeting(w, date=today() + datetime.timedelta(days=20))
    client.force_login(w.secretariat)
    for wrong, message in ((today() - datetime.timedelta(days=1), "招集通知を送る日"),
                           (meeting.date, "開催日"), ("来週", "日付を")):
        refused = client.post(reverse("meetings:convene", args=[meeting.pk]),
                              {"answer_by": wrong if isinstance(wrong, str) else to_wareki(wrong)})
        assert refused.status_code == 400 and message in refused.content.decode() and not mail.outbox
    deadline = today() + datetime.timedelta(days=4)
    _convene(client, meeting, answer_by=to_wareki(deadline))
    sent, = mail.outbox
    assert f"出欠を{to_wareki(deadline)}までに" in sent.body
    # Re-sent without a new day, the notice keeps the one set; the form offers it.
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert f'name="answer_by" id="id_answer_by" size="14" value="{to_wareki(deadline)}"' in page
    _convene(client, meeting)
    assert f"出欠を{to_wareki(deadline)}までに" in mail.outbox[1].body
    client.force_login(w.member_user)
    page = client.get(reverse("meetings:convocation_answer", args=[meeting.pk])).content.decode()
    assert f"回答期限: {to_wareki(deadline)}" in page
    assert f"(回答期限 {to_wareki(deadline)})" in client.get(reverse("councils:dashboard")).content.decode()
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert f"(未回答、回答期限 {to_wareki(deadline)})" in page
    # On the deadline those who have not answered are reminded; the ones who answered are not.
    actions.answer_convocation(meeting, person=w.people[1], attending=True, by=w.member_user)
    mail.outbox.clear()
    assert send_answer_reminders(deadline - datetime.timedelta(days=1)) == 0
    assert send_answer_reminders(deadline) == 1
    reminder, = mail.outbox
    assert reminder.subject.startswith("【出欠の回答のお願い】") and f"本日{to_wareki(deadline)}まで" in reminder.body
    assert "iin1@example.jp" not in reminder.bcc and "iin0@example.jp" in reminder.bcc


def test_a_past_meetings_notice_does_not_ask_for_an_answer_after_the_meeting(client, web_world):  # noqa: F811
    from shingikai.meetings.actions import plan_meeting
    from shingikai.meetings.convocation import notice

    meeting = plan_meeting(web_world.council, date=datetime.date(2019, 5, 7), start_time=datetime.time(14, 0),
                           place="第1会議室")
    parts = notice(meeting)
    assert parts["sent_on"] < meeting.date
    assert f"出欠を{to_wareki(meeting.date - datetime.timedelta(days=7))}" in "".join(parts["opening"]).replace("　", "")


def test_the_title_leaves_a_space_after_the_cumulative_number(web_world):  # noqa: F811
    from shingikai.meetings.convocation import notice

    meeting, _, _ = scheduled_meeting(web_world)
    Meeting.objects.filter(pk=meeting.pk).update(cumulative_number=45)
    meeting.refresh_from_db()
    assert f"(通算第45回) {web_world.council.name}の開催について" in notice(meeting)["title"]


def test_the_notices_agenda_lists_the_business_not_the_opening_greeting_or_closing(client, web_world):  # noqa: F811
    from shingikai.meetings.actions import add_procedural_item
    from shingikai.meetings.convocation import notice

    meeting, item, case = scheduled_meeting(web_world)
    for procedure, title in [("開会", None), ("あいさつ", "開会あいさつ"), ("前回議事録の確定", None), ("閉会", None)]:
        add_procedural_item(meeting, procedure, title)
    items = notice(meeting)["items"]
    assert len(items) == 2 and case.title in items[0] and items[1] == "前回議事録の確定"
    assert set(meeting.items.values_list("title", flat=True)) >= {"開会", "開会あいさつ", "閉会"}  # still on the agenda
    _addresses(web_world)
    client.force_login(web_world.secretariat)
    _convene(client, meeting)
    agenda = mail.outbox[-1].body.split("議題", 1)[1]
    assert "（2）前回議事録の確定" in agenda and "開会" not in agenda and "閉会" not in agenda


def test_after_the_chair_resigns_mid_term_the_acting_chair_calls_the_meeting(client, web_world):  # noqa: F811
    """The 会長職務代理者 acts for a 会長 who has left: the notice goes out in that name (not the 市長's, who calls
    only the first meeting of a term, when nobody stands in), and the meeting page says so."""
    from shingikai.councils.actions import end_membership
    from shingikai.meetings.convocation import body

    w = web_world
    end_membership(w.council.memberships.get(person=w.people[0]), on=today() - datetime.timedelta(days=1),
                   reason="辞職")
    meeting, _, _ = scheduled_meeting(w)
    text = body(meeting)
    assert f"{w.council.name}会長職務代理者　{w.people[1].name}" in text
    assert "会長が欠けているため、会長職務代理者が会長の職務を代理して招集します。" in text
    assert w.council.municipality.head not in text.split("開催について")[0].split("各位")[1]
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert f"招集通知は会長職務代理者 {w.people[1].name}の名で送ります" in page.split('id="no-chair"')[1]
