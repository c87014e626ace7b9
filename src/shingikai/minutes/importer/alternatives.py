"""A long pattern of alternatives, ``^(?:A|B|…)$``, asked only whether a text matches it, tried alternative by
alternative where the text could match.

Python's engine tries every alternative at the text's start in turn; one that opens with ``.*`` (or ``[^、。]{0,40}?``)
is tried from every position of the text before it fails. A text can only match such an alternative where it holds one
of the letters the rest of the alternative can start with: those letters are worked out from the pattern once, so an
alternative added to the pattern is gated as the others are, and the answer is always the pattern's own.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 (the parser's names for its opcodes)
from re import _parser

# Repeats, groups and alternations, whose first letters are those of their parts.
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# Zero-width items (^, $, \b, look-ahead and look-behind): they consume no letter, the next item gives it.
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _first(items) -> tuple[set[str] | None, bool]:
    """(the letters a match of ``items`` can start with, or None for any; whether it can match the empty text)."""
    letters: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == C.LITERAL:
            return letters | {chr(av)}, False
        if op == C.IN:
            if any(o not in (C.LITERAL, C.RANGE) for o, _ in av):
                return None, False  # [^…], \s, \d: too many letters to be worth a gate
            for o, v in av:
                letters |= {chr(v)} if o == C.LITERAL else {chr(c) for c in range(v[0], v[1] + 1)}
            return letters, False
        if op == C.SUBPATTERN:
            found, empty = _first(av[-1])
        elif op == C.BRANCH:
            found, empty = set(), False
            for alt in av[1]:
                f, e = _first(alt)
                if f is None:
                    return None, False
                found |= f
                empty = empty or e
        elif op in _REPEATS:
            found, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False  # any letter (.), a back-reference: no gate
        if found is None:
            return None, False
        letters |= found
        if not empty:
            return letters, False
    return letters, True


# Past this many, a set of openings gates too little to be worth keeping.
_MOST_OPENINGS = 4000


def _openings(items, k: int) -> set[str] | None:
    """The first ``k`` letters of every match of ``items`` (the whole match where it is shorter); None: too many to list."""
    if k == 0 or not items:
        return {""}
    out: set[str] = set()
    for head in _node_openings(*items[0], k) or [None]:
        if head is None:
            return None
        if len(head) == k:
            out.add(head)
            continue
        tails = _openings(items[1:], k - len(head))
        if tails is None:
            return None
        out |= {head + t for t in tails}
        if len(out) > _MOST_OPENINGS:
            return None
    return out


def _node_openings(op, av, k: int) -> set[str] | None:
    if op in _ZERO_WIDTH:
        return {""}
    if op == C.LITERAL:
        return {chr(av)}
    if op == C.IN:
        if any(o not in (C.LITERAL, C.RANGE) for o, _ in av) or sum(1 if o == C.LITERAL else v[1] - v[0] + 1 for o, v in av) > _MOST_OPENINGS:
            return None
        return {chr(v) for o, v in av if o == C.LITERAL} | {chr(c) for o, v in av if o == C.RANGE for c in range(v[0], v[1] + 1)}
    if op == C.SUBPATTERN:
        return _openings(av[-1], k)
    if op == C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _openings(alt, k)
            if found is None:
                return None
            out |= found
        return out
    if op in _REPEATS:
        low, high, body = av
        once = _openings(body, k)
        if once is None:
            return None
        # n repetitions' openings; past max(low, k) + 1 more add no new first k letters.
        out, now = ({""} if low == 0 else set()), {""}
        for n in range(1, min(high, max(low, k) + 1) + 1):
            now = {s if len(s) == k else (s + t)[:k] for s in now for t in (once if len(s) < k else [""])}
            if len(now) > _MOST_OPENINGS:
                return None
            if n >= low:
                out |= now
        return out
    return None


def _gate(items) -> tuple[str, set[str]] | None:
    """("pairs", P): a text matching ``items`` anywhere, past any repeat they open with, holds one of the two letters P
    lists side by side; ("letters", L): one of the letters; None: no gate."""
    rest = list(items)
    while rest and rest[0][0] in _REPEATS + _ZERO_WIDTH:
        rest.pop(0)
    pairs = _openings(rest, 2)
    if pairs and all(len(p) == 2 for p in pairs):
        return "pairs", pairs
    found, empty = _first(rest)
    return None if found is None or empty else ("letters", found)


def _split(body: str) -> list[str]:
    """The top-level alternatives of a pattern's source (``A|B|C``), brackets and escapes kept whole."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # []…] and [^]…]: a bracket closing straight after the opening is a letter of the class.
            if body[i + 1:i + 2] == "^":
                i += 1
            if body[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return parts


class GatedAlternatives:
    """``match(text)`` is truthy exactly where ``pattern.match(text)`` is, for a ``^(?:A|B|…)$`` pattern."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern.pattern
        self._whole = pattern
        source = pattern.pattern
        if not (source.startswith("^(?:") and source.endswith(")$")) or pattern.groups:
            self._anchored, self._gated, self._by_letter = pattern, [], {}
            return
        anchored, gated = [], []
        for alt in _split(source[4:-2]):
            items = _parser.parse(alt, pattern.flags)
            first, empty = _first(items)
            gate = None if first is not None and not empty else _gate(items)
            if gate is None:
                anchored.append(alt)  # opens with a letter tried at the start alone, or no gate: tried every time
            else:
                gated.append((re.compile(f"^(?:{alt})$", pattern.flags), gate))
        self._anchored = re.compile(f"^(?:{'|'.join(anchored)})$", pattern.flags) if anchored else None
        self._gated = [rx for rx, _ in gated]
        # a letter, or two side by side -> the gated alternatives they open the way to (a bit each).
        self._by_letter: dict[str, int] = {}
        self._by_pair: dict[str, int] = {}
        for k, (_, (kind, keys)) in enumerate(gated):
            table = self._by_pair if kind == "pairs" else self._by_letter
            for key in keys:
                table[key] = table.get(key, 0) | 1 << k
        # Most texts hold none of those letters and pairs: one search says so without a loop over the text.
        keys = sorted(self._by_pair) + sorted(self._by_letter)
        self._any_gate = re.compile("|".join(map(re.escape, keys))) if keys else None

    def match(self, text: str):
        if "\n" in text:
            return self._whole.match(text)  # . stops at a line's end: the plain pattern decides
        m = self._anchored.match(text) if self._anchored is not None else None
        if m:
            return m
        if self._any_gate is None or not self._any_gate.search(text):
            return None
        ways = 0
        if self._by_letter:
            get = self._by_letter.get
            for c in set(text):
                ways |= get(c, 0)
        get = self._by_pair.get
        for i in range(len(text) - 1):
            ways |= get(text[i:i + 2], 0)
        k = 0
        while ways:
            if ways & 1:
                m = self._gated[k].match(text)
                if m:
                    return m
            ways >>= 1
            k += 1
        return None
