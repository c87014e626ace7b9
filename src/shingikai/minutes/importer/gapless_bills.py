"""Numbered bills run on without a blank between them (報告第1号北山市…規約について報告第2号北山市…規程について…).

A page converted to text may close up a list printed one bill a line: each entry runs straight into the next, and the
group words over them (報告事項, 協議事項) sit in the run too. Every reader after the cleaning reads line by line, so
each bill is set on a line of its own again, and a group word before one opens a line of its own as it was printed.

Only a run counts: three bills or more, each numbered one above the last under its own word (報告第1号, 報告第2号 …;
協議第1号 restarts a second run), with text before each. A sentence that names 議案第3号 in passing, or two bills
compared, holds no such run and keeps its line.
"""
from __future__ import annotations

import re
import unicodedata

# The bill's word and number, with nothing but the entry before it: 規約について報告第2号….
_BILL = re.compile(r"(?P<w>報告|協議|議案|諮問|承認|同意|認定|審議)第[ \t\u3000]*(?P<n>[0-9０-９]{1,3})[ \t\u3000]*号")
# 協議事項 before the first of a run: the group's heading, no part of the entry before it.
_GROUP_BEFORE = re.compile(r"(?:報告|協議|審議|諮問)事項[ \t\u3000]*$")
_RUN = 3
# 平成 17 年度: the conversion's blanks around a figure in a bill's title, closed so that the readers do not take the
# figure for the next entry's number.
_SPACED_YEAR = re.compile(r"(?<=[成和])[ \t\u3000]+([0-9０-９]{1,2})[ \t\u3000]+(?=年)")


def _run_starts(line: str) -> list[int]:
    """Where each bill of a counting run opens, the line's first bill included."""
    chains: dict[str, list[int]] = {}
    counted: dict[str, list[list[int]]] = {}
    for m in _BILL.finditer(line):
        word, n = m.group("w"), int(unicodedata.normalize("NFKC", m.group("n")))
        chain = chains.get(word)
        if n == 1:
            counted.setdefault(word, []).append([m.start()])
            chains[word] = counted[word][-1]
        elif chain is not None and len(chain) == n - 1:
            chain.append(m.start())
        else:
            chains.pop(word, None)
    runs = [chain for chains_of_word in counted.values() for chain in chains_of_word]
    if sum(len(chain) for chain in runs) < _RUN or not any(len(chain) >= 2 for chain in runs):
        return []
    return sorted(start for chain in runs for start in chain if len(chain) >= 2 or len(runs) > 1)


def _entry(piece: str) -> str:
    """One entry as a list prints it: the bill's number, a blank, its title."""
    piece = _SPACED_YEAR.sub(r"\1", piece.strip(" \t\u3000"))
    bill = _BILL.match(piece)
    if bill is None or piece[bill.end():bill.end() + 1] in ("", " ", "\u3000"):
        return piece
    return f"{piece[:bill.end()]} {piece[bill.end():]}"


def gapless_bills_apart(lines: list[str]) -> list[str]:
    """``lines`` with each numbered bill of a gapless run on a line of its own."""
    out: list[str] = []
    for line in lines:
        if line.count("第") < _RUN or len(_BILL.findall(line)) < _RUN:
            out.append(line)
            continue
        starts = _run_starts(line)
        if not starts:
            out.append(line)
            continue
        pieces, last = [], 0
        for start in starts:
            head = line[last:start]
            group = _GROUP_BEFORE.search(head)
            if group is not None and group.start() > 0:
                pieces.extend((head[:group.start()], head[group.start():]))
            else:
                pieces.append(head)
            last = start
        pieces.append(line[last:])
        out.extend(_entry(piece) for piece in pieces if piece.strip(" \t\u3000"))
    return out
