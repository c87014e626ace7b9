"""Text folding for matching Japanese names and phrases.

These functions produce keys for comparison and search; callers keep and
display the text as it was written.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["BRACKETED", "compact", "loose_pattern", "normalize", "phrase", "strip_role_words"]

_WHITESPACE = re.compile(r"\s+")

# A short bracketed group such as 「（諮問）」: a title must never break inside one.
BRACKETED = re.compile(r"[（(【「『][^（）()【】「」『』]{1,20}[）)】」』]")

# A half-width bracket around Japanese text (「審査請求 (公文書開示請求)」, typed or imported so), innermost first.
_HALF_WIDTH_GROUP = re.compile(r"\s?\(([^()]*[^\x00-\x7f][^()]*)\)")


def phrase(text: str) -> str:
    """A title or reason as an official paper prints it: brackets around Japanese full-width, as the paper's
    own （諮問） and （…のため） are, so that one phrase does not mix 「 (…)」 and 「（…）」."""
    text = text or ""
    while True:
        changed = _HALF_WIDTH_GROUP.sub(r"（\1）", text)
        if changed == text:
            return text
        text = changed


# Longest first so that 会長職務代理 is removed whole rather than leaving 会長.
_ROLES = (
    "会長職務代理者",
    "会長職務代理",
    "職務代理者",
    "職務代理",
    # 北野教育委員長: the chair of a board of education (the post until 2015), not a 教育 surname's 委員長.
    "教育委員長",
    "副委員長",
    "委員長",
    "副会長",
    "部会長",
    "会長",
    # 船越専門委員, 北野臨時委員: members appointed for one matter, named as the rest are.
    "専門委員",
    "臨時委員",
    "委員",
    # 北野構成員: a study group's member (検討会, 協議会) is named so.
    "構成員",
)
_HONORIFICS = ("さん", "氏", "様", "殿")
_ROLE_ALT = "|".join(map(re.escape, _ROLES))
_HONORIFIC_ALT = "|".join(map(re.escape, _HONORIFICS))
# Roles may follow the name directly, after a space, or in brackets:
# 竹前榮二委員, 竹前 榮二 委員, 竹前榮二（会長）, 竹前委員長様.
_TRAILING_ROLES = re.compile(
    rf"(?:\s*(?:[（(]\s*(?:{_ROLE_ALT})\s*[)）]|{_ROLE_ALT}|{_HONORIFIC_ALT}))+\s*$"
)


def normalize(text: str) -> str:
    """NFKC with whitespace runs folded to one space and the ends stripped."""
    if not text:
        return ""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def compact(text: str) -> str:
    """NFKC with all whitespace removed, so 「竹前 榮二」 equals 「竹前榮二」."""
    if not text:
        return ""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def strip_role_words(name: str) -> str:
    """「竹前 榮二 委員」 → 「竹前榮二」: drop trailing roles, honorifics and spaces.

    Characters are otherwise kept as written (no NFKC), so the result can be
    shown; compare results through compact(). A name made only of role words
    is returned with just its spaces removed rather than emptied.
    """
    if not name:
        return ""
    squeezed = _WHITESPACE.sub("", name)
    stripped = _TRAILING_ROLES.sub("", name)
    stripped = _WHITESPACE.sub("", stripped)
    return stripped or squeezed


# A name is the same whatever blanks a writer put between its letters (鈴木　次郎, 鈴木 次郎, 鈴木次郎).
BLANKS = "[ \t\u3000\u00a0]*"
_DASHES = "-‐‑–—―−－"
# Half-width katakana (ｲﾉｳｴ) by the full-width letter NFKC makes of each.
_HALF_WIDTH_KANA = {unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0xFF66, 0xFF9E)}


def _letter(c: str) -> str:
    """A letter as a class of the widths it is also typed in (9 ９, - －, A Ａ, イ ｲ)."""
    forms = {c, unicodedata.normalize("NFKC", c)}
    for f in list(forms):
        if "!" <= f <= "~":
            forms.add(chr(ord(f) + 0xFEE0))
        if f in _HALF_WIDTH_KANA:
            forms.add(_HALF_WIDTH_KANA[f])
    if forms & set(_DASHES):
        forms |= set(_DASHES)
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "]"


def loose_pattern(text: str) -> str:
    """A regular expression for `text` however it is spaced or in whichever width its letters are typed."""
    return BLANKS.join(_letter(c) for c in text if not c.isspace())
