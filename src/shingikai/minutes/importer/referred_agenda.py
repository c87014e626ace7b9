"""A header field that sends the reader on: 第4 議 事 (次のとおり), 6 会議に付した事件 別紙次第書のとおり.

The value of such a field names no case: it says the business is set out below or on another sheet. What
follows it on the line (the body's own heading, 議 事, printed again) is no title either, so the field is had
as empty and the cases are looked for where it points.
"""
from __future__ import annotations

import re

_REFERRAL = re.compile(r"^[ \t\u3000]*[(（]?(?:次|下記|以下|別紙|別添|別記)[^()（）。\s]{0,6}の?(?:とおり|通り)[)）]?(?:[ \t\u3000]|$)")


def refers_elsewhere(block: list[str]) -> bool:
    """Whether an agenda field's first line only points to where the business is set out."""
    first = next((line for line in block if line.strip(" \t\u3000")), "")
    return bool(_REFERRAL.match(first))
