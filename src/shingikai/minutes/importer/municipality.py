"""Which municipality a body belongs to, from whatever names it.

In order of trust: the start of the body's own name (みなみ市情報公開・個人情報保護審議会), the place
written just before its name elsewhere in the text, the building it meets in (みなみ市役所 第1会議室,
群馬県庁), a postal address, an aggregator's breadcrumb (埼玉県 上尾市), the acts that come before the
body (静岡県公文書開示条例 in its title, 議案第44号 中央区印鑑条例 on a committee's agenda, みなみ市長から
諮問), and last the city its members speak of most. Every finder asks the one not_a_municipality rule,
so that 市町村, 本市, 特別区 or 内閣府 (a national body: no municipality) are never taken for a city.
Finders that collect several names return one only where every mention agrees; two cities mean none.
"""
from __future__ import annotations

import re
from collections import Counter

from .conventions import TITLE_SPAN
from .speakers import compact

PREFECTURES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 "
    "新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 "
    "和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 "
    "大分県 宮崎県 鹿児島県 沖縄県"
).split()

# Words that end in 市区町村 without naming one: 市町村, 区内, 都市, 特別区, 各市, 本市, 新市, 地区 ….
_NOT_MUNICIPALITY = re.compile(
    # 市町村, 区内, 市民 …, but not 町田市, 市川市 or 村上市, which open with the same letters.
    r"^[市区町村都道府県]$|^[市区町村都道府県][市区町村都道府県内外民政立下営議長]"
    # 各市, 本市, 当町, 全市町村; but 各山市, 本北市, 当南町 (a place whose name opens with those letters) are places.
    # 地域市民課: 地域 (the area) before a word that opens with 市 names no place.
    r"|^(?:特別|選挙|行政|都市|近隣|周辺|隣接|我が|地方|地域)|^(?:他|各|全|本|当|同)[市区町村都道府県]"
    r"|^(?:旧|新|一|二|三|両|地|学)[市区町村]$"
    # 齊藤副区長, 山田副市長: a deputy mayor's title, cut short before 長.
    r"|副[市区町村]$"
    # 北山地区市町教育委員会連絡協議会: the towns and cities of a district together, none of them.
    r"|地区(?:市町村|市町|町村)$"
    # 北山地区まちづくり協議会: a district (地区) of a city, the area a community body serves, is no ward.
    r"|地区$"
    # 北山市立小・中学校学区, 南野校区: the area a school serves (学区, 校区) is no ward either.
    r"|[学校]区$"
    # 道州制特区, 構造改革特区: a special zone (特区) is no ward.
    r"|特区$"
    # 委員奥村保之佐藤信幸…: a roster run together, a surname that ends in 村 after the role word.
    r"|^(?:委員|議員|会長|議長|部長|課長)"
)


def not_a_municipality(name: str) -> bool:
    """True for a word that only looks like a place name; a name ending in 都道府県 must be a prefecture
    (内閣府 and 政府 are the nation's)."""
    if _NOT_MUNICIPALITY.search(name):
        return True
    return name[-1:] in "都道府県" and name not in PREFECTURES


_CORPORATION_KIND = re.compile(r"^(?:地方独立行政法人|公立大学法人)")
# 21世紀北山市図書館計画検討委員会: the century the plan looks to (its figures sometimes lost from the title) likewise.
_PLAN_EDITION = re.compile(r"^(?:第[0-9０-９一二三四五六七八九十]{1,3}[次期]|(?:[0-9０-９]{2}|二十一)?世紀)(?=[^\s]{2,})")


_OWNED_BY = re.compile(r"^([一-龥々ヶケ]{1,5}?[市区町村])立(?=.)")


def municipality_from_prefix(prefix: str) -> str | None:
    """The municipality at the start of a body's name: みなみ市 from みなみ市情報公開…審議会."""
    p = re.sub(r"\s+", "", prefix or "")
    # 地方独立行政法人北山市立病院評価委員会: the body of a city's incorporated hospital (or other work), named with the
    # kind of corporation before the city.
    p = _CORPORATION_KIND.sub("", p)
    # 第2次北山市観光振興計画策定委員会: the edition of the plan the body drafts comes before the city.
    p = _PLAN_EDITION.sub("", p)
    m = re.match(r"^(.*?)(?:情報公開|個人情報|公文書|行政不服|審議会|審査会|委員会|協議会|議会)", p)
    if m:
        p = m.group(1)
        owner = _OWNED_BY.match(p)
        if owner and not not_a_municipality(owner.group(1)):
            # 北山市立小・中学校学区審議会: a body about what the city owns (立), the city before 立.
            p = owner.group(1)
        opening = _UNION_OPENING.match(p)
        if opening:
            # 北山広域環境施設組合ごみ処理検討委員会: a union's own committee, named by its business after the union.
            return opening.group(0)
        if len(p) > 3 and p[-1] not in "市区町村都道府県" and not _UNION.match(p):
            # 広島市教育委員会: the body named by its field after the city.
            p = _leading_place(p) or p
    elif len(p) > 6:
        # 堺市防犯カメラガイドライン策定検討懇話会: a body named by its subject, the city first.
        p = _leading_place(p) or p
    if not p:
        return None
    union = _UNION.match(p)
    if union:
        # 北山県後期高齢者医療広域連合: a union of municipalities is a local public body of its own.
        return union.group(0)
    for pref in PREFECTURES:
        if p.startswith(pref) and len(p) > len(pref):
            p = p[len(pref):]
            if _FIELD_AFTER_PREFECTURE.fullmatch(p) or (p.startswith("都市") and _FIELD_AFTER_PREFECTURE.fullmatch(p[2:])):
                # 長野県景観審議会: the prefecture's own body, named by its field after the prefecture.
                # 山梨県都市計画審議会: 都市 (town planning) opens the field; no city is named.
                return pref
            # 長野県松本市景観: the city after the prefecture, the field after the city.
            p = _leading_place(p) or p
            if p.endswith("区") and pref != "東京都":
                # 北海道連合海区漁業調整委員会: only Tokyo's wards follow a prefecture's name; a 海区 is a fishing zone.
                return pref
            break
    p = re.sub(r"^[^郡]{1,5}郡(?=.{2,})", "", p)
    if len(p) < 2 or not_a_municipality(p):
        return None
    if p[-1] in "市区町村" or p in PREFECTURES:
        return p
    return None


# 景観, 文化財保護, 防犯カメラ活用検討: a field of the prefecture's business, no city, ward, town or village in it
# (長野県松本市 names the city; 長野県市町村 and 長野県地方 name no one body).
# 人権尊重の社会づくり: the field may be a phrase, with kana in it.
_FIELD_AFTER_PREFECTURE = re.compile(r"(?![^市区町村郡]*[市区町村郡])(?!地方|市町村)[一-龥々ァ-ヴー・][一-龥々ァ-ヴー・ぁ-ん]{1,23}")


# 市民, 区内, 町政 …: a suffix character that starts a word instead of ending a place name.
_WORD_AFTER_SUFFIX = set("民内政街場議営域外")


_KANJI_THEN_KANA = re.compile(r"[東西南北新][ぁ-ん]{2,4}(?<![いのがはをにでとも])")
_KANJI_THEN_KANA_OPENING = re.compile(r"[東西南北新][ぁ-ん]{1,3}")


def _leading_place(p: str) -> str | None:
    """The city (or else ward, town, village) that opens ``p``: 東村山市 before 東村, 杉戸町 in 杉戸町市民会議."""
    for suffixes in ("市", "区町村"):
        for k in range(1, min(5, len(p) - 1)):
            # みよし市介護保険運営審議会, つくば市…: a city may write its name in kana (a particle never ends one).
            kana = re.fullmatch(r"[ぁ-ん]+", p[:k]) is not None
            if not kana and _KANJI_THEN_KANA.fullmatch(p[:k]):
                # 新ひだか町, 東かがわ市: a direction or 新 before a name in kana (no adjective's い, no particle, ends it).
                kana = True
            # 北ケ丘市, ミナミ町: katakana inside or for a name (ケ as often as ヶ).
            if not kana and not re.fullmatch(r"[一-龥々ヶァ-ヴー]+", p[:k]):
                if _KANJI_THEN_KANA_OPENING.fullmatch(p[:k]):
                    continue
                break
            if kana and (k < 3 or p[k - 1] in "のがはをにでとも"):
                continue
            if p[k] == "市" and p[k - 1] == "都" and p[k - 2:k - 1] in ("区", "町", "村", "県", "府", "道"):
                # 北野区都市計画審議会: 都市 opens the body's field after the ward; it is no city 北野区都市.
                continue
            if p[k] in suffixes and p[k + 1] not in _WORD_AFTER_SUFFIX:
                return p[:k + 1]
    return None


# 志木地区衛生組合 (an 一部事務組合) likewise: its assembly's municipality is the 組合, not the 地区 in its name.
# 西はりま消防組合: kana in the union's name (a region's old name written in kana), never a particle's の.
_UNION = re.compile(r"^(?!.*の)[一-龥々ヶァ-ヴー・ぁ-ん]{2,16}?(?:広域連合|事務組合|衛生組合|環境組合|消防組合|施設組合|行政組合|組合)$")
_UNION_OPENING = re.compile(r"^(?!.*の)[一-龥々ヶァ-ヴー・ぁ-ん]{2,16}?(?:広域連合|事務組合|衛生組合|環境組合|消防組合|施設組合|行政組合)(?=.{2,})")


def is_union(name: str) -> bool:
    """北山広域環境施設組合, 北山県後期高齢者医療広域連合: a union of municipalities, a local public body of its own."""
    return _UNION.match(name) is not None


def union_in_full(name: str, text: str) -> str | None:
    """北山県後期高齢者医療広域連合議会 where ``name`` is 医療広域連合議会, the union's name broken by a PDF's gap
    (北山県後期高齢者 医療広域連合議会): the name again in ``text`` with its prefecture or city before it, where the
    union ``name`` gives opens with no place of its own. None where there is no such fuller name."""
    union = municipality_from_prefix(name)
    if not union or not _UNION.match(union) or _opens_with_place(union):
        return None
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 16):m.start()]
        for k in range(len(before)):
            head = before[k:]
            if re.search(r"[^一-龥々ヶァ-ヴー]", head):
                continue
            if _opens_with_place(head + name) and municipality_from_prefix(head + name):
                return head + name
    return None


def _opens_with_place(name: str) -> bool:
    return name.startswith(tuple(PREFECTURES)) or _leading_place(name) is not None


_PLACE_RUN = re.compile(r"(?:[一-龥々〆ヶァ-ヴー]{1,8}[市区町村都道府県]|[ぁ-ん]{2,6}[市町村]|[一-龥々ヶァ-ヴー・]{2,16}広域連合)$")


def municipality_near(council: str, lines: list[str]) -> str | None:
    """Find the municipality written just before ``council`` somewhere in the document."""
    key = compact(council)
    if not key:
        return None
    tail = council[-3:]
    before = ""
    for line in lines:
        if tail not in line:
            before = compact(line) or before
            continue
        # 第2回北山県後期高齢者医療広域連合 / 情報公開・個人情報保護審査会会議録: a title broken before the body's
        # name goes on from the line above.
        k = compact(line)
        if k.startswith(key) and before:
            k = before + k
        before = compact(line) or before
        start = k.find(key)
        while start > 0:
            # 北野町立図書館協議会: a body the town owns, 立 between the town and the body's name.
            owned = 1 if k[start - 1] == "立" and start > 1 else 0
            m = _PLACE_RUN.search(k[max(0, start - 20):start - owned])
            if m and len(k) > len(compact(line)) and start - owned == len(k) - len(compact(line)):
                # Across the break the place must open the line above (after the meeting's count), not end a sentence.
                place = re.sub(r"^.*[回年度第号]", "", m.group(0))
                opened = start - owned - len(place)
                alone = _UNION.match(place) or len(place) <= 5 or place in PREFECTURES
                m = m if alone and (opened == 0 or k[opened - 1] in "回度第号年") else None
            if m:
                # 平成18年度第2回東村山市…: the count of the meeting is no part of the city's name.
                name = municipality_from_prefix(re.sub(r"^.*[回年度第号]", "", m.group(0)))
                if name:
                    return name
            start = k.find(key, start + 1)
    return None


def owned_name(municipality: str, council: str, lines: list[str]) -> str:
    """The body's name with its municipality before it, as printed: 北野町立図書館協議会 where the text writes 立."""
    owned = compact(municipality + "立" + council)
    return municipality + ("立" if any(owned in compact(line) for line in lines if "立" in line) else "") + council


_ADDRESS = re.compile(
    "(?:" + "|".join(PREFECTURES) + r")(?:[^\s、。0-9０-９]{1,5}郡)?(?P<m>[^\s、。0-9０-９市区町村]{1,6}[市区町村])"
)


# えびの市役所, みよし市役所: a city that writes its name in kana has its own hall too.
_SEAT_OF_GOVERNMENT = re.compile(
    r"^(?P<m>(?:" + "|".join(PREFECTURES) + r")|[一-龥々ヶ]{1,6}[市区町村]|[ぁ-ん]{2,5}[市町村])(?:役所|庁|役場|庁舎|本庁舎|議会)"
)


# 京都府職員福利厚生センター, 京都府公館: a building the prefecture names as its own (an address would go on with the
# city: 京都府京都市上京区…).
_PREFECTURE_BUILDING = re.compile(
    r"^(?P<m>" + "|".join(PREFECTURES) + r")(?![^0-9]{0,6}?[市区町村郡])[一-龥々ァ-ヴー・]{0,16}?(?:センター|会館|公館|庁舎|分庁舎|別館|本館)"
)


# 北山市歴史民俗資料館 研修室, 北山市立図書館: a public facility the city names as its own.
# 北山市民会館, 南野町民センター: the hall for the city's own citizens (市民, 町民) is the city's as well.
_CITY_FACILITY = re.compile(
    r"^(?P<m>[一-龥々ヶ]{1,5}[市区町村])(?:(?:立)?[一-龥々ァ-ヴー・]{0,10}?"
    r"(?:資料館|博物館|美術館|図書館|公民館|郷土館|記念館|文化会館|文化センター|保健センター|福祉センター)"
    r"|民(?:会館|センター|ホール|文化会館|文化センター|体育館|プラザ))"
)


def municipality_of_place(place: str | None) -> str | None:
    """群馬県庁第141会議室, みなみ市役所 第1会議室: the meeting room is in the city's own building."""
    m = (_SEAT_OF_GOVERNMENT.match(compact(place or "")) or _PREFECTURE_BUILDING.match(compact(place or ""))
         or _CITY_FACILITY.match(compact(place or "")))
    if not m:
        return None
    name = m.group("m")
    if _REGIONAL_JOINT_BUILDING.match(compact(place or ""), len(name)):
        # 北山県南野合同庁舎: the prefecture's regional building lends its rooms to the region's towns and their unions
        # as well; it names no owner of the body.
        return None
    if name in PREFECTURES:
        return name
    return municipality_from_prefix(name)


_REGIONAL_JOINT_BUILDING = re.compile(r"[一-龥々ヶ]{1,4}(?:地方)?合同庁舎")


def municipality_in_address(lines: list[str]) -> str | None:
    for line in lines:
        m = _ADDRESS.search(line)
        if m and not not_a_municipality(m.group("m")):
            return m.group("m")
    return None


_SPOKEN_PLACE = re.compile(r"(?<![一-龥])(?P<m>[一-龥]{2,4}[市区町村])(?=は|の|で|が|議会|民|長|役所|内|立|として)")


_NEIGHBOUR = re.compile(r"(?:隣|近隣|隣接|周辺|近く|他|よその|ほかの)(?:の|する|にある)?$")


# 千歳市定期バス, 千歳市路線バス補助金審議会: the city as the owner of its services and bodies. A person's
# name can end in 市 as well (山田健市君), so an honorific after it rules the mention out.
# 第5次宇都宮市総合計画: the plan's edition (5次) before the city is no letter of its name; 次期北山市…プラン (the
# next plan) likewise.
# 港湾区域, 市域: 区域 and 域 (an area) after the letters are no place's suffix.
_OWNED_PLACE = re.compile(r"(?:(?<=[0-9０-９])[次期]|(?<![一-龥々])次期|(?<![一-龥々]))(?P<m>[一-龥]{2,4}[市区町村])(?!域)(?![一-龥]{0,2}(?:君|氏|さん|様|議員|委員))")


def municipality_spoken_of(text: str, at_least: int = 3) -> str | None:
    """The municipality a body's members speak of most, when they name it often (我々品川区は)."""
    return _named_most(text, _SPOKEN_PLACE, at_least)


def municipality_named_most(text: str, at_least: int = 3) -> str | None:
    """The municipality named as the owner of what the body deals with (千歳市定期バス, 千歳市の場合), where it
    is named at least ``at_least`` times and twice as often as any other: a neighbour named once or twice
    (札幌市の例) never outweighs it, and two cities named alike give none."""
    return _named_most(text, _OWNED_PLACE, at_least, margin=2)


def _named_most(text: str, pattern: re.Pattern[str], at_least: int, margin: int = 1) -> str | None:
    counts: dict[str, int] = {}
    neighbours = set()
    for m in pattern.finditer(text):
        name = m.group("m")
        if not_a_municipality(name):
            continue
        if _NEIGHBOUR.search(text, max(0, m.start() - 6), m.start()):
            # 隣の北山市では…: a city named as a neighbour is never the body's own, however often named.
            neighbours.add(name)
        counts[name] = counts.get(name, 0) + 1
    for name in neighbours:
        counts.pop(name, None)
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    name, n = max(counts.items(), key=lambda kv: kv[1])
    if len(ranked) > 1 and n < margin * ranked[1]:
        return None
    return name if n >= at_least else None


_PREFECTURE = "|".join(PREFECTURES)
# A city, ward, town or village: a short run of kanji ending in its suffix (中央区, 江別市, 杉戸町).
_PLACE = rf"(?:{_PREFECTURE}|[一-龥々ヶ]{{1,4}}?[市区町村])"

# 埼玉県 上尾市, 埼玉県 > 上尾市: a prefecture and a city alone on a line (an aggregator's breadcrumb).
# 大分県 大分県: the same breadcrumb over the prefecture's own assembly names the prefecture twice.
_BREADCRUMB = re.compile(
    rf"^[ \t\u3000]*(?P<pref>{_PREFECTURE})[ \t\u3000>＞/／|｜]+(?P<m>[一-龥々ヶぁ-んァ-ヶー]{{1,6}}[市区町村]|(?P=pref))[ \t\u3000]*$")
# 静岡県公文書開示条例, 中央区印鑑条例, みなみ市立図書館条例: an ordinance is the municipality's own.
_ORDINANCE = re.compile(rf"(?<![一-龥々ヶ])(?P<m>{_PLACE})(?:立)?[一-龥々ヶァ-ヴー・]{{0,24}}?条例")
# 議案第83号、令和６年度中央区各会計歳入歳出決算: a bill names the municipality's ordinance or budget.
_BILL = re.compile(
    rf"(?:議案|議)第[0-9０-９]{{1,3}}号[、，,は \t\u3000]*(?:(?:令和|平成|昭和)[0-9０-９元]{{1,2}}年度[ \t\u3000]*)?"
    rf"(?P<m>{_PLACE})(?:立)?(?:[一-龥々ヶァ-ヴー・]{{0,24}}?条例|各会計|一般会計|[一-龥]{{0,12}}特別会計)"
)
_BILL_NUMBER_ALONE = re.compile(r"[ \t\u3000]*(?:議案|議)第[0-9０-９]{1,3}号[ \t\u3000]*")
# みなみ市長から諮問, みなみ市長が諮問した: the mayor who consults the body; 京都府教育委員会が平成27年1月23日付けで
# 諮問した: its board of education, in the narration of what the body answered.
_MAYOR = re.compile(rf"(?<![一-龥々ヶ])(?P<m>{_PLACE})(?:長|知事|教育委員会)(?:から|より|が|は)?[^。\n]{{0,10}}?諮問")
_CONSULTED = re.compile(rf"(?<![一-龥々ヶ])(?P<m>{_PLACE})(?:長|知事|教育委員会)(?:から|より|が)[^。\n]{{0,24}}?諮問(?:した|された|があった|を受けた)")


def _agreed(names: list[str]) -> str | None:
    found = Counter(n for n in names if not not_a_municipality(n))
    return next(iter(found)) if len(found) == 1 else None


# 北山町 KITAYAMA TOWN, 北山市 Kitayama City: the site's banner, the name and its romanisation.
_BANNER = re.compile(
    r"^[ \t\u3000]*(?P<m>[一-龥々ヶ]{1,6}[市区町村])[ \t\u3000]+(?:[A-Z][A-Za-z-]+[ \t]+(?:CITY|TOWN|VILLAGE|WARD|City|Town|Village|Ward)"
    r"|(?:CITY|TOWN|VILLAGE|City|Town|Village)[ \t]+of[ \t]+[A-Z][A-Za-z-]+)[ \t\u3000]*$"
)


# 第4回北野検討委員会会議概要 - 北野市, 会 議 録 | 北野町公式ホームページ: a page's title with the site's name after a dash
# or a bar, as a browser's title bar shows it.
_TITLE_SITE = re.compile(
    r"^.{4,}?[ \t\u3000][-－–—|｜][ \t\u3000]*(?P<m>[一-龥々ヶケ]{1,6}[市区町村都道府県])"
    r"(?:公式ホームページ|ホームページ|公式サイト|役所|役場)?[ \t\u3000]*$"
    # 議事録 - 北海道後志総合振興局, … - 北山県南部県民局: the site is the prefecture's regional office; the body is the
    # prefecture's.
    r"|^.{2,}?[ \t\u3000][-－–—|｜][ \t\u3000]*(?P<p>" + "|".join(PREFECTURES) + r")[一-龥々ヶ]{1,6}?"
    r"(?:総合振興局|振興局|県民局|県民センター|地域振興事務所)[ \t\u3000]*$"
)


def in_banner(lines: list[str]) -> str | None:
    return _agreed([m.group("m") or m.groupdict().get("p") for rx in (_BANNER, _TITLE_SITE) for m in map(rx.match, lines) if m])


# トップ > 北野町の組織とその仕事 > 議会 > …: a town's own site, its breadcrumb's first crumb after the top page
# opening with the town's name.
_SITE_CRUMB = re.compile(
    r"^[ \t\u3000]*(?:トップ|ホーム|TOP|Top|HOME|Home)(?:ページ)?[ \t\u3000]*[>＞»][ \t\u3000]*"
    r"(?P<m>[一-龥々ヶ]{1,4}?[市区町村])の[^\s>＞»]{1,20}[ \t\u3000]*[>＞»]"
)


# 北山県議会 > 委員会 > 委員会会議録 > …: an assembly's own site, its breadcrumb's first crumb the assembly.
# トップページ > 北山市議会会議録 > …: the same after the site's top page, the crumb naming the assembly's minutes.
_ASSEMBLY_CRUMB = re.compile(
    r"^[ \t\u3000]*(?:(?:トップ|ホーム)(?:ページ)?[ \t\u3000]*[>＞»][ \t\u3000]*)?"
    rf"(?P<m>{_PREFECTURE}|[一-龥々ヶ]{{1,5}}?[市区町村])議会(?:会議録|議事録)?[ \t\u3000]*[>＞»][^>＞»\n]+[>＞»]"
)


def in_breadcrumb(lines: list[str]) -> str | None:
    return _agreed([m.group("m") for m in map(_BREADCRUMB.match, lines) if m]) or _agreed(
        [m.group("m") for m in map(_SITE_CRUMB.match, lines) if m]) or _agreed(
        [m.group("m") for m in map(_ASSEMBLY_CRUMB.match, lines) if m])


def in_acts(header_texts: list[str], body_lines: list[str]) -> str | None:
    """The municipality named by the ordinances and the mayor in the header, or by the bills anywhere."""
    names = []
    for text in header_texts:
        names += [m.group("m") for rx in (_ORDINANCE, _MAYOR) for m in rx.finditer(text[:TITLE_SPAN])]
    for k, line in enumerate(body_lines):
        if "号" in line:
            names += [m.group("m") for m in _BILL.finditer(line)]
            if _BILL_NUMBER_ALONE.fullmatch(line) and k + 1 < len(body_lines):
                # 議案第60号 / 平成27年度北山町一般会計補正予算の要求について: the number over its title on the next line.
                names += [m.group("m") for m in _BILL.finditer(line.strip(" \t\u3000") + " " + body_lines[k + 1].strip(" \t\u3000"))]
        if "諮問" in line:
            names += [m.group("m") for m in _CONSULTED.finditer(line)]
    return _agreed(names)


# 春日区地域協議会, 北野区地域審議会: the council of a city's 地域自治区 (a district under the Local Autonomy Act),
# whose 区 is no municipality. The city is the one the page names as its own: its ordinance on the districts
# (北野市地域自治区の設置に関する条例), its hall or a body it owns (北野市役所, 北野市立公民館), its site after the page's
# title (第6回春日区地域協議会 - 北野市).
_DISTRICT_COUNCIL = re.compile(r"^(?P<district>[一-龥々ヶ]{1,5}区)(?:地域協議会|地域審議会|地域自治区)")
_CITY_OF_DISTRICTS = re.compile(
    r"(?<![一-龥々ヶ])(?P<m>[一-龥々ヶ]{1,5}?[市町村])(?:地域自治区|役所|役場|立[一-龥々ヶ]{2}|ホームページ)"
    r"|[ \t\u3000][-|｜][ \t\u3000]*(?P<site>[一-龥々ヶ]{1,5}[市町村])[ \t\u3000]*$"
)


def city_of_district(council: str, lines: list[str]) -> str | None:
    """The city a 地域自治区's council (春日区地域協議会) belongs to, where the page names one city only."""
    if not _DISTRICT_COUNCIL.match(compact(council)):
        return None
    names = [m.group("m") or m.group("site") for line in lines for m in _CITY_OF_DISTRICTS.finditer(line)]
    return _agreed(names)


_MUNICIPALITY_WORD = re.compile(r"(?<![一-龥々])[一-龥]{2,4}[市区町村](?![一-龥]{0,2}(?:君|氏|さん|様|議員|委員))")


def prefecture_of_committee(text: str, at_least: int = 2) -> str | None:
    """岩手県の安全、安心の確保 … 岩手県沿岸: a prefectural assembly's committee, whose record names neither the prefecture in
    its title nor a city, speaks of the one prefecture it serves; that prefecture where it is named ``at_least``
    times, no other prefecture is named, and no city as often."""
    counts = {p: text.count(p) for p in PREFECTURES if p in text}
    if len(counts) != 1:
        return None
    name, n = counts.popitem()
    cities = [m.group(0) for m in _MUNICIPALITY_WORD.finditer(text) if not not_a_municipality(m.group(0))]
    if n < at_least or any(cities.count(c) >= n for c in set(cities)):
        return None
    return name


# 北海道森林管理局 / 第2回 保護林管理委員会: a body of the nation's regional bureau (財務局, 森林管理局, 開発局 …), the
# region the bureau is named by being no municipality of the body's.
_NATIONAL_BUREAU = re.compile(
    r"(?:森林管理局|財務局|財務支局|開発局|開発建設部|運輸局|経済産業局|総合通信局|農政局|地方整備局|総合事務局|労働局|厚生局|法務局)"
)


def national_bureau_named(municipality: str, council: str | None, titles: list[str]) -> bool:
    """Whether ``titles`` name a national bureau after ``municipality``'s name (北海道森林管理局) and the body is not
    named as the municipality's own (北海道…審議会)."""
    if not municipality or (council or "").startswith(municipality):
        return False
    for t in titles:
        k = compact(t or "")
        at = k.find(municipality)
        while at >= 0:
            if _NATIONAL_BUREAU.match(k, at + len(municipality)):
                return True
            at = k.find(municipality, at + 1)
    return False
