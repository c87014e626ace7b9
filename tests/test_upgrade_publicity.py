"""On upgrade, records saved under older publicity rules are brought in line and leave the public index."""
import importlib

from django.apps import apps
from django.utils import timezone
from test_web_support import accepted_case, scheduled_meeting, web_world  # noqa: F401

from shingikai.cases.models import Case
from shingikai.meetings.models import AgendaItem, Meeting
from shingikai.search.engine import PUBLIC, search
from shingikai.search.indexing import drain, reindex_all

upgrade = importlib.import_module("shingikai.search.migrations.0011_recheck_publicity_on_upgrade")


def test_an_item_saved_public_with_a_closed_reason_becomes_closed_and_leaves_the_public_search(web_world):
    meeting, item, case = scheduled_meeting(web_world, case=accepted_case(web_world, title="旧規則公開案件ZQ"))
    reindex_all()
    assert search("旧規則公開案件ZQ", user_scope=PUBLIC).total == 1
    # What the older form saved when a reason was typed and 「公開で審議する」 stayed ticked.
    AgendaItem.objects.filter(pk=item.pk).update(closed_reason="特定の個人が識別されるため")
    version = Meeting.objects.get(pk=meeting.pk).version

    upgrade.forward(apps, None)
    drain()

    item.refresh_from_db()
    assert not item.is_public and item.closed_reason == "特定の個人が識別されるため"
    assert item.history.first().history_change_reason == upgrade.REASON
    assert Meeting.objects.get(pk=meeting.pk).version == version + 1
    assert search("旧規則公開案件ZQ", user_scope=PUBLIC).total == 0


def test_a_case_indexed_public_from_acceptance_leaves_the_public_search(web_world):
    case = accepted_case(web_world, title="受付時公開案件ZQ")
    # What the older rule indexed: every accepted case public (as a published case is today).
    Case.objects.filter(pk=case.pk).update(published_at=timezone.now())
    reindex_all()
    Case.objects.filter(pk=case.pk).update(published_at=None)
    assert search("受付時公開案件ZQ", user_scope=PUBLIC).total == 1

    upgrade.forward(apps, None)
    drain()

    assert search("受付時公開案件ZQ", user_scope=PUBLIC).total == 0


def test_public_items_without_a_reason_and_their_meetings_are_left_as_they_are(web_world):
    meeting, item, case = scheduled_meeting(web_world)
    version = Meeting.objects.get(pk=meeting.pk).version
    upgrade.forward(apps, None)
    item.refresh_from_db()
    assert item.is_public and Meeting.objects.get(pk=meeting.pk).version == version
    assert item.history.first().history_change_reason != upgrade.REASON
