"""Page-number pagination for the JSON API's lists, with links that keep the request's filters."""
import math


def _link(request, page):
    query = request.GET.copy()
    query["page"] = page
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def page_of(request, queryset, params, serialize, *, prepare=None):
    """One page of `queryset` as the API's Page shape; `serialize(request, row)` writes each row, after
    `prepare(rows)` has read for the whole page what the rows need beyond the queryset."""
    count = queryset.count()
    pages = max(1, math.ceil(count / params.per_page))
    start = (params.page - 1) * params.per_page
    rows = list(queryset[start:start + params.per_page]) if start < count else []
    if prepare is not None:
        prepare(rows)
    return {
        "count": count, "page": params.page, "pages": pages, "per_page": params.per_page,
        "next": _link(request, params.page + 1) if params.page < pages else None,
        "previous": _link(request, min(params.page - 1, pages)) if params.page > 1 else None,
        "items": [serialize(request, row) for row in rows],
    }
