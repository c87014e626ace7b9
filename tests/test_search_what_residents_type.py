"""The search finds what a resident types: a case by its 諮問番号 (全角 digits too), a katakana word typed in
hiragana, and says so when a query has nothing to search for. The search page reads well with a keyboard
and a screen reader: the count in the title, a link to the results, the results before the facets.

Runs on whichever database DATABASE_URL names (CI runs SQLite and PostgreSQL)."""
import datetime
import importlib
import re

import pytest

from shingikai import publicity
from shingikai.demo.loader import load_demo
from shingikai.search.engine import PUBLIC, rebuild_index, search
from shingikai.search.indexing import reindex_all
from shingikai.search.models import SearchEntry
from shingikai.search.text import normalize, tokens

DAY = datetime.date(2024, 6, 1)


def entry(object_id, body, **extra):
    return SearchEntry.objects.create(
        kind="turn", object_id=object_id, council_id=1, council_slug="minami", council_name="みなみ市審議会",
        municipality="みなみ市", title=extra.pop("title", f"発言{object_id}"), body=body, url=extra.pop("url", f"/x/{object_id}"),
        visibility=extra.pop("visibility", "public"), date=DAY, **extra)


@pytest.fixture
def demo(db):
    load_demo()
    reindex_all()


def test_hiragana_is_folded_to_katakana_in_index_and_query():
    assert tokens("かめら") == tokens("カメラ") == tokens("ｶﾒﾗ")
    assert normalize("ぼうはんかめら") == "ボウハンカメラ"
    # Kanji, Latin and the long-vowel mark are left alone.
    assert normalize("防犯カメラ LINE ー") == "防犯カメラ line ー"


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["かめら", "カメラ", "ｶﾒﾗ", "ぷーる", "ぼうはんかめら"])
def test_a_katakana_word_typed_in_hiragana_is_found(typed):
    camera = entry(1, "防犯カメラの映像は30日保存する。")
    pool = entry(2, "市民プールの防犯カメラ。")
    entry(3, "個人情報の保護に関する条例。")
    found = {hit.object_id for hit in search(typed, user_scope=PUBLIC).hits}
    # Folding is of script, not reading: 防犯 written in kanji is not ぼうはん.
    expected = {"ぷーる": {pool.object_id}, "ぼうはんかめら": set()}.get(typed, {camera.object_id, pool.object_id})
    assert found == expected


@pytest.mark.django_db
def test_the_hiragana_match_is_highlighted_as_written():
    entry(1, "防犯カメラの映像")
    hit = search("かめら", user_scope=PUBLIC).hits[0]
    assert "<mark>カメラ</mark>" in str(hit.snippet)


# A name or word as the minutes print it, and as a resident types it (the other way round too).
WRITTEN_AND_TYPED = [
    ("髙野委員", "高野"), ("北﨑委員", "北崎"), ("南邊委員", "南辺"), ("南邉委員", "南辺"), ("德山委員", "徳山"),
    ("𠮷川委員", "吉川"), ("西澤委員", "西沢"), ("ｷﾀﾉ委員", "キタノ"), ("諮問第１２号", "諮問第12号"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("written,typed", WRITTEN_AND_TYPED)
def test_a_name_printed_in_an_old_kanji_or_another_width_is_found_by_its_common_form(written, typed):
    printed = entry(1, f"{written}から質問があった。")
    common = entry(2, f"{normalize(written)}から質問があった。")
    entry(3, "個人情報の保護に関する条例。")
    for query in (typed, written):
        hits = search(query, user_scope=PUBLIC).hits
        assert {hit.object_id for hit in hits} == {printed.object_id, common.object_id}, query
    # The hit shows the name as the minutes print it, marked.
    hit = next(h for h in search(typed, user_scope=PUBLIC).hits if h.object_id == printed.object_id)
    assert f"<mark>{written[:len(typed)]}</mark>" in str(hit.snippet)


@pytest.mark.django_db
def test_folding_a_name_does_not_open_a_closed_entry(client):
    """A resident typing 高橋 finds the public minutes that print 髙橋, never the closed session's; staff of the
    council find both."""
    public = entry(1, "髙橋委員から質問があった。")
    closed = entry(2, "髙橋委員の非公開の発言。", visibility="internal")
    assert {h.object_id for h in search("高橋", user_scope=PUBLIC).hits} == {public.object_id}
    assert {h.object_id for h in search("高橋", user_scope={1}).hits} == {public.object_id, closed.object_id}
    html = client.get("/search/", {"q": "高橋"}).content.decode()
    assert "/x/1" in html and "/x/2" not in html and "非公開の発言" not in html
    api = client.get("/search/api", {"q": "高橋"}).json()
    assert api["total"] == 1


@pytest.mark.django_db
def test_the_upgrade_queues_every_record_so_old_entries_fold_their_kanji(demo):
    """Entries indexed before the folding hold 髙 as written: the upgrade regenerates every one."""
    from django.apps import apps

    from shingikai.meetings.models import Answer, Meeting
    from shingikai.search import indexing
    from shingikai.search.models import PendingIndex

    migration = importlib.import_module("shingikai.search.migrations.0015_reindex_for_kanji_variants")
    migration.Migration.operations[0].code(apps, None)
    queued = set(PendingIndex.objects.values_list("kind", "object_id"))
    assert {("meeting", pk) for pk in Meeting.objects.values_list("pk", flat=True)} <= queued
    assert {("answer", pk) for pk in Answer.objects.values_list("pk", flat=True)} <= queued
    assert ("case", publicity.cases().order_by("pk").first().pk) in queued
    indexing.drain()
    assert not PendingIndex.objects.exists()


@pytest.mark.django_db
def test_a_case_is_found_by_its_number_in_half_and_full_width(demo):
    case = publicity.cases().exclude(number="").order_by("pk").first()
    assert case is not None and re.fullmatch(r"(諮問|報告)第\d+号", case.number)
    full_width = case.number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    for typed in (case.number, full_width):
        hits = search(typed, user_scope=PUBLIC, per_page=50).hits
        assert ("case", case.pk) in {(hit.kind, hit.object_id) for hit in hits}, typed


@pytest.mark.django_db
def test_a_number_does_not_find_a_longer_number():
    entry(1, "諮問第14号について")
    entry(2, "諮問第4号について")
    assert [hit.object_id for hit in search("諮問第4号", user_scope=PUBLIC).hits] == [2]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ['"', '""', '" "', "OR", "ＯＲ", "*", "%", "_", "()", "「」"])
def test_a_query_without_a_searchable_character_asks_for_a_word(client, typed):
    entry(1, "防犯カメラの映像")
    page = client.get("/search/", {"q": typed})
    assert page.status_code == 200
    html = page.content.decode()
    assert "検索語を入力してください" in html
    assert "件</span></h2>" not in html and "/x/1" not in html
    api = client.get("/search/api", {"q": typed}).json()
    assert api["total"] == 0 and api["hits"] == [] and "検索語を入力してください" in api["message"]


@pytest.mark.django_db
def test_the_results_page_names_the_count_in_its_title_and_leads_to_the_results(client):
    entry(1, "防犯カメラの映像")
    entry(2, "市民プールの防犯カメラ")
    html = client.get("/search/", {"q": "カメラ"}).content.decode()
    assert re.search(r"<title>「カメラ」の検索結果 \(2 件\) \|", html)
    assert '<a class="skip-link" href="#hits-heading">検索結果へ移動</a>' in html
    assert re.search(r'<h2 id="hits-heading"[^>]*><span role="status">2 件</span></h2>', html)
    # Reading (and Tab) order: the first hit before the facet links, which sit in a labelled landmark.
    assert html.index('href="/x/') < html.index('<aside class="facets" aria-label="絞り込み">')


@pytest.mark.django_db
def test_no_hits_is_said_in_a_paragraph_and_no_empty_landmark_is_left(client):
    entry(1, "防犯カメラの映像")
    html = client.get("/search/", {"q": "図書館"}).content.decode()
    assert re.search(r"<title>「図書館」の検索結果 \(0 件\)", html)
    assert "<p>見つかりませんでした。" in html
    assert 'aria-label="絞り込み"' not in html


@pytest.mark.django_db
def test_the_upgrade_queues_every_record_so_old_entries_are_folded_and_numbered(demo):
    import importlib

    from django.apps import apps

    from shingikai.search import indexing
    from shingikai.search.models import PendingIndex

    case = publicity.cases().exclude(number="").order_by("pk").first()
    entries = sorted(SearchEntry.objects.values_list("kind", "object_id"))
    # As the index stood before: the case's entry without its number.
    SearchEntry.objects.filter(kind="case", object_id=case.pk).update(body="目的のみ")
    rebuild_index()
    migration = importlib.import_module("shingikai.search.migrations.0013_reindex_for_kana_folding_and_case_numbers")
    migration.queue_everything(apps, None)
    queued = set(PendingIndex.objects.values_list("kind", "object_id"))
    assert ("case", case.pk) in queued
    assert {kind for kind, _ in queued} >= {"meeting", "case", "answer"}
    indexing.drain()
    assert not PendingIndex.objects.exists()
    assert sorted(SearchEntry.objects.values_list("kind", "object_id")) == entries
    assert ("case", case.pk) in {(h.kind, h.object_id) for h in search(case.number, user_scope=PUBLIC, per_page=50).hits}


@pytest.mark.django_db
def test_an_item_titled_by_its_procedure_is_found_by_the_topic_the_secretariat_gave_it():
    """A department searching for コンビニ交付 precedents finds the neighbour's item whose minutes titled it only
    「個人情報を取り扱う業務の処理の外部委託」, once the secretariat has confirmed its 主題."""
    from helpers import import_published

    from shingikai.cases.models import Case
    from shingikai.precedents.actions import confirm_topic
    from shingikai.search import indexing

    generic = "個人情報を取り扱う業務の処理の外部委託"
    import_published({
        "municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "令和5年度第1回",
        "date": "2023-07-10", "members_present": ["甲", "乙"], "chair": "甲",
        "items": [{"kind": "諮問", "title": generic, "departments": ["市民課"], "categories": ["外部委託"],
                   "outcome": "承認", "conditions": []}],
    }, source_name="hidari.txt")
    case = Case.objects.get(title=generic)
    confirm_topic(case, "コンビニ交付")
    indexing.drain()
    hits = search("コンビニ交付", user_scope=PUBLIC).hits
    assert ("case", case.pk) in {(hit.kind, hit.object_id) for hit in hits}


def test_a_case_and_the_turns_said_under_it_are_one_line_of_the_results(demo, client):
    """委託 is said in three turns of the コンビニ交付 case's discussion: the resident is led to the case once, its
    turns listed beneath it, not four lines of the same case among the results."""
    html = client.get("/search/", {"q": "委託"}).content.decode()
    hits = re.search(r'<ol class="hits">(.*?)</ol>\s*(?:<nav|</section>)', html, re.S).group(1)
    lines = re.findall(r"^      <li>", hits, re.M)
    case = SearchEntry.objects.get(kind="case", title__startswith="住民票の写し等のコンビニ交付サービスに係る")
    turns = SearchEntry.objects.filter(kind="turn", visibility="public", context__contains="コンビニ交付サービスに係る",
                                       body__contains="委託")
    assert turns.count() == 3
    # The case heads one line; each of its turns is linked beneath it, and none is a line of its own.
    assert hits.count(f'href="{case.url}"') == 1
    line = hits[hits.index(f'href="{case.url}"'):]
    line = line[:line.index("\n      </li>")]
    assert "この案件の審議での発言 (3 件)" in line
    for turn in turns:
        assert hits.count(f'href="{turn.url}"') == 1 and f'href="{turn.url}"' in line
    total = int(re.search(r'<span role="status">(\d+) 件</span>', html).group(1))
    assert len(lines) < total
    assert "同じ案件の審議での発言は、案件 (または最初の発言) の下にまとめて表示しています。" in html
    # Narrowed to 発言, each turn is a line of its own again.
    html = client.get("/search/", {"q": "委託", "kind": "turn"}).content.decode()
    hits = re.search(r'<ol class="hits">(.*?)</ol>', html, re.S).group(1)
    assert len(re.findall(r"^      <li>", hits, re.M)) == int(re.search(r'<span role="status">(\d+) 件</span>', html).group(1))
    assert "まとめて表示" not in html


@pytest.mark.django_db
def test_turns_under_one_item_found_without_their_case_share_a_line(client):
    """A page without the case itself still shows a discussion once: the first turn, the others beneath it."""
    entry(1, "委託先の監督について", context="令和6年度第1回 報告事項", url="/meetings/5/#turn-1")
    entry(2, "委託先は市内の事業者です", context="令和6年度第1回 報告事項", url="/meetings/5/#turn-2")
    entry(3, "委託の期間は", context="令和6年度第2回 報告事項", url="/meetings/6/#turn-1")
    html = client.get("/search/", {"q": "委託"}).content.decode()
    hits = re.search(r'<ol class="hits">(.*?)</ol>', html, re.S).group(1)
    assert len(re.findall(r"^      <li>", hits, re.M)) == 2
    assert "同じ審議でのほかの発言 (1 件)" in hits


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["カメラ", "かめら", "ｶﾒﾗ", "ｶﾒﾗ LINE", "カメラ ｌｉｎｅ", "ＣＡＭＥＲＡ", "camera"])
def test_the_page_count_the_api_total_and_the_api_entries_agree_however_the_word_is_typed(client, typed):
    """Folding (NFKC, case, hiragana as katakana) is of the query once, before the count, the page and the API: the
    resident who types ｶﾒﾗ on a phone is told the same number, and shown the same entries, as one who types カメラ."""
    entry(1, "防犯カメラ (camera) の映像を LINE で送る。")
    entry(2, "市民プールの防犯カメラ CAMERA。")
    entry(3, "個人情報の保護に関する条例 (LINE)。")
    expected = {"ｶﾒﾗ LINE": {"/x/1"}, "カメラ ｌｉｎｅ": {"/x/1"}}.get(typed, {"/x/1", "/x/2"})
    api = client.get("/search/api", {"q": typed}).json()
    assert api["total"] == len(api["hits"]) == len(expected) and {h["url"] for h in api["hits"]} == expected
    assert all("<mark>" in h["snippet"] + h["title_html"] for h in api["hits"])
    html = client.get("/search/", {"q": typed}).content.decode()
    assert f'<span role="status">{len(expected)} 件</span>' in html
    assert {u for u in re.findall(r'href="(/x/\d+)', html)} == expected
