"""{% fixed_url %}: the link to a page without arguments, reversed once per process.

Every signed-in page carries the same dozen menu links; reversing them with {% url %} on each request
was a tenth of the case page's template time. The result depends only on the URL patterns, which do
not change while the process runs, and the script prefix, which is part of the memo's key.
"""
from functools import lru_cache

from django import template
from django.urls import get_script_prefix, reverse

register = template.Library()


@lru_cache(maxsize=256)
def _reversed(name, prefix):
    return reverse(name)


@register.simple_tag
def fixed_url(name):
    return _reversed(name, get_script_prefix())
