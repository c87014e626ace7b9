"""Document dicts (context/) → A4 PDF through WeasyPrint, with the Japanese fonts embedded as subsets."""
from __future__ import annotations

import atexit
import logging
import threading
from importlib import resources

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from . import fonts

_lock = threading.Lock()
_cache: dict = {}
# The font configuration cleans up through cffi in its __del__; at interpreter exit that must happen
# before cffi is torn down, or Python prints an ignored TypeError.
atexit.register(_cache.clear)


class _DropUnsupported(logging.Filter):
    """WeasyPrint warns once per parse about `line-break`, which the stylesheet keeps on purpose."""

    def filter(self, record):
        return "line-break" not in record.getMessage()


def _stylesheet():
    """The parsed stylesheet and its font configuration, built once per process: parsing the
    @font-face rules registers the font files, which is the slow part of a first render."""
    if "css" not in _cache:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        font_config = FontConfiguration()
        source = fonts.font_face_css() + "\n" + (
            resources.files("shingikai.documents") / "templates" / "documents" / "document.css"
        ).read_text(encoding="utf-8")
        log = logging.getLogger("weasyprint")
        quiet = _DropUnsupported()
        log.addFilter(quiet)
        try:
            css = CSS(string=source, font_config=font_config)
        finally:
            log.removeFilter(quiet)
        _cache["css"] = css
        _cache["font_config"] = font_config
    return _cache["css"], _cache["font_config"]


def css_string(text: str) -> str:
    """A CSS string literal; also safe inside <style> (no `<`)."""
    escaped = (text or "").replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("<", "\\3c ")
    return f'"{escaped}"'


def to_html(doc: dict) -> str:
    return render_to_string("documents/document.html", {"doc": doc, "footer_css": mark_safe(css_string(doc["footer"]))})


def to_pdf(doc: dict) -> bytes:
    from weasyprint import HTML

    html = to_html(doc)
    # WeasyPrint shares font state (fontconfig, Pango) between renders; one render at a time.
    with _lock:
        css, font_config = _stylesheet()
        # Tagged (headings, tables, reading order for a screen reader); the language (/Lang) comes from
        # <html lang> and the title from <title>.
        return HTML(string=html).write_pdf(stylesheets=[css], font_config=font_config, pdf_tags=True)
