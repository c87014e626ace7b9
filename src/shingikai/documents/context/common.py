"""What every document shares: dates and names as documents print them, the block constructors, and
the lookups and phrases more than one document uses."""
from __future__ import annotations

import datetime as dt
import logging
import re

from django.utils import timezone

from shingikai.councils.actions import chair_of, signatory
from shingikai.councils.models import Council
from shingikai.jp.text import phrase
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.models import AgendaItem, Decision, Meeting

from ..errors import DocumentError

logger = logging.getLogger(__name__)

BLANK_DATE = "令和　　年　　月　　日"
UNKNOWN_DATE = "（日付の記録なし）"
NOT_STATED = "記載なし"
NONE_WORD = "なし"


# --- formatting ----------------------------------------------------------------------------------

def _local_date(value):
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def meeting_of_council(meeting) -> str:
    """「第3回(通算第45回) 北山市…審議会」: a label carrying the cumulative count ends in a half-width bracket,
    which would run into the council's name without the space."""
    return f"{meeting.label}{' ' if meeting.cumulative_number else ''}{meeting.council.name}"


def jdate(value, *, weekday=False, blank=UNKNOWN_DATE) -> str:
    """令和3年5月10日 (with （月） when asked); `blank` when there is no date."""
    value = _local_date(value)
    if value is None:
        return blank
    try:
        return to_wareki(value, weekday=weekday)
    except ValueError:
        return value.isoformat()


def jtime(value) -> str:
    return f"{value.hour}時{value.minute:02d}分" if value is not None else ""


def time_range(start, end) -> str:
    if start is None and end is None:
        return ""
    if end is None:
        return f"{jtime(start)}から"
    if start is None:
        return f"{jtime(end)}まで"
    return f"{jtime(start)}～{jtime(end)}"


def when(meeting) -> str:
    parts = (jdate(meeting.date, weekday=True), time_range(meeting.start_time, meeting.end_time))
    return " ".join(p for p in parts if p)


def full_label(meeting) -> str:
    """令和3年度第1回（通算第54回）: Meeting.label with the brackets documents use."""
    cumulative = f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else ""
    return meeting.short_label + cumulative


def compact_name(name: str) -> str:
    return re.sub(r"[\s\u3000]+", "", name or "")


def yen(amount) -> str:
    return f"{amount:,}円"


def head_of(municipality) -> str:
    return municipality.head


def head_with_name(municipality, on=None) -> str:
    """The head with the name recorded for the document's date `on` (Municipality.head_name_on)."""
    head = head_of(municipality)
    name = municipality.head_name_on(on)
    return f"{head}　{name}" if name else head


def honorific(addressee: str) -> str:
    addressee = (addressee or "").strip()
    if not addressee:
        return "様"
    return addressee if addressee.endswith(("様", "殿")) else f"{addressee}　様"


def subject(title: str) -> str:
    """「…について」 titles take （諮問） directly; others get について first."""
    title = (title or "").strip()
    return title if title.endswith("について") else f"{title}について"


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# --- blocks --------------------------------------------------------------------------------------

def title(*lines):
    return {"type": "title", "lines": [line for line in lines if line]}


def right(*lines):
    return {"type": "right", "lines": [line for line in lines if line]}


def left(*lines):
    return {"type": "left", "lines": [line for line in lines if line]}


def heading(text, level=1):
    return {"type": "heading", "level": level, "text": text}


def para(text, *, indent=True, align="", size="", keep_with_next=False):
    """A paragraph; each line of `text` becomes its own paragraph (so each is indented). `keep_with_next`: no
    page break between it and what follows (a 結論's outcome and its wording)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()] or [""]
    return {"type": "para", "lines": lines, "indent": indent, "align": align, "size": size,
            "keep_with_next": keep_with_next}


def entry(number, text):
    """A numbered line of a list (the 次第's items): a second line of a long title hangs under the title,
    not under its number."""
    return {"type": "entry", "number": str(number), "text": text}


def note(text):
    return {"type": "note", "text": text}


def items_list(items, *, bullet=True):
    return {"type": "list", "items": [i for i in items if i], "bullet": bullet}


def fields(rows, *, plain=False, widths=(24, 76)):
    """A label/value table; a value is a string or a list of lines."""
    out = []
    for label, value in rows:
        values = value if isinstance(value, list) else lines_of(value) if "\n" in (value or "") else [value]
        out.append({"label": label, "values": [v for v in values if v] or [NOT_STATED]})
    return {"type": "fields", "rows": out, "plain": plain, "widths": list(widths)}


def table(header, rows, widths):
    return {"type": "table", "header": list(header), "rows": [[c if c else "" for c in row] for row in rows],
            "widths": list(widths)}


def turn(label, text, *, style="bracket"):
    prefix = f"〔{label}〕" if style == "bracket" else f"{label}："
    return {"type": "turn", "label": prefix, "text": text}


def framed(header, blocks):
    return {"type": "framed", "header": header, "blocks": blocks}


def pagebreak():
    return {"type": "pagebreak"}


def ki():
    return para("記", indent=False, align="center")


def signature(intro, signers):
    return {"type": "signature", "intro": intro, "signers": signers}


def document(kind, doc_title, council, blocks, *, draft=False, filename=None):
    """`filename`: the kind, number and date the file is saved under; the council's name goes before it, so that a
    clerk serving two councils saves two 「答申書_答申第1号」 apart."""
    filename = filename or doc_title
    return {
        "kind": kind, "title": doc_title, "footer": council.name if council else "", "draft": bool(draft),
        "blocks": blocks, "filename": f"{council.name}_{filename}" if council else filename,
    }


def file_date(day) -> str:
    """A document's date in its file name: digits that sort in order of the date (20250601), or nothing."""
    return f"_{day:%Y%m%d}" if day else ""


# --- lookups -------------------------------------------------------------------------------------

def get_or_refuse(queryset, obj_id, what):
    try:
        return queryset.get(pk=obj_id)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise DocumentError(f"{what} (ID {obj_id}) が見つかりません。", code="not-found") from None


def chair_name(council, on) -> str:
    person = chair_of(council, on or timezone.localdate())
    return person.name if person else ""


def chair_line(council, on) -> str:
    """Whom the council's letter (点検結果) is issued by on `on`: the 会長 and name; while the post is vacant, the member
    who acts for the 会長 (会長職務代理者, 副会長), who signs it in law; else the office."""
    return signatory(council, on or timezone.localdate()) or "会長"


def consulted_on(case):
    """The date of the 諮問: an appeal's own 諮問日; otherwise the day the council received the case (受付, the
    secretariat's acceptance), else, for a case imported from minutes and never received here, the first meeting
    it was put before.

    The 諮問書 and the 答申書 both quote it, so they give the same date. The first hearing is no 諮問日 where the
    case was received earlier: a case received in June and heard in October was consulted in June.
    """
    referred_on = case.appeal.referred_on if hasattr(case, "appeal") else None
    if referred_on:
        return referred_on
    if case.accepted_at is not None:
        return _local_date(case.accepted_at)
    item = (
        case.agenda_items.exclude(meeting__state=Meeting.State.CANCELLED)
        .exclude(meeting__date__isnull=True).order_by("meeting__date").select_related("meeting").first()
    )
    return item.meeting.date if item is not None else None


def body_word(council) -> str:
    """審議会 or 審査会, as the council's registered type says, whatever its name: what a 諮問書 calls it in
    「貴…」 and what an appeal's 答申 speaks of (since 2023 a 審議会 hears appeals too, and its 答申 speaks of 審議会の
    結論, not of a 審査会 it is not); an appeal with no council is a 審査会's."""
    return council.body_type if council is not None else "審査会"


def department_text(department, day=None, record=None) -> str:
    """部名 and 課名 as on `day` (a record keeps the name its department had on its own date; None: now), of the
    department that held `record` that day (one merged since into this one, see Department.holder_on)."""
    if department is None:
        return ""
    holder = department.holder_on(record, day)
    name, division = holder.name_on(day), holder.division_on(day)
    return f"{division}　{name}" if division else name


def department_name(department, day=None, record=None) -> str:
    """The 課名 alone, as department_text takes it."""
    if department is None:
        return ""
    return department.name_for(record, day)


def contact_lines(council, *, public=False) -> list[str]:
    """The secretariat's contact (事務局の連絡先) as a letter prints it: the office, then 担当・電話・電子メール・所在地
    as 「label：value」, each only when recorded; [] when the council recorded none. A copy for the public names the
    office and how to reach it, not the 担当 (often a person's name)."""
    section = council.secretariat_section.strip()
    rows = [("担当", "" if public else council.secretariat_contact), ("電話", council.secretariat_phone),
            ("電子メール", council.secretariat_email), ("所在地", council.secretariat_address)]
    lines = [f"{label}：{value.strip()}" for label, value in rows if value and value.strip()]
    if not section and not lines:
        return []
    return [f"{council.name}事務局" + (f"（{section}）" if section else "")] + lines


def contact_blocks(council, *, public=False):
    """The 問い合わせ先 at the foot of a paper; nothing when the council recorded no contact."""
    lines = contact_lines(council, public=public)
    return [right("（問い合わせ先）", *lines)] if lines else []


def sender_lines(council) -> list[str]:
    """The secretariat as the sender of its letters: the council's name, then 事務局 with its office where recorded."""
    section = council.secretariat_section.strip()
    return [council.name, "事務局" + (f"（{section}）" if section else "")]


def labels(values, choices) -> list[str]:
    names = dict(choices)
    return [str(names.get(v, v)) for v in values or []]


OUTCOME_RESULT = {
    Decision.Outcome.APPROVED: "承認された",
    Decision.Outcome.CONSENTED: "同意された",
    Decision.Outcome.CONDITIONAL: "条件を付して承認された",
    Decision.Outcome.CONTINUED: "継続審議とされた",
    Decision.Outcome.ANSWER_PENDING: "後日答申することとされた",
    Decision.Outcome.REPORT_NOTED: "報告が了承された",
    Decision.Outcome.REJECTED: "承認されなかった",
    Decision.Outcome.UNKNOWN: "結論は記録されていない",
}


def written_counts(decision) -> str:
    """The answers a 書面開催's decision was taken from: 承認する and 承認しない (its votes), and 意見あり, counted
    from the answers themselves (no vote column means it: 棄権 it is not)."""
    opinions = decision.agenda_item.written_answers.filter(vote="意見あり").count()
    return f"承認する{decision.votes_for}、承認しない{decision.votes_against or 0}、意見あり{opinions}"


def decision_heading(decision, casting="会長") -> str:
    """`casting`: who gave the casting vote on a tie (the 会長職務代理者 on an item the 会長 withdrew from)."""
    if decision is None:
        return "結論の記録はありません。"
    text = decision.get_outcome_display()
    if decision.vote_method == Decision.VoteMethod.BALLOT and decision.votes_for is not None:
        counts = f"賛成{decision.votes_for}、反対{decision.votes_against or 0}"
        if decision.votes_abstain:
            counts += f"、棄権{decision.votes_abstain}"
        if decision.chair_decided:
            counts += f"、可否同数のため{casting}が決した"
        return f"{text}（採決：{counts}）"
    if decision.vote_method == Decision.VoteMethod.WRITTEN and decision.votes_for is not None:
        return f"{text}（書面表決：{written_counts(decision)}）"
    if decision.vote_method and decision.vote_method != Decision.VoteMethod.UNKNOWN:
        return f"{text}（{decision.get_vote_method_display()}）"
    return text


def follow_up_line(follow_up, day=None) -> str:
    """The follow-up as its decision's record prints it; `day`, the record's date, names the department as then."""
    extras = []
    # An imported follow-up keeps the minutes' own words, which may already name who answers it.
    if follow_up.department_id:
        answering = department_name(follow_up.department, day, follow_up)
        if f"対応：{answering}" not in follow_up.text:
            extras.append(f"対応：{answering}")
    if follow_up.due_date:
        extras.append(f"期限：{jdate(follow_up.due_date)}")
    tail = f"（{'、'.join(extras)}）" if extras else ""
    # 【意見】 as the pages call it: 【附帯意見】 would read as the 答申's own 附帯意見, which the 答申書 lists.
    return f"【{follow_up.kind}】{follow_up.text}{tail}"


def decision_blocks(decision, day=None, casting="会長"):
    wording = decision is not None and decision.wording.strip()
    blocks = [para(decision_heading(decision, casting), keep_with_next=bool(wording))]
    if decision is None:
        return blocks
    if wording:
        blocks.append(para(decision.wording))
    follow_ups = list(decision.follow_ups.all())
    if follow_ups:
        blocks.append(items_list(follow_up_line(f, day) for f in follow_ups))
    return blocks


def recusal_sentence(case, name_case=True):
    """The 除斥 as the 答申 and the minutes state it: who withdrew, not why (the reason may name the member's
    employer or family, which the public copy need not carry)."""
    names = "、".join(f"{r.person.name}委員" for r in case.recusals.select_related("person"))
    about = f"「{case.title}」" if name_case else "本件"
    return f"なお、{names}は、{about}に利害関係を有するため、その審議に加わらなかった。"


def decision_of(item):
    try:
        return item.decision
    except Decision.DoesNotExist:
        return None


def is_full(reading) -> bool:
    """None is the trusted command line (`shingikai document` without --public): the whole record."""
    return reading is None or reading.full


def shows_item(reading, item) -> bool:
    return reading is None or reading.shows_item(item)


def meeting_publicity(meeting, reading, every_item=()) -> str:
    """会議の公開 as the header states it. A public meeting with a closed item is 一部非公開: the whole record
    names the items and their reasons (numbered as in the whole agenda); a public copy only says so, and where
    the council prints its closed items in their place, which number they hold."""
    # A council that publishes its reasons (ClosedItemsShown.REASON) prints them on the public copy too.
    reasons = is_full(reading) or meeting.council.closed_items_shown == Council.ClosedItemsShown.REASON
    if not meeting.is_public:
        return f"非公開（{phrase(meeting.closed_reason) or '理由の記載なし'}）" if reasons else "非公開"
    closed = [(n, item) for n, item in enumerate(every_item, 1) if not item.is_public]
    if not closed:
        return "公開"
    if reasons:
        return "一部非公開（" + "、".join(f"議題{n}：{phrase(item.closed_reason) or '理由の記載なし'}" for n, item in closed) + "）"
    if meeting.council.closed_items_shown == Council.ClosedItemsShown.OMIT:
        return "一部非公開"
    return "一部非公開（" + "・".join(f"議題{n}" for n, _ in closed) + "）"


CLOSED_ITEM_TITLE = "非公開案件（非公開で審議するため、件名等は掲載していません）"


class ReadableItems:
    """The agenda items one reader may see, and how they are numbered. An item keeps its number in the whole
    agenda, so the members', a department's and the public's copies call it the same (議題4 is 議題4 for
    everyone), and a closed item of a public meeting keeps its place as 「非公開案件」 (`in_place`), as the
    public meeting page lists it; only where the council prints nothing of its closed items does a copy that
    leaves some out number its own items 1, 2, 3, since a gap would tell of them. `hidden_cases`: the closed
    items left out that are business (案件, 報告, その他) and have no place, those of a closed meeting."""

    def __init__(self, reading, every_item, council):
        self.every_item = list(every_item)
        self.items = [item for item in self.every_item if shows_item(reading, item)]
        shown = {item.pk for item in self.items}
        hidden = [item for item in self.every_item if item.pk not in shown]
        self.hidden_pks = {item.pk for item in hidden}
        omit = council.closed_items_shown == Council.ClosedItemsShown.OMIT
        self.in_place = set() if omit or not self.items else {
            item.pk for item in hidden if item.meeting.is_public and not item.is_public}
        self.hidden_cases = sum(1 for item in hidden if item.is_deliberation and item.pk not in self.in_place)
        numbered = self.items if hidden and omit else self.every_item
        self.numbers = {item.pk: n for n, item in enumerate(numbered, 1)}

    def numbered(self):
        return [(self.numbers[item.pk], item) for item in self.items]

    def entries(self):
        """(number, item, shown) in agenda order: the items this reader sees, and the closed ones kept in place
        (shown False: print CLOSED_ITEM_TITLE, never the item's title)."""
        return [(self.numbers[item.pk], item, item.pk not in self.in_place) for item in self.every_item
                if item.pk not in self.hidden_pks or item.pk in self.in_place]


def closed_items_blocks(council, hidden):
    """What a reader who may not see them learns of closed items that have no place of their own (those of
    a closed meeting): the count, where the council's policy says so; never their titles or reasons."""
    if not hidden or council.closed_items_shown == Council.ClosedItemsShown.OMIT:
        return []
    return [note(f"非公開案件 {hidden}件（非公開で審議するため、件名等は掲載していません）")]


def item_heading(item) -> str:
    """An agenda item's title as a document prints it: 「…について（諮問）」."""
    return f"{phrase(item.title)}{item_kind_suffix(item)}"


def item_kind_suffix(item) -> str:
    if item.kind in (AgendaItem.Kind.CONSULTATION, AgendaItem.Kind.REPORT):
        return f"（{item.kind}）"
    return ""


def numbered(texts):
    if len(texts) == 1:
        return texts
    return [f"({i}) {t}" for i, t in enumerate(texts, 1)]
