"""Benchmark the search engine on synthetic minutes-like Japanese entries.

    .venv/bin/python benchmarks/bench_search_engine.py                 # 20,000 entries, SQLite
    .venv/bin/python benchmarks/bench_search_engine.py --entries 5000
    .venv/bin/python benchmarks/bench_search_engine.py --database-url postgres://postgres@127.0.0.1:55432/postgres

Builds a throw-away database (a temporary SQLite file, or a temporary database on the given
PostgreSQL server), fills it with generated entries, times the index build and, for a mix of
2-character, longer and multi-word queries, the index match alone, the whole engine call
(page + total + facets + snippets) and a LIKE '%…%' scan of the same rows. The match counts
of the index and of LIKE are printed side by side: they must agree.
"""
import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench_search import like_where  # beside this script

QUERIES = {
    "2-char": ["委託", "同意", "目的", "提供", "削除", "暗号", "映像"],
    "longer": ["個人情報", "目的外利用", "マイナンバーカード", "住民基本台帳", "防犯カメラ", "LGWAN", "再委託先"],
    "multi-word": [
        "委託 個人情報",
        "同意 目的外利用 提供",
        "防犯カメラ OR 映像",
        "委託 -再委託",
        '"保存期間は5年"',
        "暗号化 通信 LGWAN",
    ],
}

DEPARTMENTS = ["市民課", "こども家庭課", "健康増進課", "税務課", "情報政策課", "福祉課", "教育総務課", "保険年金課"]
SYSTEMS = ["住民基本台帳システム", "戸籍情報システム", "施設予約システム", "健康管理システム", "税務システム", "コンビニ交付サービス"]
ITEMS = ["氏名", "住所", "生年月日", "電話番号", "メールアドレス", "口座情報", "性別", "世帯構成", "健康診断の結果", "相談記録"]
CONTRACTORS = ["株式会社みなみ情報", "北町データセンター株式会社", "株式会社サンプル印刷", "一般財団法人まちづくり協会"]
SUBJECTS = ["個人情報", "特定個人情報", "要配慮個人情報", "マイナンバーカード", "防犯カメラの映像", "アンケートの回答"]
TEMPLATES = [
    "{dept}から{system}の導入について説明があった。",
    "{item}と{item2}を{contractor}に委託して処理する。",
    "再委託先は{contractor}であり、プライバシーマークを取得している。",
    "ISO/IEC 27001の認証の有効期限はいつまでか。",
    "保存期間は{n}年とし、期間経過後は溶解処理により廃棄する。",
    "本人の同意を得たうえで{subject}を目的外利用する。",
    "データはLGWAN回線を経由して送付し、通信は暗号化する。",
    "{subject}の外部提供にあたっては提供先と覚書を締結する。",
    "防犯カメラの録画映像は{n}日で上書き消去される。",
    "件数はおよそ{count}件である。",
    "電話番号は本当に必要な項目か、削除できないか。",
    "委員から{item}の取扱いについて質問があった。",
    "事務局から前回の議事録の確定について報告があった。",
    "{dept}の担当者が{system}の運用状況を報告した。",
    "他の自治体での事例はどうなっているか。",
    "データセンターは国内にあり、入退室管理を行っている。",
    "当審議会で出た意見を参考に事務を進めること。",
    "本人以外からの収集となるため、審議会の意見を聴く。",
    "オンライン結合により{system}と接続する。",
    "封入封緘の作業は庁舎内で職員の立会いのもと行う。",
    "住民基本台帳から対象者を抽出し、通知を発送する。",
    "SMSでの通知は行わないこととした。",
    "CD-Rは書留郵便で送付し、受領後に返却を受ける。",
    "承認することに異議はないか。（「異議なし」の声）",
]
KIND_MIX = [("turn", 0.80, 80, 600), ("case", 0.12, 600, 2000), ("answer", 0.05, 300, 1000), ("minutes", 0.03, 8000, 20000)]


# Zipf-like template frequencies, and filler sentences built from a large generated
# vocabulary, so that terms have realistic selectivity instead of matching half the corpus.
TEMPLATE_WEIGHTS = [1 / (i + 1) for i in range(len(TEMPLATES))]
PARTICLES = ["の", "を", "に", "は", "が", "と", "で", "から", "について", "として"]


def make_vocabulary(rng, size=4000):
    kanji = [chr(c) for c in rng.sample(range(0x4E00, 0x9FA0), 1800)]
    kana = [chr(c) for c in range(0x30A1, 0x30F7)]
    words = []
    for _ in range(size):
        if rng.random() < 0.15:
            words.append("".join(rng.choices(kana, k=rng.randrange(3, 7))))
        else:
            words.append("".join(rng.choices(kanji, k=rng.randrange(2, 5))))
    return words, [1 / (i + 1) ** 0.9 for i in range(size)]


def filler(rng, vocab):
    words, weights = vocab
    picked = rng.choices(words, weights, k=rng.randrange(3, 9))
    return "".join(w + rng.choice(PARTICLES) for w in picked[:-1]) + picked[-1] + "。"


def sentence(rng, vocab):
    if rng.random() < 0.6:
        return filler(rng, vocab)
    return rng.choices(TEMPLATES, TEMPLATE_WEIGHTS)[0].format(
        dept=rng.choice(DEPARTMENTS),
        system=rng.choice(SYSTEMS),
        item=rng.choice(ITEMS),
        item2=rng.choice(ITEMS),
        contractor=rng.choice(CONTRACTORS),
        subject=rng.choice(SUBJECTS),
        n=rng.choice([1, 3, 5, 10, 30, 90]),
        count=rng.randrange(10, 90000),
    )


def make_entries(n, seed):
    from shingikai.search.models import SearchEntry

    rng = random.Random(seed)
    vocab = make_vocabulary(rng)
    weights = [w for _, w, _, _ in KIND_MIX]
    for i in range(n):
        kind, _, lo, hi = rng.choices(KIND_MIX, weights)[0]
        target = rng.randrange(lo, hi)
        parts, size = [], 0
        while size < target:
            s = sentence(rng, vocab)
            parts.append(s)
            size += len(s)
            if kind == "minutes" and rng.random() < 0.1:
                parts.append("\n\n")
        council = rng.randrange(1, 21)
        year = rng.randrange(2015, 2025)
        yield SearchEntry(
            kind=kind,
            object_id=i + 1,
            council_id=council,
            council_slug=f"council-{council}",
            council_name=f"第{council}市個人情報保護審議会",
            municipality=f"第{council}市",
            fiscal_year=year,
            title=f"令和{year - 2018}年度 {rng.choice(SYSTEMS)}",
            body="".join(parts),
            url=f"/minutes/{i}#turn-{i}",
            case_kind=rng.choice(["諮問", "報告", "その他", ""]),
            categories=rng.sample(["外部委託", "目的外利用", "外部提供", "オンライン結合", "情報システム"], 2),
            department=rng.choice(DEPARTMENTS),
            outcome=rng.choice(["承認", "同意", "継続審議", ""]),
            speaker_role=rng.choice(["chair", "member", "secretariat", "department", ""]),
            visibility="public" if rng.random() < 0.9 else "internal",
        )


def like_sql(query, vendor):
    """The same boolean query as LIKE '%term%' scans over the raw title and body."""

    def cond(term):
        return "(e.title LIKE %s OR e.body LIKE %s)", [f"%{term.text}%"] * 2

    where, params = like_where(query, cond)
    return f"SELECT COUNT(*) FROM search_searchentry e WHERE {' AND '.join(where)}", params


def timed(fn, repeat):
    out = []
    value = fn()  # warm-up, also returns the count
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return value, out


def summary(ms):
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"median {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms"


def index_size(vendor, cursor):
    if vendor == "sqlite":
        cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'")
        fts = cursor.fetchone()[0]
        cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name = 'search_searchentry'")
        table = cursor.fetchone()[0]
        return f"FTS5 tables {fts / 2**20:.1f} MiB (entries table {table / 2**20:.1f} MiB)"
    cursor.execute(
        "SELECT pg_relation_size('search_entry_day_pairs_filters_gin'), pg_total_relation_size('search_searchentry'),"
        " SUM(pg_column_size(search_text)) + SUM(pg_column_size(search_pairs)) FROM search_searchentry"
    )
    gin, total, col = cursor.fetchone()
    return (
        f"day and pairs GIN {gin / 2**20:.1f} MiB + search_text and search_pairs {col / 2**20:.1f} MiB"
        f" (entries table with indexes and TOAST {total / 2**20:.1f} MiB)"
    )


def run(args):
    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    call_command("migrate", "search", verbosity=0)

    from shingikai.search.backends import get_backend
    from shingikai.search.engine import PUBLIC, rebuild_index, search
    from shingikai.search.models import SearchEntry
    from shingikai.search.query import parse

    vendor = connection.vendor
    t0 = time.perf_counter()
    batch, chars = [], 0
    for e in make_entries(args.entries, args.seed):
        chars += len(e.body) + len(e.title)
        batch.append(e)
        if len(batch) == 2000:
            SearchEntry.objects.bulk_create(batch)
            batch = []
    SearchEntry.objects.bulk_create(batch)
    t_insert = time.perf_counter() - t0
    print(f"database: {vendor} ({connection.settings_dict['NAME']})")
    print(f"entries: {args.entries:,}  text: {chars / 1e6:.1f} M characters  rows inserted in {t_insert:.1f} s")

    t0 = time.perf_counter()
    rebuild_index()
    t_build = time.perf_counter() - t0
    with connection.cursor() as cursor:
        size = index_size(vendor, cursor)
    print(f"index build (rebuild_index): {t_build:.1f} s  ({chars / 1e6 / t_build:.2f} M chars/s)")
    print(f"index size: {size}")
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW lc_ctype")
            print(f"lc_ctype: {cursor.fetchone()[0]}")
    print()

    backend = get_backend()
    by_method = {}
    header = f"{'query':<24} {'index n':>8} {'LIKE n':>8} {'index ms':>9} {'engine ms':>10} {'LIKE ms':>9}"
    for category, queries in QUERIES.items():
        print(f"[{category}]")
        print(header)
        for text in queries:
            q = parse(text)
            c = backend.compile(q)
            where = f" WHERE {c.where_sql}" if c.where_sql else ""
            index_sql, index_params = f"SELECT COUNT(*) FROM {c.from_sql}{where}", c.where_params
            lsql, lparams = like_sql(q, vendor)

            def count(sql, params):
                with connection.cursor() as cursor:
                    cursor.execute(sql, params)
                    return cursor.fetchone()[0]

            n_index, t_index = timed(lambda: count(index_sql, index_params), args.repeat)
            _, t_engine = timed(lambda: search(q, user_scope=PUBLIC), args.repeat)
            n_like, t_like = timed(lambda: count(lsql, lparams), args.repeat)
            for name, ms in (("index", t_index), ("engine", t_engine), ("LIKE", t_like)):
                by_method.setdefault((category, name), []).extend(ms)
            flag = "" if n_index == n_like else "  <- differs"
            print(
                f"{text:<24} {n_index:>8} {n_like:>8} {statistics.median(t_index):>9.1f}"
                f" {statistics.median(t_engine):>10.1f} {statistics.median(t_like):>9.1f}{flag}"
            )
        print()

    print(f"summary over {args.repeat} timed runs per query:")
    for category in QUERIES:
        for name in ("index", "engine", "LIKE"):
            print(f"  {category:<11} {name:<7} {summary(by_method[(category, name)])}")

    if vendor == "postgresql":
        print("\n2-character terms on search_text, three ways (median ms):")
        for text in QUERIES["2-char"]:
            row = []
            for label, sql, param in (
                ("strpos", "strpos(search_text, %s) > 0", text),
                ("LIKE", "search_text LIKE %s", f"%{text}%"),
                ("ILIKE", "search_text ILIKE %s", f"%{text}%"),
            ):
                def q2(sql=sql, param=param):
                    with connection.cursor() as cursor:
                        cursor.execute(f"SELECT COUNT(*) FROM search_searchentry WHERE {sql}", [param])
                        return cursor.fetchone()[0]

                _, ms = timed(q2, args.repeat)
                row.append(f"{label} {statistics.median(ms):6.1f}")
            print(f"  {text}: " + "  ".join(row))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (after one warm-up)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server URL; a temporary database is created there and dropped afterwards",
    )
    args = parser.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "shingikai.settings"
    with tempfile.TemporaryDirectory(prefix="shingikai-bench-") as tmp:
        os.environ["SHINGIKAI_DATA_DIR"] = tmp
        if not args.database_url:
            os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
            run(args)
            return
        import psycopg

        name = f"shingikai_bench_{uuid.uuid4().hex[:8]}"
        base = args.database_url.rsplit("/", 1)[0]
        with psycopg.connect(args.database_url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            os.environ["DATABASE_URL"] = f"{base}/{name}"
            run(args)
        finally:
            from django.db import connections

            connections.close_all()
            with psycopg.connect(args.database_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    main()
