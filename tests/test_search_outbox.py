"""The search outbox: an object changed many times in a transaction is regenerated once, by one drain
after the commit, many objects in one batch; what a rolled-back savepoint noted is noted again."""
import copy

import pytest
from django.db import transaction

from shingikai.minutes.actions import import_meeting
from shingikai.search import indexing
from shingikai.search.models import PendingIndex, SearchEntry
from test_import_storage import PARSED


@pytest.fixture
def drains(monkeypatch):
    """The drains that ran, each as the number of distinct objects it found in the outbox."""
    seen = []
    drain = indexing.drain

    def counted():
        seen.append(len(set(PendingIndex.objects.values_list("kind", "object_id"))))
        return drain()

    monkeypatch.setattr(indexing, "drain", counted)
    return seen


@pytest.mark.django_db
def test_noting_objects_again_in_a_transaction_drains_once_after_the_commit(django_capture_on_commit_callbacks,
                                                                             drains):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            indexing.schedule_many("case", [101, 102])
        indexing.schedule("case", 101)
        indexing.schedule("answer", 7)
        assert set(PendingIndex.objects.values_list("kind", "object_id")) == {
            ("answer", 7), ("case", 101), ("case", 102)}
    assert drains == [3]
    assert not PendingIndex.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_object_noted_many_times_is_regenerated_once(batches):
    with transaction.atomic():
        for _ in range(5):
            indexing.schedule_many("case", [101, 102])
    assert batches == [[101, 102]]
    assert not PendingIndex.objects.exists()


@pytest.mark.django_db
def test_what_a_rolled_back_savepoint_noted_is_noted_again(django_capture_on_commit_callbacks, drains):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                indexing.schedule("case", 5)
                raise RuntimeError
        assert not PendingIndex.objects.exists()
        indexing.schedule("case", 5)
        indexing.schedule("case", 5)
        assert set(PendingIndex.objects.values_list("object_id", flat=True)) == {5}
    # The drain noted inside the savepoint went with it; the outer transaction's ran once.
    assert drains == [1]
    assert not PendingIndex.objects.exists()


@pytest.fixture
def batches(monkeypatch):
    """The id lists the drain handed to the batch re-index of cases."""
    seen = []
    sync = indexing.SYNC_BATCH["case"]
    monkeypatch.setitem(indexing.SYNC_BATCH, "case", lambda ids: (seen.append(sorted(ids)), sync(ids)))
    return seen


@pytest.mark.django_db(transaction=True)
def test_one_drain_regenerates_many_cases_in_one_batch_and_empties_the_outbox(batches):
    parsed = copy.deepcopy(PARSED)
    parsed["items"] = [{"kind": "諮問", "title": f"案件{n}", "outcome": "承認", "departments": ["市民課"]}
                       for n in range(40)]
    meeting, _ = import_meeting(parsed, source_name="many.txt", sha256="a" * 64)
    old_cases = set(meeting.items.values_list("case_id", flat=True))
    assert set(SearchEntry.objects.filter(kind="case").values_list("object_id", flat=True)) == old_cases
    batches.clear()

    parsed["items"] = parsed["items"][:3]
    import_meeting(parsed, source_name="many.txt", sha256="b" * 64, replace=True)
    # The 40 removed cases were noted in one go and regenerated (that is: removed) in one batch.
    assert [ids for ids in batches if len(ids) > 3] == [sorted(old_cases)]
    new_cases = set(meeting.items.values_list("case_id", flat=True))
    assert set(SearchEntry.objects.filter(kind="case").values_list("object_id", flat=True)) == new_cases
    assert not PendingIndex.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_failing_batch_stays_in_the_outbox_and_leaves_the_index_as_it_was(monkeypatch):
    meeting, _ = import_meeting(copy.deepcopy(PARSED), source_name="nishi.txt", sha256="a" * 64)
    before = set(SearchEntry.objects.values_list("kind", "object_id"))

    def broken(ids):
        SearchEntry.objects.filter(kind="case").delete()
        raise RuntimeError("index down")

    monkeypatch.setitem(indexing.SYNC_BATCH, "case", broken)
    indexing.schedule_many("case", list(meeting.items.values_list("case_id", flat=True)))
    assert PendingIndex.objects.count() == 3
    assert set(SearchEntry.objects.values_list("kind", "object_id")) == before

    monkeypatch.undo()
    assert indexing.drain() == 3 and not PendingIndex.objects.exists()
    assert set(SearchEntry.objects.values_list("kind", "object_id")) == before


@pytest.mark.django_db
def test_an_object_noted_more_often_than_a_batch_holds_is_regenerated_once(monkeypatch):
    # A long paste notes its meeting once per turn: thousands of rows for one object.
    regenerated = []
    monkeypatch.setitem(indexing.SYNC, "meeting", regenerated.append)
    PendingIndex.objects.bulk_create([PendingIndex(kind="meeting", object_id=5)] * (indexing.BATCH * 3)
                                     + [PendingIndex(kind="meeting", object_id=6)])
    indexing.drain()
    assert sorted(regenerated) == [5, 6]
    assert not PendingIndex.objects.exists()
