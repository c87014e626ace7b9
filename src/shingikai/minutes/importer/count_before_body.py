"""The sitting's count written just before the body's full name, away from the title.

Three places a page names its sitting so: the value of a form's 会議名称 on a line of its own (平成29年度 第2回北山町
行政改革推進委員会), the order of business among the papers, inline (・平成30年度 第3回 北山市空き家等対策協議会 次第),
and the secretariat's opening words (第 3 回北山市景観協議会を開会させていただきます). The count is claimed only
where every such mention agrees, and never after 次回 (the next sitting announced). An assembly's committee is left
out by the caller: the count before the assembly's name is its session's (round 56c).
"""
from __future__ import annotations

import re
import unicodedata

from .conventions import ERA, ERA_NUMBER

_GAP = r"[ \t\u3000]*"
_COUNT = rf"(?P<l>(?:{ERA}{_GAP}{ERA_NUMBER}{_GAP}年度?{_GAP})?第{_GAP}[0-9０-９]{{1,3}}{_GAP}回)"
_SESSION_OPENING = re.compile(r"(?:定例|臨時)会?")
_AFTER = rf"(?=[ \t\u3000]*$|{_GAP}次第|を(?:開会|開催)(?:いた|させていただ)?(?:します|きます))"


def count_before_body(council: str, lines: list[str]) -> str | None:
    name = re.sub(r"\s+", "", council or "")
    if len(name) < 4 or _SESSION_OPENING.match(name):
        # 令和4年第1回定例会補正予算特別委員会 read whole as the body: the count is the assembly's session's (round 56c).
        return None
    pattern = re.compile(_COUNT + _GAP + _GAP.join(map(re.escape, name)) + _AFTER)
    found = set()
    for line in lines:
        if name[-2:] not in line and name[-1] not in line:
            continue
        for m in pattern.finditer(line):
            if "次回" in line[max(0, m.start() - 4):m.start()]:
                continue
            found.add(unicodedata.normalize("NFKC", re.sub(r"[ \t\u3000]+", "", m.group("l"))))
    return found.pop() if len(found) == 1 else None
