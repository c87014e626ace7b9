"""招集通知: the members are called by e-mail with date, place, agenda and an ICS file, once."""
import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.meetings.models import Meeting


def _addresses(world):
    for n, person in enumerate(world.people):
        person.email = f"iin{n}@example.jp"
        person.save()


def test_the_secretariat_sends_the_convocation_with_an_ics_file(client, web_world):
    w = web_world
    _addresses(w)
    meeting, item, case = scheduled_meeting(w)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:convene", args=[meeting.pk]), follow=True)
    assert "招集通知を委員に送りました" in response.content.decode()
    sent, = mail.outbox
    assert sent.subject == f"【招集通知】{w.council.name} {meeting.label}"
    assert set(sent.bcc) == {f"iin{n}@example.jp" for n in range(5)}  # hidden from each other
    assert "1　日時　" in sent.body and "13時30分から" in sent.body and "2　場所　市役所 第1会議室" in sent.body
    assert f"（1）{case.title}" in sent.body and "会長　青木 一郎" in sent.body
    name, content, mimetype = sent.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar" and "BEGIN:VEVENT" in content
    assert Meeting.objects.get(pk=meeting.pk).convened_on is not None


def test_without_member_addresses_nothing_is_sent_or_recorded(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.secretariat)
    response = client.post(reverse("meetings:convene", args=[meeting.pk]))
    assert response.status_code == 400 and "メールアドレスが登録されていない" in response.content.decode()
    assert not mail.outbox and Meeting.objects.get(pk=meeting.pk).convened_on is None


def test_others_cannot_convene(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.member_user)
    assert client.post(reverse("meetings:convene", args=[meeting.pk])).status_code == 403


def test_send_notices_convenes_each_meeting_once(web_world, capsys):
    w = web_world
    _addresses(w)
    meeting, _, _ = scheduled_meeting(w, date=datetime.date.today() + datetime.timedelta(days=10))
    call_command("send_notices", date=datetime.date.today().isoformat())
    assert "招集通知 1 件" in capsys.readouterr().out
    call_command("send_notices", date=datetime.date.today().isoformat())
    assert "招集通知 0 件" in capsys.readouterr().out
    assert sum(1 for m in mail.outbox if m.subject.startswith("【招集通知】")) == 1


def test_the_secretariat_is_told_which_members_the_convocation_did_not_reach(client, web_world):
    w = web_world
    _addresses(w)
    w.people[0].email = ""
    w.people[0].save()
    meeting, _, _ = scheduled_meeting(w)
    client.force_login(w.secretariat)
    body = client.post(reverse("meetings:convene", args=[meeting.pk]), follow=True).content.decode()
    assert "招集通知を委員に送りました" in body
    assert "青木 一郎 にはメールアドレスが登録されていないため送っていません" in body
    assert set(mail.outbox[0].bcc) == {f"iin{n}@example.jp" for n in range(1, 5)}


def test_a_line_break_typed_into_the_room_does_not_start_new_lines_in_the_convocation(client, web_world):
    w = web_world
    _addresses(w)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:new"), {
        "council": w.council.pk, "date": "令和9年2月1日", "place": "第1会議室\r\nSUMMARY:会場変更", "is_public": "on"})
    assert response.status_code == 302
    meeting = Meeting.objects.get(council=w.council, date=datetime.date(2027, 2, 1))
    assert meeting.place == "第1会議室 SUMMARY:会場変更"
    client.post(reverse("meetings:convene", args=[meeting.pk]))
    assert "2　場所　第1会議室 SUMMARY:会場変更\n" in mail.outbox[0].body


def test_no_convocation_goes_out_for_a_meeting_whose_day_has_passed(client, web_world):
    w = web_world
    _addresses(w)
    meeting, item, case = scheduled_meeting(w)
    Meeting.objects.filter(pk=meeting.pk).update(date=datetime.date.today() - datetime.timedelta(days=3))
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:convene", args=[meeting.pk]), follow=True)
    assert "が過ぎた会議の招集通知は送れません" in response.content.decode()
    assert not mail.outbox and Meeting.objects.get(pk=meeting.pk).convened_on is None


def test_an_item_added_after_the_convocation_went_out_prompts_a_new_one(client, web_world):
    w = web_world
    _addresses(w)
    meeting, item, case = scheduled_meeting(w)
    client.force_login(w.secretariat)
    client.post(reverse("meetings:convene", args=[meeting.pk]))
    meeting.refresh_from_db()
    body = client.post(reverse("meetings:agenda_add", args=[meeting.pk]),
                       {"what": "item", "other-kind": "報告", "other-title": "漏えい等事案の報告について",
                        "other-is_public": "on", "meeting_version": meeting.version}, follow=True).content.decode()
    assert "次第に追加しました" in body and "の後に次第が変わりました" in body


def test_a_notice_sent_by_post_to_members_without_addresses_is_recorded_and_no_mail_goes(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.secretariat)
    assert "郵送で送付した" in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    response = client.post(reverse("meetings:convene", args=[meeting.pk]),
                           {"by_post": "1", "convocation_number": "北総第12号"}, follow=True)
    assert "招集通知を郵送で送付したことを記録しました" in response.content.decode()
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert not mail.outbox and meeting.convened_on is not None and meeting.convocation_count == 1
    assert meeting.convocation_number == "北総第12号" and meeting.convocation_sent["by_post"]
