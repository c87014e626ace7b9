"""Public input to the API and the portal never answers a server error: ranges and dates are checked
(4xx with a Japanese message), ids past the database's range are simply unknown, a topic may hold 「/」,
and times are written as the OpenAPI document says (RFC 3339 full-time, with the offset)."""
import datetime
import re
from urllib.parse import quote

import pytest
from helpers import accepted_case, open_meeting_with

from shingikai.cases.actions import publish_case
from shingikai.cases.models import Case

LISTS = ["/api/meetings", "/api/minutes", "/api/cases", "/api/cases.csv", "/api/decisions", "/api/answers"]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("query", ["fiscal_year=0", "fiscal_year=-5", "fiscal_year=99999999999999999999",
                                   "modified_since=0001-01-01", "modified_since=9999-12-31T23:59:59",
                                   "modified_since=yesterday", "page=0", "page=100000000000000000000"])
def test_out_of_range_filters_answer_4xx_in_japanese(client, world, path, query):
    if path.endswith(".csv") and query.startswith("page"):
        pytest.skip("the CSV export is not paged")
    response = client.get(f"{path}?{query}")
    assert 400 <= response.status_code < 500, response.content[:300]
    detail = response.json()["detail"]
    # A filter the API refuses itself answers one sentence; a parameter that fails validation answers
    # django-ninja's list of errors, each with its message in Japanese.
    messages = [detail] if isinstance(detail, str) else [error["msg"] for error in detail]
    assert messages and all(JAPANESE.search(message) for message in messages)


@pytest.mark.parametrize("year", ["9223372036854775808", "99999999999999999999", "2147483648", "-1", "0", "abc"])
def test_a_search_facet_year_past_any_year_answers_a_message_never_a_server_error(client, world, year):
    """The search page narrows nothing and says so, as the case register does; the search API answers 400."""
    page = client.get("/search/", {"q": "委", "fiscal_year": year})
    assert page.status_code == 200 and "を年度として読み取れませんでした" in page.content.decode()
    api = client.get("/search/api", {"q": "委", "fiscal_year": year})
    assert api.status_code == 400 and "年度として読み取れませんでした" in api.json()["detail"]


@pytest.mark.parametrize("base", ["/search/", "/search/api"])
def test_a_search_page_past_any_page_is_no_server_error(client, world, base):
    assert client.get(base, {"q": "委", "page": "9223372036854775808"}).status_code == 200
    assert client.get(base, {"q": "委", "fiscal_year": "令和7年度"}).status_code == 200


@pytest.mark.parametrize("path", ["/api/meetings/", "/api/minutes/", "/api/cases/", "/api/decisions/",
                                  "/api/answers/"])
def test_ids_past_the_database_range_are_unknown(client, world, path):
    assert client.get(f"{path}{2**64}").status_code == 404
    assert client.get(f"{path}{2**63 - 1}").status_code == 404


@pytest.mark.parametrize("path", ["/api/meetings/", "/api/cases/", "/api/registers/files/", "/api/disclosure/answers/",
                                  "/api/disclosure/imported-answers/"])
@pytest.mark.parametrize("not_an_id", ["abc", "1.5", "-1"])
def test_an_id_that_is_not_one_is_the_same_404_on_every_record_of_the_api(client, world, path, not_an_id):
    """docs/api.md: an unknown record, an id that is not one and a path the API lacks answer the same 404 (the
    審査請求 side's 答申 too), not a validation error that tells a harvester the path exists."""
    response = client.get(f"{path}{not_an_id}")
    assert response.status_code == 404, response.content[:200]
    assert response.json() == client.get(f"{path}{2**64}").json() == client.get("/api/nothing-here").json()


@pytest.mark.parametrize("path", ["/oparl/v1/file/minutes/{}", "/oparl/v1/file/answer/{}", "/oparl/v1/meeting/{}",
                                  "/oparl/v1/paper/{}", "/oparl/v1/person/{}", "/oparl/v1/agendaItem/{}",
                                  "/oparl/v1/consultation/{}", "/oparl/v1/membership/{}", "/oparl/v1/location/{}",
                                  "/registers/files/{}/", "/meetings/{}/"])
def test_oparl_and_portal_ids_past_the_database_range_are_unknown(client, world, path):
    assert client.get(path.format(10**20)).status_code == 404
    assert client.get(path.format(2**63 - 1)).status_code == 404


def test_document_ids_past_the_database_range_are_unknown(client, world):
    assert client.get(f"/documents/minutes/{10**20}.pdf").status_code == 404
    # The largest id is a missing one: an anonymous reader is sent to the login page, as for any document it may
    # not read (test_hidden_records_answer_as_missing.py), and a signed-in one gets the 404.
    assert client.get(f"/documents/minutes/{2**63 - 1}.pdf")["Location"].startswith("/login/")
    client.force_login(world.stranger)
    assert client.get(f"/documents/minutes/{2**63 - 1}.pdf").status_code == 404


def test_meeting_times_carry_their_offset(client, world):
    meeting, _ = open_meeting_with(world, date=datetime.date(2025, 5, 20))
    data = client.get(f"/api/meetings/{meeting.pk}").json()
    assert data["start_time"] == "14:00:00+09:00"


def test_a_topic_with_a_slash_has_its_page(client, world):
    case = publish_case(accepted_case(world, title="印鑑登録の外部委託"))
    Case.objects.filter(pk=case.pk).update(topic="住民票/印鑑登録")
    index = client.get("/precedents/")
    assert index.status_code == 200
    # The index links the topic by its slug, which never contains 「/」.
    assert f'href="/precedents/{quote("住民票印鑑登録")}/"' in index.content.decode()
    response = client.get("/precedents/住民票印鑑登録/")
    assert response.status_code == 200


@pytest.mark.parametrize("path", LISTS + ["/api/disclosure/answers"])
def test_the_api_reads_a_fiscal_year_as_the_forms_do_and_refuses_nonsense_with_a_400(client, world, path):
    """fiscal_year=令和7年度 (or R7, ２０２５, 2025年度) answered 422 「整数を入力してください」: a person who copies the
    年度 from a page got no list. The API reads a 年度 as every form does, and what is not one answers 400 with the
    page's own words."""
    case = accepted_case(world, on=datetime.date(2025, 4, 10))
    publish_case(case)
    open_meeting_with(world, cases=[case], date=datetime.date(2025, 5, 20))
    western = client.get(path, {"fiscal_year": "2025"})
    assert western.status_code == 200
    for typed in ("令和7年度", "R7", "ｒ７", "２０２５", "2025年度", "令和７年度"):
        response = client.get(path, {"fiscal_year": typed})
        assert response.status_code == 200 and response.content == western.content, typed
    assert client.get(path, {"fiscal_year": "令和元年度"}).status_code == 200
    for typed, message in (("来年度", "「来年度」を年度として読み取れませんでした"),
                           ("平成32年度", "「平成32年度」という年度はありません"),
                           ("令和99年度", "令和99年度はまだ来ていない年度です")):
        response = client.get(path, {"fiscal_year": typed})
        assert response.status_code == 400, (typed, response.content[:200])
        assert message in response.json()["detail"], typed
