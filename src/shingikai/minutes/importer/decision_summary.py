"""A summary's decisions stated per numbered agenda entry (決定事項・確認事項 / (1)議題(1)について、事務局から…を報告。).

A small body's 議事録 form lists the 議題 by number and then, under 決定事項 (or 決定事項・確認事項), one sentence per
entry saying what came of it: reported (…を報告。) or settled (…を決定。, …を承認。, …了承。). The sentence is matched to
its entry by the number it repeats, and the entry by its number before its title in the agenda. A settled entry's
outcome is 承認; an entry only reported is a 報告. Only an item with no outcome or kind of its own is touched, and
only sentences under the 決定事項 heading are read.
"""
from __future__ import annotations

import re

from shingikai.jp.text import compact

_HEADING = "決定事項"
_SENTENCE = re.compile(r"\((?P<n>[0-9]{1,2})\)(?:議題)?\((?P=n)\)について[、,](?P<s>[^。()]{1,80})。")
_SETTLED = re.compile(r"(?:決定|承認|了承|可決)(?:した|された|する|しました|されました)?$")
_REPORTED = re.compile(r"報告(?:した|された|する|しました|されました|があった)?$")
_OPENING_LINES = 300


def summary_decisions_applied(lines: list[str], items: list[dict]) -> None:
    if not items or not any("決定" in line for line in lines[:_OPENING_LINES]):
        return
    text = compact("\n".join(lines[:_OPENING_LINES]))
    at = text.find(_HEADING)
    if at < 0:
        return
    said = {int(m.group("n")): m.group("s") for m in _SENTENCE.finditer(text, at)}
    if not said:
        return
    agenda = text[:at]
    for item in items:
        title = compact(item.get("title") or "")[:15]
        m = re.search(r"\(([0-9]{1,2})\)" + re.escape(title), agenda) if len(title) >= 4 else None
        sentence = said.get(int(m.group(1))) if m else None
        if sentence is None:
            continue
        if _SETTLED.search(sentence):
            if item.get("outcome") in (None, "不明"):
                item["outcome"] = "承認"
        elif _REPORTED.search(sentence) and item.get("kind") == "その他":
            item["kind"] = "報告"
