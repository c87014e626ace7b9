"""The secretariat asks the department about a case it reviews through the question members use: the case
stays where it is (no 差戻し), and the department answers on the case page as it answers members."""
import pytest
from django.urls import reverse

from shingikai.cases import actions
from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from test_web_support import make_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def _submitted(w):
    return actions.submit_case(make_case(w, title="窓口予約システムの導入"), by=w.dept_a_user)


def test_secretariat_asks_on_a_submitted_case_without_returning_it(client, web_world):
    w = web_world
    case = _submitted(w)
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert reverse("cases:question_ask", args=[case.pk]) in page
    response = client.post(reverse("cases:question_ask", args=[case.pk]), {"text": "予約データの保存期間の根拠は何ですか。"})
    assert response.status_code == 302
    question = case.questions.get()
    assert question.from_secretariat and question.asked_by == w.secretariat
    assert Case.objects.get(pk=case.pk).status == Case.Status.SUBMITTED


def test_department_sees_the_secretariats_question_and_answers_it(client, web_world):
    w = web_world
    case = _submitted(w)
    question = actions.ask_as_secretariat(case, text="予約データの保存期間の根拠は何ですか。", by=w.secretariat)
    client.force_login(w.dept_a_user)
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert "事務局からの質問" in home and "予約データの保存期間の根拠は何ですか。" in home
    response = client.post(reverse("cases:question_answer", args=[case.pk, question.pk]), {"answer": "文書管理規程です。"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.answer == "文書管理規程です。"
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "事務局からの質問" in page and "文書管理規程です。" in page


def test_secretariat_cannot_ask_on_a_draft_and_a_member_not_before_acceptance(web_world):
    w = web_world
    with pytest.raises(ActionRefused, match="提出後、審議前の案件"):
        actions.ask_as_secretariat(make_case(w), text="これは何ですか。", by=w.secretariat)
    with pytest.raises(ActionRefused, match="審議前の案件"):
        actions.ask_question(_submitted(w), text="これは何ですか。", by=w.member_user)


def test_a_department_cannot_ask_questions(client, web_world):
    w = web_world
    case = _submitted(w)
    client.force_login(w.dept_a_user)
    response = client.post(reverse("cases:question_ask", args=[case.pk]), {"text": "自問自答"})
    assert response.status_code == 403
    assert not case.questions.exists()
