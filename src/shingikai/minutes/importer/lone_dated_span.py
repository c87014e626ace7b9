"""1 会議の名称 2 開催日時 3 開催場所 … 平成22年 8月4日 午後2時00分∼3時40分 北山市役所502会議室: a form's labels
printed in a row and its values after them, so no value stands under its label.

A date with a clock range right after it is the sitting's, where it is the only date so followed near the top: a
second one (a later sitting announced, a record's making) leaves the date unclaimed.
"""
from __future__ import annotations

from shingikai.jp.wareki import parse_date

from .header import _DATED_SPAN


def date_of_lone_span(text: str):
    dates = {parse_date(m.group("date")) for m in _DATED_SPAN.finditer(text)}
    dates.discard(None)
    return dates.pop() if len(dates) == 1 else None
