"""An assembly's 議事日程 printed on one line, its entries numbered in kanji numerals spaced apart (第  一 議長の選挙について
第  二 議席の指定 … 第 十  報告第 七号 専決処分した…の特例             に関する条例の廃止の承認について).

An aggregator copies an old record's page whose table of the day's business lost its rows: every entry follows the
last on the same line, the entry's number spaced (第  一, 第 十一), the bills' numbers spaced inside (報告第 六号,
報告第十 号) and long titles broken where a cell wrapped by a run of blanks. The entries are set one a line again
(第一 …), each bill's number closed up in Arabic digits (報告第6号, as the assembly readers read it), the wrapped
titles closed up, and the page's own note (議事日程第一号の二) and the letter-spaced heading that closes the list
(本 日 の 会 議 に 付 し た 事 件) set apart, under the heading 議事日程 its lost cell printed, so that the schedule is read as the line-a-entry ones are. A line with
fewer than three entries numbered one after the other is left alone: a sentence naming 第一 is no schedule.
"""
from __future__ import annotations

import re

_KANJI = "一二三四五六七八九十"
# 第  一 / 第 十一: an entry's number, blanks allowed inside and at least one after it.
_ENTRY = re.compile(rf"(?:^|(?<=[ \t\u3000]))第[ \t\u3000]*(?P<n>[{_KANJI}]{{1,3}})[ \t\u3000]+(?=\S)")
# 報告第 六号, 議案第十 号: a bill's number spaced inside.
_BILL_NUMBER = re.compile(rf"(?P<w>議案|報告|諮問|発議|請願|陳情|承認|認定|同意)第[ \t\u3000]*(?P<n>[{_KANJI}]{{1,3}})[ \t\u3000]*号")
# The blanks where a title's cell wrapped: three or more, inside the title.
_WRAP = re.compile(r"[ \t\u3000]{3,}(?=\S)")
# 議事日程第一号の二: the schedule's page mark run in after an entry.
_PAGE_NOTE = re.compile(rf"[ \t\u3000]*議事日程第[{_KANJI}0-9０-９]{{1,3}}号(?:の[{_KANJI}0-9０-９]{{1,2}})?[ \t\u3000]*$")
# 本 日 の 会 議 に 付 し た 事 件: the heading of the business done, letter-spaced, run on after the last entry.
_DONE_HEADING = re.compile(r"[ \t\u3000]*本[ \t\u3000]*日[ \t\u3000]*の[ \t\u3000]*会[ \t\u3000]*議[ \t\u3000]*に[ \t\u3000]*付[ \t\u3000]*"
                           r"し[ \t\u3000]*た[ \t\u3000]*事[ \t\u3000]*件")
_MIN_ENTRIES = 3


def kanji_value(numeral: str) -> int | None:
    """一 → 1, 十 → 10, 十三 → 13, 二十 → 20; None for what is not such a numeral."""
    digits = {c: i for i, c in enumerate(_KANJI[:9], 1)}
    if numeral in digits:
        return digits[numeral]
    m = re.fullmatch(rf"([{_KANJI[:9]}]?)十([{_KANJI[:9]}]?)", numeral)
    if not m:
        return None
    return (digits[m.group(1)] if m.group(1) else 1) * 10 + (digits[m.group(2)] if m.group(2) else 0)


def _entries_in_order(line: str) -> list[re.Match[str]]:
    """The entry numbers in ``line`` that count up from one another, where at least three do."""
    found = [m for m in _ENTRY.finditer(line) if kanji_value(m.group("n")) is not None]
    run: list[re.Match[str]] = []
    for m in found:
        if not run or kanji_value(m.group("n")) == kanji_value(run[-1].group("n")) + 1:
            run.append(m)
    return run if len(run) >= _MIN_ENTRIES else []


def _entry(m: re.Match[str], text: str) -> list[str]:
    text = _BILL_NUMBER.sub(lambda b: f"{b.group('w')}第{kanji_value(b.group('n'))}号", text.strip(" \t\u3000"))
    text = _WRAP.sub("", text)
    done = _DONE_HEADING.search(text)
    tail = []
    if done:
        tail = ["本日の会議に付した事件", text[done.end():].strip(" \t\u3000")]
        text = text[:done.start()]
    return [f"第{m.group('n')} {_PAGE_NOTE.sub('', text)}", *[t for t in tail if t]]


def _split(line: str) -> list[str]:
    run = _entries_in_order(line)
    if not run:
        return [line]
    out = [line[:run[0].start()].rstrip(" \t\u3000")] if line[:run[0].start()].strip(" \t\u3000") else []
    if kanji_value(run[0].group("n")) == 1 and not out[-1:] == ["議事日程"]:
        # The table's heading was a cell the copy lost; entries counted from 第一 are the day's schedule.
        out.append("議事日程")
    return out + _entries(line, run)


def _entries(line: str, run: list[re.Match[str]]) -> list[str]:
    """Each entry of ``run`` with its text up to the next, one a line."""
    out = []
    for k, m in enumerate(run):
        end = run[k + 1].start() if k + 1 < len(run) else len(line)
        out.extend(_entry(m, line[m.end():end]))
    return out


def spaced_schedule_apart(text: str) -> str:
    """``text`` with each one-line schedule of kanji-numbered entries set one entry a line."""
    if "第" not in text or not _ENTRY.search(text):
        return text
    lines = text.split("\n")
    # A schedule may run over two lines of the copy (the page's own break): each is split alone, and the entries
    # that continue a count begun on the line before still need three on their own line only where it opens a count.
    out: list[str] = []
    for line in lines:
        pieces = _split(line)
        if len(pieces) == 1 and out and out[-1].startswith("第"):
            pieces = _continued(line, out[-1]) or pieces
        out.extend(pieces)
    return "\n".join(out)


def _continued(line: str, last: str) -> list[str] | None:
    """The entries of ``line`` that go on with the count ``last`` (an entry set apart) left off."""
    m = re.match(rf"第([{_KANJI}]{{1,3}}) ", last)
    first = _ENTRY.search(line)
    if not m or not first or line[:first.start()].strip(" \t\u3000") or kanji_value(m.group(1)) is None:
        return None
    run, expect = [], kanji_value(m.group(1)) + 1
    for e in _ENTRY.finditer(line):
        if kanji_value(e.group("n")) == expect:
            run.append(e)
            expect += 1
    return _entries(line, run) if run else None
