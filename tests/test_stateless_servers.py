"""Two app servers in front of one PostgreSQL and one media folder behave as one site.

Runs on PostgreSQL only (CI's second pass): two `shingikai serve` processes share the test
database, a login on one is valid on the other, a write on one is seen at once on the other, a
file uploaded through one is served by the other, and a logout on one ends the session on both.
"""
import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import hostile_files as hostile
import pytest
from django.db import connection

from conftest import PASSWORD, make_world
from helpers import accepted_case, free_ports

pytestmark = [
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="needs a database server both processes share"),
    pytest.mark.django_db(transaction=True),
]

# The production hasher: the servers do not see the test settings' fast one.
PRODUCTION_HASHER = "django.contrib.auth.hashers.PBKDF2PasswordHasher"


def database_url():
    s = connection.settings_dict
    auth = s["USER"] + (f":{urllib.parse.quote(s['PASSWORD'])}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def servers(tmp_path):
    command = Path(sys.executable).with_name("shingikai")
    media = tmp_path / "media"
    env = {**os.environ, "DATABASE_URL": database_url(), "SHINGIKAI_MEDIA_DIR": str(media),
           "SECRET_KEY": "two-servers-" + uuid.uuid4().hex, "DEBUG": "false", "ALLOWED_HOSTS": "127.0.0.1"}
    ports = free_ports(2)
    # Each server has a data folder of its own, as on two machines: only the database and media are shared.
    processes = [subprocess.Popen([str(command), "serve", "--port", str(port), "--workers", "1"],
                                  env={**env, "SHINGIKAI_DATA_DIR": str(tmp_path / f"server-{port}")},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for port in ports]
    try:
        for port, process in zip(ports, processes):
            deadline = time.monotonic() + 60
            while True:
                # Exited: it could not bind, and whatever answers on the port is not ours.
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"shingikai serve on port {port} did not start")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    time.sleep(0.2)
        yield [f"http://127.0.0.1:{port}" for port in ports], media
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


class Browser:
    """One cookie jar used against any server: what a browser behind a load balancer sends."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  _NoRedirect)

    def request(self, url, data=None, headers=None):
        request = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def csrf(self):
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def post(self, url, fields, files=()):
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                 for k, v in {"csrfmiddlewaretoken": self.csrf(), **fields}.items()]
        for name, filename, content in files:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                         "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request(url, body, {"Content-Type": f"multipart/form-data; boundary={boundary}",
                                        "Referer": url})


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def department_signed_in(server, settings):
    """An accepted case of 市民課 and a browser signed in as its staff ("shimin") on `server`."""
    settings.PASSWORD_HASHERS = [PRODUCTION_HASHER]
    world = make_world()
    world.dept_a_user.set_password(PASSWORD)
    world.dept_a_user.save()
    case = accepted_case(world)
    browser = Browser()
    assert browser.request(f"{server}/login/")[0] == 200
    status, _ = browser.post(f"{server}/login/", {"username": "shimin", "password": PASSWORD})
    assert status == 302
    return case, browser


def test_two_servers_act_as_one_site(servers, settings):
    (a, b), media = servers
    case, browser = department_signed_in(a, settings)

    # The session made on A is valid on B.
    status, page = browser.request(f"{b}/work/cases/{case.pk}/")
    assert status == 200 and case.title in page.decode()

    # A file uploaded through B is in the one media folder and served at once by A.
    content = hostile.pdf_pages(1, title=f"two servers {uuid.uuid4().hex}")
    status, _ = browser.post(f"{b}/work/cases/{case.pk}/attachments/", {"title": "共有の確認資料"},
                             files=[("file", "shared.pdf", content)])
    assert status == 302
    status, page = browser.request(f"{a}/work/cases/{case.pk}/")
    assert "共有の確認資料" in page.decode()
    link = re.search(rf'href="(/work/cases/{case.pk}/attachments/\d+/)"', page.decode()).group(1)
    assert browser.request(f"{a}{link}") == (200, content)
    assert any(p.read_bytes() == content for p in media.rglob("*") if p.is_file())

    # A logout on A ends the session on B too.
    assert browser.post(f"{a}/logout/", {})[0] == 302
    status, _ = browser.request(f"{b}/work/cases/{case.pk}/")
    assert status == 302


def test_a_create_form_sent_again_through_the_other_server_creates_nothing(servers, settings):
    """The used submission tokens live in the database: a retry the load balancer sends to the other server
    finds the first server's record of it."""
    (a, b), _ = servers
    case, browser = department_signed_in(a, settings)
    page = browser.request(f"{a}/work/cases/{case.pk}/")[1].decode()
    form = page.split("/attachments/\"", 1)[1].split("</form>", 1)[0]
    fields = {"title": "一度だけの資料", "submission": re.search(r'name="submission" value="([\w-]+)"', form).group(1)}
    upload = [("file", "once.pdf", hostile.pdf_pages(1))]
    assert browser.post(f"{a}/work/cases/{case.pk}/attachments/", fields, files=upload)[0] == 302
    assert browser.post(f"{b}/work/cases/{case.pk}/attachments/", fields, files=upload)[0] == 302
    assert list(case.attachments.values_list("title", flat=True)) == ["一度だけの資料"]


def test_an_unpublication_reaches_both_servers_kept_anonymous_pages_at_once(servers):
    """Each server keeps anonymous portal pages under their ETag (portal/freshness.py); the ETag is read from
    the database on every request, so a page taken off the site is gone from both at once."""
    from helpers import import_published

    from shingikai.minutes.actions import publish_import, unpublish_import

    (a, b), _ = servers
    make_world()
    meeting, _ = import_published({
        "municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "令和5年度第1回",
        "date": "2023-07-10", "members_present": ["甲"], "chair": "甲",
        "items": [{"kind": "諮問", "title": "防犯カメラの設置", "departments": ["担当課"], "categories": [],
                   "outcome": "承認", "conditions": []}],
        "turns": [{"speaker": "委員", "role": "member", "item": 0, "text": "録画は何日保存しますか。"}]},
        source_name="hidari.txt")
    visitor = Browser()
    link = f"/meetings/{meeting.pk}/"
    for server in (a, b):
        for _ in range(2):  # the second answer is the kept page
            assert link in visitor.request(f"{server}/")[1].decode()
            assert visitor.request(f"{server}{link}")[0] == 200
    unpublish_import(meeting, reason="訂正のため")
    for server in (a, b):
        assert link not in visitor.request(f"{server}/")[1].decode()
        assert visitor.request(f"{server}{link}")[0] == 410  # once public, now taken back: gone, not unknown
    publish_import(meeting)
    for server in (b, a):
        assert link in visitor.request(f"{server}/")[1].decode()
        assert visitor.request(f"{server}{link}")[0] == 200
