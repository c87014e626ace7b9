"""Two columns of a table extracted one after the other: a run of the first column's cells, then as many of the
second's, each pair belonging to one row (split_header_labels.py, labels_before_answers.py)."""
from __future__ import annotations

from typing import Callable


def columns_paired(lines: list[str], first: Callable[[str], bool], second: Callable[[str], bool],
                   row: Callable[[str, str], str]) -> list[str]:
    """``lines`` with each run of two or more ``first`` lines followed by as many ``second`` lines written as rows."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and first(lines[k]):
            k += 1
        count = k - i
        if count >= 2 and k + count <= len(lines) and all(second(lines[k + j]) for j in range(count)):
            out += [row(lines[i + j], lines[k + j]) for j in range(count)]
            i = k + count
            continue
        out.append(lines[i])
        i += 1
    return out
