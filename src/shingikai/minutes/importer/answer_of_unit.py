"""An answer labelled by whose answer it is (事務局の回答, 県の回答, 担当課の答弁).

A summary record of questions and answers may print, on a line of its own, 質問 above a question and
事務局の回答 above the answer to it, instead of naming who spoke. The label is the speaker as printed: a unit
(事務局, 担当課, 県, 市 …) that answers, 「の」, then 回答 or 答弁. Only a unit already read as a speaker, or a
local authority's one-letter name, is taken before 「の」, so a phrase (意見の回答, 前回の回答) is not. The
authority's letter alone (県, 市) labels its answers as well, as 事務局 does.
"""
from __future__ import annotations

import re

_ANSWER_OF = re.compile(r"(?P<who>.{1,10}?)の(?:回答|答弁)")
_AUTHORITY = frozenset("県市町村区都道府国")
# The question's side of a summary is labelled 質問 or 意見 too; 意見の回答 answers no one by name.
_NOT_WHO = frozenset({"質問", "質疑", "意見", "回答", "答弁", "問", "答"})


def answer_of_unit(label: str, speaker) -> bool:
    """Whether ``label`` names an answer by a unit that ``speaker`` accepts as a speaker on its own, or is the
    authority's one letter alone ((委員) / (県) over a summary of questions and the prefecture's answers)."""
    if label in _AUTHORITY:
        return True
    m = _ANSWER_OF.fullmatch(label)
    if not m:
        return False
    who = m.group("who")
    return who in _AUTHORITY or who not in _NOT_WHO and speaker(who)
