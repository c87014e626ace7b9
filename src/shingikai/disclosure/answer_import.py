"""Read the structure of another 審査会's published 答申 (text, HTML, PDF or Word): number, date, council,
the four parts (結論, 審査請求の趣旨, 主張, 判断), the outcome and the 不開示 articles and categories it deals
with. The decoding is the minutes importer's (minutes.importer.decode); actions.import_answer stores it.
"""
from __future__ import annotations

import re
import unicodedata

from shingikai.jp.wareki import parse_date
from shingikai.minutes.importer.decode import read_minutes_file

from .models import GroundCategory

HEADING = re.compile(r"^\s*第\s*([0-9]+|[一二三四五六七八九十]+)\s*[　 ]*(.+?)\s*$")
SECTIONS = (("結論", "conclusion"), ("趣旨", "purport"), ("主張", "claims"), ("判断", "judgment"), ("経過", "history"))
ARTICLE = re.compile(r"(?:条例|法|施行令|規則)?第[0-9]+条(?:の[0-9]+)?(?:第[0-9]+項)?(?:第[0-9]+号)?")
CATEGORY_WORDS = {
    GroundCategory.PERSONAL: ("個人に関する情報", "個人情報", "個人識別"),
    GroundCategory.CORPORATE: ("法人等", "法人その他の団体", "競争上の地位"),
    GroundCategory.DELIBERATION: ("審議、検討", "審議・検討", "意思決定の中立性"),
    GroundCategory.ADMINISTRATION: ("事務又は事業", "事務・事業", "適正な遂行"),
    GroundCategory.PUBLIC_SAFETY: ("公共の安全", "犯罪の予防"),
    GroundCategory.NATIONAL: ("国の安全",),
    GroundCategory.LAW: ("法令秘", "法令の規定により"),
}


# The signature line names the body and often its chair on the same line: 「…審査会　会長　山田　一」.
COUNCIL_LINE = re.compile(r"^(.+?(?:審査会|審議会))(?:[\s　]*(?:会長|委員長|副会長|会長職務代理者)(?:[\s　]+\S.*)?)?$")


def council_of(head: list[str]) -> str | None:
    """The 審査会's name: the first head line that is the name, alone or followed by its chair's title and name."""
    for line in head:
        match = COUNCIL_LINE.match(line.strip())
        if match:
            return match.group(1)
    return None


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def outcome_of(conclusion: str) -> str | None:
    text = _normal(conclusion)
    # 情報公開条例 of many cities say 公開 where the law says 開示.
    revokes = any(w in text for w in ("開示すべき", "公開すべき", "取り消すべき", "取り消し", "取消し"))
    if revokes and any(w in text for w in ("一部", "部分", "うち")):
        return "一部取消"
    if revokes:
        return "取消"
    if "妥当" in text:
        return "妥当"
    return None


def parse_answer_text(text: str) -> dict:
    lines = [line.rstrip() for line in text.splitlines()]
    sections: dict[str, list[str]] = {}
    current = None
    head = []
    for line in lines:
        match = HEADING.match(_normal(line))
        if match:
            title = match.group(2)
            current = next((key for word, key in SECTIONS if word in title), None)
            if current:
                sections.setdefault(current, [])
                continue
        if current:
            sections[current].append(line.strip())
        else:
            head.append(line.strip())
    parts = {key: "\n".join(l for l in value if l) for key, value in sections.items()}
    whole = _normal(text)
    number = re.search(r"答申第\s*([0-9]+)\s*号", whole)
    date = next((d for d in (parse_date(_normal(l)) for l in head if "年" in l and "日" in l) if d), None)
    council = council_of(head)
    judged = _normal(parts.get("judgment", "") + parts.get("conclusion", ""))
    return {
        "number": f"答申第{number.group(1)}号" if number else None,
        "date": date.isoformat() if date else None,
        "council_name": council,
        "conclusion": parts.get("conclusion") or None,
        "purport": parts.get("purport") or None,
        "claims": parts.get("claims") or None,
        "judgment": parts.get("judgment") or None,
        "outcome": outcome_of(parts.get("conclusion", "")),
        "articles": sorted(set(ARTICLE.findall(judged)), key=judged.index),
        "categories": [c.value for c, words in CATEGORY_WORDS.items() if any(w in judged for w in words)],
    }


def not_answer_reason(parsed: dict) -> str | None:
    """Why a reading holds no 答申, or None: without a conclusion or a judgment there is nothing to keep."""
    if parsed.get("conclusion") or parsed.get("judgment"):
        return None
    return "「審査会の結論」も「審査会の判断」も見つからず、答申ではないようです。"


def parse_answer_file(path) -> dict:
    return parse_answer_text(read_minutes_file(path))
