"""A document-sharing site's frame around a PDF's text (Comments / Description / Transcript / caption / text).

One site that republishes PDFs opens each page with its tabs, Comments, Description and Transcript, then the caption it
gave the document, sometimes a guess from another page (審議結果(案) - 電子政府の総合窓口e), then the text. The caption is no
line of the minutes, and a text layer that runs on from it makes the title read as one line with it; it is dropped.
Only a text that opens with the three tabs, one a line, is touched (other sites' frames, with by user / views before
the tabs, repeat the document's own first line after them, which is kept).
"""
from __future__ import annotations

_TABS = ["Comments", "Description", "Transcript"]


def shared_document_chrome_dropped(lines: list[str]) -> list[str]:
    filled = [k for k, line in enumerate(lines[:40]) if line.strip(" \t\u3000")]
    if len(filled) < len(_TABS) + 2 or [lines[k].strip() for k in filled[:len(_TABS)]] != _TABS:
        return lines
    caption = filled[len(_TABS)]
    return lines[:caption] + lines[caption + 1:]
