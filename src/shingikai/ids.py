"""Record ids as they arrive from outside: a path, a query string, an API call."""
from django.http import Http404
from django.shortcuts import get_object_or_404

# The largest id a database column holds (a signed 64-bit integer).
LARGEST_ID = 2**63 - 1


def parse_id(text) -> int | None:
    """The id ``text`` names, or None where it names none: not digits, or past the column's range
    (SQLite cannot even compare such a number and raises OverflowError)."""
    text = str(text or "")
    if not text.isascii() or not text.isdigit():
        return None
    pk = int(text)
    return pk if pk <= LARGEST_ID else None


def record_or_404(queryset, pk):
    """The record if ``queryset`` holds it; any other id, past the database's range too, is the same 404."""
    if pk > LARGEST_ID:
        raise Http404
    return get_object_or_404(queryset, pk=pk)


class IdConverter:
    """``<id:pk>`` in a URL: digits naming a record, at most the column's largest id. Django's ``<int:…>`` takes
    any number of digits, and a lookup through a foreign key or an insert with a longer one raises
    OverflowError (SQLite) or DataError (PostgreSQL); past the range the URL matches nothing (a 404)."""

    regex = "[0-9]+"

    def to_python(self, value):
        pk = int(value)
        if pk > LARGEST_ID:
            raise ValueError(value)
        return pk

    def to_url(self, value):
        return str(value)


def register_id_converter():
    from django.urls import register_converter
    from django.urls.converters import get_converters

    if "id" not in get_converters():
        register_converter(IdConverter, "id")


register_id_converter()
