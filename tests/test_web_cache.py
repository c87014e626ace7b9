"""The page cache of the busy work pages: a change is visible on the next request, and no one gets another
user's page. Transactional tests: the data version changes when a write commits, as it does in production
(inside a test's never-committed transaction the cache stands aside)."""
import datetime
import re
import threading

import pytest
from django.conf import settings
from django.contrib.messages import constants, get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.db import connections, transaction
from django.test import Client, RequestFactory
from django.urls import reverse

from shingikai import pagecache
from shingikai.cases import actions as case_actions
from shingikai.cases.models import Case
from shingikai.cases.views import case_list
from shingikai.meetings import actions as meeting_actions
from shingikai.ops import dataversion
from test_web_support import accepted_case, held_meeting, make_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, response.content.decode()


def as_user(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def test_second_visit_is_served_from_the_cache(web_world):
    client = as_user(web_world.secretariat)
    accepted_case(web_world, title="防犯カメラの設置")
    first, html = get(client, reverse("cases:list"))
    second, again = get(client, reverse("cases:list"))
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert "防犯カメラの設置" in again
    assert pagecache.CSRF_PLACEHOLDER not in html + again


def test_a_case_changed_through_an_action_is_listed_at_once(web_world):
    w = web_world
    case = make_case(w, title="古い件名")
    client = as_user(w.dept_a_user)
    get(client, reverse("cases:list"))
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"

    case_actions.update_case(case, by=w.dept_a_user, expected_version=case.version, title="新しい件名")
    response, html = get(client, reverse("cases:list"))
    assert response["X-Page-Cache"] == "miss"
    assert "新しい件名" in html and "古い件名" not in html


def test_a_change_through_the_browser_is_listed_at_once(web_world):
    w = web_world
    case = make_case(w, title="提出された案件")
    case_actions.submit_case(case, by=w.dept_a_user)
    submitted = Case.objects.get(pk=case.pk).get_status_display()
    secretariat, department = as_user(w.secretariat), as_user(w.dept_a_user)
    assert submitted in get(department, reverse("cases:list"))[1]
    assert get(department, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"
    returned = secretariat.post(reverse("cases:return", args=[case.pk]), {"comment": "資料が不足しています。"})
    assert returned.status_code == 302
    status = Case.objects.get(pk=case.pk).get_status_display()
    assert status != submitted
    response, html = get(department, reverse("cases:list"))
    assert response["X-Page-Cache"] == "miss"
    assert status in html


def test_writes_that_send_no_signals_are_noticed_too(web_world):
    case = accepted_case(web_world, title="一括更新の前")
    client = as_user(web_world.secretariat)
    get(client, reverse("cases:list"))
    Case.objects.filter(pk=case.pk).update(title="一括更新の後")
    assert "一括更新の後" in get(client, reverse("cases:list"))[1]


def test_a_write_in_another_thread_is_seen(web_world):
    """Another thread has its own database connection, as another gunicorn worker has."""
    case = accepted_case(web_world, title="別の接続の前")
    client = as_user(web_world.secretariat)
    get(client, reverse("cases:list"))
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"

    def elsewhere():
        try:
            Case.objects.filter(pk=case.pk).update(title="別の接続の後")
        finally:
            connections.close_all()

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    assert "別の接続の後" in get(client, reverse("cases:list"))[1]


def test_a_department_never_gets_another_departments_cached_list(web_world):
    w = web_world
    make_case(w, title="市民課だけの案件")
    a, b = as_user(w.dept_a_user), as_user(w.dept_b_user)
    assert "市民課だけの案件" in get(a, reverse("cases:list"))[1]
    assert get(a, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"
    response, html = get(b, reverse("cases:list"))
    assert response["X-Page-Cache"] == "miss"
    assert "市民課だけの案件" not in html
    assert "子供 次郎" in html and "市民 太郎" not in html


def test_the_board_is_per_user_and_current(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = meeting_actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    due = datetime.date.today() + datetime.timedelta(days=30)
    meeting_actions.add_follow_up(decision, kind="後日報告", text="市民課の報告", department=w.dept_a, due_date=due)
    a, b = as_user(w.dept_a_user), as_user(w.dept_b_user)
    get(a, reverse("meetings:followups"))
    assert "市民課の報告" in get(a, reverse("meetings:followups"))[1]
    get(b, reverse("meetings:followups"))
    assert "市民課の報告" not in get(b, reverse("meetings:followups"))[1]

    meeting_actions.add_follow_up(decision, kind="後日報告", text="こども家庭課の報告", department=w.dept_b,
                                  due_date=due)
    assert "こども家庭課の報告" in get(b, reverse("meetings:followups"))[1]


def test_the_meeting_page_shows_a_new_turn_at_once(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    client = as_user(w.secretariat)
    url = reverse("meetings:detail", args=[meeting.pk])
    assert "発言の記録 (0 件)" in get(client, url)[1]
    assert get(client, url)[0]["X-Page-Cache"] == "hit"
    client.post(reverse("meetings:turns", args=[meeting.pk]),
                {"speaker": "member", "text": "質問します。", "agenda_item": item.pk})
    assert meeting.turns.count() == 1
    assert "発言の記録 (1 件)" in get(client, url)[1]


def test_a_member_and_the_secretariat_get_their_own_meeting_page(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    url = reverse("meetings:detail", args=[meeting.pk])
    secretariat, member = as_user(w.secretariat), as_user(w.member_user)
    get(secretariat, url)
    get(secretariat, url)
    response, html = get(member, url)
    assert response["X-Page-Cache"] == "miss"
    assert "井上 二葉" in html and "事務 花子" not in html.split("</header>")[0]


def test_a_cached_page_carries_a_csrf_token_of_its_own_requester(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    url = reverse("meetings:detail", args=[meeting.pk])
    tokens = []
    for _ in range(2):
        client = as_user(w.secretariat, enforce_csrf_checks=True)
        get(client, url)
        response, html = get(client, url)
        assert response["X-Page-Cache"] == "hit"
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        tokens.append(token)
        # The token works for this client's own CSRF cookie: a form on the cached page can be sent.
        assert client.post(reverse("logout"), {"csrfmiddlewaretoken": token}).status_code == 302
    assert tokens[0] != tokens[1]


def test_a_page_with_a_message_is_neither_served_nor_stored(web_world):
    w = web_world
    client = as_user(w.secretariat)
    get(client, reverse("cases:list"))
    request = RequestFactory().get(reverse("cases:list"))
    request.user = w.secretariat
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    get_messages(request).add(constants.SUCCESS, "保存しました。")
    response = case_list(request)
    assert response["X-Page-Cache"] == "off"
    assert "保存しました。" in response.content.decode()
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"


def test_uncommitted_writes_are_never_cached(web_world):
    case = accepted_case(web_world, title="確定前")
    client = as_user(web_world.secretariat)
    get(client, reverse("cases:list"))
    with transaction.atomic():
        Case.objects.filter(pk=case.pk).update(title="まだ確定していない")
        response, html = get(client, reverse("cases:list"))
        assert response["X-Page-Cache"] == "off" and "まだ確定していない" in html
        transaction.set_rollback(True)
    response, html = get(client, reverse("cases:list"))
    assert "確定前" in html and "まだ確定していない" not in html


def test_the_next_day_renders_afresh(web_world, monkeypatch):
    client = as_user(web_world.secretariat)
    get(client, reverse("cases:list"))
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    monkeypatch.setattr(pagecache.timezone, "localdate", lambda: tomorrow)
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "miss"


def test_sessions_and_reads_leave_the_version_alone(web_world):
    client = as_user(web_world.secretariat)
    before = dataversion.snapshot()
    get(client, reverse("cases:list"))
    get(client, reverse("meetings:followups"))
    client.session.save()
    assert dataversion.snapshot() == before is not None


def test_a_new_build_renders_afresh(web_world, monkeypatch):
    client = as_user(web_world.secretariat)
    get(client, reverse("cases:list"))
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"
    monkeypatch.setattr(pagecache, "build", lambda: "deployed-later")
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "miss"


def test_a_deactivated_user_is_out_at_the_next_request(web_world):
    """The user of each request comes from a cache too; a change to the user row must end it at once."""
    user = web_world.secretariat
    client = as_user(user)
    get(client, reverse("cases:list"))
    get(client, reverse("cases:list"))
    type(user).objects.filter(pk=user.pk).update(is_active=False)
    response = client.get(reverse("cases:list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_logout_ends_cached_pages_for_that_session(web_world):
    """Sessions are read from a cache shared by the workers; a logout must end the session everywhere."""
    client = as_user(web_world.secretariat)
    get(client, reverse("cases:list"))
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"
    session_id = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert client.post(reverse("logout")).status_code == 302
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = session_id
    response = replay.get(reverse("cases:list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


@pytest.mark.parametrize("sql, target", [
    ('SELECT "cases_case"."id" FROM "cases_case"', None),
    ('(SELECT 1) UNION (SELECT 2)', None),
    ('WITH m AS MATERIALIZED (SELECT e.id, e.updated_at FROM e) SELECT * FROM m', None),
    ('SAVEPOINT "s1"', None),
    ('INSERT INTO "django_session" ("session_key") VALUES (%s)', None),
    ('UPDATE ops_dataversion SET token = %s WHERE name IN (%s)', None),
    ('UPDATE "cases_case" SET "title" = %s', "cases_case"),
    ('UPDATE OR REPLACE "cases_case" SET "title" = %s', "cases_case"),
    ('DELETE FROM "main"."cases_case" WHERE id = 1', "cases_case"),
    ('INSERT INTO "meetings_turn" ("text") VALUES (%s)', "meetings_turn"),
    ('DELETE FROM "search_fts" WHERE rowid = %s', "search_fts"),
    ('WITH gone AS (DELETE FROM "cases_case" RETURNING id) SELECT count(*) FROM gone', dataversion.GLOBAL),
    ('CREATE TABLE "x" ("id" integer)', dataversion.GLOBAL),
])
def test_reads_and_writes_are_told_apart(sql, target):
    assert dataversion._write_target(sql) == target


def test_the_tables_a_statement_reads_are_noticed_in_subqueries_too():
    sql = ('SELECT "cases_case"."id" FROM "cases_case" INNER JOIN "councils_department" ON (1) WHERE EXISTS('
           'SELECT 1 AS "a" FROM "councils_staff" U0 WHERE U0."id" = 1) AND x IN (SELECT id FROM meetings_turn)'
           ' AND y IN (SELECT id FROM public."councils_membership")')
    assert {t.lower() for t in dataversion._READ_TABLES.findall(sql)} == {
        "cases_case", "councils_department", "councils_staff", "meetings_turn", "councils_membership"}


def test_a_page_stays_cached_through_writes_to_tables_it_does_not_show(web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    client = as_user(w.secretariat)
    get(client, reverse("cases:list"))
    get(client, reverse("meetings:detail", args=[meeting.pk]))
    # A turn typed during the meeting: the case list shows no turns, the meeting page counts them.
    meeting_actions.record_turn(meeting, speaker_label="委員", role="member", text="保存期間を伺いたい。",
                                agenda_item=item)
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"
    response, html = get(client, reverse("meetings:detail", args=[meeting.pk]))
    assert response["X-Page-Cache"] == "miss"


def test_a_write_that_cannot_be_told_apart_renders_every_page_afresh(web_world):
    client = as_user(web_world.secretariat)
    get(client, reverse("cases:list"))
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "hit"
    dataversion.bump()
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "miss"


def test_a_write_during_rendering_is_not_hidden_by_the_stored_page(web_world, monkeypatch):
    """The page is stored with the versions taken before it read anything: a write that lands while it
    renders makes it stale at once, even though its text may show the data from before."""
    w = web_world
    case = make_case(w, title="描画中の件名")
    client = as_user(w.dept_a_user)
    from shingikai.cases import views as case_views

    original = case_views.render

    def render_then_write(*args, **kwargs):
        response = original(*args, **kwargs)
        Case.objects.filter(pk=case.pk).update(title="描画後の件名")  # another process, in effect
        return response

    monkeypatch.setattr(case_views, "render", render_then_write)
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "miss"
    monkeypatch.setattr(case_views, "render", original)
    response, html = get(client, reverse("cases:list"))
    assert response["X-Page-Cache"] == "miss" and "描画後の件名" in html


def test_a_worker_serves_its_recent_pages_from_memory_and_still_sees_changes(web_world):
    w = web_world
    case = make_case(w, title="記憶の中の件名")
    client = as_user(w.dept_a_user)
    get(client, reverse("cases:list"))
    # The shared file cache emptied (another machine's cleanup, a full disk): this process still has it.
    from django.core.cache import caches

    caches[pagecache.CACHE_ALIAS].clear()
    response, html = get(client, reverse("cases:list"))
    assert response["X-Page-Cache"] == "hit" and "記憶の中の件名" in html

    case_actions.update_case(case, by=w.dept_a_user, expected_version=case.version, title="書き換えた件名")
    response, html = get(client, reverse("cases:list"))
    assert response["X-Page-Cache"] == "miss"
    assert "書き換えた件名" in html and "記憶の中の件名" not in html


def test_the_memory_layer_keeps_the_most_recent_pages_within_its_bytes():
    recent = pagecache._Recent(max_bytes=400)
    for n in range(5):
        recent.put(f"k{n}", ("text/html", b"x" * 90))
    assert recent.get("k0") is None  # 450 bytes: the oldest went
    assert recent.get("k1") is not None  # now the most recently used
    recent.put("k5", ("text/html", b"x" * 90))
    assert recent.get("k2") is None and recent.get("k1") is not None
    recent.put("huge", ("text/html", b"x" * 200))  # over a quarter of the budget: not kept
    assert recent.get("huge") is None and recent.get("k5") is not None


def test_copies_in_memory_expire_with_the_shared_cache(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(pagecache.time, "monotonic", lambda: now[0])
    recent = pagecache._Recent(max_bytes=10_000, timeout=600)
    recent.put("k", ("text/html", b"x"))
    now[0] += 599
    assert recent.get("k") is not None
    now[0] += 2
    assert recent.get("k") is None


def test_without_data_versions_pages_are_served_uncached(web_world, monkeypatch):
    """New code started before `migrate` (or the table lost): every page still works, none is cached."""
    client = as_user(web_world.secretariat)
    monkeypatch.setattr(dataversion, "TABLE", "ops_no_such_table")
    assert dataversion.snapshot() is None
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "off"
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "off"


def test_a_user_read_without_data_versions_gets_no_cached_page(web_world):
    """Versions read after the user would be newer than it: such a request is neither served nor stored."""
    client = Client()
    client.force_login(web_world.secretariat, backend="django.contrib.auth.backends.ModelBackend")
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "off"
    assert get(client, reverse("cases:list"))[0]["X-Page-Cache"] == "off"
