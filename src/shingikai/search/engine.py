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

Who may see what is decided here, on SearchEntry's own columns, never by the text index:
`user_scope=PUBLIC` sees public entries only; a set of council ids additionally sees the
internal entries of those councils.
"""
from dataclasses import dataclass, field
from datetime import date as date_type

from django.db import connections, transaction
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
    "fiscal_year", "date", "title", "url", "case_kind", "categories", "department", "outcome",
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
    page = max(1, int(page or 1))
    per_page = min(MAX_PER_PAGE, max(1, int(per_page or 20)))

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
        "SELECT 'total', NULL, NULL, COUNT(*), NULL FROM m",
    ]
    for facet, column in _FACET_COLUMNS.items():
        label = "MAX(council_name)" if facet == "council" else "NULL"
        blank = f"{column} IS NOT NULL" if facet == "fiscal_year" else f"{column} <> ''"
        branches.append(
            f"SELECT '{facet}', CAST({column} AS TEXT), {label}, COUNT(*), NULL"
            f" FROM m WHERE {blank} GROUP BY {column}"
        )
    branches.append(
        f"SELECT 'category', CAST(cf.v AS TEXT), NULL, cf.n, NULL FROM ({backend.category_facet_sql()}) AS cf"
    )
    sql = f"WITH m AS MATERIALIZED ({cte}) " + " UNION ALL ".join(branches)
    all_params = [*compiled.rank_params, *params, per_page, (page - 1) * per_page]

    with connections[using].cursor() as cursor:
        cursor.execute(sql, all_params)
        rows = cursor.fetchall()

    total = 0
    order = []
    facets = {name: [] for name in FACETS}
    labels = _facet_labels()
    for sec, key, label, n, ordinal in rows:
        if sec == "hit":
            order.append((ordinal, n))
        elif sec == "total":
            total = n
        else:
            value = int(key) if sec == "fiscal_year" else key
            text = label or labels.get(sec, {}).get(key) or str(value)
            facets[sec].append(FacetValue(value=value, label=text, count=n))
    for name, values in facets.items():
        if name == "fiscal_year":
            values.sort(key=lambda v: -v.value)
        else:
            values.sort(key=lambda v: (-v.count, str(v.value)))

    return Result(
        query=q,
        total=total,
        hits=_load_hits([pk for _, pk in sorted(order)], q, using),
        facets=facets,
        page=page,
        per_page=per_page,
    )


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
        deleted, _ = SearchEntry.objects.using(using).filter(pk__in=ids).delete()
        # The database already cleans up on delete (see migration 0002); this covers an
        # SQLite trigger lost to a table rebuild before the next migrate restores it.
        get_backend(using).remove_entries(ids)
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
