"""The index follows the record's transactions: what an action commits is searchable at once, what rolls
back never reaches the index, and a savepoint's fate decides for what it wrote. Each index write changes
the index's generation in the same transaction."""
import pytest
from django.db import transaction

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.errors import ActionRefused
from shingikai.search import generation
from shingikai.search.engine import search
from shingikai.search.models import PendingIndex

pytestmark = pytest.mark.django_db(transaction=True)


def submitted(world, title):
    """A case the department has submitted: not yet in the index (only accepted cases are)."""
    case = create_case(world.council, world.dept_a, kind="諮問", title=title, purpose="窓口の混雑を減らすため",
                       categories=["outsourcing"], legal_bases=["みなみ市個人情報保護条例第12条"])
    return submit_case(case)


def found(world, text):
    return search(text, user_scope={world.council.pk}).total


def test_a_committed_action_is_searchable_at_once(world):
    case = submitted(world, "図書館の予約システム更新")
    before = generation.current()
    assert found(world, "図書館") == 0
    accept_case(case, by=world.secretariat)
    assert found(world, "図書館") == 1
    assert not PendingIndex.objects.exists()
    assert generation.current() != before


def test_a_rolled_back_action_leaves_the_index_and_its_generation_untouched(world):
    case = submitted(world, "図書館の予約システム更新")
    before = generation.current()
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            accept_case(case, by=world.secretariat)
            raise RuntimeError("the request failed after the action")
    assert found(world, "図書館") == 0
    assert generation.current() == before
    assert not PendingIndex.objects.exists()


def test_a_refused_action_writes_nothing_to_the_index(world):
    case = accept_case(submitted(world, "図書館の予約システム更新"), by=world.secretariat)
    before = generation.current()
    with pytest.raises(ActionRefused):
        accept_case(case, by=world.secretariat)
    assert found(world, "図書館") == 1 and generation.current() == before


def test_in_nested_blocks_the_outer_commit_keeps_what_the_surviving_savepoints_wrote(world):
    kept = submitted(world, "図書館の電子書籍貸出")
    dropped = submitted(world, "公園のプール監視カメラ")
    with transaction.atomic():
        with transaction.atomic():
            accept_case(kept, by=world.secretariat)
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                accept_case(dropped, by=world.secretariat)
                raise RuntimeError
        # Nothing is indexed before the outermost commit.
        assert found(world, "電子書籍") == 0
    assert found(world, "電子書籍") == 1 and found(world, "プール") == 0
    assert not PendingIndex.objects.exists()


def test_an_outer_rollback_discards_what_inner_blocks_committed(world):
    case = submitted(world, "図書館の予約システム更新")
    before = generation.current()
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            with transaction.atomic():
                accept_case(case, by=world.secretariat)
            raise RuntimeError
    assert found(world, "図書館") == 0
    assert generation.current() == before
    assert not PendingIndex.objects.exists()
