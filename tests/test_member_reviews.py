"""Drafts put before the members: the draft minutes a member who attended checks (確認済 or a 修正意見), and the
答申案 the secretariat circulates (了承 or 意見). The member answers from the home page's list; the secretariat
reads each member's answer before it confirms or issues, and after a confirmation by circulation the checks
remain the record of who read the minutes."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from shingikai.councils.models import Person
from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import AnswerResponse
from shingikai.minutes import actions as minutes_actions
from shingikai.jp.wareki import to_wareki
from shingikai.minutes.models import Minutes, MinutesCheck
from test_web_minutes import closed_minutes
from test_web_support import held_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def with_login(person, username):
    user = get_user_model().objects.create_user(username, password="x")
    Person.objects.filter(pk=person.pk).update(user=user)
    person.refresh_from_db()
    return user


def section(page, marker, end="</section>"):
    return page.split(marker, 1)[1].split(end, 1)[0]


def test_a_member_who_attended_checks_the_draft_minutes_and_the_secretariat_sees_it(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    ueda = with_login(w.people[2], "ueda")
    client.force_login(w.member_user)
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert "未確認" in section(home, 'id="check-heading"')
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert 'id="my-response"' in page and 'id="member-responses"' not in page
    assert client.post(reverse("minutes:check", args=[minutes.pk]), {"agrees": "yes"}).status_code == 302
    assert "確認済" in section(client.get(reverse("councils:dashboard")).content.decode(), 'id="check-heading"')
    client.force_login(ueda)
    empty = client.post(reverse("minutes:check", args=[minutes.pk]), {"agrees": "no", "comment": " "})
    assert empty.status_code == 400 and "意見 (直してほしい箇所と内容) を入力してください" in empty.content.decode()
    client.post(reverse("minutes:check", args=[minutes.pk]), {"agrees": "no", "comment": "保存期間は10年の誤りです。"})
    client.force_login(w.secretariat)
    table = section(client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode(),
                    'id="member-responses"', "</table>")
    assert "井上 二葉" in table and "確認しました" in table
    assert "上田 三恵" in table and "保存期間は10年の誤りです。" in table
    assert table.count("未回答") == 3  # the other present members
    # The secretariat corrects the draft: the earlier checks show as made before the change.
    client.post(reverse("minutes:edit", args=[minutes.pk]), {"summary": "10年に直しました", "version": minutes.version})
    table = section(client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode(),
                    'id="member-responses"', "</table>")
    assert table.count("回答後に修正あり") == 2


def test_after_a_confirmation_by_circulation_the_checks_stay_and_no_one_changes_them(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.check_minutes(minutes, person=w.people[1], agrees=True, by=w.member_user)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    minutes_actions.confirm_minutes(minutes, on=timezone.localdate(), by_circulation=True,
                                    open_checks_acknowledged=True, summary="概要",
                                    by=w.secretariat)
    with pytest.raises(ActionRefused, match="確定した会議録は確認できません"):
        minutes_actions.check_minutes(minutes, person=w.people[1], agrees=False, comment="後から", by=w.member_user)
    client.force_login(w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "持ち回りで確定しました。確定の時点での委員の確認" in page and "確認しました" in section(page, 'id="member-responses"')
    client.force_login(w.member_user)
    assert 'id="my-response"' not in client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()


def test_only_a_present_member_checks_for_themself(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w, present=w.people[:4])
    actions.close_meeting(meeting)
    minutes = meeting.minutes
    with_login(w.people[4], "ono")
    for person, by in ((w.people[4], w.people[4].user), (w.people[2], w.member_user), (w.people[2], w.secretariat)):
        with pytest.raises(ActionRefused):
            minutes_actions.check_minutes(minutes, person=person, agrees=True, by=by)
    for user in (w.secretariat, w.dept_a_user, w.other_secretariat):
        client.force_login(user)
        assert client.post(reverse("minutes:check", args=[minutes.pk]), {"agrees": "yes"}).status_code in (400, 403, 404)
    assert not MinutesCheck.objects.exists()


def circulated(w):
    meeting, item, case = held_meeting(w)
    actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    answer = actions.draft_answer(w.council, cases=[case], conclusion="適当であると認める。",
                                  addressee="みなみ市長")
    return answer


def test_members_see_the_circulated_draft_answer_on_their_home_and_answer_it(client, web_world):
    w = web_world
    answer = circulated(w)
    client.force_login(w.member_user)
    assert 'id="answers-to-review"' not in client.get(reverse("councils:dashboard")).content.decode()
    actions.circulate_answer(answer, by=w.secretariat)
    home = client.get(reverse("councils:dashboard")).content.decode()
    listed = section(home, 'id="answers-to-review"')
    assert reverse("meetings:answer", args=[answer.pk]) in listed and "未回答" in listed
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "適当であると認める。" in page and 'id="my-response"' in page
    assert client.post(reverse("meetings:answer", args=[answer.pk]),
                       {"action": "respond", "agrees": "no", "comment": "附帯意見を加えてください。"}).status_code == 302
    assert "意見を送付済" in section(client.get(reverse("councils:dashboard")).content.decode(), 'id="answers-to-review"')
    aoki = with_login(w.people[0], "aoki")
    client.force_login(aoki)
    client.post(reverse("meetings:answer", args=[answer.pk]), {"action": "respond", "agrees": "yes"})
    client.force_login(w.secretariat)
    table = section(client.get(reverse("meetings:answer", args=[answer.pk])).content.decode(),
                    'id="member-responses"', "</table>")
    assert "附帯意見を加えてください。" in table and "了承します" in table and table.count("未回答") == 3
    # A member's POST changes nothing but their own answer; the secretariat's actions stay its own.
    client.force_login(w.member_user)
    assert client.post(reverse("meetings:answer", args=[answer.pk]), {"action": "circulate"}).status_code == 403
    actions.issue_answer(answer, by=w.secretariat)
    with pytest.raises(ActionRefused, match="回付中の答申の案にのみ"):
        actions.respond_to_answer(answer, person=w.people[1], agrees=True, by=w.member_user)
    assert AnswerResponse.objects.count() == 2


def test_no_one_answers_a_draft_not_circulated_or_for_another_member(web_world):
    w = web_world
    answer = circulated(w)
    with pytest.raises(ActionRefused, match="回付中"):
        actions.respond_to_answer(answer, person=w.people[1], agrees=True, by=w.member_user)
    actions.circulate_answer(answer, by=w.secretariat)
    for person, by in ((w.people[2], w.member_user), (w.people[1], w.secretariat), (w.people[1], w.other_secretariat)):
        with pytest.raises(ActionRefused, match="委員本人だけ"):
            actions.respond_to_answer(answer, person=person, agrees=True, by=by)
    assert not AnswerResponse.objects.exists()


def test_circulating_the_draft_answer_mails_the_members_once(web_world):
    from django.core import mail
    from django.core.mail import get_connection

    from shingikai.cases.notify import send_question_notices

    w = web_world
    for n, person in enumerate(w.people):
        Person.objects.filter(pk=person.pk).update(email=f"member{n}@example.jp")
    answer = circulated(w)
    actions.circulate_answer(answer, by=w.secretariat)
    actions.edit_answer(answer, conclusion="適当であると認める。(修正)", addressee="みなみ市長", opinions=[],
                        by=w.secretariat)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert send_question_notices(tomorrow, get_connection()) == 1
    (message,) = mail.outbox
    assert sorted(message.bcc) == [f"member{n}@example.jp" for n in range(5)] and message.to == ["jimukyoku@example.jp"]
    assert "答申の案" in message.subject and "(修正)" in message.body
    mail.outbox.clear()
    assert send_question_notices(tomorrow + datetime.timedelta(days=1), get_connection()) == 0


def test_a_comment_holding_a_nul_is_refused_with_its_reason_and_nothing_is_recorded(client, web_world):
    minutes = closed_minutes(web_world)
    client.force_login(web_world.member_user)
    response = client.post(reverse("minutes:check", args=[minutes.pk]), {"agrees": "no", "comment": "誤り\x00です"},
                           follow=True)
    assert "制御文字（NUL）" in response.content.decode()
    assert not MinutesCheck.objects.filter(minutes=minutes).exists()


def test_asking_the_members_to_check_the_draft_minutes_mails_those_who_attended_and_shows_on_their_home(
        client, web_world):
    from django.core import mail
    from django.core.mail import get_connection

    from shingikai.minutes.notify import send_check_requests

    w = web_world
    for n, person in enumerate(w.people):
        Person.objects.filter(pk=person.pk).update(email=f"member{n}@example.jp")
    meeting, item, case = held_meeting(w, present=w.people[1:])
    actions.close_meeting(meeting)
    minutes = meeting.minutes
    client.force_login(w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "出席した委員に確認を依頼する" in page
    assert client.post(reverse("minutes:request_checks", args=[minutes.pk]),
                       {"version": minutes.version}).status_code == 302
    minutes.refresh_from_db()
    asked = timezone.localdate()
    assert minutes.check_requested_on == asked
    client.force_login(w.member_user)
    listed = section(client.get(reverse("councils:dashboard")).content.decode(), 'id="check-heading"')
    assert f"({to_wareki(asked)} 確認依頼)" in listed
    tomorrow = asked + datetime.timedelta(days=1)
    assert send_check_requests(tomorrow, get_connection()) == 1
    (message,) = mail.outbox
    assert sorted(message.bcc) == [f"member{n}@example.jp" for n in range(1, 5)]  # the absent 会長 is not asked
    assert message.to == ["jimukyoku@example.jp"] and "会議録 (案) の確認のお願い" in message.subject
    assert send_check_requests(tomorrow + datetime.timedelta(days=1), get_connection()) == 0  # nothing new
    # Corrected and asked again: the mail says so; a check given before the correction is to be given again.
    minutes_actions.check_minutes(minutes, person=w.people[1], agrees=True, by=w.member_user)
    minutes_actions.edit_minutes(minutes, summary="保存期間を直しました。", by=w.secretariat)
    minutes_actions.request_checks(minutes, by=w.secretariat)
    listed = section(client.get(reverse("councils:dashboard")).content.decode(), 'id="check-heading"')
    assert "修正前の案を確認済 (再度ご確認ください)" in listed
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert 'id="my-response-stale"' in page
    mail.outbox.clear()
    Minutes.objects.filter(pk=minutes.pk).update(check_requested_on=tomorrow)  # as if asked again the next day
    send_check_requests(tomorrow + datetime.timedelta(days=1), get_connection())
    (message,) = mail.outbox
    assert "再確認のお願い" in message.subject and "修正しました。改めてご確認ください。" in message.body


def test_an_answer_to_the_draft_answer_given_before_it_was_edited_shows_as_given_on_the_earlier_wording(
        client, web_world):
    w = web_world
    answer = circulated(w)
    actions.circulate_answer(answer, by=w.secretariat)
    actions.respond_to_answer(answer, person=w.people[1], agrees=True, by=w.member_user)
    actions.edit_answer(answer, conclusion="適当であると認める。", addressee="みなみ市長", opinions=[],
                        number="みなみ審答第1号", by=w.secretariat)  # the number only: the wording is as answered
    client.force_login(w.secretariat)
    url = reverse("meetings:answer", args=[answer.pk])
    assert "回答後に修正あり" not in section(client.get(url).content.decode(), 'id="member-responses"', "</table>")
    actions.edit_answer(answer, conclusion="適当であると認める。", addressee="みなみ市長",
                        opinions=["運用状況を報告すること"], by=w.secretariat)
    table = section(client.get(url).content.decode(), 'id="member-responses"', "</table>")
    assert "回答後に修正あり" in table
    client.force_login(w.member_user)
    assert 'id="my-response-stale"' in client.get(url).content.decode()
    listed = section(client.get(reverse("councils:dashboard")).content.decode(), 'id="answers-to-review"')
    assert "修正前の案に回答済 (再度ご確認ください)" in listed
    actions.respond_to_answer(answer, person=w.people[1], agrees=True, by=w.member_user)
    assert 'id="my-response-stale"' not in client.get(url).content.decode()
    listed = section(client.get(reverse("councils:dashboard")).content.decode(), 'id="answers-to-review"')
    assert "了承済" in listed and "修正前" not in listed


def test_a_members_refused_check_keeps_the_comment_and_choice_that_were_typed(client, web_world):
    minutes = closed_minutes(web_world)
    client.force_login(web_world.member_user)
    url = reverse("minutes:check", args=[minutes.pk])
    typed = "3ページの発言者名を直してください"
    no_choice = client.post(url, {"comment": typed})
    assert no_choice.status_code == 400 and typed in section(no_choice.content.decode(), 'id="my-response"', "</form>")
    no_comment = client.post(url, {"agrees": "no", "comment": " "})
    assert no_comment.status_code == 400 and 'value="no" checked' in section(no_comment.content.decode(),
                                                                             'id="my-response"', "</form>")
    assert not MinutesCheck.objects.filter(minutes=minutes).exists()


def test_an_answer_sent_without_a_choice_is_asked_for_by_the_words_of_the_forms_own_buttons(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    client.force_login(w.member_user)
    unchosen = client.post(reverse("minutes:check", args=[minutes.pk]), {"comment": ""}).content.decode()
    assert "「確認しました」か「修正意見を送る」を選んでください" in unchosen
    assert "> 確認しました</label>" in unchosen and "> 修正意見を送る</label>" in unchosen
    answer = circulated(w)
    actions.circulate_answer(answer, by=w.secretariat)
    unchosen = client.post(reverse("meetings:answer", args=[answer.pk]), {"action": "respond", "comment": ""})
    assert unchosen.status_code == 400
    assert "「了承します」か「意見を送る」を選んでください" in unchosen.content.decode()


def test_a_member_rereads_their_own_correction_comment_but_not_another_members(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    ueda = with_login(w.people[2], "ueda")
    client.force_login(w.member_user)
    client.post(reverse("minutes:check", args=[minutes.pk]), {"agrees": "no", "comment": "発言者の名前が違います。"})
    client.force_login(ueda)
    client.post(reverse("minutes:check", args=[minutes.pk]), {"agrees": "no", "comment": "保存期間は10年の誤りです。"})
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "保存期間は10年の誤りです。" in section(page, 'id="my-response-comment"', "</p>")
    assert "発言者の名前が違います。" not in page
    # Once confirmed the form is gone; the comment the member sent is still theirs to read.
    minutes_actions.designate_signers(minutes, [w.people[3]])
    minutes_actions.confirm_minutes(minutes, on=timezone.localdate(), by_circulation=True,
                                    open_checks_acknowledged=True, summary="概要",
                                    by=w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert 'id="my-response"' not in page
    assert "保存期間は10年の誤りです。" in section(page, 'id="my-sent-response"', "</div>")
    assert "発言者の名前が違います。" not in page


def test_a_member_rereads_their_comment_on_the_draft_answer_after_it_is_issued(client, web_world):
    w = web_world
    answer = circulated(w)
    actions.circulate_answer(answer, by=w.secretariat)
    actions.respond_to_answer(answer, person=w.people[1], agrees=False, comment="附帯意見を加えてください。",
                              by=w.member_user)
    actions.issue_answer(answer, by=w.secretariat)
    client.force_login(w.member_user)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "附帯意見を加えてください。" in section(page, 'id="my-sent-response"', "</div>")


def test_a_members_answer_page_leads_back_to_their_home_not_to_the_secretariats_list(client, web_world):
    """The 答申 list is the secretariat's (403 for a member): a member's breadcrumb goes to their home instead."""
    w = web_world
    answer = circulated(w)
    actions.circulate_answer(answer, by=w.secretariat)
    client.force_login(w.member_user)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    crumbs = section(page, '<ol class="breadcrumbs">', "</ol>")
    assert reverse("meetings:answers") not in crumbs and reverse("councils:dashboard") in crumbs
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert reverse("meetings:answers") in section(page, '<ol class="breadcrumbs">', "</ol>")


def checked_by(minutes, person, agrees=True, comment=""):
    """The member's own check, signed in as them (a login made for one who has none)."""
    user = person.user or with_login(person, f"member{person.pk}")
    return minutes_actions.check_minutes(minutes, person=person, agrees=agrees, comment=comment, by=user)


def test_confirming_by_circulation_with_a_check_missing_or_a_comment_open_asks_for_an_acknowledgement(client,
                                                                                                      web_world):
    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    for person in w.people[:2] + w.people[3:4]:
        checked_by(minutes, person)
    checked_by(minutes, w.people[2], agrees=False, comment="保存期間は10年の誤りです。")
    with pytest.raises(ActionRefused, match="未回答: 小野 五月 / 未処理の修正意見: 上田 三恵") as refused:
        minutes_actions.confirm_minutes(minutes, on=timezone.localdate(), by_circulation=True)
    assert refused.value.code == "open_checks"
    client.force_login(w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    shown = section(page, 'id="open-checks"', "</div>")
    assert "未回答 (1人): 小野 五月" in shown and "上田 三恵 「保存期間は10年の誤りです。」" in shown
    assert "未回答・未処理の修正意見を承知のうえ確定する" in section(page, 'id="confirm-form"', "</div>\n</section>")
    confirm = {"summary": "概要", "version": minutes.version, "how": "circulation",
               "on": timezone.localdate().isoformat()}
    response = client.post(reverse("minutes:confirm", args=[minutes.pk]), confirm)
    assert response.status_code == 400 and "委員の確認がそろっていません" in response.content.decode()
    assert Minutes.objects.get(pk=minutes.pk).state == Minutes.State.DRAFT
    response = client.post(reverse("minutes:confirm", args=[minutes.pk]), {**confirm, "open_checks_acknowledged": "on"})
    assert response.status_code == 302
    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.CONFIRMED
    assert "承知のうえ" in minutes.history.latest("history_id").history_change_reason


def test_a_comment_answered_by_an_edit_and_checked_again_asks_nothing_more(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    for person in w.people:
        checked_by(minutes, person, agrees=person != w.people[2], comment="直してください")
    minutes = minutes_actions.edit_minutes(minutes, summary="直した概要", expected_version=minutes.version)
    assert minutes_actions.open_checks(minutes) == ([], [])
    client.force_login(w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert 'id="open-checks"' not in page and "承知のうえ確定する" not in page
    assert minutes_actions.confirm_minutes(minutes, on=timezone.localdate(),
                                           by_circulation=True).state == Minutes.State.CONFIRMED


def test_a_comment_met_by_a_correction_outside_the_text_is_marked_dealt_with_and_no_longer_holds_the_confirmation(
        client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    ueda = w.people[2]
    for person in w.people:
        checked_by(minutes, person, agrees=person != ueda, comment="議題1の条件が違います。")
    client.force_login(w.secretariat)
    url = reverse("minutes:comment_dealt_with", args=[minutes.pk, ueda.pk])
    # An empty note is refused next to its box; nothing is marked.
    refused = client.post(url, {"note": " "})
    assert refused.status_code == 400 and "対応の内容" in refused.content.decode()
    assert minutes_actions.open_checks(minutes)[1]
    too_long = "条" * 201
    refused = client.post(url, {"note": too_long}).content.decode()
    assert f'value="{too_long}"' in refused  # the typed note stays
    version = Minutes.objects.get(pk=minutes.pk).version
    assert client.post(url, {"note": "議題1の条件を会議の画面で訂正しました。"}).status_code == 302
    minutes.refresh_from_db()
    assert minutes.version == version  # no edit of the text was needed
    assert minutes_actions.open_checks(minutes) == ([], [])
    table = section(client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode(),
                    'id="member-responses"', "</table>")
    assert "対応済み" in table and "議題1の条件を会議の画面で訂正しました。" in table
    assert "対応済み: 議題1の条件を会議の画面で訂正しました。" in minutes.history.latest("history_id").history_change_reason
    # The member reads what the secretariat did with their comment.
    client.force_login(ueda.user)
    mine = section(client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode(), 'id="checks"')
    assert "事務局の対応" in mine and "議題1の条件を会議の画面で訂正しました。" in mine
    # Confirmed by circulation without the box for open comments.
    confirmed = minutes_actions.confirm_minutes(minutes, on=timezone.localdate(), by_circulation=True)
    assert confirmed.state == Minutes.State.CONFIRMED


def test_a_new_comment_after_the_mark_is_open_again_and_only_the_secretariat_marks(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    ueda = w.people[2]
    checked_by(minutes, ueda, agrees=False, comment="議題1の条件が違います。")
    minutes_actions.mark_comment_dealt_with(minutes, person=ueda, note="条件を訂正しました。", by=w.secretariat)
    checked_by(minutes, ueda, agrees=False, comment="まだ違います。")
    assert [c.comment for c in minutes_actions.open_checks(minutes)[1]] == ["まだ違います。"]
    assert MinutesCheck.objects.get(minutes=minutes, person=ueda).dealt_with_note == ""
    client.force_login(ueda.user)
    response = client.post(reverse("minutes:comment_dealt_with", args=[minutes.pk, ueda.pk]), {"note": "自分で"})
    assert response.status_code == 403
    with pytest.raises(ActionRefused, match="修正意見はありません"):
        minutes_actions.mark_comment_dealt_with(minutes, person=w.people[0], note="対応", by=w.secretariat)


def test_a_comment_answered_again_after_the_page_was_read_is_not_marked_dealt_with_unread(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    ueda = w.people[2]
    checked_by(minutes, ueda, agrees=False, comment="議題1の条件が違います。")
    client.force_login(w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    form = section(page, f'action="{reverse("minutes:comment_dealt_with", args=[minutes.pk, ueda.pk])}"', "</form>")
    answered = form.split('name="answered" value="', 1)[1].split('"', 1)[0]
    # The member writes again while the secretariat types its note.
    checked_by(minutes, ueda, agrees=False, comment="議題2の記載も違います。")
    url = reverse("minutes:comment_dealt_with", args=[minutes.pk, ueda.pk])
    refused = client.post(url, {"note": "議題1の条件を訂正しました。", "answered": answered})
    body = refused.content.decode()
    assert refused.status_code in (400, 409) and "回答し直しました" in body
    assert 'value="議題1の条件を訂正しました。"' in body  # the typed note stays
    assert MinutesCheck.objects.get(minutes=minutes, person=ueda).dealt_with_note == ""
    # Read again, the newer comment is marked.
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    form = section(page, f'action="{url}"', "</form>")
    answered = form.split('name="answered" value="', 1)[1].split('"', 1)[0]
    assert client.post(url, {"note": "議題1と2を訂正しました。", "answered": answered}).status_code == 302
    assert MinutesCheck.objects.get(minutes=minutes, person=ueda).dealt_with_note == "議題1と2を訂正しました。"
