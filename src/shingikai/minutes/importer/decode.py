"""Step 1 of the pipeline: turn a minutes file of any supported format into plain text.

Councils publish minutes as text, Markdown, HTML, born-digital PDF or Word files, in
UTF-8 or the legacy Japanese encodings. Everything here ends in one ``str`` whose lines
follow the document's block structure; table rows become ``cell<TAB>cell`` lines so the
header tables of 会議録 stay readable as ``label<TAB>value``.
"""
from __future__ import annotations

import codecs
import io
import logging
import re
import zipfile
from pathlib import Path

from .errors import MinutesImportError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".tsv", ".csv", ".log"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}

_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|body|head|meta|p|div|table|br)\b", re.I)
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
# Characters that a wrong legacy decoding tends to produce: half-width katakana,
# private-use code points and the rarely used CJK compatibility block.
_SUSPECT = re.compile(r"[\uff61-\uff9f\ue000-\uf8ff\uf900-\ufaff\u0080-\u00ff]")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_minutes_file(path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Read ``path`` and return its text, or raise MinutesImportError with the reason."""
    p = Path(path)
    try:
        if not p.exists():
            raise MinutesImportError("file not found")
        if p.is_dir():
            raise MinutesImportError("is a directory, not a file")
        size = p.stat().st_size
        if size == 0:
            raise MinutesImportError("empty file")
        if max_bytes and size > max_bytes:
            raise MinutesImportError(f"file too large: {size:,} bytes (limit {max_bytes:,} bytes)")
        data = p.read_bytes()
    except OSError as exc:
        raise MinutesImportError(f"cannot read the file: {exc.strerror or exc}") from None
    if not data:
        raise MinutesImportError("empty file")
    if max_bytes and len(data) > max_bytes:
        raise MinutesImportError(f"file too large: {len(data):,} bytes (limit {max_bytes:,} bytes)")
    return bytes_to_text(data, p.suffix.lower(), max_bytes=max_bytes)


def bytes_to_text(data: bytes, suffix: str = "", max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Dispatch on content first (magic bytes beat a misleading extension), then on suffix."""
    kind = _sniff(data, suffix)
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data, max_bytes)
    elif kind == "html":
        text = _html_text(data)
    else:
        text = decode_text_bytes(data)
    if not text.strip():
        raise MinutesImportError("no text in the file")
    return text


def _sniff(data: bytes, suffix: str) -> str:
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return "docx"
    if data.startswith(_OLE_MAGIC):
        raise MinutesImportError("old binary Office format (.doc/.xls) is not supported; save it as .docx or PDF")
    if suffix == ".pdf":
        raise MinutesImportError("not a PDF file (no %PDF header)")
    if suffix == ".docx":
        raise MinutesImportError("not a Word .docx file (not a zip package)")
    if suffix == ".doc":
        raise MinutesImportError("old binary Word .doc format is not supported; save it as .docx")
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    # Unknown or missing extension: read it if it is plausibly text or HTML.
    if _HTML_SNIFF.search(data[:4096]):
        return "html"
    return "text"


def decode_text_bytes(data: bytes) -> str:
    """Decode text in UTF-8 (with or without BOM), UTF-16 with BOM, CP932, EUC-JP or ISO-2022-JP."""
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        try:
            return _check_text(body.decode("utf-8"))
        except UnicodeDecodeError:
            return _check_text(body.decode("utf-8", errors="replace"), allow_replacements=True)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise MinutesImportError("broken UTF-16 text") from None
    if b"\x00" in data:
        raise MinutesImportError("binary data (contains NUL bytes), not a text file")
    if b"\x1b$" in data and max(data) < 0x80:
        # ISO-2022-JP is 7-bit, so it would also pass as UTF-8 with escape codes left in.
        try:
            return _check_text(data.decode("iso2022_jp"))
        except UnicodeDecodeError:
            pass
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best, best_score = None, None
    for encoding in ("cp932", "euc_jp"):
        try:
            candidate = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(candidate)
        if best_score is None or score > best_score:
            best, best_score = candidate, score
    if best is not None and best_score > 0:
        return _check_text(best)
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return _check_text(guess)
    if best is not None:
        return _check_text(best)
    raise MinutesImportError("binary data or unknown encoding (not UTF-8, Shift_JIS/CP932 or EUC-JP)")


def _japanese_score(text: str) -> int:
    # Real Japanese prose is rich in hiragana; a wrong legacy decoding yields
    # half-width katakana, private-use and Latin-1 characters instead.
    return (
        2 * len(_HIRAGANA.findall(text))
        + len(_KATAKANA.findall(text))
        + len(_KANJI.findall(text))
        - 4 * len(_SUSPECT.findall(text))
        - 8 * len(_CONTROL.findall(text))
    )


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data).best()
    except Exception:  # the detector is a heuristic; any failure means "no guess"
        return None
    if match is None:
        return None
    text = str(match)
    return text if text and not _mostly_control(text) else None


def _mostly_control(text: str) -> bool:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def _check_text(text: str, allow_replacements: bool = False) -> str:
    if _mostly_control(text):
        raise MinutesImportError("binary data (control characters), not a text file")
    if not allow_replacements and text.count("\ufffd") > max(8, len(text) // 50):
        raise MinutesImportError("text is damaged (many undecodable characters)")
    return text


# --- HTML -----------------------------------------------------------------

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot",
    "ul", "title",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_HTML_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def _html_text(data: bytes) -> str:
    text = None
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        try:
            codecs.lookup(declared)
            text = _check_text(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            text = None
        except MinutesImportError:
            raise
    if text is None:
        text = decode_text_bytes(data)
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "html.parser")
        out = _render_html(soup)
    except RecursionError:
        raise MinutesImportError("HTML is nested too deeply to read") from None
    except Exception as exc:  # html.parser raises assorted errors on hostile markup
        raise MinutesImportError(f"broken HTML: {type(exc).__name__}") from None
    if not re.search(r"[^\W\d_]", out):
        raise MinutesImportError("broken HTML: no readable text (markup truncated or unbalanced)")
    return out


def _render_html(soup) -> str:
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    parts: list[str] = []
    # An explicit stack instead of recursion: malformed pages can nest thousands deep.
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            name = node.name
            if name in ("td", "th"):
                parts.append("\t")
            elif name == "dt":
                parts.append("\t")
            elif name in _BLOCK_TAGS or name in ("tr", "dd"):
                parts.append("\n")
            continue
        if isinstance(node, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        if isinstance(node, NavigableString):
            parent = node.parent.name if node.parent is not None else ""
            s = str(node)
            parts.append(s if parent == "pre" else _HTML_SPACE.sub(" ", s))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in _SKIP_TAGS:
            continue
        if name == "br":
            parts.append("\n")
            continue
        if name in _BLOCK_TAGS or name in ("tr", "dt", "dd"):
            parts.append("\n")
        stack.append((node, True))
        for child in reversed(list(node.children)):
            stack.append((child, False))
    lines = []
    for line in "".join(parts).split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells).strip(" "))
    return "\n".join(lines)


# --- PDF ------------------------------------------------------------------

def _pdf_text(data: bytes) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - a declared dependency
        raise MinutesImportError("PDF support (pypdf) is not installed") from None
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise MinutesImportError("encrypted PDF (a password is needed)")
            except MinutesImportError:
                raise
            except Exception:
                raise MinutesImportError("encrypted PDF that cannot be opened") from None
        pages = [(page.extract_text() or "") for page in reader.pages]
    except MinutesImportError:
        raise
    except RecursionError:
        raise MinutesImportError("damaged PDF (recursive structure)") from None
    except Exception as exc:
        raise MinutesImportError(f"damaged or unreadable PDF: {type(exc).__name__}") from None
    finally:
        logger.setLevel(previous)
    if not pages:
        raise MinutesImportError("PDF has no pages")
    text = "\f".join(pages)
    visible = re.sub(r"\s", "", text)
    if not visible:
        raise MinutesImportError("scanned PDF: text layer is empty, OCR is needed")
    unmapped = visible.count("\ufffd") + len(re.findall(r"[\ue000-\uf8ff]", visible))
    if unmapped > len(visible) * 0.3:
        raise MinutesImportError("PDF text layer has no Unicode mapping (fonts without ToUnicode); OCR is needed")
    return text


# --- DOCX -----------------------------------------------------------------

def _docx_text(data: bytes, max_bytes: int | None) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise MinutesImportError("damaged zip package, not a readable .docx") from None
    with archive:
        try:
            names = set(archive.namelist())
            info = archive.getinfo("word/document.xml") if "word/document.xml" in names else None
        except Exception:
            raise MinutesImportError("damaged zip package, not a readable .docx") from None
        if info is None or "[Content_Types].xml" not in names:
            raise MinutesImportError("a zip archive without word/document.xml (renamed zip?), not a Word .docx")
        # Guard against zip bombs: the XML of real minutes is a few MB at most.
        limit = max(64 * 1024 * 1024, (max_bytes or 0) * 20)
        if info.file_size > limit:
            raise MinutesImportError("Word document body is implausibly large (zip bomb?)")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines.extend(_docx_table_lines(block))
    except MinutesImportError:
        raise
    except Exception as exc:
        raise MinutesImportError(f"damaged .docx: {type(exc).__name__}") from None
    return "\n".join(lines)


def _docx_table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # Merged cells come back once per grid column; keep each once.
            key = id(cell._tc)
            if key in seen:
                continue
            seen.add(key)
            cells.append(cell.text.strip())
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            lines.append("\t".join(cells))
    return lines
