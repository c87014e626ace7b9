"""Builders that walk records through the actions, for tests that need a case at a given stage."""
import datetime
import socket

from django.utils import timezone

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.meetings.actions import open_meeting, plan_meeting, schedule_case


def today():
    """The app's date (Asia/Tokyo) when asked. Not a module constant: a run that crosses midnight there would compare
    yesterday's date with the page's."""
    return timezone.localdate()


#: The day accepted_case receives a case unless told: before the meetings most tests hold (令和6〜7年度), which
#: refuse a case received after their day.
RECEIVED_ON = datetime.date(2024, 4, 1)


def accepted_case(world, *, department=None, kind="諮問", title="住民票コンビニ交付の外部委託", submitted_by=None,
                  accepted_by=None, on=RECEIVED_ON, **fields):
    """A case created and submitted (by `submitted_by`, the system by default) and accepted by `accepted_by` on
    `on` (None: today)."""
    department = department or world.dept_a
    fields.setdefault("purpose", "証明書をコンビニエンスストアで交付するため")
    fields.setdefault("categories", ["outsourcing", "online_linkage"])
    fields.setdefault("legal_bases", ["みなみ市個人情報保護条例第12条"])
    case = create_case(world.council, department, kind=kind, title=title, by=submitted_by, **fields)
    submit_case(case, by=submitted_by)
    return accept_case(case, by=accepted_by, on=on)


def open_meeting_with(world, *, present=None, date=datetime.date(2025, 5, 20), cases=(), informal=False):
    meeting = plan_meeting(world.council, date=date, start_time=datetime.time(14, 0), place="みなみ市役所 第1会議室")
    items = [schedule_case(case, meeting) for case in cases]
    present = world.people if present is None else present
    absent = [p for p in world.people if p not in present]
    meeting = open_meeting(meeting, present=present, absent=absent, secretariat=[world.secretariat_staff],
                           informal=informal)
    return meeting, items


def announced_ahead(meeting):
    """A meeting entered a month before its day, as a calendar planned ahead is: public while still planned
    (publicity.entered_after_their_day) whatever day the test runs, though its fixed date may have passed."""
    from shingikai.meetings.models import Meeting

    entered = datetime.datetime.combine(meeting.date - datetime.timedelta(days=30), datetime.time(9, 0),
                                        tzinfo=datetime.timezone.utc)
    Meeting.objects.filter(pk=meeting.pk).update(created_at=entered)
    meeting.created_at = entered
    return meeting


def document_text(body: bytes, content_type: str = "") -> str:
    """Every word a downloaded PDF or DOCX holds, with whitespace removed (a sentinel may wrap a line).
    DOCX: all XML parts of the package (body, headers, footers, comments), tags stripped."""
    import io
    import re
    import zipfile

    if body[:5] == b"%PDF-" or "pdf" in content_type:
        from pypdf import PdfReader

        text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(body)).pages)
    elif body[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(body)) as package:
            text = "".join(re.sub(r"<[^>]+>", "", package.read(name).decode("utf-8", "replace"))
                           for name in package.namelist() if name.endswith(".xml"))
    else:
        text = body.decode("utf-8", "replace")
    return re.sub(r"\s+", "", text)


def sign_all(minutes, on):
    """Every designated signer signs: publishing waits for the last signature."""
    from shingikai.minutes.actions import sign_minutes
    for signer in minutes.signers.select_related("person"):
        sign_minutes(minutes, signer.person, on=on)
    return minutes


def import_published(parsed, *, source_name, by=None):
    """A neighbour's minutes imported and then published, as the secretariat does after its review; the
    operator's import unless `by` (a secretariat user) imported it."""
    from shingikai.minutes.actions import import_meeting, publish_import

    meeting, status = import_meeting(parsed, source_name=source_name, by=by)
    publish_import(meeting, on=meeting.date, by=by)
    return meeting, status


def second_secretary(world, username="jimukyoku2"):
    """A colleague in the same secretariat, for two people editing one record at once."""
    from conftest import PASSWORD
    from django.contrib.auth.models import User

    from shingikai.councils.models import Staff

    user = User.objects.create_user(username, f"{username}@example.jp", PASSWORD)
    Staff.objects.create(name="事務 二郎", title="主事", user=user).secretariat_councils.add(world.council)
    return user


def review_form(page):
    """The first page of an import review's form as the browser posts it: its inputs (checked boxes and radios
    only, a plain box as "on"), textareas and selections."""
    import re

    form = page[page.index('<form method="post" action="?page=1"'):]
    form = form[:form.index("</form>")]
    data = {}
    for tag in re.findall(r"<input[^>]*>", form):
        name, kind, value = (re.search(rf'{attr}="([^"]*)"', tag) for attr in ("name", "type", "value"))
        kind = kind.group(1) if kind else "text"
        if name is None or kind == "submit":
            continue
        if kind in ("checkbox", "radio"):
            if re.search(r"\schecked\b", tag):
                data.setdefault(name.group(1), []).append(value.group(1) if value else "on")
        else:
            data[name.group(1)] = value.group(1) if value else ""
    for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', form, flags=re.S):
        data[name] = text.removeprefix("\n").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, flags=re.S):
        chosen = re.search(r'<option value="([^"]*)"[^>]*selected', body)
        data[name] = chosen.group(1) if chosen else ""
    return data


# Ports the live-server tests may bind. Each takes the first free ones when it starts, so two runs of the suite on one
# machine (CI runs SQLite and PostgreSQL at once) never talk to each other's server.
LIVE_PORTS = range(18101, 18131)


def free_ports(count):
    import pytest

    found = []
    for port in LIVE_PORTS:
        with socket.socket() as probe:
            # As gunicorn binds: a port left in TIME_WAIT by an earlier run is free to use.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        found.append(port)
        if len(found) == count:
            return found
    pytest.fail(f"no {count} free ports in {LIVE_PORTS}")
