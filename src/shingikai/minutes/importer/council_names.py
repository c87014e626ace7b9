"""A body's name where no title line names it by a council word (審議会, 委員会, 協議会 …).

Two shapes are read: a title that sets the body between its sitting's number and the minutes word
(第3回 …に関する国と地方の協議 議事録, …検討チーム 第1回議事録, 第2回定例庁議), and the body's own papers in the
list handed out (監視・影響調査専門調査会 委員名簿, …運営規則(案)): a roster or rules paper is the body's own.
"""
from __future__ import annotations

import re

from .conventions import TITLE_SPAN
from .speakers import strip_list_marker

_MINUTES = r"(?:議事録|議事要旨|議事概要|会議録|議事次第|会議概要)"
_DATE = r"(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|(?:令和|平成|昭和)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日)?"
# The name: no sentence, no bracket, no field's colon, at least one letter of a word.
_NAME = r"[^\s、。「」『』()（）【】:：<>]{2,40}?"
_TITLE_SHAPES = (
    # 2014年1月31日 第3回 国民健康保険制度の基盤強化に関する国と地方の協議 議事録
    re.compile(rf"^{_DATE}[ \u3000]*第[0-9]{{1,3}}回[ \u3000]*(?P<n>{_NAME})[ \u3000]*{_MINUTES}$"),
    # 閣議議事録等作成・公開制度検討チーム 第1回議事録
    # …に関する調査検討会 第1回会合議事録: the sitting called a 会合 (a gathering) before the minutes word.
    re.compile(rf"^(?P<n>{_NAME})[ \u3000]*[(（]?第[0-9]{{1,3}}回[)）]?[ \u3000]*(?:会合)?{_MINUTES}"),
    # 第2回定例庁議(5月18日): a standing meeting named by what it is.
    re.compile(r"(?:^|[ \u3000])第[0-9]{1,3}回(?:定例|臨時)(?P<n>[一-龥々]{2,12})(?=[(（ \u3000]|$)"),
    # 開催場所 教育会館3階 令和7年度第1回北山市環境保全審議会議事録(確定稿): the title run onto the end of a field.
    re.compile(rf"第[0-9]{{1,3}}回(?P<n>{_NAME}(?:審議会|審査会|委員会|協議会|懇話会|懇談会))[ \u3000]*{_MINUTES}"),
)
# 監視・影響調査専門調査会 委員名簿, …専門調査会運営規則(案): the body's roster and rules among its papers.
_OWN_PAPER = re.compile(
    r"^(?:資料[0-9０-９\-−‐]*[ \u3000:：]*)?(?P<n>[^\s、。「」『』()（）【】:：]{2,40}?"
    r"(?:調査会|委員会|審議会|審査会|協議会|懇話会|懇談会|検討会|研究会|会議|部会|分科会|チーム))"
    r"[ \u3000]*(?:委員名簿|構成員名簿|名簿|運営規則|運営要領|設置要綱|設置要領)(?:[(（]案[)）])?$"
)
# ・令和6年度第6回北山市社会教育委員の会議次第: the order of business handed out, titled with the sitting's count and
# the body's name; the count labels the sitting.
_OWN_ORDER = re.compile(
    r"^(?P<l>(?:(?:令和|平成|昭和)[0-9元]{1,2}年度?)?第[0-9]{1,3}回)[ \u3000]*(?P<n>[^\s、。「」『』()（）【】:：]{2,40}?"
    r"(?:調査会|委員会|審議会|審査会|協議会|懇話会|懇談会|検討会|研究会|会議|部会|分科会))[ \u3000]*次第$"
)
_NOT_A_NAME = re.compile(r"^(?:本|当|同|この|その|次回の?|定例|臨時)|^[0-9]|年度?$|[0-9]{2,}")


def _usable(name: str) -> bool:
    return len(name) >= 2 and not _NOT_A_NAME.search(name)


# 第１回: the shapes read the sitting's number in either width; a digit for a digit keeps every place in the line.
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def council_in_title(titles: list[str]) -> str | None:
    for text in titles:
        t = (text or "").strip(" \t\u3000")[:TITLE_SPAN]  # a page run onto one line holds its title first
        for shape in _TITLE_SHAPES:
            m = shape.search(t.translate(_ASCII_DIGITS))
            if m and _usable(m.group("n")):
                return t[m.start("n"):m.end("n")]
    return None


def council_in_papers(lines: list[str]) -> str | None:
    """The body named by its own roster or rules among the papers; one name, or none where papers name two."""
    found = {m.group("n") for m in (_OWN_PAPER.match(strip_list_marker(line)) for line in lines) if m}
    found = {n for n in found if _usable(n)}
    return found.pop() if len(found) == 1 else None


def as_printed(name: str, lines: list[str]) -> str:
    """``name`` as the document prints it where a file name dropped its 中黒 (閣議議事録等作成公開制度検討チーム.PDF
    for 閣議議事録等作成・公開制度検討チーム)."""
    if "・" in name or len(name) < 6:
        return name
    pattern = re.compile("・?".join(map(re.escape, name)))
    for line in lines:
        if "・" in line:
            for m in pattern.finditer(line):
                if "・" in m.group(0):
                    return m.group(0)
    return name


def sitting_in_papers(lines: list[str]) -> tuple[str, str] | None:
    """The body and the sitting's count named by the order of business among the papers (第6回北山市…会議次第); none
    where two such papers name different bodies or counts."""
    found = set()
    for line in lines:
        m = _OWN_ORDER.match(strip_list_marker(line).lstrip("・•-－ \t\u3000").translate(_ASCII_DIGITS))
        if m and _usable(m.group("n")):
            found.add((m.group("n"), m.group("l")))
    return found.pop() if len(found) == 1 else None


# 令和元年度第2回協議会会議録 / … 定刻になりましたので令和元年度第2回北山区自治協議会を開催させていただきます。: a title
# that names the body by its kind alone; the opening words name it whole, with the same count.
# 第9回委員会 (1月25日) / … ただ今から,北山建設委員会を開会いたします。: the title without the minutes word, the date in
# brackets after it; the chair opens the sitting naming the body, without its count.
_KIND_ONLY_TITLE = re.compile(
    rf"^(?:(?:令和|平成|昭和)[0-9元]{{1,2}}年度?)?第(?P<c>[0-9]{{1,3}})回(?P<k>協議会|審議会|審査会|委員会|懇話会|懇談会|会議)"
    rf"(?:[ \u3000]*{_MINUTES})?(?:[ \u3000]*[(（][^()（）]{{1,12}}[)）])?$"
)
_OPENING_NOW = r"(?:ただ今|ただいま|只今|これ)(?:から|より)[,、，]?[ \u3000]*"


def opened_by_kind(titles: list[str], lines: list[str]) -> str | None:
    """The body a kind-only title stands for, as the opening words name it with the sitting's count (see above)."""
    for text in titles:
        m = _KIND_ONLY_TITLE.match((text or "").strip(" \t\u3000").translate(_ASCII_DIGITS))
        if m is None:
            continue
        opened = re.compile(rf"(?:第{m.group('c')}回|{_OPENING_NOW})(?P<n>[^\s、。,，「」『』()（）【】:：第回]{{1,30}}?{m.group('k')})を(?:開催|開会)")
        found = {o.group("n") for line in lines for o in opened.finditer(line.translate(_ASCII_DIGITS))}
        found = {n for n in found if _usable(n) and n != m.group("k")}
        return found.pop() if len(found) == 1 else None
    return None


# 令和元年5月 定例教育委員会, 平成29年5月北山市定例教育委員会: a board that sits every month titles its record by the month
# and the kind of sitting (定例, 臨時) before its own word; the body is the municipality's board, the month its sitting.
_MONTHLY_BOARD_SITTING = re.compile(
    r"(?P<ym>(?:令和|平成|昭和)[ \u3000]*[0-9元]{1,2}[ \u3000]*年[ \u3000]*[0-9]{1,2}[ \u3000]*月)[ \u3000]*"
    r"(?P<m>[一-龥々ヶ]{1,6}?[都道府県市区町村])?[ \u3000]*(?:定例|臨時)[ \u3000]*(?P<b>教育委員会|農業委員会)"
)


def monthly_board_sitting(texts: list[str]) -> tuple[str | None, str, str] | None:
    """(the municipality the title names or None, the board's word, the month as the sitting's label) of a title
    in that shape (see above), or None."""
    for text in texts:
        m = _MONTHLY_BOARD_SITTING.search(text or "")
        if m:
            return m.group("m"), m.group("b"), re.sub(r"[ \u3000]+", "", m.group("ym"))
    return None


# (北野座長) / ただいまから、第九次、第4回北山市コミュニティバス運営推進懇談会を開催いたします。: a page that lost its
# title and labels; the chair's opening words name the body, its municipality first, with the sitting's count.
_OPENED_NAMED = re.compile(
    rf"{_OPENING_NOW}(?:[^、。\s]{{1,8}}[、,，][ \u3000]*)?(?:(?P<c>(?:(?:令和|平成|昭和)[0-9元]{{1,2}}年度?)?第[0-9]{{1,3}}回)[、,，]?[ \u3000]*)?"
    r"(?P<n>[^\s、。,，「」『』()（）【】:：第回]{2,40}?(?:審議会|審査会|委員会|協議会|懇話会|懇談会|会議))を(?:開催|開会)"
)


def opened_in_speech(lines: list[str]) -> tuple[str, str | None] | None:
    """(the body, the sitting's count) the first opening words name, where the body's name opens with its
    municipality (see above); None otherwise."""
    from .municipality import municipality_from_prefix
    for line in lines:
        m = _OPENED_NAMED.search(line.translate(_ASCII_DIGITS)) if "開" in line else None
        if m:
            name = m.group("n")
            return (name, m.group("c")) if _usable(name) and municipality_from_prefix(name) else None
    return None
