"""Concurrent requests against a live server (gunicorn on loopback, several workers and threads) on the
database the suite runs on (SQLite, or PostgreSQL when DATABASE_URL names one): nothing collides, nothing
is lost, and every stored row is counted afterwards. Also kill -9 during turn entry: the index still
matches the data afterwards, without a reindex."""
import datetime
import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from conftest import PASSWORD
from helpers import free_ports

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


@pytest.fixture
def live_database(tmp_path):
    """A database of its own (the test database lives inside a transaction other processes cannot see)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'live.sqlite3'}"
        return
    import psycopg

    base, _, name = url.rpartition("/")
    live = f"{name}_live"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{live}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{live}" TEMPLATE template0 ENCODING \'UTF8\'')
    yield f"{base}/{live}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{live}" WITH (FORCE)')


def site_env(database_url, tmp_path):
    env = dict(os.environ, DATABASE_URL=database_url, SHINGIKAI_DATA_DIR=str(tmp_path / "data"),
               SHINGIKAI_PAGE_CACHE="0", DJANGO_SETTINGS_MODULE="shingikai.settings",
               SECRET_KEY="live-server-" + "x" * 40)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def site(command, env):
    result = subprocess.run([sys.executable, str(HERE / "live_site.py"), command], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def server(live_database, tmp_path):
    env = site_env(live_database, tmp_path)
    ids = site("setup", env)
    (port,) = free_ports(1)
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "shingikai.wsgi", "-b", f"127.0.0.1:{port}", "-w", "3", "--threads", "4",
         "--timeout", "120", "--graceful-timeout", "5"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(tmp_path / "gunicorn.log", "wb"),
    )
    # Ready when a worker answers (the port is bound before the workers have booted).
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:  # it could not bind: never take another server's answer for ours
            pytest.fail("the live server exited: " + (tmp_path / "gunicorn.log").read_text()[-2000:])
        try:
            requests.get(f"http://127.0.0.1:{port}/login/", timeout=120).raise_for_status()
            break
        except requests.RequestException:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("the live server did not start: " + (tmp_path / "gunicorn.log").read_text()[-2000:])
    try:
        yield {"env": env, "ids": ids, "process": process, "url": f"http://127.0.0.1:{port}"}
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def signed_in(url, username="jimukyoku"):
    session = requests.Session()
    page = session.get(f"{url}/login/", timeout=120)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(f"{url}/login/", data={"username": username, "password": PASSWORD,
                                                   "csrfmiddlewaretoken": token},
                            headers={"Referer": f"{url}/login/"}, allow_redirects=False, timeout=120)
    assert response.status_code == 302, response.text[:500]
    return session


def post_form(session, url, data):
    token = session.cookies.get("csrftoken")
    return session.post(url, data={**data, "csrfmiddlewaretoken": token}, headers={"Referer": url},
                        allow_redirects=False, timeout=120)


def test_twenty_concurrent_turns_are_stored_once_each(server):
    session = signed_in(server["url"])
    turns_url = f"{server['url']}/work/meetings/m/{server['ids']['meeting']}/turns/"
    texts = [f"同時に入力した発言 {n:02d}" for n in range(20)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda text: post_form(session, turns_url, {"speaker": "member", "text": text}),
                                  texts))
    assert [r.status_code for r in responses] == [302] * 20
    stored = site("count", server["env"])
    assert sorted(t["text"] for t in stored["turns"]) == texts
    assert sorted(t["order"] for t in stored["turns"]) == list(range(1, 21))
    assert stored["index_matches"] and stored["indexed"] == 20 and stored["pending"] == 0


def test_one_turn_sent_eight_times_at_once_is_stored_once(server):
    """The same submission token reaching different worker processes at once: one turn, and every answer
    sends the person to it."""
    session = signed_in(server["url"])
    turns_url = f"{server['url']}/work/meetings/m/{server['ids']['meeting']}/turns/"
    token = re.search(r'name="submission" value="([\w-]+)"', session.get(turns_url, timeout=120).text).group(1)
    form = {"speaker": "member", "text": "一度だけ送った発言", "submission": token}
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: post_form(session, turns_url, form), range(8)))
    assert [r.status_code for r in responses] == [302] * 8
    assert len({r.headers["Location"] for r in responses}) == 1
    assert [t["text"] for t in site("count", server["env"])["turns"]] == ["一度だけ送った発言"]


def test_eight_concurrent_acceptances_get_eight_distinct_numbers(server):
    session = signed_in(server["url"])
    urls = [f"{server['url']}/work/cases/{pk}/accept/" for pk in server["ids"]["cases"]]
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda url: post_form(session, url, {}), urls))
    assert [r.status_code for r in responses] == [302] * 8
    stored = site("count", server["env"])
    assert stored["accepted"] == 8
    assert sorted(stored["numbers"]) == sorted(f"諮問第{n}号" for n in range(1, 9))


def test_eight_appeals_filed_at_once_get_eight_distinct_numbers(server):
    """Eight 審査請求 against eight decisions, entered in the same moment (the 年度's first eight): each its own
    審査請求番号, where a count read before the others were stored gave them all 「2024-審001」."""
    session = signed_in(server["url"])
    urls = [f"{server['url']}/disclosure/register/{pk}/appeal/" for pk in server["ids"]["requests"]]
    form = {"appeal-filed_on": "令和6年7月10日", "appeal-purport": "本件処分を取り消すとの裁決を求める。"}
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda url: post_form(session, url, form), urls))
    assert [r.status_code for r in responses] == [302] * 8
    assert sorted(site("count", server["env"])["appeal_numbers"]) == [f"2024-審{n:03d}" for n in range(1, 9)]


def test_eight_requests_recorded_at_once_get_eight_distinct_numbers(server):
    """Eight clerks recording a 開示請求 received the same day in the same moment: each its own 受付番号, where the
    highest read before the others were stored gave two the same number and the second a server error."""
    session = signed_in(server["url"])
    url = f"{server['url']}/disclosure/register/new/"
    received = datetime.date.today()  # within the year: no date to confirm; the live site's 年度 is today's
    forms = [{"department": server["ids"]["department"], "kind": "public_document", "received_on": received.isoformat(),
              "documents": f"同時に受け付けた請求 {n}", "requester_category": "市内"} for n in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda form: post_form(session, url, form), forms))
    assert [r.status_code for r in responses] == [302] * 8
    year = received.year if received.month >= 4 else received.year - 1
    numbers = site("count", server["env"])["request_numbers"]
    assert sorted(n for n in numbers if n.startswith(f"{year}-")) == [f"{year}-{n:04d}" for n in range(1, 9)]


def test_kill_9_during_turn_entry_leaves_the_index_matching_the_data(server):
    session = signed_in(server["url"])
    turns_url = f"{server['url']}/work/meetings/m/{server['ids']['meeting']}/turns/"
    workers = [int(pid) for pid in Path(f"/proc/{server['process'].pid}/task/{server['process'].pid}/children")
               .read_text().split()]

    def enter(n):
        try:
            return post_form(session, turns_url, {"speaker": "member", "text": f"入力中の発言 {n:03d}"}).status_code
        except requests.RequestException:
            return None  # the worker that answered was killed

    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = [pool.submit(enter, n) for n in range(60)]
        time.sleep(1.5)
        for pid in workers:  # every worker of the server, mid-request
            os.kill(pid, signal.SIGKILL)
        results = [f.result() for f in futures]
    assert any(code is None or code >= 500 for code in results) or results.count(302) < 60
    # The server starts new workers (as it would after any crash); the next writes go on.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and enter(999) != 302:
        time.sleep(0.5)
    stored = site("count", server["env"])
    orders = [t["order"] for t in stored["turns"]]
    assert len(orders) == len(set(orders))
    assert stored["index_matches"], stored
    assert stored["pending"] == 0


def wait_for_a_write_transaction(database_url, process, timeout=120):
    """True as soon as another connection holds an open write transaction on the database."""
    deadline = time.monotonic() + timeout
    if database_url.startswith("postgres"):
        import psycopg

        with psycopg.connect(database_url, autocommit=True) as conn:
            while time.monotonic() < deadline and process.poll() is None:
                # backend_xid is given at a transaction's first write
                if conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL").fetchone()[0]:
                    return True
                time.sleep(0.02)
        return False
    import sqlite3

    conn = sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=0, isolation_level=None)
    try:
        while time.monotonic() < deadline and process.poll() is None:
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
            except sqlite3.OperationalError:  # "database is locked": a writer holds it
                return True
            time.sleep(0.02)
        return False
    finally:
        conn.close()


def test_kill_9_during_an_import_leaves_the_index_matching_the_data(live_database, tmp_path):
    """An import killed half way stores nothing (it is one transaction); whatever it had queued for the index
    is either gone with it or waits in the outbox, and the next write indexes it, without a reindex."""
    env = site_env(live_database, tmp_path)
    site("setup", env)
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    from bench_import import synthetic_minutes

    long_minutes = tmp_path / "long-minutes.txt"
    long_minutes.write_text(synthetic_minutes(1_500_000), encoding="utf-8")
    shingikai = str(BIN / "shingikai")
    process = subprocess.Popen([shingikai, "import-minutes", str(long_minutes)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Killed once its write transaction is open: after the parse, before the commit (a fixed sleep
    # killed it after the commit on a fast machine).
    assert wait_for_a_write_transaction(live_database, process), "the import never began to write"
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL, "the import finished before it could be killed"
    assert site("count", env)["turns"] == []

    # The next write: a small import that runs to the end.
    small = HERE / "fixtures" / "minutes" / "higashi-paren.txt"
    result = subprocess.run([shingikai, "import-minutes", str(small)], env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    stored = site("count", env)
    assert stored["turns"], "the small import stored its turns"
    assert stored["index_matches"], stored
    assert stored["pending"] == 0
