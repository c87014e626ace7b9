"""The 答申書: the council's answer to the head of the municipality."""
from __future__ import annotations

from django.utils import timezone

from shingikai.meetings.actions import answer_signature
from shingikai.meetings.answer_corrections import corrections
from shingikai.meetings.models import Answer, Decision
from shingikai.minutes.actions import item_chair, item_chair_sentence

from ..errors import DocumentError

from .common import (
    BLANK_DATE, jdate, head_of, head_with_name, honorific, subject, title, right, left, heading, para, items_list,
    table, ki, document, file_date, get_or_refuse, consulted_on, department_name, follow_up_line, is_full, numbered,
    recusal_sentence,
)


# Another app's form of some 答申 (an appeal's 答申書, disclosure): builder(answer, reading) -> the document, or
# None when the 答申 is not its own. Such a 答申 then has one 答申書, whichever page it is downloaded from.
OWN_FORMS = []


def register_own_form(builder):
    if builder not in OWN_FORMS:
        OWN_FORMS.append(builder)


def addressed_to(municipality, addressee, on=None):
    """The 答申's addressee as the letter names it: the head with the name on record for the 答申's date `on`
    (みなみ市長　南 一郎), so that an answer of last year keeps the 市長 it was addressed to."""
    addressee = (addressee or "").strip() or head_of(municipality)
    if addressee in (head_of(municipality), municipality.head_title):
        return head_with_name(municipality, on)
    return addressee


def answer(answer_id, *, reading=None):
    record = get_or_refuse(Answer.objects.select_related("council__municipality"), answer_id, "答申")
    for builder in OWN_FORMS:
        own = builder(record, reading)
        if own is not None:
            return own
    if not is_full(reading) and record.state != Answer.State.ISSUED:
        raise DocumentError("この答申はまだ発出されていません。", code="not-public")
    council = record.council
    cases = list(record.cases.select_related("department").order_by("accepted_at", "pk"))
    if not cases:
        raise DocumentError("答申する案件が登録されていないため、答申書を作成できません。", code="no-cases")
    consulted = {case.pk: consulted_on(case) for case in cases}
    first = cases[0]
    about = subject(first.title) if len(cases) == 1 else f"{first.title.removesuffix('について')}ほか{len(cases) - 1}件について"
    if len(cases) == 1:
        ref = "付け".join(p for p in (jdate(consulted[first.pk], blank=""), first.number) if p)
        # `about` already ends in 「について」 (as most titles do): appending another reads 「…についてについて」.
        opening = (f"{ref}で諮問のあった{about}、下記のとおり答申します。" if ref
                   else f"諮問のあった{about}、下記のとおり答申します。")
    else:
        opening = "諮問のあった下記の事項について、次のとおり答申します。"
    addressee = addressed_to(council.municipality, record.addressee, record.date)
    blocks = [
        right(record.number or "答申第　　号", jdate(record.date, blank=BLANK_DATE)),
        left(honorific(addressee)),
        # A 会長 who withdrew from a case (除斥) does not issue the answer on it: the 会長職務代理者 does, else the
        # 仮議長 who presided over it; a draft nobody could sign yet shows the bare office.
        right(council.name, answer_signature(council, record.date or timezone.localdate(), cases) or "会長"),
        title(f"{about}（答申）"),
        para(opening),
        ki(),
        heading("1　諮問事項", level=2),
        table(["諮問番号", "諮問日", "件名", "担当課"],
              [[c.number or "（番号なし）", jdate(consulted[c.pk], blank="（記録なし）"), c.title,
                department_name(c.department, record.date, c)]
               for c in cases], [16, 20, 44, 20]),
        heading("2　結論", level=2),
        para(record.conclusion),
    ]
    opinions, conditions, requests = record.letter_parts()
    n = 2
    for label, texts in (("附帯意見", opinions), ("条件", conditions)):
        if texts:
            n += 1
            blocks += [heading(f"{n}　{label}", level=2), items_list(numbered(texts), bullet=len(texts) == 1)]
    if requests:
        n += 1
        blocks += [heading(f"{n}　実施機関に求める報告等", level=2),
                   items_list(numbered([follow_up_line(f, record.date) for f in requests]), bullet=len(requests) == 1)]
    n += 1
    blocks.append(heading(f"{n}　審議の経過", level=2))
    history = []
    for case in cases:
        for d in case.decisions.select_related("agenda_item__meeting").order_by("agenda_item__meeting__date", "pk"):
            m = d.agenda_item.meeting
            history.append([jdate(m.date), m.short_label, case.title, _deliberated(d, answered_that_day=m.date == record.date)])
    if record.date:
        history.append([jdate(record.date), record.meeting.short_label if record.meeting_id else "", "", "答申"])
    blocks.append(table(["年月日", "会議", "案件", "内容"], history, [20, 22, 38, 20]) if history
                  else para("審議の記録はありません。"))
    for case in (c for c in cases if c.recusals.exists()):
        blocks.append(para(recusal_sentence(case, len(cases) > 1)))
        blocks += [para(sentence) for sentence in _chaired_instead(case, len(cases) > 1)]
    corrected = corrections(record)
    if corrected:
        n += 1
        blocks += [heading(f"{n}　正誤", level=2), para("この答申は発出後に次のとおり訂正した。"),
                   table(["訂正日", "箇所", "訂正前", "訂正後", "理由"],
                         [[jdate(c.on), change.label, change.before, change.text, c.reason]
                          for c in corrected for change in c.changes],
                         [14, 12, 27, 27, 20])]
    return document("answer", f"{about}（答申）", council, blocks, draft=record.state != Answer.State.ISSUED,
                    filename=f"答申書_{record.number or f'案{record.pk}'}{file_date(record.date)}")


def _chaired_instead(case, name_case):
    """For each meeting that decided the case with its 会長 recused: who chaired the item instead."""
    sentences = []
    for decision in case.decisions.select_related("agenda_item__meeting__council").order_by(
            "agenda_item__meeting__date", "pk"):
        meeting = decision.agenda_item.meeting
        present = set(meeting.members_present().values_list("person_id", flat=True))
        chaired = item_chair(meeting, case, present, decision.agenda_item)
        if chaired:
            about = f"{jdate(meeting.date)}の{meeting.short_label}における" + (f"「{case.title}」" if name_case else "本件")
            sentences.append(item_chair_sentence(chaired, about))
    return sentences


# What each meeting did with the case, as the 審議の経過 states it: the outcome, not the manner of deciding it
# (「答申予定（各委員の発言）」 read as if the members' speeches were the content).
HEARD = {Decision.Outcome.ANSWER_PENDING: "審議（答申は後日）", Decision.Outcome.UNKNOWN: "審議"}


def _deliberated(decision, *, answered_that_day=False):
    # The 答申 given at the same meeting follows on the next line: 「答申は後日」 would contradict it.
    if answered_that_day and decision.outcome == Decision.Outcome.ANSWER_PENDING:
        return HEARD[Decision.Outcome.UNKNOWN]
    return HEARD.get(decision.outcome, decision.get_outcome_display())

