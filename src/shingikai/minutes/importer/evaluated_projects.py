"""Projects put to an evaluation committee, each under the kind of its evaluation (再評価対象事業 北山川改修事業).

A regional bureau's 事業評価監視委員会 deliberates the projects due for evaluation; its summary lists them under the
stage of the evaluation (事後評価対象事業 / 再評価対象事業 …), grouped by the kind of work (◇港湾空港事業) and set below a
step that only says the projects were deliberated (2. 評価対象事業の審議). The projects are the business: each is an
item, and the step over them, or the committee's own housekeeping above (1. 事業評価監視委員会について, the officers'
election), is none.

Only a name that ends in 事業 is taken: a project is named by its work, and a line cut short by the page (再評価対象事業
一般国道2号) says too little of which project it is to be claimed.
"""
from __future__ import annotations

import re

_STAGE = r"(?:新規事業採択時評価|新規採択時評価|事前評価|再評価|事後評価|完了後評価)対象事業"
# 事後評価対象事業 …滑走路延長事業再評価対象事業 …: two rows the cleaning joined part at the next stage's word. A project's
# name is short: the bound keeps a long line from being scanned again from each stage word.
_PROJECT = re.compile(rf"{_STAGE}[ \t\u3000:：]+(?P<t>[^\s:：].{{0,80}}?事業)(?=[ \t\u3000]*(?:{_STAGE}|$))")
_REACH = 400


def evaluated_projects(lines: list[str]) -> list[tuple[str, int]]:
    """Each project named under the stage of its evaluation, with its line."""
    found: list[tuple[str, int]] = []
    for i, line in enumerate(lines[:_REACH]):
        if "評価対象事業" not in line:
            continue
        for m in _PROJECT.finditer(line):
            title = m.group("t").strip(" \t\u3000")
            if title not in (t for t, _ in found):
                found.append((title, i))
    return found
