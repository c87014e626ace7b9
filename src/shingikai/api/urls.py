"""/api/: the JSON API, its OpenAPI document (/api/openapi.json), its docs page (/api/docs) and /api/cases.csv.

The URL namespace is "api", given by the API object itself.
"""
from django.urls import path

from .endpoints import api

urlpatterns = [path("", api.urls)]
