"""The search engine's public interface.

    from shingikai.search.engine import PUBLIC, search, index_entries, remove_entries

    result = search("委託 -再委託", user_scope=PUBLIC, filters={"municipality": "志木市"})
    result.total, result.hits[0].snippet, result.facets["fiscal_year"]

Keeping the index in step with SearchEntry rows:

* `entry.save()` (create or update) re-indexes that entry by itself (a post_save receiver).
* After `bulk_create`, `bulk_update` or `QuerySet.update`, which send no signals, call
  `index_entries(entries_or_ids)`.
* Deleting entries by any route removes them from the index (a database trigger on SQLite;
  on PostgreSQL the index lives in the row). `remove_entries(ids)` / `remove_objects(kind,
  object_ids)` delete entries and their index data in one call.
* `rebuild_index()` rebuilds the whole index from the SearchEntry table; regenerating all
  entries is fastest as clear_index(), delete and bulk_create the entries, rebuild_index().

Large result sets (see EXACT_LIMIT): up to 1,000 matches everything is exact and ordered
by relevance; beyond, the page is the newest matches and `total` and the facet counts are
estimates from a fixed hash sample, flagged by `result.total_exact`, `result.facets_exact`
and `result.order == "newest"`.

Who may see what is decided here, on SearchEntry's own columns, never by the text index:
`user_scope=PUBLIC` sees public entries only; a set of council ids additionally sees the
internal entries of those councils.
"""
from dataclasses import dataclass, field
from datetime import date as date_type

from django.db import connections, models, transaction
from django.utils.safestring import mark_safe

from .backends import get_backend
from .query import Query, parse
from .text import compile_highlighter, highlight

SNIPPET_CHARS = 120
MAX_PER_PAGE = 100


class _PublicScope:
    def __repr__(self):
        return "PUBLIC"


#: Anonymous visitors: public entries only.
PUBLIC = _PublicScope()

# filter name -> SearchEntry column; the plural forms are accepted for readability.
_FILTER_COLUMNS = {
    "council_slug": "council_slug",
    "council_slugs": "council_slug",
    "council_id": "council_id",
    "municipality": "municipality",
    "fiscal_year": "fiscal_year",
    "case_kind": "case_kind",
    "department": "department",
    "outcome": "outcome",
    "speaker_role": "speaker_role",
    "kind": "kind",
}
_INT_FILTERS = {"fiscal_year", "council_id"}
_OTHER_FILTERS = {"category", "categories", "date_from", "date_to"}

# facet name -> column; "council" groups by slug and labels with the council's name.
_FACET_COLUMNS = {
    "municipality": "municipality",
    "council": "council_slug",
    "fiscal_year": "fiscal_year",
    "case_kind": "case_kind",
    "department": "department",
    "outcome": "outcome",
    "speaker_role": "speaker_role",
    "kind": "kind",
}
FACETS = (*_FACET_COLUMNS, "category")

_ENTRY_FIELDS = (
    "kind", "object_id", "council_id", "council_slug", "council_name", "municipality",
    "fiscal_year", "date", "title", "context", "url", "case_kind", "categories", "department", "outcome",
    "speaker_role", "visibility", "updated_at",
)


@dataclass
class FacetValue:
    value: object
    label: str
    count: int


@dataclass
class Hit:
    id: int
    kind: str
    object_id: int
    council_id: int
    council_slug: str
    council_name: str
    municipality: str
    fiscal_year: int | None
    date: date_type | None
    title: str
    context: str  # shown before the title, never matched (a turn's meeting and item)
    url: str
    case_kind: str
    categories: list
    department: str
    outcome: str
    speaker_role: str
    visibility: str
    updated_at: object
    snippet: str  # HTML: escaped text with <mark> around matches
    title_html: str  # HTML: the title, escaped, with <mark> around matches

    @property
    def kind_label(self):
        return _facet_labels()["kind"].get(self.kind, self.kind)

    def as_dict(self):
        d = {k: getattr(self, k) for k in ("id", *_ENTRY_FIELDS, "snippet", "title_html")}
        d["snippet"], d["title_html"] = str(self.snippet), str(self.title_html)
        return d


@dataclass
class Result:
    query: Query
    total: int
    hits: list
    facets: dict = field(default_factory=dict)
    page: int = 1
    per_page: int = 20
    # False when `total` is an estimate (a very large result set; see EXACT_LIMIT).
    total_exact: bool = True
    # False when facet counts are estimates from a sample of the matches.
    facets_exact: bool = True
    # "relevance" (then newest) or "newest" (result sets too large to rank).
    order: str = "relevance"

    @property
    def pages(self):
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self):
        return self.page < self.pages


def _as_list(value):
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for v in value if v not in (None, "")]
    return [] if value == "" else [value]


def _with_department_names(filters):
    """The 担当課 filter finds a department by the name it has now (its entries carry that one) and by any name
    it had before a 組織改正, or that of a department merged into it: the name on a record a person holds."""
    if not filters or not filters.get("department"):
        return filters
    from shingikai.councils.models import Department

    wanted = [str(v) for v in _as_list(filters["department"])]
    names = list(wanted)
    for department in Department.objects.filter(models.Q(merged_into__isnull=False) | ~models.Q(former_names=[])):
        former = {department.name} if department.merged_into_id else set()
        former |= {entry["name"] for entry in department.former_names}
        if former & set(wanted):
            names.append(department.current.name)
    return {**filters, "department": list(dict.fromkeys(names))}


def _scope_sql(user_scope):
    if user_scope is PUBLIC:
        return "e.visibility = %s", ["public"]
    if isinstance(user_scope, (set, frozenset, list, tuple)):
        ids = sorted({int(i) for i in user_scope})
        if not ids:
            return "e.visibility = %s", ["public"]
        marks = ", ".join(["%s"] * len(ids))
        return (
            f"(e.visibility = %s OR (e.visibility = %s AND e.council_id IN ({marks})))",
            ["public", "internal", *ids],
        )
    # Anything else (None, a user object, a bare id) is a caller's mistake that must not
    # silently widen or narrow what someone sees.
    raise TypeError("user_scope must be PUBLIC or a set of council ids")


def _filter_sql(filters, backend):
    where, params = [], []
    for name, raw in (filters or {}).items():
        values = _as_list(raw)
        if name not in _FILTER_COLUMNS and name not in _OTHER_FILTERS:
            raise ValueError(f"unknown search filter: {name}")
        if not values:
            continue
        if name in ("category", "categories"):
            parts = []
            for label in values:
                sql, p = backend.category_filter(str(label))
                parts.append(sql)
                params.extend(p)
            where.append("(" + " OR ".join(parts) + ")")
        elif name in ("date_from", "date_to"):
            op = ">=" if name == "date_from" else "<="
            where.append(f"e.date {op} %s")
            params.append(values[0])
        else:
            column = _FILTER_COLUMNS[name]
            if name in _INT_FILTERS:
                values = [int(v) for v in values]
            else:
                values = [str(v) for v in values]
            where.append(f"e.{column} IN ({', '.join(['%s'] * len(values))})")
            params.extend(values)
    return where, params


def _facet_labels():
    from .models import SearchEntry

    return {
        "kind": dict(SearchEntry.Kind.choices),
        "speaker_role": dict(SearchEntry.SpeakerRole.choices),
    }


def search(query, *, user_scope, filters=None, page=1, per_page=20, using="default"):
    """Search entries visible to `user_scope`; see the module docstring."""
    q = query if isinstance(query, Query) else parse(query)
    backend = get_backend(using)
    filters = _with_department_names(filters)
    page = max(1, int(page or 1))
    per_page = min(MAX_PER_PAGE, max(1, int(per_page or 20)))

    if not q.is_empty:
        return _search_bounded(q, backend, user_scope, filters, page, per_page, using)

    compiled = backend.compile(q)
    where, params = [], []
    if compiled.where_sql:
        where.append(compiled.where_sql)
        params.extend(compiled.where_params)
    sql, p = _scope_sql(user_scope)
    where.append(sql)
    params.extend(p)
    f_where, f_params = _filter_sql(filters, backend)
    where.extend(f_where)
    params.extend(f_params)

    cte = (
        "SELECT e.id, e.date, e.kind, e.council_slug, e.council_name, e.municipality,"
        " e.fiscal_year, e.case_kind, e.categories, e.department, e.outcome, e.speaker_role,"
        f" {compiled.rank_sql} AS rank FROM {compiled.from_sql} WHERE {' AND '.join(where)}"
    )
    # One statement computes the page, the total and every facet from one evaluation of the
    # full-text match (a CTE referenced several times is materialised once).
    order = f"rank {compiled.rank_order}, date DESC NULLS LAST, id DESC"
    branches = [
        # LIMIT inside lets the database keep only the page while sorting; the row number
        # carries the order through UNION ALL, which guarantees none.
        "SELECT 'hit' AS sec, CAST(NULL AS TEXT) AS k, CAST(NULL AS TEXT) AS lbl, p.id AS n,"
        f" ROW_NUMBER() OVER (ORDER BY {order}) AS o"
        f" FROM (SELECT id, rank, date FROM m ORDER BY {order} LIMIT %s OFFSET %s) AS p",
        *_facet_branches(backend),
    ]
    sql = f"WITH m AS MATERIALIZED ({cte}) " + " UNION ALL ".join(branches)
    all_params = [*compiled.rank_params, *params, per_page, (page - 1) * per_page]

    with connections[using].cursor() as cursor:
        cursor.execute(sql, all_params)
        rows = cursor.fetchall()

    total, order, facet_rows = _read_facets(rows)
    return Result(
        query=q,
        total=total,
        hits=_load_hits([pk for _, pk in sorted(order)], q, using),
        facets=_facets(facet_rows),
        page=page,
        per_page=per_page,
    )


# --- bounded work per query (both databases) --------------------------------------------------------
#
# On a national corpus a two-character word matches millions of entries. Ranking, counting
# and faceting all of them costs seconds whatever the index, so the work is bounded:
#
# * Up to EXACT_LIMIT matches (after scope and filters): everything is exact — the total, every
#   facet count, and the order (relevance, then newest).
# * Beyond that the page is the newest matches (the index's own order: no sort), and the total
#   and the facet counts are estimated from a hash sample of the matches, flagged as such
#   (Result.total_exact / facets_exact; the page says 約). Narrowing the search brings back
#   exact figures and relevance order.
EXACT_LIMIT = 1000
# A sample of n matches estimates a count within about ±1/sqrt(n). The sparsest sample holding at
# least SAMPLE_MIN matches is used: between 100 and ~1,600 of them (the levels are 16x apart), so
# ±10% at worst and ±2.5% at best. The facet work grows with the rows: at 300, the sample chosen
# held up to ~4,800, which cost 25-40 ms on the national benchmark; at 100 it is at most ~12 ms.
# Estimates are shown rounded to two significant figures (about_count), as precise as they are.
SAMPLE_MIN, SAMPLE_MAX = 100, 6000


def about_count(n):
    """An estimated count rounded to two significant figures: 5,529,600 -> 5,500,000."""
    if n < 100:
        return n
    step = 10 ** (len(str(int(n))) - 2)
    return int(round(n / step) * step)

_M_FIELDS = (
    "e.id, e.kind, e.object_id, e.council_id, e.council_slug, e.council_name, e.municipality, e.fiscal_year,"
    " e.case_kind, e.categories, e.department, e.outcome, e.speaker_role"
)


def _normalise_filters(filters):
    """[(name, [values])] with the same validation as _filter_sql."""
    out = []
    for name, raw in (filters or {}).items():
        if name not in _FILTER_COLUMNS and name not in _OTHER_FILTERS:
            raise ValueError(f"unknown search filter: {name}")
        values = _as_list(raw)
        if name in _INT_FILTERS:
            values = [int(v) for v in values]
        out.append((name, values))
    return out


def _as_date(value):
    if isinstance(value, date_type):
        return value
    return date_type.fromisoformat(str(value))


def _facet_branches(backend, only_if_at_most=None, min_count=1, pad=0):
    """UNION ALL branches: the total and every facet over CTE m.

    With `only_if_at_most`, the facets are computed only when m holds at most that many rows
    (an uncorrelated subquery, evaluated once): the first statement cannot know beforehand
    whether its facets will be used. With `min_count`, values seen fewer times are left out.
    `pad` NULL columns follow the five, for a branch of the statement that has more.
    """
    nulls = ", NULL" * (1 + pad)
    branches = [f"SELECT 'total', NULL, NULL, COUNT(*){nulls} FROM m"]
    guard = "" if only_if_at_most is None else f" AND {_at_most(only_if_at_most)}"
    for facet, column in _FACET_COLUMNS.items():
        label = "MAX(council_name)" if facet == "council" else "NULL"
        blank = f"{column} IS NOT NULL" if facet == "fiscal_year" else f"{column} <> ''"
        branches.append(
            f"SELECT '{facet}', CAST({column} AS TEXT), {label}, COUNT(*){nulls}"
            f" FROM m WHERE {blank}{guard} GROUP BY {column}"
            + (f" HAVING COUNT(*) >= {int(min_count)}" if min_count > 1 else "")
        )
    branches.append(
        f"SELECT 'category', CAST(cf.v AS TEXT), NULL, cf.n{nulls} FROM ({backend.category_facet_sql()}) AS cf"
        f" WHERE cf.n >= {int(min_count)}{guard}"
    )
    return branches


def _at_most(n):
    """Whether CTE m holds at most n rows: uncorrelated, so evaluated once per statement."""
    return f"(SELECT COUNT(*) FROM m) <= {int(n)}"


def _read_facets(rows):
    """(total, [(key, id)], facet rows) from a statement of _facet_branches."""
    total = 0
    hits = []
    facet_rows = []
    for row in rows:
        sec = row[0]
        if sec == "hit":
            hits.append((row[4], row[3]))
        elif sec == "total":
            total = row[3]
        else:
            facet_rows.append(row[:5])
    return total, hits, facet_rows


def _facets(facet_rows, scale=1):
    # Built only for the figures shown: a national result set has ~1,700 municipality and
    # council values, and objects for discarded ones cost milliseconds.
    facets = {name: [] for name in FACETS}
    labels = _facet_labels()
    for sec, key, label, n, _ in facet_rows:
        value = int(key) if sec == "fiscal_year" else key
        text = label or labels.get(sec, {}).get(key) or str(value)
        facets[sec].append(FacetValue(value=value, label=text, count=n if scale == 1 else about_count(n * scale)))
    for name, values in facets.items():
        if name == "fiscal_year":
            values.sort(key=lambda v: -v.value)
        else:
            values.sort(key=lambda v: (-v.count, str(v.value)))
    return facets


class _SQLiteMatches:
    """Matches as FTS5 answers them: the index walks its rowids (date-major keys) newest first;
    the sample levels are separate FTS5 tables."""

    def __init__(self, q, backend, scope, filters):
        from .backends import date_key_range

        self.using = backend.alias
        self.scope_sql, self.scope_params = scope
        self.f_where, self.f_params = filters[0], filters[1]
        norm = filters[2]
        dates = {name: _as_date(v[0]) for name, v in norm if name in ("date_from", "date_to") and v}
        self.lo, self.hi = date_key_range(dates.get("date_from"), dates.get("date_to"))
        # The entry's own columns decide scope and filters; the index only narrows candidates.
        self.expr = backend.full_expression(q, backend.filter_expressions(norm))

    def _table(self, level):
        from .backends import SAMPLE_TABLES

        return dict(SAMPLE_TABLES)[level] if level is not None else "search_fts"

    def _range(self, table):
        sql = "".join(f" AND {table}.rowid {op} %s" for op, v in ((">=", self.lo), ("<", self.hi)) if v is not None)
        return sql, [v for v in (self.lo, self.hi) if v is not None]

    def matches(self, level=None, extra=""):
        from .backends import ENTRY_TABLE, ID_MASK

        table = self._table(level)
        rng, rng_params = self._range(table)
        # CROSS JOIN keeps the index as the outer loop, walked in its own (newest first) order.
        sql = (f"SELECT {_M_FIELDS}, {table}.rowid AS k{extra} FROM {table} CROSS JOIN {ENTRY_TABLE} e"
               f" ON e.id = ({table}.rowid & {ID_MASK}) WHERE {' AND '.join([f'{table} MATCH %s', self.scope_sql, *self.f_where])}{rng}")
        return sql, [self.expr, *self.scope_params, *self.f_params, *rng_params]

    def first(self):
        """The statement of step 1: the newest matches (w = 1), so that their first pages need no other."""
        sql, params = self.matches(extra=", 1 AS w")
        return f"{sql} ORDER BY search_fts.rowid DESC", params

    def probe(self, level):
        """Up to SAMPLE_MIN matches of a sample level, by a bare count (no join, no scope)."""
        table = self._table(level)
        rng, rng_params = self._range(table)
        return (f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH %s{rng} LIMIT %s) AS s",
                [self.expr, *rng_params, SAMPLE_MIN])

    def sample(self, limit):
        """CTEs `lv` (the level) and `m` (up to `limit` of its matches) of the sparsest sample level
        holding SAMPLE_MIN matches. Each level is probed by a statement of its own: SQLite does not
        skip a UNION ALL branch whose condition is an uncorrelated subquery, as PostgreSQL does."""
        from .backends import SAMPLE_TABLES

        level = SAMPLE_TABLES[-1][0]
        for candidate, _ in SAMPLE_TABLES[:-1]:
            with connections[self.using].cursor() as cursor:
                cursor.execute(*self.probe(candidate))
                if cursor.fetchone()[0] >= SAMPLE_MIN:
                    level = candidate
                    break
        sql, params = self.matches(level)
        return (f"lv AS MATERIALIZED (SELECT {int(level)} AS level), m AS MATERIALIZED ({sql} LIMIT %s)",
                [*params, limit])

    def page(self, start, size, estimated_total, walked=True):
        sql, params = self.first()
        return f"{sql} LIMIT %s OFFSET %s", [*params, size, start]


class _PostgreSQLMatches:
    """Matches as the GIN index over the pairs answers them (an unordered set; the exact check
    runs on each candidate); the sample levels are partial GIN indexes.

    A GIN scan builds the bitmap of every candidate before it checks the first, so one scan for a
    common word costs what the whole corpus holds of it (~1.4 µs a candidate: about a second for
    委託 at 100,000 meetings). Step 1 therefore reads a common word's matches a span of days at a
    time, newest first (walk), from the index that carries each entry's day beside its pairs, and
    stops once EXACT_LIMIT + 1 are found: the work is what the newest ~1,000 matches cost, on
    any corpus, as with FTS5's newest-first walk on SQLite. A rarer word is one scan over its
    candidates (at most ~PLAIN_MAX of them). Which one is decided inside the statement from the
    sample levels, whose partial indexes hold few entries (gate).
    """

    # The index key of SQLite (date ordinal << 40 | id) so that both order ties alike.
    KEY = "((COALESCE((e.date - DATE '0001-01-01') + 1, 0)::bigint << 40) | e.id)"
    ORDER = "e.date DESC NULLS LAST, e.id DESC"
    # A walk of the newest-first index checking each entry costs ~10 µs; beyond this many
    # entries expected to be read before the page is full, the GIN candidates are sorted instead.
    WALK_MAX = 20_000
    # Candidates (of the whole corpus, before scope and filters) up to which step 1 is one GIN
    # scan; beyond, it walks spans of days. Measured crossover: docs/search.md.
    PLAIN_MAX = 8192
    # Spans of the walk: span n holds the days (top - 2**n, top - 2**(n-1)], so that the spans
    # read before the one that completes the page hold at most as many days as it does.
    WALK_SPANS = 23  # 2**22 days: beyond the first and last date of any corpus
    # The gate's sample counts stop here (see gate), and give a density from this many on.
    SAMPLE_CAP, SAMPLE_ENOUGH = 256, 16
    # Whether the walk starts at the span the sample predicts holds the bound (else at one day).
    PREDICT_START = True

    def __init__(self, q, backend, scope, filters, using):
        self.q, self.backend, self.using = q, backend, using
        self.scope_sql, self.scope_params = scope
        self.f_where, self.f_params = filters[0], filters[1]
        self.dates = {name: _as_date(v[0]) for name, v in filters[2] if name in ("date_from", "date_to") and v}

    def _select(self, fields, level=None, scoped=True, use_index=True):
        c = self.backend.compile(self.q, min_level=level, use_index=use_index)
        where = [c.where_sql] if c.where_sql else []
        params = list(c.where_params)
        if scoped:
            where.append(self.scope_sql)
            params.extend(self.scope_params)
        where.extend(self.f_where)
        params.extend(self.f_params)
        return f"SELECT {fields} FROM {c.from_sql} WHERE {' AND '.join(where) or 'TRUE'}", params

    def matches(self, level=None):
        return self._select(f"{_M_FIELDS}, {self.KEY} AS k", level)

    def first(self):
        """Up to the caller's LIMIT of matches, each with its key k and w: 1 when the rows are the
        newest matches from the walk, 2 when they are the newest from one GIN scan (scan), 0 when
        they are any (only exclusions, no index). Only the branch the gate chooses runs (a
        one-time filter)."""
        if not self.q.must:  # only exclusions: no index to walk
            return self._select(f"{_M_FIELDS}, {self.KEY} AS k, 0 AS w")
        gate_sql, gate_params = self.gate()
        walk_sql, walk_params = self.walk()
        scan_sql, scan_params = self.scan()
        sql = (f"WITH gate AS MATERIALIZED ({gate_sql}) "
               f"SELECT * FROM ({walk_sql}) AS walked WHERE (SELECT walk FROM gate) "
               f"UNION ALL SELECT * FROM ({scan_sql}) AS scanned WHERE NOT (SELECT walk FROM gate)")
        return sql, [*gate_params, *walk_params, *scan_params]

    def scan(self):
        """The matches newest first from one GIN scan over the few candidates the gate allows
        (~PLAIN_MAX): the candidates are sorted by date before the exact check, which then stops
        with the caller's LIMIT, so that step 1's rows serve the first pages as the walk's do. When
        the scan stopped at the bound unsorted, the page was a second statement that scanned and
        checked every candidate again (at 1M entries 40-90 ms for ~5,000 candidates, more than
        step 1). The sort carries each row's ctid rather than its rendering, which the exact check
        then reads back from the same heap page: a rendering kept inline is up to ~2 kB, and
        thousands of them overflow work_mem."""
        from .backends import ENTRY_TABLE

        return self._checked_newest(
            2, [], "e.ctid AS tid", f"SELECT s.search_text || '' AS t FROM {ENTRY_TABLE} s WHERE s.ctid = c.tid")

    def _checked_newest(self, w, where, carried, text, outer="", outer_where=()):
        """The matches among the candidates of the pairs index (with `where`, scope and filters), sorted
        newest first before the exact check, marked `w`. Each sorted row carries `carried`, from which
        `text` gives the rendering to check; `outer` comes before the sorted candidates (a LATERAL
        source they may refer to) with its conditions `outer_where`."""
        from .backends import ENTRY_TABLE

        where = [*where, "e.search_pairs @@ %s::tsquery", self.scope_sql, *self.f_where]
        params = [self.backend.index_query(self.q), *self.scope_params, *self.f_params]
        exact, exact_params = self.backend.exact_conditions(self.q, "x.t")
        fields = _M_FIELDS.replace("e.", "c.")
        sql = (f"SELECT {fields}, c.k, {int(w)} AS w FROM {outer}(SELECT {_M_FIELDS}, {self.KEY} AS k, {carried}"
               f" FROM {ENTRY_TABLE} e WHERE {' AND '.join(where)} ORDER BY {self.ORDER} OFFSET 0) AS c"
               # The copy of the text is read once for all its checks (see backends.compile).
               f" CROSS JOIN LATERAL ({text} OFFSET 0) AS x WHERE {' AND '.join([*outer_where, *exact])}")
        return sql, [*params, *exact_params]

    def _count(self, level, limit):
        sql, params = self._select("1", level, scoped=False)
        return f"SELECT COUNT(*) FROM ({sql} LIMIT %s) AS s", [*params, limit]

    def gate(self):
        """One row: `walk`, whether the corpus holds more than ~PLAIN_MAX candidates, and `est`, the
        matches the sample predicts (after filters; scope aside), from which the walk sizes its
        first span. The sparsest sample level answers for common words; the next is read only when
        that one is inconclusive or holds too few to estimate from (a CASE evaluates its subqueries
        lazily), and then holds few of them. Each count stops at SAMPLE_CAP: a word in most entries
        reads at most that many sampled rows, and its density is then underestimated, which only
        makes the first span larger than needed by that factor (bounded by the corpus' density)."""
        from .backends import SAMPLE_TABLES

        (sparse, _), (denser, _) = SAMPLE_TABLES[0], SAMPLE_TABLES[1]
        # At least twice PLAIN_MAX by the sparse level (few sampled entries are noisy).
        need_sparse = -(-2 * self.PLAIN_MAX // 2 ** sparse)
        need_denser = -(-self.PLAIN_MAX // 2 ** denser)
        # Below this many sampled matches the sparse level's estimate is too rough (±25% and worse).
        enough = max(self.SAMPLE_ENOUGH, need_sparse)
        sparse_sql, sparse_params = self._count(sparse, max(self.SAMPLE_CAP, need_sparse))
        denser_sql, denser_params = self._count(denser, max(self.SAMPLE_CAP, need_denser))
        return (f"SELECT s.c13 >= %s OR COALESCE(s.c9 >= %s, FALSE) AS walk, "
                f"CASE WHEN s.c9 IS NULL THEN s.c13 * {2 ** sparse}.0 ELSE s.c9 * {2 ** denser}.0 END AS est "
                f"FROM (SELECT t.c13, CASE WHEN t.c13 >= %s THEN NULL ELSE ({denser_sql}) END AS c9 "
                f"FROM (SELECT ({sparse_sql}) AS c13 OFFSET 0) AS t OFFSET 0) AS s",
                [need_sparse, need_denser, enough, *denser_params, *sparse_params])

    def walk(self, est_sql="(SELECT est FROM gate)"):
        """The matches newest first, read by spans of days (WALK_SPANS) from the day-and-pairs index.

        Each span is one GIN scan: `day > lower` is the index's range over the days from the
        span's lower end to the newest (btree_gin reads a range to one end of the keys), so each
        scan gathers the candidates of the days newer than its span too, and those are dropped on
        the heap (`day + 0`, which no index answers) before the exact check; the spans double, so
        that costs at most about as much again. Within a span the candidates are sorted before
        the exact check, which then stops with the caller's LIMIT.

        The first span is the one the sample predicts holds the bound: `est_sql` (the gate's
        estimate of the matches) spread evenly over the dated days gives the days that hold
        EXACT_LIMIT + 1 of them; the first span reaches back that far, rounded up to a power of
        two, and later spans double from there. Starting at one day re-read the newest days once
        per doubling before reaching that size (about 2x the heap reads).
        """
        from .backends import DAY_SQL, ENTRY_TABLE

        day = DAY_SQL.format(date="e.date")
        first_day = DAY_SQL.format(date="MIN(e.date)")
        last_day = DAY_SQL.format(date="MAX(e.date)")
        bounds = [None if d is None else d.toordinal() for d in (self.dates.get("date_to"), self.dates.get("date_from"))]
        ends = (f"SELECT COALESCE(LEAST((SELECT {last_day} FROM {ENTRY_TABLE} e), %s::integer), 0) AS top, "
                f"GREATEST((SELECT {first_day} FROM {ENTRY_TABLE} e), %s::integer) AS first, "
                f"EXISTS (SELECT 1 FROM {ENTRY_TABLE} e WHERE e.date IS NULL) AS undated")
        if self.PREDICT_START:
            # log2 of the days expected to hold the bound, rounded up; never below one day.
            # Double precision: numeric's LOG costs ~0.1 ms, which counted per row when the planner
            # inlined it into the scan's filter (OFFSET 0 below keeps it out).
            start = (f"LEAST({self.WALK_SPANS - 1}, GREATEST(0, CEIL(LOG(GREATEST(1.0, {EXACT_LIMIT + 1} * "
                     f"GREATEST(1, d.top - d.first + 1)::float8 / GREATEST(1.0, ({est_sql})::float8)))"
                     f" / LOG(2.0::float8))))::integer")
        else:
            start = "0"
        span = (f"SELECT d.top, CASE WHEN d.undated THEN 0 ELSE d.first END AS bottom, {start} AS n0 "
                f"FROM ({ends}) AS d OFFSET 0")
        # Span n0 reaches from the newest day; each later span n holds (top - 2**n, top - 2**(n-1)].
        upper = "CASE WHEN g.n = a.n0 THEN 0 ELSE (1 << g.n) >> 1 END"
        sql, params = self._checked_newest(
            1, [f"{day} > a.top - (1 << g.n)", f"{day} + 0 <= a.top - {upper}"], "e.search_text AS st",
            "SELECT c.st || '' AS t",
            outer=(f"({span}) AS a CROSS JOIN LATERAL generate_series(a.n0, {self.WALK_SPANS - 1}) AS g(n)"
                   " CROSS JOIN LATERAL "),
            outer_where=[f"a.top - {upper} >= a.bottom"])
        return sql, [*bounds, *params]

    def probe(self, level):
        sql, params = self._select("1", level, scoped=False)
        return f"SELECT COUNT(*) FROM ({sql} LIMIT %s) AS s", [*params, SAMPLE_MIN]

    def sample(self, limit):
        """CTEs `lv` (the level) and `m` (up to `limit` of its matches) of the sparsest sample level
        holding SAMPLE_MIN matches, chosen inside the statement: a CASE evaluates each probe only
        when the sparser ones fell short, and only the chosen level's branch runs (a one-time
        filter). As statements of their own, the probes and the estimate cost two or three round
        trips and plans for what is well under a millisecond of work each."""
        from .backends import SAMPLE_TABLES

        whens, params = [], []
        for level, _ in SAMPLE_TABLES[:-1]:
            probe_sql, probe_params = self.probe(level)
            whens.append(f"WHEN ({probe_sql}) >= {SAMPLE_MIN} THEN {int(level)}")
            params.extend(probe_params)
        branches = []
        for level, _ in SAMPLE_TABLES:
            sql, p = self.matches(level)
            branches.append(f"SELECT * FROM ({sql}) AS s{int(level)} WHERE (SELECT level FROM lv) = {int(level)}")
            params.extend(p)
        return (f"lv AS MATERIALIZED (SELECT CASE {' '.join(whens)} ELSE {int(SAMPLE_TABLES[-1][0])} END AS level), "
                f"m AS MATERIALIZED ({' UNION ALL '.join(branches)} LIMIT %s)", [*params, limit])

    def page(self, start, size, estimated_total, walked=True):
        """A page of the newest matches. After a plain scan (`walked` false) the gate has found at
        most ~PLAIN_MAX candidates, filtered inside the index, so sorting them all is bounded; the
        newest-first date index could be read far back when a filter's matches are not spread
        evenly over time (one fiscal year: ~100,000 entries read at 160k to reach 2015)."""
        if not walked:
            return self.candidates_page(start, size)
        with connections[self.using].cursor() as cursor:
            cursor.execute("SELECT GREATEST(reltuples, 0) FROM pg_class WHERE relname = 'search_searchentry'")
            entries = cursor.fetchone()[0]
        return self.page_statement(start, size, estimated_total, entries)

    def page_statement(self, start, size, estimated_total, entries):
        if (start + size) * entries / max(1, estimated_total) <= self.WALK_MAX:
            # Common matches: walk the entries newest first and stop when the page is full.
            sql, params = self._select("e.id", use_index=False)
            return f"{sql} ORDER BY {self.ORDER} LIMIT %s OFFSET %s", [*params, size, start]
        return self.candidates_page(start, size)

    def candidates_page(self, start, size):
        """Every candidate from the index, then the newest. OFFSET 0 keeps the planner from walking
        the date index instead."""
        sql, params = self._select("e.id, e.date")
        return (f"SELECT e.id FROM ({sql} OFFSET 0) AS e ORDER BY {self.ORDER} LIMIT %s OFFSET %s",
                [*params, size, start])


def _matches(q, backend, scope, filters, using):
    if backend.vendor == "sqlite":
        return _SQLiteMatches(q, backend, scope, filters)
    return _PostgreSQLMatches(q, backend, scope, filters, using)


def _search_bounded(q, backend, user_scope, filters, page, per_page, using):
    scope = _scope_sql(user_scope)  # validates user_scope first
    f_where, f_params = _filter_sql(filters, backend)
    filters = (f_where, f_params, _normalise_filters(filters))
    source = _matches(q, backend, scope, filters, using)

    # 1. Up to EXACT_LIMIT + 1 matches (on SQLite the newest), with total and facets over them,
    # and, when they are all the matches, the term counts that rank them: one statement.
    first_sql, first_params = source.first()
    columns, column_params = _term_count_columns(q, backend)
    join, counted = backend.counted_join(columns, "m.id", _at_most(EXACT_LIMIT)) if columns else ("", [])
    sql = (f"WITH m AS MATERIALIZED ({first_sql} LIMIT %s) "
           + " UNION ALL ".join([f"SELECT 'hit', CAST(m.w AS TEXT), NULL, m.id, m.k{''.join(', ' + c for c in counted)}"
                                 f" FROM m {join}",
                                 *_facet_branches(backend, only_if_at_most=EXACT_LIMIT, pad=len(columns))]))
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [*first_params, EXACT_LIMIT + 1, *column_params])
        rows = cursor.fetchall()
    total, keyed, facet_rows = _read_facets(rows)
    # Whether the rows are the newest matches (rather than any EXACT_LIMIT + 1 of them), and whether
    # from the walk (see _PostgreSQLMatches.first).
    newest = any(row[0] == "hit" and row[1] in ("1", "2") for row in rows)
    walked = any(row[0] == "hit" and row[1] == "1" for row in rows)
    keyed.sort(reverse=True)  # newest first: the key is date-major
    start, stop = (page - 1) * per_page, page * per_page

    if total <= EXACT_LIMIT:
        ids = [pk for _, pk in keyed]
        if q.positive_terms:
            hit_rows = [row for row in rows if row[0] == "hit"]
            ids = _by_score(ids, {pk: k for k, pk in keyed},
                            {row[3]: _term_counts(row[6:]) for row in hit_rows}, {row[3]: row[5] or 0 for row in hit_rows})
        return Result(query=q, total=total, hits=_load_hits(ids[start:stop], q, using), facets=_facets(facet_rows),
                      page=page, per_page=per_page)

    # 2. Total and facets from a sample level: the sparsest one that holds enough matches
    # (see backends.SAMPLE_TABLES). Each probe costs what its small index holds; the sparser
    # ones are tried by a bare count (no join, no facets) and the facets are computed once.
    s_ctes, s_params = source.sample(SAMPLE_MAX)
    # A value seen once in the sample would be shown as 約 2**level on the strength of one
    # entry: too rare to estimate, so it is left out (it is found by narrowing the search).
    sql = (f"WITH {s_ctes} " + " UNION ALL ".join(
        [*_facet_branches(backend, min_count=2), "SELECT 'level', NULL, NULL, level, NULL FROM lv"]))
    with connections[using].cursor() as cursor:
        cursor.execute(sql, s_params)
        rows = cursor.fetchall()
    level = next(row[3] for row in rows if row[0] == "level")
    n, _, facet_rows = _read_facets([row for row in rows if row[0] != "level"])
    est_total = max(about_count(n * 2 ** level), EXACT_LIMIT + 1)

    # 3. Too many to rank: newest first. Step 1's rows serve the pages they hold.
    if newest and stop <= len(keyed):
        page_ids = [pk for _, pk in keyed[start:stop]]
    else:
        with connections[using].cursor() as cursor:
            cursor.execute(*source.page(start, per_page, est_total, walked=walked))
            page_ids = [r[0] for r in cursor.fetchall()]
    return Result(
        query=q, total=est_total, hits=_load_hits(page_ids, q, using),
        facets=_facets(facet_rows, 2 ** level), page=page, per_page=per_page,
        total_exact=False, facets_exact=False, order="newest",
    )


def _term_count_columns(q, backend):
    """SQL columns over an entry `e`, its body written `{body}` (see Backend.counted_join): the
    length of title and body, then each positive term's count in the title, in the body, …

    Relevance is a BM25-style score from these counts, taken by the database itself (length minus
    length with the term removed): FTS5's bm25() first counts, for each term, every matching row in
    the whole index (seconds for 委託 on a national corpus) even when scope and filters leave a
    handful, and counting in Python over fetched text cost ~0.1 ms per entry. The counts are of the
    term as typed (ASCII case folded), so a width variant that the index matched may count zero
    here: it only ranks lower, it is still a hit. The counts are taken in bytes, which the
    database knows without reading the text again, where the length in characters is a scan of
    it (the same count: removed bytes over the term's bytes). No positive term: no columns
    (newest first).
    """
    if not q.positive_terms:
        return [], []
    cols, params = ["length(e.title) + length({body})"], []
    for term in q.positive_terms:
        text = term.text.strip('"')
        if text.isascii():
            text = text.lower()
        for column in ("e.title", "{body}"):
            value = f"lower({column})" if text.isascii() else column
            removed = f"replace({value}, %s, '')"
            cols.append(f"({backend.octet_length(value)} - {backend.octet_length(removed)}) / {max(1, len(text.encode()))}")
            params.append(text)
    return cols, params


def _term_counts(tf):
    """Per term, its count with title matches weighing double, from the values of _term_count_columns
    that follow the length."""
    return [2.0 * tf[2 * j] + tf[2 * j + 1] for j in range(len(tf) // 2)]


def _by_score(ids, keys, counts, lengths):
    """`ids` by BM25-style score over `counts` ({id: [count per term]}), then newest first (by key).

    Up to EXACT_LIMIT entries: title matches weigh double; term frequency saturates and is
    normalised by length; a rarer alternative of an OR weighs more.
    """
    from math import log

    if not counts:
        return ids
    n = len(counts)
    terms = len(next(iter(counts.values())))
    avg = sum(lengths.values()) / n or 1.0
    df = [sum(1 for tf in counts.values() if tf[j] > 0) for j in range(terms)]
    idf = [1.0 + log(n / max(d, 1)) for d in df]
    k1, b = 1.2, 0.75

    def score(pk):
        tf = counts.get(pk)
        if tf is None:
            return 0.0
        norm = k1 * (1 - b + b * lengths[pk] / avg)
        return sum(idf[j] * f * (k1 + 1) / (f + norm) for j, f in enumerate(tf) if f)

    scored = {pk: round(score(pk), 9) for pk in ids}
    return sorted(ids, key=lambda pk: (-scored[pk], -keys[pk]))


MATCH_MANY_MAX = 100


@dataclass
class Match:
    id: int
    kind: str
    object_id: int
    council_id: int


def match_many(queries, *, user_scope, filters=None, limit=20, using="default"):
    """For each query, its first `limit` matches as Match rows, in the order `search` gives its hits.

    For callers that read the entries themselves (the precedents of every item of an agenda): no
    snippets, totals or facets, and a constant number of statements for any number of queries (one,
    or on PostgreSQL two when a query of exclusions only matches more than EXACT_LIMIT entries), where
    `search` takes one to three statements each. An empty query matches nothing here.
    """
    from .backends import ENTRY_TABLE

    queries = list(queries)
    if len(queries) > MATCH_MANY_MAX:
        # SQLite allows 500 terms in a compound statement; an agenda never comes near.
        return [*match_many(queries[:MATCH_MANY_MAX], user_scope=user_scope, filters=filters, limit=limit,
                            using=using),
                *match_many(queries[MATCH_MANY_MAX:], user_scope=user_scope, filters=filters, limit=limit,
                            using=using)]
    parsed = [q if isinstance(q, Query) else parse(q) for q in queries]
    backend = get_backend(using)
    scope = _scope_sql(user_scope)
    f_where, f_params = _filter_sql(filters, backend)
    norm_filters = (f_where, f_params, _normalise_filters(filters))
    # At most what the first statement reads (search() would read further pages by another).
    limit = max(1, min(int(limit), MAX_PER_PAGE, EXACT_LIMIT + 1))
    wanted = [i for i, q in enumerate(parsed) if not q.is_empty]
    out = [[] for _ in parsed]
    if not wanted:
        return out
    sources, count_columns = {}, {}
    for i in wanted:
        sources[i] = _matches(parsed[i], backend, scope, norm_filters, using)
        count_columns[i] = _term_count_columns(parsed[i], backend)
    width = max(len(cols) for cols, _ in count_columns.values())

    # Each query's first EXACT_LIMIT + 1 matches (the newest where w = 1) with, where they are all of
    # its matches (n), the term counts that rank them, as search()'s first statement reads them.
    # The counts are joined as search()'s step 1 joins them (Backend.counted_join: on PostgreSQL a lookup per
    # row with the body decompressed once for all of them), for a query whose matches are all its matches.
    # Each query's matches are a CTE of their own, so that every query's parameters come before the counts'
    # (which a backend may place in the select list or in the join).
    ctes, cte_params, branches, params = [], [], [], []
    for i in wanted:
        cols, col_params = count_columns[i]
        join, counted = backend.counted_join(cols, "m.id", f"m.n <= {EXACT_LIMIT}") if cols else ("", [])
        # Typed: two bare NULLs in a row make PostgreSQL settle the column as text before a longer query's counts.
        counted += ["CAST(NULL AS INTEGER)"] * (width - len(cols))
        first_sql, first_params = sources[i].first()
        ctes.append(f"m{i} AS MATERIALIZED (SELECT f.id, f.kind, f.object_id, f.council_id, f.k, f.w,"
                    f" COUNT(*) OVER () AS n FROM ({first_sql} LIMIT %s) AS f)")
        cte_params.extend([*first_params, EXACT_LIMIT + 1])
        branches.append(f"SELECT {i}, m.id, m.k, m.n, m.kind, m.object_id, m.council_id, m.w"
                        f"{''.join(', ' + c for c in counted)} FROM m{i} AS m {join}")
        params.extend(col_params)
    with connections[using].cursor() as cursor:
        cursor.execute(f"WITH {', '.join(ctes)} {' UNION ALL '.join(branches)}", [*cte_params, *params])
        rows = cursor.fetchall()
    found = {i: [] for i in wanted}
    for row in rows:
        found[row[0]].append(row)

    unranked = []
    for i, matched in found.items():
        if not matched:
            continue
        keys = {row[1]: row[2] for row in matched}
        by_id = {row[1]: Match(*row[1:2], *row[4:7]) for row in matched}
        ids = sorted(keys, key=lambda pk: -keys[pk])
        if matched[0][3] <= EXACT_LIMIT:
            if parsed[i].positive_terms:
                counts = {row[1]: _term_counts(row[9:8 + len(count_columns[i][0])]) for row in matched}
                ids = _by_score(ids, keys, counts, {row[1]: row[8] or 0 for row in matched})
        elif not matched[0][7]:
            # Any EXACT_LIMIT + 1 matches (on PostgreSQL a query of exclusions only, which has no index to
            # read in order), not the newest: those come from a statement of their own.
            unranked.append(i)
            continue
        out[i] = [by_id[pk] for pk in ids[:limit]]
    if unranked:
        branches, params = [], []
        for i in unranked:
            # A plain scan's matches: bounded by the gate (see _PostgreSQLMatches.page).
            page_sql, page_params = sources[i].candidates_page(0, limit)
            branches.append(f"SELECT {i}, e.id, {_PostgreSQLMatches.KEY}, e.kind, e.object_id, e.council_id"
                            f" FROM ({page_sql}) AS p JOIN {ENTRY_TABLE} e ON e.id = p.id")
            params.extend(page_params)
        with connections[using].cursor() as cursor:
            cursor.execute(" UNION ALL ".join(branches), params)
            rows = cursor.fetchall()
        for row in sorted(rows, key=lambda r: -r[2]):
            out[row[0]].append(Match(row[1], *row[3:6]))
    return out


def _load_hits(ids, q, using):
    from .models import SearchEntry

    entries = SearchEntry.objects.using(using).defer("search_text").in_bulk(ids)
    matcher = compile_highlighter([t.tokens for t in q.positive_terms])
    hits = []
    for pk in ids:
        e = entries.get(pk)
        if e is None:  # deleted between the two queries
            continue
        hits.append(
            Hit(
                id=e.pk,
                **{name: getattr(e, name) for name in _ENTRY_FIELDS},
                snippet=mark_safe(highlight(e.body, matcher, width=SNIPPET_CHARS)),
                title_html=mark_safe(highlight(e.title, matcher)),
            )
        )
    return hits


# --- keeping the index in step ------------------------------------------------------------

def index_entries(entries, *, using="default"):
    """(Re)index saved SearchEntry objects or ids; returns how many were indexed."""
    return get_backend(using).index_entries(entries)


def remove_entries(entry_ids, *, using="default"):
    """Delete the SearchEntry rows with these ids together with their index data."""
    from .models import SearchEntry

    ids = [int(getattr(i, "pk", i)) for i in entry_ids]
    with transaction.atomic(using=using):
        # The database already cleans up on delete (see migrations 0002, 0004); this covers an
        # SQLite trigger lost to a table rebuild before the next migrate restores it. It runs
        # first because the SQLite index key is computed from the entry's row.
        get_backend(using).remove_entries(ids)
        deleted, _ = SearchEntry.objects.using(using).filter(pk__in=ids).delete()
    return deleted


def remove_objects(kind, object_ids, *, using="default"):
    """Delete the entries of domain objects, e.g. remove_objects("turn", [12, 13])."""
    from .models import SearchEntry

    ids = list(
        SearchEntry.objects.using(using)
        .filter(kind=kind, object_id__in=list(object_ids))
        .values_list("pk", flat=True)
    )
    return remove_entries(ids, using=using)


def clear_index(*, using="default"):
    """Empty the text index at once. Call it before deleting all entries to regenerate
    them: on SQLite each deleted entry otherwise costs an index update (~half the time of
    deleting 20,000 entries). Searches find nothing until `rebuild_index()`.
    """
    get_backend(using).clear()


def rebuild_index(*, progress=None, using="default"):
    """Rebuild the full-text index from all SearchEntry rows.

    `progress(done, total)` is called after each batch (for a progress bar).
    """
    return get_backend(using).rebuild(progress=progress)
