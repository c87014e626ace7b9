"""Full-text index backends: SQLite FTS5 and PostgreSQL pg_trgm behind one interface.

Why the index is built this way (measured facts in DESIGN.md §6):

* FTS5's `trigram` tokenizer cannot match 1–2 character queries, and 委託, 同意, 目的 are
  exactly what people type. Indexing morphological tokens (SudachiPy, MeCab) misses
  substrings: 委託 inside 再委託 or 業務委託契約 is found only if the dictionary happens to split
  there (about 31% recall on random substrings).
* So both backends search for *substrings of the normalised text*. On SQLite every Japanese
  character is its own FTS5 token and a query term becomes a phrase of its characters
  ("委 託"), which the positional index answers exactly like LIKE '%委託%' (100% agreement in
  the DESIGN measurements) but from the index. Latin letters and digits stay whole words,
  so LGWAN and 27001 are single tokens rather than a phrase of single letters.
* PostgreSQL keeps a rendering of the same tokens in SearchEntry.search_text (Japanese
  characters side by side, word tokens between spaces; see text.render_tokens) so that a
  substring test there means exactly what the FTS5 phrase means. A pg_trgm GIN index serves
  terms with three or more characters; shorter terms, which trigrams cannot serve, use
  strpos() in a sequential scan, which is what LIKE would have fallen back to anyway.
  pg_trgm extracts no trigrams from Japanese unless the database's LC_CTYPE is UTF-8: then
  Japanese terms skip the index too — results are identical, only slower.
  Measured (benchmarks/bench_search_engine.py --database-url …, 20,000 entries): for
  2-character terms strpos and LIKE scan at the same speed and ILIKE is 2–3x slower (it
  case-folds every row; search_text is lower-cased already). With LC_CTYPE=C the trigram
  index held 0.3 MiB for 5,000 entries (80 MiB for 20,000 with C.UTF-8): no Japanese.

All scoping and filtering happens on SearchEntry's own columns, never in the text index.
Database triggers drop an entry's index data when the entry is deleted or its title/body
change (migrations 0002, 0003), so text that was removed from an entry cannot be found even
if the code that changed it forgot to re-index: the entry is then hidden from text search
until re-indexed, never matched by its old words.
"""
import json
import re
from dataclasses import dataclass, field

from django.db import connections, transaction

from .query import Query
from .text import render_document, render_term, segment

ENTRY_TABLE = "search_searchentry"
BATCH = 1000


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


class SQLiteBackend(BaseBackend):
    vendor = "sqlite"
    fts_table = "search_fts"

    DDL_TABLE = "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, body, tokenize = 'ascii')"
    # Copies of the triggers of migrations 0002 and 0003, re-created after every migrate.
    DDL_TRIGGERS = (
        "CREATE TRIGGER IF NOT EXISTS search_fts_entry_deleted AFTER DELETE ON search_searchentry "
        "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER IF NOT EXISTS search_fts_entry_changed AFTER UPDATE OF title, body "
        "ON search_searchentry WHEN old.title IS NOT new.title OR old.body IS NOT new.body "
        "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END",
    )
    # bm25 column weights: a hit in the title says more than one in a long body.
    BM25 = "bm25(search_fts, 2.0, 1.0)"

    def ensure_schema(self, create_missing=False):
        if not self.table_exists(ENTRY_TABLE):
            return
        with self.connection.cursor() as cursor:
            if not self.table_exists(self.fts_table):
                if not create_missing:
                    return
                cursor.execute(self.DDL_TABLE)
            # Django rebuilds a table on most SQLite ALTERs, which drops its triggers.
            for sql in self.DDL_TRIGGERS:
                cursor.execute(sql)

    def index_entries(self, entries):
        objs = _entries_with_ids(entries)
        if not objs:
            return 0
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", [(o.pk,) for o in objs])
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body) VALUES (%s, %s, %s)",
                [(o.pk, segment(o.title), segment(o.body)) for o in objs],
            )
        return len(objs)

    def remove_entries(self, ids):
        ids = [(int(i),) for i in ids]
        if ids:
            with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
                cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", ids)

    def clear(self):
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            # Dropping is much faster than deleting row by row (an FTS5 delete re-reads the
            # row's text), and leaves no orphans.
            cursor.execute("DROP TABLE IF EXISTS search_fts")
            cursor.execute(self.DDL_TABLE)
            for sql in self.DDL_TRIGGERS:
                cursor.execute(sql)

    def rebuild(self, progress=None):
        total = self._count_all()
        done = 0
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            self.clear()
            for batch in self._iter_all():
                cursor.executemany(
                    "INSERT INTO search_fts (rowid, title, body) VALUES (%s, %s, %s)",
                    [(pk, segment(title), segment(body)) for pk, title, body in batch],
                )
                done += len(batch)
                if progress:
                    progress(done, total)
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        return done

    @staticmethod
    def _phrase(term):
        # Tokens are letters/digits only, so they never contain a double quote.
        return '"' + " ".join(term.tokens) + '"'

    def match_expression(self, query):
        groups = []
        for group in query.must:
            phrases = [self._phrase(t) for t in group.terms]
            groups.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
        negs = " OR ".join(self._phrase(t) for t in query.must_not)
        return " AND ".join(groups), negs

    def compile(self, query):
        positive, negative = self.match_expression(query)
        if positive:
            expr = f"({positive}) NOT ({negative})" if negative else positive
            return Compiled(
                # CROSS JOIN fixes the loop order: SQLite otherwise may walk the entries by
                # the scope index and re-run the full-text query for every row (~100x slower).
                from_sql=f"search_fts CROSS JOIN {ENTRY_TABLE} e ON e.id = search_fts.rowid",
                where_sql="search_fts MATCH %s",
                where_params=[expr],
                rank_sql=self.BM25,
                rank_order="ASC",
            )
        if negative:
            return Compiled(
                from_sql=f"{ENTRY_TABLE} e",
                where_sql="e.id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)",
                where_params=[negative],
            )
        return Compiled(from_sql=f"{ENTRY_TABLE} e")

    def category_filter(self, label):
        return "EXISTS (SELECT 1 FROM json_each(e.categories) AS jc WHERE jc.value = %s)", [label]

    def category_facet_sql(self):
        return "SELECT jc.value AS v, COUNT(*) AS n FROM m, json_each(m.categories) AS jc GROUP BY jc.value"


_UTF8_RE = re.compile(r"utf-?8", re.IGNORECASE)
_TRGM_CAPABLE = {}


class PostgreSQLBackend(BaseBackend):
    vendor = "postgresql"
    # Terms whose longest run of word characters is shorter cannot use the trigram index.
    MIN_TRIGRAM_RUN = 3
    # Typical size of a rendered entry (about 400 Japanese characters); only shapes the
    # length normalisation of the rank.
    AVG_DOC_BYTES = 1200.0
    DDL_INDEX = (
        "CREATE INDEX IF NOT EXISTS search_entry_text_trgm ON search_searchentry "
        "USING gin (search_text gin_trgm_ops)"
    )

    def ensure_schema(self, create_missing=False):
        if not create_missing or not self.table_exists(ENTRY_TABLE):
            return
        # Only reached with migrations disabled; these copy migrations 0002 and 0003.
        with self.connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            cursor.execute(self.DDL_INDEX)
            cursor.execute(
                "CREATE OR REPLACE FUNCTION search_entry_forget_stale_text() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN "
                "IF (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) "
                "AND NEW.search_text IS NOT DISTINCT FROM OLD.search_text THEN NEW.search_text := ''; "
                "END IF; RETURN NEW; END $$"
            )
            cursor.execute("DROP TRIGGER IF EXISTS search_entry_stale_text ON search_searchentry")
            cursor.execute(
                "CREATE TRIGGER search_entry_stale_text BEFORE UPDATE ON search_searchentry "
                "FOR EACH ROW EXECUTE FUNCTION search_entry_forget_stale_text()"
            )

    def trigram_ctype_utf8(self):
        """Whether pg_trgm can see Japanese characters in this database (LC_CTYPE UTF-8)."""
        key = (self.alias, self.connection.settings_dict.get("NAME"))
        if key not in _TRGM_CAPABLE:
            with self.connection.cursor() as cursor:
                cursor.execute("SHOW lc_ctype")
                _TRGM_CAPABLE[key] = bool(_UTF8_RE.search(cursor.fetchone()[0] or ""))
        return _TRGM_CAPABLE[key]

    def index_entries(self, entries):
        objs = _entries_with_ids(entries)
        if not objs:
            return 0
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {ENTRY_TABLE} SET search_text = %s WHERE id = %s",
                [(render_document(o.title, o.body), o.pk) for o in objs],
            )
        return len(objs)

    def remove_entries(self, ids):
        # The rendered text lives in the entry's own row and goes with it.
        pass

    def clear(self):
        pass

    def rebuild(self, progress=None):
        total = self._count_all()
        done = 0
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            # Building the GIN index once at the end is much faster than updating it row by
            # row. DROP INDEX locks the table, so searches wait for the rebuild to commit
            # rather than see a half-written index.
            cursor.execute("DROP INDEX IF EXISTS search_entry_text_trgm")
            for batch in self._iter_all():
                cursor.executemany(
                    f"UPDATE {ENTRY_TABLE} SET search_text = %s WHERE id = %s",
                    [(render_document(title, body), pk) for pk, title, body in batch],
                )
                done += len(batch)
                if progress:
                    progress(done, total)
            cursor.execute(self.DDL_INDEX)
        with self.connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {ENTRY_TABLE}")
        return done

    def _uses_trigram(self, rendered):
        word = r"[^\W_]" if self.trigram_ctype_utf8() else "[A-Za-z0-9]"
        runs = re.findall(f"{word}+", rendered)
        return any(len(r) >= self.MIN_TRIGRAM_RUN for r in runs)

    def _index_condition(self, term):
        """LIKE on the indexed column, or None when trigrams cannot serve the term."""
        rendered = render_term(list(term.tokens))
        if not self._uses_trigram(rendered):
            return None
        escaped = rendered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "e.search_text LIKE %s", [f"%{escaped}%"]

    @staticmethod
    def _text_condition(term, column):
        # strpos cannot use the GIN index, which keeps the planner from a full index scan
        # (all that trigrams offer a 1–2 character term) that is slower than reading rows.
        return f"strpos({column}, %s) > 0", [render_term(list(term.tokens))]

    def _score(self, term, column):
        rendered = render_term(list(term.tokens))
        # Byte lengths only: octet_length() is O(1), whereas length() and left() walk the
        # multibyte text character by character, which made ranking cost more than matching.
        tf = (
            f"((octet_length({column}) - octet_length(replace({column}, %s, '')))::float8"
            f" / {len(rendered.encode())})"
        )
        norm = f"(0.25 + 0.75 * octet_length({column}) / {self.AVG_DOC_BYTES})"
        # A title hit weighs like two saturated body hits; term frequency saturates as in
        # BM25, normalised by the document's length.
        sql = (
            f"(CASE WHEN strpos(split_part({column}, '|', 1), %s) > 0 THEN 2.0 ELSE 0.0 END"
            f" + {tf} / ({tf} + 1.2 * {norm}))"
        )
        return sql, [rendered, rendered, rendered]

    def _pick_index_group(self, query):
        """The AND-group to answer from the trigram index: all its terms must be servable;
        a single term beats an OR, and a longer term is usually more selective."""
        best, best_key = None, None
        for i, group in enumerate(query.must):
            conds = [self._index_condition(t) for t in group.terms]
            if any(c is None for c in conds):
                continue
            key = (len(group.terms), -max(len(t.tokens) for t in group.terms))
            if best_key is None or key < best_key:
                best, best_key = (i, conds), key
        return best

    def compile(self, query):
        if not query.must:
            # Only exclusions: each is one pass over the rows that survive the filters.
            where, params = [], []
            for term in query.must_not:
                cond, p = self._text_condition(term, "e.search_text")
                where.append(f"NOT ({cond})")
                params.extend(p)
            return Compiled(from_sql=f"{ENTRY_TABLE} e", where_sql=" AND ".join(where), where_params=params)

        # Every function applied to a long (TOASTed) search_text reads and decompresses it
        # again. The lateral copy is read once per row; all conditions but the indexed one,
        # and the rank, use the copy. OFFSET 0 stops the planner from inlining it back.
        copy = "x.t"
        from_sql = f"{ENTRY_TABLE} e CROSS JOIN LATERAL (SELECT e.search_text || '' AS t OFFSET 0) AS x"
        where, params = [], []
        indexed = self._pick_index_group(query)
        if indexed is not None:
            i, conds = indexed
            where.append("(" + " OR ".join(c for c, _ in conds) + ")")
            for _, p in conds:
                params.extend(p)
        for j, group in enumerate(query.must):
            if indexed is not None and j == indexed[0]:
                continue
            conds = [self._text_condition(t, copy) for t in group.terms]
            where.append("(" + " OR ".join(c for c, _ in conds) + ")")
            for _, p in conds:
                params.extend(p)
        for term in query.must_not:
            cond, p = self._text_condition(term, copy)
            where.append(f"NOT ({cond})")
            params.extend(p)
        rank_parts, rank_params = [], []
        for term in query.positive_terms:
            sql, p = self._score(term, copy)
            rank_parts.append(sql)
            rank_params.extend(p)
        return Compiled(
            from_sql=from_sql,
            where_sql=" AND ".join(where),
            where_params=params,
            rank_sql=" + ".join(rank_parts),
            rank_params=rank_params,
            rank_order="DESC",
        )

    def category_filter(self, label):
        return "e.categories @> %s::jsonb", [json.dumps([label], ensure_ascii=False)]

    def category_facet_sql(self):
        return (
            "SELECT jc.value AS v, COUNT(*) AS n FROM m CROSS JOIN LATERAL jsonb_array_elements_text("
            "CASE WHEN jsonb_typeof(m.categories) = 'array' THEN m.categories ELSE '[]'::jsonb END"
            ") AS jc(value) GROUP BY jc.value"
        )


_BACKENDS = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}


def get_backend(using="default"):
    vendor = connections[using].vendor
    try:
        return _BACKENDS[vendor](using)
    except KeyError:
        raise NotImplementedError(f"shingikai search supports SQLite and PostgreSQL, not {vendor}") from None
