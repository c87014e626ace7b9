"""Published documents can be read by a screen reader: every PDF is tagged (structure tree, marked content),
names its language and shows its title; a DOCX's text is Japanese by default, not python-docx's en-US."""
import io
import zipfile

import pytest
from pypdf import PdfReader

from shingikai.disclosure import report
from shingikai.documents.render import build, render
from shingikai.documents.sampledata import build_record

pytestmark = pytest.mark.django_db


def assert_accessible_pdf(data, title):
    pdf = PdfReader(io.BytesIO(data))
    catalog = pdf.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert str(catalog["/Lang"]).startswith("ja")
    assert pdf.metadata.title == title
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]


@pytest.mark.parametrize("kind", ["minutes", "agenda", "answer"])
def test_published_pdfs_are_tagged_with_language_and_title(kind):
    r = build_record()
    pk = r.answer.pk if kind == "answer" else r.meeting.pk
    assert_accessible_pdf(render(kind, pk, "pdf"), build(kind, pk)["title"])


def test_the_operations_report_pdf_is_tagged(world):
    municipality = world.council.municipality
    data = report.to_pdf(report.operations_report(municipality, 2024), report.additional_report(municipality, 2024))
    pdf = PdfReader(io.BytesIO(data))
    assert "/StructTreeRoot" in pdf.trailer["/Root"] and str(pdf.trailer["/Root"]["/Lang"]).startswith("ja")
    assert "運用状況報告" in pdf.metadata.title


@pytest.mark.parametrize("kind", ["minutes", "agenda", "answer"])
def test_docx_text_is_japanese_by_default(kind):
    r = build_record()
    pk = r.answer.pk if kind == "answer" else r.meeting.pk
    styles = zipfile.ZipFile(io.BytesIO(render(kind, pk, "docx"))).read("word/styles.xml").decode()
    assert 'w:val="ja-JP"' in styles and 'w:eastAsia="ja-JP"' in styles
    assert "en-US" not in styles
