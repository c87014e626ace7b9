"""The 書面表決書: the sheet a member of a 書面開催 fills in on paper and sends back to the secretariat by its
回答期限 (the members without shingikai, or who prefer paper), with each item asked and the three answers, the
opinion box and where to send it. The secretariat records what comes back (meetings.actions.answer_in_writing)."""
from __future__ import annotations

from shingikai.meetings.models import Meeting

from .common import (
    BLANK_DATE, DocumentError, contact_lines, document, framed, get_or_refuse, jdate, left, note, para,
    meeting_of_council, right, table, title,
)

BOX = "□"


def written_vote(meeting_id, *, reading=None):
    from shingikai.meetings.actions import written_items
    from shingikai.meetings.convocation import _item_line

    meeting = get_or_refuse(Meeting.objects.select_related("council__municipality"), meeting_id, "会議")
    if not meeting.written:
        raise DocumentError("書面表決書は書面開催の会議にだけあります。", code="not-found")
    council = meeting.council
    items = written_items(meeting)
    if not items:
        raise DocumentError("この書面開催には、回答を求める議題がまだありません。", code="not-found")
    heading = f"{meeting_of_council(meeting)}（書面開催）"
    blocks = [
        right(BLANK_DATE),
        left(f"{council.name}会長　様"),
        title(heading, "書面表決書"),
        para(f"{heading}の議題について、次のとおり表決します。"),
        right("委員氏名　　　　　　　　　　　　　　　　"),
        table(["議題", "承認する", "承認しない", "意見あり"],
              [[f"（{n}）{_item_line(meeting, item)}", BOX, BOX, BOX] for n, item in enumerate(items, 1)],
              (61, 13, 13, 13)),
        note("議題ごとに、いずれか一つの□にレ印を付けてください。「意見あり」としたときは、下の欄に議題の番号と御意見を"
             "記入してください (「承認しない」のときも、理由を記入いただけます)。"),
    ]
    if any(item.case_id and item.case.recusals.exists() for item in items):
        blocks.append(note("利害関係のある案件 (除斥) には記入しないでください。"))
    blocks += [
        framed("御意見", [para("") for _ in range(8)]),
        para(f"回答期限　{jdate(meeting.date)}（必着）", indent=False, size="large"),
    ]
    contact = contact_lines(council)
    blocks.append(right("（送付先・問い合わせ先）", *contact) if contact
                  else right("（送付先）", f"{council.name}事務局"))
    return document("writtenvote", f"{heading}書面表決書", council, blocks,
                    filename=f"書面表決書_{meeting.short_label}")
