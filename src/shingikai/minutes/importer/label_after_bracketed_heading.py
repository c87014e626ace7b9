"""A bracketed heading run onto the first label under it (【委員の質問・意見】 委員)当初予算を超える…).

A summary copied as one paragraph per part may put the part's heading in lenticular brackets and its first remark on
the same line, after a blank. Where what follows the blank opens with a label its own delimiter closes (委員) / 委員: /
(委員)) and names a speaker by the strict rule, with words after it, the line is cut after the heading.
"""
from __future__ import annotations

import re

from .speakers import match_label, strict_role

_HEADING_THEN_REST = re.compile(r"^(?P<head>[ \t\u3000]*【[^】]{1,30}】)[ \t\u3000]+(?P<rest>\S.*)$")
_DELIMITED = ("close", "colon", "paren")
# 【議題等についての質問・意見】: a heading that names the agenda's business reads as a case of its own once alone on its
# line; it is left whole, its remark after it as the record printed it.
_BUSINESS_WORD = re.compile(r"案件|事項|議題|議事|諮問|報告|審議")


def label_after_bracketed_heading(line: str) -> list[str]:
    """``line`` cut after a bracketed heading that runs on into a delimited label; else ``[line]``."""
    m = _HEADING_THEN_REST.match(line) if line.lstrip(" \t\u3000").startswith("【") else None
    if m is None or _BUSINESS_WORD.search(m.group("head")):
        return [line]
    rest = m.group("rest")
    for family in _DELIMITED:
        lm = match_label(rest, family)
        if lm is not None and lm.text and not lm.needs_speech and strict_role(lm.label):
            return [m.group("head"), rest]
    return [line]
