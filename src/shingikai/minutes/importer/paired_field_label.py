"""One label for two fields, its value a line below (開催日及び場所 / 平成22年3月24日(水) 北山市役所第1会議室).

A form's label cell that names two fields at once (開催日及び場所, 日時及び場所, 日時・場所) holds a value that is the date
first and the room after a blank. The value is parted at the first blank after the date (and its clock, where one
follows) and written as two labelled lines the header reads (開催日:… / 場所:…). A value that does not open with a
date is left as printed.
"""
from __future__ import annotations

import re

_LABEL = re.compile(r"^[ \t\u3000]*(?:開催)?(?:日時|日|年月日)[ \t\u3000]*(?:及び|および|並びに|・|と)[ \t\u3000]*(?:開催)?(?:場所|会場)[ \t\u3000]*$")
_DATE = (r"(?:平成|令和|昭和)[ \t\u3000]*[0-9０-９元]{1,2}[ \t\u3000]*年[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*"
         r"[0-9０-９]{1,2}[ \t\u3000]*日(?:[ \t\u3000]*[(（][^)）]{1,3}[)）])?")
_CLOCK = r"(?:[ \t\u3000]*(?:午前|午後)?[0-9０-９]{1,2}(?:時|[:：])[0-9０-９]{0,2}分?(?:[ \t\u3000]*[〜～~\-－―から]+[ \t\u3000]*(?:午前|午後)?[0-9０-９]{1,2}(?:時|[:：])[0-9０-９]{0,2}分?)?)?"
_VALUE = re.compile(rf"^[ \t\u3000]*(?P<when>{_DATE}{_CLOCK})[ \t\u3000]+(?P<where>\S.*?)[ \t\u3000]*$")


def paired_field_label_parted(lines: list[str]) -> list[str]:
    out = list(lines)
    for i, line in enumerate(lines):
        if not _LABEL.match(line):
            continue
        k = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].strip(" \t\u3000")), None)
        m = _VALUE.match(lines[k]) if k is not None else None
        if m:
            out[i] = f"開催日時:{m.group('when')}"
            out[k] = f"場所:{m.group('where')}"
            for j in range(i + 1, k):
                out[j] = None
    return [line for line in out if line is not None]
