"""The meeting's materials as one PDF: the 会議次第, then for each case on the agenda its 諮問書 (with the
checklist and the department's answers) followed by the case's PDF attachments, and for each item a register
record stands behind (a 第三者点検, an incident, an audit, the 要配慮 report) a sheet of its facts, followed for
a 第三者点検 by the PDF files of its 評価書; merged with pypdf.

Members and the secretariat get every item. The observers' copy (傍聴人用) leaves out closed items and
attachments not marked public, and is built from the public form of each document; it carries no register
record, whose 評価書 and facts are the council's working papers.

A stored PDF that cannot be bound (a password-protected or damaged file kept from before uploads were
checked, uploads.bind_pdf) is named on a page right after the 次第, so that nobody takes a document the 次第
lists as distributed for one the member merely missed.
"""
import io
import logging

from django.contrib.auth.models import AnonymousUser
from pypdf import PdfReader, PdfWriter

from shingikai.access import DocumentReading
from shingikai.meetings.models import AgendaItem
from shingikai.uploads import UnreadablePdf, bind_pdf, is_pdf

from . import context
from .context.common import document, items_list, pagebreak, para, right, title
from .pdf import to_pdf

logger = logging.getLogger(__name__)
LEFT_OUT_TITLE = "含まれていない資料"


class _Binder:
    """The materials being bound, and what could not be: (label, reason) of each file left out."""

    def __init__(self):
        self.writer = PdfWriter()
        self.left_out = []
        # Per page of the writer: whether it is a page shingikai laid out, which gets the bound copy's page number
        # (a department's own file keeps its pages as they are, and is counted).
        self.numbered = []
        self.documents = 0

    def append_document(self, doc, label, *, numbered_as_material=True):
        """A document of ours, with its 資料番号 (資料1, 資料2 … in the order bound) unless it is the 次第 that
        lists them, and without its own page numbers: the bound copy is numbered through (number_pages)."""
        if numbered_as_material:
            self.documents += 1
            doc = dict(doc, blocks=[right(f"資料{self.documents}")] + doc["blocks"])
        self.append(to_pdf(dict(doc, bound=True)), label, numbered=True)

    def append(self, data, label, *, numbered=False):
        before = len(self.writer.pages)
        try:
            bind_pdf(self.writer, data, label)
            self.numbered += [numbered] * (len(self.writer.pages) - before)
        except UnreadablePdf as unreadable:
            # An unreadable upload must not cost the members the rest of their materials.
            logger.warning("skipped an unreadable PDF in the materials: %s", label)
            self.left_out.append((label, "パスワード付き" if unreadable.password else "読み込めないファイル"))

    def append_files(self, files, heading):
        """The PDFs among ``files`` (rows with a title and a stored file), each under its title."""
        for row in files:
            if not is_pdf(row.file):
                continue
            label = f"{heading} {row.title}"
            try:
                with row.file.open("rb") as handle:
                    data = handle.read()
            except OSError:
                logger.warning("%s %s is missing from storage", type(row).__name__, row.pk)
                self.left_out.append((label, "ファイルが見つかりません"))
                continue
            self.append(data, label)

    def insert_left_out(self, position, council):
        """The page naming the files left out, at ``position`` (after the 次第)."""
        if not self.left_out:
            return
        page = document("materials_left_out", LEFT_OUT_TITLE, council, [
            title(LEFT_OUT_TITLE),
            para("次の資料は読み込めなかったため含まれていません:", indent=False),
            items_list([f"{label} ({reason})" for label, reason in self.left_out]),
            para("事務局に元のファイルを確認してください。", indent=False),
        ])
        reader = PdfReader(io.BytesIO(to_pdf(dict(page, bound=True))))
        self.writer.merge(position, reader, import_outline=False)
        self.numbered[position:position] = [True] * len(reader.pages)
        self.writer.add_outline_item(title=LEFT_OUT_TITLE, page_number=position)
        # The outline follows the pages: the entry, added last, goes after the 次第's. The entries are
        # relinked in that order (pypdf's insertion `before` an entry only works before the last one).
        root = self.writer.get_outline_root()
        entries = list(root.children())
        for entry in entries:
            root.remove_child(entry)
        for entry in entries[:1] + entries[-1:] + entries[1:-1]:
            root.add_child(entry, self.writer)


    def number_pages(self):
        """「- n -」 at the foot of each page shingikai laid out, counted through the whole bound copy, so that
        「資料の5ページ」 is the fifth page of the file every member holds."""
        total = len(self.writer.pages)
        pages = document("page_numbers", "", None, [para("")] + [pagebreak()] * (total - 1))
        numbers = PdfReader(io.BytesIO(to_pdf(pages)))
        for page, stamp, overlay in zip(self.writer.pages, self.numbered, numbers.pages):
            if stamp:
                page.merge_page(overlay)


def materials_pdf(meeting, reader, *, observers=False):
    """(filename, PDF bytes) of the meeting's materials. The caller has checked that ``reader`` may have
    them; the observers' copy is read as an anonymous reader would read each document."""
    from shingikai.minutes.actions import awaiting_confirmation
    from shingikai.registers.agenda import materials_parts

    reading = DocumentReading(AnonymousUser(), full=False) if observers else None
    binder = _Binder()
    binder.append_document(context.agenda(meeting.pk, reading=reading), "会議次第", numbered_as_material=False)
    after_agenda = len(binder.writer.pages)
    items = list(meeting.items.select_related("case").prefetch_related("case__attachments").order_by("order"))
    registers = {} if observers else materials_parts(
        meeting, [i for i in items if i.case is None and i.kind != AgendaItem.Kind.PROCEDURAL], reader)
    for item in items:
        if item.procedure == AgendaItem.Procedure.PREVIOUS_MINUTES and not observers:
            # The drafts to be confirmed, bound for the members; never for observers (a draft is not public).
            for draft in awaiting_confirmation(meeting):
                binder.append(to_pdf(context.minutes(draft.meeting_id)), f"{item.title} ({draft.meeting.label})")
        if item.pk in registers:
            sheet, files = registers[item.pk]
            binder.append_document(sheet, item.title)
            binder.append_files(files, item.title)
        if item.case is None or (observers and not item.visible_to_public):
            continue
        binder.append_document(context.shimonsho(item.case_id, reading=reading), item.title)
        binder.append_files([a for a in item.case.attachments.all() if a.is_public or not observers], item.title)
    binder.insert_left_out(after_agenda, meeting.council)
    binder.number_pages()
    out = io.BytesIO()
    binder.writer.write(out)
    audience = "傍聴人用" if observers else "委員用"
    return f"会議資料_{meeting.short_label}_{audience}.pdf", out.getvalue()
