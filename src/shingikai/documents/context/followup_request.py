"""The follow-up request: what the council asked a department to do after a decision."""
from __future__ import annotations

import re

from django.utils import timezone

from shingikai.meetings.models import FollowUp

from .common import (
    NOT_STATED, jdate, full_label, lines_of, title, right, left, para, fields, ki, document, get_or_refuse,
    department_name, department_text, decision_heading, sender_lines, contact_blocks,
)


REQUEST_SUBJECT = {
    FollowUp.Kind.CONDITION: ("審議会が付した条件への対応について（依頼）", "条件への対応状況を報告"),
    FollowUp.Kind.OPINION: ("審議会の附帯意見について（通知）", "附帯意見を踏まえた対応状況を報告"),
    FollowUp.Kind.REPORT_BACK: ("審議会への後日報告について（依頼）", "事務局あて報告"),
    FollowUp.Kind.SUBMISSION: ("審議会への資料提出について（依頼）", "事務局あて資料を提出"),
}


def followup(follow_up_id, *, reading=None):
    follow_up = get_or_refuse(
        FollowUp.objects.select_related("decision__agenda_item__meeting__council__municipality",
                                        "decision__case__department", "department"),
        follow_up_id, "条件・フォローアップ",
    )
    decision = follow_up.decision
    item = decision.agenda_item
    meeting = item.meeting
    council = meeting.council
    case = decision.case or item.case
    department = follow_up.department or (case.department if case else None)
    doc_title, ask = REQUEST_SUBJECT.get(follow_up.kind, ("審議会からの依頼について（依頼）", "対応状況を報告"))
    # The letter carries the day the request was recorded, so the copy on file says when it went out; printed
    # after the deadline it is a new letter, a reminder, of the day it is printed. A request already met is
    # printed as the record of it, never as a request.
    today = timezone.localdate()
    issued_on = follow_up.requested_on or meeting.date
    held = f"{jdate(meeting.date, blank='')}に開催した{meeting.short_label}{council.name}において"
    if follow_up.status == FollowUp.Status.CLOSED:
        doc_title = re.sub(r"（(依頼|通知)）$", "（対応完了の記録）", doc_title)
        done = f"{jdate(follow_up.closed_on)}に" if follow_up.closed_on else ""
        if follow_up.answered_late:
            done = f"期限の{jdate(follow_up.due_date)}を過ぎて、{done}"
        opening = f"{held}求められた下記の事項について、{done}対応が完了したことを記録します。"
    else:
        if follow_up.is_overdue(today):
            doc_title = doc_title.replace("（依頼）", "（再依頼）")
            issued_on = today
            due = f"期限の{jdate(follow_up.due_date)}を過ぎていますので、至急"
        else:
            due = f"{jdate(follow_up.due_date)}までに" if follow_up.due_date else "速やかに"
        opening = f"{held}、下記のとおり求められましたので、{due}{ask}してください。"
    status_lines = [follow_up.status_text]
    if follow_up.response:
        status_lines.append(f"回答（{jdate(follow_up.responded_at, blank='')}）：{follow_up.response}")
    if follow_up.closed_on:
        status_lines.append(f"完了日：{jdate(follow_up.closed_on)}")
    # The department as it was called on the letter's day (and the one it was then, before a merge moved it).
    holder = (follow_up if follow_up.department_id else case) if department else None
    blocks = [
        right(jdate(issued_on)),
        left(f"{department_name(department, issued_on, holder)}長　様" if department else "関係課長　様"),
        right(*sender_lines(council)),
        title(doc_title),
        para(opening),
        ki(),
        fields([
            ("案件", " ".join(p for p in ((case.number if case else ""), (case.title if case else item.title)) if p)),
            ("会議", f"{full_label(meeting)}（{jdate(meeting.date)}）"),
            ("議題", f"{list(meeting.items.values_list('pk', flat=True)).index(item.pk) + 1}　{item.title}"),
            ("決定", [decision_heading(decision)] + lines_of(decision.wording)),
            ("依頼事項", [f"【{follow_up.kind}】", follow_up.text]),
            ("期限", jdate(follow_up.due_date) if follow_up.due_date else "定めなし"),
            ("対応する課", department_text(department, issued_on, holder) or NOT_STATED),
            ("現在の状況", status_lines),
        ]),
    ]
    if follow_up.status != FollowUp.Status.CLOSED:
        blocks.append(para("回答は、本システムの「条件・フォローアップ」画面から入力してください。", size="small"))
    blocks += contact_blocks(council)
    return document("followup", doc_title, council, blocks, filename=f"依頼_{follow_up.pk}")
