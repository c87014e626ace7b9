"""Each case's precedents are kept between pages, under a key made of everything they are computed from.

The key holds the case row (version, save time, which moves with its data items, contractors' work and
the secretariat's marks) and the search index's generation: a token written in the same transaction as every index write
(search/generation.py). A change through an action therefore shows on the next page, on any server, and
a kept list is the same whoever reads it: what differs by user (the mark forms, the secretariat's note)
is decided when the page is rendered.
"""
import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from shingikai.cases.actions import create_case, set_data_items
from shingikai.cases.models import Case
from shingikai.minutes.actions import unpublish_import
from shingikai.search import generation, indexing
from shingikai.search.indexing import reindex_all

from conftest import PASSWORD
from helpers import import_published
from test_precedents import minutes

SUBJECT = "市民プールへの防犯カメラの設置について"


@pytest.fixture
def neighbour(world):
    """ひだり市's published meeting with a public case on 防犯カメラ, and みなみ市's own published case on it."""
    meeting, _ = import_published(minutes("ひだり市", [("図書館への防犯カメラの設置", ["防犯カメラ"])]),
                                  source_name="hidari.txt")
    own = minutes("みなみ市", [(SUBJECT, ["防犯カメラ"])])
    own["council_name"] = world.council.name
    import_published(own, source_name="own.txt")
    reindex_all()
    return meeting, Case.objects.get(council=world.council, title=SUBJECT)


def test_the_index_generation_changes_with_each_index_write_and_rolls_back_with_it(
        world, django_capture_on_commit_callbacks):
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        case = create_case(world.council, world.dept_a, title=SUBJECT, categories=["cctv"])
    written = generation.current()
    assert written != before
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            indexing.sync_case(case.pk)
            assert generation.current() != written
            raise RuntimeError
    assert generation.current() == written
    reindex_all()
    assert generation.current() != written


def test_a_kept_list_is_read_back_with_fewer_queries_and_shows_the_same(world, client, neighbour):
    _, case = neighbour
    assert client.login(username="jimukyoku", password=PASSWORD)
    url = f"/work/cases/{case.pk}/"
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as computed:
        first = client.get(url).content.decode()
    with CaptureQueriesContext(connection) as kept:
        again = client.get(url).content.decode()
    assert "図書館への防犯カメラの設置" in first and "図書館への防犯カメラの設置" in again
    assert len(kept) < len(computed)


def test_another_councils_unpublished_case_leaves_the_kept_lists_at_once(world, client, neighbour):
    """Kept for the secretariat's page and the anonymous public page, then the neighbour's meeting is taken
    off the public site: neither page shows its case again, nor does the members' materials."""
    meeting, case = neighbour
    title = "図書館への防犯カメラの設置"
    public_url = f"/cases/{case.pk}/"
    assert title in client.get(public_url).content.decode()
    assert client.login(username="jimukyoku", password=PASSWORD)
    work_url = f"/work/cases/{case.pk}/"
    assert title in client.get(work_url).content.decode()
    unpublish_import(meeting, reason="訂正のため")  # the operator's import, withdrawn by the operator
    # What the commit does after the action (the test's transaction never commits).
    indexing.drain()
    assert title not in client.get(work_url).content.decode()
    materials = f"/work/meetings/m/{case.agenda_items.get().meeting_id}/materials/"
    assert title not in client.get(materials).content.decode()
    client.logout()
    assert title not in client.get(public_url).content.decode()


def test_a_change_to_the_cases_data_items_changes_its_precedents_at_once(world, client, neighbour):
    """set_data_items leaves the case's version alone; the items are part of the key all the same."""
    case = create_case(world.council, world.dept_a, title="個人情報を取り扱う業務の処理の外部委託",
                       categories=["outsourcing"])
    assert client.login(username="shimin", password=PASSWORD)
    url = f"/work/cases/{case.pk}/"
    assert "図書館への防犯カメラの設置" not in client.get(url).content.decode()
    set_data_items(case, [{"name": "防犯カメラの録画映像", "required": True}], by=world.dept_a_user)
    assert "図書館への防犯カメラの設置" in client.get(url).content.decode()


def test_a_kept_list_is_rendered_for_each_user_as_their_role_allows(world, client, neighbour):
    """The secretariat's page (mark forms, its note) fills the cache; the member and the public read the
    same list without the forms, and the public without the note."""
    _, case = neighbour
    precedent = Case.objects.get(title="図書館への防犯カメラの設置")
    assert client.login(username="jimukyoku", password=PASSWORD)
    client.post(f"/work/precedents/cases/{case.pk}/mark/",
                {"precedent": precedent.pk, "kind": "pin", "note": "録画の扱いが参考になる"})
    secretariat = client.get(f"/work/cases/{case.pk}/").content.decode()
    assert "固定を解除" in secretariat and "録画の扱いが参考になる" in secretariat
    client.logout()
    assert client.login(username="iin", password=PASSWORD)
    member = client.get(f"/work/cases/{case.pk}/").content.decode()
    assert "事務局が選んだ先例" in member and "固定を解除" not in member and "除外" not in member
    client.logout()
    public = client.get(f"/cases/{case.pk}/").content.decode()
    assert "図書館への防犯カメラの設置" in public
    assert "録画の扱いが参考になる" not in public and "固定を解除" not in public


def test_a_dismissal_and_its_undoing_show_at_once_though_the_list_is_kept(world, client, neighbour):
    """A mark moves the case's save time, under which its list and its dismissed precedents are kept: the
    kept page reads no mark, yet each change shows on the next page, for the members' materials too."""
    _, case = neighbour
    title = "図書館への防犯カメラの設置"
    precedent = Case.objects.get(title=title)
    mark_url, page_url = f"/work/precedents/cases/{case.pk}/mark/", f"/work/cases/{case.pk}/"
    materials = f"/work/meetings/m/{case.agenda_items.get().meeting_id}/materials/"
    assert client.login(username="jimukyoku", password=PASSWORD)
    client.get(page_url)
    with CaptureQueriesContext(connection) as kept:
        assert f'<a href="/cases/{precedent.pk}/">{title}</a>' in client.get(page_url).content.decode()
    assert not any("precedentmark" in query["sql"] for query in kept.captured_queries)
    assert title in client.get(materials).content.decode()
    client.post(mark_url, {"precedent": precedent.pk, "kind": "dismiss"})
    page = client.get(page_url).content.decode()
    assert f'<a href="/cases/{precedent.pk}/">' not in page and "除外した先例" in page and title in page
    assert title not in client.get(materials).content.decode()
    # The dismissals are kept with the list that the public case page reads too: they stay off it.
    client.logout()
    public = client.get(f"/cases/{case.pk}/").content.decode()
    assert title not in public and "除外" not in public
    assert client.login(username="jimukyoku", password=PASSWORD)
    client.post(mark_url, {"precedent": precedent.pk, "kind": "clear"})
    page = client.get(page_url).content.decode()
    assert f'<a href="/cases/{precedent.pk}/">{title}</a>' in page and "除外した先例" not in page
    assert title in client.get(materials).content.decode()
