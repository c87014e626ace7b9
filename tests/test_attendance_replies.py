"""Before a meeting opens, the secretariat records each member's answer to the convocation (出欠の連絡)."""
import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from test_web_support import held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.councils.actions import appoint_member, end_membership
from shingikai.councils.models import Membership, Person
from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import AttendanceReply

User = get_user_model()


def test_replies_set_the_expected_quorum_and_can_be_changed(web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    before = actions.ConvocationAnswers(meeting).expected
    actions.answer_convocation(meeting, person=web_world.people[0], attending=False, note="公務のため",
                                    by=web_world.secretariat)
    assert actions.ConvocationAnswers(meeting).expected == before - 1
    actions.answer_convocation(meeting, person=web_world.people[0], attending=True, by=web_world.secretariat)
    assert actions.ConvocationAnswers(meeting).expected == before
    reply = AttendanceReply.objects.get(meeting=meeting, person=web_world.people[0])
    assert reply.attending and reply.history.count() == 2


def test_a_reply_is_refused_once_the_meeting_has_opened(web_world):
    meeting, _, _ = held_meeting(web_world)
    with pytest.raises(ActionRefused, match="開会前の会議にのみ"):
        actions.answer_convocation(meeting, person=web_world.people[0], attending=False, by=web_world.secretariat)
    assert not AttendanceReply.objects.exists()


def test_only_members_in_office_can_reply(web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    stranger = Person.objects.create(name="部外 太郎")
    with pytest.raises(ActionRefused, match="在任の委員ではありません"):
        actions.answer_convocation(meeting, person=stranger, attending=True, by=web_world.secretariat)


def test_the_opening_form_leaves_apologising_members_unticked(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    away = web_world.people[1]
    actions.answer_convocation(meeting, person=away, attending=False, note="出張", by=web_world.secretariat)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("meetings:open", args=[meeting.pk])).content.decode()
    assert f"欠席の連絡: {away.name} (出張)" in page
    def ticked(person):
        return "checked" in page.split(f'name="present" value="{person.pk}"', 1)[1].split(">", 1)[0]

    assert not ticked(away)
    assert all(ticked(p) for p in web_world.people if p != away)


def test_the_secretariat_records_a_reply_in_the_browser_form(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.secretariat)
    url = reverse("meetings:replies", args=[meeting.pk])
    response = client.post(url, {"person": web_world.people[2].pk, "attending": "no", "note": "体調不良"})
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "体調不良" in page and "出席予定" in page
    assert client.post(url, {"person": web_world.people[2].pk, "attending": "maybe"}).status_code == 400


def test_departments_and_members_cannot_record_replies(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    for user in (web_world.dept_a_user, web_world.member_user):
        client.force_login(user)
        response = client.post(reverse("meetings:replies", args=[meeting.pk]),
                               {"person": web_world.people[0].pk, "attending": "no"})
        assert response.status_code in (403, 404)
    assert not AttendanceReply.objects.exists()


def test_after_opening_the_replies_page_only_shows_what_was_received(client, web_world):
    meeting, _, _ = held_meeting(web_world)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("meetings:replies", args=[meeting.pk])).content.decode()
    assert "開会済みです" in page and 'name="attending"' not in page


# --- members answer the convocation themselves -------------------------------------------------------

def convened_meeting(world, date=None):
    """A planned meeting whose convocation has gone out (today, or `date` days away: 10 by default)."""
    meeting, _, _ = scheduled_meeting(world, date=date)
    return actions.record_convocation(meeting, by=world.secretariat)


def test_a_member_answers_the_convocation_and_changes_it_until_the_meeting_opens(web_world):
    meeting = convened_meeting(web_world, date=datetime.date.today())
    me = web_world.people[1]
    actions.answer_convocation(meeting, person=me, attending=False, note="遅れて参加", by=web_world.member_user)
    actions.answer_convocation(meeting, person=me, attending=True, note="遅れて参加", by=web_world.member_user)
    reply = AttendanceReply.objects.get(meeting=meeting, person=me)
    assert reply.attending and reply.note == "遅れて参加"
    assert [h.history_user for h in reply.history.all()] == [web_world.member_user] * 2
    actions.open_meeting(meeting, present=web_world.people, absent=[])
    with pytest.raises(ActionRefused, match="出欠の回答は確定しました"):
        actions.answer_convocation(meeting, person=me, attending=False, by=web_world.member_user)
    assert AttendanceReply.objects.get(meeting=meeting, person=me).attending


def cancelled_meeting(world):
    meeting = convened_meeting(world)
    actions.cancel_meeting(meeting)
    return meeting


@pytest.mark.parametrize("meeting_of, refusal", [
    (lambda w: scheduled_meeting(w)[0], "招集通知はまだ送られていません"),
    (cancelled_meeting, "中止になりました"),
    (lambda w: held_meeting(w)[0], "出欠の回答は確定しました"),
], ids=["not_yet_convened", "cancelled", "opened"])
def test_a_member_answers_only_a_convened_meeting_not_yet_opened(web_world, meeting_of, refusal):
    meeting = meeting_of(web_world)
    with pytest.raises(ActionRefused, match=refusal):
        actions.answer_convocation(meeting, person=web_world.people[1], attending=True, by=web_world.member_user)
    assert not AttendanceReply.objects.exists()


def test_only_the_member_or_the_secretariat_answers_for_a_member(web_world):
    meeting = convened_meeting(web_world)
    for user in (web_world.member_user, web_world.dept_a_user, web_world.other_secretariat, web_world.stranger):
        with pytest.raises(ActionRefused, match="委員本人か、審議会の事務局だけ"):
            actions.answer_convocation(meeting, person=web_world.people[0], attending=False, by=user)
    assert not AttendanceReply.objects.exists()


def test_a_member_who_has_left_the_council_cannot_answer(client, web_world):
    meeting = convened_meeting(web_world)
    membership = Membership.objects.get(council=web_world.council, person=web_world.people[1])
    end_membership(membership, on=datetime.date.today())
    with pytest.raises(ActionRefused, match="在任の委員ではありません"):
        actions.answer_convocation(meeting, person=web_world.people[1], attending=True, by=web_world.member_user)
    client.force_login(web_world.member_user)
    url = reverse("meetings:convocation_answer", args=[meeting.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"attending": "yes"}).status_code == 404
    assert not AttendanceReply.objects.exists()


def test_the_secretariat_records_a_telephoned_answer_and_the_history_says_who(client, web_world):
    meeting = convened_meeting(web_world)
    client.force_login(web_world.secretariat)
    response = client.post(reverse("meetings:replies", args=[meeting.pk]),
                           {"person": web_world.people[1].pk, "attending": "no", "note": "電話で連絡あり"})
    assert response.status_code == 302
    actions.answer_convocation(meeting, person=web_world.people[1], attending=True, by=web_world.member_user)
    page = client.get(reverse("meetings:replies", args=[meeting.pk])).content.decode()
    history = page.split('class="history"', 1)[1]
    assert web_world.secretariat_staff.name in history and web_world.people[1].name in history


def test_the_opening_keeps_what_the_secretariat_records_on_the_day(web_world):
    meeting = convened_meeting(web_world, date=datetime.date.today())
    came_anyway = web_world.people[1]
    actions.answer_convocation(meeting, person=came_anyway, attending=False, note="出張", by=web_world.member_user)
    actions.answer_convocation(meeting, person=web_world.people[2], attending=True, by=web_world.secretariat)
    present = [p for p in web_world.people if p != web_world.people[2]]
    actions.open_meeting(meeting, present=present, absent=[web_world.people[2]])
    recorded = {a.person_id: a.present for a in meeting.attendances.filter(kind="member")}
    assert recorded[came_anyway.pk] is True and recorded[web_world.people[2].pk] is False
    assert not AttendanceReply.objects.get(meeting=meeting, person=came_anyway).attending


def answers_warning(client, meeting):
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    return page.split('id="quorum-warning"', 1)[1].split("</p>", 1)[0]


def answered(client, world, attending=(), absent=()):
    """A convened meeting once `attending` answered 出席 and `absent` 欠席, and its page's warning as the
    secretariat reads it."""
    meeting = convened_meeting(world)
    for people, answer in ((attending, True), (absent, False)):
        for person in people:
            actions.answer_convocation(meeting, person=person, attending=answer, by=world.secretariat)
    client.force_login(world.secretariat)
    return meeting, answers_warning(client, meeting)


def test_the_meeting_page_warns_while_the_attending_answers_are_below_the_quorum(client, web_world):
    # Five members: a majority, three, is the quorum.
    meeting, warning = answered(client, web_world, attending=web_world.people[:2])
    assert "出席の回答 (2 人) が定足数 (3 人) に達していません" in warning
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "未回答: " + "、".join(p.name for p in web_world.people[2:]) in page
    assert all(f"<li>{p.name}: 出席</li>" in page for p in web_world.people[:2])
    actions.answer_convocation(meeting, person=web_world.people[2], attending=True, by=web_world.secretariat)
    assert "出席の回答が定足数 (3 人) に達しています" in answers_warning(client, meeting)


def test_the_meeting_page_warns_when_apologies_put_the_quorum_out_of_reach(client, web_world):
    _, warning = answered(client, web_world, absent=web_world.people[:3])
    assert "全員出席しても定足数 (3 人) に達しません" in warning


def test_the_meeting_page_warns_when_a_recused_member_leaves_a_case_without_a_quorum(client, web_world):
    """Three of five answered 出席 (a quorum), one of them with an interest in the case on the agenda (除斥): the
    case cannot be decided with the two left, which the secretariat learns before the day."""
    from shingikai.cases.actions import record_recusal

    meeting = convened_meeting(web_world)
    item = meeting.items.get(case__isnull=False)
    record_recusal(item.case, web_world.people[0], reason="委託先の役員であるため")
    for person in web_world.people[:3]:
        actions.answer_convocation(meeting, person=person, attending=True, by=web_world.secretariat)
    for person in web_world.people[3:]:
        actions.answer_convocation(meeting, person=person, attending=False, by=web_world.secretariat)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert (f"「{item.title}」は、利害関係 (除斥) の委員 1 人を除くと出席予定 2 人で、定足数 (3 人) に達しません"
            in page)
    actions.answer_convocation(meeting, person=web_world.people[3], attending=True, by=web_world.secretariat)
    assert "利害関係 (除斥) の委員" not in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()


def test_the_warning_counts_the_councils_own_quorum_rule(client, web_world):
    web_world.council.quorum_rule, web_world.council.quorum_fixed = "fixed", 2
    web_world.council.save()
    _, warning = answered(client, web_world, attending=web_world.people[:2])
    assert "出席の回答が定足数 (2 人) に達しています" in warning


def test_only_the_councils_current_members_open_the_answer_page(client, web_world):
    meeting = convened_meeting(web_world)
    url = reverse("meetings:convocation_answer", args=[meeting.pk])
    assert client.get(url).status_code == 302  # anonymous: to the login
    assert client.post(url, {"attending": "no"}).status_code == 302
    elsewhere = User.objects.create_user("kita-iin", password="x")
    appoint_member(web_world.other_council, Person.objects.create(name="北山 花子", user=elsewhere),
                   appointed_on=datetime.date(2024, 4, 1), term_start=datetime.date(2024, 4, 1))
    for user in (elsewhere, web_world.dept_a_user, web_world.other_secretariat, web_world.stranger):
        client.force_login(user)
        assert client.get(url).status_code in (403, 404), user
        assert client.post(url, {"attending": "no"}).status_code in (403, 404), user
    assert not AttendanceReply.objects.exists()
    client.force_login(web_world.secretariat)
    assert client.get(url)["Location"] == reverse("meetings:replies", args=[meeting.pk])


def test_a_member_answers_in_the_browser_and_changes_the_answer(client, web_world):
    meeting = convened_meeting(web_world, date=datetime.date.today())
    client.force_login(web_world.member_user)
    url = reverse("meetings:convocation_answer", args=[meeting.pk])
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert url in home and "未回答" in home
    assert url in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    page = client.get(url).content.decode()
    assert "招集しますので" in page and 'name="attending"' in page
    token = re.search(r'name="submission" value="([^"]+)"', page).group(1)
    answer = {"attending": "no", "note": "遅れて参加", "submission": token}
    assert client.post(url, answer).status_code == 302
    assert client.post(url, {**answer, "attending": "yes"}).status_code == 302  # the same form sent again
    reply = AttendanceReply.objects.get(meeting=meeting, person=web_world.people[1])
    assert not reply.attending and reply.history.count() == 1
    page = client.get(url).content.decode()
    assert "欠席 (遅れて参加)" in page and 'value="no" checked' in page and 'value="yes" checked' not in page
    assert client.post(url, {"attending": "yes", "note": ""}).status_code == 302
    assert "回答済み: 出席" in client.get(reverse("councils:dashboard")).content.decode()
    client.force_login(web_world.secretariat)
    replies = client.get(reverse("meetings:replies", args=[meeting.pk])).content.decode()
    row = replies.split(f'id="reply-{web_world.people[1].pk}"', 1)[1].split("</tr>", 1)[0]
    assert "<td>出席" in row and "未回答" not in row and "未回答" in replies
    actions.open_meeting(meeting, present=web_world.people, absent=[])
    client.force_login(web_world.member_user)
    refused = client.post(url, {"attending": "no"})
    assert refused.status_code == 400 and "出欠の回答は確定しました" in refused.content.decode()
    assert 'name="attending"' not in refused.content.decode()
    assert AttendanceReply.objects.get(meeting=meeting, person=web_world.people[1]).attending


def test_a_members_wrong_answer_is_refused_with_what_was_typed_kept(client, web_world):
    meeting = convened_meeting(web_world)
    client.force_login(web_world.member_user)
    url = reverse("meetings:convocation_answer", args=[meeting.pk])
    response = client.post(url, {"attending": "maybe", "note": "未定です"})
    assert response.status_code == 400 and "出席か欠席かを選んでください" in response.content.decode()
    assert 'value="未定です"' in response.content.decode()
    response = client.post(url, {"attending": "no", "note": "あ" * 201})
    assert response.status_code == 400 and "200文字以内" in response.content.decode()
    assert not AttendanceReply.objects.exists()


def test_answers_reach_no_public_page_api_feed_or_export(client, web_world):
    from test_leaks import crawl

    meeting = convened_meeting(web_world)
    secret = "SENTINEL-CONVOCATION-ANSWER-51c2"
    actions.answer_convocation(meeting, person=web_world.people[1], attending=False, note=secret,
                               by=web_world.member_user)
    starts = ["/", "/cases/", "/api/", "/api/cases.csv", "/oparl/v1/system",
              f"/councils/{web_world.council.slug}/meetings.ics"]
    bodies = crawl(client, starts, limit=400)
    assert any(meeting.place in text for text in bodies.values())  # the planned meeting is on the public calendar
    for path, text in bodies.items():
        assert secret not in text and "欠席の連絡" not in text, path


def test_a_members_form_opened_before_the_secretariat_recorded_their_answer_is_refused(client, web_world):
    meeting = convened_meeting(web_world)
    client.force_login(web_world.member_user)
    url = reverse("meetings:convocation_answer", args=[meeting.pk])
    seen = re.search(r'name="seen" value="(\d+)"', client.get(url).content.decode()).group(1)
    actions.answer_convocation(meeting, person=web_world.people[1], attending=False, note="電話で連絡あり",
                               by=web_world.secretariat)
    response = client.post(url, {"attending": "yes", "seen": seen})
    assert response.status_code == 409 and "ほかの人がこの記録を変更しました" in response.content.decode()
    assert not AttendanceReply.objects.get(meeting=meeting, person=web_world.people[1]).attending


def test_members_answering_do_not_make_the_secretariats_open_agenda_form_stale(client, web_world):
    meeting = convened_meeting(web_world)
    meeting.refresh_from_db()
    seen = meeting.version
    actions.answer_convocation(meeting, person=web_world.people[1], attending=False, note="出張",
                               by=web_world.member_user)
    client.force_login(web_world.secretariat)
    response = client.post(reverse("meetings:agenda_add", args=[meeting.pk]),
                           {"what": "item", "other-kind": "報告", "other-title": "監査結果の報告について",
                            "other-is_public": "on", "meeting_version": seen})
    assert response.status_code == 302
    assert meeting.items.filter(title="監査結果の報告について").exists()


def test_the_chair_sees_the_answers_and_the_quorum_forecast_but_other_members_do_not(client, web_world):
    meeting, _ = answered(client, web_world, attending=web_world.people[1:3], absent=web_world.people[3:4])
    chair = User.objects.create_user("aoki", password="x")
    Person.objects.filter(pk=web_world.people[0].pk).update(user=chair)
    client.force_login(chair)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "出席 2 人 ・ 欠席 1 人 ・ 未回答 2 人" in page and 'id="quorum-warning"' in page
    assert "<li>江口 四郎: <span class=\"tag\">欠席</span></li>" in page
    assert reverse("meetings:replies", args=[meeting.pk]) not in page  # recording answers stays the secretariat's
    assert 'id="convocation-answer"' in page  # and the chair answers for themself
    assert client.get(reverse("meetings:replies", args=[meeting.pk])).status_code == 403
    client.force_login(web_world.member_user)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert 'id="convocation-answers"' not in page and 'id="convocation-answer"' in page


def test_the_acting_chair_sees_the_answers_once_the_chair_sends_apologies_or_the_post_is_vacant(client, web_world):
    # 井上 (member_user) is the 会長職務代理: while the 会長 is to attend, the answers are the 会長's to read.
    meeting, _ = answered(client, web_world, attending=web_world.people[1:3])
    client.force_login(web_world.member_user)
    url = reverse("meetings:detail", args=[meeting.pk])
    assert 'id="convocation-answers"' not in client.get(url).content.decode()
    actions.answer_convocation(meeting, person=web_world.people[0], attending=False, by=web_world.secretariat)
    page = client.get(url).content.decode()
    assert 'id="convocation-answers"' in page and "出席 2 人 ・ 欠席 1 人 ・ 未回答 2 人" in page
    assert reverse("meetings:replies", args=[meeting.pk]) not in page
    actions.answer_convocation(meeting, person=web_world.people[0], attending=True, by=web_world.secretariat)
    assert 'id="convocation-answers"' not in client.get(url).content.decode()
    from shingikai.councils.models import Officer
    Officer.objects.filter(council=web_world.council, role=Membership.Role.CHAIR).update(
        until=datetime.date(2024, 12, 31))
    assert 'id="convocation-answers"' in client.get(url).content.decode()


def test_the_history_of_an_answer_says_what_the_member_answered(client, web_world):
    """「出席と回答」「欠席に変更」, not the record's 「作成」 and 「出席予定 → いいえ」."""
    meeting, _, _ = scheduled_meeting(web_world)
    person = web_world.people[0]
    actions.answer_convocation(meeting, person=person, attending=True, by=web_world.secretariat)
    actions.answer_convocation(meeting, person=person, attending=False, note="公務のため", by=web_world.secretariat)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("meetings:replies", args=[meeting.pk])).content.decode()
    history = re.sub(r"\s+", " ", page[page.index('class="history"'):])
    assert f"{person}: 出席と回答" in history and f"{person}: 欠席に変更" in history
    assert "作成" not in history and "いいえ" not in history and "出席予定" not in history


def test_a_meeting_held_without_a_recorded_notice_does_not_ask_the_member_to_wait_for_one(client, web_world):
    # Past meetings entered after the fact have no notice on record; telling the member to answer once it
    # arrives would be a dead end for a meeting that is over.
    meeting, _, _ = held_meeting(web_world)
    client.force_login(web_world.member_user)
    page = client.get(reverse("meetings:convocation_answer", args=[meeting.pk])).content.decode()
    assert "出欠の回答は確定しました" in page
    assert "招集通知が届いてから回答してください" not in page
    assert "招集通知の記録はありません" in page
