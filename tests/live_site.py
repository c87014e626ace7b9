"""A site for the live-server tests, in the database DATABASE_URL names (run as a script, not collected):

    python tests/live_site.py setup   migrate, build the test base's city, an open meeting, 8 submitted cases,
                                      8 decided disclosure requests
    python tests/live_site.py count   what was stored: turns, case and appeal numbers, the index and its outbox, as JSON
"""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402


def setup():
    from conftest import make_world
    from disclosure_helpers import decided_request
    from helpers import open_meeting_with

    from shingikai.cases.actions import create_case, submit_case

    call_command("migrate", verbosity=0)
    world = make_world()
    meeting, _ = open_meeting_with(world)
    cases = []
    for n in range(8):
        case = create_case(world.council, world.dept_a, kind="諮問", title=f"同時受付の案件 {n}",
                           purpose="同時に受け付ける", categories=["outsourcing"], legal_bases=["条例第12条"])
        cases.append(submit_case(case).pk)
    requests = [decided_request(world).pk for _ in range(8)]
    print(json.dumps({"meeting": meeting.pk, "cases": cases, "requests": requests, "department": world.dept_a.pk}))


def count():
    from shingikai.cases.models import Case
    from shingikai.disclosure.models import Appeal, DisclosureRequest
    from shingikai.meetings.models import Turn
    from shingikai.search.indexing import meeting_entries
    from shingikai.search.models import PendingIndex, SearchEntry

    turns = list(Turn.objects.order_by("order").values("pk", "meeting_id", "order", "text"))
    indexed = {(e.kind, e.object_id, e.body, e.visibility) for e in SearchEntry.objects.filter(kind="turn")}
    expected = set()
    for meeting_id in {t["meeting_id"] for t in turns}:
        from shingikai.meetings.models import Meeting

        expected |= {(e.kind, e.object_id, e.body, e.visibility)
                     for e in meeting_entries(Meeting.objects.get(pk=meeting_id)) if e.kind == "turn"}
    print(json.dumps({
        "turns": turns,
        "numbers": list(Case.objects.exclude(number="").values_list("number", flat=True)),
        "accepted": Case.objects.filter(status=Case.Status.ACCEPTED).count(),
        "appeal_numbers": list(Appeal.objects.values_list("number", flat=True)),
        "request_numbers": list(DisclosureRequest.objects.values_list("number", flat=True)),
        "index_matches": indexed == expected, "indexed": len(indexed), "expected": len(expected),
        "pending": PendingIndex.objects.count(),
    }))


if __name__ == "__main__":
    {"setup": setup, "count": count}[sys.argv[1]]()
