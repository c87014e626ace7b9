"""The business of a page that lists none: the subject a link's title names, or the one a result sentence reports.

Two short shapes carry a meeting's business without any agenda, heading or label:
- a copy of a record opens with the link text it was reached by, the subject in brackets before the file's kind
  (`(北山市総合計画について) [PDF文書ファイル]`): the record is of that subject;
- a town's page reports the meeting in a few sentences without labels and closes on its result
  (`北山町水防計画(案)について審議し、承認されました。`): the subject is the one the sentence names.
Each is read only where nothing else names the business, and only where the words say it (…について), never guessed.
"""
from __future__ import annotations

import re

# (…について) [PDF文書ファイル] / …について [PDFファイル/318KB]: a link's text, the file's kind in square brackets.
_LINK_TITLE = re.compile(r"^[(（]?(?P<t>[^()（）\[\]［］]{2,60}?について)[)）]?[ \u3000]*[\[［]PDF[^\]］]{0,20}[\]］][ \u3000]*$")
# …について審議し、承認されました。 / …について協議し、了承されました。: the result a page reports in one sentence.
_RESULT_SENTENCE = re.compile(
    r"^[ \u3000]*(?P<t>[^。、「」\s]{2,60}?について)(?:審議|協議|審査)し、(?P<r>承認|了承|可決|決定)(?:されました|しました|された)。")


def link_titled_subject(lines: list[str]) -> tuple[str, int] | None:
    """The subject the opening link text names, with its line; None where the page opens otherwise."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    m = _LINK_TITLE.match(lines[first].strip())
    return (m.group("t").strip(" \u3000"), first) if m else None


def reported_subject(lines: list[str]) -> tuple[str, int] | None:
    """The subject of the one result sentence a page without labels reports, with its line; None otherwise."""
    found = [(m.group("t"), i) for i, line in enumerate(lines) if (m := _RESULT_SENTENCE.match(line))]
    return found[0] if len(found) == 1 else None


def page_subject(lines: list[str]) -> tuple[str, int] | None:
    return link_titled_subject(lines) or reported_subject(lines)
