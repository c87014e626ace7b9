"""/api/: the JSON API, its OpenAPI document (/api/openapi.json), its docs page (/api/docs) and /api/cases.csv.
/api/ itself sends a visitor on to the docs page, which lists every endpoint.

The URL namespace is "api", given by the API object itself.
"""
from functools import wraps

from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.generic.base import RedirectView

from .endpoints import api, not_allowed_response, not_found_response


def _json_not_allowed(view):
    """django-ninja answers a method a path does not take with a bare English text: a client of the API gets the
    API's JSON instead, as for every other error."""
    @wraps(view)
    def answer(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405 and "json" not in response.get("Content-Type", ""):
            return not_allowed_response(request, [m.strip() for m in response.get("Allow", "GET").split(",")])
        return response
    return answer


def _with_json_errors(urls):
    patterns, app_name, namespace = urls
    for pattern in patterns:
        pattern.callback = _json_not_allowed(pattern.callback)
    return patterns, app_name, namespace


@csrf_exempt
def unknown(request, rest=""):
    """A path under /api/ that names nothing, or an id that is not one (/api/cases/abc): the API's JSON 404."""
    return not_found_response(request)


urlpatterns = [
    path("", RedirectView.as_view(pattern_name="api:openapi-view"), name="api-root"),
    path("", _with_json_errors(api.urls)),
    re_path(r"^(?P<rest>.+)$", unknown),
]
