"""The 招集通知 as a document, for the members who are sent it on paper: the notice as it last went out
(meetings.convocation.notice), laid out as the city's letters are."""
from __future__ import annotations

from shingikai.meetings.models import Meeting

from .common import (
    BLANK_DATE, DocumentError, contact_blocks, document, fields, get_or_refuse, items_list, jdate, ki, left, para, right,
    title,
)


def convocation(meeting_id, *, reading=None):
    from shingikai.meetings.convocation import notice

    meeting = get_or_refuse(Meeting.objects.select_related("council"), meeting_id, "会議")
    if meeting.date is None:
        raise DocumentError("開催日が決まっていない会議には招集通知がありません。", code="not-found")
    parts = notice(meeting)
    blocks = [
        right(parts["number"], jdate(parts["sent_on"], blank=BLANK_DATE)),
        left(parts["addressee"]),
        right(parts["sender"]),
        title(parts["title"]),
    ]
    if parts["preface"]:
        blocks.append(items_list(parts["preface"], bullet=False))
    blocks += [para("\n".join(parts["opening"])), ki(), fields([
        ("日時", parts["when"]),
        ("場所", parts["place"]),
        ("議題", [f"（{n}）{line}" for n, line in enumerate(parts["items"], 1)] or ["追って通知します"]),
    ])]
    blocks.append(para("\n".join(parts["closing"]), size="small"))
    blocks += contact_blocks(meeting.council)
    return document("convocation", parts["title"], meeting.council, blocks,
                    draft=meeting.convened_on is None, filename=f"招集通知_{meeting.short_label}")
