"""/api/: the JSON API, its OpenAPI document (/api/openapi.json), its docs page (/api/docs) and /api/cases.csv.
/api/ itself sends a visitor on to the docs page, which lists every endpoint.

The URL namespace is "api", given by the API object itself.
"""
from django.urls import path
from django.views.generic.base import RedirectView

from .endpoints import api

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="api:openapi-view"), name="api-root"),
    path("", api.urls),
]
