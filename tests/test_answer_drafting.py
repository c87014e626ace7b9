"""The 答申 the secretariat drafts from the council's decision: the pre-filled form and the 答申書's wording."""
import datetime

import pytest
from django.urls import reverse
from helpers import accepted_case, open_meeting_with

from shingikai.cases.models import Case
from shingikai.documents.render import build
from shingikai.meetings import actions
from shingikai.meetings.forms import ScheduleCaseForm
from shingikai.meetings.models import Meeting
from shingikai.meetings.views import schedulable_cases
from test_web_support import held_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def decided(w, outcome, title="予防接種記録の国システムとのオンライン結合について"):
    meeting, item, case = held_meeting(w)
    Case.objects.filter(pk=case.pk).update(title=title)
    case.refresh_from_db()
    decision = actions.record_decision(item, outcome=outcome, vote_method="挙手全員", by=w.secretariat)
    return case, decision


def text_of(document):
    return repr(document)


def test_answer_letter_names_a_title_ending_in_nitsuite_once(web_world):
    w = web_world
    case, _ = decided(w, "承認")
    answer = actions.draft_answer(w.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    text = text_of(build("answer", answer.pk, reading=None))
    assert "オンライン結合について、下記のとおり答申します。" in text
    assert "についてについて" not in text


def test_answer_letter_adds_nitsuite_to_a_title_without_it(web_world):
    w = web_world
    case, _ = decided(w, "承認", title="住民票の写しのコンビニ交付")
    answer = actions.draft_answer(w.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    assert "住民票の写しのコンビニ交付について、下記のとおり答申します。" in text_of(build("answer", answer.pk))


def test_answer_form_does_not_turn_a_pending_outcome_into_the_conclusion(client, web_world):
    w = web_world
    case, _ = decided(w, "答申予定")
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:answer_new") + f"?case={case.pk}").content.decode()
    assert "答申予定とする" not in page
    assert "結論は記入してください" in page


def test_answer_form_for_a_conditional_approval_carries_the_conditions(client, web_world):
    w = web_world
    case, decision = decided(w, "条件付き承認")
    actions.add_follow_up(decision, kind="条件", text="運用開始前に再委託先を含む事業者一覧を提出すること。")
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:answer_new") + f"?case={case.pk}").content.decode()
    assert "オンライン結合について、下記の条件を付して承認とする。" in page
    assert "条件付き承認とする" not in page
    assert "運用開始前に再委託先を含む事業者一覧を提出すること。" in page
    response = client.post(reverse("meetings:answer_new"), {
        "cases": [case.pk], "addressee": "みなみ市長", "conclusion": "下記の条件を付して承認とする。", "opinions": ""})
    assert response.status_code == 302
    answer_page = client.get(response["Location"]).content.decode()
    assert "<h3>条件</h3>" in answer_page and "運用開始前に再委託先を含む事業者一覧を提出すること。" in answer_page


def test_a_decided_cases_page_leads_the_secretariat_to_its_answer(client, web_world):
    w = web_world
    case, _ = decided(w, "承認")
    assert Case.objects.get(pk=case.pk).status == Case.Status.DECIDED
    client.force_login(w.secretariat)
    step = client.get(reverse("cases:detail", args=[case.pk])).content.decode().split('id="answer-step"', 1)[1]
    assert f'href="{reverse("meetings:answer_new")}?case={case.pk}">答申を作成</a>' in step.split("</p>", 1)[0]
    client.force_login(w.dept_a_user)
    assert 'id="answer-step"' not in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    answer = actions.draft_answer(w.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    client.force_login(w.secretariat)
    step = client.get(reverse("cases:detail", args=[case.pk])).content.decode().split('id="answer-step"', 1)[1]
    assert reverse("meetings:answer", args=[answer.pk]) in step.split("</p>", 1)[0] and "答申を作成" not in step


def test_every_list_a_consultation_is_chosen_from_gives_its_number_with_its_year(client, world):
    last_year = accepted_case(world, title="防犯カメラの設置", on=datetime.date(2024, 6, 3))
    this_year = accepted_case(world, title="図書館の利用記録", on=datetime.date(2025, 4, 10))
    Case.objects.filter(pk__in=[last_year.pk, this_year.pk]).update(number="諮問第3号")
    meeting, _ = open_meeting_with(world, cases=[])
    offered = str(ScheduleCaseForm(cases=schedulable_cases(meeting))["case"])
    assert "諮問第3号 (令和6年度) 防犯カメラの設置" in offered and "諮問第3号 (令和7年度) 図書館の利用記録" in offered
    for case in (last_year, this_year):
        item = actions.schedule_case(case, meeting)
        actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer_new")).content.decode()
    assert "諮問第3号 (令和6年度) 防犯カメラの設置" in page and "諮問第3号 (令和7年度) 図書館の利用記録" in page


def test_the_issue_form_leaves_the_answer_date_empty_where_the_deciding_meetings_day_is_unknown(client, web_world):
    w = web_world
    case, decision = decided(w, "承認")
    answer = actions.draft_answer(w.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    Meeting.objects.filter(pk=decision.agenda_item.meeting_id).update(date=None)
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    box = page.split('name="date"', 1)[1].split(">", 1)[0]
    assert 'value="' not in box or 'value=""' in box
