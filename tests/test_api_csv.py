"""The case register as CSV: UTF-8 with a BOM and CRLF for Excel, Japanese headers, public cases only."""
import csv
import io

import pytest

from helpers import accepted_case
from shingikai.cases.actions import publish_case
from shingikai.demo.loader import load_demo

pytestmark = pytest.mark.django_db

HEADER = ["件名", "種別", "類型", "担当課", "状態", "結論", "審議会", "会議日 (和暦)"]


def rows_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")[1:]
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_has_bom_header_and_the_demo_cases(client):
    load_demo()
    response = client.get("/api/cases.csv")
    assert "attachment" in response["Content-Disposition"]
    rows = rows_of(response)
    header, body = rows[0], rows[1:]
    assert all(name in header for name in HEADER)
    listed = client.get("/api/cases?per_page=200").json()
    assert len(body) == listed["count"] > 0
    by_title = {row[header.index("件名")]: dict(zip(header, row)) for row in body}
    konbini = next(r for t, r in by_title.items() if "コンビニ交付" in t)
    assert konbini["種別"] == "諮問" and konbini["類型"] == "外部委託、オンライン結合"
    assert konbini["担当課"] == "市民課" and konbini["結論"] == "承認"
    assert konbini["会議日 (和暦)"] == "令和6年5月27日" and konbini["会議日"] == "2024-05-27"
    assert "児童相談記録システムのクラウドサービスへの移行について" not in by_title


def test_csv_filters_like_the_list(client):
    load_demo()
    for query in ("category=外部委託", "kind=報告", "fiscal_year=2024", "outcome=報告了承"):
        rows = rows_of(client.get(f"/api/cases.csv?{query}"))
        assert len(rows) - 1 == client.get(f"/api/cases?{query}&per_page=200").json()["count"] > 0, query
    assert client.get("/api/cases.csv?category=nothing").status_code == 400


def test_csv_cells_never_start_a_formula(client, world):
    publish_case(accepted_case(world, title="=HYPERLINK(\"http://example.com\")"))
    rows = rows_of(client.get("/api/cases.csv"))
    title = rows[1][rows[0].index("件名")]
    assert title.startswith("'=")
