"""A case's result told right after its title, where the record repeats the title over its summary.

第1号議案 / 北山市景観計画の変更について / 事務局から説明の後、原案どおりの旨答申された。 and
・議題 ⑴ 北山市防災計画の改訂について 資料1 …説明を行った。質疑はなく、改定案について承認を得た。 ・議題 ⑵ …:
the agenda named the case and the record tells its result after naming it again, outside any turn. Only the words
after the title are read, up to another case's title or a heading, so no result is lent to a neighbour.
"""
from __future__ import annotations

import re
from typing import Callable

from . import vocabulary as V
from .speakers import compact

# Lines read after a title that closes its own line (the summary is set on the next lines).
_REACH = 2
# A title short enough to occur inside other words (予算について) says nothing of where its case is.
_MIN_TITLE = 6
# Results a summary states in words the speech readers do not meet: 承認を得た (not 承認を得たい), 原案どおりの旨答申,
# an arrow before the word (→承認).
_STATED = (
    (re.compile(r"承認を得(?:た|ました)(?![いく])|→承認(?:[。)）]|$)|原案(?:どおり|のとおり|通り)(?:の旨)?(?:答申|承認|可決)(?:され|し|と)"),
     V.APPROVED),
)
# Past tense only: 「次回答申していただく予定」 plans an answer, it does not give one.
_ANSWERED = re.compile(r"諮問の?とおり|答申(?:され|し)(?:た|ました)|の旨答申|答申を行(?:っ|いまし)た")
_ARROW_CLOSING = re.compile(r"→承認$")
# Each title is looked for line by line: a record with more cases than this, or longer, is a house's record whose
# speech states its results; the search is not worth its quadratic cost there.
_MOST_OPEN = 40
_MOST_LINES = 4000
_STOP_KINDS = frozenset({"heading", "turn", "marker"})


def _after(folded: list[str], kinds: dict[int, str], i: int, at: int, key: str, others: list[str]) -> str:
    rest = folded[i][at + len(key):]
    cut = min((rest.find(o) for o in others if o in rest), default=-1)
    if cut >= 0:
        return rest[:cut]
    parts = [rest]
    for j in range(i + 1, min(len(folded), i + 1 + _REACH)):
        if kinds.get(j) in _STOP_KINDS:
            break
        c = folded[j]
        hit = min((c.find(o) for o in others if o in c), default=-1)
        if hit >= 0:
            parts.append(c[:hit])
            break
        parts.append(c)
    return "".join(parts)


def results_after_titles(lines: list[str], kinds: dict[int, str], out_items: list[dict],
                         read: Callable[[list[tuple[int, str]], str, str], tuple[str, str]]) -> None:
    """Give each item still without an outcome the one stated after its title; ``read`` is the sentence reader."""
    if len(lines) > _MOST_LINES or sum(it["outcome"] == V.UNKNOWN for it in out_items) > _MOST_OPEN:
        return
    keys = [compact(it["title"] or "") for it in out_items]
    folded: list[str] = []
    for n, it in enumerate(out_items):
        key = keys[n]
        if it["outcome"] != V.UNKNOWN or len(key) < _MIN_TITLE:
            continue
        if _ARROW_CLOSING.search(key):
            # …の開催について →承認: the result run onto the title's own line, read with it.
            it["outcome"] = V.APPROVED
            it.setdefault("confidence", {})["outcome"] = 0.6
            continue
        others = [k for m, k in enumerate(keys) if m != n and len(k) >= _MIN_TITLE and k != key]
        if not folded:
            folded = [compact(line) for line in lines]
        for i, c in enumerate(folded):
            if kinds.get(i) == "turn":
                continue
            at = c.find(key)
            if at < 0:
                continue
            text = _after(folded, kinds, i, at, key, others)
            if not text:
                continue
            outcome, _ = read([(i, text)], "", it["kind"])
            if outcome == V.REPORT_NOTED:
                # 事務局から資料により説明した: a report heard is what the sentence reader makes of any explanation;
                # the item's own reading has already weighed it.
                outcome = V.UNKNOWN
            if outcome == V.UNKNOWN:
                outcome = next((o for pattern, o in _STATED if pattern.search(text)), V.UNKNOWN)
            if outcome != V.UNKNOWN:
                it["outcome"] = outcome
                it.setdefault("confidence", {})["outcome"] = 0.6
                if it["kind"] == "その他" and _ANSWERED.search(text):
                    # 諮問のとおり承認された, 原案どおりの旨答申された: the body answered a consultation.
                    it["kind"] = "諮問"
                    it["confidence"]["kind"] = 0.7
                break
