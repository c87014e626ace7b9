"""Nothing of a template's source reaches a page: Django reads `{# … #}` as a comment only on one line, so a
comment that spans lines is printed to the reader as it stands."""
import re
from pathlib import Path

import datetime

import pytest

import shingikai
from shingikai.search.models import SearchEntry

SRC = Path(shingikai.__file__).resolve().parent
# `{#` with no `#}` before the end of its line: Django prints it and everything up to the next line's `#}`.
UNCLOSED_COMMENT = re.compile(r"\{#(?:(?!#\}).)*$", re.M)


def test_no_template_comment_spans_lines():
    found = []
    for path in sorted(SRC.rglob("templates/**/*")):
        if path.is_file() and path.suffix in {".html", ".txt", ".xml", ".ics", ".csv", ".md"}:
            text = path.read_text(encoding="utf-8")
            found += [f"{path.relative_to(SRC)}:{text[:m.start()].count(chr(10)) + 1}"
                      for m in UNCLOSED_COMMENT.finditer(text)]
    assert found == [], "use {% comment %} for a comment over several lines"


@pytest.mark.django_db
def test_the_search_page_shows_the_resident_no_template_source(client):
    SearchEntry.objects.create(
        kind="turn", object_id=1, council_id=1, council_slug="minami", council_name="みなみ市審議会",
        municipality="みなみ市", title="発言1", body="防犯カメラの映像", url="/x/1", visibility="public",
        date=datetime.date(2024, 6, 1))
    for query in ("カメラ", "図書館"):
        html = client.get("/search/", {"q": query}).content.decode()
        assert "{#" not in html and "#}" not in html and "{%" not in html
