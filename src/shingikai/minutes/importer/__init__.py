"""Import any council's published minutes (DESIGN §3.1).

The pipeline, one module per step:

    decode.read_minutes_file   bytes of .txt/.md/.html/.pdf/.docx → text
    clean.clean_text           page furniture, HTML leftovers, broken lines, spaced letters
    header / structure         header fields; body lines as turns, headings, markers
    parse.parse_text           turns → items → outcomes → the parsed-minutes object

``parse_file`` and ``parse_text`` raise only MinutesImportError for input they cannot use.
"""
from __future__ import annotations

from pathlib import Path

from .decode import DEFAULT_MAX_BYTES, read_minutes_file
from .errors import MinutesImportError
from .parse import parse_text

IMPORTER_VERSION = "1.0"

__all__ = ["IMPORTER_VERSION", "MinutesImportError", "parse_file", "parse_text", "read_minutes_file"]


def parse_file(path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> dict:
    """Read and parse one minutes file into the DESIGN §3.1 object."""
    text = read_minutes_file(path, max_bytes=max_bytes)
    return parse_text(text, filename=Path(path).name)
