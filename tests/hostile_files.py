"""Hostile and mistaken uploads, built in memory: shared by tests/test_import_hostile.py and
benchmarks/bench_import.py so that both look at the same files."""
import io
import struct
import zipfile
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
REAL_DOCX = FIXTURES / "minami-circle.docx"


def _docx_with(extra_part, size, *, chunk=b"<w:p/>" * 10_000):
    """The fixture .docx with one part replaced (or added) by `size` bytes of compressible XML,
    written in chunks so that building a large bomb needs little memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(REAL_DOCX) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != extra_part:
                target.writestr(info, source.read(info))
        with target.open(extra_part, "w", force_zip64=size > 2**31) as part:
            written = 0
            while written < size:
                piece = chunk[: size - written]
                part.write(piece)
                written += len(piece)
    return buffer.getvalue()


def docx_inflated_document(size):
    """word/document.xml inflating to `size` bytes."""
    return _docx_with("word/document.xml", size)


def docx_inflated_styles(size):
    """A part other than document.xml (styles.xml) inflating to `size` bytes."""
    return _docx_with("word/styles.xml", size)


def docx_lying_sizes(size, declared=1000):
    """A part whose headers declare `declared` bytes while its data inflates to `size`."""
    data = bytearray(_docx_with("word/styles.xml", size))
    name = b"word/styles.xml"
    # Central directory entry: signature, then uncompressed size at offset 24; local header at 22.
    for signature, offset, name_at in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_at:start + name_at + len(name)] == name:
                struct.pack_into("<I", data, start + offset, declared)
            start += 4
    return bytes(data)


def docx_many_parts(count):
    buffer = io.BytesIO()
    with zipfile.ZipFile(REAL_DOCX) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        for n in range(count):
            target.writestr(f"customXml/extra{n}.xml", "<a/>")
    return buffer.getvalue()


def pdf_pages(count, *, password=None, owner_password=None, title=None):
    """A PDF of ``count`` blank pages (``title`` in its metadata, to tell one file from another); with
    ``password`` one that asks for it to open (what many offices do to a 仕様書), with only ``owner_password``
    one that opens but restricts printing or copying."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=595, height=842)
    if title:
        writer.add_metadata({"/Title": title})
    if password is not None or owner_password is not None:
        writer.encrypt(password or "", owner_password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


#: A download cut short: it starts as a PDF and holds nothing more.
DAMAGED_PDF = b"%PDF-1.7\nthis is not really a pdf"


def png():
    """The first bytes of a real PNG image, then pixel data."""
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02" + bytes(range(256)) * 8


def zip_archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("minutes.txt", (FIXTURES / "minami-circle.txt").read_text(encoding="utf-8"))
    return buffer.getvalue()


def utf16_without_bom(byteorder="le"):
    return (FIXTURES / "minami-circle.txt").read_text(encoding="utf-8").encode(f"utf-16-{byteorder}")


def blank_run_roster(blanks):
    """Minutes whose roster line holds one run of `blanks` spaces between two names (a PDF's padding gone wild)."""
    return ("北野市情報公開審議会 会議録\n日時 令和6年7月1日 午前10時\n出席委員 北野一郎" + " " * blanks
            + "南田健\n○会長 開会します。\n").encode("utf-8")


def run_on_lines(count):
    """Minutes whose every line runs on into the next (no sentence ends at a line's end): one paragraph of `count` lines."""
    line = "委員から資料の内容について質問があり、事務局から説明 した。計画の進め方について説明した。委員から質問が"
    return ("北野市情報公開審議会 会議録\n" + "\n".join([line] * count) + "\n").encode("utf-8")


def docx_truncated():
    """The fixture .docx cut off halfway, as an interrupted download leaves it: it still starts with PK."""
    data = REAL_DOCX.read_bytes()
    return data[: len(data) // 2]


def docx_without(part):
    """The fixture .docx with one required part (say [Content_Types].xml) left out."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(REAL_DOCX) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != part:
                target.writestr(info, source.read(info))
    return buffer.getvalue()


def docx_replacing(part, data):
    """The fixture .docx with one part's content replaced by `data` (bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(REAL_DOCX) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, data if info.filename == part else source.read(info))
    return buffer.getvalue()


def xlsx_minimal():
    """The smallest package a spreadsheet program reads as a workbook: its content types and workbook part."""
    buffer = io.BytesIO()
    # Dated, so that two calls give the same bytes.
    day = (2025, 4, 1, 0, 0, 0)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", day),
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr(zipfile.ZipInfo("xl/workbook.xml", day),
                         '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    return buffer.getvalue()
