"""Who chairs the body, where its roster does not mark it.

The chair may be elected during the sitting and named only in a narrative line (委員の互選により
岡本委員が会長に選出され…, 会長に早川和宏委員、副会長に…を選出, 小澤隆委員が委員長に当選), or in a
list of officers under the election's heading (1 会長の選任 / 会長　内薗耕二委員(…学長)). A 部会's
chair is its 部会長, not the chair of the parent body listed beside it. A surname is completed
from the roster where exactly one member bears it.
"""
from __future__ import annotations

import re

_ROLE = r"(?P<r>分科会長|部会長|委員長|会長|座長)"
_NAME = r"[^\s、。,，「」『』（）()]{1,12}?"
# …岡本委員が会長に選出, 小澤隆委員が委員長に当選: the elected one before the office.
# 岡田委員が会長となることが決定: the office the elected one becomes.
_ELECTED = re.compile(rf"(?P<n>{_NAME})(?:委員|議員)?(?:が|を)[、]?{_ROLE}(?:に(?:選任|選出|互選|決定|就任|当選)|となることが決定)")
# 会長に早川和宏委員、副会長に小森貴浩委員を選出: the office before the elected one.
_ELECTED_TO = re.compile(rf"(?<!副){_ROLE}に(?P<n>{_NAME})(?:委員|議員)[、,]?[^。\n]{{0,40}}?(?:を|が)(?:選出|選任|互選|決定)")
# 会長　　内薗耕二委員(静岡県立大学学長): an officer on a line of its own, role first.
_OFFICER = re.compile(
    rf"^[ \t\u3000]*{_ROLE}[ \t\u3000]+(?P<n>[一-龥々ヶぁ-んァ-ヶー]{{2,10}}?)(?:委員)?[ \t\u3000]*(?:[(（][^)）\n]*[)）])?[ \t\u3000]*$"
)
# 2. あいさつ 北野会長: the greeting on the order of business is the chair's, named by surname and office.
_GREETING = re.compile(r"(?:あいさつ|挨拶)[ \t\u3000]+(?P<n>[一-龥々ヶ]{1,6}?)(?<![副会育部])(?:会長|委員長|座長)[ \t\u3000]*$")
_ELECTION = re.compile(r"選任|選出|互選|指名|選挙")
# 委員の互選により岡本, 有効投票の最多数を得られました小澤隆: the words that lead up to the name.
_LEAD_IN = re.compile(r"^.*(?:により|によって|互選で|投票で|[ぁ-ん]{2,}(?=[一-龥]))")


def elected(lines: list[str], members: list[str]) -> str | None:
    """The chair elected in the text, completed from ``members``."""
    for line in lines:
        if "に" not in line and "と" not in line:
            continue
        for rx in (_ELECTED, _ELECTED_TO):
            m = rx.search(line)
            if m:
                name = _LEAD_IN.sub("", m.group("n"))
                if len(name) >= 2:
                    return full_name(name, members)
    return _officer_listed(lines, members) or _greeted(lines, members)


def _greeted(lines: list[str], members: list[str]) -> str | None:
    for line in lines:
        m = _GREETING.search(line) if "さつ" in line or "挨拶" in line else None
        if m:
            return full_name(m.group("n"), members)
    return None


def _officer_listed(lines: list[str], members: list[str]) -> str | None:
    for i, line in enumerate(lines):
        m = _OFFICER.match(line) if len(line) < 60 else None
        if m and any(_ELECTION.search(p) for p in lines[max(0, i - 4):i]):
            return full_name(re.sub(r"[ \t\u3000]", "", m.group("n")), members)
    return None


def of_section(roster: str | None, council: str | None, members: list[str]) -> str | None:
    """A 部会's chair: the one the roster calls 部会長 (角田禮次郎部会長), beside the parent body's 委員長."""
    if not roster or not council or not council.endswith("部会"):
        return None
    m = re.search(r"(?P<n>[一-龥々ヶぁ-んァ-ヶー]{2,10}?)[ \t\u3000]*部会長(?!代理|職務)", roster)
    return full_name(m.group("n"), members) if m else None


def full_name(name: str, members: list[str]) -> str:
    """岡本 → 岡本博志 where one member of the roster has that surname."""
    matches = [p for p in members if p.startswith(name)]
    return matches[0] if len(matches) == 1 else name
