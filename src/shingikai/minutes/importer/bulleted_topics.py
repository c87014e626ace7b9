"""A page's order of business as bullets, some over numbered topics indented below them.

開催内容 / • 地域代表あいさつ / • 自由討議 / 1.「…」の設置について / 2.…について(1): a city page sums up a meeting so; the
bullets are the sitting's steps, the numbered lines under a bullet the topics taken up, each a case of its own (the
same subject raised again is numbered (1), (2) … by the page). A bullet with nothing under it is a step unless it
closes as a case's title does.
"""
from __future__ import annotations

import re

from .conventions import AGENDA_HEADING_WORDS
from .speakers import compact

# 開催内容, 内容, 次第: the heading word alone on its line, 開催 before it allowed.
_HEAD = re.compile(r"(?:開催)?(?:" + "|".join(AGENDA_HEADING_WORDS) + r")")
_BULLET = re.compile(r"^[ \t\u3000]*[•・●◦▪][ \t\u3000]*(?P<t>\S[^\n]{0,80})$")
# 1.…について, 2.…について(1): a topic numbered under its bullet, indented further than the bullet's mark.
_TOPIC = re.compile(r"^(?P<i>[ \t\u3000]+)[0-9０-９]{1,2}[.．][ \t\u3000]*(?P<t>\S[^\n]{1,80})$")
_CASE_CLOSE = re.compile(r"(?:について|の件)$")


def bulleted_numbered_topics(lines: list[str], stop: int) -> list[str]:
    """The topics numbered under the bullets of the first such list under a heading word, above line stop; empty
    unless some bullet has two topics or more under it."""
    stop = min(stop, len(lines))
    for i in range(stop):
        if not _HEAD.fullmatch(compact(lines[i])):
            continue
        titles: list[str] = []
        under = 0  # topics under the bullet above
        most = 0
        for line in lines[i + 1:stop]:
            if not line.strip(" \t\u3000"):
                if titles or under:
                    break
                continue
            b = _BULLET.match(line)
            if b:
                title = b.group("t").strip(" \t\u3000")
                if _CASE_CLOSE.search(title):
                    titles.append(title)
                under = 0
                continue
            t = _TOPIC.match(line)
            if t is None:
                break
            titles.append(t.group("t").strip(" \t\u3000"))
            under += 1
            most = max(most, under)
        if most >= 2:
            return titles
        if titles:
            return []
    return []
