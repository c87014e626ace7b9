"""The search page: the public sees public entries; a logged-in user also its councils' internal ones."""
from django.shortcuts import render

from shingikai import access
from shingikai.jp.wareki import fiscal_year_label

from .engine import PUBLIC, search

FILTERS = ("council_slug", "municipality", "fiscal_year", "case_kind", "category", "department", "outcome",
           "speaker_role", "kind")


def search_page(request):
    query = request.GET.get("q", "").strip()
    filters = {}
    for name in FILTERS:
        value = request.GET.get(name, "").strip()
        if value:
            filters[name] = int(value) if name == "fiscal_year" and value.isdigit() else value
    if "fiscal_year" in filters and not isinstance(filters["fiscal_year"], int):
        filters.pop("fiscal_year")
    scope = access.council_ids(request.user) or PUBLIC
    result = None
    if query:
        page = request.GET.get("page", "1")
        result = search(query, user_scope=scope, filters=filters, page=int(page) if page.isdigit() else 1)
    params = request.GET.copy()
    params.pop("page", None)
    return render(request, "search/search.html", {
        "q": query, "result": result, "filters": filters, "scope_is_public": scope is PUBLIC,
        "query": params.urlencode(), "facets": _facet_links(result, params) if result else [],
    })


FACET_NAMES = {
    "council": "審議会", "municipality": "自治体", "fiscal_year": "年度", "case_kind": "種別", "category": "類型",
    "department": "担当課", "outcome": "結論", "speaker_role": "発言者", "kind": "対象",
}


def _facet_links(result, params):
    """Each facet value as a link that narrows the current search (or widens it again when chosen)."""
    groups = []
    for name, label in FACET_NAMES.items():
        param = "council_slug" if name == "council" else name
        values = []
        for facet in result.facets.get(name, []):
            narrowed = params.copy()
            chosen = narrowed.get(param) == str(facet.value)
            if chosen:
                narrowed.pop(param)
            else:
                narrowed[param] = facet.value
            label_text = fiscal_year_label(int(facet.value)) if name == "fiscal_year" else facet.label
            values.append({"label": label_text, "count": facet.count, "chosen": chosen, "query": narrowed.urlencode()})
        if values:
            groups.append({"label": label, "values": values})
    return groups
