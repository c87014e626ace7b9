"""The search page: the public sees public entries; a logged-in user also its councils' internal ones."""
from django.contrib import messages
from django.http import JsonResponse, QueryDict
from django.shortcuts import render

from shingikai import access
from shingikai.formfields import fiscal_year_filter
from shingikai.jp.wareki import fiscal_year_label
from shingikai.meetings.models import Turn

from .engine import PUBLIC, search
from .query import MAX_QUERY_CHARS, parse

# Values listed per facet: a national search has ~1,700 municipalities and councils, more than
# a page can usefully show (or render quickly). The most frequent come first; the rest are
# reached by narrowing the search.
FACET_VALUES_SHOWN = 30
# A page past this is no page a person reads; a larger number would overflow the offset's database integer.
MAX_PAGE = 10_000

# A query of only quotes, symbols or a bare OR has no term to match; searching it would list every record
# as if each matched.
NO_TERM = "検索語を入力してください。記号だけでは検索できません。"

FILTERS = ("council_slug", "municipality", "fiscal_year", "case_kind", "category", "department", "outcome",
           "speaker_role", "kind")


def _filters(request):
    """(filters, message): a 年度 that is no 年度 (a mangled link: 9223372036854775808, which no database integer
    holds) narrows nothing; the page says so (as the case register does), the API answers 400."""
    filters = {}
    for name in FILTERS:
        value = request.GET.get(name, "").strip()
        if value:
            filters[name] = value
    year, message = fiscal_year_filter(filters.pop("fiscal_year", ""))
    if year:
        filters["fiscal_year"] = year
    return filters, message


def _page(request):
    page = request.GET.get("page", "1")
    return min(int(page), MAX_PAGE) if page.isdigit() else 1


def search_page(request):
    query = request.GET.get("q", "").strip()
    if len(query) > MAX_QUERY_CHARS:
        query = query[:MAX_QUERY_CHARS]
        messages.info(request, f"検索語が長すぎるため、先頭の{MAX_QUERY_CHARS}文字で検索しました。")
    filters, bad_filter = _filters(request)
    if bad_filter:
        messages.error(request, bad_filter)
    scope = access.council_ids(request.user) or PUBLIC
    result = None
    no_term = bool(query) and parse(query).is_empty
    if query and not no_term:
        result = search(query, user_scope=scope, filters=filters, page=_page(request))
    params = request.GET.copy()
    params.pop("page", None)
    # Narrowed to 発言, the reader asked for the turns themselves: each is its own line.
    rows = ([Row(hit) for hit in result.hits] if filters.get("kind") == "turn" else _rows(result.hits)) if result else []
    return render(request, "search/search.html", {
        "q": query, "result": result, "rows": rows, "folded": len(rows) < len(result.hits) if result else False, "filters": filters, "scope_is_public": scope is PUBLIC,
        "no_term": no_term, "no_term_message": NO_TERM,
        "max_query": MAX_QUERY_CHARS,
        "query": params.urlencode(), "facets": _facet_links(result, params) if result else [],
    })


class Row:
    """One line of the results: a hit, and the speaker turns of the same case (or, for an item without a case,
    of the same item of the same meeting) found on the page, shown beneath it."""

    def __init__(self, hit):
        self.hit, self.turns = hit, []

    def turn_lines(self):
        """(turn, where): the meeting a turn was said at, without the item's title when that is what heads the line
        (the case's title, or the same item's first turn)."""
        head = self.hit.context if self.hit.kind == "turn" else self.hit.title
        lines = []
        for turn in self.turns:
            where = turn.context
            if head and where.endswith(head):
                where = where[:-len(head)].strip()
            lines.append((turn, where))
        return lines


def _discussion_keys(hits):
    """{hit id: key}: a case's own entry and each turn said under it share the case's key; a turn under an item
    without a case (報告・その他) shares its meeting's and item's. An answer, the minutes and the registers stand
    alone: they are documents of their own, not the discussion of the case."""
    turn_cases = dict(Turn.objects.filter(pk__in=[h.object_id for h in hits if h.kind == "turn"])
                      .values_list("pk", "agenda_item__case"))
    keys = {}
    for h in hits:
        if h.kind == "case":
            keys[h.id] = ("case", h.object_id)
        elif h.kind == "turn":
            case_id = turn_cases.get(h.object_id)
            keys[h.id] = ("case", case_id) if case_id else ("item", h.url.split("#")[0], h.context)
    return keys


def _rows(hits):
    """The page's hits with a case's discussion folded into one line: a resident looking for what the council
    decided about a subject is led to the case once, not once per turn in which a member said the word (an hour's
    discussion has dozens). The line sits where the case or its first turn ranked; the case itself heads it when
    it is on the page, the turns listed beneath with their own links."""
    keys = _discussion_keys(hits)
    rows, by_key = [], {}
    for hit in hits:
        key = keys.get(hit.id)
        row = by_key.get(key) if key else None
        if row is None:
            row = Row(hit)
            rows.append(row)
            if key:
                by_key[key] = row
        elif hit.kind == "case":
            # The case arrives after its turns: it heads the line they began.
            row.turns.insert(0, row.hit)
            row.hit = hit
        else:
            row.turns.append(hit)
    return rows


def search_api(request):
    """The public search as JSON: `/search/api?q=…&municipality=…&page=2`.

    Always the public scope, even for a logged-in user: a JSON response is easily cached,
    copied or shared, so it must never carry a council's internal entries.
    """
    query = request.GET.get("q", "").strip()
    if not query or parse(query).is_empty:
        # Like the page: no query, no search (browsing everything is the portal's job).
        return JsonResponse({"query": query, "total": 0, "total_exact": True, "hits": [], "facets": {},
                             **({"message": NO_TERM} if query else {})}, json_dumps_params={"ensure_ascii": False})
    filters, bad_filter = _filters(request)
    if bad_filter:
        return JsonResponse({"detail": bad_filter}, status=400)
    result = search(query, user_scope=PUBLIC, filters=filters, page=_page(request))
    hits = [
        {"type": h.kind, "council": h.council_name, "council_slug": h.council_slug, "municipality": h.municipality,
         "date": h.date.isoformat() if h.date else None, "title": h.title, "context": h.context,
         "title_html": str(h.title_html),
         "snippet": str(h.snippet), "url": h.url}
        for h in result.hits
    ]
    facets = {name: [{"value": f.value, "label": f.label, "count": f.count} for f in values[:FACET_VALUES_SHOWN]]
              for name, values in result.facets.items()}
    return JsonResponse({
        "query": query, "total": result.total, "total_exact": result.total_exact,
        "facets_exact": result.facets_exact, "facet_values": {n: len(v) for n, v in result.facets.items()},
        "page": result.page, "per_page": result.per_page, "pages": result.pages,
        "order": result.order, "hits": hits, "facets": facets,
    }, json_dumps_params={"ensure_ascii": False})


FACET_NAMES = {
    "council": "審議会", "municipality": "自治体", "fiscal_year": "年度", "case_kind": "種別", "category": "類型",
    "department": "担当課", "outcome": "結論", "speaker_role": "発言者", "kind": "対象",
}


def _encoded(key, values):
    one = QueryDict(mutable=True)
    one.setlist(key, values)
    return one.urlencode()


def _facet_links(result, params):
    """Each facet value as a link that narrows the current search (or widens it again when chosen)."""
    # The other parameters are encoded once per facet, not once per value: a national search lists ~130 values.
    encoded = [(key, _encoded(key, values)) for key, values in params.lists()]
    groups = []
    for name, label in FACET_NAMES.items():
        param = "council_slug" if name == "council" else name
        values = []
        current = params.get(param)
        keys = [key for key, _ in encoded]
        at = keys.index(param) if param in keys else len(encoded)
        before = [part for _, part in encoded[:at]]
        after = [part for _, part in encoded[at + 1:]]
        shown = result.facets.get(name, [])
        # The chosen value stays listed (it is how the choice is undone) even when not frequent.
        shown = shown[:FACET_VALUES_SHOWN] + [f for f in shown[FACET_VALUES_SHOWN:] if str(f.value) == current]
        for facet in shown:
            # As a copy of the query with this value set (in the parameter's place) or, when chosen, removed.
            chosen = current == str(facet.value)
            middle = [] if chosen else [_encoded(param, [str(facet.value)])]
            label_text = fiscal_year_label(int(facet.value)) if name == "fiscal_year" else facet.label
            values.append({"label": label_text, "count": facet.count, "chosen": chosen,
                           "query": "&".join(p for p in before + middle + after if p),
                           "approximate": not result.facets_exact})
        if values:
            groups.append({"label": label, "values": values, "more": max(0, len(result.facets.get(name, [])) - len(shown))})
    return groups
