"""保存期間: what a department may write, how it is stored as a structure, and what the checklist reads.

A period is a positive number of years, months, weeks or days (「5年」「6か月」「交付後7日間」), 常用, 永年,
or an event it lasts until (「事業終了まで」「安否確認終了後に回収」). Anything else (「-1」, 「未定」) is refused
with a message instead of being stored as if a period had been given.

The department's own words stay in `Case.retention_period` (the 諮問書 prints them); `read()` turns them
into the structure stored beside them (kind, amount, starting point or event, note), so the checklist,
the API and any later rule work on values rather than on text.
"""
import re
import unicodedata
from dataclasses import dataclass

from django.db import models

EXAMPLES = "「5年」「6か月」「常用」「永年」「事業終了まで」"
_UNITS = {"年": "years", "か月": "months", "ヶ月": "months", "ケ月": "months", "カ月": "months", "ヵ月": "months",
          "箇月": "months", "月": "months", "週間": "weeks", "週": "weeks", "日": "days"}
_AMOUNT = re.compile(r"(-?\d+)\s*(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(間)?")
_STANDING = re.compile(r"常用")
_PERMANENT = re.compile(r"永年|永久")
_EVENT = re.compile(r"まで|終了後|完了後|回収|返却|消去|廃棄")
_NEGATIVE = re.compile(r"^[\s]*[-−‐－]|[-−‐－]\s*\d")
_NOTE = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")


class Kind(models.TextChoices):
    YEARS = "years", "年"
    MONTHS = "months", "か月"
    WEEKS = "weeks", "週間"
    DAYS = "days", "日"
    STANDING = "standing", "常用"
    PERMANENT = "permanent", "永年"
    UNTIL_EVENT = "until_event", "事由が生じるまで"


@dataclass(frozen=True)
class Reading:
    kind: str = ""
    amount: int | None = None
    basis: str = ""  # the starting point of an amount (「交付後」) or the event a period lasts until
    note: str = ""   # a bracketed remark (「ログは1年」)

    def fields(self):
        """The model fields this reading is stored in."""
        return {"retention_kind": self.kind, "retention_amount": self.amount,
                "retention_basis": self.basis, "retention_note": self.note}

    def describe(self):
        """The structure in plain Japanese, for a reader checking what the system understood."""
        if not self.kind:
            return ""
        if self.kind == Kind.STANDING:
            text = "常用 (業務で使う間は保有)"
        elif self.kind == Kind.PERMANENT:
            text = "永年"
        elif self.kind == Kind.UNTIL_EVENT:
            text = f"事由まで: {self.basis}" if self.basis else "事由まで"
        else:
            text = f"{self.amount}{Kind(self.kind).label}"
            if self.basis:
                text += f" (起算・対象: {self.basis})"
        return f"{text} / 備考: {self.note}" if self.note else text


def problem(text):
    """Why `text` is not a retention period, in Japanese; None when it is one or is empty."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None
    if _NEGATIVE.search(text):
        return f"保存期間に負の値は使えません。{EXAMPLES}のように書いてください。"
    amounts = [int(n) for n, _unit, _span in _AMOUNT.findall(text)]
    if any(n <= 0 for n in amounts):
        return f"保存期間は1以上の年数・月数などで書いてください。{EXAMPLES}のように書いてください。"
    if amounts or _STANDING.search(text) or _PERMANENT.search(text) or _EVENT.search(text):
        return None
    return f"保存期間が読み取れません。{EXAMPLES}のように書いてください。"


def read(text):
    """The structure of a period `problem()` accepts; an empty Reading for empty or unreadable text."""
    if problem(text) is not None:
        return Reading()
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return Reading()
    note = ""
    bracket = _NOTE.search(text)
    if bracket and bracket.start() > 0:
        note, text = bracket.group(1).strip(), text[:bracket.start()].strip()
    amount = _AMOUNT.search(text)
    if amount:
        basis = text[:amount.start()].strip(" 、,")
        rest = text[amount.end():].strip(" 、,")
        return Reading(_UNITS[amount.group(2)], int(amount.group(1)), basis, "、".join(filter(None, [rest, note])))
    if _PERMANENT.search(text):
        return Reading(Kind.PERMANENT.value, note=note)
    if _STANDING.search(text):
        return Reading(Kind.STANDING.value, note=note)
    event = text[:-2] if text.endswith("まで") else text
    return Reading(Kind.UNTIL_EVENT.value, basis=event, note=note)
