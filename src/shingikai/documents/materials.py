"""The meeting's materials as one PDF: the 会議次第, then for each case on the agenda its 諮問書 (with the
checklist and the department's answers) followed by the case's PDF attachments, and for each item a register
record stands behind (a 第三者点検, an incident, an audit, the 要配慮 report) a sheet of its facts, followed for
a 第三者点検 by the PDF files of its 評価書; merged with pypdf.

Members and the secretariat get every item. The observers' copy (傍聴人用) leaves out closed items and
attachments not marked public, and is built from the public form of each document; it carries no register
record, whose 評価書 and facts are the council's working papers.
"""
import io
import logging

from django.contrib.auth.models import AnonymousUser
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from shingikai.access import DocumentReading
from shingikai.meetings.models import AgendaItem
from shingikai.uploads import is_pdf

from . import context
from .pdf import to_pdf

logger = logging.getLogger(__name__)


def _append(writer, data, label):
    try:
        writer.append(PdfReader(io.BytesIO(data)), outline_item=label)
    except (PdfReadError, ValueError, OSError):
        # An unreadable upload must not cost the members the rest of their materials.
        logger.warning("skipped an unreadable PDF in the materials: %s", label)


def _append_files(writer, files, heading):
    """The PDFs among ``files`` (rows with a title and a stored file), each under its title."""
    for row in files:
        if not is_pdf(row.file):
            continue
        try:
            with row.file.open("rb") as handle:
                data = handle.read()
        except OSError:
            logger.warning("%s %s is missing from storage", type(row).__name__, row.pk)
            continue
        _append(writer, data, f"{heading} {row.title}")


def materials_pdf(meeting, reader, *, observers=False):
    """(filename, PDF bytes) of the meeting's materials. The caller has checked that ``reader`` may have
    them; the observers' copy is read as an anonymous reader would read each document."""
    from shingikai.registers.agenda import materials_parts

    reading = DocumentReading(AnonymousUser(), full=False) if observers else None
    writer = PdfWriter()
    _append(writer, to_pdf(context.agenda(meeting.pk, reading=reading)), "会議次第")
    items = list(meeting.items.select_related("case").prefetch_related("case__attachments").order_by("order"))
    registers = {} if observers else materials_parts(
        meeting, [i for i in items if i.case is None and i.kind != AgendaItem.Kind.PROCEDURAL], reader)
    for item in items:
        if item.pk in registers:
            sheet, files = registers[item.pk]
            _append(writer, to_pdf(sheet), item.title)
            _append_files(writer, files, item.title)
        if item.case is None or (observers and not item.visible_to_public):
            continue
        _append(writer, to_pdf(context.shimonsho(item.case_id, reading=reading)), item.title)
        _append_files(writer, [a for a in item.case.attachments.all() if a.is_public or not observers], item.title)
    out = io.BytesIO()
    writer.write(out)
    audience = "傍聴人用" if observers else "委員用"
    return f"会議資料_{meeting.short_label}_{audience}.pdf", out.getvalue()
