"""How the engine bounds its work on large result sets, and the index details that allow it.

The national-size figures come from benchmarks/bench_search.py; these tests pin the behaviour
on a handful of entries by lowering the bound.
"""
import datetime
import json

import pytest
from django.db import connection

from shingikai.search import engine
from shingikai.search.engine import PUBLIC, index_entries, search
from shingikai.search.backends import sample_level
from shingikai.search.models import SearchEntry
from shingikai.search.text import pair_query, pair_tokens, tokens

sqlite_only = pytest.mark.skipif("connection.vendor != 'sqlite'")


def entry(object_id, body, *, visibility="public", council=1, day=None, **extra):
    return SearchEntry.objects.create(
        kind=extra.pop("kind", "turn"), object_id=object_id, council_id=council, council_slug=f"c{council}",
        council_name=f"第{council}審議会", municipality=f"第{council}市", title=extra.pop("title", f"発言{object_id}"),
        body=body, url=f"/m/{object_id}", visibility=visibility,
        date=datetime.date(2020, 1, 1) + datetime.timedelta(days=day if day is not None else object_id),
        **extra,
    )


def sampled_corpus(n):
    """n indexed entries, two in three of them with 委託 and one in seven internal, a day apart."""
    rows = [SearchEntry(kind="turn", object_id=i, council_id=1, council_slug="c1", council_name="第1審議会",
                        municipality="第1市", title=f"発言{i}", body="業務を委託する。" if i % 3 else "保存期間",
                        url=f"/m/{i}", visibility="public" if i % 7 else "internal",
                        date=datetime.date(2000, 1, 1) + datetime.timedelta(days=i))
            for i in range(n)]
    created = SearchEntry.objects.bulk_create(rows)
    index_entries(created)
    return created


def test_pair_tokens_match_exactly_what_consecutive_tokens_match():
    doc = pair_tokens(tokens("LGWAN回線を経由し、ISO/IEC 27001の認証。再委託先"))
    # Hiragana is indexed as katakana (text.normalize).
    assert doc == ["lg", "gw", "wa", "an", "n回", "回線", "線ヲ", "ヲ経", "経由", "由シ", "シi", "is", "so", "o_",
                   "_i", "ie", "ec", "c_", "_2", "27", "70", "00", "01", "1ノ", "ノ認", "認証", "証再", "再委",
                   "委託", "託先", "先"]

    def found(term):
        want, prefix = pair_query(tokens(term))
        if prefix:
            return any(t.startswith(want[0]) for t in doc)
        return any(doc[i:i + len(want)] == want for i in range(len(doc)))

    for term in ("委託", "再委託先", "lgwan回線", "iso iec", "iec 27001", "先", "lgwan", "27001の認証", "lgw",
                 "so ie", "700", "l", "1"):
        assert found(term), term
    for term in ("委託先生", "isoiec", "iso 27001", "託再", "lgwn", "x"):
        assert not found(term), term


@sqlite_only
@pytest.mark.django_db
def test_index_key_sql_and_python_agree():
    from shingikai.search.backends import KEY_SQL, entry_key

    e = entry(1, "本文")
    undated = entry(2, "本文")
    SearchEntry.objects.filter(pk=undated.pk).update(date=None)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {KEY_SQL.format(t='e')} FROM search_searchentry e ORDER BY id")
        keys = dict(cursor.fetchall())
    assert keys[e.pk] == entry_key(e.pk, e.date)
    assert keys[undated.pk] == entry_key(undated.pk, None) == undated.pk


@pytest.mark.django_db
def test_large_result_sets_are_newest_first_with_estimates(monkeypatch):
    for i in range(1, 9):
        entry(i, f"委託の件{i}。" + ("委託" * i), day=i)
    entry(20, "非公開の委託", visibility="internal", day=100)
    exact = search("委託", user_scope=PUBLIC)
    assert exact.total == 8 and exact.total_exact and exact.facets_exact and exact.order == "relevance"
    assert exact.hits[0].object_id == 8  # most occurrences

    monkeypatch.setattr(engine, "EXACT_LIMIT", 3)
    big = search("委託", user_scope=PUBLIC, per_page=2)
    assert not big.total_exact and not big.facets_exact and big.order == "newest"
    from django.test import Client

    page = Client().get("/search/", {"q": "委託"}).content.decode()
    assert f"約 {big.total:,} 件" in page
    assert [h.object_id for h in big.hits] == [8, 7]
    assert [h.object_id for h in search("委託", user_scope=PUBLIC, per_page=2, page=3).hits] == [4, 3]
    assert all(h.visibility == "public" for h in search("委託", user_scope=PUBLIC, per_page=100).hits)
    # The estimate is a whole number of sample strata, never below what was seen exactly.
    assert big.total >= 4


@pytest.mark.django_db
def test_estimates_come_close_to_the_exact_counts_and_leave_out_rare_values(monkeypatch):
    rows = []
    for i in range(4000):
        body = "業務を委託する。" + ("ＬＧＷＡＮ回線で接続する。" if i % 2 else "") + ("閉域網を使う。" if i % 5 == 0 else "")
        council = 1 + i % 3
        rows.append(SearchEntry(kind="turn", object_id=i, council_id=council, council_slug=f"c{council}",
                                council_name=f"第{council}審議会", municipality=f"第{council}市", title=f"発言{i}",
                                body=body, url=f"/m/{i}", visibility="public",
                                date=datetime.date(2000, 1, 1) + datetime.timedelta(days=i)))
    created = SearchEntry.objects.bulk_create(rows)
    # One entry of a council of its own, chosen among those the sample holds, so that it is seen there.
    rare = next(e for e in created if sample_level(e.pk) >= 5 and "ＬＧＷＡＮ" in e.body and "閉域網" not in e.body)
    SearchEntry.objects.filter(pk=rare.pk).update(council_id=9, council_slug="c9", council_name="第9審議会")
    index_entries(created)
    for query in ("委託", "LGWAN OR 閉域網", "委託 -閉域網"):
        with monkeypatch.context() as m:
            m.setattr(engine, "EXACT_LIMIT", 10**6)
            exact = search(query, user_scope=PUBLIC)
        assert exact.total_exact
        with monkeypatch.context() as m:
            m.setattr(engine, "EXACT_LIMIT", 50)
            m.setattr(engine, "SAMPLE_MIN", 20)
            estimate = search(query, user_scope=PUBLIC)
        assert not estimate.total_exact
        # About 1/32 of the matches are in the sample (a hash of the id): an estimate from n sampled entries
        # has a relative standard error of 1/sqrt(n). Four of them: never flaky, and a biased estimate (the
        # kind that counts an entry twice, or samples the wrong stratum) is far outside.
        def close(estimated, true):
            n = max(1, round(true / 32))
            return abs(estimated - true) <= 4 * true / n ** 0.5

        assert close(estimate.total, exact.total), (query, estimate.total, exact.total)
        councils = {f.value: f.count for f in estimate.facets["council"]}
        truth = {f.value: f.count for f in exact.facets["council"]}
        assert truth["c9"] == 1 and "c9" not in councils  # one entry: never extrapolated to ~32
        for slug in ("c1", "c2", "c3"):
            assert close(councils[slug], truth[slug]), (query, slug, councils, truth)


@pytest.mark.django_db
def test_date_range_filters_text_matches():
    for i in range(1, 6):
        entry(i, "保存期間は5年", day=i * 10)
    result = search("保存", user_scope=PUBLIC, filters={
        "date_from": datetime.date(2020, 1, 21), "date_to": datetime.date(2020, 2, 10)})
    assert {h.object_id for h in result.hits} == {2, 3, 4}


@pytest.mark.django_db
def test_changing_scope_or_filter_columns_without_reindex_fails_closed():
    e = entry(1, "防犯カメラの映像", department="市民課")
    assert search("映像", user_scope=PUBLIC, filters={"department": "市民課"}).total == 1
    SearchEntry.objects.filter(pk=e.pk).update(department="福祉課")
    # Never found under the old value. SQLite's index copies the value and drops the entry
    # until it is re-indexed; PostgreSQL filters on the column itself.
    assert search("映像", user_scope=PUBLIC, filters={"department": "市民課"}).total == 0
    if connection.vendor == "sqlite":
        assert search("映像", user_scope=PUBLIC, filters={"department": "福祉課"}).total == 0
    index_entries([e.pk])
    assert search("映像", user_scope=PUBLIC, filters={"department": "福祉課"}).total == 1
    SearchEntry.objects.filter(pk=e.pk).update(visibility="internal")
    assert search("映像", user_scope=PUBLIC).total == 0
    index_entries([e.pk])
    assert search("映像", user_scope=PUBLIC).total == 0
    assert search("映像", user_scope={1}).total == 1


@pytest.mark.django_db
def test_json_endpoint_is_public_only(client):
    entry(1, "委託先の管理")
    entry(2, "委託先の秘密", visibility="internal")
    data = json.loads(client.get("/search/api", {"q": "委託"}).content)
    assert data["total"] == 1 and data["total_exact"] is True
    assert [h["url"] for h in data["hits"]] == ["/m/1"]
    assert "<mark>委託</mark>" in data["hits"][0]["snippet"]
    assert {f["value"]: f["count"] for f in data["facets"]["council"]} == {"c1": 1}
    assert json.loads(client.get("/search/api").content)["total"] == 0


@pytest.mark.django_db
def test_estimates_are_the_sampled_matches_scaled_so_both_databases_agree(monkeypatch):
    """The estimate depends only on which matching entries the hash puts in the sample, never on
    the database: SQLite and PostgreSQL give the same totals on the same corpus."""
    created = sampled_corpus(3000)
    monkeypatch.setattr(engine, "EXACT_LIMIT", 50)
    monkeypatch.setattr(engine, "SAMPLE_MIN", 20)
    result = search("委託", user_scope=PUBLIC)
    matching = [e for e in created if "委託" in e.body and e.visibility == "public"]
    # Level 9 holds ~4 of them (below SAMPLE_MIN), so level 5 is the one used.
    sampled = sum(1 for e in matching if sample_level(e.pk) >= 5)
    assert not result.total_exact
    assert result.total == engine.about_count(sampled * 32)


@pytest.mark.django_db
@pytest.mark.parametrize("sample_min", [1, 3, 20])
def test_the_estimate_uses_the_sparsest_sample_level_holding_enough_matches(monkeypatch, sample_min):
    """The level is chosen by the matches of any visibility (a bare count), the estimate then counts the
    visible ones of that level: the same choice whether the database makes it in the estimate's own
    statement (PostgreSQL) or by a probe per level (SQLite)."""
    created = sampled_corpus(6000)
    monkeypatch.setattr(engine, "EXACT_LIMIT", 50)
    monkeypatch.setattr(engine, "SAMPLE_MIN", sample_min)
    matching = [e for e in created if "委託" in e.body]
    held = {level: [e for e in matching if sample_level(e.pk) >= level] for level in (13, 9, 5)}
    level = next((level for level in (13, 9) if len(held[level]) >= sample_min), 5)
    visible = sum(1 for e in held[level] if e.visibility == "public")
    result = search("委託", user_scope=PUBLIC)
    assert not result.total_exact
    assert result.total == max(engine.about_count(visible * 2 ** level), engine.EXACT_LIMIT + 1)


@pytest.mark.django_db
@pytest.mark.parametrize("plain_max", [10**9, 0])
def test_an_estimated_search_takes_its_first_page_from_step_1_and_estimates_in_one_statement(
        monkeypatch, plain_max):
    """On PostgreSQL a result set too large to rank costs three statements, whether step 1 scanned the
    index once (a rarer word) or walked it by days (a common one): step 1, whose rows are the newest
    matches and so serve the first pages; the estimate, which also chooses its sample level; the page's
    entries. The page is the newest matches either way."""
    from django.test.utils import CaptureQueriesContext

    for i in range(1, 40):
        entry(i, "委託の件" if i % 2 else "保存の件", day=i % 10, visibility="public" if i % 5 else "internal")
    monkeypatch.setattr(engine, "EXACT_LIMIT", 3)
    monkeypatch.setattr(engine._PostgreSQLMatches, "PLAIN_MAX", plain_max)
    with CaptureQueriesContext(connection) as captured:
        result = search("委託", user_scope=PUBLIC, per_page=4)
    expected = sorted((i for i in range(1, 40) if i % 2 and i % 5), key=lambda i: (i % 10, i), reverse=True)
    assert not result.total_exact and [h.object_id for h in result.hits] == expected[:4]
    if connection.vendor == "postgresql":
        assert len(captured) == 3, [q["sql"][:80] for q in captured]


@pytest.mark.django_db
def test_newest_first_pages_are_the_same_whichever_way_the_database_finds_them(monkeypatch):
    for i in range(1, 30):
        entry(i, "委託の件" if i % 2 else "保存の件", day=i % 10, visibility="public" if i % 5 else "internal")
    monkeypatch.setattr(engine, "EXACT_LIMIT", 3)
    pages = {}
    # PostgreSQL: step 1 by one index scan or by the walk; the later pages by sorting the index's
    # candidates or by walking the newest-first index.
    for plain_max in (10**9, 0):
        for walk_max in (0, 10**9):
            monkeypatch.setattr(engine._PostgreSQLMatches, "PLAIN_MAX", plain_max)
            monkeypatch.setattr(engine._PostgreSQLMatches, "WALK_MAX", walk_max)
            pages[plain_max, walk_max] = [[h.object_id for h in search("委託", user_scope=PUBLIC, per_page=4,
                                                                        page=p).hits] for p in (1, 2, 3)]
    expected = sorted((i for i in range(1, 30) if i % 2 and i % 5), key=lambda i: (i % 10, i), reverse=True)
    assert list(pages.values()) == [[expected[0:4], expected[4:8], expected[8:12]]] * 4


@pytest.mark.django_db
def test_match_many_finds_what_search_finds_for_each_query_in_one_statement_for_all(monkeypatch):
    """The precedents of a whole agenda search the index once: each query's matches come in the order
    search() gives them, ranked when few and newest first when too many, whatever the number of queries."""
    from django.test.utils import CaptureQueriesContext

    from shingikai.search.engine import match_many

    for i in range(1, 9):
        entry(i, f"委託の件{i}。" + ("委託" * i) + ("防犯カメラ" if i % 3 == 0 else ""), day=i,
              kind="case" if i % 2 else "turn", council=1 + i % 2)
    entry(20, "非公開の委託と防犯カメラ", visibility="internal", day=100)
    queries = ['"委託"', '"防犯カメラ" OR "委託の件2"', "", '"存在しない語"', "委託 -防犯カメラ"]

    def as_search(query, per_page):
        hits = search(query, user_scope=PUBLIC, per_page=per_page).hits if query else []
        return [(h.id, h.kind, h.object_id, h.council_id) for h in hits]

    for exact_limit in (1000, 3):  # ranked, then too many to rank (newest first)
        monkeypatch.setattr(engine, "EXACT_LIMIT", exact_limit)
        with CaptureQueriesContext(connection) as captured:
            found = match_many(queries, user_scope=PUBLIC, limit=4)
        # The newest of a large result set come from the same statement on both databases.
        assert len(captured) == 1
        assert [[(m.id, m.kind, m.object_id, m.council_id) for m in matches] for matches in found] == [
            as_search(q, 4) for q in queries]
    assert [m.object_id for m in found[0]] == [8, 7, 6, 5]
    # More queries than one statement takes: several statements, the same answer.
    monkeypatch.setattr(engine, "MATCH_MANY_MAX", 2)
    assert match_many(queries, user_scope=PUBLIC, limit=4) == found
    assert match_many(['"委託"'] * 3, user_scope=PUBLIC, limit=2, filters={"kind": "case"})[2] == \
        match_many(['"委託"'], user_scope=PUBLIC, limit=2, filters={"kind": "case"})[0]


@pytest.mark.django_db
def test_walk_by_days_finds_the_same_pages_and_totals_as_one_index_scan(monkeypatch):
    """PostgreSQL reads a common word's matches newest first by spans of days (bounded work on any
    corpus) and a rare one by one scan of the index; both give the same pages, totals and facets,
    across spans, on one day, undated, out of scope and within date filters."""
    from shingikai.search.engine import _PostgreSQLMatches

    rows = []
    for i in range(1, 121):
        # Two entries a day over the newest 40 days (every span boundary holds some), the others
        # over ~3 years before them, nine on one day.
        day = 1000 + (i * 7 % 80) // 2 if i <= 80 else (i * 37) % 1000 if i % 9 else 500
        rows.append(SearchEntry(
            kind="turn" if i % 4 else "case", object_id=i, council_id=1 + i % 3, council_slug=f"c{1 + i % 3}",
            council_name=f"第{1 + i % 3}審議会", municipality=f"第{1 + i % 3}市", title=f"発言{i}",
            body=("業務を委託する。" if i % 2 else "保存する。") + ("再委託はしない。" if i % 5 == 0 else ""),
            url=f"/m/{i}", visibility="internal" if i % 7 == 0 else "public",
            date=None if i % 23 == 0 else datetime.date(2020, 1, 1) + datetime.timedelta(days=day)))
    index_entries(SearchEntry.objects.bulk_create(rows))
    monkeypatch.setattr(engine, "EXACT_LIMIT", 12)
    monkeypatch.setattr(engine, "SAMPLE_MIN", 1)
    cases = [
        ("委託", PUBLIC, {}), ("委託 -再委託", PUBLIC, {}), ("委託 OR 保存", {1, 2}, {}),
        ("委託", PUBLIC, {"date_from": datetime.date(2020, 6, 1), "date_to": datetime.date(2021, 6, 30)}),
        ("委託", PUBLIC, {"kind": "case"}), ("再委託", PUBLIC, {}),
    ]

    def answers():
        out = []
        for query, scope, filters in cases:
            for page in (1, 2, 4):
                r = search(query, user_scope=scope, filters=filters, per_page=5, page=page)
                out.append((query, page, r.total, r.total_exact, r.order, [h.id for h in r.hits],
                            {name: [(f.value, f.count) for f in values] for name, values in r.facets.items()}))
        return out

    monkeypatch.setattr(_PostgreSQLMatches, "PLAIN_MAX", 10**9)  # one index scan
    scanned = answers()
    monkeypatch.setattr(_PostgreSQLMatches, "PLAIN_MAX", 0)  # the walk, whatever the word
    walked = answers()
    assert walked == scanned
    monkeypatch.setattr(_PostgreSQLMatches, "PREDICT_START", False)  # every walk from one day
    assert answers() == scanned
    monkeypatch.setattr(_PostgreSQLMatches, "PREDICT_START", True)
    newest = sorted((e for e in SearchEntry.objects.all() if "委託" in e.body and e.visibility == "public"),
                    key=lambda e: (e.date or datetime.date.min, e.pk), reverse=True)
    first_page, second_page = walked[0], walked[1]
    assert first_page[3] is False  # too many to count: estimated, newest first
    assert first_page[5] == [e.pk for e in newest[:5]] and second_page[5] == [e.pk for e in newest[5:10]]
    if connection.vendor == "postgresql":
        # The walk really ran: its rows are marked as the newest matches.
        from shingikai.search.query import parse

        source = engine._matches(parse("委託"), engine.get_backend(), engine._scope_sql(PUBLIC), ([], [], []), "default")
        sql, params = source.first()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, w FROM ({sql} LIMIT 13) AS f", params)
            found = cursor.fetchall()
        assert [pk for pk, _ in found] == [e.pk for e in newest[:13]] and {w for _, w in found} == {1}
        # Whatever span the estimate makes the walk start at (one day … all of them), the same rows.
        walk_sql, walk_params = source.walk(est_sql="%s::numeric")  # the estimate's place comes first
        for est in (0, 1, 30, 300, 3000, 10**7):
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT id FROM ({walk_sql}) AS f LIMIT 13", [est, *walk_params])
                assert [pk for pk, in cursor.fetchall()] == [e.pk for e in newest[:13]], est


FILTERED = [
    {"council_slug": "c2"}, {"municipality": "第3市"}, {"fiscal_year": 2021}, {"kind": "case"},
    {"case_kind": "報告"}, {"department": "福祉課"}, {"outcome": "承認"}, {"speaker_role": "member"},
    {"category": "外部委託"}, {"council_slug": "c1", "kind": "turn", "fiscal_year": 2020},
]


@pytest.mark.django_db
def test_filtered_searches_find_exactly_the_filtered_matches_on_every_path(monkeypatch):
    """A filter is intersected inside the index on both databases (SQLite's meta tokens, PostgreSQL's
    filter keys): every filter gives the total and the newest-first pages that checking each match's
    row gives, exact or estimated, walked or scanned."""
    from shingikai.search.engine import _PostgreSQLMatches

    rows = []
    for i in range(1, 161):
        council = 1 + i % 3
        rows.append(SearchEntry(
            kind="case" if i % 4 == 0 else "turn", object_id=i, council_id=council, council_slug=f"c{council}",
            council_name=f"第{council}審議会", municipality=f"第{council}市", title=f"発言{i}",
            body=("業務を委託する。" if i % 2 else "保存する。") + ("再委託はしない。" if i % 5 == 0 else ""),
            url=f"/m/{i}", visibility="internal" if i % 11 == 0 else "public",
            fiscal_year=2019 + i % 4, case_kind="報告" if i % 3 == 0 else "諮問",
            department="福祉課" if i % 6 == 0 else "市民課", outcome="承認" if i % 7 else "継続審議",
            speaker_role="member" if i % 4 == 1 else "chair", categories=["外部委託"] if i % 8 < 3 else [],
            date=datetime.date(2019, 4, 1) + datetime.timedelta(days=(i * 53) % 1400)))
    created = SearchEntry.objects.bulk_create(rows)
    index_entries(created)

    def wanted(e, filters):
        for name, value in filters.items():
            if name == "category":
                if value not in e.categories:
                    return False
            elif getattr(e, name) != value:
                return False
        return e.visibility == "public" and "委託" in e.body

    for filters in FILTERED:
        matches = sorted((e for e in created if wanted(e, filters)), key=lambda e: (e.date, e.pk), reverse=True)
        assert matches, filters
        exact = search("委託", user_scope=PUBLIC, filters=filters, per_page=100)
        assert exact.total_exact and exact.total == len(matches), filters
        assert {h.id for h in exact.hits} == {e.pk for e in matches}
        pages = []
        with monkeypatch.context() as m:
            m.setattr(engine, "EXACT_LIMIT", 3)
            m.setattr(engine, "SAMPLE_MIN", 1)
            for plain_max in (10**9, 0):  # PostgreSQL: one index scan, then the walk
                m.setattr(_PostgreSQLMatches, "PLAIN_MAX", plain_max)
                pages.append([[h.id for h in search("委託", user_scope=PUBLIC, filters=filters, per_page=2,
                                                     page=p).hits] for p in (1, 2, 3)])
        newest = [e.pk for e in matches]
        assert pages[0] == pages[1] == [newest[0:2], newest[2:4], newest[4:6]], filters


@pytest.mark.django_db
def test_postgresql_pairs_indexes_carry_every_filter_column_as_a_key():
    """A filter to one value is intersected inside the text index, not checked on each candidate's row:
    every pairs index (the day-and-pairs one the walk reads, the sample ones the gate and estimates read)
    has each filter column of the search page as a key. (The planner's choice on a table this small says
    nothing; the work at scale is in docs/search.md, from benchmarks/bench_search_work.py --filter.)"""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's index")
    from shingikai.search.views import FILTERS

    columns = {"category": "categories"}
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_searchentry' "
                       "AND indexdef LIKE '%search_pairs%'")
        indexes = dict(cursor.fetchall())
    assert len(indexes) == 4, indexes  # the day-and-pairs index and three sample levels
    for name, definition in indexes.items():
        keys = definition.split("USING gin (", 1)[1]
        for name_ in FILTERS:
            assert columns.get(name_, name_) in keys, (name, name_)


@pytest.mark.django_db
def test_match_many_answers_queries_of_fewer_terms_before_one_of_more():
    """An agenda whose first cases have shorter precedent queries than a later one: the statement's
    padding for the missing term counts must not fix its columns' type before the longer query's
    counts come (PostgreSQL refused such a UNION, and the members' materials answered 500)."""
    from shingikai.search.engine import match_many

    for i in range(1, 5):
        entry(i, f"委託の件{i}。防犯カメラの保存期間", day=i)
    queries = ['"委託"', '"防犯カメラ"', '"委託" "防犯カメラ" "保存期間"']
    found = match_many(queries, user_scope=PUBLIC, limit=3)
    assert [[m.object_id for m in matches] for matches in found] == [
        [h.object_id for h in search(q, user_scope=PUBLIC, per_page=3).hits] for q in queries]
    assert all(len(matches) == 3 for matches in found)


@pytest.mark.skipif("connection.vendor != 'postgresql'")
@pytest.mark.django_db
def test_postgresql_connections_run_searches_without_jit_compiling():
    # With JIT on, every search statement (estimated in the millions) was compiled first: ~200 ms each.
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
