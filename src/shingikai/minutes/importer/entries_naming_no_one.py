"""Attendance entries that name no member.

- A count of how many came, alone in the field (出席委員 / 委員数7名中5名(会長を含む) / ※会議成立の要件…): the field
  names no one; its figures are not a name (the reading left ``数中``).
- A side's label (町側 町長、助役、… / 事務局側), a bare office (助役, 首席監察官) or a body's name (警察本部) read as an
  entry: nothing in it is a person's name.
- The municipality the council is named after, read as the chair (会長 / 北山市 / 市長 / 北野, a cell a line), and
  office words run together (議長議長): no name.
- A board's office after a name (北野一郎公安委員長、南田健公安委員): the office is the 公安委員会's (教育委員会's, …),
  not the member's surname; its 委員長 heads that board and presides over the sitting only when the record is the
  board's own.
"""
from __future__ import annotations

import re

_COUNT_ONLY = re.compile(
    r"[ \t\u3000]*[^\s0-9０-９、,，]{0,8}?[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*中[ \t\u3000]*"
    r"[0-9０-９]{1,3}[ \t\u3000]*[名人](?:[ \t\u3000]*出席)?[ \t\u3000]*(?:[（(][^（）()\n]{0,30}[）)])?[ \t\u3000]*"
)
_NOTE_LINE = re.compile(r"[ \t\u3000]*(?:※.*)?")
_SIDE_OR_OFFICE = re.compile(r".{1,6}側|.{0,6}(?:本部|監察官|参事官|審議官|調査官)|助役|収入役")
_BOARD = r"公安|教育|選挙管理|農業|監査"
_BOARD_OFFICE_LEFT = re.compile(rf"(?P<n>[一-龥々ヶぁ-んァ-ヶー]{{2,8}}?)(?P<b>{_BOARD})")


_OFFICES = re.compile(r"(?:副|正)?(?:会長|委員長|議長|座長|部会長|委員)+")
_PLACE = re.compile(r"[一-龥々ヶ]{2,5}[都道府県市区町村]")


def offices_only(name: str) -> bool:
    """議長議長: office words run together, no name among them."""
    return bool(_OFFICES.fullmatch(name))


def board_word(word: str) -> bool:
    """公安 (of 公安委員長): the board's name before its office, no one's surname."""
    return bool(re.fullmatch(_BOARD, word))


def counts_only(value: str | None) -> bool:
    """委員数7名中5名(会長を含む) / ※…: the field counts those who came and names no one."""
    if not value:
        return False
    first, *rest = value.strip().split("\n")
    return bool(_COUNT_ONLY.fullmatch(first)) and all(_NOTE_LINE.fullmatch(ln) for ln in rest)


def entries_kept(members: list[str] | None, chair: str | None, council: str | None,
                 municipality: str | None = None) -> tuple[list[str] | None, str | None]:
    """The members without the entries that name no one, a board's office taken off the names it followed."""
    if not members:
        return members, chair
    kept = []
    for m in members:
        if _SIDE_OR_OFFICE.fullmatch(m) or m == municipality:
            continue
        board = _BOARD_OFFICE_LEFT.fullmatch(m)
        kept.append(board.group("n") if board else m)
    if chair is not None and (board := _BOARD_OFFICE_LEFT.fullmatch(chair)):
        # 北野一郎公安委員長 at a 警察署協議会 meeting: the board's head attends, the sitting is not the board's.
        chair = board.group("n") if f"{board.group('b')}委員会" in (council or "") else None
    if chair is not None and (_SIDE_OR_OFFICE.fullmatch(chair) or chair == municipality
                              or _PLACE.fullmatch(chair) and (council or "").startswith(chair)):
        # 会長 / 北野市 / 市長 / 北野: the 会長's row opens with the municipality the office belongs to, which is no name.
        chair = None
    return list(dict.fromkeys(kept)), chair

