"""A member's question before the meeting (事前質問) reaches the department and the secretariat: it is listed on
the secretariat's home and the meeting page, mailed the next day, and a department that does not sign in is
answered for by the secretariat, marked so; the member is mailed the answer."""
import datetime

import pytest
from django.core import mail
from django.core.mail import get_connection
from django.urls import reverse
from django.utils import timezone

from shingikai.cases import actions
from shingikai.cases.notify import send_question_notices
from shingikai.errors import ActionRefused
from test_web_support import scheduled_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db

ASKED = "会議音声はどの国のデータセンターに保管されますか。"


@pytest.fixture
def asked(web_world):
    meeting, item, case = scheduled_meeting(web_world)
    question = actions.ask_question(case, text=ASKED, by=web_world.member_user)
    return web_world, meeting, case, question


def test_an_open_question_is_listed_on_the_secretariats_home_and_the_meeting_page(client, asked):
    w, meeting, case, question = asked
    client.force_login(w.secretariat)
    home = client.get(reverse("councils:dashboard")).content.decode()
    listed = home.split('id="unanswered-questions"', 1)[1].split("</ul>", 1)[0]
    assert ASKED in listed and "市民課" in listed
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert ASKED in page.split('id="unanswered-questions"', 1)[1].split("</section>", 1)[0]
    actions.answer_question(question, answer="国内です。", by=w.dept_a_user)
    assert ASKED not in client.get(reverse("councils:dashboard")).content.decode()
    assert 'id="unanswered-questions"' not in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()


def test_the_secretariat_records_the_answer_of_a_department_that_does_not_sign_in(client, asked):
    w, meeting, case, question = asked
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "担当課の回答を記録する" in page
    response = client.post(reverse("cases:question_answer", args=[case.pk, question.pk]),
                           {"answer": "国内のデータセンターです。再委託はありません。"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.answered_by_secretariat and question.answered_by == w.secretariat
    client.force_login(w.member_user)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "国内のデータセンターです。" in page and "事務局が担当課に代わって記録" in page


def test_only_the_secretariat_answers_for_the_department(client, asked):
    w, meeting, case, question = asked
    for user in (w.member_user, w.dept_b_user, w.other_secretariat):
        with pytest.raises(ActionRefused):
            actions.answer_question(question, answer="x", by=user, for_department=True)
    client.force_login(w.member_user)
    assert client.post(reverse("cases:question_answer", args=[case.pk, question.pk]),
                       {"answer": "x"}).status_code in (403, 404)
    question.refresh_from_db()
    assert not question.answer
    # The department's own answer is not marked as recorded by the secretariat.
    actions.answer_question(question, answer="国内です。", by=w.dept_a_user)
    question.refresh_from_db()
    assert not question.answered_by_secretariat


def test_the_question_is_mailed_to_the_department_and_the_answer_to_the_member(asked):
    w, meeting, case, question = asked
    w.dept_a.email = "shimin@city.example.jp"
    w.dept_a.save()
    w.people[1].email = "iin@home.example.jp"
    w.people[1].save()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert send_question_notices(tomorrow, get_connection()) == 1
    (to_department,) = mail.outbox
    assert "shimin@city.example.jp" in to_department.to and "jimukyoku@example.jp" in to_department.cc
    assert ASKED in to_department.body and "事前質問" in to_department.subject
    mail.outbox.clear()
    actions.answer_question(question, answer="国内です。", by=w.dept_a_user)
    assert send_question_notices(tomorrow, get_connection()) == 2  # the question (asked today) and its answer
    answer = next(m for m in mail.outbox if m.to == ["iin@home.example.jp"])
    assert "国内です。" in answer.body and not answer.bcc and not answer.cc
    mail.outbox.clear()
    assert send_question_notices(tomorrow + datetime.timedelta(days=1), get_connection()) == 0


def test_a_department_without_an_address_leaves_the_question_to_the_secretariat(asked):
    w, meeting, case, question = asked
    w.dept_a_user.email = ""
    w.dept_a_user.save()
    assert send_question_notices(timezone.localdate() + datetime.timedelta(days=1), get_connection()) == 1
    (message,) = mail.outbox
    assert message.to == ["jimukyoku@example.jp"] and ASKED in message.body


def test_a_question_longer_than_the_limit_is_refused_keeping_what_was_typed(client, asked):
    w, meeting, case, question = asked
    long_question = "保" * (actions.QUESTION_MAX + 1)
    with pytest.raises(ActionRefused, match="文字以内"):
        actions.ask_question(case, text=long_question, by=w.member_user)
    client.force_login(w.member_user)
    response = client.post(reverse("cases:question_ask", args=[case.pk]), {"text": long_question})
    assert response.status_code == 400
    page = response.content.decode()
    assert f"{actions.QUESTION_MAX}文字以内" in page and long_question in page
    assert case.questions.count() == 1
    assert client.post(reverse("cases:question_ask", args=[case.pk]),
                       {"text": "保" * actions.QUESTION_MAX}).status_code == 302


def test_an_answer_longer_than_the_limit_is_refused_keeping_what_was_typed(client, asked):
    w, meeting, case, question = asked
    long_answer = "国" * (actions.ANSWER_MAX + 1)
    with pytest.raises(ActionRefused, match="文字以内"):
        actions.answer_question(question, answer=long_answer, by=w.dept_a_user)
    client.force_login(w.dept_a_user)
    response = client.post(reverse("cases:question_answer", args=[case.pk, question.pk]), {"answer": long_answer})
    assert response.status_code == 400
    page = response.content.decode()
    assert f"{actions.ANSWER_MAX}文字以内" in page and long_answer in page
    question.refresh_from_db()
    assert not question.answer


def test_the_secretariat_carries_an_answered_question_into_the_minutes_where_it_chooses(client, web_world):
    """Most 事前質問 are settled before the meeting; the secretariat picks those the minutes carry, under the
    item of their case, until the minutes are confirmed."""
    from helpers import document_text
    from shingikai.documents.render import render
    from shingikai.meetings import actions as m
    from shingikai.minutes.actions import confirm_minutes, designate_signers

    w = web_world
    meeting, item, case = scheduled_meeting(w, date=datetime.date.today() - datetime.timedelta(days=1))
    carried = actions.ask_question(case, text=ASKED, by=w.member_user)
    actions.answer_question(carried, answer="国内の東日本リージョンに保管します。", by=w.dept_a_user)
    left_out = actions.ask_question(case, text="委託先の再委託はありますか。", by=w.member_user)
    actions.answer_question(left_out, answer="再委託はありません。", by=w.dept_a_user)
    unanswered = actions.ask_question(case, text="保存期間は何年ですか。", by=w.member_user)
    m.open_meeting(meeting, present=w.people, secretariat=[w.secretariat_staff])
    client.force_login(w.secretariat)
    url = reverse("meetings:question_in_minutes", args=[meeting.pk, item.pk])
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "事前質問 3 件" in page and page.count('name="carry" value="1"') == 2  # not the unanswered one
    version = meeting.__class__.objects.get(pk=meeting.pk).version
    response = client.post(url, {"question": carried.pk, "carry": "1", "meeting_version": version}, follow=True)
    assert "事前質問と回答を会議録に載せました" in response.content.decode()
    refused = client.post(url, {"question": unanswered.pk, "carry": "1"})
    assert refused.status_code == 400 and "回答のない質問は会議録に載せられません" in refused.content.decode()
    m.close_meeting(meeting)
    minutes = document_text(render("minutes", meeting.pk, "pdf"))
    assert "〈事前質問及び回答〉質問会議音声はどの国のデータセンターに保管されますか。回答国内の東日本リージョンに保管します。" in minutes
    assert "再委託" not in minutes and "保存期間" not in minutes
    assert "国内の東日本リージョンに保管します。" in client.get(
        reverse("minutes:detail", args=[meeting.minutes.pk])).content.decode()
    # Another department cannot choose, nor can the member who asked.
    for user in (w.dept_b_user, w.member_user):
        client.force_login(user)
        assert client.post(url, {"question": left_out.pk, "carry": "1"}).status_code in (403, 404)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [w.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date.today(), by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="会議録が確定しているため"):
        m.carry_question_into_minutes(carried, meeting, carry=False, by=w.secretariat)


def test_the_public_page_and_copy_show_the_questions_of_public_items_once_published(client, web_world):
    """The 事前質問及び回答 carried into the minutes reach the public meeting page and the public copy with the
    minutes: the public item's, never the closed item's, and nothing while the minutes are a draft."""
    from helpers import accepted_case, document_text, sign_all
    from shingikai.meetings import actions as m
    from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes

    w = web_world
    day = datetime.date.today() - datetime.timedelta(days=1)
    meeting, shown, case = scheduled_meeting(w, date=day)
    closed_case = accepted_case(w, title="委託事業者の選定")
    closed = m.schedule_case(closed_case, meeting, is_public=False, closed_reason="契約前の事業者情報を含むため",
                             by=w.secretariat)
    public_question = actions.ask_question(case, text=ASKED, by=w.member_user)
    actions.answer_question(public_question, answer="国内の東日本リージョンに保管します。", by=w.dept_a_user)
    closed_question = actions.ask_question(closed_case, text="選定の候補は北山データ社ですか。", by=w.member_user)
    actions.answer_question(closed_question, answer="北山データ社と南田情報社です。", by=w.dept_a_user)
    m.open_meeting(meeting, present=w.people, secretariat=[w.secretariat_staff])
    for question in (public_question, closed_question):
        m.carry_question_into_minutes(question, meeting, by=w.secretariat)
    m.close_meeting(meeting)
    page_url, pdf_url = reverse("portal:meeting", args=[meeting.pk]), f"/documents/minutes/{meeting.pk}.pdf"
    assert "東日本リージョン" not in client.get(page_url).content.decode()  # the minutes are a draft
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [w.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date.today(), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, datetime.date.today())
    publish_minutes(meeting.minutes, on=datetime.date.today())
    page = client.get(page_url).content.decode()
    assert "事前質問及び回答" in page and ASKED in page and "国内の東日本リージョンに保管します。" in page
    assert "北山データ" not in page and "選定の候補" not in page
    pdf = document_text(client.get(pdf_url).content)
    assert "国内の東日本リージョンに保管します。" in pdf and "北山データ" not in pdf
