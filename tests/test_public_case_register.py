"""The public case register (page, CSV, API) on the demo: one 結論 for an answered case everywhere, the same filter
values on each, and one order a reader can see (newest first by the meeting that heard the case, else its 受付日)."""
import csv
import io

import pytest

from shingikai import publicity
from shingikai.demo.loader import load_demo


@pytest.fixture
def demo(db):
    load_demo()


def _answered(demo):
    answer = publicity.answers().exclude(number="").prefetch_related("cases").first()
    return answer, next(c for c in answer.cases.all() if publicity.cases().filter(pk=c.pk).exists())


def _csv(client, **params):
    body = client.get("/api/cases.csv", params).content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def test_an_answered_case_has_the_same_outcome_on_the_page_the_csv_and_the_api(client, demo):
    answer, case = _answered(demo)
    row = next(r for r in _csv(client) if r["件名"] == case.title)
    assert row["結論"] == f"答申 ({answer.number})"
    api = client.get(f"/api/cases/{case.pk}").json()
    assert api["outcome"] == "答申" and api["answer_numbers"] == [answer.number]


def test_every_outcome_the_page_offers_filters_the_page_csv_and_api_alike(client, demo):
    _, case = _answered(demo)
    page = client.get("/cases/").content.decode()
    assert '<option value="答申">' in page
    for outcome in ("答申", "答申予定"):
        listed = f">{case.title}</a>" in client.get("/cases/", {"outcome": outcome}).content.decode()
        response = client.get("/api/cases.csv", {"outcome": outcome})
        assert response.status_code == 200
        in_csv = any(r["件名"] == case.title for r in _csv(client, outcome=outcome))
        api = client.get("/api/cases", {"outcome": outcome})
        assert api.status_code == 200
        in_api = any(item["id"] == case.pk for item in api.json()["items"])
        assert listed == in_csv == in_api == (outcome == "答申")


def test_the_register_is_newest_first_by_meeting_day_with_number_and_date_alike_in_page_csv_and_api(client, demo):
    ids = [item["id"] for item in client.get("/api/cases", {"per_page": 100}).json()["items"]]
    rows = _csv(client)
    assert [int(r["番号"]) for r in rows] == ids
    ordered = list(publicity.in_register_order(publicity.cases()))
    assert [c.pk for c in ordered] == ids
    days = [c.listed_on for c in ordered]
    assert days == sorted(days, reverse=True)
    page = client.get("/cases/").content.decode()
    assert "<th scope=\"col\">番号</th>" in page and "会議日" in page
    positions = [page.index(f">{c.title}</a>") for c in ordered[:3]]
    assert positions == sorted(positions)


def test_the_demo_receives_each_case_before_the_meeting_that_heard_it_numbered_in_its_own_year(client, demo):
    import datetime

    from shingikai.jp.wareki import fiscal_year

    rows = [r for r in _csv(client) if r["受付日"]]  # imported cases of other councils have none
    assert rows
    for row in rows:
        received = datetime.date.fromisoformat(row["受付日"])
        assert row["受付日 (和暦)"].startswith("令和")
        for day in filter(None, row["会議日"].split("、")):
            assert received <= datetime.date.fromisoformat(day), row["件名"]
    first_numbers = {(fiscal_year(datetime.date.fromisoformat(r["受付日"])), r["諮問番号"]) for r in rows
                     if r["諮問番号"] in ("諮問第1号", "報告第1号")}
    # Numbers restart each April: more than one year has its own 第1号.
    assert len({year for year, _ in first_numbers}) > 1
