"""An order of the day whose every step carries the same number: 1.開議 / 1.議案第5号(…について)の委員長報告、質疑、討論、採決 /
1.閉会.

Some assemblies print their 議事日程 with each step marked 1. (the number a bullet, no count), so no reader of a
numbered list, which wants 1, 2, 3, takes it. A run of at least three such lines is the list; a step that names a
numbered case gives the case's title, the words in the bracket after its number (the stages it goes through after
the bracket, 委員長報告、質疑、討論、採決, are no part of it); a step that names no numbered case is the sitting's
procedure (開議, 諸報告, 閉会中の特定事件の議決について) and no case.
"""
from __future__ import annotations

import re

_STEP = re.compile(r"^[ \t\u3000]*(?P<n>[1１一])[.．、][ \t\u3000]*(?P<t>\S.*?)[ \t\u3000]*$")
# 議案第73号(, 請願第2号(, 議員提出議案第1号(: a numbered case, its title opening in the bracket after it.
_CASE = re.compile(r"^(?:議員提出)?(?:議案|請願|陳情|報告|発議|諮問|認定|承認|同意|選挙|意見書案?|決議案?)第[0-9０-９]{1,4}号[（(]")
_MIN_STEPS = 3


def _bracketed(text: str, start: int) -> str | None:
    """The text inside the bracket that opens at start, brackets nested inside it kept: …補正予算(第3号)."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] in "(（":
            depth += 1
        elif text[k] in ")）":
            depth -= 1
            if depth == 0:
                return text[start + 1:k]
    return None


def same_numbered_steps(lines: list[str], stop: int) -> list[str]:
    """The titles of the numbered cases in the first run of steps all numbered 1 above line stop; [] if none."""
    run: list[str] = []
    for line in lines[:stop]:
        if not line.strip():
            continue
        m = _STEP.match(line)
        if m:
            run.append(m.group("t"))
            continue
        if len(run) >= _MIN_STEPS:
            break
        run = []
    if len(run) < _MIN_STEPS:
        return []
    titles: list[str] = []
    for step in run:
        case = _CASE.match(step)
        title = _bracketed(step, case.end() - 1) if case else None
        if title and title.strip():
            titles.append(title.strip())
    return titles
