"""Text folding for matching Japanese names and phrases.

These functions produce keys for comparison and search; callers keep and
display the text as it was written.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["BRACKETED", "KANJI_FOLD", "compact", "loose_pattern", "name_search_pattern", "normalize", "phrase", "search_matches", "search_pattern", "search_words", "strip_role_words"]

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


# --- search boxes --------------------------------------------------------------------------------
#
# The lists searched by a plain database filter (the case list, the published 個人情報ファイル簿, the access record)
# compare the words a person types with the text as it was written. A word is found whichever width its letters are
# typed in (ＡＩ, ｱﾌﾟﾘ), in either case, in hiragana or katakana (こんびに finds コンビニ, as the main search does),
# and in either form of the kanji names and titles are written both ways in (髙橋 / 高橋, 山﨑 / 山崎): NFKC leaves
# those apart, as they are distinct characters.
KANJI_VARIANTS = (
    "高髙", "崎﨑嵜", "吉𠮷", "辺邊邉", "斉斎齊齋", "沢澤", "浜濱", "桜櫻", "国國", "島嶋嶌", "広廣", "竜龍",
    "栄榮", "真眞", "徳德", "恵惠", "条條", "関關", "実實", "富冨", "館舘",
)
_VARIANTS_OF = {c: group for group in KANJI_VARIANTS for c in group}
#: Each variant as the first of its group (髙 → 高, 﨑 → 崎), for str.translate: how the main search's index and
#: queries fold them (search.text.normalize), where the search boxes above match either form by a pattern.
KANJI_FOLD = {ord(c): ord(group[0]) for group in KANJI_VARIANTS for c in group[1:]}
#: Words and letters of a search box read: the rest of a pasted page would only make a slower query that finds less.
MAX_SEARCH_WORDS = 10
MAX_WORD_CHARS = 100


def search_words(text: str) -> list[str]:
    """The words typed into a search box, however they are spaced (full-width 　 too), control characters (a NUL
    pasted from a PDF) dropped."""
    text = "".join(c for c in unicodedata.normalize("NFKC", text or "") if unicodedata.category(c) != "Cc" or c.isspace())
    words = dict.fromkeys(word[:MAX_WORD_CHARS] for word in text.split())
    return list(words)[:MAX_SEARCH_WORDS]


def _kana_pair(c: str) -> str:
    """The hiragana of a katakana letter and the other way round, "" for any other character."""
    code = ord(c)
    if 0x3041 <= code <= 0x3096:
        return chr(code + 0x60)
    if 0x30A1 <= code <= 0x30F6:
        return chr(code - 0x60)
    return ""


# Half-width voiced and semi-voiced marks (ｶﾞ, ﾊﾟ) by the combining mark NFD splits from ガ, パ.
_HALF_WIDTH_MARKS = {"\u3099": "\uff9e", "\u309a": "\uff9f"}


def _half_width_spelling(c: str) -> str:
    """A voiced katakana as half-width text stores it, two characters (ガ → ｶﾞ); "" for any other letter."""
    base = unicodedata.normalize("NFD", c)
    if len(base) == 2 and base[0] in _HALF_WIDTH_KANA and base[1] in _HALF_WIDTH_MARKS:
        return _HALF_WIDTH_KANA[base[0]] + _HALF_WIDTH_MARKS[base[1]]
    return ""


def _search_letter(c: str) -> str:
    # ß.upper() is "SS" and İ.lower() two characters: a class holds single letters only.
    forms = {f for f in (c, c.lower(), c.upper(), *_VARIANTS_OF.get(c, c)) if len(f) == 1}
    forms |= {k for f in list(forms) if (k := _kana_pair(f))}
    # Each form in the widths it is also typed in (_letter's classes), joined into one class.
    letters = "[" + "".join(_letter(f)[1:-1] for f in sorted(forms)) + "]"
    # A voiced kana stored in half-width is two characters, so an alternative beside the class, not a member of it.
    spelt = sorted({h for f in forms if (h := _half_width_spelling(f))})
    return f"(?:{letters}|{'|'.join(re.escape(h) for h in spelt)})" if spelt else letters


def search_pattern(word: str) -> str:
    """A regular expression (Python's and PostgreSQL's alike) finding `word` as the search boxes do (see above)."""
    return "".join(_search_letter(c) for c in unicodedata.normalize("NFKC", word) if not c.isspace())


def search_matches(text: str, query: str) -> bool:
    """Whether `text` holds every word of `query`, as a search box's database filter would find it."""
    return all(re.search(search_pattern(word), text or "") for word in search_words(query))


def name_search_pattern(name: str) -> str:
    """A person's name as the search boxes find a word (search_pattern), however it is spaced (南 花子 = 南花子): a
    requester who signs 髙橋 is also on papers that print 高橋, and the secretariat answering them must find both."""
    return BLANKS.join(_search_letter(c) for c in compact(name))
