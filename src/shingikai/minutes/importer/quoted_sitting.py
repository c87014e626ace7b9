"""A sitting named in quotes by the sentence that reports it (「令和4年度北山町水防協議会」を開催しました).

A town's page about a meeting may carry no title line: its sentences say what was held, the sitting's full name in
corner brackets, its count or fiscal year before the body's name. That name is the record's own: it gives the
sitting's label, and the body's name where the page's prose was read as one (北山町では水防法と北山町水防協議会).
"""
from __future__ import annotations

import re

_QUOTED_SITTING = re.compile(
    r"「(?P<l>(?:(?:平成|令和|昭和)[0-9０-９元]{1,2}年度?)?(?:第[0-9０-９]{1,3}回)?)"
    r"(?P<b>[^「」。、\s]{2,30}?(?:協議会|委員会|審議会|審査会|懇話会|懇談会|会議))」を(?:開催|開き)")


def quoted_sitting(lines: list[str], reach: int = 40) -> tuple[str, str] | None:
    """(label, body) of the one sitting the page's sentences name in quotes; None where there is none or several."""
    found = {(m.group("l"), m.group("b")) for line in lines[:reach] for m in _QUOTED_SITTING.finditer(line)}
    if len(found) != 1:
        return None
    label, body = found.pop()
    return (label or None, body)


def council_from_quotes(council: str | None, sitting: tuple[str | None, str] | None) -> str | None:
    """The quoted body's name where the council read ends with it after words of a sentence (…では…と); else None."""
    if not council or not sitting:
        return None
    body = sitting[1]
    rest = council[:-len(body)] if council.endswith(body) and council != body else None
    return body if rest and re.search(r"[ぁ-ん]", rest) else None
