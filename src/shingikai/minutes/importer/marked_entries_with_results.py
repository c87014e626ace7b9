"""A list of cases, each marked and followed by the sentence that says what the body did with it.

A commission's summary page: `【議題】`, then `○…について` on its own line and under it one sentence (…について説明を受け,
案のとおり議決した。), then the next marked case. Each sentence is its case's own result; the next mark ends it. The
header's agenda reader stops at the first sentence (an agenda's entries follow one another), so the cases after the
first are read here, with the sentence as each one's span.
"""
from __future__ import annotations

import re

_GROUP = re.compile(r"^[ \t\u3000]*[【\[［〔<＜]?[ \t\u3000]*(?:議題|議事|審議事項|審議案件|案件)[ \t\u3000]*[】\]］〕>＞]?[ \t\u3000]*$")
_MARKED = re.compile(r"^[ \t\u3000]*[○〇◯●◎◇◆■□][ \t\u3000]*(?P<t>[^。○〇◯●◎◇◆■□]{3,80}?)[ \t\u3000]*$")
# A sentence in the past that closes (…した。), the body's own act on the case.
_DONE = re.compile(r"(?:した|された|しました|された|である)。[ \t\u3000]*$")


def marked_entries_with_results(lines: list[str], limit: int = 400) -> list[tuple[str, int, int]]:
    """(title, line of the mark, end of its sentences) for each marked case under the group word; [] where the list
    is not so shaped (fewer than two cases, or a mark with no closing sentence under it before the last)."""
    start = next((i for i, line in enumerate(lines[:limit]) if _GROUP.match(line)), None)
    if start is None:
        return []
    entries: list[tuple[str, int, int]] = []
    i, n = start + 1, min(len(lines), limit)
    while i < n and not lines[i].strip(" \t\u3000"):
        i += 1
    while i < n:
        m = _MARKED.match(lines[i])
        if not m:
            break
        j = i + 1
        sentence_lines = 0
        closed = False
        while j < n and not _MARKED.match(lines[j]):
            text = lines[j].strip(" \t\u3000")
            if text:
                sentence_lines += 1
                if _DONE.search(text):
                    closed = True
                    j += 1
                    break
            j += 1
        if sentence_lines == 0 or sentence_lines > 3:
            break
        entries.append((m.group("t"), i, j))
        if not closed:
            # The page is cut inside this case's sentence: it is the last one.
            break
        while j < n and not lines[j].strip(" \t\u3000"):
            j += 1
        i = j
    closed_count = sum(1 for _, s, e in entries if any(_DONE.search(lines[k].strip(" \t\u3000")) for k in range(s + 1, e)))
    if len(entries) < 2 or closed_count < len(entries) - 1:
        return []
    return entries


# 案のとおり議決した, 決裁した: the body decided the proposal put to it; 了承した of a proposal (…(案)について説明を受け,
# 了承した) is its approval too, whereas 了承 of anything else may be a report noted and is left to the other readers.
_DECIDED = re.compile(r"(?:(?:原案|案)の?(?:とおり|どおり|通り))?(?:議決|決裁|決定)(?:した|しました|された)。")
_PROPOSAL_ACCEPTED = re.compile(r"案[）)]?(?:[（(][^（）()]{0,20}[）)])?について[^。]{0,20}了承(?:した|しました|された)。")


def stated_results(lines: list[str], marked: list[tuple[str, int, int]], out_items: list[dict], approved: str) -> None:
    """Set ``approved`` as the outcome of each item read from ``marked`` whose sentence states the decision, where no
    other reader found one."""
    for item in out_items:
        # The record's title may have lost the count after it ((2件)): the marked title begins with it.
        sentence = next((" ".join(lines[k].strip(" \t\u3000") for k in range(s + 1, e))
                         for t, s, e in marked if item["title"] and t.startswith(item["title"])), None)
        if sentence is None or item["outcome"] not in ("不明", None):
            continue
        if _DECIDED.search(sentence) or _PROPOSAL_ACCEPTED.search(sentence):
            item["outcome"] = approved
            item.setdefault("confidence", {})["outcome"] = 0.8
