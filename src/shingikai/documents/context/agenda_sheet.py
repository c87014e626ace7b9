"""The 会議次第: the agenda, closed items shown as the reader may see them."""
from __future__ import annotations

from typing import NamedTuple

from shingikai import publicity
from shingikai.cases.models import Attachment, Case
from shingikai.meetings.models import AgendaItem, Meeting

from .common import (
    UNKNOWN_DATE, NONE_WORD, when, title, heading, para, note, items_list, fields, document, get_or_refuse,
    ReadableItems, CLOSED_ITEM_TITLE, meeting_publicity, closed_items_blocks, item_heading, is_full, entry,
    phrase, subject, contact_blocks,
)


def agenda(meeting_id, *, reading=None, bound=None):
    """`bound`: the papers as the members' materials bound them, [(資料番号, title, first page)], which the
    bound copy's 次第 lists with their pages; without it the 次第 lists the papers in the order they are bound."""
    meeting = get_or_refuse(Meeting.objects.select_related("council__municipality"), meeting_id, "会議")
    council = meeting.council
    every_item = list(meeting.items.select_related("case", "meeting").prefetch_related("departments"))
    readable = ReadableItems(reading, every_item, council)
    blocks = [title(f"{meeting.short_label}{council.name}", "次　第",
                    f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else "")]
    blocks.append(fields([
        ("日時", when(meeting) or UNKNOWN_DATE),
        ("場所", meeting.place or "未定"),
        ("会議の公開", meeting_publicity(meeting, reading, every_item)),
    ], plain=True, widths=(16, 84)))
    if meeting.state == Meeting.State.CANCELLED:
        blocks.append(para("この会議は中止となりました。", indent=False, align="center", size="large"))
    blocks.append(heading("次第"))
    if not every_item:
        blocks.append(para("（議題は未定です）"))
    for n, item, shown in readable.entries():
        if not shown:
            blocks.append(entry(n, CLOSED_ITEM_TITLE))
            continue
        blocks.append(entry(n, item_heading(item)))
        details = []
        departments = "、".join(d.name_on(meeting.date) for d in item.departments.all())
        if item.is_deliberation and departments:
            details.append(f"担当課：{departments}")
        if item.case and item.case.number:
            details.append(item.case.number)
        # A closed meeting's reason is stated once, as its 会議の公開; an item says its own only where it differs.
        reason = item.closed_reason if meeting.is_public or item.closed_reason != meeting.closed_reason else ""
        if not item.is_public and (meeting.is_public or reason):
            details.append(f"非公開（{phrase(reason or '理由の記載なし')}）")
        if details:
            blocks.append(note("　".join(details)))
    blocks += closed_items_blocks(council, readable.hidden_cases)
    # The list the secretariat typed is the 配布資料 as it numbered them; without one, the papers of the meeting
    # are listed as the members' materials bind them. The bound copy lists what it holds, with the pages.
    typed = [str(m) for m in (meeting.materials or []) if str(m).strip()]
    blocks.append(heading("配布資料"))
    if typed:
        blocks.append(items_list(typed))
        if bound:
            blocks += [heading("この資料集に綴じた資料"), items_list(_bound_papers(bound), bullet=False)]
    else:
        # Read only here: with a typed list and no bound copy the papers are not printed.
        papers = (_bound_papers(bound) if bound is not None else
                  [f"{number}　{paper}" if number else paper
                   for number, paper in meeting_papers(meeting, readable.items, reading)])
        blocks.append(items_list(papers, bullet=False) if papers else para(NONE_WORD))
    if not is_full(reading):
        # The copy put on the city's site says whom to ask, as the city's pages do; the members know.
        blocks += contact_blocks(council, public=True)
    return document("agenda", f"{meeting.short_label}{council.name}次第", council, blocks,
                    filename=f"次第_{meeting.short_label}")


def _bound_papers(bound):
    """The bound copy's papers with the page each starts on."""
    return [f"{number}　{paper}（{page}ページ）" if number else f"{paper}（{page}ページ）" for number, paper, page in bound]


class Paper(NamedTuple):
    """One paper of a meeting in the order the members' materials bind it. `kind`: "minutes" (a draft to be
    confirmed, `source` the Minutes), "register" (the sheet of the register record behind `item`, no source),
    "case" (the 諮問書 or 報告書, `source` the Case) or "file" (a file bound after the paper numbered as in
    `title`, `source` the row with its title and stored file)."""
    number: str  # 資料N; "" for a file, which goes with the paper before it
    title: str  # as the 配布資料 list prints it
    kind: str
    item: AgendaItem
    source: object


def binding_order(meeting, items, *, drafts, registered, files):
    """The Papers of ``items`` in the order the members' materials bind them and numbered as bound, which the
    次第 printed alone lists too: one order, so its 資料N is the bound copy's. For each item, the draft minutes
    a 前回議事録の確定 is about (with ``drafts``), the sheet of the register record behind it (``registered``:
    {item id: the files bound after the sheet}), the 諮問書 or 報告書 of its case and the case's files
    (``files``: {case id: files})."""
    from shingikai.minutes.actions import awaiting_confirmation

    count = 0

    def numbered(title, kind, item, source=None):
        nonlocal count
        count += 1
        return Paper(f"資料{count}", title, kind, item, source)

    def attached(rows, item, number):
        return [Paper("", attachment_title(row.title, number), "file", item, row) for row in rows]

    for item in items:
        if drafts and item.procedure == AgendaItem.Procedure.PREVIOUS_MINUTES:
            for draft in awaiting_confirmation(meeting):
                yield numbered(draft_minutes_title(draft), "minutes", item, draft)
        if item.pk in registered:
            sheet = numbered(phrase(item.title), "register", item)
            yield sheet
            yield from attached(registered[item.pk], item, sheet.number)
        if item.case_id is None:
            continue
        paper = numbered(case_paper_title(item.case), "case", item, item.case)
        yield paper
        yield from attached(files.get(item.case_id, ()), item, paper.number)


def meeting_papers(meeting, items, reading):
    """[(資料番号 or "", title)]: the papers of the meeting the reader sees, in binding_order. Only the whole
    record lists the drafts and register records, which the public copy of the materials does not carry; the
    files of a register record are the bound copy's alone."""
    from shingikai.registers.agenda import items_with_records

    full = is_full(reading)
    registered = items_with_records([i.pk for i in items if i.case_id is None]) if full else ()
    files = {}
    for attachment in _attachments(items, reading):
        files.setdefault(attachment.case_id, []).append(attachment)
    return [(paper.number, paper.title) for paper in
            binding_order(meeting, items, drafts=full, registered=dict.fromkeys(registered, ()), files=files)]


def draft_minutes_title(minutes):
    return f"{minutes.meeting.short_label}会議録（案）"


def case_paper_title(case):
    verb = "報告" if case.kind == Case.Kind.REPORT else "諮問"
    return f"{phrase(subject(case.title))}（{verb}書）"


def attachment_title(title, number):
    return f"{phrase(title)}（{number}の添付資料）"


def _attachments(items, reading):
    """The attachments of the cases on the agenda the reader sees: all of them for a full reading, else only
    the 公開資料 of cases the public may see (never those of a closed item)."""
    cases = [item.case_id for item in items if item.case_id]
    if not cases:
        return []
    found = Attachment.objects.filter(case_id__in=cases) if is_full(reading) else \
        publicity.attachments().filter(case_id__in=cases)
    order = {case: n for n, case in enumerate(cases)}
    return sorted(found, key=lambda a: (order[a.case_id], a.pk))
