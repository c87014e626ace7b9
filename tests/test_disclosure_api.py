"""The JSON API and CSV of the disclosure side's public parts, in the OpenAPI document."""
import datetime

from disclosure_helpers import answered_appeal, decided_request

from shingikai.disclosure import actions

D = datetime.date


def test_report_counts_in_json_and_csv(client, world):
    decided_request(world, decision="全部開示")
    decided_request(world, decision="不開示")
    data = client.get("/api/disclosure/reports/minami/2024").json()
    assert data["total"] == 2
    assert {r["label"]: r["count"] for r in data["by_decision"]}["不開示"] == 1
    assert data["by_department"] == [{"department": "市民課", "total": 2, "by_decision": {
        "全部開示": 1, "部分開示": 0, "不開示": 1, "存否応答拒否": 0, "不存在": 0, "却下": 0, "取下げ": 0, "移送": 0, "未決定": 0}}]
    csv = client.get("/api/disclosure/reports/minami/2024/operations.csv")
    assert csv.status_code == 200 and "不開示,1" in csv.content.decode("utf-8-sig")
    assert client.get("/api/disclosure/reports/nowhere/2024").status_code == 404


def test_only_published_answers_are_listed_with_names_masked(client, world):
    appeal = answered_appeal(world, decided_request(world))
    assert client.get("/api/disclosure/answers").json() == []
    assert client.get(f"/api/disclosure/answers/{appeal.pk}").status_code == 404
    appeal.conclusion = "審査請求人開示 請子の請求のうち、見積単価は開示すべきである。"
    appeal.save()
    actions.publish_appeal_answer(appeal, checked_withheld=True)
    (listed,) = client.get("/api/disclosure/answers?outcome=一部取消").json()
    assert listed["outcome"] == "一部取消" and listed["judgments"][0]["article"] == "条例第7条第3号"
    assert "請子" not in str(listed) and "○○" in listed["conclusion"]
    assert client.get("/api/disclosure/answers?article=条例第7条第3号").json()[0]["id"] == appeal.pk
    assert client.get("/api/disclosure/answers?outcome=取消").json() == []
    csv = client.get("/api/disclosure/answers.csv").content.decode("utf-8-sig")
    assert "一部取消" in csv and "請子" not in csv


def test_endpoints_are_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/disclosure/answers", "/api/disclosure/reports/{city}/{fiscal_year}"} <= set(paths)
