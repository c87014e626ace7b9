"""A page printed in two columns that PDF-to-text read across: each line holds a line of the left column, one blank,
then the line of the right column beside it (`○議長（北野） ただいまから会議を 次に、日程第２を議題と`). The
page reads as its left column, then its right column; pages end at a page number line (`－ 3 －`).

The column's width is read from the document itself: the width (full-width characters counting two) at which a
blank splits most lines. A page is taken apart only where most of its lines split there, so a page of one column, a
table or a letter-spaced roster is left as it was. One pass over every line: linear in the size of the text.
"""
import re
from collections import Counter

_PAGE_NUMBER = re.compile(r"^[ \t\u3000]*[-－―‐−ー][ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[-－―‐−ー][ \t\u3000]*$")
# 3, 3 / 12, P.3, (3), - 3 -: a page number in any of its usual forms, alone on its line. Where the text prints no
# dashed one (which alone marks pages for certain), such a line still ends a run of lines read as one page.
_LOOSE_PAGE_NUMBER = re.compile(r"^[ \t\u3000]*[-－―‐−ー(（]?[ \t\u3000]*(?:[pPｐＰ][.．]?[ \t\u3000]*)?[0-9０-９]{1,4}"
                                r"(?:[ \t\u3000]*[/／][ \t\u3000]*[0-9０-９]{1,4})?[ \t\u3000]*[-－―‐−ー)）]?[ \t\u3000]*$")
# Runs of blanks and indented lines align a table or a roster; PDF-to-text leaves one blank between the columns.
_ALIGNED_SHAPE = re.compile(r"^[ \t\u3000]|[ \u3000]{2}|\t").search
# A line of more blanks than this spaces out every letter of a long run: no column's line, and not worth measuring.
_MAX_BLANKS = 12
# The column's width is read from lines of running text, which hold a blank or a few (a label's, the columns').
_MEASURED_BLANKS = 6


def _ALIGNED(line: str) -> bool:
    return line.count(" ") > _MAX_BLANKS or _ALIGNED_SHAPE(line) is not None
_SPEAKER_MARK = "○〇◯◎●"
_CLOSE = "。」）)"
_ENDS = "。．！？!?」）)"
_HUNG = "、。，．"
# A column narrower than this (in half-width cells) is a table's or a roster's, not a page's.
_MIN_COLUMN = 30
# More lines than this are no page's (a page holds some forty): where nothing but their shape marks a page, a longer
# run is no page of two columns, and its lines are not joined into one.
_MAX_PAGE_LINES = 120
# Lines longer than this are no page's line (a text flattened onto one line): not measured.
_MAX_LINE = 200


# What prints in half a full-width character's room: Latin, digits, half-width kana (all else counts two).
_NARROW = re.compile(r"[\u0000-\u10ff\uff61-\uffdc\uffe8-\uffee]")


def _width(text: str) -> int:
    return len(text) + len(_NARROW.sub("", text))


def _blanks(line: str) -> tuple[int, list[tuple[int, int]]]:
    """The width of ``line`` and, for each blank in it, where it is and the width before it (one regular expression
    pass a piece: the line's characters are not visited one by one in Python)."""
    out = []
    at = width = 0
    pieces = line.split(" ")
    for piece in pieces[:-1]:
        at += len(piece)
        width += _width(piece)
        out.append((at, width))
        at += 1
        width += 1
    return width + _width(pieces[-1]), out


def _column_width(lines: list[str]) -> int | None:
    """The width of the left column: where a blank splits most lines with text of a column's width after it."""
    at: Counter = Counter()
    for line in lines:
        if " " not in line or len(line) > _MAX_LINE or line.count(" ") > _MEASURED_BLANKS or _ALIGNED(line):
            continue
        total, blanks = _blanks(line)
        # Each line counts once per width (a letter-spaced run does not outvote the page).
        at.update({w for _, w in blanks if w >= _MIN_COLUMN and total - w - 1 >= 8})
    if not at:
        return None
    width, _ = at.most_common(1)[0]
    return width


def _split(line: str, width: int) -> tuple[str, str, int] | None:
    """The line's left and right column parts and how sure the split is: the blank that leaves both parts no wider than a column, a full left
    line, a full right one, a speech opening the right one or a sentence closing the left one telling which."""
    total, blanks = _blanks(line)
    best, best_score = None, None
    for i, left in blanks:
        right = total - left - 1
        # A full stop or comma the printer hung past the column's edge (…開会いたします。).
        room = width + 1 + (2 if line[i - 1] in _HUNG else 0)
        if left > room or right > width + 3 or left == 0 or right == 0:
            continue
        score = 0
        if left >= width - 3:
            score += 3
        if right >= width - 3 and " " not in line[i + 1:]:
            score += 2
        if line[i + 1] in _SPEAKER_MARK:
            score += 2
        if line[i - 1] in _CLOSE:
            score += 1
        if line.rfind(" ", 0, i) + 1 < len(line) and line[line.rfind(" ", 0, i) + 1] in _SPEAKER_MARK:
            # 〇議長（北野君） | 日程第１…: a speaker's label opens the speech beside it, never ends a line.
            score -= 3
        # 藤 野 博 三, 議 事 日 程: a blank beside a single character spaces out a word.
        if i >= 2 and line[i - 2] == " ":
            score -= 2
        if i + 2 < len(line) and line[i + 2] == " ":
            score -= 2
        # Nothing telling, the left line is the longer: a short line beside a full one is a paragraph's last.
        if best_score is None or score >= best_score:
            best, best_score = i, score
    return None if best is None else (line[:best], line[best + 1:], best_score)


def _prose_beside(line: str, total: int, blanks: list[tuple[int, int]], width: int) -> bool:
    """Whether ``line`` is a full line of running text (no blank in it) beside a line of the other column."""
    for i, left in blanks:
        right = total - left - 1
        if width - 3 <= left <= width + 1 and " " not in line[:i] and right > 0:
            return True
        if width - 3 <= right <= width + 1 and left <= width + 1 and " " not in line[i + 1:]:
            return True
    return False


def _page_apart(page: list[str], width: int, strict: bool = False) -> list[str] | None:
    """The page as its left column then its right one, or ``None`` where most of its lines are not split at the
    column's width (a page of one column)."""
    texts = [line for line in page if line.strip() and not _PAGE_NUMBER.match(line)]
    if len(texts) < 6:
        return None
    full = prose = 0
    for line in texts:
        if len(line) > _MAX_LINE:
            return None
        if _ALIGNED(line):
            continue
        total, blanks = _blanks(line)
        # A full line of either column beside a line of the other.
        if any(w <= width + 1 and width - 3 <= max(w, total - w - 1) <= width + 1 for _, w in blanks):
            full += 1
        prose += _prose_beside(line, total, blanks, width)
    # Two names a line in a roster split at a width too: a page of columns has running text in them.
    if full * 2 < len(texts) or full < 8 or prose < 3:
        return None
    if strict and prose * 2 < full:
        return None
    left: list[str] = []
    right: list[str] = []
    tail: list[str] = []
    # A line beside a blank in the other column is the column's whose text last ran the full width.
    flowing = left
    for line in page:
        if _PAGE_NUMBER.match(line) or not line.strip():
            tail.append(line) if _PAGE_NUMBER.match(line) else None
            continue
        parts = None if _ALIGNED(line) else _split(line, width)
        if parts is not None and _width(line) <= width + 1 and parts[2] < 1:
            # A line no wider than a column splits only where a sentence ends or a speech opens.
            parts = None
        if parts is None:
            if _width(line) < width - 3 and left and right and left[-1][-1:] in "。" and right[-1][-1:] not in "。":
                # A short line goes on the sentence the other column left open.
                right.append(line)
            elif _width(line) < width - 3 and left and right and right[-1][-1:] in "。" and left[-1][-1:] not in "。":
                left.append(line)
            else:
                flowing.append(line)
            continue
        left.append(parts[0])
        right.append(parts[1])
        if _width(parts[0]) >= width - 3:
            flowing = left
        elif _width(parts[1]) >= width - 3:
            flowing = right
    return _rejoined(left, width) + _rejoined(right, width) + tail + [""]


def _rejoined(column: list[str], width: int) -> list[str]:
    """The column's lines with each that runs the column's full width joined to the next: the column's edge cut it,
    not the writer (a sentence ends it, or a speaker's label opens the next, where not)."""
    out: list[str] = []
    cut = False
    for line in column:
        if cut and line[:1] not in _SPEAKER_MARK:
            out[-1] += line
        else:
            out.append(line)
        cut = _width(line) >= width - 3 and line[-1:] not in _ENDS
    return out


def _pair_shaped(line: str, width: int) -> bool:
    """Whether ``line`` can be a line of a page of two columns: one column's line alone, or a blank with a line no
    wider than a column on each side of it (a stop hung past the edge allowed)."""
    if _width(line) <= width + 3:
        return True
    if " " not in line or len(line) > _MAX_LINE or _ALIGNED(line):
        return False
    total, blanks = _blanks(line)
    return any(w <= width + 3 and total - w - 1 <= width + 3 for _, w in blanks)


def _runs_apart(lines: list[str], width: int) -> list[str] | None:
    """A text that prints no page numbers (nor breaks its pages): each run of lines of the columns' shape is read as
    a page, the lines around it (a title, a page of one column, whose lines run past a column) left as they are. A
    run must hold more running text beside running text than a page between page numbers: nothing else marks it."""
    out: list[str] = []
    run: list[str] = []
    changed = False
    for line in [*lines, None]:
        # A blank line or a page number is where a page ends or begins, no line of a page read across (the columns are
        # rarely both blank).
        if line is not None and line.strip() and not _LOOSE_PAGE_NUMBER.match(line) and _pair_shaped(line, width):
            run.append(line)
            continue
        apart = _page_apart(run, width, strict=True) if 8 <= len(run) <= _MAX_PAGE_LINES else None
        changed = changed or apart is not None
        out.extend(apart if apart is not None else run)
        run = []
        if line is not None:
            out.append(line)
    return out if changed else None


def columns_apart(lines: list[str], width: int | None = None, paged: bool = False) -> list[str] | None:
    """Every page printed in two columns read column by column; ``None`` where no page is. ``paged``: ``lines`` are
    one page of a PDF (its reader broke the pages), ``width`` the whole document's column."""
    numbered = any(_PAGE_NUMBER.match(line) for line in lines)
    width = width or _column_width(lines)
    if width is None:
        return None
    if not numbered:
        if not paged:
            return _runs_apart(lines, width)
        apart = _page_apart(lines, width, strict=True) if len(lines) <= _MAX_PAGE_LINES else None
        return None if apart is None else apart[:-1]
    out: list[str] = []
    page: list[str] = []
    changed = False
    for line in [*lines, None]:
        if line is not None:
            page.append(line)
        if line is None or _PAGE_NUMBER.match(line):
            apart = _page_apart(page, width)
            changed = changed or apart is not None
            out.extend(apart if apart is not None else page)
            page = []
    return out if changed else None


def columns_apart_text(text: str) -> str | None:
    """``text`` with every page of two columns read column by column; ``None`` where no page is."""
    if "\f" in text:
        # A PDF's pages, broken where they end (the reader's form feed): each page is read on its own.
        width = _column_width(text.split("\n"))
        pages = text.split("\f")
        apart = [None if width is None else columns_apart(page.split("\n"), width, paged=True) for page in pages]
        if not any(apart):
            return None
        return "\f".join(page if lines is None else "\n".join(lines) for lines, page in zip(apart, pages))
    apart = columns_apart(text.split("\n"))
    return None if apart is None else "\n".join(apart)
