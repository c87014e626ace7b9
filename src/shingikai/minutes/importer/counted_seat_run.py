"""An assembly's seat roster run on after the record's title: …定例会  出席議員 ( 3人)  1番  北 野 一 郎  3番  南 田 健 ….

A minutes aggregator sets the title and the 出席議員 table on one line, the seats two columns interleaved, and wraps
the rest of the table onto the next line; the line is too short of fields for the flattened-record reader to break
it, so the label never opens a field of its own. The label's count is the check: the seat entries after it, up to a
rule or the secretariat's group, are the members present only where as many names are read as the count says.
"""
from __future__ import annotations

import re
import unicodedata

from .roster import People, read_people

_SP = r"[ \t\u3000]"
_COUNTED_LABEL = re.compile(
    rf"出{_SP}*席{_SP}*(?:議{_SP}*員|委{_SP}*員){_SP}*[(（]{_SP}*(?P<n>[0-9０-９]{{1,3}}){_SP}*[名人]{_SP}*[)）]{_SP}*"
    rf"(?=[0-9０-９]{{1,3}}{_SP}*番)"
)
# ──────, 欠席議員, 事務局職員出席者, 説明のため出席した者: where the seats end.
_END = re.compile(rf"[─━―-]{{4,}}|欠{_SP}*席|事{_SP}*務{_SP}*局|説{_SP}*明{_SP}*の{_SP}*た{_SP}*め")


def counted_seat_run(lines: list[str]) -> People | None:
    """The members of a counted seat roster run on after the title (see the module); None where the count fails."""
    for i, line in enumerate(lines):
        label = _COUNTED_LABEL.search(line)
        if label is None:
            continue
        rest = [line[label.end():]]
        for more in lines[i + 1:i + 4]:
            if _END.match(more.strip(" \t\u3000")):
                break
            rest.append(more)
        text = "\n".join(rest)
        end = _END.search(text)
        people = read_people(text[:end.start()] if end else text)
        if len(people.names) == int(unicodedata.normalize("NFKC", label.group("n"))):
            return people
        return None
    return None
