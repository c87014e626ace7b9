"""The sitting's 議長 named in narration by surname and office (議長を北野会長に決定 / 北野会長議長に就任), or the chair
given its office by the members' decision (会長を北野委員、副会長を南田委員に決定).

A body whose rules make its 会長 (or 委員長) preside records the step once: the 議長 decided to be, or taking the seat
as, a surname and that office. The chair is the one member of the roster by that surname; a surname no member bears,
or two members bear, names no one for certain.
"""
from __future__ import annotations

import re

_SURNAME = r"[一-龥々ヶ豈-﫿]{1,4}?"
_OFFICE = r"(?<!副)(?:会長|委員長|座長)"
_PRESIDING = re.compile(
    rf"議長を(?:、)?(?P<a>{_SURNAME}){_OFFICE}に(?:決定|選出|選任|指名)"
    rf"|(?:^|(?<=[\s、。]))(?P<b>{_SURNAME}){_OFFICE}(?:が)?(?:、)?議長に就任"
    rf"|(?:^|(?<=[\s、。「]))(?<!副){_OFFICE}を(?P<c>[一-龥々ヶ豈-﫿]{{1,6}}?)委員(?=[、,，に](?:[^。]*?)(?:決定|選出|選任))"
)


def presiding_officer_named(lines: list[str], members: list[str]) -> str | None:
    """The member named 議長 by surname and office, where one member of ``members`` has that surname."""
    for line in lines:
        if "議長" not in line and "を" not in line:
            continue
        for m in _PRESIDING.finditer(line):
            surname = m.group("a") or m.group("b") or m.group("c")
            matches = [p for p in members if p.startswith(surname)]
            if len(matches) == 1:
                return matches[0]
    return None


# また、北野会長から…伝えられた / 北野会長より挨拶: the chair as the narration names them, surname and office, acting.
_OFFICE_ACTS = re.compile(rf"(?:^|(?<=[\s、。「(（]))(?P<n>{_SURNAME}){_OFFICE}(?:から|より|が|は)(?!じめ)")
# 﨑 / 崎, 髙 / 高: one surname in two spellings, the narration's and the roster's.
_VARIANTS = str.maketrans("﨑髙濵邉邊齋澤", "崎高浜辺辺斎沢")


def officer_acting_named(lines: list[str], members: list[str]) -> str | None:
    """The one member whose surname the narration names with the chair's office as someone acting (…会長から, …会長が),
    where every such mention names that member; None where none does or two members do."""
    found = set()
    for line in lines:
        if "長" not in line:
            continue
        for m in _OFFICE_ACTS.finditer(line):
            surname = m.group("n").translate(_VARIANTS)
            matches = [p for p in members if p.translate(_VARIANTS).startswith(surname)]
            if len(matches) != 1:
                return None
            found.add(matches[0])
    return found.pop() if len(found) == 1 else None
