"""Search finds what a scan finds: for Japanese, Latin and digit terms, the public total equals the
number of public entries whose normalised title or body contains the term, on whichever database
DATABASE_URL names (CI runs this file on SQLite and on PostgreSQL)."""
import datetime

import pytest

from shingikai.demo.loader import load_demo
from shingikai.search.engine import PUBLIC, search
from shingikai.search.indexing import reindex_all
from shingikai.search.models import SearchEntry
from shingikai.search.text import normalize

# Latin words and numbers that sit inside longer words, as they do in imported minutes.
EXTRA_BODIES = [
    "連絡にはLINEWORKSを使い、ISO27001の認証を受けた事業者に委託する。",
    "ISO/IEC 27001:2013 に準拠した管理体制。LINE公式アカウントで通知する。",
    "ＩＳＯ２７００１認証及びＰマークを取得済み。",
    "オンラインでの申請（online）に対応する。pipeline処理。",
    "Ｗｉ－Ｆｉ環境からＬＧＷＡＮ接続系へは持ち込まない。",
    # Hiragana is compared as katakana, in the index as in the scan (text.normalize).
    "防犯カメラの映像と、ぼうはんかめらの表記、ｶﾒﾗの半角。",
]
TERMS = [
    # Japanese, of one, two and more characters
    "委託", "保護", "個人情報", "再委託", "審議会", "保存期間", "市", "審",
    # Kana in either script
    "カメラ", "かめら", "ぼうはん", "の",
    # Latin and digits, whole and inside longer words, half and full width, any case
    "LINE", "line", "ＬＩＮＥ", "WORKS", "ISO", "iso", "27001", "2700", "001", "IEC", "lgwan", "wan", "fi", "ine",
]


@pytest.fixture
def corpus(db):
    load_demo()
    reindex_all()
    day = datetime.date(2024, 6, 1)
    for n, body in enumerate(EXTRA_BODIES):
        for visibility in ("public", "internal"):
            SearchEntry.objects.create(
                kind="turn", object_id=900_000 + 2 * n + (visibility == "internal"), council_id=1,
                council_slug="neighbour", council_name="となり市審議会", municipality="となり市",
                title=f"発言{n}", body=body, url=f"/x/{n}", visibility=visibility, date=day)


def scanned(term):
    """The public entries a substring scan finds, as (kind, object id)."""
    needle = normalize(term)
    return {
        (kind, object_id)
        for kind, object_id, title, body in SearchEntry.objects.filter(visibility="public").values_list(
            "kind", "object_id", "title", "body")
        if needle in normalize(title) or needle in normalize(body)
    }


@pytest.mark.parametrize("term", TERMS)
def test_search_total_equals_a_substring_scan_of_public_entries(corpus, term):
    expected = scanned(term)
    result = search(term, user_scope=PUBLIC, per_page=max(len(expected), 1))
    assert result.total_exact
    assert result.total == len(expected), term
    assert {(hit.kind, hit.object_id) for hit in result.hits} == expected


def test_the_terms_include_words_found_only_inside_longer_words(corpus):
    # Guards the list above: whole-word matching (as the index once did) must find fewer than
    # the scan for these, or the comparison would not test the point.
    for term in ("LINE", "27001", "ISO"):
        whole_words = {key for key in scanned(term) if _whole_word_in(term, key)}
        assert len(whole_words) < len(scanned(term)), term
    assert [term for term in TERMS if not scanned(term)] == []


def _whole_word_in(term, key):
    import re

    entry = SearchEntry.objects.get(kind=key[0], object_id=key[1])
    word = re.escape(normalize(term))
    return re.search(rf"(?<![^\W_]){word}(?![^\W_])", normalize(f"{entry.title} {entry.body}"), re.ASCII)
