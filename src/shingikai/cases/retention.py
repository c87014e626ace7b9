"""保存期間: what a department may write, and what the checklist reads as no period at all.

A period is a positive number of years, months, weeks or days (「5年」「6か月」「交付後7日間」), 常用, 永年,
or an event it lasts until (「事業終了まで」「安否確認終了後に回収」). Anything else (「-1」, 「未定」) is refused
with a message instead of being stored as if a period had been given.
"""
import re
import unicodedata

EXAMPLES = "「5年」「6か月」「常用」「永年」「事業終了まで」"
_AMOUNT = re.compile(r"(-?\d+)\s*(?:年|か月|ヶ月|ケ月|カ月|ヵ月|箇月|月|週間|週|日)")
_STANDING = re.compile(r"常用|永年|永久")
_EVENT = re.compile(r"まで|終了後|完了後|回収|返却|消去|廃棄")
_NEGATIVE = re.compile(r"^[\s]*[-−‐－]|[-−‐－]\s*\d")


def problem(text):
    """Why `text` is not a retention period, in Japanese; None when it is one or is empty."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None
    if _NEGATIVE.search(text):
        return f"保存期間に負の値は使えません。{EXAMPLES}のように書いてください。"
    amounts = [int(n) for n in _AMOUNT.findall(text)]
    if any(n <= 0 for n in amounts):
        return f"保存期間は1以上の年数・月数などで書いてください。{EXAMPLES}のように書いてください。"
    if amounts or _STANDING.search(text) or _EVENT.search(text):
        return None
    return f"保存期間が読み取れません。{EXAMPLES}のように書いてください。"
