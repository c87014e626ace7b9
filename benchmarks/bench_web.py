"""Page speed at 1 and 20 years of data: queries per page, median server time, p95 under load.

    .venv/bin/python benchmarks/bench_web.py [--years 1 20] [--seconds 8] [--concurrency 32] [--workers 2]
    .venv/bin/python benchmarks/bench_web.py --years 1 4 --seconds 3        # a quick run
    .venv/bin/python benchmarks/bench_web.py --years 1 20 --seconds 0       # in process only, no gunicorn

For each size, fills an SQLite file in a temporary folder with that many years of one busy council
(250 cases and 5,000 turns a year, so 20 years are the issue's 5,000 cases and 100,000 turns;
bulk_create, bypassing the actions for speed), then for each page (the case list, a meeting page,
a case page, the members' materials, the follow-up board, the portal's front page and a published
meeting):

* renders it in process 20 times with Django's test client (the secretariat logged in for work
  pages, anonymous for the portal): queries per page and the median server time;
* starts gunicorn with the production settings (only the database path and the URLconf differ)
  and drives the page with `--concurrency` keep-alive connections for `--seconds`: p95 latency.

The anonymous pages, which the server keeps under their ETag, are measured three ways: rendered,
kept (a visitor without a copy) and revalidated (a browser or proxy whose copy's max-age is over
sends the ETag back: 304 expected); see ANONYMOUS below. The case page and the members' materials,
which keep what they computed under keys that change with the data, are measured revisited (their
own rows) and computed with nothing kept (COMPUTED).

Each size runs in a child process of its own (Django's settings name one database). The closing
table checks the issue's goals: the same queries at both sizes; each work page's median at the
largest size within 1.5x its median at the smallest; p95 at most 100 ms; the case page and the
materials under 20 ms median.

When gunicorn imports this module (as `bench_web`), it is the settings module and the URLconf:
the production settings plus a bare view, which never reaches production URLs.
"""
import os
import sys

if __name__ != "__main__":
    from shingikai.settings import *  # noqa: F401,F403

    ROOT_URLCONF = "bench_web"
    DEBUG = False
    if os.environ.get("BENCH_CONN_MAX_AGE"):
        # --conn-max-age: override settings.py's CONN_MAX_AGE.
        DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ["BENCH_CONN_MAX_AGE"])  # noqa: F405

    def bare(request):
        from django.http import HttpResponse

        return HttpResponse("ok", content_type="text/plain")

    def __getattr__(name):
        # The URLconf is read after the apps are loaded; the settings are read before, so build it late.
        if name == "urlpatterns":
            from django.urls import include, path

            return [path("bench/bare/", bare), path("", include("shingikai.urls"))]
        raise AttributeError(name)


def populate(years=20, cases=5000, turns=100_000):
    import datetime as dt
    import random

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from shingikai.cases.models import Case
    from shingikai.councils.models import Council, Department, Membership, Municipality, Person, Staff
    from shingikai.meetings.models import AgendaItem, Attendance, Decision, FollowUp, Meeting, Turn
    from shingikai.minutes.models import Minutes

    rng = random.Random(4)
    city = Municipality.objects.create(name="ベンチ市", slug="bench", head_title="ベンチ市長")
    council = Council.objects.create(municipality=city, name="ベンチ市情報公開・個人情報保護審議会", slug="bench")
    departments = Department.objects.bulk_create(
        [Department(municipality=city, name=f"第{n}課", division=f"第{n % 8}部") for n in range(30)])
    people = Person.objects.bulk_create([Person(name=f"委員 {n}") for n in range(7)])
    start_year = timezone.localdate().year - years
    Membership.objects.bulk_create([
        Membership(council=council, person=p, role="chair" if n == 0 else "member", appointed_on=dt.date(start_year, 4, 1),
                   term_start=dt.date(start_year, 4, 1)) for n, p in enumerate(people)])
    user = get_user_model().objects.create_user("bench", "bench@example.jp", "bench-pass-123")
    Staff.objects.create(name="事務局 ベンチ", user=user).secretariat_councils.add(council)

    meetings = Meeting.objects.bulk_create([
        Meeting(council=council, fiscal_year=start_year + y, number=m + 1, date=dt.date(start_year + y, 4, 10)
                + dt.timedelta(days=30 * m), start_time=dt.time(14), place="会議室", state=Meeting.State.HELD,
                observers=0)
        for y in range(years) for m in range(12)])
    Attendance.objects.bulk_create([
        Attendance(meeting=m, kind="member", person=p, name=p.name, title="委員") for m in meetings for p in people])
    per_meeting = cases // len(meetings) + 1
    case_rows, item_rows, n = [], [], 0
    for meeting in meetings:
        item_rows.append(AgendaItem(meeting=meeting, order=1, kind="procedural", procedure="開会", title="開会"))
        for k in range(per_meeting):
            if n >= cases:
                break
            department = departments[rng.randrange(len(departments))]
            case_rows.append(Case(
                council=council, department=department, status=Case.Status.ANSWERED, number=f"諮問第{k + 1}号",
                title=f"{department.name}の個人情報取扱事務 {n}", categories=["outsourcing"], purpose="事務の委託",
                legal_bases=["条例第8条"], retention_period="5年", destruction_method="溶解処理"))
            item_rows.append(AgendaItem(meeting=meeting, order=k + 2, kind="諮問", title=case_rows[-1].title))
            n += 1
    Case.objects.bulk_create(case_rows)
    case_iter = iter(case_rows)
    for item in item_rows:
        if item.kind != "procedural":
            item.case = next(case_iter)
    AgendaItem.objects.bulk_create(item_rows)
    deliberated = [i for i in item_rows if i.case_id]
    decisions = Decision.objects.bulk_create([
        Decision(agenda_item=i, case=i.case, outcome="承認", vote_method="挙手全員", wording="承認する。")
        for i in deliberated])
    today = timezone.localdate()
    follow_ups = []
    for d, item in zip(decisions[::2], deliberated[::2]):
        due = item.meeting.date + dt.timedelta(days=60)
        recent = due > today - dt.timedelta(days=200)
        follow_ups.append(FollowUp(
            decision=d, kind="後日報告", text="結果を報告する", department=item.case.department, due_date=due,
            status=FollowUp.Status.OPEN if recent else FollowUp.Status.CLOSED, closed_on=None if recent else due))
    FollowUp.objects.bulk_create(follow_ups)
    by_meeting = {}
    for item in deliberated:
        by_meeting.setdefault(item.meeting_id, []).append(item)
    turn_rows, per = [], turns // len(meetings)
    for meeting in meetings:
        items = by_meeting.get(meeting.pk, [])
        for order in range(1, per + 1):
            item = items[(order * len(items)) // (per + 1)] if items else None
            turn_rows.append(Turn(meeting=meeting, agenda_item=item, order=order, speaker_label="委員",
                                  role="member", text="保存期間と廃棄の方法を伺いたい。" * 3))
    Turn.objects.bulk_create(turn_rows, batch_size=5000)
    Minutes.objects.bulk_create([Minutes(meeting=m, style="要点記録", state="published", published_on=m.date)
                                 for m in meetings])
    busiest = max(meetings, key=lambda m: len(by_meeting.get(m.pk, [])))
    return user, busiest, Case.objects.count(), Turn.objects.count()


def session_cookie(user):
    """The cookies a logged-in browser sends: its session and its CSRF secret."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.middleware.csrf import _get_new_csrf_string

    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    # The backend that loads users (the first one only throttles logins); a session naming a backend no longer
    # listed is signed out, and the work pages would have been measured as redirects to the login page.
    session[BACKEND_SESSION_KEY] = "shingikai.signedin.UserWithRolesBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return (f"{settings.SESSION_COOKIE_NAME}={session.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={_get_new_csrf_string()}")


async def _drive(host, port, paths, cookie, concurrency, seconds, warmup, seed=0, extra=""):
    """Each connection walks the whole list of paths in its own shuffled order, so a cache meets every page.
    A request sent during the measured seconds counts however long it takes: leaving out those that end
    after the window would leave out the slowest. `extra`: more request header lines ("Name: value\r\n")."""
    import asyncio
    import random
    import time

    latencies, statuses = [], {}
    completed = [0]
    start = time.perf_counter()
    measure_from, stop_at = start + warmup, start + warmup + seconds

    async def one_connection(n):
        order = list(paths)
        random.Random(seed * 1000 + n).shuffle(order)
        reader = writer = None
        i = 0
        while time.perf_counter() < stop_at:
            path = order[i % len(order)]
            i += 1
            request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nCookie: {cookie}\r\n{extra}"
                       "Connection: keep-alive\r\n\r\n").encode()
            sent = time.perf_counter()
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                writer.write(request)
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                status = int(lines[0].split()[1])
                headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
                await reader.readexactly(int(headers.get("content-length", "0")))
            except (OSError, asyncio.IncompleteReadError) as error:
                # The sync worker opens a connection per request; tens of thousands of them per run can
                # meet a port still in TIME_WAIT. Counted, shown with the statuses, and tried again.
                if sent >= measure_from:
                    name = type(error).__name__
                    statuses[name] = statuses.get(name, 0) + 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                continue
            done = time.perf_counter()
            completed[0] += 1
            if sent >= measure_from:
                latencies.append(done - sent)
                statuses[status] = statuses.get(status, 0) + 1
            if headers.get("connection", "").lower() == "close":
                writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    await asyncio.gather(*(one_connection(n) for n in range(concurrency)))
    return latencies, statuses, completed[0]


def _quantiles(values):
    import statistics

    values = sorted(values)
    if len(values) < 2:
        return (values[0] * 1000,) * 2 if values else (0.0, 0.0)
    q = statistics.quantiles(values, n=100)
    return q[49] * 1000, q[94] * 1000


def worker_cpu_seconds(server):
    """CPU time used so far by the server's worker processes (Linux /proc; None elsewhere)."""
    from pathlib import Path

    total, found = 0.0, False
    try:
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == server.pid:
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
                found = True
    except OSError:
        return None
    return total if found else None


def measure(server, port, paths, cookie, concurrency, seconds, warmup=1.5, seed=0, extra=""):
    import asyncio

    cpu_before = worker_cpu_seconds(server)
    latencies, statuses, completed = asyncio.run(
        _drive("127.0.0.1", port, paths, cookie, concurrency, seconds, warmup, seed, extra))
    cpu_after = worker_cpu_seconds(server)
    p50, p95 = _quantiles(latencies)
    cpu = (cpu_after - cpu_before) * 1000 / completed if None not in (cpu_before, cpu_after) and completed else None
    return {"requests": len(latencies), "rps": len(latencies) / seconds, "p50": p50, "p95": p95,
            "statuses": statuses, "cpu_ms": cpu}


def start_server(args, env, port):
    import socket
    import subprocess
    import time
    from pathlib import Path

    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "shingikai.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
         "--worker-class", "gthread" if args.threads > 1 else "sync", "--threads", str(args.threads),
         "--keep-alive", "30", "--backlog", "256", "--log-level", "warning"],
        env=env)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    # Each worker imports the URLconf and the views on its first request: not part of any run.
    for _ in range(10 * args.workers):
        with socket.create_connection(("127.0.0.1", port)) as connection:
            connection.sendall(f"GET /bench/bare/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                               "Connection: close\r\n\r\n".encode())
            while connection.recv(65536):
                pass
    return server


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PAGES = ("case list", "meeting page", "case page", "members' materials", "follow-up board", "portal front page",
         "published meeting")
WORK_PAGES = PAGES[:5]
# Anonymous pages are kept under their ETag (portal/freshness.py). Their own rows render them (in
# process, the kept copy is dropped before each render); "kept" serves a visitor without a copy from
# it, as gunicorn does after each worker's first rendering (so the p95 of both rows is that one);
# "revalidated" is a browser or proxy asking after max-age with If-None-Match (304 Not Modified).
ANONYMOUS = ("portal front page", "published meeting")
KEPT = {name: f"{name}, kept" for name in ANONYMOUS}
REVALIDATED = {name: f"{name}, revalidated" for name in ANONYMOUS}
# The case page and the members' materials keep what they computed (a case's rows and precedents, the
# materials' sections) under keys that change with the data: their own rows are the page revisited
# while nothing changed; "computed" renders them with nothing kept, as after a change.
COMPUTED = {name: f"{name}, computed" for name in ("case page", "members' materials")}
ALL_PAGES = (*PAGES, *COMPUTED.values(), *KEPT.values(), *REVALIDATED.values())


def page_urls(meeting):
    from shingikai.cases.models import Case

    case = Case.objects.filter(agenda_items__meeting=meeting).order_by("pk").first()
    return {
        "case list": "/work/cases/",
        "meeting page": f"/work/meetings/m/{meeting.pk}/",
        "case page": f"/work/cases/{case.pk}/",
        "members' materials": f"/work/meetings/m/{meeting.pk}/materials/",
        "follow-up board": "/work/meetings/followups/",
        "portal front page": "/",
        "published meeting": f"/meetings/{meeting.pk}/",
    }


def server_side(user, urls, renders=20):
    """({page: (queries, median ms, median CPU ms)}, {page: ETag}) rendered in process, after one unmeasured
    request. The CPU time (this process's, SQLite included) is what the page costs whatever else runs on
    the machine; the wall time also counts the waits for a core that other processes hold."""
    import statistics
    import time

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    work, public = Client(), Client()
    work.force_login(user)
    out, etags = {}, {}
    requests = [(name, url, {}, name in ANONYMOUS) for name, url in urls.items()]
    requests += [(computed, urls[name], {}, True) for name, computed in COMPUTED.items()]
    for name in ANONYMOUS:
        etags[name] = public.get(urls[name])["ETag"]
        requests.append((KEPT[name], urls[name], {}, False))
        requests.append((REVALIDATED[name], urls[name], {"HTTP_IF_NONE_MATCH": etags[name]}, False))
    for name, url, headers, clear in requests:
        client = public if name in ANONYMOUS or name in KEPT.values() or name in REVALIDATED.values() else work
        assert client.get(url, **headers).status_code == (304 if headers else 200), (name, url)
        times, cpu = [], []
        for _ in range(renders):
            if clear:
                cache.clear()
            with CaptureQueriesContext(connection) as queries:
                t0, c0 = time.perf_counter(), time.process_time()
                client.get(url, **headers)
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
        out[name] = (len(queries), statistics.median(times), statistics.median(cpu))
    return out, etags


def child(args):
    """One size: fill, measure in process and under gunicorn; print one JSON line."""
    import json
    import tempfile
    import uuid
    from pathlib import Path

    here = Path(__file__).resolve().parent
    folder = Path(tempfile.mkdtemp(prefix="shingikai-bench-web-"))
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench_web", "SHINGIKAI_DATA_DIR": str(folder),
           "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}", "PYTHONPATH": str(here), "DEBUG": "false",
           "LOG_LEVEL": "ERROR", "ALLOWED_HOSTS": "127.0.0.1,testserver",
           # Production settings refuse to start without a key; this one signs nothing that outlives the run.
           "SECRET_KEY": os.environ.get("SECRET_KEY") or uuid.uuid4().hex * 2}
    os.environ.update(env)
    (folder / "static").mkdir()
    sys.path.insert(0, str(here))
    import django

    django.setup()
    from django.core.management import call_command

    try:
        call_command("migrate", verbosity=0)
        user, meeting, case_count, turn_count = populate(years=args.child, cases=250 * args.child,
                                                         turns=5000 * args.child)
        urls = page_urls(meeting)
        server, etags = server_side(user, urls)
        result = {"years": args.child, "cases": case_count, "turns": turn_count, "server": server, "p95": {}}
        if not args.seconds:
            # In process only (--seconds 0): the figures that count on a machine shared with other work.
            print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
            return
        cookie = session_cookie(user)
        port = free_port()
        gunicorn = start_server(args, env, port)
        try:
            runs = [(name, url, "") for name, url in urls.items()]
            runs += [(REVALIDATED[name], urls[name], f"If-None-Match: {etag}\r\n") for name, etag in etags.items()]
            for n, (name, url, extra) in enumerate(runs):
                measured = measure(gunicorn, port, [url], cookie if name in WORK_PAGES else "", args.concurrency,
                                   args.seconds, seed=n, extra=extra)
                result["p95"][name] = (measured["p95"], measured["statuses"], measured["rps"])
            for name in ANONYMOUS:
                result["p95"][KEPT[name]] = result["p95"][name]
            # Under load each worker computes a page once and then reads it kept: one p95 for both rows.
            for name, computed in COMPUTED.items():
                result["p95"][computed] = result["p95"][name]
            # The floor: a view that reads nothing, through the same middleware, server and connections.
            bare = measure(gunicorn, port, ["/bench/bare/"], "", args.concurrency, args.seconds, seed=99)
            result["floor"] = (bare["p95"], bare["rps"])
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=10)
        print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def main():
    import argparse
    import json
    import subprocess

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="gthread threads per worker (1: sync worker)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)

    results = []
    for years in args.years:
        command = [sys.executable, __file__, "--child", str(years), "--seconds", str(args.seconds),
                   "--concurrency", str(args.concurrency), "--workers", str(args.workers),
                   "--threads", str(args.threads)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(next(line[7:] for line in output.splitlines() if line.startswith("RESULT "))))
        r = results[-1]
        print(f"{years} years: {r['cases']:,} cases, {r['turns']:,} turns", flush=True)
    print(goal_table(results, args))


def goal_table(results, args):
    """The issue's goals, one row per page: queries, in-process median and p95 under load at the smallest and
    largest size, the medians' ratio, requests per second at the largest, and whether every goal is met."""
    import subprocess

    small, large = results[0], results[-1]
    a, b = f"{small['years']}y", f"{large['years']}y"
    load = (f"gunicorn, {args.workers} workers ({'gthread x' + str(args.threads) if args.threads > 1 else 'sync'}); "
            f"{args.concurrency} connections for {args.seconds:g} s per page; " if args.seconds else "")
    lines = [f"{load}median: 20 in-process renders",
             "load while measuring: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(),
             f"  {'page':<34} {'queries ' + a + '/' + b:>15} {'median ms ' + a + '/' + b:>19} {'ratio':>6} "
             f"{'cpu ms ' + a + '/' + b:>15} {'p95 ms ' + a + '/' + b:>16} {'req/s':>6}  goal met"]
    loaded = bool(large["p95"])
    for name in ALL_PAGES:
        (q1, m1, c1), (q2, m2, c2) = small["server"][name], large["server"][name]
        p1, statuses1, _ = small["p95"].get(name, (float("nan"), {}, float("nan")))
        p2, statuses, rps = large["p95"].get(name, (float("nan"), {}, float("nan")))
        ratio = m2 / m1 if m1 else float("inf")
        missed = []
        if q1 != q2:
            missed.append("queries grow")
        if (name in WORK_PAGES or name in COMPUTED.values()) and ratio > 1.5:
            missed.append("median > 1.5x")
        if name in ("case page", "members' materials") and m2 >= 20:
            missed.append("median >= 20 ms" + (f" (cpu {c2:.0f} ms)" if c2 < 20 else ""))
        expected = "304" if name in REVALIDATED.values() else "200"
        if loaded and max(p1, p2) > 100:
            missed.append("p95 > 100 ms")
        for got in (statuses1, statuses) if loaded else ():
            if set(got) != {expected}:
                missed.append(f"statuses {got}")
        lines.append(f"  {name:<34} {f'{q1}/{q2}':>15} {f'{m1:.1f}/{m2:.1f}':>19} {ratio:>5.2f}x {f'{c1:.1f}/{c2:.1f}':>15} "
                     f"{f'{p1:.0f}/{p2:.0f}' if loaded else '-':>16} {f'{rps:.0f}' if loaded else '-':>6}  "
                     + ("yes" if not missed else "no: " + ", ".join(missed)))
    if not loaded:
        lines.append("  (--seconds 0: in process only; p95 not measured)")
        return "\n".join(lines)
    floor_p95, floor_rps = large["floor"]
    lines.append(f"  floor (a view that reads nothing): p95 {floor_p95:.0f} ms at {floor_rps:.0f} req/s; "
                 f"even a mean of 100 ms at {args.concurrency} connections needs {args.concurrency / 0.1:.0f} req/s "
                 "(Little's law)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
