"""(2)北山市景観審議会運営要領について / (3)北山市景観審議会の会議の公開について: a page that lost its title names the
body in the agenda of its first sitting, where it adopts its own rules.

The body is claimed only where one name is written at least twice near the top, no other body's name is written
twice, and one mention is followed by the body's own rules (運営要領, 議事規則, 会議の公開, 傍聴要領, 概要): a body
spoken of (教育委員会の意見) is no body adopting its rules.
"""
from __future__ import annotations

import re
from collections import Counter

_BODY = re.compile(r"(?<![一-龥々ァ-ヴー・])[一-龥々ァ-ヴー・]{2,16}?(?:審議会|審査会|委員会|協議会|懇話会|懇談会)")
_OWN_RULES = re.compile(r"(?:及び[一-龥々]{1,8}?)?(?:の)?(?:運営要領|運営規程|議事規則|会議の公開|傍聴要領|概要)")


def body_in_own_rules(lines: list[str]) -> str | None:
    counts: Counter[str] = Counter()
    ruled = set()
    for line in lines:
        for m in _BODY.finditer(line):
            counts[m.group(0)] += 1
            if _OWN_RULES.match(line, m.end()):
                ruled.add(m.group(0))
    named = [name for name, n in counts.items() if n >= 2]
    if len(named) != 1 or named[0] not in ruled:
        return None
    return named[0]
