"""正誤: the corrections of issued 答申, read from their history, as the public is told of them.

`correct_issued_answer` is the only writer: it marks its history row with the reason (`reason_note`).
A correction shows when it was made, why, and each changed part as a 正誤表 does: 訂正前 (誤) and 訂正後
(正), a changed 附帯意見 entry by its number. Both wordings were issued (the answer was public before and
after); nothing of its draft is read here.
"""
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.dispatch import Signal
from django.utils import timezone

from .models import Answer, opinion_entries

PREFIX, SUFFIX = "訂正 (", ")"
# Sent by correct_issued_answer inside its transaction with `answer` and `by`: a record that prints the same
# 答申 elsewhere (an appeal's 答申書, disclosure) follows the correction, so there is one 答申 text.
corrected = Signal()
# Sent by renumber_answer for each 答申 whose number it changed (a swap changes two): an appeal's record keeps the
# 答申番号 its register, page and 答申書 show, and follows the correction.
renumbered = Signal()
PARTS = (("addressee", "宛先"), ("conclusion", "結論"), ("opinions", "附帯意見"))


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    text: str  # 訂正後
    before: str = ""  # 訂正前


@dataclass(frozen=True)
class Correction:
    on: object  # the date, in JST
    reason: str
    changes: tuple


def reason_note(reason):
    """The history row's change reason that marks a correction."""
    return f"{PREFIX}{reason}{SUFFIX}"


def corrections_of(answer_ids):
    """{answer id: [Correction, oldest first]} for many answers in one query; only issued ones count."""
    rows = Answer.history.filter(id__in=list(answer_ids)).order_by("id", "history_date", "history_id").values(
        "id", "state", "history_date", "history_change_reason", *(name for name, _ in PARTS))
    found, previous = {}, {}
    for row in rows:
        before = previous.get(row["id"])
        previous[row["id"]] = row
        reason = row["history_change_reason"] or ""
        if before is None or row["state"] != Answer.State.ISSUED or not reason.startswith(PREFIX):
            continue
        changes = tuple(change for name, label in PARTS if row[name] != before[name]
                        for change in _changes(name, label, before[name], row[name]))
        found.setdefault(row["id"], []).append(Correction(
            on=timezone.localdate(row["history_date"]), reason=reason.removeprefix(PREFIX).removesuffix(SUFFIX),
            changes=changes))
    return found


def was_corrected():
    """An annotation: whether the answer in the row was ever corrected (so lists read corrections only then)."""
    return Exists(Answer.history.filter(id=OuterRef("pk"), history_change_reason__startswith=PREFIX))


def corrections(answer):
    """One answer's corrections: those read with the others by `read_corrections`, else from its history."""
    if hasattr(answer, "public_corrections"):
        return answer.public_corrections
    if not getattr(answer, "corrected", True):
        return []
    return corrections_of([answer.pk]).get(answer.pk, [])


def read_corrections(answers):
    """Read the corrections of all `answers` at once, for a list (an API page, an OParl page's answer
    files): one query for the lot, none when no answer is annotated `corrected` (was_corrected); each
    answer then carries them as `public_corrections`, which `corrections` returns."""
    answers = list(answers)
    found = corrections_of(a.pk for a in answers if getattr(a, "corrected", True))
    for answer in answers:
        answer.public_corrections = found.get(answer.pk, [])
    return answers


def _changes(name, label, old, new):
    """The Changes of one field. Opinions changed entry by entry (as many before as after) are named by
    their number as the 答申書 numbers them, 附帯意見(2); else the whole field."""
    if name == "opinions":
        old_entries, new_entries = opinion_entries(old), opinion_entries(new)
        if len(old_entries) == len(new_entries) > 0:
            numbered = len(new_entries) > 1
            changed = [Change(name, f"{label}({n})" if numbered else label, after, earlier)
                       for n, (earlier, after) in enumerate(zip(old_entries, new_entries), 1) if earlier != after]
            if changed:
                return changed
    return [Change(name, label, _shown(name, new), _shown(name, old))]


def _shown(name, text):
    if name == "opinions":
        return "\n".join(f"({n}) {entry}" for n, entry in enumerate(opinion_entries(text), 1)) or "（なし）"
    return text
