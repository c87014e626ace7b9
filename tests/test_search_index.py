"""The domain as search entries: what the public finds, what a council's own users find."""
import json

import pytest
from django.core.management import call_command
from helpers import import_published, sign_all
from test_precedents import minutes

from shingikai import access
from shingikai.demo.loader import load_demo
from shingikai.search.engine import PUBLIC, search
from shingikai.search.indexing import reindex_all
from shingikai.search.models import SearchEntry


@pytest.fixture
def demo(db):
    load_demo()
    reindex_all()


def test_public_finds_two_character_words_in_published_minutes(demo):
    result = search("委託", user_scope=PUBLIC)
    assert result.total > 0
    assert all(hit.visibility == "public" for hit in result.hits)
    assert any("<mark>委託</mark>" in str(hit.snippet) for hit in result.hits)


def test_closed_items_are_internal_only(demo):
    assert search("クラウドサービスへの移行", user_scope=PUBLIC).total == 0
    from shingikai.councils.models import Council
    council = Council.objects.get(slug="minami-shingikai")
    assert search("クラウドサービスへの移行", user_scope={council.pk}).total > 0


def test_member_sees_internal_entries_of_their_council_only(demo):
    from django.contrib.auth import get_user_model
    member = get_user_model().objects.get(username="iin")
    scope = access.council_ids(member)
    assert search("閲覧権限", user_scope=scope).total > 0
    assert search("閲覧権限", user_scope={999999}).total == search("閲覧権限", user_scope=PUBLIC).total


def test_public_entries_follow_the_name_policy(demo):
    public = SearchEntry.objects.filter(visibility="public", kind="turn")
    assert public.exists()
    for name in ("青木", "井上", "上田", "江口", "大野", "加藤"):
        assert not public.filter(title__contains=name).exists(), name
        assert not public.filter(body__contains=name).exists(), name


def test_draft_cases_are_not_indexed_at_all(demo):
    assert not SearchEntry.objects.filter(kind="case", title__contains="作成中").exists()
    assert not SearchEntry.objects.filter(kind="case", title__contains="窓口予約システム").exists()


def test_draft_minutes_turns_are_internal(demo):
    from shingikai.minutes.models import Minutes
    draft = Minutes.objects.get(state="draft").meeting
    entries = SearchEntry.objects.filter(kind="turn", url__contains=f"/meetings/m/{draft.pk}/")
    assert entries.exists() and not entries.filter(visibility="public").exists()


@pytest.mark.django_db(transaction=True)
def test_index_follows_changes_after_commit():
    import datetime

    from shingikai.minutes.actions import confirm_minutes, publish_minutes
    from shingikai.minutes.models import Minutes

    load_demo()
    reindex_all()
    draft = Minutes.objects.get(state="draft")
    before = search("開示請求", user_scope=PUBLIC).total
    confirm_minutes(draft, on=datetime.date(2025, 9, 30), by_circulation=True, open_checks_acknowledged=True)
    sign_all(draft, datetime.date(2025, 9, 30))
    publish_minutes(draft, on=datetime.date(2025, 10, 1))
    assert search("開示請求", user_scope=PUBLIC).total == before + 1


def test_search_command_prints_the_contract_json(demo, capsys):
    call_command("search", "委託", "--json")
    out = json.loads(capsys.readouterr().out)
    assert out["total"] > 0
    assert set(out["hits"][0]) == {"type", "council", "date", "title", "snippet", "url"}
    call_command("search", "委託", "--council", "no-such-council", "--json")
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_a_turn_is_found_by_its_own_words_and_not_by_its_items_title(world, client):
    import_published(minutes("ひだり市", [("公会計システムの更新", ["情報システム"])], [
        (0, "department", "会計課", "伝票の様式を新しい仕組みへ移します。"),
        (0, "member", "委員", "承認することといたします。")]), source_name="hidari.txt")
    reindex_all()
    # The item's title finds the item's case, not each turn said under it.
    assert [hit.kind for hit in search("公会計", user_scope=PUBLIC).hits] == ["case"]
    said = search("伝票", user_scope=PUBLIC).hits
    assert [hit.kind for hit in said] == ["turn"]
    assert said[0].context.endswith("公会計システムの更新") and "公会計" not in said[0].title
    page = client.get("/search/", {"q": "伝票"}).content.decode()
    assert "公会計システムの更新 — " in page
    assert client.get("/search/api", {"q": "伝票"}).json()["hits"][0]["context"] == said[0].context
