"""Document dicts (context/) → an editable DOCX (python-docx).

The secretariat edits these in Word, so they use the fonts every municipal PC has (ＭＳ 明朝 / ＭＳ ゴシック)
rather than embedding any; the PDF is the print-ready version.
"""
from __future__ import annotations

import datetime as dt
import io
import unicodedata

from django.utils import timezone
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from shingikai.jp.text import BRACKETED

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"
BODY_PT = 10.5
ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT, "": None}


def _set_fonts(target, family):
    """Name the font for every script: Word picks East Asian text's face from w:eastAsia only."""
    target.font.name = family
    element = getattr(target, "_element", None)
    if element is None:
        element = target.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


TEXT_WIDTH_PT = Mm(168).pt


def _keep_brackets(line, size):
    """A title line with a line break (w:br) before each short bracketed group 「（諮問）」 that would otherwise
    be split at the end of a line. Word has no keep-together for part of a line; the no-width joiners that
    did it stayed in the text (a search for 要点記録 failed, screen readers and copies carried them)."""
    def width(text):
        return sum(size / 2 if unicodedata.east_asian_width(ch) in "NaH" else size for ch in text)

    pieces, column, last = [], 0.0, 0
    for m in BRACKETED.finditer(line):
        before, group = line[last:m.start()], m.group(0)
        column = (column + width(before)) % TEXT_WIDTH_PT
        if column and column + width(group) > TEXT_WIDTH_PT:
            before, column = before.rstrip() + "\n", 0.0
        pieces += [before, group]
        column += width(group)
        last = m.end()
    return "".join(pieces) + line[last:]


def _clip(text, limit=255):
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _run(paragraph, text, *, gothic=False, size=None, color=None):
    lines = (text or "").split("\n")
    run = None
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if gothic:
            _set_fonts(run, GOTHIC)
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = color
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    return run


def _japanese_by_default(document):
    """The default run language ja-JP: python-docx's template says en-US, so Word proofs the text as English
    and a screen reader may choose an English voice (docProps' dc:language is not what either reads)."""
    rpr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "ja-JP")
    lang.set(qn("w:eastAsia"), "ja-JP")


class Writer:
    def __init__(self, doc: dict):
        self.doc = doc
        self.document = Document()
        self._setup()

    def _setup(self):
        document = self.document
        _japanese_by_default(document)
        normal = document.styles["Normal"]
        _set_fonts(normal, MINCHO)
        normal.font.size = Pt(BODY_PT)
        normal.paragraph_format.space_after = Pt(2)
        normal.paragraph_format.line_spacing = 1.15
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
            style = document.styles[name]
            _set_fonts(style, GOTHIC)
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.font.bold = False
            style.font.italic = False
        document.styles["Heading 1"].font.size = Pt(12)
        document.styles["Heading 2"].font.size = Pt(11)
        document.styles["Heading 3"].font.size = Pt(10.5)
        section = document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(22), Mm(24)
        section.left_margin, section.right_margin = Mm(22), Mm(20)
        self._footer(section)
        if self.doc["draft"]:
            self._watermark(section)
        core = document.core_properties
        # Word's document properties hold at most 255 characters; a 500-character 件名 must still print.
        core.title = _clip(self.doc["title"])
        core.author = core.last_modified_by = _clip(self.doc["footer"])
        core.language = "ja-JP"
        # Not python-docx's template's: created 2013, 「generated by python-docx」, and its blank preview image,
        # which Explorer and Finder would show for every official document. The day it was made, not the second,
        # so that the same document made twice is the same file.
        made = dt.datetime.combine(timezone.localdate(), dt.time(), tzinfo=timezone.get_current_timezone())
        core.created = core.modified = made.astimezone(dt.timezone.utc)
        core.comments = core.keywords = core.subject = ""
        core.revision = 1
        package = document.part.package
        for key, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package.rels.pop(key)

    def _footer(self, section):
        footer = section.footer
        page = footer.paragraphs[0]
        page.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page.add_run("- ")
        self._field(page, "PAGE")
        page.add_run(" -")
        name = footer.add_paragraph()
        name.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(name, self.doc["footer"], gothic=True, size=7.5)

    @staticmethod
    def _field(paragraph, code):
        run = paragraph.add_run()
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {code} "
        separate = OxmlElement("w:fldChar")
        separate.set(qn("w:fldCharType"), "separate")
        shown = OxmlElement("w:t")
        shown.text = "1"
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        for element in (begin, instr, separate, shown, end):
            run._r.append(element)

    def _watermark(self, section):
        """Word's own kind of watermark (a VML text shape in the header), so the secretariat can remove it
        the usual way; plus 「（案）」 in the header as plain text that survives any converter."""
        header = section.header
        paragraph = header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(paragraph, "（案）", gothic=True, size=10, color=RGBColor(0xC0, 0, 0))
        shape = parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/></v:shapetype>'
            '<v:shape id="ShingikaiDraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:300pt;height:300pt;rotation:330;'
            'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
            'mso-position-vertical:center;mso-position-vertical-relative:margin" '
            'fillcolor="#f4c7c7" stroked="f"><v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;{GOTHIC}&quot;;font-size:1pt" string="案"/>'
            "</v:shape></w:pict></w:r>"
        )
        paragraph._p.append(shape)

    # --- blocks ----------------------------------------------------------------------------------

    def write(self) -> bytes:
        body = self.document
        for block in self.doc["blocks"]:
            getattr(self, f"b_{block['type']}")(body, block)
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    def _para(self, container, text="", *, align="", gothic=False, size=None, indent=False, hanging=False,
              keep=False, space_after=None):
        paragraph = container.add_paragraph()
        if ALIGN.get(align) is not None:
            paragraph.alignment = ALIGN[align]
        fmt = paragraph.paragraph_format
        if indent:
            fmt.first_line_indent = Pt(BODY_PT)
        if hanging:
            fmt.left_indent = Pt(BODY_PT)
            fmt.first_line_indent = Pt(-BODY_PT)
        if keep:
            fmt.keep_together = True
        if space_after is not None:
            fmt.space_after = Pt(space_after)
        if text:
            _run(paragraph, text, gothic=gothic, size=size)
        return paragraph

    def b_title(self, container, block):
        for i, line in enumerate(block["lines"]):
            size = 15 if i == 0 else 12
            self._para(container, _keep_brackets(line, size), align="center", gothic=True, size=size,
                       space_after=8 if i == len(block["lines"]) - 1 else 2)

    def b_right(self, container, block):
        for line in block["lines"]:
            self._para(container, line, align="right", space_after=0)
        self._para(container, "", space_after=4)

    def b_left(self, container, block):
        for line in block["lines"]:
            self._para(container, line, space_after=0)
        self._para(container, "", space_after=4)

    def b_heading(self, container, block):
        if container is self.document:
            self.document.add_heading(block["text"], level=block["level"])
        else:
            self._para(container, block["text"], gothic=True, size=10.5)

    def b_para(self, container, block):
        size = {"large": 14, "small": 9}.get(block.get("size") or "", None)
        for line in block["lines"]:
            paragraph = self._para(container, line, align=block.get("align", ""), indent=block.get("indent"), size=size)
            paragraph.paragraph_format.keep_with_next = bool(block.get("keep_with_next")) or None

    def b_entry(self, container, block):
        paragraph = self._para(container, f"{block['number']}\t{block['text']}")
        fmt = paragraph.paragraph_format
        fmt.left_indent = Pt(2 * BODY_PT)
        fmt.first_line_indent = Pt(-2 * BODY_PT)
        fmt.tab_stops.add_tab_stop(Pt(2 * BODY_PT))

    def b_note(self, container, block):
        paragraph = self._para(container, block["text"], gothic=True, size=9)
        paragraph.paragraph_format.left_indent = Pt(BODY_PT)

    def b_list(self, container, block):
        for item in block["items"]:
            self._para(container, f"・{item}" if block.get("bullet", True) else item, hanging=True, space_after=1)

    def b_turn(self, container, block):
        paragraph = self._para(container, hanging=True, keep=len(block["text"]) < 600)
        _run(paragraph, block["label"], gothic=True)
        _run(paragraph, block["text"])

    def b_pagebreak(self, container, block):
        paragraph = container.add_paragraph()
        paragraph.add_run().add_break(WD_BREAK.PAGE)

    def _table(self, container, columns, widths):
        table = container.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        total = Mm(168)
        self._widths = [int(total * w / sum(widths)) for w in widths]
        # LibreOffice reads the grid, Word the cells: set both.
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), self._widths):
            col.set(qn("w:w"), str(int(width / 635)))
        return table

    def _row(self, table, cells, *, header=False, shade=None):
        row = table.add_row()
        if header:
            # Repeat at the top of every page, as the PDF does with <thead>.
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))
        for cell, value, width in zip(row.cells, cells, self._widths):
            cell.width = width
            values = value if isinstance(value, list) else [value]
            first = cell.paragraphs[0]
            for i, text in enumerate(values):
                paragraph = first if i == 0 else cell.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(0)
                if header:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _run(paragraph, text, gothic=header or shade is not None, size=9.5)
            if header or shade:
                cell._tc.get_or_add_tcPr().append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade or "E8E8E8"}"/>'))
        return row

    def b_fields(self, container, block):
        table = self._table(container, 2, block["widths"])
        for row in block["rows"]:
            self._row(table, [row["label"], row["values"]], shade=None if block["plain"] else "F2F2F2")
        if block["plain"]:
            table.style = None
        self._para(container, "", space_after=2)

    def b_table(self, container, block):
        table = self._table(container, len(block["header"]), block["widths"])
        self._row(table, block["header"], header=True)
        for row in block["rows"]:
            self._row(table, row)
        self._para(container, "", space_after=2)

    def b_framed(self, container, block):
        table = self._table(container, 1, [100])
        self._row(table, [block["header"]], header=True)
        cell = table.add_row().cells[0]
        cell.width = self._widths[0]
        for inner in block["blocks"]:
            getattr(self, f"b_{inner['type']}")(cell, inner)
        # add_row() leaves an empty first paragraph in the cell; drop it when content followed.
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) > 1:
            first._p.getparent().remove(first._p)
        self._para(container, "", space_after=2)

    def b_signature(self, container, block):
        self._para(container, "", space_after=12)
        self._para(container, block["intro"], indent=True, keep=True)
        for signer in block["signers"]:
            role = self._para(container, signer["role"], keep=True, space_after=0)
            role.paragraph_format.left_indent = Mm(70)
            role.paragraph_format.space_before = Pt(14)
            role.paragraph_format.keep_with_next = True
            name = self._para(container, f"　　{signer['name']}", size=12, space_after=0)
            name.paragraph_format.left_indent = Mm(70)
            name.paragraph_format.keep_with_next = True
            signed = self._para(container, signer["signed_on"], align="right", size=8.5)
            signed.paragraph_format.left_indent = Mm(70)


def to_docx(doc: dict) -> bytes:
    return Writer(doc).write()
