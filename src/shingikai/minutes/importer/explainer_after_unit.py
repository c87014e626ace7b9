"""A line that opens with the unit explaining the case, perhaps with the explainer's surname after it.

企画財政課中村から資料に基づき説明 / 北山課の南田より説明: a summary record notes who explained, unit first and the
person after it. The unit is the department that brings the case; the surname is nobody's unit. Only a line that
opens so is read: a unit named inside a sentence may be one the case concerns, not the one bringing it.
"""
from __future__ import annotations

import re

# 部 is a unit only when no 局 follows: 市長部局 is the mayor's side as a whole, not a 市長部.
_UNIT = r"[一-龥ァ-ヶー・]{1,20}?(?:課|室|部(?!局)|局|センター|グループ|事務所)"
# 担当課から説明 / 関係各課より / 市当局から / 関係部局から: the explaining side, but not named; nobody's department.
_UNNAMED = re.compile(r"(?:担当|所管|関係|各|当該|主管|同|本|全)+(?:課|室|部|局|部署)|.*当局|.*部局")
_RANK = r"(?:課長補佐|課長|係長|主査|主幹|主任|主事|補佐|参事|室長|部長|局長|所長)"
_UNIT_FIRST = re.compile(
    rf"^[ \t\u3000・\-－]*(?P<u>{_UNIT})(?:の)?(?:[一-龥々]{{1,4}}?{_RANK}?|{_RANK})?"
    r"(?:から|より)(?:、)?(?:資料(?:を|に)?(?:もと|基づき|沿って|基)に?|資料に基づき)?(?:、)?(?:ご)?(?:説明|報告)"
)


def unit_explaining(line: str) -> str | None:
    """The unit a line opening with 〇〇課(中村)から説明 names, or None."""
    m = _UNIT_FIRST.match(line)
    if m is None or len(m.group("u")) < 3 or _UNNAMED.fullmatch(m.group("u")):
        return None
    return m.group("u")
