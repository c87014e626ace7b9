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
    assert client.get("/api/disclosure/answers").json()["items"] == []
    assert client.get(f"/api/disclosure/answers/{appeal.pk}").status_code == 404
    appeal.conclusion = "審査請求人開示 請子の請求のうち、見積単価は開示すべきである。"
    appeal.save()
    actions.publish_appeal_answer(appeal, checked_withheld=True)
    (listed,) = client.get("/api/disclosure/answers?outcome=一部取消").json()["items"]
    assert listed["outcome"] == "一部取消" and listed["judgments"][0]["article"] == "条例第7条第3号"
    assert "請子" not in str(listed) and "○○" in listed["conclusion"]
    assert client.get("/api/disclosure/answers?article=条例第7条第3号").json()["items"][0]["id"] == appeal.pk
    assert client.get("/api/disclosure/answers?outcome=取消").json()["items"] == []
    csv = client.get("/api/disclosure/answers.csv").content.decode("utf-8-sig")
    assert "一部取消" in csv and "請子" not in csv


def test_endpoints_are_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/disclosure/answers", "/api/disclosure/reports/{city}/{fiscal_year}"} <= set(paths)


def test_the_answer_lists_take_the_shape_paging_and_filters_of_the_other_lists(client, world):
    first = answered_appeal(world, decided_request(world))
    second = answered_appeal(world, decided_request(world))
    for appeal in (first, second):
        actions.publish_appeal_answer(appeal, checked_withheld=True)
    page = client.get("/api/disclosure/answers", {"per_page": 1}).json()
    assert (page["count"], page["page"], page["pages"], page["per_page"]) == (2, 1, 2, 1)
    assert page["next"].startswith("http://testserver/api/disclosure/answers?") and page["previous"] is None
    second_page = client.get(page["next"]).json()
    assert {page["items"][0]["id"], second_page["items"][0]["id"]} == {first.pk, second.pk}
    (item,) = page["items"]
    council = first.case.council
    assert item["council"] == {"slug": council.slug, "name": council.name}
    assert item["web"] == item["url"] == f"http://testserver/disclosure/answers/{item['id']}/"
    assert item["pdf"] == f"http://testserver/disclosure/answers/{item['id']}/answer.pdf"
    assert client.get("/api/disclosure/answers", {"council": council.slug}).json()["count"] == 2
    assert client.get("/api/disclosure/answers", {"council": "nowhere"}).json()["count"] == 0
    assert client.get("/api/disclosure/answers", {"municipality": council.municipality.slug}).json()["count"] == 2
    year = first.answered_on.year if first.answered_on.month >= 4 else first.answered_on.year - 1
    assert client.get("/api/disclosure/answers", {"fiscal_year": year}).json()["count"] == 2
    assert client.get("/api/disclosure/answers", {"fiscal_year": year - 5}).json()["count"] == 0
    assert client.get("/api/disclosure/answers", {"per_page": 0}).status_code == 422
    csv = client.get("/api/disclosure/answers.csv").content.decode("utf-8-sig")
    assert f"http://testserver/disclosure/answers/{first.pk}/" in csv


def test_the_search_api_is_in_the_api_documentation():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    assert "/search/api" in text
    for parameter in ("q", "page", "council_slug", "municipality", "fiscal_year", "kind"):
        assert f"`{parameter}`" in text
