"""The municipality of a body whose name does not carry it.

A page may name the city only in a breadcrumb (埼玉県 上尾市) or in the acts that come before
the body: an ordinance in its title (静岡県公文書開示条例の制定過程で開かれていた懇話会), a bill on a
committee's agenda (議案第44号 中央区印鑑条例の一部を改正する条例), the mayor who consults it
(みなみ市長から諮問). Each finder returns a name only where every mention it finds agrees; two
cities mean none. The building the body meets in is header.municipality_of_place.
"""
from __future__ import annotations

import re
from collections import Counter

from .header import PREFECTURES

_PREFECTURE = "|".join(PREFECTURES)
# A city, ward, town or village: a short run of kanji ending in its suffix (中央区, 江別市, 杉戸町).
_PLACE = rf"(?:{_PREFECTURE}|[一-龥々ヶ]{{1,4}}?[市区町村])"
# Runs that end in 市区町村 without being one: 市町村, 都市, 特別区, 各市 ….
_NOT_PLACE = re.compile(r"^[市区町村都道府県]|^(?:特別|各|全|本|当|同|他|地|学|選挙|行政|都|近隣|周辺|隣接|一|二|三|旧|新)")

# 埼玉県 上尾市, 埼玉県 > 上尾市: a prefecture and a city alone on a line (an aggregator's breadcrumb).
_BREADCRUMB = re.compile(rf"^[ \t\u3000]*(?:{_PREFECTURE})[ \t\u3000>＞/／|｜]+(?P<m>[一-龥々ヶ]{{1,5}}[市区町村])[ \t\u3000]*$")
# 静岡県公文書開示条例, 中央区印鑑条例, みなみ市立図書館条例: an ordinance is the municipality's own.
_ORDINANCE = re.compile(rf"(?<![一-龥々ヶ])(?P<m>{_PLACE})(?:立)?[一-龥々ヶァ-ヴー・]{{0,24}}?条例")
# 議案第83号、令和６年度中央区各会計歳入歳出決算: a bill names the municipality's ordinance or budget.
_BILL = re.compile(
    rf"(?:議案|議)第[0-9０-９]{{1,3}}号[、，,は \t\u3000]*(?:(?:令和|平成|昭和)[0-9０-９元]{{1,2}}年度[ \t\u3000]*)?"
    rf"(?P<m>{_PLACE})(?:立)?(?:[一-龥々ヶァ-ヴー・]{{0,24}}?条例|各会計|一般会計|[一-龥]{{0,12}}特別会計)"
)
# みなみ市長から諮問, みなみ市長が諮問した: the mayor who consults the body.
_MAYOR = re.compile(rf"(?<![一-龥々ヶ])(?P<m>{_PLACE})長(?:から|より|が|は)?[^。\n]{{0,10}}?諮問")


def _agreed(names: list[str]) -> str | None:
    found = Counter(n for n in names if not _NOT_PLACE.search(n))
    return next(iter(found)) if len(found) == 1 else None


def in_breadcrumb(lines: list[str]) -> str | None:
    return _agreed([m.group("m") for m in map(_BREADCRUMB.match, lines) if m])


def in_acts(header_texts: list[str], body_lines: list[str]) -> str | None:
    """The municipality named by the ordinances and the mayor in the header, or by the bills anywhere."""
    names = []
    for text in header_texts:
        names += [m.group("m") for rx in (_ORDINANCE, _MAYOR) for m in rx.finditer(text)]
    for line in body_lines:
        if "号" in line:
            names += [m.group("m") for m in _BILL.finditer(line)]
    return _agreed(names)
