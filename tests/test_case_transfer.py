"""A case brought to the wrong council of the city (a 諮問 sent to the 審査会) is passed by that secretariat to the
right one, which receives it as submitted to it."""
import datetime

import pytest
from django.core.mail import get_connection
from django.urls import reverse
from django.utils import timezone
from helpers import accepted_case, open_meeting_with

from shingikai.cases.actions import accept_case, recall_transfer, transfer_case
from shingikai.cases.models import Case
from shingikai.cases.notify import send_question_notices
from shingikai.councils.models import Council, Staff
from shingikai.errors import ActionRefused
from test_case_numbers import _submitted
from test_web_support import web_world  # noqa: F401


@pytest.fixture
def board(world):
    """The city's 審査会, with its own secretariat (user "shinsa")."""
    from conftest import PASSWORD
    from django.contrib.auth.models import User

    council = Council.objects.create(municipality=world.city, name="みなみ市情報公開・個人情報保護審査会",
                                     slug="minami-shinsakai", body_type="審査会")
    user = User.objects.create_user("shinsa", "shinsa@example.jp", PASSWORD)
    Staff.objects.create(name="審査 一郎", title="主査", user=user).secretariat_councils.add(council)
    council.secretary = user
    return council


def _at_the_board(world, board):
    case = _submitted(world)
    Case.objects.filter(pk=case.pk).update(council=board)
    case.refresh_from_db()
    return case


def test_the_wrong_councils_secretariat_passes_the_case_on_from_its_page(web_world, board, client):
    w = web_world
    case = _at_the_board(w, board)
    accept_case(case, by=board.secretary)
    client.force_login(board.secretary)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "別の審議会に回付する" in page and w.council.name in page
    response = client.post(reverse("cases:transfer", args=[case.pk]), {"council": w.council.pk})
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.council, case.status, case.number, case.accepted_at) == (w.council, Case.Status.SUBMITTED, "", None)
    assert case.history.first().history_change_reason == f"{board.name}から{w.council.name}に回付"
    # The right secretariat now receives it, numbered in its own series.
    client.force_login(w.secretariat)
    assert "受け付ける" in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert accept_case(case, by=w.secretariat).number == "諮問第1号"
    # Its page names the number the 審査会 gave it, a 欠番 there.
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert f"回付前の番号 {board.name} 諮問第1号 (欠番)" in page
    client.force_login(board.secretary)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code in (403, 404)


def test_a_council_of_another_city_is_not_offered_and_is_refused(web_world, board, client):
    w = web_world
    case = _at_the_board(w, board)
    client.force_login(board.secretary)
    response = client.post(reverse("cases:transfer", args=[case.pk]), {"council": w.other_council.pk})
    assert response.status_code == 400
    with pytest.raises(ActionRefused, match="同じ自治体"):
        transfer_case(case, w.other_council)
    case.refresh_from_db()
    assert case.council == board


def test_only_the_secretariat_of_the_case_passes_it_on(web_world, board, client):
    w = web_world
    case = _at_the_board(w, board)
    for user in (w.dept_a_user, w.secretariat):
        client.force_login(user)
        response = client.post(reverse("cases:transfer", args=[case.pk]), {"council": w.council.pk})
        assert response.status_code in (403, 404)
    case.refresh_from_db()
    assert case.council == board


def test_a_case_on_an_agenda_is_not_passed_on(world):
    case = accepted_case(world)
    open_meeting_with(world, cases=[case])
    other = Council.objects.create(municipality=world.city, name="みなみ市公文書管理委員会", slug="minami-kobunsho")
    with pytest.raises(ActionRefused, match="審議予定の案件は他の審議会に回せません"):
        transfer_case(case, other)


def test_the_receiving_secretariat_is_mailed_the_case_and_the_council_that_passed_it_on(web_world, board, mailoutbox):
    w = web_world
    case = _at_the_board(w, board)
    accept_case(case, by=board.secretary)
    transfer_case(case, w.council, by=board.secretary)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert send_question_notices(tomorrow, get_connection()) == 1
    mail = mailoutbox[-1]
    assert mail.to == [w.secretariat.email] and board.secretary.email not in mail.to + mail.cc + mail.bcc
    assert mail.subject == f"[{w.council.name}] 回付された案件が届いています"
    assert case.title in mail.body and f"回付元: {board.name}" in mail.body and w.dept_a.name in mail.body
    # Told once: the next day's run has nothing to say about it.
    assert send_question_notices(tomorrow + datetime.timedelta(days=1), get_connection()) == 0


def test_a_case_passed_on_again_or_received_already_is_not_mailed(web_world, board, mailoutbox):
    w = web_world
    case = _at_the_board(w, board)
    accept_case(case, by=board.secretary)
    transfer_case(case, w.council, by=board.secretary)
    accept_case(case, by=w.secretariat)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert send_question_notices(tomorrow, get_connection()) == 0


def test_the_receiving_secretariats_work_list_shows_where_the_case_comes_from(web_world, board, client):
    w = web_world
    case = _at_the_board(w, board)
    accept_case(case, by=board.secretary)
    transfer_case(case, w.council, by=board.secretary)
    brought_here = _submitted(w, title="窓口予約システムの導入")
    client.force_login(w.secretariat)
    home = client.get(reverse("councils:dashboard")).content.decode()
    item = home[home.index(case.title):].split("</li>")[0]
    assert f"{board.name}から回付" in item
    assert "回付" not in home[home.index(brought_here.title):].split("</li>")[0]


def test_a_case_passed_on_to_the_wrong_council_is_taken_back_from_home_with_its_number(web_world, board, client, mailoutbox):
    """The 審査会's secretariat passes a case to the wrong council by mistake: until that council receives it, the
    sender takes it back from its home, received again under the number and 受付日 it had, and the receiving
    secretariat is not mailed about a case it no longer has."""
    w = web_world
    case = _at_the_board(w, board)
    case = accept_case(case, by=board.secretary)
    number, accepted_at = case.number, case.accepted_at
    transfer_case(case, w.council, by=board.secretary)
    client.force_login(board.secretary)
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert "回付を取り消す" in home and case.title in home and f"{w.council.name}へ回付" in home
    response = client.post(reverse("cases:recall", args=[case.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("cases:detail", args=[case.pk])
    case.refresh_from_db()
    assert (case.council, case.status, case.number, case.accepted_at) == (board, Case.Status.ACCEPTED, number, accepted_at)
    assert case.history.first().history_change_reason.startswith("回付の取消")
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 200
    assert "回付を取り消す" not in client.get(reverse("councils:dashboard")).content.decode()
    client.force_login(w.secretariat)
    assert case.title not in client.get(reverse("councils:dashboard")).content.decode()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert send_question_notices(tomorrow, get_connection()) == 0


def test_a_transfer_is_not_taken_back_once_received_there_nor_by_anyone_else(web_world, board, client):
    w = web_world
    case = accept_case(_at_the_board(w, board), by=board.secretary)
    transfer_case(case, w.council, by=board.secretary)
    client.force_login(w.secretariat)
    assert client.post(reverse("cases:recall", args=[case.pk])).status_code == 404
    with pytest.raises(ActionRefused, match="回付した審議会の事務局のみ"):
        recall_transfer(case, by=w.secretariat)
    accept_case(case, by=w.secretariat)
    with pytest.raises(ActionRefused, match="受け付けたため、回付を取り消せません"):
        recall_transfer(case, by=board.secretary)
    client.force_login(board.secretary)
    assert "回付を取り消す" not in client.get(reverse("councils:dashboard")).content.decode()
    assert client.post(reverse("cases:recall", args=[case.pk])).status_code == 404
    case.refresh_from_db()
    assert case.council == w.council and case.number == "諮問第1号"


def test_a_number_given_before_the_case_was_passed_on_is_never_given_again(web_world, board):
    """The 審査会 received a case as 諮問第1号 and passed it on: its next case is 諮問第2号, 第1号 stays a 欠番 in the
    審査会's series (its 受付簿 and the 諮問書 name that case), typed it is refused, and taken back the case has it
    again."""
    w = web_world
    case = _at_the_board(w, board)
    case = accept_case(case, by=board.secretary)
    number = case.number
    transfer_case(case, w.council, by=board.secretary)
    with pytest.raises(ActionRefused, match=f"{number} はこの年度の別の諮問「{case.title}」に付けた番号です \\(他の審議会に回付したため欠番\\)"):
        accept_case(_at_the_board(w, board), number=number, by=board.secretary)
    later = accept_case(_at_the_board(w, board), by=board.secretary)
    assert later.number == "諮問第2号" != number
    recall_transfer(case, by=board.secretary)
    case.refresh_from_db()
    assert (case.council, case.status, case.number) == (board, Case.Status.ACCEPTED, number)


def test_a_case_taken_back_after_its_number_was_given_again_is_received_anew(web_world, board):
    """A number another case carries all the same (given before numbers were kept past a transfer) is not taken
    twice: the case taken back is received anew."""
    w = web_world
    case = _at_the_board(w, board)
    case = accept_case(case, by=board.secretary)
    number = case.number
    transfer_case(case, w.council, by=board.secretary)
    later = accept_case(_at_the_board(w, board), by=board.secretary)
    Case.objects.filter(pk=later.pk).update(number=number)
    recall_transfer(case, by=board.secretary)
    case.refresh_from_db()
    assert (case.council, case.status, case.number, case.accepted_at) == (board, Case.Status.SUBMITTED, "", None)


def test_the_sending_councils_case_list_shows_the_number_it_gave_as_a_gap_with_where_the_case_went(
        web_world, board, client):
    """The 審査会 numbered a case and passed it on: its own case list no longer holds the case, and says why its
    series skips 諮問第1号 (欠番, and to which council it went); taken back, the case is in the list again instead."""
    w = web_world
    case = accept_case(_at_the_board(w, board), by=board.secretary)
    year = case.accepted_at
    client.force_login(board.secretary)
    assert "欠番" not in client.get(reverse("cases:list")).content.decode()
    transfer_case(case, w.council, by=board.secretary)
    from shingikai.jp.wareki import fiscal_year, fiscal_year_label

    label = fiscal_year_label(fiscal_year(timezone.localdate(year)))
    page = client.get(reverse("cases:list")).content.decode()
    assert f"{label} 諮問第1号 欠番 ({board.name}から{w.council.name}に回付)" in page
    client.force_login(w.secretariat)
    assert "欠番" not in client.get(reverse("cases:list")).content.decode()  # the receiving council gave no number
    recall_transfer(case, by=board.secretary)
    client.force_login(board.secretary)
    assert "欠番" not in client.get(reverse("cases:list")).content.decode()


def test_a_case_is_marked_when_passed_on_and_the_migration_marks_those_passed_on_before(web_world, board):
    """Only a case passed on reads its history for the numbers other councils gave it (the case page); the mark
    is set by the transfer, and for a case passed on before it existed, by the migration that added it."""
    import importlib

    from django.apps import apps

    w = web_world
    stayed = accepted_case(w)
    moved = accept_case(_at_the_board(w, board), by=board.secretary)
    transfer_case(moved, w.council, by=board.secretary)
    assert Case.objects.get(pk=moved.pk).passed_on and not Case.objects.get(pk=stayed.pk).passed_on
    Case.objects.update(passed_on=False)  # as an older version left them
    importlib.import_module("shingikai.cases.migrations.0012_case_passed_on").mark_cases_passed_on(apps, None)
    assert set(Case.objects.filter(passed_on=True).values_list("pk", flat=True)) == {moved.pk}
