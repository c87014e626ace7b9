"""The council's own 答申 from before the system: an imported case recorded as 答申済 with its number and date, and
the 答申番号 series continued from the paper era."""
import copy
import datetime

import pytest
from django.urls import reverse
from helpers import accepted_case, open_meeting_with

from shingikai.cases.models import Case
from shingikai.councils.actions import update_council_settings
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import (
    close_meeting, draft_answer, issue_answer, record_decision, record_past_answer,
)
from shingikai.meetings.models import Answer
from shingikai.minutes.actions import import_meeting
from test_case_numbers import PAST
from test_web_support import web_world  # noqa: F401


def _imported_case(world, outcome="承認"):
    parsed = copy.deepcopy(PAST)
    parsed["items"][0]["outcome"] = outcome
    meeting, _ = import_meeting(parsed, council_slug=world.council.slug, source_name="past.txt")
    return meeting.items.get().case


def test_the_secretariat_records_an_imported_cases_answer_from_its_page(web_world, client):
    w = web_world
    case = _imported_case(w)
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "過去の答申を記録する" in page
    link = f'href="{reverse("cases:detail", args=[case.pk])}"'
    assert link in client.get(reverse("meetings:answers")).content.decode().split("答申の一覧")[0]
    response = client.post(reverse("cases:past_answer", args=[case.pk]),
                           {"number": "11", "date": "令和6年11月1日", "conclusion": "承認する。"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Case.Status.ANSWERED
    answer = case.answers.get()
    assert (answer.number, answer.date, answer.state) == ("答申第11号", datetime.date(2024, 11, 1), "issued")
    assert link not in client.get(reverse("meetings:answers")).content.decode().split("答申の一覧")[0]


def test_a_past_answer_before_the_meeting_that_heard_it_is_refused_with_a_form_message(web_world, client):
    w = web_world
    case = _imported_case(w)
    client.force_login(w.secretariat)
    response = client.post(reverse("cases:past_answer", args=[case.pk]),
                           {"number": "11", "date": "令和6年1月1日", "conclusion": "承認する。"})
    assert response.status_code == 400
    assert "審議した会議の日" in response.content.decode()
    response = client.post(reverse("cases:past_answer", args=[case.pk]), {"number": "", "date": "", "conclusion": ""})
    assert response.status_code == 400


def test_a_past_answer_is_only_for_imported_cases(world):
    case = accepted_case(world)
    with pytest.raises(ActionRefused, match="会議録から取り込んだ案件"):
        record_past_answer(case, number="1", date=datetime.date(2024, 6, 1), conclusion="承認する。")


def test_the_department_no_longer_lists_the_answered_paper_case_as_open(world):
    case = _imported_case(world)
    record_past_answer(case, number="答申第11号", date=datetime.date(2024, 11, 1), conclusion="承認する。")
    assert case.department.cases.filter(pk=case.pk, status=Case.Status.DECIDED).count() == 0


def test_the_next_answer_number_continues_after_the_recorded_past_one(world):
    past = _imported_case(world)
    record_past_answer(past, number="11", date=datetime.date(2024, 11, 1), conclusion="承認する。")
    assert _issued(world).number == "答申第12号"


def test_the_first_answer_number_continues_a_paper_series(world):
    update_council_settings(world.council, by=None, first_answer_number=12)
    assert _issued(world).number == "答申第12号"
    world.council.refresh_from_db()
    with pytest.raises(ActionRefused, match="変更できません"):
        update_council_settings(world.council, by=None, first_answer_number=20)


def _issued(world):
    """A case of this system's own heard, decided and answered with a blank number."""
    case = accepted_case(world, title="窓口予約システム")
    meeting, (item,) = open_meeting_with(world, cases=[case])
    decision = record_decision(item, outcome="承認", vote_method="異議なし")
    close_meeting(meeting)
    answer = draft_answer(world.council, cases=[case], conclusion="承認する。", addressee="みなみ市長")
    assert decision in answer.decisions.all()
    return issue_answer(answer, date=meeting.date)


def test_an_answered_case_cannot_be_answered_again(world):
    case = _imported_case(world)
    record_past_answer(case, number="11", date=datetime.date(2024, 11, 1), conclusion="承認する。")
    with pytest.raises(ActionRefused, match="すでに答申"):
        record_past_answer(case, number="12", date=datetime.date(2024, 11, 2), conclusion="承認する。")
    assert Answer.objects.count() == 1


def test_a_council_numbering_per_year_keeps_its_first_number_though_a_paper_answer_of_last_year_is_recorded(world):
    """A paper era's 答申 recorded for an imported case is no 答申 the system numbered: in the 年度 the system began,
    a council numbering per 年度 still goes on from its first number, not from 答申第1号 again."""
    update_council_settings(world.council, by=None, answer_series="fiscal_year", first_answer_number=5)
    record_past_answer(_imported_case(world), number="答申第4号", date=datetime.date(2024, 11, 1),
                       conclusion="承認する。")  # 令和6年度, on paper
    assert _issued(world).number == "答申第5号"  # 令和7年5月, the system's first 年度
