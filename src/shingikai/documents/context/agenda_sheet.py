"""The 会議次第: the agenda, closed items shown as the reader may see them."""
from __future__ import annotations

from shingikai import publicity
from shingikai.cases.models import Attachment
from shingikai.meetings.models import Meeting

from .common import (
    UNKNOWN_DATE, NONE_WORD, when, title, heading, para, note, items_list, fields, document, get_or_refuse,
    ReadableItems, CLOSED_ITEM_TITLE, meeting_publicity, closed_items_blocks, item_kind_suffix, is_full,
)


def agenda(meeting_id, *, reading=None):
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
            blocks.append(para(f"{n}　{CLOSED_ITEM_TITLE}", indent=False))
            continue
        blocks.append(para(f"{n}　{item.title}{item_kind_suffix(item)}", indent=False))
        details = []
        departments = "、".join(d.name_on(meeting.date) for d in item.departments.all())
        if item.is_deliberation and departments:
            details.append(f"担当課：{departments}")
        if item.case and item.case.number:
            details.append(item.case.number)
        if not item.is_public or not meeting.is_public:
            details.append(f"非公開（{item.closed_reason or meeting.closed_reason or '理由の記載なし'}）")
        if details:
            blocks.append(note("　".join(details)))
    blocks += closed_items_blocks(council, readable.hidden_cases)
    blocks.append(heading("配布資料"))
    materials = [str(m) for m in (meeting.materials or []) if str(m).strip()]
    materials += [a.title for a in _attachments(readable.items, reading) if a.title not in materials]
    blocks.append(items_list(materials) if materials else para(NONE_WORD))
    return document("agenda", f"{meeting.short_label}{council.name}次第", council, blocks,
                    filename=f"次第_{meeting.short_label}")


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
