"""Parse what a person types into the search box into a small AST the backends compile.

Syntax (after NFKC, so full-width spaces, ＂quotes＂ and －minus work as their ASCII forms):

* ``委託 同意``            both terms (AND)
* ``委託 OR 提供``         either term; OR binds tighter than AND: ``a b OR c`` = a AND (b OR c)
* ``-再委託``              exclude entries containing the term (also −, －)
* ``"個人情報 保護"``       a phrase; also 「…」, 『…』 and “…”

A term is a sequence of index tokens (see `text`): 委託 is the two tokens 委, 託 and matches
wherever they stand together, which is substring search for Japanese. Negated terms cannot
take part in OR; an OR next to one is ignored rather than failing the whole query.
"""
import unicodedata
from dataclasses import dataclass, field

from .text import tokens

# Also what the search box takes: 200 Japanese characters are ~1,800 bytes once percent-encoded, well inside
# a server's request-line limit (gunicorn refuses a GET line over 4,094 bytes with a bare English page).
MAX_QUERY_CHARS = 200
MAX_TERMS = 20

_QUOTE_OPEN = {'"': '"', "“": "”", "「": "」", "『": "』", "”": "”"}
_MINUS = {"-", "−"}


@dataclass(frozen=True)
class Term:
    text: str
    tokens: tuple


@dataclass(frozen=True)
class AnyOf:
    terms: tuple


@dataclass(frozen=True)
class Query:
    must: tuple = ()  # AnyOf groups, all required
    must_not: tuple = ()  # Terms, none allowed
    raw: str = field(default="", compare=False)

    @property
    def positive_terms(self):
        return [t for group in self.must for t in group.terms]

    @property
    def is_empty(self):
        return not self.must and not self.must_not


def _lex(text):
    """Yield (kind, negated, value) with kind in {"word", "phrase", "or"}."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch in _MINUS and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
            ch = text[i]
        if ch in _QUOTE_OPEN:
            close = _QUOTE_OPEN[ch]
            j = text.find(close, i + 1)
            if j < 0:
                j = n
            yield "phrase", negated, text[i + 1 : j]
            i = j + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] not in _QUOTE_OPEN:
            j += 1
        word = text[i:j]
        i = j
        if word == "OR" and not negated:
            yield "or", False, word
        else:
            yield "word", negated, word


def parse(raw):
    text = unicodedata.normalize("NFKC", raw or "")[:MAX_QUERY_CHARS]
    groups = []  # lists of Terms
    must_not = []
    pending_or = False
    count = 0
    for kind, negated, value in _lex(text):
        if kind == "or":
            pending_or = bool(groups)
            continue
        toks = tuple(tokens(value))
        if not toks or count >= MAX_TERMS:
            continue
        count += 1
        term = Term(text=value.strip(), tokens=toks)
        if negated:
            if term not in must_not:
                must_not.append(term)
            pending_or = False
        elif pending_or:
            if term not in groups[-1]:
                groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
    return Query(
        must=tuple(AnyOf(tuple(g)) for g in groups),
        must_not=tuple(must_not),
        raw=raw or "",
    )
