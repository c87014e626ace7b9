"""The meeting's materials as one PDF: the 会議次第, then for each case on the agenda its 諮問書 (with the
checklist and the department's answers) followed by the case's PDF attachments, merged with pypdf.

Members and the secretariat get every item. The observers' copy (傍聴人用) leaves out closed items and
attachments not marked public, and is built from the public form of each document.
"""
import io
import logging

from django.contrib.auth.models import AnonymousUser
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from shingikai.access import DocumentReading

from . import context
from .pdf import to_pdf

logger = logging.getLogger(__name__)


def _append(writer, data, label):
    try:
        writer.append(PdfReader(io.BytesIO(data)), outline_item=label)
    except (PdfReadError, ValueError, OSError):
        # An unreadable upload must not cost the members the rest of their materials.
        logger.warning("skipped an unreadable PDF in the materials: %s", label)


def materials_pdf(meeting, *, observers=False):
    """(filename, PDF bytes) of the meeting's materials. The caller has checked that the reader may have
    them; the observers' copy is read as an anonymous reader would read each document."""
    reading = DocumentReading(AnonymousUser(), full=False) if observers else None
    writer = PdfWriter()
    _append(writer, to_pdf(context.agenda(meeting.pk, reading=reading)), "会議次第")
    items = meeting.items.select_related("case").prefetch_related("case__attachments").order_by("order")
    for item in items:
        if item.case is None or (observers and not item.visible_to_public):
            continue
        _append(writer, to_pdf(context.shimonsho(item.case_id, reading=reading)), item.title)
        for attachment in item.case.attachments.all():
            if observers and not attachment.is_public:
                continue
            if not attachment.file.name.lower().endswith(".pdf"):
                continue
            try:
                with attachment.file.open("rb") as handle:
                    data = handle.read()
            except OSError:
                logger.warning("attachment %s is missing from storage", attachment.pk)
                continue
            _append(writer, data, f"{item.title} {attachment.title}")
    out = io.BytesIO()
    writer.write(out)
    audience = "傍聴人用" if observers else "委員用"
    return f"会議資料_{meeting.short_label}_{audience}.pdf", out.getvalue()
