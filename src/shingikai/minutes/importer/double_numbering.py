"""An entry numbered twice: 1. (1) …の概要等 / 2. (2) 会長の選任.

A page whose list markup numbers its items (1.) over text that numbers them itself ((1)) prints both numbers,
the same one twice. Read as two numbers, the first is left an entry of its own with no title and ends up glued
onto the title above. Where the two agree, the entry keeps one of them.
"""
from __future__ import annotations

import re

_TWICE = re.compile(r"^(?P<lead>[ \t\u3000]*)(?P<n>[0-9０-９]{1,2})[.．][ \t\u3000]*[(（](?P<m>[0-9０-９]{1,2})[)）][ \t\u3000]*(?=\S)")


def one_number(line: str) -> str:
    """The line with a repeated number (N. (N)) given once, as N.; any other line as it is."""
    m = _TWICE.match(line)
    if m is None or int(m.group("n")) != int(m.group("m")):
        return line
    return f"{m.group('lead')}{m.group('n')}. {line[m.end():]}"
