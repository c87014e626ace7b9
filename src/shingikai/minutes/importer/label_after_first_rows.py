"""A roster's label printed after its first rows: 委員長 北野一郎   副委員長 南田 健 出席委員   委員  東山花子   委員 ….

An assembly's minutes system sets the 出席委員 label in the middle of its cell's height; flattened onto one line, the
rows above the middle come before the label and the field reader never sees them. Where the label stands between
office-and-name entries, with entries (one to four) before it and entries after it, the label is put back before the
first of them. Anything else before the label (a field's value, a sentence) leaves the line as it is.
"""
from __future__ import annotations

import re

_SP = r"[ \t\u3000]"
_OFFICE = r"(?:副?委員長|委員)"
_NAME = r"[一-龥々豈-﫿ヶ]{1,4}(?: [一-龥々豈-﫿ヶ]{1,3})?"
_ENTRY = rf"{_OFFICE}{_SP}+{_NAME}{_SP}+"
_LABEL_AFTER_ROWS = re.compile(
    rf"(?:(?<={_SP}{_SP})|^)(?P<rows>(?:{_ENTRY}){{1,4}})(?P<label>出席委員)(?={_SP}+{_OFFICE}{_SP}+{_NAME}(?:{_SP}|$))"
)


def label_before_first_rows(lines: list[str]) -> list[str]:
    """Each line with the label put back before the roster's first rows (see the module)."""
    return [_LABEL_AFTER_ROWS.sub(lambda m: f"{m.group('label')}   {m.group('rows')}", line) if "出席委員" in line else line
            for line in lines]
