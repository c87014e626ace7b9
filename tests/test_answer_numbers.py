"""答申番号: typed numbers are read as the council writes them, never issued twice in a year, and the automatic
number follows the highest one used."""
import datetime

import pytest
from disclosure_helpers import answered_appeal, decided_request
from django.urls import reverse
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


def test_a_council_numbering_per_year_starts_again_from_one_each_april(world):
    """A council that numbers its 答申 per 年度 was given 答申第3号 on its first 答申 of April: the automatic number
    counted last year's. Its series is the 年度 of the 答申日, and the first number of the paper era is its
    first year's only."""
    from shingikai.councils.actions import update_council_settings

    update_council_settings(world.council, by=None, answer_series="fiscal_year", first_answer_number=5)
    last_year = [issue(world, "一件目"), issue(world, "二件目")]
    assert [a.number for a in last_year] == ["答申第5号", "答申第6号"]
    Answer.objects.filter(pk__in=[a.pk for a in last_year]).update(date=datetime.date(2025, 3, 24))  # 令和6年度
    assert issue(world, "三件目").number == "答申第1号"  # 令和7年5月30日
    assert issue(world, "四件目").number == "答申第2号"


def test_a_council_numbering_per_year_is_not_warned_of_its_first_april_number(world):
    """答申第6号 in March and 答申第1号 in April are in order for a council numbering per 年度, before any number has
    come round again to show the data it restarts."""
    from shingikai.councils.actions import update_council_settings

    update_council_settings(world.council, by=None, answer_series="fiscal_year")
    last_year = issue(world, "一件目", number="答申第6号")
    Answer.objects.filter(pk=last_year.pk).update(date=datetime.date(2025, 3, 24))
    first = issue(world, "二件目")
    assert first.number == "答申第1号"
    assert m.answer_order_warnings(first) == [] and m.misordered_answers([world.council.pk]) == set()


def test_a_council_numbering_across_the_years_goes_on_after_april(world):
    Answer.objects.filter(pk=issue(world, "一件目").pk).update(date=datetime.date(2025, 3, 24))
    assert issue(world, "二件目").number == "答申第2号"


def test_an_answer_recorded_for_an_earlier_day_after_a_later_one_is_warned_of_the_date_order(world):
    later = issue(world, "一件目", on=datetime.date(2025, 10, 26))
    recorded_after = issue(world, "二件目", on=datetime.date(2025, 6, 16))
    assert (later.number, recorded_after.number) == ("答申第1号", "答申第2号")
    warnings = m.answer_order_warnings(recorded_after)
    assert len(warnings) == 1 and "答申第2号 (令和7年6月16日) と 答申第1号 (令和7年10月26日)" in warnings[0]
    assert "答申番号を直す" in warnings[0]
    assert m.answer_order_warnings(Answer.objects.get(pk=later.pk))


def test_answers_numbered_in_date_order_give_no_warning(world):
    first = issue(world, "一件目", on=datetime.date(2025, 6, 16))
    second = issue(world, "二件目", on=datetime.date(2025, 10, 26))
    assert m.answer_order_warnings(first) == m.answer_order_warnings(second) == []


def test_a_council_that_restarts_its_numbering_each_year_is_compared_within_the_year(world):
    last_year = issue(world, "一件目", number="答申第1号")
    issue(world, "二件目", number="答申第2号")
    Answer.objects.filter(pk=last_year.pk).update(date=datetime.date(2025, 3, 20))  # 令和6年度
    Answer.objects.filter(number="答申第2号").update(date=datetime.date(2025, 3, 25))
    this_year = issue(world, "三件目", number="答申第1号")
    assert m.answer_order_warnings(this_year) == []


def test_the_secretariat_swaps_two_numbers_recorded_the_wrong_way_round(world):
    later = issue(world, "一件目", on=datetime.date(2025, 10, 26))
    recorded_after = issue(world, "二件目", on=datetime.date(2025, 6, 16))
    m.renumber_answer(recorded_after, number="1", swap=True, reason="過去の会議の答申を後から記録したため",
                      by=world.secretariat)
    assert Answer.objects.get(pk=recorded_after.pk).number == "答申第1号"
    assert Answer.objects.get(pk=later.pk).number == "答申第2号"
    assert m.answer_order_warnings(Answer.objects.get(pk=recorded_after.pk)) == []
    reason = Answer.history.filter(id=recorded_after.pk).first().history_change_reason
    assert reason == "答申番号を答申第1号に訂正: 過去の会議の答申を後から記録したため"


def test_a_number_in_use_is_refused_unless_swapped_and_a_draft_is_numbered_by_editing(world):
    issue(world, "一件目", on=datetime.date(2025, 10, 26))
    recorded_after = issue(world, "二件目", on=datetime.date(2025, 6, 16))
    with pytest.raises(ActionRefused, match="番号を入れ替える"):
        m.renumber_answer(recorded_after, number="答申第1号", reason="誤り")
    with pytest.raises(ActionRefused, match="理由を入力"):
        m.renumber_answer(recorded_after, number="答申第3号", reason=" ")
    draft, _ = drafted(world, "三件目")
    with pytest.raises(ActionRefused, match="案の編集"):
        m.renumber_answer(draft, number="答申第9号", reason="誤り")
    assert Answer.objects.get(pk=recorded_after.pk).number == "答申第2号"


def test_the_answer_page_warns_and_renumbers_through_its_form(client, world):
    issue(world, "一件目", on=datetime.date(2025, 10, 26))
    recorded_after = issue(world, "二件目", on=datetime.date(2025, 6, 16))
    client.force_login(world.secretariat)
    url = reverse("meetings:answer", args=[recorded_after.pk])
    page = client.get(url).content.decode()
    assert "答申番号が答申日の順になっていません" in page and 'value="renumber"' in page
    response = client.post(url, {"action": "renumber", "renumber-number": "1", "renumber-swap": "on",
                                 "renumber-reason": "後から記録したため"})
    assert response.status_code == 302
    assert Answer.objects.get(pk=recorded_after.pk).number == "答申第1号"
    assert "答申日の順になっていません" not in client.get(url).content.decode()


def test_the_issued_answers_page_gives_each_box_its_own_id(client, world):
    """The renumbering and the correction forms both ask for a 理由: with one id between them, the correction's
    label named the renumbering's box, hidden in its closed panel, and a secretariat's click went nowhere."""
    import collections
    import re

    answer = issue(world, "一件目")
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert 'id="answer-renumber"' in page and 'id="answer-correct"' in page
    ids = collections.Counter(re.findall(r'\sid="([^"]+)"', page))
    assert [name for name, count in ids.items() if count > 1] == []
    for target in re.findall(r'<label[^>]*\sfor="([^"]+)"', page):
        assert ids[target] == 1, target


def test_the_answers_list_marks_each_answer_numbered_out_of_date_order(client, world):
    later = issue(world, "一件目", on=datetime.date(2025, 10, 26))
    recorded_after = issue(world, "二件目", on=datetime.date(2025, 6, 16))
    in_order = issue(world, "三件目", on=datetime.date(2025, 11, 20))
    client.force_login(world.secretariat)
    rows = {row.split("</a>")[0].rsplit(">", 1)[-1]: row
            for row in client.get(reverse("meetings:answers")).content.decode().split("<tr>")[2:]}
    assert "番号の順序を確認" in rows[later.number] and "番号の順序を確認" in rows[recorded_after.number]
    assert "番号の順序を確認" not in rows[in_order.number]


@pytest.mark.parametrize("numbers_and_days", [
    [(1, 5), (2, 3), (3, 9), (4, 9), (5, 1)],
    [(1, 1), (2, 1), (3, 2), (4, 8)],
    [(3, 4), (1, 4), (2, 6), (5, 5), (4, 7)],
])
def test_the_list_marks_the_same_answers_the_answer_page_warns_of(world, numbers_and_days):
    answers = [issue(world, f"{n}件目") for n, _ in numbers_and_days]
    for answer, (number, day) in zip(answers, numbers_and_days):
        Answer.objects.filter(pk=answer.pk).update(number=f"答申第{number}号", date=datetime.date(2025, 6, day))
    warned = {a.pk for a in Answer.objects.filter(pk__in=[a.pk for a in answers]) if m.answer_order_warnings(a)}
    assert m.misordered_answers([world.council.pk]) == warned


def test_an_appeals_answer_number_corrected_or_swapped_is_the_appeals_too(client, world):
    """The appeal keeps the 答申番号 its register, page and 答申書 show: a swap on another 答申 that gives the appeal's
    答申 a new number, or a number corrected on the appeal's own 答申, is followed there, never leaving two 答申
    showing the same number."""
    appeal = answered_appeal(world, decided_request(world), filed_on=datetime.date(2025, 4, 1))
    assert appeal.answer_number == "答申第1号"
    recorded_after = issue(world, "二件目", on=datetime.date(2025, 5, 30))
    client.force_login(world.secretariat)
    response = client.post(reverse("meetings:answer", args=[recorded_after.pk]), {
        "action": "renumber", "renumber-number": "1", "renumber-swap": "on", "renumber-reason": "入れ違い"})
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.answer_number == "答申第2号" == appeal.case.answers.get().number
    assert "答申第2号" in client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    own = reverse("meetings:answer", args=[appeal.case.answers.get().pk])
    assert 'value="renumber"' in client.get(own).content.decode()
    response = client.post(own, {"action": "renumber", "renumber-number": "7", "renumber-reason": "答申書の番号"})
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.answer_number == "答申第7号"
