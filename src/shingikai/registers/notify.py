"""E-mail for the registers' deadlines, sent by `shingikai send-notices` (meetings/notify.py calls here).

Stateless like the meeting notices: a daily run sends a reminder on fixed days before a due date and
once on the day after it has passed, so each goes out once without remembering anything.
"""
from django.conf import settings
from django.core.mail import EmailMessage

from shingikai.councils.mail import recipients
from shingikai.jp.wareki import to_wareki

from .board import FINDING, NOTICE, all_due

#: Days before the due date (negative: after) on which a reminder goes out, per kind of deadline.
REMIND_ON = {"速報": (1, -1), NOTICE: (1, -1), "確報": (7, 1, -1), "5年ごとの見直し": (180, 30, -1), "重要な変更前の再評価": (60, 14, -1),
             FINDING: (14, -1)}


def notice(due, today):
    days = (due.due - today).days
    if days not in REMIND_ON.get(due.kind, ()):
        return None
    if due.kind == FINDING and due.record.follow_up_id is not None:
        return None  # tracked: its follow-up's overdue notice goes out with the council's (meetings/notify.py)
    if due.kind == NOTICE and due.record.preliminary_filed_on is None:
        return None  # due with the 速報, whose own reminder goes out on the same days: one mail, not two
    department = due.record.department
    to, cc = recipients(department, municipality=department.municipality)
    if not to:
        return None
    when = f"期限 ({to_wareki(due.due)}) を過ぎています" if days < 0 else f"期限 ({to_wareki(due.due)}) まであと{days}日です"
    body = "\n".join([f"{due.kind}の{when}。", "", f"対象: {due.label}", "",
                      "審議会支援システムの台帳画面で状況を確認してください。"])
    return EmailMessage(f"[台帳] {due.kind}の期限のお知らせ", body, settings.DEFAULT_FROM_EMAIL, to, cc=cc)


def send_register_notices(today, connection):
    """Send today's reminders; returns how many went out."""
    messages = [m for m in (notice(d, today) for d in all_due()) if m is not None]
    return connection.send_messages(messages) or 0 if messages else 0
