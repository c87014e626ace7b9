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
from pathlib import Path

from shingikai import filetypes, officefiles

from .errors import MinutesImportError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A .docx's bounds (parts, inflated sizes) are officefiles.py's, shared with attachments.
PDF_MAX_PAGES = 2000
PDF_MAX_TEXT_CHARS = 20 * 1024 * 1024

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
_NOT_MINUTES_HINT = "会議録のテキスト (.txt/.md)、HTML、PDF、Word (.docx) のファイルを選んでください"


def read_minutes_file(path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Read ``path`` and return its text, or raise MinutesImportError with the reason."""
    p = Path(path)
    try:
        if not p.exists():
            raise MinutesImportError("ファイルが見つかりません")
        if p.is_dir():
            raise MinutesImportError("フォルダです。ファイルを指定してください")
        size = p.stat().st_size
        if size == 0:
            raise MinutesImportError("ファイルが空です")
        if max_bytes and size > max_bytes:
            raise MinutesImportError(_too_large(size, max_bytes))
        data = p.read_bytes()
    except OSError as exc:
        raise MinutesImportError(f"ファイルを読めません ({exc.strerror or exc})") from None
    if not data:
        raise MinutesImportError("ファイルが空です")
    if max_bytes and len(data) > max_bytes:
        raise MinutesImportError(_too_large(len(data), max_bytes))
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
        raise MinutesImportError("ファイルに文字がありません")
    return text


def _too_large(size, limit):
    return f"ファイルが大きすぎます ({size:,} バイト、上限 {limit:,} バイト)"


def _sniff(data: bytes, suffix: str) -> str:
    kind = filetypes.sniff(data[:1024])
    if kind == "pdf":
        return "pdf"
    if kind == "zip":
        return "docx"
    if kind == "ole":
        raise MinutesImportError("古い形式の Office ファイル (.doc/.xls) は読めません。.docx か PDF で保存し直してください")
    if kind:
        # Files people pick by mistake, named by what they are (whatever the file is called).
        raise MinutesImportError(f"会議録ではなく{filetypes.label(kind)}です。{_NOT_MINUTES_HINT}")
    if suffix == ".pdf":
        raise MinutesImportError("PDF ファイルではありません (%PDF の見出しがありません)")
    if suffix == ".docx":
        raise MinutesImportError("Word (.docx) ファイルではありません (ZIP 形式ではありません)")
    if suffix == ".doc":
        raise MinutesImportError("古い形式の Word (.doc) は読めません。.docx で保存し直してください")
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
            raise MinutesImportError("UTF-16 のテキストが壊れています") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise MinutesImportError(f"バイナリファイル (NUL 文字を含む) で、テキストではありません。{_NOT_MINUTES_HINT}")
        return _check_text(utf16)
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
    raise MinutesImportError(
        f"バイナリファイルか、読めない文字コードです (UTF-8、Shift_JIS/CP932、EUC-JP、UTF-16 が読めます)。{_NOT_MINUTES_HINT}")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: text whose every other byte is mostly NUL (ASCII, line
    breaks) or, for Japanese, whose code units fall in the kana/kanji blocks. Try both byte orders."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:20000]
    even_nul, odd_nul = sample[0::2].count(0), sample[1::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if odd_nul >= even_nul else ("utf-16-be", "utf-16-le")
    best, best_score = None, 0
    for encoding in orders:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_control(text):
            continue
        score = _japanese_score(text[:20000]) + len(re.findall(r"[A-Za-z0-9 \n]", text[:20000]))
        if score > best_score:
            best, best_score = text, score
    return best


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
        raise MinutesImportError(f"バイナリファイル (制御文字を含む) で、テキストではありません。{_NOT_MINUTES_HINT}")
    if not allow_replacements and _garbled(text):
        raise MinutesImportError("テキストが壊れています (読めない文字が多すぎます)")
    return text


def _garbled(text: str) -> bool:
    """Whether replacement characters spoil the text, not just a line of it.

    A text read in the wrong encoding has them everywhere. A page copied from a minutes site often carries one
    line of them (a search banner its site wrote in another encoding) above a clean record: that line is noise
    the reader passes over, and the record is still read."""
    if text.count("\ufffd") <= max(8, len(text) // 50):
        return False
    counts = [(line.count("\ufffd"), len(line.strip())) for line in text.splitlines() if line.strip()]
    # A line mostly of replacement characters is a banner; replacements scattered in prose are the text's own.
    noise = sum(1 for count, length in counts if count * 3 >= length)
    if noise > max(1, len(counts) // 10):
        return True
    rest = sum(count for count, length in counts if count * 3 < length)
    return rest > max(8, len(text) // 50)


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
        raise MinutesImportError("HTML の入れ子が深すぎて読めません") from None
    except Exception as exc:  # html.parser raises assorted errors on hostile markup
        raise MinutesImportError(f"HTML が壊れています ({type(exc).__name__})") from None
    if not re.search(r"[^\W\d_]", out):
        raise MinutesImportError("HTML が壊れています: 読める文字がありません (途中で切れているか、タグが対応していません)")
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
        raise MinutesImportError("PDF を読む部品 (pypdf) がインストールされていません") from None
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise MinutesImportError("暗号化された PDF です (パスワードが必要です)")
            except MinutesImportError:
                raise
            except Exception:
                raise MinutesImportError("暗号化された PDF で、開けません") from None
        # The page tree's own count first: flattening a tree of thousands of pages is itself slow.
        count = _declared_pages(reader)
        if count <= PDF_MAX_PAGES:
            count = len(reader.pages)
        if count > PDF_MAX_PAGES:
            raise MinutesImportError(f"PDF のページが多すぎます ({count:,} ページ、上限 {PDF_MAX_PAGES:,} ページ)")
        pages, length = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            length += len(pages[-1])
            if length > PDF_MAX_TEXT_CHARS:
                raise MinutesImportError(f"PDF の文字が多すぎます (上限 {PDF_MAX_TEXT_CHARS:,} 文字)")
    except MinutesImportError:
        raise
    except RecursionError:
        raise MinutesImportError("PDF が壊れています (構造が循環しています)") from None
    except Exception as exc:
        raise MinutesImportError(f"PDF が壊れているか読めません ({type(exc).__name__})") from None
    finally:
        logger.setLevel(previous)
    if not pages:
        raise MinutesImportError("PDF にページがありません")
    text = "\f".join(pages)
    if _misread(text):
        # pypdf misreads some fonts whose characters are mapped through an embedded CMap (as WeasyPrint
        # writes them, for one): PDFium, the reader of Chromium, maps them through their ToUnicode.
        text = _pdfium_text(data)
        if _misread(text):
            raise MinutesImportError("PDF の文字を読み取れませんでした (文字化けします)。作成元のソフトでテキスト "
                                     "(.txt) か Word (.docx) に保存して取り込んでください")
    visible = re.sub(r"\s", "", text)
    if not visible:
        raise MinutesImportError("スキャンした画像の PDF です (文字の層がありません)。文字認識 (OCR) が必要です")
    unmapped = visible.count("\ufffd") + len(re.findall(r"[\ue000-\uf8ff]", visible))
    if unmapped > len(visible) * 0.3:
        raise MinutesImportError("PDF の文字を Unicode に対応付けられません (ToUnicode のないフォント)。文字認識 (OCR) が必要です")
    return text


# What a misread PDF font yields: control characters and the Latin-1 / spacing-modifier letters of its glyph
# codes taken as characters, where Japanese minutes have almost none of either.
_MISREAD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\u02ff]")


def _misread(text: str) -> bool:
    visible = re.sub(r"\s", "", text)
    return bool(visible) and len(_MISREAD.findall(visible)) > len(visible) * 0.3


def _pdfium_text(data: bytes) -> str:
    try:
        import pypdfium2
    except ImportError:  # pragma: no cover - a declared dependency
        raise MinutesImportError("PDF を読む部品 (pypdfium2) がインストールされていません") from None
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise MinutesImportError(f"PDF が壊れているか読めません ({exc})") from None
    try:
        if len(document) > PDF_MAX_PAGES:
            raise MinutesImportError(f"PDF のページが多すぎます ({len(document):,} ページ、上限 {PDF_MAX_PAGES:,} ページ)")
        pages, length = [], 0
        for page in document:
            pages.append(page.get_textpage().get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            length += len(pages[-1])
            if length > PDF_MAX_TEXT_CHARS:
                raise MinutesImportError(f"PDF の文字が多すぎます (上限 {PDF_MAX_TEXT_CHARS:,} 文字)")
    finally:
        document.close()
    return "\f".join(pages)


def _declared_pages(reader) -> int:
    try:
        return int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except Exception:  # a damaged tree is left to len(reader.pages), which fails in its own way
        return 0


# --- DOCX -----------------------------------------------------------------

def _docx_text(data: bytes, max_bytes: int | None) -> str:
    try:
        officefiles.check_package(io.BytesIO(data), ".docx")
    except officefiles.PackageRefused as refused:
        hint = f"。{_NOT_MINUTES_HINT}" if refused.wrong_kind else ""
        raise MinutesImportError(refused.reason + hint) from None
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
        raise MinutesImportError(f"Word (.docx) ファイルが壊れています ({type(exc).__name__})") from None
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
