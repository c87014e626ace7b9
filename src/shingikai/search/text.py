"""Text normalisation and segmentation shared by indexing, querying and highlighting.

One definition of a "token" serves every backend, so that a query means the same thing on
SQLite and PostgreSQL and the highlighter marks what the index matched:

* text is NFKC-normalised (全角ＡＢＣ→ABC, half-width ｶﾅ→カナ, ①→1) and lower-cased, hiragana is
  folded to katakana (a resident types かめら for カメラ: the IME's first offer is hiragana), and the old
  or variant kanji names are printed in to their common form (髙橋→高橋, 山﨑→山崎, 德→徳, 邊/邉→辺:
  jp.text.KANJI_VARIANTS, the list the search boxes use), which NFKC leaves apart;
* every Japanese character (kanji, hiragana, katakana, 々, ー …) is a token of its own;
* a run of other letters/digits (Latin, digits, Greek …) is one token ("lgwan", "27001");
* everything else (punctuation, spaces, line breaks) only separates tokens.

A term matches where its tokens occur consecutively, the first one possibly as the end of a
longer word and the last one as the start of one. That is substring matching that ignores
punctuation and line breaks next to Japanese characters (a PDF line break in the middle of
個人情\\n報 still matches 個人情報): LINE is found in LINEWORKS and 27001 in ISO27001, while
two words need a separator between them in the text as in the term.
"""
import functools
import re
import unicodedata
from html import escape

from shingikai.jp.text import KANJI_FOLD

# Characters indexed one by one. Kept as a character class body so it can be embedded in
# other classes (e.g. "a word character that is not Japanese").
CJK = (
    "\u3005-\u3007"  # 々 〆 〇
    "\u303b"  # 〻
    "\u3041-\u3096"  # hiragana
    "\u309d-\u309f"  # ゝ ゞ ゟ
    "\u30a1-\u30fa"  # katakana (without ・, which is punctuation)
    "\u30fc-\u30ff"  # ー ヽ ヾ ヿ
    "\u31f0-\u31ff"  # small katakana extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs that NFKC leaves alone
    "\U00020000-\U0003ffff"  # extensions B and later (𠮷 …)
)
CJK_CHAR_RE = re.compile(f"[{CJK}]")
# A token is one Japanese character or a maximal run of other word characters;
# "_" is excluded because users never mean it as part of a word.
TOKEN_RE = re.compile(f"[{CJK}]|[^\\W_{CJK}]+")
_CJK_GAP_RE = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")


# Hiragana to katakana, one for one (ぁ-ゖ → ァ-ヶ, ゝゞ → ヽヾ), so offsets survive for highlighting.
# A query and the text it is compared with are folded alike; changing this needs the index rebuilt
# (migration 0013 queues every record for it).
# Variant kanji are folded the same way, one for one (髙 → 高; migration 0015 queues every record for it).
_KANA_FOLD = {cp: cp + 0x60 for cp in range(0x3041, 0x3097)} | {0x309D: 0x30FD, 0x309E: 0x30FE}
_FOLD = _KANA_FOLD | KANJI_FOLD
# The same per token: every kana and kanji is a token of its own, and mapping the token list costs a third of
# what str.translate over the whole text does (the rebuild tokenises gigabytes).
_FOLD_TOKEN = {chr(k): chr(v) for k, v in _FOLD.items()}


def normalize(text):
    """NFKC + lower case + hiragana as katakana + variant kanji as their common form: the form both the index
    and queries are compared in."""
    return unicodedata.normalize("NFKC", text or "").lower().translate(_FOLD)


def tokens(text):
    """The index tokens of `text` (see the module docstring): those of normalize(text)."""
    toks = TOKEN_RE.findall(unicodedata.normalize("NFKC", text or "").lower())
    return list(map(_FOLD_TOKEN.get, toks, toks))


def is_cjk(token):
    return bool(CJK_CHAR_RE.fullmatch(token))


def segment(text):
    """Tokens joined by single spaces: what the FTS5 table stores and phrase-matches."""
    return " ".join(tokens(text))


# --- the index: overlapping pairs of characters ------------------------------------------------
#
# Both backends index each pair of neighbouring characters of the token sequence. A positional
# index over single Japanese characters makes 委託 a phrase over the lists of 委 (in nearly every
# turn: 委員) and 託; its cost grows with the commonest character of a term, not with the term's
# own rarity. With pairs, 委託 is one index token and a longer term a phrase of overlapping pairs
# ("再委 委託 託先"), whose rarest pair bounds the work. Every character also ends a pair with
# its successor or, at the end of the text, stands alone, so a one-character term is every
# index token that starts with it (a prefix query).
#
# Letters and digits are split into characters too, so that a term is found inside a longer
# word as a substring scan finds it: LINE in LINEWORKS, 27001 in ISO27001. Where two words meet
# (ISO/IEC, "LGWAN 回線" is not a meeting: a Japanese character is no word) a GAP unit stands
# for the separator, so "iso iec" still needs the two words apart and "isoiec" does not match
# "ISO/IEC", exactly as in the rendered text (render_tokens) that PostgreSQL compares with.
# GAP is "_", which never occurs inside a token, so every pair splits back one way only.
GAP = "_"


def index_units(toks):
    """The characters of a token sequence, with GAP between two neighbouring word tokens."""
    units = []
    prev_word = False
    for tok in toks:
        word = not is_cjk(tok)
        if word and prev_word:
            units.append(GAP)
        units.extend(tok)
        prev_word = word
    return units


def pair_tokens(toks):
    """The index tokens of a token sequence: each neighbouring pair of units, then the last unit."""
    units = index_units(toks)
    if not units:
        return []
    # map() over str.__add__ keeps the per-unit work in C: this runs over gigabytes at rebuild.
    return [*map(str.__add__, units, units[1:]), units[-1]]


def pair_segment(text):
    """What the SQLite index stores for `text`: pair tokens joined by spaces."""
    return " ".join(pair_tokens(tokens(text)))


def pair_query(toks):
    """(index tokens, is_prefix): a term of 2+ units is the phrase of its pairs; a single
    character is a prefix of the pairs (and the final unit) it begins."""
    units = index_units(toks)
    if len(units) == 1:
        return units, True
    return pair_tokens(toks)[:-1], False


def render_tokens(toks):
    """Tokens joined so that plain substring search equals consecutive-token search.

    Japanese characters are written side by side and every other token is surrounded by
    single spaces. With the document padded by spaces and a term rendered the same way
    (plus a leading/trailing space when it starts/ends with a word token), `strpos` or
    `LIKE '%term%'` finds exactly the documents whose token sequence contains the term's.
    """
    return _CJK_GAP_RE.sub("", " ".join(toks))


def render_document(title, body):
    # "|" cannot occur inside a rendered term (it is punctuation), so no match can run from
    # the title into the body, and split_part(doc, '|', 1) recovers the title for ranking.
    return f" {render_tokens(tokens(title))} | {render_tokens(tokens(body))} "


def render_term(toks):
    # No padding around word tokens: a word is found inside a longer word (LINE in LINEWORKS).
    return render_tokens(toks)


# --- highlighting -------------------------------------------------------------------------

# Where NFKC + lower changes characters one for one: the BMP, mathematical alphanumerics,
# enclosed alphanumerics and the CJK compatibility ideographs supplement.
_FOLD_RANGES = ((0, 0xD800), (0xE000, 0x10000), (0x1D400, 0x1D800), (0x1F100, 0x1F200), (0x2F800, 0x2FA20))


@functools.cache
def _fold_table():
    """Characters whose normalised form is one other character, and a regex finding them.

    Highlighting has to find matches in the text as written, so the folded text must keep
    the original's offsets. Characters that normalise to several (㈱, ㍻) are left as they
    are: the index still finds them, they are just not marked. Built once (~70 ms); then a
    regex skips the unchanged majority of a text at C speed, where a per-character
    translate table cost ~0.3 µs a character (18 ms for 60,000-character minutes).
    """
    mapping = {}
    # The variant kanji outside those ranges (𠮷) too.
    for lo, hi in (*_FOLD_RANGES, *((cp, cp + 1) for cp in KANJI_FOLD)):
        for cp in range(lo, hi):
            ch = chr(cp)
            folded = normalize(ch)
            if folded != ch and len(folded) == 1:
                mapping[cp] = folded
    return mapping, re.compile(f"[{_char_class(sorted(mapping))}]+")


def _char_class(codepoints):
    # As ranges: a class listing thousands of single characters, some outside the BMP,
    # is tested item by item and made the scan ~100x slower.
    parts = []
    start = prev = codepoints[0]
    for cp in [*codepoints[1:], None]:
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        parts.append(re.escape(chr(start)) + ("" if start == prev else "-" + re.escape(chr(prev))))
        if cp is not None:
            start = prev = cp
    return "".join(parts)


_VOICED_RE = re.compile("(.)([\u3099\u309a])")


def _compose_voiced(m):
    composed = unicodedata.normalize("NFC", m.group(1) + m.group(2))
    if len(composed) == 1:
        # The mark stays behind as filler so offsets do not move; it is not a word
        # character, so it counts as a separator, which matching skips between kana.
        return composed + m.group(2)
    return m.group(0)


def fold(text):
    """Length-preserving approximation of `normalize` for locating matches in `text`."""
    mapping, pattern = _fold_table()
    # Every character of a matched run is in the table, so translate never misses.
    folded = pattern.sub(lambda m: m.group().translate(mapping), text)
    if "\u3099" in folded or "\u309a" in folded:
        # Half-width ｶﾞ folds to カ + combining mark; NFKC of the whole text gives ガ.
        folded = _VOICED_RE.sub(_compose_voiced, folded)
    return folded


_SEP = r"[\W_]"


def term_pattern(toks):
    """A regex over folded text that matches where the term's tokens occur consecutively."""
    parts = []
    prev = None
    for tok in toks:
        cjk = is_cjk(tok)
        if prev is not None:
            # Between two word tokens a separator is required; next to a Japanese
            # character it is optional ("LGWAN回線").
            parts.append(f"{_SEP}*" if (cjk or is_cjk(prev)) else f"{_SEP}+")
        parts.append(re.escape(tok))
        prev = tok
    return "".join(parts)


def compile_highlighter(token_lists):
    """One regex finding any of the terms; longest terms first so they win at a position."""
    pats = [term_pattern(t) for t in sorted(token_lists, key=len, reverse=True) if t]
    if not pats:
        return None
    return re.compile("|".join(f"(?:{p})" for p in pats))


_WS_RE = re.compile(r"\s+")
_PREFIX_CHARS = 3000


def _plain(text):
    return escape(_WS_RE.sub(" ", text), quote=False)


def highlight(text, matcher, *, width=None, lead=40):
    """HTML of `text` with matches wrapped in <mark>, everything else escaped.

    With `width`, returns a window of about that many characters starting `lead`
    characters before the first match (or the start of the text when nothing matches),
    with "…" where the text was cut.
    """
    text = text or ""
    folded = text
    if matcher is not None:
        folded = None
        if width is not None and len(text) > _PREFIX_CHARS:
            # Long minutes: the first match is usually early, and folding only a prefix
            # saves most of the work; fall back to the whole text when it is not there.
            head = fold(text[:_PREFIX_CHARS])
            first = matcher.search(head)
            if first is not None and first.start() + width + 100 < _PREFIX_CHARS:
                folded = head
        if folded is None:
            folded = fold(text)
    start, end = 0, len(text)
    if width is not None:
        first = matcher.search(folded) if matcher is not None else None
        if first is not None and first.start() > lead:
            start = first.start() - lead
        end = min(len(text), start + width)
        if end - start < width:
            start = max(0, end - width)
    out = ["…"] if start > 0 else []
    pos = start
    if matcher is not None:
        # Searching the whole folded text (not a slice) keeps word-boundary checks honest
        # at the window's edges; a match running past the edge is cut there.
        for m in matcher.finditer(folded, start):
            if m.start() >= end:
                break
            if m.end() == m.start():
                continue
            stop = min(m.end(), end)
            out.append(_plain(text[pos:m.start()]))
            out.append("<mark>" + escape(text[m.start():stop], quote=False) + "</mark>")
            pos = stop
    out.append(_plain(text[pos:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)
