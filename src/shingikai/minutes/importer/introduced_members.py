"""Members introduced one a line, each name run on after the body and post they come from (2.出席委員紹介 /
北山市商工会議所青年部会長朝田 勝也 / 市民公募丸宮  朋 / 欠席 北山商工会議所会頭中岸 敏昭).

A first meeting's minutes may list the members under the step that introduces them, every line the member's
affiliation and post with the name printed straight after it, only the blank between surname and given name set
apart. The affiliation ends in a post (…会長, 理事, 教授, 会頭) or 公募; the letters between it and the blank are the
surname. Where every line under such a step reads so, the step is written as the roster's label (出席委員) and each
line as the name alone, so that the roster readers take them as they take a plain list of names; an 欠席 line keeps
its word.
"""
from __future__ import annotations

import re

# 2.出席委員紹介, (2) 委員紹介: the step that introduces the members present.
_STEP = re.compile(r"^(?P<num>[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、]|[(（][0-9０-９]{1,2}[)）])?[ \t\u3000]*)(?:出席)?委員(?:の)?紹介[ \t\u3000]*$")
# The affiliation (ending in a post or 公募), the surname run on after it, a blank, the given name.
_INTRODUCED = re.compile(
    r"^(?P<pad>[ \t\u3000]*(?:欠席[ \t\u3000]+)?)(?P<aff>[^\s]{2,40}(?:長|理事|教授|会頭|公募|代表|委員))"
    r"(?P<sur>[一-龥々ヶ豈-﫿]{1,4})[ \t\u3000]{1,3}(?P<given>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,5})[ \t\u3000]*$"
)


def introduced_members_listed(lines: list[str]) -> list[str]:
    """The lines with an introducing step over affiliation-and-name lines written as a roster of names (see above);
    the lines unchanged where there is none."""
    for i, line in enumerate(lines):
        step = _STEP.match(line) if len(line) <= 20 and "紹介" in line else None
        if not step:
            continue
        rows, k = {}, i + 1
        while k < len(lines) and k - i <= 60:
            s = lines[k]
            if not s.strip(" \t\u3000"):
                # The list ends at a blank line after its rows (a blank line before them is the page's spacing).
                if rows and not (k + 1 < len(lines) and _INTRODUCED.match(lines[k + 1]) and len(lines[k + 1]) <= 60):
                    break
                k += 1
                continue
            m = _INTRODUCED.match(s) if len(s) <= 60 else None
            if not m:
                break
            rows[k] = f"{m.group('pad')}{m.group('sur')} {m.group('given')}"
            k += 1
        if len(rows) >= 3 and (k >= len(lines) or not lines[k].strip(" \t\u3000") or k - i > 60):
            out = list(lines)
            out[i] = f"{step.group('num')}出席委員"
            for j, row in rows.items():
                out[j] = row
            return out
    return lines
