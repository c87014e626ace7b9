"""The OParl 1.1 API: every object reachable from /oparl/v1/system is valid against the standard's schemas,
lists page and filter as the standard says, and nothing but GET is served."""
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from shingikai.demo.loader import load_demo

pytestmark = pytest.mark.django_db

ROOT = "http://testserver/oparl/v1/"
SCHEMA = "https://schema.oparl.org/1.1/"


def validators(shared_dir):
    """One validator per OParl type, the schemas' relative $refs resolved offline."""
    schemas, resources = {}, []
    for path in sorted((shared_dir / "oparl-1.1" / "schema").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        schemas[path.stem] = contents
        resource = Resource.from_contents(contents, default_specification=DRAFT7)
        resources += [(SCHEMA + path.stem, resource), (SCHEMA + path.stem + ".json", resource)]
    registry = Registry().with_resources(resources)
    return {name: Draft7Validator(schema, registry=registry) for name, schema in schemas.items()}


def urls_in(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from urls_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from urls_in(v)
    elif isinstance(value, str) and value.startswith(ROOT):
        yield value


def crawl(client):
    """{url: parsed body} for every OParl URL reachable from the system object, list pages included."""
    found, queue = {}, [ROOT + "system"]
    while queue:
        url = queue.pop()
        if url in found:
            continue
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
        assert response["Content-Type"].startswith("application/json")
        found[url] = body = response.json()
        queue += list(urls_in(body))
    return found


def objects_of(found):
    """Every object served at its own URL or inside a list page."""
    for url, body in found.items():
        if "pagination" in body:
            yield from body["data"]
        else:
            yield body


def test_every_reachable_object_is_valid_oparl(client, shared_dir):
    load_demo()
    check = validators(shared_dir)
    found = crawl(client)
    types = set()
    for obj in objects_of(found):
        kind = obj["type"].removeprefix(SCHEMA)
        types.add(kind)
        errors = sorted(check[kind].iter_errors(obj), key=str)
        assert not errors, (obj["id"], [e.message for e in errors])
        assert obj["created"] <= obj["modified"], obj["id"]
    for url, body in found.items():
        if "pagination" not in body:
            assert body["id"] == url.split("?")[0], url
    assert {"System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper",
            "Consultation", "File", "LegislativeTerm", "Location"} <= types


def test_crawl_reaches_the_public_record_only(client):
    load_demo()
    found = crawl(client)
    papers = [o for o in objects_of(found) if o["type"] == SCHEMA + "Paper"]
    names = {p["name"] for p in papers}
    assert any("コンビニ交付" in n for n in names)
    assert "児童相談記録システムのクラウドサービスへの移行について" not in names
    items = [o for o in objects_of(found) if o["type"] == SCHEMA + "AgendaItem"]
    assert items and all(i["public"] for i in items)
    assert "児童相談記録システムのクラウドサービスへの移行について" not in {i["name"] for i in items}
    people = [o for o in objects_of(found) if o["type"] == SCHEMA + "Person"]
    assert people and not any("email" in p or "phone" in p for p in people)
    files = [o for o in objects_of(found) if o["type"] == SCHEMA + "File"]
    assert any(f["accessUrl"].startswith("http://testserver/documents/minutes/") for f in files)
    assert any(f["accessUrl"].startswith("http://testserver/documents/answer/") for f in files)


def test_lists_page_as_the_standard_says(client):
    load_demo()
    first = client.get(ROOT + "body/minami/papers?limit=3").json()
    total = first["pagination"]["totalElements"]
    assert first["pagination"] == {"totalElements": total, "elementsPerPage": 3, "currentPage": 1,
                                   "totalPages": -(-total // 3)}
    assert "prev" not in first["links"] and "next" in first["links"]
    ids, page = [], first
    while True:
        ids += [p["id"] for p in page["data"]]
        if "next" not in page["links"]:
            break
        page = client.get(page["links"]["next"]).json()
        assert "limit=3" in page["links"]["first"]
    assert len(ids) == len(set(ids)) == total
    assert page["links"]["last"].endswith(f"page={page['pagination']['totalPages']}")


def test_lists_filter_by_time(client):
    load_demo()
    url = ROOT + "body/minami/"
    for kind in ("meetings", "papers", "persons", "organizations", "files", "legislativeTerms"):
        everything = client.get(url + kind).json()["pagination"]["totalElements"]
        assert everything > 0, kind
        assert client.get(url + kind + "?modified_since=2000-01-01T00:00:00%2B09:00").json()["data"]
        assert not client.get(url + kind + "?created_since=2999-01-01T00:00:00").json()["data"], kind
        assert not client.get(url + kind + "?modified_until=1999-01-01").json()["data"], kind
        assert client.get(url + kind + "?created_until=2999-01-01").json()["pagination"]["totalElements"] == everything
    newest = max(m["modified"] for m in client.get(url + "meetings").json()["data"])
    since = client.get(url + "meetings", {"modified_since": newest}).json()["data"]
    assert since and all(m["modified"] >= newest for m in since)
    assert client.get(url + "meetings?modified_since=yesterday").status_code == 400
    assert client.get(url + "meetings?limit=0").status_code == 400


def test_only_get_and_unknown_is_404(client):
    load_demo()
    for url in ("system", "bodies", "body/minami", "body/minami/papers", "meeting/1"):
        assert client.post(ROOT + url).status_code == 405
        assert client.put(ROOT + url).status_code == 405
    for url in ("body/nowhere", "body/minami/nothing", "meeting/99999", "paper/99999", "file/minutes/99999",
                "file/other/1", "person/99999", "body/minami/legislativeTerm/1999"):
        response = client.get(ROOT + url)
        assert response.status_code == 404 and response.json() == {"error": "not found"}, url
    assert client.get("/oparl/v1/").status_code == 302


def test_list_queries_do_not_grow_with_rows(client):
    load_demo()
    for kind in ("meetings", "papers", "agendaItems", "consultations", "persons", "memberships", "files",
                 "organizations"):
        with CaptureQueriesContext(connection) as queries:
            rows = client.get(ROOT + f"body/minami/{kind}?limit=100").json()["data"]
        # A fixed number of queries per page: a few lookups and one per prefetched relation.
        assert len(queries.captured_queries) <= 10, (kind, len(rows), len(queries.captured_queries))
