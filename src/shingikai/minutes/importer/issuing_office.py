"""金融庁 総務企画局 under the date: the office that issued the record, not the room the body sat in.

A ministry's or a city's bureau or section (…局, …課) on a line of its own near the title signs the page; a room is
named by what it is (…会議室, …庁舎, …センター), never by the office that keeps the minutes.
"""
from __future__ import annotations

import re

_OFFICE = re.compile(r"[一-龥ァ-ヶー]{1,12}(?:局|課)$")


def is_issuing_office(line: str) -> bool:
    """True for a bare line that ends in a bureau or a section (局, 課) of an administration."""
    return _OFFICE.search(line.strip(" \t\u3000")) is not None
