"""The search engine core: matching, scoping, facets, snippets and index maintenance.

Runs on whichever database DATABASE_URL names (SQLite by default, PostgreSQL in CI's
second pass); the same assertions must hold on both.
"""
import datetime

import pytest

from shingikai.search.engine import (
    PUBLIC,
    clear_index,
    index_entries,
    rebuild_index,
    remove_entries,
    remove_objects,
    search,
)
from shingikai.search.models import SearchEntry
from shingikai.search.query import parse

MINAMI, KITA = 101, 202
SENTINEL = "機密符丁ZQX"


def entry(object_id, body, *, kind="turn", council=MINAMI, visibility="public", **extra):
    council_fields = (
        {"council_slug": "minami", "council_name": "みなみ市個人情報保護審議会", "municipality": "みなみ市"}
        if council == MINAMI
        else {"council_slug": "kita", "council_name": "きた町個人情報保護審議会", "municipality": "きた町"}
    )
    fields = {
        "kind": kind,
        "object_id": object_id,
        "council_id": council,
        "title": extra.pop("title", f"発言{object_id}"),
        "body": body,
        "url": f"/minutes/1#turn-{object_id}",
        "visibility": visibility,
        **council_fields,
        **extra,
    }
    return SearchEntry.objects.create(**fields)


@pytest.fixture
def corpus(db):
    return {
        "outsourcing": entry(
            1,
            "封入封緘業務を外部事業者に再委託する予定はあるか。業務委託契約書には個人情報の取扱いを明記している。",
            fiscal_year=2021, date=datetime.date(2021, 5, 10), case_kind="諮問",
            categories=["外部委託"], department="市民課", outcome="承認", speaker_role="member",
        ),
        "consent": entry(
            2,
            "本人の同意を得たうえで目的外利用を行う。",
            fiscal_year=2022, date=datetime.date(2022, 7, 1), case_kind="諮問",
            categories=["目的外利用", "外部提供"], department="健康増進課", outcome="承認",
            speaker_role="department",
        ),
        "network": entry(
            3,
            "LGWAN回線を経由して送付する。ISO/IEC 27001の認証を取得している。ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞの交付に使う。",
            kind="case", council=KITA, title="コンビニ交付サービスの導入", fiscal_year=2022,
            date=datetime.date(2022, 9, 1), case_kind="報告", categories=["オンライン結合"],
            department="市民課", outcome="報告了承",
        ),
        "cctv": entry(
            4,
            "防犯カメラの映像は30日で上書き消去する。",
            kind="answer", council=KITA, fiscal_year=2021, date=datetime.date(2021, 11, 2),
            case_kind="諮問", categories=["防犯カメラ"], outcome="同意",
        ),
        "internal": entry(
            5,
            f"非公開の審議資料。{SENTINEL}の委託先について。",
            visibility="internal", fiscal_year=2022, categories=["外部委託"], speaker_role="chair",
        ),
        "script": entry(
            6,
            "委託先が <script>alert('x')</script> & 書いた。",
            fiscal_year=2023, speaker_role="secretariat",
        ),
    }


def ids(result):
    return {h.object_id for h in result.hits}


def public(query, **kw):
    return search(query, user_scope=PUBLIC, **kw)


# --- matching ------------------------------------------------------------------------------

@pytest.mark.django_db
def test_two_character_words_match_inside_longer_words(corpus):
    # 委託 sits inside 再委託 and 業務委託契約; 目的 inside 目的外利用.
    assert ids(public("委託")) == {1, 6}
    assert ids(public("同意")) == {2}
    assert ids(public("目的")) == {2}
    assert ids(public("映像")) == {4}


@pytest.mark.django_db
def test_longer_words_and_single_characters(corpus):
    assert ids(public("個人情報")) == {1}
    assert ids(public("目的外利用")) == {2}
    assert ids(public("業務委託契約書")) == {1}
    assert ids(public("委託契約書類")) == set()
    assert ids(public("映")) == {4}


@pytest.mark.django_db
def test_and_or_not(corpus):
    assert ids(public("委託 個人情報")) == {1}
    assert ids(public("同意 OR 防犯カメラ")) == {2, 4}
    assert ids(public("委託 OR 同意 個人情報")) == {1}
    assert ids(public("委託 -再委託")) == {6}
    assert ids(public("-委託")) == {2, 3, 4}


@pytest.mark.django_db
def test_phrases(corpus):
    assert ids(public('"外部事業者に再委託"')) == {1}
    assert ids(public('"iso iec 27001"')) == {3}
    assert ids(public('"iec iso"')) == set()
    assert ids(public("「業務委託」")) == {1}


@pytest.mark.django_db
def test_full_width_half_width_and_case_are_normalised(corpus):
    assert ids(public("ＬＧＷＡＮ")) == {3}
    assert ids(public("lgwan回線")) == {3}
    # Letters and digits are found inside longer words, as a substring scan finds them.
    assert ids(public("LGW")) == {3}
    assert ids(public("wan回")) == {3}
    assert ids(public("700")) == {3}
    # Two words still need a separator between them, in the text as in the query.
    assert ids(public("isoiec")) == set()
    assert ids(public('"so ie"')) == {3}
    assert ids(public("２７００１")) == {3}
    # The body is written in half-width kana; both forms of the query find it.
    assert ids(public("マイナンバーカード")) == {3}
    assert ids(public("ﾏｲﾅﾝﾊﾞｰ")) == {3}
    # Full-width space, quotes and minus.
    assert ids(public("委託　個人情報")) == {1}
    assert ids(public("委託　－再委託")) == {6}
    assert ids(public("＂外部事業者＂")) == {1}


@pytest.mark.django_db
def test_line_breaks_and_punctuation_inside_japanese_are_ignored(db):
    entry(7, "個人情\n報の保護について", fiscal_year=2021)
    assert ids(public("個人情報")) == {7}


def test_query_parser_ast():
    q = parse("委託　OR 提供 個人情報 －再委託 \"ISO 27001\" OR")
    assert [[t.tokens for t in g.terms] for g in q.must] == [
        [("委", "託"), ("提", "供")],
        [("個", "人", "情", "報")],
        [("iso", "27001")],
    ]
    assert [t.tokens for t in q.must_not] == [("再", "委", "託")]
    assert parse("  、。 ").is_empty


# --- scoping and filters -------------------------------------------------------------------

@pytest.mark.django_db
def test_internal_entries_never_reach_the_public(corpus):
    assert public(SENTINEL).total == 0
    assert SENTINEL not in str([h.snippet for h in public("委託").hits])
    browse = public("")
    assert 5 not in ids(browse) and browse.total == 5
    assert search(SENTINEL, user_scope={KITA}).total == 0
    assert ids(search(SENTINEL, user_scope={MINAMI})) == {5}
    assert ids(search("委託", user_scope={MINAMI, KITA})) == {1, 5, 6}
    with pytest.raises(TypeError):
        search("委託", user_scope=None)


@pytest.mark.django_db
def test_filters(corpus):
    assert ids(public("", filters={"municipality": "きた町"})) == {3, 4}
    assert ids(public("", filters={"council_slugs": ["minami", "kita"], "kind": "case"})) == {3}
    assert ids(public("", filters={"fiscal_year": "2021"})) == {1, 4}
    assert ids(public("", filters={"category": "外部提供"})) == {2}
    assert ids(public("", filters={"category": ["外部委託", "防犯カメラ"]})) == {1, 4}
    assert ids(public("", filters={"case_kind": "報告"})) == {3}
    assert ids(public("", filters={"department": "市民課"})) == {1, 3}
    assert ids(public("", filters={"outcome": "同意"})) == {4}
    assert ids(public("委託", filters={"speaker_role": "secretariat"})) == {6}
    assert ids(public("", filters={"date_from": datetime.date(2022, 1, 1)})) == {2, 3}
    with pytest.raises(ValueError):
        public("", filters={"colour": "red"})


@pytest.mark.django_db
def test_facets_count_the_whole_result_set(corpus):
    result = public("", per_page=1)
    assert result.total == 5 and len(result.hits) == 1

    def counts(name):
        return {f.value: f.count for f in result.facets[name]}

    assert counts("municipality") == {"みなみ市": 3, "きた町": 2}
    assert counts("council") == {"minami": 3, "kita": 2}
    assert {f.label for f in result.facets["council"]} == {"みなみ市個人情報保護審議会", "きた町個人情報保護審議会"}
    assert counts("fiscal_year") == {2021: 2, 2022: 2, 2023: 1}
    assert [f.value for f in result.facets["fiscal_year"]] == [2023, 2022, 2021]
    assert counts("kind") == {"turn": 3, "case": 1, "answer": 1}
    assert counts("case_kind") == {"諮問": 3, "報告": 1}
    assert counts("category") == {"外部委託": 1, "目的外利用": 1, "外部提供": 1, "オンライン結合": 1, "防犯カメラ": 1}
    assert counts("department") == {"市民課": 2, "健康増進課": 1}
    assert counts("outcome") == {"承認": 2, "報告了承": 1, "同意": 1}
    assert counts("speaker_role") == {"member": 1, "department": 1, "secretariat": 1}
    assert {f.label for f in result.facets["speaker_role"]} == {"委員", "担当課", "事務局"}

    scoped = search("委託", user_scope={MINAMI})
    assert {f.value: f.count for f in scoped.facets["category"]} == {"外部委託": 2}
    assert {f.value: f.count for f in scoped.facets["speaker_role"]} == {"member": 1, "chair": 1, "secretariat": 1}


# --- ordering and paging -------------------------------------------------------------------

@pytest.mark.django_db
def test_relevance_then_newest_first(db):
    entry(10, "審議会で委託について話した。", date=datetime.date(2020, 1, 1))
    entry(11, "審議会で委託について話した。", date=datetime.date(2023, 1, 1))
    entry(12, "委託、委託、委託。", title="委託の審議", date=datetime.date(2019, 1, 1))
    result = public("委託")
    assert [h.object_id for h in result.hits] == [12, 11, 10]
    page2 = public("委託", per_page=2, page=2)
    assert [h.object_id for h in page2.hits] == [10] and page2.total == 3 and page2.pages == 2


def _reference_order(entries, query):
    """The relevance order computed apart from the database: each positive term counted in title and
    body as typed (ASCII case folded), BM25-style, then newest first."""
    from shingikai.search.engine import _by_score
    from shingikai.search.backends import entry_key

    terms = [t.text.strip('"') for t in parse(query).positive_terms]
    terms = [t.lower() if t.isascii() else t for t in terms]

    def count(text, term):
        return (text.lower() if term.isascii() else text).count(term)

    counts = {e.pk: [2.0 * count(e.title, t) + count(e.body, t) for t in terms] for e in entries}
    lengths = {e.pk: len(e.title) + len(e.body) for e in entries}
    keys = {e.pk: entry_key(e.pk, e.date) for e in entries}
    return _by_score(sorted(keys, key=lambda pk: -keys[pk]), keys, counts, lengths)


@pytest.mark.django_db
def test_relevance_counts_terms_in_title_and_body_as_typed_on_every_page(db, monkeypatch):
    """The term counts come from the statement that found the matches; the order is the one counted apart
    from the database, on every page, up to the bound of an exact result set."""
    from shingikai.search import engine

    fragments = ["委託", "個人情報", "LGWAN", "lgwan回線", "ｌｇｗａｎ", "再委託先", "目的外利用", "。", "審議", "ISO27001"]
    entries = []
    for i in range(40):
        # A fixed spread of counts, lengths, title matches and dates (no randomness: the same on every run).
        body = "".join(fragments[(i * 7 + j * 3) % len(fragments)] for j in range(3 + i % 11)) + "前置き" * (i % 5)
        title = f"議題{i}" + ("委託" if i % 4 == 0 else "") + ("LGWAN" if i % 6 == 0 else "")
        entries.append(entry(300 + i, body, title=title, date=datetime.date(2015, 1, 1) + datetime.timedelta(days=37 * (i % 13))))
    for query in ("委託", "lgwan", "委託 個人情報", "LGWAN OR 再委託先", "委託 -審議", '"目的外利用"'):
        found = {h.id for h in public(query, per_page=100).hits}
        matched = [e for e in entries if e.pk in found]
        assert len(matched) > 7, query  # more than a page
        want = _reference_order(matched, query)
        got = [h.id for p in (1, 2, 3) for h in public(query, per_page=7, page=p).hits]
        assert got == want[:21], query
        # At the bound the result set is still exact and ranked.
        monkeypatch.setattr(engine, "EXACT_LIMIT", len(matched))
        assert [h.id for h in public(query, per_page=100).hits] == want, query
        monkeypatch.undo()


# --- snippets ------------------------------------------------------------------------------

@pytest.mark.django_db
def test_snippet_highlights_and_escapes(corpus):
    hit = next(h for h in public("委託").hits if h.object_id == 6)
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet and "&amp;" in hit.snippet
    assert hit.snippet.startswith("<mark>委託</mark>先が")

    hit = public("委託 個人情報").hits[0]
    assert "再<mark>委託</mark>" in hit.snippet and "業務<mark>委託</mark>契約書" in hit.snippet
    assert "<mark>個人情報</mark>" in hit.snippet

    hit = public("マイナンバー lgwan").hits[0]
    assert "<mark>ﾏｲﾅﾝﾊﾞｰ</mark>ｶｰﾄﾞ" in hit.snippet
    assert hit.snippet.startswith("<mark>LGWAN</mark>回線")
    assert public("交付").hits[0].title_html == "コンビニ<mark>交付</mark>サービスの導入"


@pytest.mark.django_db
@pytest.mark.parametrize("before", [100, 2000])  # the match early in long minutes, or late
def test_snippet_is_a_window_around_the_first_match(db, before):
    body = "前置き。" * before + "ここで封入封緘を委託する。" + "後書き。" * 1000
    entry(20, body)
    snippet = public("封入封緘").hits[0].snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>封入封緘</mark>" in snippet
    plain = snippet.replace("<mark>", "").replace("</mark>", "")
    assert 110 <= len(plain) <= 125
    assert plain.index("封入封緘") == 41  # "…" and 40 characters of context


# --- keeping the index in step -------------------------------------------------------------

@pytest.mark.django_db
def test_save_update_and_delete_keep_the_index_in_step(corpus):
    consent = corpus["consent"]
    consent.body = "本人から書面で承諾を得る。"
    consent.save()
    assert public("同意").total == 0
    assert ids(public("承諾")) == {2}

    # Bulk paths send no signals: the entry drops out of text search (its old words must
    # not find it any more) until the caller re-indexes it.
    SearchEntry.objects.filter(pk=consent.pk).update(body="電話番号は不要ではないか。")
    assert public("承諾").total == 0 and public("電話番号").total == 0
    assert public("", filters={"department": "健康増進課"}).total == 1
    index_entries([consent.pk])
    assert public("承諾").total == 0 and ids(public("電話番号")) == {2}

    corpus["cctv"].delete()
    assert public("映像").total == 0
    SearchEntry.objects.filter(object_id=1).delete()
    assert ids(public("委託")) == {6}
    assert remove_objects("turn", [6]) == 1
    assert public("委託").total == 0
    assert remove_entries([corpus["network"].pk]) == 1
    assert public("LGWAN").total == 0
    assert SearchEntry.objects.count() == 2


@pytest.mark.django_db
def test_rebuild_index_recovers_from_unindexed_changes(corpus):
    created = SearchEntry.objects.bulk_create(
        [SearchEntry(kind="minutes", object_id=30, council_id=MINAMI, council_slug="minami",
                     council_name="みなみ市個人情報保護審議会", municipality="みなみ市",
                     title="第3回会議録", body="溶解処理により廃棄する。", url="/minutes/3",
                     visibility="public")]
    )
    SearchEntry.objects.filter(object_id=2).update(body="保存期間は5年とする。")
    calls = []
    assert rebuild_index(progress=lambda done, total: calls.append((done, total))) == 7
    assert calls[-1] == (7, 7)
    assert ids(public("溶解")) == {30} and created[0].kind == "minutes"
    assert public("同意").total == 0
    assert ids(public("保存期間")) == {2}
    assert ids(public("委託")) == {1, 6}


@pytest.mark.django_db
def test_a_large_rebuild_tokenises_in_worker_processes_with_the_same_result(corpus, monkeypatch):
    from django.db import connection

    from shingikai.search import backends

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL renders the text inside the database")
    queries = ["委託", "個人情報", "委託 個人情報", "同意 OR 防犯カメラ", "委託 -再委託", "LGWAN", "-委託"]
    SearchEntry.objects.filter(object_id=2).update(date=None)  # undated entries come first in key order
    rebuild_index()
    expected = {q: ids(public(q)) for q in queries}
    used = []
    real_pool = backends.concurrent.futures.ProcessPoolExecutor

    def pool(*args, **kwargs):
        used.append(kwargs.get("max_workers"))
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(backends, "PARALLEL_MIN_ENTRIES", 1)
    monkeypatch.setattr(backends, "BATCH", 1)  # several batches in flight, returned in order
    monkeypatch.setattr(backends.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(backends.concurrent.futures, "ProcessPoolExecutor", pool)
    assert rebuild_index() == SearchEntry.objects.count()
    assert used == [2]
    assert {q: ids(public(q)) for q in queries} == expected


@pytest.mark.django_db
def test_clear_delete_regenerate_rebuild(corpus):
    clear_index()
    SearchEntry.objects.all().delete()
    assert public("委託").total == 0
    entry(40, "再委託の予定はない。", fiscal_year=2024)
    assert rebuild_index() == 1
    assert ids(public("委託")) == {40}


def test_facet_links_narrow_the_query_in_place_and_a_chosen_value_undoes_it():
    from types import SimpleNamespace

    from django.http import QueryDict

    from shingikai.search.views import _facet_links

    result = SimpleNamespace(facets_exact=True, facets={
        "council": [SimpleNamespace(value="minami", label="みなみ市", count=3),
                    SimpleNamespace(value="kita", label="きた市", count=1)]})
    params = QueryDict("q=%E5%A7%94%E8%A8%97&council_slug=minami&kind=case")
    (group,) = _facet_links(result, params)
    chosen, other = group["values"]
    assert chosen["chosen"] and chosen["query"] == "q=%E5%A7%94%E8%A8%97&kind=case"
    assert not other["chosen"] and other["query"] == "q=%E5%A7%94%E8%A8%97&council_slug=kita&kind=case"
    (group,) = _facet_links(result, QueryDict("q=a+b"))
    assert [v["query"] for v in group["values"]] == ["q=a+b&council_slug=minami", "q=a+b&council_slug=kita"]
