"""The JSON API: its OpenAPI document, its lists on the demo city, filters, 404s and 405s, and a crawl of
every API, OParl and CSV URL that must not carry anything the public may not see."""
import datetime
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from helpers import accepted_case, sign_all
from shingikai.cases.actions import create_case, return_case, submit_case
from shingikai.councils.models import Council, Staff
from shingikai.demo.loader import load_demo
from shingikai.meetings import actions
from shingikai.meetings.models import AgendaItem, Decision
from shingikai.minutes import actions as minutes_actions

pytestmark = pytest.mark.django_db

LISTS = ["/api/municipalities", "/api/councils", "/api/meetings", "/api/minutes", "/api/cases", "/api/decisions",
         "/api/answers"]
# Which resource an id in a payload points at; every reference must resolve for an anonymous reader.
REFERENCES = {
    "case_id": "cases", "case_ids": "cases", "meeting_id": "meetings", "meeting_ids": "meetings",
    "answer_ids": "answers", "decision_id": "decisions", "minutes_id": "minutes",
}


def get_json(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return response.json()


def walk_api(client):
    """Every page of every list, every record's detail and every record a detail refers to: {url: body}."""
    seen, queue = {}, []
    for start in LISTS:
        url = start
        while url:
            page = get_json(client, url)
            seen[url] = page
            resource = start.rsplit("/", 1)[1]
            for item in page["items"]:
                queue.append(f"/api/{resource}/{item.get('slug') or item['id']}")
            url = page["next"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen[url] = body = get_json(client, url)
        for key, resource in REFERENCES.items():
            values = body.get(key)
            for value in values if isinstance(values, list) else [values]:
                if value is not None:
                    queue.append(f"/api/{resource}/{value}")
        for item in body.get("items", []):
            for key in ("case_id", "decision_id"):
                if item.get(key):
                    queue.append(f"/api/{REFERENCES[key]}/{item[key]}")
    return seen


def walk_oparl(client):
    """Every OParl object and list page reachable from the system object: {url: raw body}."""
    bodies, queue = {}, ["http://testserver/oparl/v1/system"]
    while queue:
        url = queue.pop()
        if url in bodies:
            continue
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        bodies[url] = response.content.decode()
        queue += [u for u in strings_in(response.json()) if u.startswith("http://testserver/oparl/")]
    return bodies


def strings_in(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)
    elif isinstance(value, str):
        yield value


# --- the demo city --------------------------------------------------------------------------------------

def test_openapi_document_lists_the_paths_served(client):
    doc = get_json(client, "/api/openapi.json")
    assert doc["openapi"].startswith("3.")
    paths = set(doc["paths"])
    for url in LISTS:
        assert url in paths
    assert {"/api/cases/{case_id}", "/api/minutes/{minutes_id}", "/api/cases.csv"} <= paths
    assert all(set(ops) == {"get"} for ops in doc["paths"].values())
    assert client.get("/api/docs").status_code == 200


def test_api_root_sends_visitors_to_the_docs_page(client):
    response = client.get("/api/")
    assert response.status_code == 302 and response["Location"] == "/api/docs"
    assert client.get("/api/", follow=True).status_code == 200


def test_every_list_answers_with_the_demo_data_and_references_resolve(client):
    load_demo()
    for url in LISTS:
        page = get_json(client, url)
        assert page["count"] > 0 and page["items"], url
    cases = get_json(client, "/api/cases?per_page=200")["items"]
    titles = {c["title"] for c in cases}
    assert any("コンビニ交付" in t for t in titles)
    assert "児童相談記録システムのクラウドサービスへの移行について" not in titles
    konbini = next(c for c in cases if c["topic"] == "コンビニ交付")
    assert konbini["categories"] == ["外部委託", "オンライン結合"] and konbini["outcome"] == "承認"
    seen = walk_api(client)  # every id a record refers to resolves for an anonymous reader
    assert any(url.startswith("/api/minutes/") for url in seen)
    assert any(url.startswith("/api/decisions/") for url in seen)


def test_filters_and_pages_that_keep_them(client):
    load_demo()

    def count(query):
        return get_json(client, f"/api/cases?{query}")["count"]

    everything = count("")
    assert count("category=外部委託") == count("category=outsourcing") > 0
    assert count("category=外部委託") < everything
    assert count("kind=報告") + count("kind=諮問") + count("kind=その他") == everything
    assert count("outcome=承認") >= 1
    for year in (2023, 2024, 2025):
        found = get_json(client, f"/api/cases?fiscal_year={year}&per_page=200")["items"]
        assert found, year
        start, end = datetime.date(year, 4, 1), datetime.date(year + 1, 3, 31)
        assert all(any(start <= datetime.date.fromisoformat(d) <= end for d in c["meeting_dates"]) for c in found)
    councils = [c["slug"] for c in get_json(client, "/api/councils")["items"]]
    assert len(councils) > 1 and sum(count(f"council={slug}") for slug in councils) == everything
    assert count("municipality=minami") == count("council=minami-shingikai") > 0 and count("council=nowhere") == 0
    assert count("modified_since=2000-01-01") == everything and count("modified_since=2999-01-01T00:00:00") == 0
    assert client.get("/api/cases?category=unknown").status_code == 400
    assert client.get("/api/cases?modified_since=yesterday").status_code == 400
    assert client.get("/api/cases?kind=unknown").status_code == 422
    every_meeting = get_json(client, "/api/meetings?per_page=200")["items"]
    meetings = get_json(client, "/api/meetings?fiscal_year=2024&per_page=200")["items"]
    assert meetings and meetings == [m for m in every_meeting if m["fiscal_year"] == 2024]
    decisions = get_json(client, "/api/decisions?outcome=条件付き承認")["items"]
    assert decisions and all(d["outcome"] == "条件付き承認" for d in decisions)
    assert any(c["kind"] == "条件" for d in decisions for c in d["conditions"])

    first = get_json(client, "/api/cases?per_page=2&kind=諮問")
    assert first["pages"] > 1 and first["previous"] is None
    second = get_json(client, first["next"])
    assert second["page"] == 2 and all(c["kind"] == "諮問" for c in second["items"])
    assert {c["id"] for c in first["items"]}.isdisjoint(c["id"] for c in second["items"])


def test_minutes_apply_the_name_policy(client):
    load_demo()  # the demo council publishes speakers by role only
    minutes = get_json(client, "/api/minutes")["items"]
    speakers = set()
    for m in minutes:
        for turn in get_json(client, f"/api/minutes/{m['id']}")["turns"]:
            speakers.add(turn["speaker"])
            assert "青木" not in turn["speaker"] and "上田" not in turn["speaker"]
    assert {"会長", "委員"} <= speakers


def test_writes_are_refused_and_hidden_records_are_404(client):
    load_demo()
    for url in ["/api/cases", "/api/cases/1", "/api/cases.csv", "/api/meetings/1"]:
        assert client.post(url, {}).status_code == 405
        assert client.delete(url).status_code == 405
    closed = AgendaItem.objects.filter(is_public=False).first()
    missing = client.get("/api/cases/999999")
    hidden = client.get(f"/api/cases/{closed.case_id}")
    assert hidden.status_code == missing.status_code == 404 and hidden.content == missing.content
    decision = Decision.objects.get(agenda_item=closed)
    assert client.get(f"/api/decisions/{decision.pk}").status_code == 404


def _read_from(sql):
    """The table a query reads, outside its subqueries."""
    depth = 0
    for n, char in enumerate(sql):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and sql.startswith(" FROM ", n):
            return sql[n + 6:].split()[0]
    return None


def test_a_public_case_is_read_once(client, world):
    """The 410 check is only for a case the detail did not find."""
    from shingikai.cases.actions import publish_case

    case = publish_case(accepted_case(world, title="公開の案件"))
    with CaptureQueriesContext(connection) as read:
        assert client.get(f"/api/cases/{case.pk}").status_code == 200
    assert [_read_from(q["sql"]) for q in read.captured_queries].count('"cases_case"') == 1


@pytest.mark.parametrize("day, year", [(datetime.date(2025, 3, 31), 2024), (datetime.date(2025, 4, 1), 2025)])
def test_the_answers_of_a_fiscal_year_run_from_april_to_march(client, day, year):
    from shingikai.meetings.models import Answer

    load_demo()
    (answer,) = get_json(client, "/api/answers")["items"]
    Answer.objects.filter(pk=answer["id"]).update(date=day)
    assert [a["id"] for a in get_json(client, f"/api/answers?fiscal_year={year}")["items"]] == [answer["id"]]
    for other in (year - 1, year + 1):
        assert get_json(client, f"/api/answers?fiscal_year={other}")["items"] == []


def test_case_list_queries_do_not_grow_with_rows(client):
    from shingikai.cases.models import Case

    load_demo()
    # The smallest page holding an imported case: its department is named as on the day it was first heard, read
    # for the whole page in one query, which a page of received cases only does not need.
    imported = set(Case.objects.filter(imported=True).values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as few:
        page = get_json(client, "/api/cases?per_page=6")["items"]
    assert any(row["id"] in imported for row in page)
    with CaptureQueriesContext(connection) as many:
        client.get("/api/cases?per_page=200")
    assert len(many.captured_queries) == len(few.captured_queries)


# --- nothing non-public leaks ----------------------------------------------------------------------

SENTINEL = "sentinel-7f3a"


def mark(what):
    return f"{SENTINEL.upper()}-{what}"


def plant(w):
    """Public records next to closed, draft and internal ones, each carrying the sentinel."""
    Council.objects.filter(pk=w.council.pk).update(name_policy=Council.NamePolicy.ROLE)
    w.council.refresh_from_db()
    member = w.people[2]
    member.email = f"{SENTINEL}-member@example.jp"
    member.name_kana = mark("KANA")
    member.user = get_user_model().objects.create_user(f"{SENTINEL}-account", f"{SENTINEL}-user@example.jp", "x")
    member.save()
    speaker = Staff.objects.create(name=f"{mark('STAFF')} 花子", title="課長", department=w.dept_a,
                                   email=f"{SENTINEL}-staff@example.jp")

    public_case = accepted_case(w, title="住民票コンビニ交付の外部委託")
    closed_case = accepted_case(w, title=mark("CLOSED-CASE"), purpose=mark("CLOSED-PURPOSE"))
    meeting = actions.plan_meeting(w.council, date=datetime.date(2025, 5, 20), start_time=datetime.time(14),
                                   place="みなみ市役所 第1会議室")
    public_item = actions.schedule_case(public_case, meeting)
    closed_item = actions.schedule_case(closed_case, meeting, is_public=False, closed_reason=mark("REASON"))
    meeting = actions.open_meeting(meeting, present=w.people, secretariat=[w.secretariat_staff],
                                   department_staff=[(speaker, public_item)])
    actions.record_turn(meeting, speaker_label=f"{mark('STAFF')}課長", role="department", staff=speaker,
                        text="委託の内容を説明します。", agenda_item=public_item)
    actions.record_turn(meeting, speaker_label=f"{w.people[2].name}委員", role="member", person=w.people[2],
                        text="公開の審議での質問です。", agenda_item=public_item)
    actions.record_turn(meeting, speaker_label="青木会長", role="chair", person=w.people[0],
                        text=mark("CLOSED-TURN"), agenda_item=closed_item)
    public_decision = actions.record_decision(public_item, outcome="承認", vote_method="挙手全員", wording="承認する。")
    follow_up = actions.add_follow_up(public_decision, kind="資料提出", text="登録証の写しを提出すること",
                                      due_date=datetime.date(2025, 9, 30))
    closed_decision = actions.record_decision(closed_item, outcome="条件付き承認", vote_method="挙手全員",
                                              wording=mark("CLOSED-DECISION"))
    actions.add_follow_up(closed_decision, kind="条件", text=mark("CLOSED-CONDITION"))
    actions.close_meeting(meeting, end_time=datetime.time(15))
    minutes = meeting.minutes
    minutes_actions.edit_minutes(minutes, summary=mark("SUMMARY"))
    minutes_actions.designate_signers(minutes, [w.people[1]])
    minutes_actions.confirm_minutes(minutes, on=datetime.date(2025, 6, 1), by_circulation=True,
                                    open_checks_acknowledged=True)
    sign_all(minutes, datetime.date(2025, 6, 5))
    minutes_actions.publish_minutes(minutes, on=datetime.date(2025, 6, 10))
    actions.respond_follow_up(follow_up, response=mark("RESPONSE"))
    closed_answer = actions.draft_answer(w.council, cases=[closed_case], conclusion=mark("CLOSED-ANSWER"),
                                         addressee="みなみ市長")
    actions.issue_answer(closed_answer, date=datetime.date(2025, 6, 10), meeting=meeting)
    actions.draft_answer(w.council, cases=[public_case], conclusion=mark("DRAFT-ANSWER"), addressee="みなみ市長")

    # Minutes still a draft: their turns and decisions wait.
    later_case = accepted_case(w, title="公開予定の案件")
    later = actions.plan_meeting(w.council, date=datetime.date(2025, 7, 22), place="みなみ市役所 第2会議室")
    later_item = actions.schedule_case(later_case, later)
    later = actions.open_meeting(later, present=w.people)
    actions.record_turn(later, speaker_label="井上委員", role="member", text=mark("DRAFT-MINUTES-TURN"),
                        agenda_item=later_item)
    actions.record_decision(later_item, outcome="承認", vote_method="異議なし", wording=mark("DRAFT-DECISION"))
    actions.close_meeting(later)

    # A closed meeting: on the calendar, nothing of its content.
    secret_case = accepted_case(w, title=mark("CLOSED-MEETING-CASE"))
    secret = actions.plan_meeting(w.council, date=datetime.date(2025, 8, 19), is_public=False,
                                  closed_reason="個別の事案を扱うため")
    secret_item = actions.schedule_case(secret_case, secret)
    secret = actions.open_meeting(secret, present=w.people)
    actions.record_turn(secret, speaker_label="青木会長", role="chair", text=mark("CLOSED-MEETING-TURN"),
                        agenda_item=secret_item)
    actions.close_meeting(secret)
    secret_minutes = secret.minutes
    minutes_actions.designate_signers(secret_minutes, [w.people[1]])
    minutes_actions.confirm_minutes(secret_minutes, on=datetime.date(2025, 9, 1), by_circulation=True,
                                    open_checks_acknowledged=True)
    sign_all(secret_minutes, datetime.date(2025, 9, 1))
    minutes_actions.publish_minutes(secret_minutes, on=datetime.date(2025, 9, 2))

    fields = dict(purpose=mark("PURPOSE"), categories=["outsourcing"], legal_bases=["条例第12条"])
    create_case(w.council, w.dept_b, title=mark("DRAFT-CASE"), **fields)
    submit_case(create_case(w.council, w.dept_b, title=mark("SUBMITTED-CASE"), **fields))
    returned = submit_case(create_case(w.council, w.dept_b, title=mark("RETURNED-CASE"), **fields))
    return_case(returned, comment=mark("RETURN-COMMENT"))
    return closed_item, closed_decision


def test_no_sentinel_reaches_any_public_url(client, world):
    closed_item, closed_decision = plant(world)
    bodies = {url: json.dumps(body, ensure_ascii=False) for url, body in walk_api(client).items()}
    bodies.update(walk_oparl(client))
    for url in ["/api/cases.csv", "/api/openapi.json", "/oparl/v1/body/minami/files?limit=1",
                "/api/cases.csv?category=outsourcing"]:
        bodies[url] = client.get(url).content.decode("utf-8-sig")
    leaks = {url for url, body in bodies.items() if SENTINEL in body.lower()}
    assert not leaks, leaks

    # The crawl did read the public record around the planted ones.
    everything = "\n".join(bodies.values())
    assert "住民票コンビニ交付の外部委託" in everything and "公開の審議での質問です。" in everything
    assert "登録証の写しを提出すること" in everything and "市民課" in everything
    assert len(bodies) > 40

    # Closed records answer exactly as records that do not exist.
    for hidden, missing in [
        (f"/api/cases/{closed_item.case_id}", "/api/cases/999999"),
        (f"/api/decisions/{closed_decision.pk}", "/api/decisions/999999"),
        (f"/oparl/v1/agendaItem/{closed_item.pk}", "/oparl/v1/agendaItem/999999"),
        (f"/oparl/v1/paper/{closed_item.case_id}", "/oparl/v1/paper/999999"),
        (f"/oparl/v1/consultation/{closed_item.pk}", "/oparl/v1/consultation/999999"),
    ]:
        a, b = client.get(hidden), client.get(missing)
        assert a.status_code == b.status_code == 404 and a.content == b.content, hidden


def test_every_error_of_the_api_is_json_in_one_shape_in_japanese(client):
    load_demo()
    closed = AgendaItem.objects.filter(is_public=False).first()
    answers = {url: client.get(url) for url in ("/api/cases/abc", "/api/nope", "/api/cases/999999",
                                                f"/api/cases/{closed.case_id}", "/api/disclosure/nope")}
    answers["POST /api/cases"] = client.post("/api/cases", {})
    answers["DELETE /api/meetings/1"] = client.delete("/api/meetings/1")
    bodies = set()
    for url, response in answers.items():
        assert response.status_code == (405 if " " in url else 404), url
        assert response["Content-Type"].startswith("application/json"), url
        data = response.json()
        assert list(data) == ["detail"] and re.search(r"[ぁ-んァ-ン一-龥]", data["detail"]), url
        bodies.add(response.content) if response.status_code == 404 else None
    assert len(bodies) == 1  # an id that is not one, a path the API lacks and a hidden record answer alike
