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

from shingikai import access
from shingikai.access import DocumentReading
from shingikai.meetings.models import AgendaItem
from shingikai.uploads import UnreadablePdf, bind_pdf, is_pdf

from . import context
from .context.agenda_sheet import binding_order
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
        # (資料番号 or "", title, index of its first page among the papers): what the 次第 lists under 配布資料.
        self.papers = []

    def append_document(self, number, doc, label, paper):
        """A document of ours, with its 資料番号 at the top right and without its own page numbers: the bound copy
        is numbered through."""
        doc = dict(doc, blocks=[right(number)] + doc["blocks"])
        if self.append(to_pdf(dict(doc, bound=True)), label, numbered=True, paper=paper):
            self.papers[-1] = (number, paper, self.papers[-1][2])

    def append(self, data, label, *, numbered=False, paper=None):
        """Whether ``data`` could be bound; a bound one is listed as ``paper`` when given."""
        before = len(self.writer.pages)
        try:
            bind_pdf(self.writer, data, label)
        except UnreadablePdf as unreadable:
            # An unreadable upload must not cost the members the rest of their materials.
            logger.warning("skipped an unreadable PDF in the materials: %s", label)
            self.left_out.append((label, "パスワード付き" if unreadable.password else "読み込めないファイル"))
            return False
        self.numbered += [numbered] * (len(self.writer.pages) - before)
        if paper:
            self.papers.append(("", paper, before))
        return True

    def append_file(self, row, label, paper):
        """A stored file (a row with its file) when it is a PDF, listed as ``paper``."""
        if not is_pdf(row.file):
            return
        try:
            with row.file.open("rb") as handle:
                data = handle.read()
        except OSError:
            logger.warning("%s %s is missing from storage", type(row).__name__, row.pk)
            self.left_out.append((label, "ファイルが見つかりません"))
            return
        self.append(data, label, paper=paper)

    def insert_front(self, data, title):
        """A document of ours put before the papers bound so far (the 次第, the page of files left out), with
        its outline entry first; its number of pages."""
        reader = PdfReader(io.BytesIO(data))
        self.writer.merge(0, reader, import_outline=False)
        self.numbered[0:0] = [True] * len(reader.pages)
        self.writer.add_outline_item(title=title, page_number=0)
        # pypdf adds the entry last, and its insertion `before` an entry only works before the last one: the
        # entries are relinked with the new one first.
        root = self.writer.get_outline_root()
        entries = list(root.children())
        for entry in entries:
            root.remove_child(entry)
        for entry in entries[-1:] + entries[:-1]:
            root.add_child(entry, self.writer)
        return len(reader.pages)

    def insert_left_out(self, council):
        """The page naming the files left out, before the papers (right after the 次第); its number of pages."""
        if not self.left_out:
            return 0
        page = document("materials_left_out", LEFT_OUT_TITLE, council, [
            title(LEFT_OUT_TITLE),
            para("次の資料は読み込めなかったため含まれていません:", indent=False),
            items_list([f"{label} ({reason})" for label, reason in self.left_out]),
            para("事務局に元のファイルを確認してください。", indent=False),
        ])
        return self.insert_front(to_pdf(dict(page, bound=True)), LEFT_OUT_TITLE)

    def insert_agenda(self, build_agenda, front):
        """The 次第 first, listing each paper with the page of the bound copy it starts on. Its own length
        moves every paper's page, so it is laid out again until the pages it names are those it leaves."""
        pages, data = 1, None
        for _ in range(4):
            listed = [(number, paper, pages + front + start + 1) for number, paper, start in self.papers]
            data = to_pdf(dict(build_agenda(listed), bound=True))
            length = len(PdfReader(io.BytesIO(data)).pages)
            if length == pages:
                break
            pages = length
        self.insert_front(data, "会議次第")

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
    from shingikai import publicity
    from shingikai.registers.agenda import materials_parts

    reading = DocumentReading(AnonymousUser(), full=False) if observers else None
    binder = _Binder()
    items = list(meeting.items.select_related("case").prefetch_related("case__attachments").order_by("order"))
    if not observers:
        # A member with an interest in a case (除斥) gets none of its papers; its item stays on the agenda.
        items = [item for item in items if not access.excluded_from_item(reader, item.case_id, meeting.council_id)]
    if observers:
        items = [item for item in items if item.visible_to_public]
        # The observers' copy is also the public one (portal): a case the public may not read (heard closed at
        # another meeting, withdrawn) is left out though its item here is public.
        public_cases = set(publicity.cases().filter(pk__in=[i.case_id for i in items if i.case_id])
                           .values_list("pk", flat=True))
        items = [item for item in items if item.case_id is None or item.case_id in public_cases]
    registers = {} if observers else materials_parts(
        meeting, [i for i in items if i.case is None and i.kind != AgendaItem.Kind.PROCEDURAL], reader)
    files = {item.case_id: [a for a in item.case.attachments.all() if a.is_public or not observers]
             for item in items if item.case_id}
    papers = binding_order(meeting, items, drafts=not observers, files=files,
                           registered={pk: sheet_files for pk, (_, sheet_files) in registers.items()})
    for paper in papers:
        item = paper.item
        if paper.kind == "file":
            binder.append_file(paper.source, f"{item.title} {paper.source.title}", paper.title)
            continue
        if paper.kind == "minutes":
            # The drafts to be confirmed, bound for the members; never for observers (a draft is not public).
            doc, label = context.minutes(paper.source.meeting_id), f"{item.title} ({paper.source.meeting.label})"
        elif paper.kind == "register":
            doc, label = registers[item.pk][0], item.title
        else:
            doc, label = context.shimonsho(item.case_id, reading=reading), item.title
        binder.append_document(paper.number, doc, label, paper.title)
    front = binder.insert_left_out(meeting.council)
    binder.insert_agenda(lambda listed: context.agenda(meeting.pk, reading=reading, bound=listed), front)
    binder.number_pages()
    out = io.BytesIO()
    binder.writer.write(out)
    audience = "傍聴人用" if observers else "委員用"
    return f"会議資料_{meeting.short_label}_{audience}.pdf", out.getvalue()
