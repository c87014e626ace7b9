"""Forged and garbage requests never give a server error and never change what a user may not change.

Every URL pattern of the site (Django's resolver, the admin aside) is filled with ids of records that
exist, ids of another department's or council's records, ids that do not exist and ids past the
database's range, and then asked by each named user of the shared test base and by an anonymous
visitor: GET, an empty POST, and POSTs whose every form field (as the page's own forms name them)
holds garbage: overlong text, negative and huge numbers, impossible dates in ISO and 和暦, NUL bytes,
unknown choices, duplicated fields. A POST without a CSRF token is refused. No answer is a 5xx;
nothing that a stranger, another council's secretariat or an anonymous visitor sends changes a row, and
nothing they are answered (pages, API, feeds, PDF and DOCX) shows the leak test's sentinels.
"""
import datetime
import re
from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from disclosure_helpers import answered_appeal, decided_request, request_form
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from helpers import accepted_case, document_text
# media (autouse): the files plant() attaches are stored in each test's own folder.
from test_leaks import SENTINELS, media, plant  # noqa: F401
from test_register_actions import full_assessment, held_inspection, incident, registered_file

from shingikai.cases.actions import add_attachment, ask_question, create_case
from shingikai.disclosure.actions import import_answer
from shingikai.meetings.actions import plan_meeting, schedule_case
from shingikai.minutes.actions import receive_import_file

GARBAGE = [
    "あ" * 20_000, "-1", "99999999999999999999999", "令和99年13月40日", "2025-02-30", "abc\x00def",
    "not-a-choice-☃", "1e309", "<script>alert(1)</script>", "", "25:61", "0", "NaN", "2025-13-40T99:99",
]
# The values also sent in every field at once.
UNIFORM = ["あ" * 20_000, "-1", "99999999999999999999999", "令和99年13月40日", "abc\x00def", "1e309"]
# Fields every form may carry beyond what the page shows: versions, positions, ids of other records.
EXTRA_FIELDS = ["expected_version", "version", "position", "agenda_item", "person", "staff", "meeting", "case",
                "attendance", "what", "action", "pk", "id", "next"]
INT = re.compile(r"<(?:int|id):(\w+)>")
HUGE = 10**20
MISSING = 987_654


def url_patterns(patterns=None, prefix=""):
    """(route, name) of every pattern, with nested includes flattened; the admin is Django's own."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            route = prefix + str(entry.pattern)
            if not route.startswith("admin/"):
                yield from url_patterns(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def rich_world(world):
    """The shared base with a record at every stage: the leak test's published and draft meetings,
    another department's case, a pending and an imported minutes, the disclosure side and the registers."""
    plant(world)
    from shingikai.minutes.models import ImportRecord

    # The leak test's import of another city's minutes, as our secretariat's upload, so that our secretariat's
    # crawl finds its forms and another city's secretariat must not touch it (the command line's would be the
    # operator's: read-only for every secretariat, changed only by a superuser).
    ImportRecord.objects.update(imported_by=world.secretariat)
    case_b = accepted_case(world, department=world.dept_b, title="こども家庭課の案件")
    draft = create_case(world.council, world.dept_a, title="市民課の下書き", purpose="下書き")
    from django.core.files.uploadedfile import SimpleUploadedFile

    add_attachment(draft, title="添付", file=SimpleUploadedFile("a.txt", b"attachment"), is_public=False)
    ask_question(case_b, text="保存期間の根拠は何ですか。")
    planned = plan_meeting(world.council, date=datetime.date(2025, 9, 1), place="第2会議室")
    schedule_case(case_b, planned)
    plan_meeting(world.other_council, date=datetime.date(2025, 9, 2))
    fixture = __import__("pathlib").Path(__file__).parent / "fixtures" / "minutes" / "higashi-space.txt"
    receive_import_file(fixture.read_bytes(), name="higashi.txt", by=world.secretariat)
    request = decided_request(world)
    answered_appeal(world, request)
    decided_request(world, department=world.dept_b, decision="不開示")
    from test_disclosure_answer_import import ANSWER

    import_answer(ANSWER.encode(), name="higashi-12.txt", by=world.secretariat)
    registered_file(world)
    registered_file(world, department=world.dept_b, name="児童台帳")
    from shingikai.registers.actions import create_audit, open_comment_period

    assessment = full_assessment(world)
    open_comment_period(assessment, start=datetime.date(2025, 7, 1), end=datetime.date(2025, 7, 31))
    held_inspection(world, assessment)
    incident(world)
    incident(world, department=world.dept_b, title="児童記録の誤送付")
    create_audit(world.city, departments=[world.dept_a], title="令和7年度 個人情報監査", fiscal_year=2025,
                 auditor="総務課", scope="保有個人情報の管理", conducted_from=datetime.date(2025, 8, 1),
                 conducted_to=datetime.date(2025, 8, 5))
    return world


def discover(world):
    """Crawl the site as the users who can act and collect every linked path and every form's fields."""
    paths, forms = set(), defaultdict(set)
    for user in (world.secretariat, world.dept_a_user, world.member_user):
        client = Client()
        if user:
            client.force_login(user)
        queue, seen = ["/work/", "/", "/work/registers/", "/disclosure/register/?fy=2024", "/disclosure/imports/",
                       "/work/import/", "/work/meetings/answers/", "/work/meetings/followups/"], set()
        fetched = defaultdict(int)
        while queue:
            path = queue.pop(0)
            if path in seen or path.startswith(("/admin", "/static", "/logout", "/documents/")):
                continue
            seen.add(path)
            route = pattern_of(urlsplit(path).path)
            paths.add(urlsplit(path).path)
            fetched[route] += 1
            if fetched[route] > 2:  # two records of a kind show its forms; the rest only cost time
                continue
            response = client.get(path)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            soup = BeautifulSoup(response.content, "html.parser")
            for link in soup.find_all("a", href=True):
                href = urlsplit(link["href"])
                if not href.netloc and href.path.startswith("/"):
                    queue.append(href.path)
                    paths.add(href.path)
            for form in soup.find_all("form"):
                action = urlsplit(form.get("action") or path).path or path
                paths.add(action)
                names = {field.get("name") for field in form.find_all(["input", "select", "textarea", "button"])}
                forms[pattern_of(action)] |= {name for name in names if name and name != "csrfmiddlewaretoken"}
    return paths, forms


def pattern_of(path):
    try:
        return resolve(path).route
    except Resolver404:
        return None


def instances(route, discovered):
    """Concrete paths of a pattern: up to two that the crawl found (ids of existing records in each
    role's reach), plus the first of them with every id replaced by a missing one and by one past the
    database's range, and every slug by an unknown word; a pattern the crawl never reached gets ids 1 and 2."""
    found = sorted(p for p in discovered if pattern_of(p) == route)[:2]
    if not found:
        found = [fill(route, ids) for ids in (1, 2)]
    base = found[0]
    forged = [fill(route, MISSING), fill(route, HUGE)]
    if "<slug:" in route or "<str:" in route:
        forged.append(re.sub(r"/[a-z-]+/$", "/no-such-step/", base) if base.endswith("/") else base + "x")
    return [p for p in dict.fromkeys(found + forged) if p]


def fill(route, value):
    path = INT.sub(str(value), route)
    path = re.sub(r"<doc_kind:\w+>", "minutes", path)
    path = re.sub(r"<slug:(\w+)>", lambda m: {"slug": "minami-shingikai", "city": "minami"}.get(m[1], "no-such-step"),
                  path)
    path = re.sub(r"<str:fmt>", "pdf", path)
    # django-ninja's untyped parameters: numbers where the name says so, a slug elsewhere.
    path = re.sub(r"<(\w+)>", lambda m: str(value) if m[1].endswith(("_id", "year")) else "minami", path)
    path = re.sub(r"<str:\w+>", "zzz", path)
    return "/" + path


def garbage_posts(fields, rounds):
    """An empty POST, then `rounds` POSTs where each field holds another garbage value; with more than one
    round, also one POST per garbage value in every field at once and one with every field duplicated."""
    names = sorted(fields) + EXTRA_FIELDS
    posts = [{}]
    for offset in range(rounds):
        posts.append({name: GARBAGE[(i + offset * 5) % len(GARBAGE)] for i, name in enumerate(names)})
    if rounds > 1:
        posts += [{name: value for name in names} for value in UNIFORM]
        posts.append({name: [GARBAGE[i % len(GARBAGE)], "1"] for i, name in enumerate(names)})
    return posts


def row_counts():
    # Records of who came and what they read or exported (sign-ins, the 閲覧・出力の記録) are not changes.
    return {model._meta.label: model.objects.count() for model in apps.get_models()
            if model._meta.app_label not in ("sessions", "axes", "admin") and not model._meta.proxy
            and model._meta.label != "ops.AccessRecord"}


def ask(client, path, data=None, errors=None):
    """The answer to a GET (or a POST of `data`); a server error is noted in `errors` (so one walk reports
    every failing URL at once) or asserted at once."""
    try:
        response = client.post(path, data) if data is not None else client.get(path)
        status = response.status_code
    except Exception as exc:  # the test client re-raises what the view raised; that is a 500 to a user
        response, status = None, f"{type(exc).__name__}: {str(exc)[:200]}"
    if status == 500 or not isinstance(status, int):
        detail = f"{'POST' if data is not None else 'GET'} {path} {sorted(data or {})[:6]} → {status}"
        if errors is None:
            raise AssertionError(detail)
        errors.append(detail)
    return response


# Outsiders first, so that each is checked against the untouched record; then the users who may act,
# the secretariat last since its garbage that happens to be valid (a cancel, a delete) changes the most.
OUTSIDERS = [None, "stranger", "other_secretariat"]
ACTORS = ["member_user", "dept_b_user", "dept_a_user", "secretariat"]


def leaked(response):
    """The leak test's sentinels that a response shows (documents read as text)."""
    if response is None or response.status_code != 200:
        return []
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = document_text(body, response.get("Content-Type", "")) if body[:5] == b"%PDF-" or body[:2] == b"PK" \
        else body.decode("utf-8", "replace")
    return [name for name, value in SENTINELS.items() if value in text]


def walk(client, routes, forms, *, rounds, outsider=False):
    """GET and an empty POST at every path; garbage POSTs where the pattern has forms (at forged ids
    one round, since the view refuses before reading them). Returns the server errors met and, for an
    outsider, every sentinel of a closed item, a draft or personal data that any answer showed."""
    errors = []
    for route, paths in routes:
        for n, path in enumerate(paths):
            response = ask(client, path, errors=errors)
            if client.session.get("_auth_user_id") is None and path.startswith("/work/") and response is not None:
                assert response.status_code in (302, 403, 404) or path.endswith(".ics"), path
            posts = garbage_posts(forms[route], rounds if n == 0 else 1) if forms.get(route) else [{}]
            answers = [response] + [ask(client, path, data, errors=errors) for data in posts]
            if outsider and not path.startswith("/search/"):  # search repeats what was typed
                errors += [f"{path} shows {name}" for answer in answers for name in leaked(answer)]
    return errors


def test_every_url_answers_forged_requests_of_every_role_without_a_server_error(world):
    rich_world(world)
    paths, forms = discover(world)
    # Logging out would turn the rest of a user's walk into an anonymous one.
    routes = [(route, instances(route, paths)) for route, _ in url_patterns() if route != "logout/"]
    errors = []
    for role in OUTSIDERS:
        client = Client()
        if role:
            client.force_login(getattr(world, role))
        before = row_counts()
        errors += [f"{role or 'anonymous'}: {e}" for e in walk(client, routes, forms, rounds=1, outsider=True)]
        # They may read public pages and their own council, but nothing of みなみ市's changes.
        assert row_counts() == before, role
    # Without a CSRF token the secretariat's own browser posts nothing (the JSON API takes no cookies).
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.secretariat)
    before = row_counts()
    for route, paths in routes:
        if not route.startswith(("api/", "search/api")):
            response = client.post(paths[0], {name: "1" for name in forms.get(route, ())})
            assert response.status_code in (403, 404, 405), paths[0]
    assert row_counts() == before
    for role in ACTORS:
        client = Client()
        client.force_login(getattr(world, role))
        # Every garbage value in every field at once only for the secretariat, who can reach every form (time).
        rounds = 2 if role == "secretariat" else 1
        errors += [f"{role}: {e}" for e in walk(client, routes, forms, rounds=rounds)]
    assert not errors, "\n".join(dict.fromkeys(errors))


# --- findings of the walk, each pinned ---

@pytest.mark.parametrize("path", [
    "/disclosure/minami/report/987654/", "/disclosure/minami/report/0/operations.csv",
    "/disclosure/minami/report/1868/operations.pdf", "/api/disclosure/reports/minami/987654",
    "/api/disclosure/reports/minami/0/operations.csv",
])
def test_operations_report_of_a_year_that_cannot_be_dated_is_not_found(client, world, path):
    """A fiscal year out of range gave a 500 (`year 987654 is out of range`) on the public report pages."""
    response = client.get(path)
    assert response.status_code in (404, 422), response.status_code
    from shingikai.jp.wareki import fiscal_year

    # This year's report (provisional) is there even before the register holds a request.
    assert client.get(f"/disclosure/minami/report/{fiscal_year(datetime.date.today())}/").status_code == 200


def test_another_citys_secretariat_cannot_read_publish_or_delete_our_unpublished_import(client, world):
    """The walk found kita's secretariat reading みなみ市's unpublished import of にし市's minutes at
    /work/import/m/N/ and deleting it: imports to precedent-only councils were shared by every secretariat."""
    from shingikai.minutes.actions import import_pending

    pending = receive_import_file((__import__("pathlib").Path(__file__).parent / "fixtures" / "minutes"
                                   / "higashi-space.txt").read_bytes(), name="higashi.txt", by=world.secretariat)
    meeting, _ = import_pending(pending, by=world.secretariat)
    client.force_login(world.other_secretariat)
    assert client.get(f"/work/import/m/{meeting.pk}/").status_code == 404
    assert f"/work/import/m/{meeting.pk}/" not in client.get("/work/import/").content.decode()
    for step in ("publish", "delete", "correct"):
        assert client.post(f"/work/import/m/{meeting.pk}/{step}/").status_code == 404
    client.force_login(world.secretariat)
    assert client.get(f"/work/import/m/{meeting.pk}/").status_code == 200
    assert client.post(f"/work/import/m/{meeting.pk}/publish/").status_code == 302


def test_another_citys_secretariat_cannot_read_or_change_our_imported_answer(client, world):
    """Imported 答申 of precedent-only 審査会 were shared by every secretariat, unpublished ones included."""
    from test_disclosure_answer_import import ANSWER

    answer, _ = import_answer(ANSWER.encode(), name="higashi-12.txt", by=world.secretariat)
    client.force_login(world.other_secretariat)
    assert client.get(f"/disclosure/imports/{answer.pk}/").status_code == 404
    for step in ("publish", "delete"):
        assert client.post(f"/disclosure/imports/{answer.pk}/{step}/").status_code == 404
    client.force_login(world.secretariat)
    assert client.get(f"/disclosure/imports/{answer.pk}/").status_code == 200


def test_stale_correction_of_an_imported_answer_keeps_the_other_correction(world):
    from django.urls import reverse
    from test_disclosure_answer_import import ANSWER

    from shingikai.disclosure.models import ImportedAnswer

    answer, _ = import_answer(ANSWER.encode(), name="higashi-12.txt", by=world.secretariat)
    url = reverse("disclosure:imported", args=[answer.pk])
    first, second = Client(), Client()
    first.force_login(world.secretariat)
    second.force_login(world.secretariat)
    form = BeautifulSoup(first.get(url).content, "html.parser").find("form", attrs={"aria-labelledby": "reading-heading"})
    fields = {f["name"]: f.get("value", "") for f in form.find_all("input") if f.get("name")}
    fields.update({t["name"]: t.text for t in form.find_all("textarea")})
    fields.update({s["name"]: (s.find("option", selected=True) or {}).get("value", "") for s in form.find_all("select")})
    assert second.post(url, {**fields, "conclusion": "二人目が先に訂正した結論"}).status_code == 302
    stale = first.post(url, {**fields, "conclusion": "一人目の古い画面からの結論"})
    assert stale.status_code == 409 and "ほかの人がこの記録を変更しました" in stale.content.decode()
    assert ImportedAnswer.objects.get(pk=answer.pk).conclusion == "二人目が先に訂正した結論"


@pytest.mark.parametrize("path,data", [
    ("/work/meetings/m/{meeting}/attendance/", {"what": "correct", "attendance": "令和99年13月40日"}),
    ("/work/meetings/m/{meeting}/attendance/", {"what": "remove", "attendance": "99999999999999999999999"}),
    ("/work/meetings/m/{planned}/open/", {"present": ["99999999999999999999999"]}),
    ("/work/meetings/answers/new/", {"cases": ["99999999999999999999999"], "addressee": "市長", "conclusion": "承認"}),
    ("/work/registers/audits/new/", {"departments": ["99999999999999999999999"], "title": "監査"}),
])
def test_record_ids_that_are_not_numbers_or_past_the_range_are_refused_not_a_server_error(client, world, path, data):
    """The walk found ValueError (attendance) and OverflowError on SQLite (multiple-record choices)."""
    from helpers import open_meeting_with

    meeting, _ = open_meeting_with(world)
    planned = plan_meeting(world.council, date=datetime.date(2025, 9, 1))
    client.force_login(world.secretariat)
    response = client.post(path.format(meeting=meeting.pk, planned=planned.pk), data)
    assert response.status_code in (400, 404), response.status_code


TWENTY_DIGITS = "9" * 20


def number_forms(world):
    """Records at the stage where each form with a number field is shown, and who posts it."""
    from helpers import open_meeting_with

    from shingikai.disclosure.actions import record_request
    from shingikai.meetings.actions import record_turn

    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    turn = record_turn(meeting, speaker_label="会長", role="chair", text="開会します。")
    planned = plan_meeting(world.council, date=datetime.date(2025, 9, 1))
    undecided = record_request(world.dept_a, kind="public_document", received_on=datetime.date(2024, 6, 3),
                               documents="仕様書", requester_category="市内", requester_name="開示 請子", date_confirmed=True)
    decided = decided_request(world, decision="全部開示")
    return {"meeting": meeting.pk, "item": item.pk, "turn": turn.pk, "planned": planned.pk,
            "undecided": undecided.pk, "decided": decided.pk, "file": registered_file(world).pk}


# Every form with a whole-number field: (user, URL, the other fields, the number field).
NUMBER_FORMS = [
    ("secretariat", "/work/meetings/m/{planned}/open/", {}, "observers"),
    ("secretariat", "/work/meetings/m/{meeting}/items/{item}/decision/",
     {"outcome": "承認", "vote_method": "採決", "votes_for": "3", "votes_against": "0", "votes_abstain": "0"},
     "votes_for"),
    ("secretariat", "/work/meetings/m/{meeting}/items/{item}/decision/",
     {"outcome": "承認", "vote_method": "採決", "votes_for": "3", "votes_against": "0", "votes_abstain": "0"},
     "votes_against"),
    ("secretariat", "/work/meetings/m/{meeting}/items/{item}/decision/",
     {"outcome": "承認", "vote_method": "採決", "votes_for": "3", "votes_against": "0", "votes_abstain": "0"},
     "votes_abstain"),
    ("secretariat", "/work/meetings/m/{meeting}/turns/{turn}/", {"action": "move"}, "position"),
    ("dept_a_user", "/disclosure/register/{undecided}/decide/",
     {"decide-decision": "全部開示", "decide-decided_on": "令和6年6月20日"}, "decide-fee_yen"),
    ("dept_a_user", "/disclosure/register/{decided}/disclose/", {"disclose-on": "令和6年7月1日"}, "disclose-fee_yen"),
    ("dept_a_user", "/disclosure/register/{undecided}/extend/",
     {"extend-reason": "量が多いため", "extend-notice_on": "令和6年6月10日"}, "extend-days"),
    ("dept_a_user", "/work/registers/assessments/new/",
     {"system_name": "住民記録システム", "subject_count": "1000", "handler_count": "10", "reason": "new"},
     "subject_count"),
    ("dept_a_user", "/work/registers/assessments/new/",
     {"system_name": "住民記録システム", "subject_count": "1000", "handler_count": "10", "reason": "new"},
     "handler_count"),
    ("secretariat", "/work/registers/files/{file}/link/", {}, "case"),
    ("secretariat", "/work/registers/audits/new/",
     {"title": "監査", "auditor": "総務課", "scope": "範囲", "conducted_from": "令和7年8月1日",
      "conducted_to": "令和7年8月5日"}, "fiscal_year"),
]


@pytest.mark.parametrize("user,path,data,field", NUMBER_FORMS)
def test_a_twenty_digit_number_in_any_number_field_is_refused_not_a_server_error(client, world, user, path, data,
                                                                                 field):
    """SQLite raised OverflowError and PostgreSQL DataError on these before the forms bounded every number."""
    ids = number_forms(world)
    client.force_login(getattr(world, user))
    response = client.post(path.format(**ids), {**data, field: TWENTY_DIGITS})
    assert response.status_code == 400, response.status_code
    # The field's own error: 「この値は … 以下 …」, or for a 年度 「令和82年度 (2100年度)より後の年度は扱えません」.
    assert "以下" in response.content.decode() or "より後の年度は扱えません" in response.content.decode()


def test_every_number_field_of_every_form_is_bounded():
    """A whole-number form field without a largest value lets a 20-digit number through to the database."""
    import importlib
    import pkgutil

    from django import forms
    from django.core.validators import MaxValueValidator

    import shingikai

    for module in pkgutil.walk_packages(shingikai.__path__, "shingikai."):
        if module.name.rsplit(".", 1)[-1].endswith("forms"):
            importlib.import_module(module.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    def bounded(form, name, field):
        if field.max_value is not None:
            return True
        # A model form's field is checked against the model field's range (its validators) by full_clean.
        model = getattr(getattr(form, "_meta", None), "model", None)
        names = {f.name for f in model._meta.fields} if model else set()
        return name in names and any(isinstance(v, MaxValueValidator) for v in model._meta.get_field(name).validators)

    unbounded = [f"{form.__module__}.{form.__name__}.{name}"
                 for form in set(subclasses(forms.BaseForm)) if form.__module__.startswith("shingikai.")
                 for name, field in getattr(form, "base_fields", {}).items()
                 if isinstance(field, forms.IntegerField) and not bounded(form, name, field)]
    # The import review's line and item numbers only index the uploaded text (minutes/ is changed separately).
    unbounded = [name for name in unbounded if not name.startswith("shingikai.minutes.import_forms.")]
    assert unbounded == []


@pytest.mark.parametrize("value", ["abc", "%00", "１２", "'\"<x>", "-1", "99999999999999999999999"])
def test_a_case_preselected_by_a_query_string_that_names_none_preselects_nothing(client, world, value):
    """A crawl with odd query strings found /work/meetings/answers/new/?case=abc a server error."""
    client.force_login(world.secretariat)
    response = client.get(f"/work/meetings/answers/new/?case={value}")
    assert response.status_code == 200
    assert 'selected' not in str(BeautifulSoup(response.content, "html.parser").find("select", attrs={"name": "cases"}))


def test_another_citys_unpublished_import_is_not_in_the_topic_review(client, world):
    """The walk found kita's secretariat shown みなみ市's unpublished import titles at /work/precedents/topics/."""
    from shingikai.minutes.actions import import_pending

    pending = receive_import_file((__import__("pathlib").Path(__file__).parent / "fixtures" / "minutes"
                                   / "higashi-space.txt").read_bytes(), name="higashi.txt", by=world.secretariat)
    meeting, _ = import_pending(pending, by=world.secretariat)
    title = meeting.items.exclude(case=None).first().case.title
    client.force_login(world.secretariat)
    assert title in client.get("/work/precedents/topics/?all=1").content.decode()
    client.force_login(world.other_secretariat)
    assert title not in client.get("/work/precedents/topics/?all=1").content.decode()
    case = meeting.items.exclude(case=None).first().case
    assert client.post(f"/work/precedents/topics/{case.pk}/", {"label": "防犯カメラ"}).status_code == 404


def test_a_nul_byte_pasted_into_a_field_is_named_as_the_problem_and_nothing_is_saved(client, world):
    from django.urls import reverse

    from shingikai.disclosure.models import DisclosureRequest

    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:new"), request_form(world, documents="自分の住民票の\x00交付記録"))
    page = response.content.decode()
    assert response.status_code == 400 and not DisclosureRequest.objects.exists()
    assert "制御文字（NUL）" in page and "何か文字を入力してください" not in page


@pytest.mark.django_db
def test_a_post_without_the_csrf_cookie_gets_the_site_s_own_403_in_japanese():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/login/", {"username": "x", "password": "y"})
    page = response.content.decode()
    assert response.status_code == 403 and "送信を受け付けられませんでした" in page
    assert "DEBUG" not in page and "CSRF" not in page


def test_an_actions_address_opened_directly_answers_a_japanese_page_with_a_way_home(client, world):
    # A refused form leaves the action's address in the address bar; reopening it is a GET the action refuses.
    case = accepted_case(world)
    client.force_login(world.dept_a_user)
    response = client.get(f"/work/cases/{case.pk}/withdraw/")
    page = response.content.decode()
    assert response.status_code == 405 and response["Allow"] == "POST"
    assert "このアドレスは直接開けません" in page and "ボタンから" in page and 'href="/work/"' in page
