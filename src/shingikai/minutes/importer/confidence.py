"""How sure the parse is of each meeting fact, and whether the text is minutes at all.

Every header value the parser reads carries a confidence between 0 and 1, set by where it was
found (a labelled field is surer than a word in the body). A value below ``THRESHOLD`` is not
offered: it becomes null (or an empty list) and the parse gets a warning in Japanese that the
review screen shows beside the field, so a person fills it in instead of trusting a guess.
"""
from __future__ import annotations

import re

from .structure import MINUTES_WORDS

THRESHOLD = 0.5

FIELD_NAMES = {
    "municipality": "自治体", "council_name": "会議体", "meeting_label": "回次", "date": "開催日",
    "start_time": "開始時刻", "end_time": "終了時刻", "place": "場所", "members_present": "出席委員",
    "members_absent": "欠席委員", "chair": "会長・議長",
}


class Facts:
    """Meeting facts with their confidence and the warnings about them."""

    def __init__(self) -> None:
        self.values: dict = {}
        self.confidence: dict[str, float] = {}
        self.warnings: list[dict] = []

    def put(self, name: str, value, confidence: float, stated_empty: bool = False) -> None:
        """``stated_empty``: an empty list the text states (欠席委員　なし), not one it is silent on."""
        self.values[name] = value
        unread = value is None or (value == [] and not stated_empty)
        self.confidence[name] = 0.0 if unread else round(confidence, 2)

    def warn(self, name: str | None, message: str) -> None:
        self.warnings.append({"field": name, "message": message})

    def settle(self) -> dict:
        """The values to offer: those below the threshold become null, with a warning."""
        out = dict(self.values)
        for name, value in self.values.items():
            c = self.confidence.get(name, 1.0)
            if value in (None, []) or c >= THRESHOLD:
                continue
            out[name] = [] if isinstance(value, list) else None
            label = FIELD_NAMES.get(name, name)
            self.warn(name, f"{label}を確かに読み取れなかったため、空欄にしました（候補: {_show(value)}）。確認して入力してください。")
        return out


ITEM_FIELD_NAMES = {"title": "件名", "kind": "種別", "outcome": "結果", "departments": "担当課"}


def settle_item(index: int, item: dict, facts: Facts) -> dict:
    """An item's values to offer, as for the meeting facts: below the threshold, null (an empty
    list) with a warning naming the item (field ``items.N.name``, N counted from 1)."""
    for name, c in item.get("confidence", {}).items():
        value = item.get(name)
        if value in (None, []) or c == 0.0 or c >= THRESHOLD:
            continue  # 0: nothing was claimed (不明, no department), so nothing to doubt
        item[name] = [] if isinstance(value, list) else None
        facts.warn(f"items.{index + 1}.{name}", f"議題{index + 1}の{ITEM_FIELD_NAMES.get(name, name)}を確かに読み取れなかったため、"
                   f"空欄にしました（候補: {_show(value)}）。確認して入力してください。")
    return item


def _show(value) -> str:
    if isinstance(value, list):
        shown = "、".join(str(v) for v in value[:5])
        return shown + ("…" if len(value) > 5 else "")
    return str(value)


# A record's own head: it calls itself minutes (第1回議事録) and sets out its sitting in the minutes'
# words (議事次第, 日時:) with an era year; both together, near the top.
_MINUTES_TITLE = re.compile(MINUTES_WORDS)
_SITTING_WORDS = re.compile(r"議事次第|日[ \t\u3000]*時[ \t\u3000]*[:：]")
_ERA_YEAR = re.compile(r"(?:昭和|平成|令和)[ \t\u3000]*(?:元|[0-9０-９]{1,2})[ \t\u3000]*年")
_HEAD_CHARS = 3000


def names_itself_minutes(text: str) -> bool:
    """Whether the head of ``text`` says it is a meeting's minutes (title, 議事次第 or 日時, era year).

    Enough on its own: a page whose facts the parser could not read (a council named …チーム, a
    date cut short) is still minutes when it says so; a letter or a novel does not set out a sitting.
    """
    head = text[:_HEAD_CHARS]
    return bool(_MINUTES_TITLE.search(head) and _SITTING_WORDS.search(head) and _ERA_YEAR.search(head))


def meeting_evidence(parsed: dict, text: str = "") -> tuple[bool, str | None]:
    """Whether the text records a meeting; when not, the reason in Japanese.

    A meeting shows itself by at least two of: a date, a named council, attendees, speaker
    turns, agenda items, or by a head that names it minutes (names_itself_minutes). A letter,
    a novel or a price list has at most one of them.
    """
    signs = [
        parsed.get("date") is not None,
        parsed.get("council_name") is not None,
        bool(parsed.get("members_present")),
        len(parsed.get("turns") or []) >= 2,
        bool(parsed.get("items")),
    ]
    if sum(signs) >= 2 or names_itself_minutes(text):
        return True, None
    return False, "会議の記録として読める内容（開催日・会議名・出席者・発言・議題）が見つかりませんでした。会議録のファイルか確認してください。"
