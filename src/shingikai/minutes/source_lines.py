"""Where each turn of a review stands in the uploaded text: the line the review's 原文 box jumps to.

The parse keeps no line numbers, and a turn's text may be corrected, merged, split or re-read since, so the lines
are found again at each showing: the start of each turn's text in the source, compared NFKC'd and without spaces
(a turn's text joins the lines it was wrapped on), searched from where the turn before it was found, so that a
「はい。」 said many times points at its own occurrence.
"""
import bisect

from .importer.speakers import compact as _compact

# A turn is found by its first letters (a later letter may have been corrected on the review); among the places
# they stand, the first where its longer opening stands too, within a few (a turn opening like many others).
KEY = 6
OPENING = 16
CANDIDATES = 20


def _indexed(lines):
    """The source without spaces, NFKC'd, and the 1-based line of each of its letters."""
    letters, line_of = [], []
    for number, line in enumerate(lines, start=1):
        compact = _compact(line)
        letters.append(compact)
        line_of.extend([number] * len(compact))
    return "".join(letters), line_of


def _places(source, keys):
    """Where each of `keys` (of KEY letters) stands in the source, in one pass: searching the rest of a long text
    for each turn not found in it took seconds on a page of turns corrected beyond recognition."""
    places = {}
    for at in range(len(source) - KEY + 1):
        piece = source[at:at + KEY]
        if piece in keys:
            places.setdefault(piece, []).append(at)
    return places


def turn_lines(lines, turns):
    """The 1-based source line of each turn's start, None for a turn whose text is not found in order."""
    source, line_of = _indexed(lines)
    texts = [_compact(turn.get("text") or "") for turn in turns]
    places = _places(source, {text[:KEY] for text in texts if len(text) >= KEY})
    found, cursor = [], 0
    for text in texts:
        if not text:
            at = -1
        elif len(text) < KEY:   # 「はい。」: near the turn before, as a rule
            at = source.find(text, cursor)
        else:
            candidates = places.get(text[:KEY], [])
            first = bisect.bisect_left(candidates, cursor)
            nearby = candidates[first:first + CANDIDATES]
            at = next((p for p in nearby if source.startswith(text[:OPENING], p)), nearby[0] if nearby else -1)
        if at < 0:
            found.append(None)
            continue
        found.append(line_of[at])
        # The next turn starts after this one's first letter: a turn split off this one may start in its text.
        cursor = at + 1
    return found
