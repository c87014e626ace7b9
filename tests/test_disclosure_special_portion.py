"""特例延長 (法第84条 and the 情報公開条例's like it): the 相当の部分 is decided on its own, leaving the rest open,
and until it is, its deadline is the request's deadline on the board, the home page and the notices."""
import datetime

import pytest
from disclosure_helpers import department_mails
from django.core.management import call_command
from django.urls import reverse
from test_disclosure_request_corrections import seen_on

from shingikai.councils.views import legal_deadlines
from shingikai.disclosure import actions, board, report
from shingikai.disclosure.models import DisclosureRequest
from shingikai.errors import ActionRefused

D = datetime.date
PORTION_DUE, FINAL_BY = D(2024, 8, 2), D(2024, 10, 31)


def special_request(world):
    request = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                     documents="補助金交付決定文書 (5年分)", requester_category="市内", date_confirmed=True)
    return actions.extend_specially(request, reason="対象文書が5年分で著しく大量であるため", final_by=FINAL_BY,
                                    notice_on=D(2024, 7, 3))


def decide_portion(request, **changes):
    fields = {"decision": "部分開示", "decided_on": D(2024, 8, 1), "scope": "令和4年度・令和5年度分",
              "grounds": [("条例第7条第2号", "個人に関する情報")], "withheld_summary": "申請者の氏名", **changes}
    return actions.decide_special_portion(request, **fields)


def test_until_the_portion_is_decided_its_date_is_the_deadline_on_the_board_and_the_home_page(client, world):
    request = special_request(world)
    assert request.due == PORTION_DUE
    groups = board.deadline_board(DisclosureRequest.objects.all(), D(2024, 8, 10))
    assert [r.pk for r in groups["overdue"]] == [request.pk] and groups["overdue"][0].days_left == -8
    [row] = legal_deadlines(world.secretariat, D(2024, 8, 10))
    assert row["kind"] == "開示請求の相当の部分の決定期限" and row["due"] == PORTION_DUE and row["days_left"] == -8


def test_the_board_page_marks_the_portion_deadline(client, world, monkeypatch):
    special_request(world)
    monkeypatch.setattr("shingikai.disclosure.views._today", lambda: D(2024, 8, 10))
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:register")).content.decode()
    overdue = page.split('id="db-overdue"')[1].split("</section>")[0]
    assert "令和6年8月2日" in overdue and "8日超過" in overdue and "(相当の部分の期限)" in overdue


def test_the_notice_chases_the_portion_then_the_rest(world):
    world.dept_a.email = "shimin@city.minami.example.jp"
    world.dept_a.save()
    request = special_request(world)
    call_command("send_notices", "--date", "2024-08-05")
    [message] = department_mails()
    assert "特例延長の相当の部分の決定期限は 令和6年8月2日 です。期限を過ぎています。" in message.body
    assert "相当の部分を速やかに決定してください" in message.body and "延長の通知を" not in message.body
    decide_portion(request)
    call_command("send_notices", "--date", "2024-10-28")
    assert len(department_mails()) == 2
    assert "の決定期限は 令和6年10月31日 です。期限が近づいています。" in department_mails()[1].body
    assert "相当の部分" not in department_mails()[1].body


def test_the_portion_decision_leaves_the_rest_open_and_both_are_counted(world):
    request = decide_portion(special_request(world))
    assert request.is_open and request.status == "special" and request.decision == ""
    assert (request.portion_decision, request.portion_decided_on, request.due) == ("部分開示", D(2024, 8, 1), FINAL_BY)
    groups = board.deadline_board(DisclosureRequest.objects.all(), D(2024, 8, 10))
    assert [r.pk for r in groups["extended"]] == [request.pk]
    request = actions.decide_request(request, decision="部分開示", decided_on=D(2024, 10, 20),
                                     grounds=[("条例第7条第3号", "法人等情報")], withheld_summary="法人の口座番号")
    assert request.status == "decided" and request.withheld_summary == "申請者の氏名\n法人の口座番号"
    assert {g.article: g.category for g in request.grounds.all()} == {
        "条例第7条第2号": "個人に関する情報", "条例第7条第3号": "法人等情報"}
    figures = report.operations_report(world.city, 2024)
    assert {row["category"]: row["count"] for row in figures["grounds"]} == {"個人に関する情報": 1, "法人等情報": 1}


def test_the_rest_may_disclose_in_full_after_a_withholding_portion(world):
    request = decide_portion(special_request(world))
    request = actions.decide_request(request, decision="全部開示", decided_on=D(2024, 10, 20))
    assert request.decision == "全部開示" and request.grounds.count() == 1


def test_the_portion_is_decided_from_the_request_page(client, world):
    request = special_request(world)
    client.force_login(world.dept_a_user)
    url = reverse("disclosure:request", args=[request.pk])
    page = client.get(url).content.decode()
    assert "相当の部分の決定を記録する (法第84条)" in page and "現在の期限 令和6年8月2日 (相当の部分)" in page
    form = page.split('id="step-portion"')[1].split("</form>")[0]
    assert '<option value="却下"' not in form and "decide-fee_yen" not in form
    response = client.post(reverse("disclosure:request_step", args=[request.pk, "portion"]), {
        "portion-decision": "部分開示", "portion-decided_on": "令和6年8月1日", "portion-scope": "令和4年度・令和5年度分",
        "portion-ground_article": "条例第7条第2号", "portion-ground_category": "個人に関する情報",
        "portion-withheld_summary": "申請者の氏名"})
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "相当の部分の決定</dt><dd>部分開示 (令和6年8月1日)" in page and "令和4年度・令和5年度分" in page
    assert 'id="step-portion"' not in page and "残りの部分の決定を記録する" in page
    assert "現在の期限 令和6年10月31日" in page


def test_a_portion_without_its_scope_is_refused_in_the_browser(client, world):
    request = special_request(world)
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[request.pk, "portion"]), {
        "portion-decision": "全部開示", "portion-decided_on": "令和6年8月1日", "portion-scope": ""})
    assert response.status_code == 400
    request.refresh_from_db()
    assert request.portion_decided_on is None


def test_what_a_portion_decision_refuses(world):
    ordinary = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                      documents="文書", requester_category="市内", date_confirmed=True)
    with pytest.raises(ActionRefused, match="特例延長"):
        decide_portion(ordinary)
    request = special_request(world)
    with pytest.raises(ActionRefused, match="却下はありません"):
        decide_portion(request, decision="却下", grounds=[])
    with pytest.raises(ActionRefused, match="範囲を入力"):
        decide_portion(request, scope=" ")
    with pytest.raises(ActionRefused, match="不開示の理由"):
        decide_portion(request, grounds=[])
    request = decide_portion(request)
    with pytest.raises(ActionRefused, match="すでに記録"):
        decide_portion(request)
    with pytest.raises(ActionRefused, match="相当の部分の決定日"):
        actions.decide_request(request, decision="全部開示", decided_on=D(2024, 7, 31))
    with pytest.raises(ActionRefused, match="移送できません"):
        actions.transfer_request(request, on=D(2024, 8, 5), transferred_to="みなみ市教育委員会")
    with pytest.raises(ActionRefused, match="異なる類型"):
        actions.decide_request(request, decision="部分開示", decided_on=D(2024, 10, 20), withheld_summary="x",
                               grounds=[("条例第7条第2号", "法人等情報")])


def test_a_portion_decision_entered_wrongly_is_corrected_on_the_page_while_the_rest_is_open(client, world):
    request = decide_portion(special_request(world))
    client.force_login(world.dept_a_user)
    page = client.get(reverse("disclosure:request", args=[request.pk])).content.decode()
    assert "令和4年度・令和5年度分" in page.split('id="step-reportion"')[1].split("</form>")[0]
    seen = seen_on(client, request)
    response = client.post(reverse("disclosure:request_step", args=[request.pk, "reportion"]), {
        "seen": seen, "reportion-decision": "部分開示", "reportion-decided_on": "令和6年7月31日",
        "reportion-scope": "令和5年度分"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.portion_decided_on, request.portion_scope, request.withheld_summary) == (
        D(2024, 7, 31), "令和5年度分", "申請者の氏名")  # blank grounds and withheld part keep what was recorded
    assert [g.article for g in request.grounds.all()] == ["条例第7条第2号"]
    stale = client.post(reverse("disclosure:request_step", args=[request.pk, "reportion"]), {
        "seen": seen, "reportion-decision": "全部開示", "reportion-decided_on": "令和6年7月31日",
        "reportion-scope": "令和5年度分"})
    assert stale.status_code == 409


def test_a_portion_corrected_to_full_disclosure_drops_its_grounds_and_is_fixed_once_the_rest_is_decided(world):
    request = decide_portion(special_request(world))
    request = actions.correct_special_portion(request, decision="全部開示", decided_on=D(2024, 8, 1),
                                              scope="令和4年度・令和5年度分")
    assert request.portion_decision == "全部開示" and not request.grounds.exists() and request.withheld_summary == ""
    request = actions.decide_request(request, decision="全部開示", decided_on=D(2024, 10, 20))
    with pytest.raises(ActionRefused, match="残りの部分を決定した後"):
        actions.correct_special_portion(request, decision="部分開示", decided_on=D(2024, 8, 1), scope="令和5年度分",
                                        grounds=[("条例第7条第2号", "個人に関する情報")], withheld_summary="氏名")
