"""答申番号: typed numbers are read as the council writes them, never issued twice in a year, and the automatic
number follows the highest one used."""
import datetime

import pytest
from helpers import accepted_case, open_meeting_with

from shingikai.errors import ActionRefused
from shingikai.meetings import actions as m
from shingikai.meetings.models import Answer

pytestmark = pytest.mark.django_db


def drafted(world, title, number=""):
    case = accepted_case(world, title=title)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    m.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = m.draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長",
                            number=number)
    return answer, meeting


def issue(world, title, number=None, on=datetime.date(2025, 5, 30)):
    answer, meeting = drafted(world, title)
    return m.issue_answer(answer, date=on, meeting=meeting, number=number)


@pytest.mark.parametrize("typed", ["1", "１", "答申第１号", " 答申第 1 号 "])
def test_a_typed_number_is_read_as_the_councils_numbering(world, typed):
    assert issue(world, "一件目", number=typed).number == "答申第1号"


def test_a_draft_keeps_the_number_normalised_and_other_numberings_as_typed(world):
    answer, _ = drafted(world, "一件目", number="２")
    assert answer.number == "答申第2号"
    m.edit_answer(answer, conclusion="承認とする。", addressee="みなみ市長", number="7情審第３号")
    assert Answer.objects.get(pk=answer.pk).number == "7情審第3号"


def test_a_number_already_issued_this_year_is_refused_and_nothing_is_issued(world):
    issue(world, "一件目", number="答申第1号")
    answer, meeting = drafted(world, "二件目")
    with pytest.raises(ActionRefused, match="答申番号「答申第1号」はすでに使われています"):
        m.issue_answer(answer, date=datetime.date(2025, 6, 30), meeting=meeting, number="1")
    assert Answer.objects.get(pk=answer.pk).state == Answer.State.DRAFT


def test_a_council_that_restarts_its_numbering_each_year_may_reuse_a_number(world):
    last_year = issue(world, "一件目", number="答申第1号")
    Answer.objects.filter(pk=last_year.pk).update(date=datetime.date(2025, 3, 20))  # 令和6年度
    assert issue(world, "二件目", number="答申第1号").number == "答申第1号"


def test_the_automatic_number_follows_the_highest_used(world):
    issue(world, "一件目", number="答申第5号")
    assert issue(world, "二件目").number == "答申第6号"
