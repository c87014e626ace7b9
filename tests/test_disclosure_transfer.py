"""移送: a request sent on to another 実施機関 (法第85条 and the 情報公開条例's like it) is recorded with its
date and the receiving body, ends here with its deadline, and is counted apart in the yearly report."""
import datetime
import json

import pytest
from disclosure_helpers import decided_request
from django.urls import reverse
from helpers import document_text
from test_disclosure_request_corrections import seen_on

from shingikai.councils.views import legal_deadlines
from shingikai.disclosure import actions, board, report
from shingikai.errors import ActionRefused

D = datetime.date


def open_request(world, received_on=D(2024, 6, 3)):
    return actions.record_request(world.dept_a, kind="public_document", received_on=received_on,
                                  documents="職員の時間外勤務命令簿 (市立学校)", requester_category="市内", date_confirmed=True)


def test_a_transfer_is_recorded_from_the_request_page_with_its_date_and_the_receiving_body(client, world):
    req = open_request(world)
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "移送 (他の実施機関へ)" in page and '<option value="みなみ市教育委員会">' in page
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "transfer"]), {
        "transfer-on": "令和6年6月10日", "transfer-transferred_to": "みなみ市教育委員会"})
    assert response.status_code == 302
    req.refresh_from_db()
    assert (req.decision, req.decided_on, req.transferred_to, req.status) == (
        "移送", D(2024, 6, 10), "みなみ市教育委員会", "closed")
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "移送 (令和6年6月10日): みなみ市教育委員会 へ" in page
    assert "審査請求を登録する" not in page and "決定を記録する" not in page


def test_a_body_outside_the_register_is_named_as_written(world):
    req = actions.transfer_request(open_request(world), on=D(2024, 6, 10), transferred_to="  北山市 選挙管理委員会 ")
    assert req.transferred_to == "北山市 選挙管理委員会"


def test_a_transferred_request_leaves_the_deadline_board_and_the_home_page(world):
    late = open_request(world)  # due 2024-07-03
    actions.transfer_request(late, on=D(2024, 7, 1), transferred_to="みなみ市教育委員会")
    kept = open_request(world)
    requests = type(late).objects.all()
    groups = board.deadline_board(requests, D(2024, 7, 10))
    assert [r.pk for r in groups["overdue"]] == [kept.pk]
    assert [row["label"] for row in legal_deadlines(world.secretariat, D(2024, 7, 10))] == [f"市民課: {kept.number}"]


@pytest.mark.parametrize("on, to, message", [
    (D(2024, 6, 10), "", "移送先の実施機関を入力してください"),
    (D(2024, 6, 1), "みなみ市教育委員会", "移送の日が請求日より前です"),
    (None, "みなみ市教育委員会", "移送の日を入力してください"),
    (D.today() + datetime.timedelta(days=60), "みなみ市教育委員会", "移送の日"),  # ahead, but within ten years
    (D(2024, 6, 10), "教" * 101, "100文字以内"),
])
def test_a_transfer_needs_its_date_and_the_receiving_body(world, on, to, message):
    req = open_request(world)
    with pytest.raises(ActionRefused, match=message):
        actions.transfer_request(req, on=on, transferred_to=to)
    req.refresh_from_db()
    assert req.is_open and not req.transferred_to


def test_a_transferred_request_is_neither_decided_appealed_nor_corrected_here(world):
    req = actions.transfer_request(open_request(world), on=D(2024, 6, 10), transferred_to="みなみ市教育委員会")
    with pytest.raises(ActionRefused):
        actions.decide_request(req, decision="全部開示", decided_on=D(2024, 6, 20))
    with pytest.raises(ActionRefused, match="移送先の実施機関がします"):
        actions.file_appeal(req, filed_on=D(2024, 7, 1), purport="開示を求める。")
    with pytest.raises(ActionRefused, match="移送した請求"):
        actions.correct_request(req, documents="別の文書")
    decided = decided_request(world, decision="全部開示")
    with pytest.raises(ActionRefused):
        actions.transfer_request(decided, on=D(2024, 7, 1), transferred_to="みなみ市教育委員会")
    with pytest.raises(ActionRefused, match="取下げ・移送"):
        actions.decide_request(open_request(world), decision="移送", decided_on=D(2024, 6, 20))


def test_the_report_counts_transfers_apart_from_withdrawals_and_decisions(client, world):
    actions.transfer_request(open_request(world), on=D(2024, 6, 10), transferred_to="みなみ市教育委員会")
    decided_request(world, decision="取下げ", decided_on=D(2024, 6, 5))
    decided_request(world, decision="全部開示", decided_on=D(2024, 6, 28))
    figures = report.operations_report(world.city, 2024)
    assert figures["transfers"] == 1
    assert {row["decision"]: row["count"] for row in figures["by_decision"]}["移送"] == 1
    assert {row["decision"]: row["count"] for row in figures["by_decision"]}["取下げ"] == 1
    assert figures["timing"]["decided"] == 1  # neither the 移送 nor the 取下げ is a decision
    page = client.get(reverse("disclosure:report", args=["minami", 2024])).content.decode()
    assert "移送 (他の実施機関へ)</th><td class=\"num\">1</td>" in page
    csv = client.get(reverse("disclosure:report_file", args=["minami", 2024, "csv"])).content.decode("utf-8-sig")
    assert "移送,他の実施機関への移送,1" in csv and "決定,移送,1" in csv
    data = json.loads(client.get(reverse("disclosure:report_file", args=["minami", 2024, "json"])).content)
    assert data["transfers"] == 1
    assert client.get("/api/disclosure/reports/minami/2024").json()["transfers"] == 1
    pdf = client.get(reverse("disclosure:report_file", args=["minami", 2024, "pdf"]))
    assert "移送(他の実施機関へ)1" in document_text(pdf.content)


def test_a_transfer_entered_wrongly_is_corrected_on_the_page_and_kept_in_the_history(client, world):
    req = actions.transfer_request(open_request(world), on=D(2024, 6, 10), transferred_to="みなみ市選挙管理委員会")
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert 'value="みなみ市選挙管理委員会"' in page.split('id="step-retransfer"')[1].split("</form>")[0]
    seen = seen_on(client, req)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "retransfer"]), {
        "seen": seen, "retransfer-on": "令和6年6月11日", "retransfer-transferred_to": "みなみ市教育委員会"})
    assert response.status_code == 302
    req.refresh_from_db()
    assert (req.decision, req.decided_on, req.transferred_to) == ("移送", D(2024, 6, 11), "みなみ市教育委員会")
    assert [h.transferred_to for h in req.history.order_by("history_id")][-2:] == ["みなみ市選挙管理委員会", "みなみ市教育委員会"]
    with pytest.raises(ActionRefused, match="訂正する箇所がありません"):
        actions.correct_transfer(req, on=D(2024, 6, 11), transferred_to="みなみ市教育委員会")
    with pytest.raises(ActionRefused, match="移送が記録されていない"):
        actions.correct_transfer(open_request(world), on=D(2024, 6, 11), transferred_to="みなみ市教育委員会")
