"""Full-text index backends: SQLite FTS5 and a PostgreSQL tsvector of character pairs.

Why the index is built this way (the design and its figures: docs/search.md):

* FTS5's `trigram` tokenizer cannot match 1–2 character queries, and 委託, 同意, 目的 are
  exactly what people type. Indexing morphological tokens (SudachiPy, MeCab) misses
  substrings: 委託 inside 再委託 or 業務委託契約 is found only if the dictionary happens to split
  there (about 31% recall on random substrings).
* So both backends search for *substrings of the normalised text*, and both index each *pair*
  of neighbouring characters (text.pair_tokens), Latin letters and digits included, so that
  LINE is found inside LINEWORKS and 27001 inside ISO27001 as a substring scan finds them.
* SQLite: an FTS5 table over the pairs. 再委託先 is the phrase "再委 委託 託先", which the
  positional index answers exactly like LIKE '%再委託先%' but from the index. (One index token
  per character, as first built, made 委託 a phrase over the lists of 委 — in nearly every turn —
  and 託; see benchmarks/bench_search.py.)
* PostgreSQL: SearchEntry.search_text keeps a rendering of the tokens (Japanese characters side
  by side, word tokens between spaces; see text.render_tokens) so that a substring test there
  means exactly what the FTS5 phrase means, and the column search_pairs holds the set of the
  entry's pairs as a tsvector with a GIN index. A term is answered from the index as the AND of
  its pairs (a one-character term as a prefix, 'x':*) and then checked with strpos() on the
  rendering. Positions are left out on purpose: a tsvector keeps positions only up to 16,383,
  and minutes run longer, so a phrase query would miss matches deep in them; the strpos check
  is exact at any length. This serves every term length from the index, where the pg_trgm
  index it replaces left 1–2 character terms (委託, 同意) to a sequential scan, and it does not
  depend on the database's LC_CTYPE as pg_trgm did.

All scoping and filtering is decided on SearchEntry's own columns, never by the text index
(SQLite's index carries filter values as tokens, but only to narrow the candidates; the
engine checks every candidate's columns). Database triggers drop an entry's index data when
the entry is deleted or its title/body change (migrations 0002-0005; on SQLite also any column
the index copies), so text that was removed from an entry cannot be found even
if the code that changed it forgot to re-index: the entry is then hidden from text search
until re-indexed, never matched by its old words.
"""
import collections
import concurrent.futures
import contextlib
import hashlib
import json
import multiprocessing
import os
from dataclasses import dataclass, field

from django.db import connections, transaction

from .query import Query
from .text import pair_query, pair_segment, pair_tokens, render_document, render_term, tokens

ENTRY_TABLE = "search_searchentry"
BATCH = 1000
# PostgreSQL: the newest-first order of a large result set (SQLite's index key order), walked
# from the newest entry when matches are common.
SEARCH_ENTRY_ORDER_INDEXES = (
    "CREATE INDEX IF NOT EXISTS search_entry_newest ON search_searchentry (date DESC NULLS LAST, id DESC)",
)


@dataclass
class Compiled:
    """The SQL pieces a backend contributes to the engine's query over alias `e`."""

    from_sql: str
    where_sql: str = ""
    where_params: list = field(default_factory=list)
    rank_sql: str = "0"
    rank_params: list = field(default_factory=list)
    rank_order: str = "ASC"


def _entries_with_ids(entries):
    from .models import SearchEntry

    entries = list(entries)
    ids = [e for e in entries if not isinstance(e, SearchEntry)]
    objs = [e for e in entries if isinstance(e, SearchEntry)]
    if ids:
        objs.extend(SearchEntry.objects.filter(pk__in=[int(i) for i in ids]).only("id", "title", "body"))
    return [o for o in objs if o.pk is not None]


class BaseBackend:
    vendor = ""

    def __init__(self, alias="default"):
        self.alias = alias

    @property
    def connection(self):
        return connections[self.alias]

    def table_exists(self, name):
        with self.connection.cursor() as cursor:
            return name in self.connection.introspection.table_names(cursor)

    # Interface ---------------------------------------------------------------------------
    def index_entries(self, entries):
        raise NotImplementedError

    def remove_entries(self, ids):
        """Drop index data of entries that are deleted (or about to be)."""
        raise NotImplementedError

    def rebuild(self, progress=None):
        raise NotImplementedError

    def clear(self):
        """Empty the index at once (before deleting all entries for a rebuild)."""
        raise NotImplementedError

    def ensure_schema(self, create_missing=False):
        raise NotImplementedError

    def compile(self, query: Query) -> Compiled:
        raise NotImplementedError

    def category_filter(self, label):
        raise NotImplementedError

    def category_facet_sql(self):
        raise NotImplementedError

    @staticmethod
    def octet_length(expr):
        """SQL for the length in bytes of the text `expr`."""
        raise NotImplementedError

    def counted_join(self, columns, on, when):
        """(LEFT JOIN, [column expressions]): `columns`, SQL over the entry `e`'s title and `{body}`,
        of the entry whose id is `on`, computed only when the condition `when` holds (NULL otherwise):
        uncorrelated, or on the joined row's own columns. Ranking counts terms this way inside the
        statement that found the matches."""
        raise NotImplementedError

    # Helpers -----------------------------------------------------------------------------
    def _iter_all(self):
        from .models import SearchEntry

        qs = SearchEntry.objects.using(self.alias).order_by("id").values_list("id", "title", "body")
        batch = []
        for row in qs.iterator(chunk_size=BATCH):
            batch.append(row)
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    def _count_all(self):
        from .models import SearchEntry

        return SearchEntry.objects.using(self.alias).count()


# Entry ids take the low bits of an FTS5 rowid; the entry's date takes the high bits, so that
# the index's own rowid order is newest first (see SQLiteBackend).
ID_BITS = 40
ID_MASK = (1 << ID_BITS) - 1
# julianday() of 0001-01-01 is 1721425.5; subtracting 1721424 from its integer part gives
# Python's date.toordinal().
KEY_SQL = (
    "(((COALESCE(CAST(julianday({t}.date) AS INTEGER), 1721424) - 1721424) << " + str(ID_BITS) + ") | {t}.id)"
)
# Entry columns whose values are copied into the index (as meta tokens, or into the key):
# a change to any of them drops the entry's index row, as a change of text does.
META_COLUMNS = (
    "title", "body", "date", "visibility", "council_id", "council_slug", "municipality", "fiscal_year",
    "case_kind", "categories", "department", "outcome", "speaker_role", "kind",
)
# The deepest sampling level an entry can carry (see sample_level).
MAX_LEVEL = 24
# Sample indexes, sparsest first: (level, table). Table L holds the entries whose level is at
# least L — a fixed, content-blind 1/2**L of all entries — with the same tokens as search_fts.
# Estimating a count from a small index costs what the small index holds; intersecting the
# big one with a sample token costs a seek per sampled entry in every list of the query
# (measured: ~10-20 µs each, seconds on a national corpus). Together they add ~3% to the index.
SAMPLE_TABLES = ((13, "search_fts_s13"), (9, "search_fts_s9"), (5, "search_fts_s5"))
FTS_TABLES = ("search_fts", *(t for _, t in SAMPLE_TABLES))
_FTS_COLUMNS = "title, body, meta, tokenize = \"ascii tokenchars '_'\""


def entry_key(entry_id, date):
    return ((date.toordinal() if date else 0) << ID_BITS) | int(entry_id)


def date_key_range(date_from=None, date_to=None):
    """Rowid bounds [lo, hi) of the entries dated within the range."""
    lo = (date_from.toordinal() << ID_BITS) if date_from else None
    hi = ((date_to.toordinal() + 1) << ID_BITS) if date_to else None
    return lo, hi


def _h(value):
    return hashlib.blake2b(str(value).encode(), digest_size=6).hexdigest()


# filter name -> meta token prefix; the value is hashed (Japanese names, spaces, punctuation
# cannot be tokens) except for integer columns.
META_PREFIX = {
    "council_slug": "xs", "council_slugs": "xs", "council_id": "xc", "municipality": "xm", "fiscal_year": "xy",
    "case_kind": "xa", "department": "xd", "outcome": "xo", "speaker_role": "xr", "kind": "xk",
    "category": "xg", "categories": "xg",
}


def meta_token(name, value):
    prefix = META_PREFIX[name]
    if prefix in ("xc", "xy"):
        return f"{prefix}{int(value)}"
    return prefix + _h(value)


def sample_level(entry_id):
    """How many halvings of the index this entry survives: P(level >= L) = 2**-L.

    A hash (splitmix64) rather than the id itself: a meeting's turns have consecutive ids, and
    every 2**L-th id would pick the same kind of turn over and over.
    """
    m = (1 << 64) - 1
    z = (int(entry_id) + 0x9E3779B97F4A7C15) & m
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & m
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & m
    z ^= z >> 31
    if z == 0:
        return MAX_LEVEL
    return min(MAX_LEVEL, (z & -z).bit_length() - 1)


def meta_tokens(row):
    """The meta column of one entry: "xe" (every entry) and its filter values.

    These tokens let FTS5 intersect a text query with filters inside the index instead of
    joining every text match to its entry; the engine still checks scope and filters on the
    entry's own columns, so a stale token can hide an entry but never show one. Scope has no
    token: nine entries in ten are public, and intersecting with a list that long costs more
    than checking the few internal ones that come through.
    """
    out = ["xe", meta_token("council_id", row["council_id"])]
    for name in ("council_slug", "municipality", "case_kind", "department", "outcome", "speaker_role", "kind"):
        if row[name]:
            out.append(meta_token(name, row[name]))
    if row["fiscal_year"] is not None:
        out.append(meta_token("fiscal_year", row["fiscal_year"]))
    categories = row["categories"]
    if isinstance(categories, str):
        try:
            categories = json.loads(categories)
        except ValueError:
            categories = []
    if isinstance(categories, list):
        out.extend(meta_token("category", c) for c in categories if isinstance(c, str) and c)
    return " ".join(out)


def index_rows(rows):
    """[(sample level, insert parameters)] for (key, row) pairs: the tokenising half of writing
    the index, free of any database so that a rebuild can run it in other processes."""
    return [
        (sample_level(row["id"]), (key, pair_segment(row["title"]), pair_segment(row["body"]), meta_tokens(row)))
        for key, row in rows
    ]


#: Rebuilds of at least this many entries tokenise in worker processes.
PARALLEL_MIN_ENTRIES = 50_000


@contextlib.contextmanager
def _tokeniser(total, work=index_rows):
    """A function mapping batches to work(batch) (by default (key, row) to index_rows()), in order.

    Tokenising is about half the work of a rebuild (~95 µs an entry, in Python) and needs no
    database, so large rebuilds hand it to worker processes while this one writes. "spawn"
    rather than fork: the parent holds an open SQLite connection inside a transaction.
    """
    workers = min(4, os.cpu_count() or 1)
    if total < PARALLEL_MIN_ENTRIES or workers < 2:
        yield lambda batches: map(work, batches)
        return
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        def tokenise(batches):
            # A bounded window of batches in flight keeps memory flat on a national corpus.
            pending = collections.deque()
            for batch in batches:
                pending.append(pool.submit(work, batch))
                if len(pending) > 2 * workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

        yield tokenise


class SQLiteBackend(BaseBackend):
    """FTS5 over pair tokens (text.pair_segment) plus meta tokens, keyed by date and id.

    * rowid = date ordinal << 40 | entry id: FTS5 walks its lists in rowid order, so "newest
      first, LIMIT n" stops after n matches instead of sorting all of them, and a date range
      is a rowid range.
    * columns title and body hold the pair tokens; meta holds meta_tokens().
    * triggers drop an entry's row when the entry is deleted or any indexed column changes
      (computing the key from the old row), so the index never answers with stale data.
    """

    vendor = "sqlite"
    fts_table = "search_fts"

    DDL_TABLES = tuple(f"CREATE VIRTUAL TABLE IF NOT EXISTS {t} USING fts5({_FTS_COLUMNS})" for t in FTS_TABLES)
    _TRIGGER_BODY = " ".join(f"DELETE FROM {t} WHERE rowid = {KEY_SQL.format(t='old')};" for t in FTS_TABLES)
    DDL_TRIGGERS = (
        "CREATE TRIGGER IF NOT EXISTS search_fts_entry_deleted AFTER DELETE ON search_searchentry "
        f"BEGIN {_TRIGGER_BODY} END",
        "CREATE TRIGGER IF NOT EXISTS search_fts_entry_changed AFTER UPDATE ON search_searchentry WHEN "
        + " OR ".join(f"old.{c} IS NOT new.{c}" for c in META_COLUMNS)
        + f" BEGIN {_TRIGGER_BODY} END",
    )
    TEXT_COLUMNS = "{title body}"
    _ROW_FIELDS = ("id", "title", "body", "visibility", "council_id", "council_slug", "municipality", "fiscal_year",
                   "case_kind", "categories", "department", "outcome", "speaker_role", "kind", "date")
    _DATE_INDEX = 14
    _INSERT = "INSERT INTO {table} (rowid, title, body, meta) VALUES (%s, %s, %s, %s)"
    _DELETE = "DELETE FROM {table} WHERE rowid = %s"

    def ensure_schema(self, create_missing=False):
        if not self.table_exists(ENTRY_TABLE):
            return
        with self.connection.cursor() as cursor:
            if not self.table_exists(self.fts_table):
                if not create_missing:
                    return
                for sql in self.DDL_TABLES:
                    cursor.execute(sql)
            # Django rebuilds a table on most SQLite ALTERs, which drops its triggers.
            for sql in self.DDL_TRIGGERS:
                cursor.execute(sql)

    def _keyed(self, rows):
        """(key, row dict) of rows selected as _ROW_FIELDS followed by the key."""
        return [(r[-1], dict(zip(self._ROW_FIELDS, r))) for r in rows]

    def _rows(self, ids):
        """(key, row dict) of the entries with these ids, as stored."""
        cols = ", ".join(f"e.{c}" for c in self._ROW_FIELDS)
        out = []
        with self.connection.cursor() as cursor:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                cursor.execute(f"SELECT {cols}, {KEY_SQL.format(t='e')} FROM {ENTRY_TABLE} e"
                               f" WHERE e.id IN ({', '.join(['%s'] * len(chunk))})", chunk)
                out.extend(self._keyed(cursor.fetchall()))
        return out

    def _write(self, cursor, rows):
        """Insert (key, row) pairs into the main index and the sample indexes they belong to."""
        self._insert(cursor, index_rows(rows))

    def _insert(self, cursor, prepared):
        """Insert the output of index_rows() into the tables each row belongs to."""
        by_table = {t: [] for t in FTS_TABLES}
        for level, params in prepared:
            by_table["search_fts"].append(params)
            for min_level, table in SAMPLE_TABLES:
                if level >= min_level:
                    by_table[table].append(params)
        for table, params in by_table.items():
            if params:
                cursor.executemany(self._INSERT.format(table=table), params)

    def index_entries(self, entries):
        objs = _entries_with_ids(entries)
        if not objs:
            return 0
        # The stored row, not the object passed in, is what the index must describe (and the
        # object may have been loaded with only some fields).
        rows = self._rows([o.pk for o in objs])
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            for table in FTS_TABLES:
                cursor.executemany(self._DELETE.format(table=table), [(key,) for key, _ in rows])
            self._write(cursor, rows)
        return len(rows)

    def remove_entries(self, ids):
        # Called before the entries are deleted: the key needs the row's date.
        rows = self._rows([int(i) for i in ids])
        if rows:
            with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
                for table in FTS_TABLES:
                    cursor.executemany(self._DELETE.format(table=table), [(key,) for key, _ in rows])

    def clear(self):
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            # Dropping is much faster than deleting row by row (an FTS5 delete re-reads the
            # row's text), and leaves no orphans.
            for name in ("search_fts_entry_deleted", "search_fts_entry_changed"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            for table in FTS_TABLES:
                cursor.execute(f"DROP TABLE IF EXISTS {table}")
            for sql in self.DDL_TABLES:
                cursor.execute(sql)
            for sql in self.DDL_TRIGGERS:
                cursor.execute(sql)

    def rebuild(self, progress=None):
        total = self._count_all()
        done = 0
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            self.clear()
            with _tokeniser(total) as tokenise:
                for prepared in tokenise(self._batches_in_key_order(cursor)):
                    self._insert(cursor, prepared)
                    done += len(prepared)
                    if progress:
                        progress(done, total)
            for table in FTS_TABLES:
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        return done

    def _batches_in_key_order(self, cursor):
        """Lists of (key, row) in index key order: undated entries by id, then by date and id.

        FTS5 flushes its pending data to a new segment whenever a rowid is lower than the
        previous one, and entry-id order made thousands of tiny segments (5x slower). Each batch
        starts where the last ended with a row-value bound that the date index serves (an OR of
        two conditions made SQLite scan the index from the start for every batch: quadratic,
        0.6 s a batch at 2 million entries).
        """
        cols = ", ".join(f"e.{c}" for c in self._ROW_FIELDS)
        select = f"SELECT {cols}, {KEY_SQL.format(t='e')} FROM {ENTRY_TABLE} e"
        last_id = 0
        while True:
            cursor.execute(f"{select} WHERE e.date IS NULL AND e.id > %s ORDER BY e.id LIMIT %s", [last_id, BATCH * 5])
            batch = cursor.fetchall()
            if not batch:
                break
            last_id = batch[-1][0]
            yield self._keyed(batch)
        after = ("", 0)  # sorts before every date
        while True:
            cursor.execute(f"{select} WHERE (e.date, e.id) > (%s, %s) ORDER BY e.date, e.id LIMIT %s",
                           [*after, BATCH * 5])
            batch = cursor.fetchall()
            if not batch:
                break
            after = (batch[-1][self._DATE_INDEX], batch[-1][0])
            yield self._keyed(batch)

    # Queries -----------------------------------------------------------------------------
    @classmethod
    def _phrase(cls, term):
        """One term as an FTS5 expression with its column filter."""
        # Tokens are letters, digits and "_" only, so they never contain a double quote.
        toks, prefix = pair_query(term.tokens)
        return f'{cls.TEXT_COLUMNS} : "' + " ".join(toks) + '"' + (" *" if prefix else "")

    def match_expression(self, query):
        """(positive, negative) FTS5 expressions over the text; either may be ''."""
        groups = []
        for group in query.must:
            phrases = [self._phrase(t) for t in group.terms]
            groups.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
        negs = " OR ".join(self._phrase(t) for t in query.must_not)
        return " AND ".join(groups), negs

    def filter_expressions(self, filters):
        out = []
        for name, values in filters:
            if name in META_PREFIX and values:
                out.append("meta : (" + " OR ".join(meta_token(name, v) for v in values) + ")")
        return out

    def full_expression(self, query, filter_exprs):
        positive, negative = self.match_expression(query)
        parts = []
        if positive:
            parts.append(positive)
        parts.extend(filter_exprs)
        if not parts:
            parts.append("meta : xe")  # NOT needs something to subtract from: every entry
        expr = " AND ".join(f"({p})" for p in parts)
        if negative:
            expr = f"({expr}) NOT ({negative})"
        return expr

    def compile(self, query):
        # Used by the engine's generic path (an empty query) and by benchmarks that time the
        # index match alone.
        positive, negative = self.match_expression(query)
        if positive or negative:
            expr = f"({positive})" if positive else "meta : xe"
            if negative:
                expr = f"({expr}) NOT ({negative})"
            return Compiled(
                from_sql=f"search_fts CROSS JOIN {ENTRY_TABLE} e ON e.id = (search_fts.rowid & {ID_MASK})",
                where_sql="search_fts MATCH %s",
                where_params=[expr],
            )
        return Compiled(from_sql=f"{ENTRY_TABLE} e")

    def category_filter(self, label):
        return "EXISTS (SELECT 1 FROM json_each(e.categories) AS jc WHERE jc.value = %s)", [label]

    def category_facet_sql(self):
        return "SELECT jc.value AS v, COUNT(*) AS n FROM m, json_each(m.categories) AS jc GROUP BY jc.value"

    @staticmethod
    def octet_length(expr):
        # A text cast to a blob is the same bytes, whose length SQLite knows without reading them
        # (octet_length() needs SQLite 3.43).
        return f"length(CAST({expr} AS BLOB))"

    def counted_join(self, columns, on, when):
        # A join on the rowid is one lookup per row; the body is read as stored.
        return (f"LEFT JOIN {ENTRY_TABLE} e ON e.id = {on} AND {when}",
                [c.format(body="e.body") for c in columns])


# An entry's day number for the walk in date order: the high part of the index key (entry_key),
# 0 for an undated entry, which sorts last as in the newest-first order.
DAY_SQL = "COALESCE(({date} - DATE '0001-01-01') + 1, 0)"
# The filter columns that the PostgreSQL pairs indexes carry as keys (see PostgreSQLBackend).
PG_FILTER_KEYS = ("council_slug, municipality, fiscal_year, kind, case_kind, department, outcome, speaker_role, "
                  "categories jsonb_path_ops")


def pairs_tsvector(title, body):
    """The tsvector literal of an entry's distinct pairs (text.pair_tokens) of title and body.

    Pairs hold word characters, Japanese characters and "_" only, never a quote or a backslash,
    so quoting each lexeme is enough.
    """
    pairs = set(pair_tokens(tokens(title)))
    pairs.update(pair_tokens(tokens(body)))
    return " ".join(f"'{p}'" for p in sorted(pairs))


def pairs_tsquery(term):
    """The tsquery that every entry containing the term satisfies: all its pairs, or for one
    character every pair it begins."""
    toks, prefix = pair_query(term.tokens)
    if prefix:
        return f"'{toks[0]}':*"
    return " & ".join(f"'{t}'" for t in dict.fromkeys(toks))


def pg_rows(batch):
    """COPY rows (id, rendering, pairs, sample level) of (id, title, body) rows: the tokenising half
    of writing the PostgreSQL index, free of any database so that a rebuild can run it in workers."""
    return [(pk, render_document(title, body), pairs_tsvector(title, body), sample_level(pk))
            for pk, title, body in batch]


class PostgreSQLBackend(BaseBackend):
    """The index lives in the entry's row: search_text (the rendering strpos checks), search_pairs
    (the pairs, GIN-indexed) and sample_level (sample_level(id), fixed by the id).

    The sample indexes mirror SQLite's sample tables: a partial GIN index per level of
    SAMPLE_TABLES over the entries of that level or deeper, so that an estimate reads a small
    index rather than intersecting the big one with a sample condition.
    """

    vendor = "postgresql"
    # The pairs index carries each entry's day (btree_gin) as a second key, so that the newest
    # matches can be read a span of days at a time (engine._PostgreSQLMatches.walk): GIN keeps
    # no order, and one scan over the pairs alone builds the bitmap of every candidate first.
    # The day is an expression no btree index has, so the planner cannot answer it from the
    # date index instead. The filter columns are further keys of it and of the sample indexes,
    # so that a filter to one value (a council, a kind, a year, a category …) is intersected
    # inside the index: a common word filtered to one council reads that council's candidates,
    # not every candidate of the word (migration 0010).
    INDEX = "search_entry_day_pairs_filters_gin"
    DDL_INDEX = (f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchentry "
                 f"USING gin (({DAY_SQL.format(date='date')}), search_pairs, {PG_FILTER_KEYS})")
    SAMPLE_INDEXES = tuple(f"search_entry_pairs_filters_s{level}" for level, _ in SAMPLE_TABLES)
    DDL_SAMPLE_INDEXES = tuple(
        f"CREATE INDEX IF NOT EXISTS {name} ON search_searchentry USING gin (search_pairs, {PG_FILTER_KEYS}) "
        f"WHERE sample_level >= {level}"
        for name, (level, _) in zip(SAMPLE_INDEXES, SAMPLE_TABLES)
    )
    _UPDATE = (f"UPDATE {ENTRY_TABLE} SET search_text = %s, search_pairs = %s::tsvector, sample_level = %s "
               "WHERE id = %s")

    def ensure_schema(self, create_missing=False):
        if not create_missing or not self.table_exists(ENTRY_TABLE):
            return
        # Only reached with migrations disabled; these copy migrations 0005, 0007, 0008 and 0010.
        with self.connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {ENTRY_TABLE} ADD COLUMN IF NOT EXISTS search_pairs tsvector "
                           "NOT NULL DEFAULT ''::tsvector")
            cursor.execute(f"ALTER TABLE {ENTRY_TABLE} ADD COLUMN IF NOT EXISTS sample_level smallint "
                           "NOT NULL DEFAULT 0")
            cursor.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
            cursor.execute(self.DDL_INDEX)
            for sql in (*self.DDL_SAMPLE_INDEXES, *SEARCH_ENTRY_ORDER_INDEXES):
                cursor.execute(sql)
            cursor.execute(
                "CREATE OR REPLACE FUNCTION search_entry_forget_stale_text() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN "
                "IF (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) "
                "AND NEW.search_text IS NOT DISTINCT FROM OLD.search_text THEN "
                "NEW.search_text := ''; NEW.search_pairs := ''::tsvector; "
                "END IF; RETURN NEW; END $$"
            )
            cursor.execute("DROP TRIGGER IF EXISTS search_entry_stale_text ON search_searchentry")
            cursor.execute(
                "CREATE TRIGGER search_entry_stale_text BEFORE UPDATE ON search_searchentry "
                "FOR EACH ROW EXECUTE FUNCTION search_entry_forget_stale_text()"
            )

    def index_entries(self, entries):
        objs = _entries_with_ids(entries)
        if not objs:
            return 0
        rows = pg_rows([(o.pk, o.title, o.body) for o in objs])
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            cursor.executemany(self._UPDATE, [(t, p, level, pk) for pk, t, p, level in rows])
        return len(objs)

    def remove_entries(self, ids):
        # The rendered text and the pairs live in the entry's own row and go with it.
        pass

    def clear(self):
        pass

    def rebuild(self, progress=None):
        """Rewrite every entry's index columns: tokenised in workers, copied into a temporary
        table and applied by one UPDATE per chunk (row-by-row UPDATEs cost ~4 ms an entry)."""
        total = self._count_all()
        done = 0
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            # Building the GIN indexes once at the end is much faster than updating them row by
            # row. DROP INDEX locks the table, so searches wait for the rebuild to commit
            # rather than see a half-written index.
            for name in (self.INDEX, *self.SAMPLE_INDEXES):
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
            cursor.execute("DROP TABLE IF EXISTS search_rebuild")  # a second rebuild in one transaction
            cursor.execute("CREATE TEMPORARY TABLE search_rebuild (id bigint PRIMARY KEY, t text, p tsvector, "
                           "l smallint) ON COMMIT DROP")
            staged = 0
            with _tokeniser(total, pg_rows) as tokenise:
                for rows in tokenise(self._iter_all()):
                    with cursor.copy("COPY search_rebuild (id, t, p, l) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                    done += len(rows)
                    staged += len(rows)
                    # Chunks bound the temporary table; each UPDATE is one join.
                    if staged >= BATCH * 50:
                        self._apply_rebuilt(cursor)
                        staged = 0
                    if progress:
                        progress(done, total)
            self._apply_rebuilt(cursor)
            cursor.execute(self.DDL_INDEX)
            for sql in self.DDL_SAMPLE_INDEXES:
                cursor.execute(sql)
        with self.connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {ENTRY_TABLE}")
        return done

    @staticmethod
    def _apply_rebuilt(cursor):
        cursor.execute(f"UPDATE {ENTRY_TABLE} e SET search_text = r.t, search_pairs = r.p, sample_level = r.l "
                       "FROM search_rebuild r WHERE e.id = r.id")
        cursor.execute("TRUNCATE search_rebuild")

    @staticmethod
    def _text_condition(term, column):
        return f"strpos({column}, %s) > 0", [render_term(list(term.tokens))]

    @staticmethod
    def index_query(query):
        """One tsquery for all required groups: the GIN index narrows to entries holding every
        pair of some term of each group; strpos then checks the exact substring."""
        groups = []
        for group in query.must:
            alternatives = [f"({pairs_tsquery(t)})" for t in group.terms]
            groups.append(alternatives[0] if len(alternatives) == 1 else "(" + " | ".join(alternatives) + ")")
        return " & ".join(groups)

    def exact_conditions(self, query, column):
        """([condition], params): the query's terms checked exactly on a rendering in `column`."""
        where, params = [], []
        for group in query.must:
            conds = [self._text_condition(t, column) for t in group.terms]
            where.append("(" + " OR ".join(c for c, _ in conds) + ")")
            for _, p in conds:
                params.extend(p)
        for term in query.must_not:
            cond, p = self._text_condition(term, column)
            where.append(f"NOT ({cond})")
            params.extend(p)
        return where, params

    def compile(self, query, min_level=None, use_index=True):
        """The text match over alias `e`; with `min_level`, only the entries of that sample level
        or deeper (answered from that level's partial index). `use_index=False` leaves the GIN
        index out, for a walk of the entries in another index's order that stops early."""
        sample = [f"e.sample_level >= {int(min_level)}"] if min_level is not None else []
        if not query.must:
            # Only exclusions: each is one pass over the rows that survive the filters.
            where, params = list(sample), []
            for term in query.must_not:
                cond, p = self._text_condition(term, "e.search_text")
                where.append(f"NOT ({cond})")
                params.extend(p)
            return Compiled(from_sql=f"{ENTRY_TABLE} e", where_sql=" AND ".join(where), where_params=params)

        # Every function applied to a long (TOASTed) search_text reads and decompresses it
        # again. The lateral copy is read once per row; the exact checks use the copy.
        # OFFSET 0 stops the planner from inlining it back.
        from_sql = f"{ENTRY_TABLE} e CROSS JOIN LATERAL (SELECT e.search_text || '' AS t OFFSET 0) AS x"
        where, params = list(sample), []
        if use_index:
            where.append("e.search_pairs @@ %s::tsquery")
            params.append(self.index_query(query))
        exact, exact_params = self.exact_conditions(query, "x.t")
        where.extend(exact)
        params.extend(exact_params)
        return Compiled(from_sql=from_sql, where_sql=" AND ".join(where), where_params=params)

    def category_filter(self, label):
        return "e.categories @> %s::jsonb", [json.dumps([label], ensure_ascii=False)]

    def category_facet_sql(self):
        return (
            "SELECT jc.value AS v, COUNT(*) AS n FROM m CROSS JOIN LATERAL jsonb_array_elements_text("
            "CASE WHEN jsonb_typeof(m.categories) = 'array' THEN m.categories ELSE '[]'::jsonb END"
            ") AS jc(value) GROUP BY jc.value"
        )

    @staticmethod
    def octet_length(expr):
        return f"octet_length({expr})"

    def counted_join(self, columns, on, when):
        # LATERAL keeps the join a lookup by id per row (a hash join would read the whole table),
        # and every function applied to a TOASTed body decompresses it again: the lateral copy is
        # read once for all the counts (as the exact checks read search_text, see compile).
        inner = ", ".join(f"{c.format(body='b.body')} AS c{i}" for i, c in enumerate(columns))
        return (f"LEFT JOIN LATERAL (SELECT {inner} FROM {ENTRY_TABLE} e CROSS JOIN LATERAL "
                f"(SELECT e.body || '' AS body OFFSET 0) AS b WHERE e.id = {on} AND {when} OFFSET 0) AS r ON TRUE",
                [f"r.c{i}" for i in range(len(columns))])


_BACKENDS = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}


def get_backend(using="default"):
    vendor = connections[using].vendor
    try:
        return _BACKENDS[vendor](using)
    except KeyError:
        raise NotImplementedError(f"shingikai search supports SQLite and PostgreSQL, not {vendor}") from None
