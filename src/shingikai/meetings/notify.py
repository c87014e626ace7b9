"""E-mail notices: the agenda before a meeting, and follow-ups that have become overdue.

Run once a day (`shingikai send-notices`). Meeting notices go out a fixed number of days before
the meeting, so a daily run sends each once; an overdue follow-up is announced once, remembered in
`FollowUp.overdue_notified_on`. Mail goes through Django's configured backend (console in
development, SMTP when EMAIL_BACKEND says so).
"""
import datetime as dt

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import Q

from shingikai.councils.mail import (department_addresses, member_addresses, recipients, secretariat_addresses,
                                     to_members)
from shingikai.jp.wareki import to_wareki

from .actions import mark_overdue_notified
from .models import FollowUp, Meeting

NOTICE_DAYS_BEFORE = (7, 1)


def _council_people(council, on):
    members = member_addresses(m.person for m in council.memberships.in_office(on).select_related("person"))
    return members, secretariat_addresses(council=council)


def meeting_notice(meeting, days_before):
    """Members and the secretariat get the whole agenda (closed items included, as in their materials);
    each department gets only its own items."""
    members, secretariat = _council_people(meeting.council, meeting.date)
    when = to_wareki(meeting.date, western=True)
    if meeting.start_time:
        when += f" {meeting.start_time.hour}時{meeting.start_time.minute:02d}分"
    items = list(meeting.items.select_related("case__department"))
    head = [f"{meeting.council.name} {meeting.label} を次のとおり開催します。", "",
            f"日時: {when}", f"場所: {meeting.place or '未定'}",
            f"公開: {'公開' if meeting.is_public else '非公開'}", ""]
    agenda = ["会議次第:"] + [f"  {i.order}. {i.title}{'' if i.is_public else ' (非公開)'}" for i in items]
    subject = f"[{meeting.council.name}] {meeting.label} のお知らせ ({days_before}日前)"
    to_council = to_members(subject, "\n".join(head + agenda + ["", "資料は審議会支援システムでご確認ください。"]),
                            members, secretariat)
    messages = [to_council] if to_council is not None else []
    by_department = {}
    for item in items:
        if item.case is not None:
            by_department.setdefault(item.case.department, []).append(item)
    for department, own in by_department.items():
        to = department_addresses(department)
        if not to:
            continue
        lines = head + ["説明をお願いする議題:"] + [f"  {i.order}. {i.title}" for i in own]
        messages.append(EmailMessage(subject, "\n".join(lines), settings.DEFAULT_FROM_EMAIL, to))
    return messages


def overdue_notice(follow_up, today):
    department = follow_up.department
    council = follow_up.decision.agenda_item.meeting.council
    to, cc = recipients(department, council=council)
    if not to:
        return None
    case = follow_up.decision.case
    body = "\n".join([
        f"{council.name} の審議で求められた次の事項が、期限 ({to_wareki(follow_up.due_date)}) を過ぎています。",
        "", f"案件: {case.title if case else '—'}", f"種別: {follow_up.kind}", f"内容: {follow_up.text}", "",
        "審議会支援システムから回答してください。",
    ])
    return EmailMessage(f"[{council.name}] 期限を過ぎた{follow_up.kind}があります", body, settings.DEFAULT_FROM_EMAIL,
                        to, cc=cc)


def send_notices(today):
    """Send today's notices; returns (meeting notices sent, overdue notices sent)."""
    connection = get_connection()
    meeting_count = 0
    dates = [today + dt.timedelta(days=n) for n in NOTICE_DAYS_BEFORE]
    meetings = (Meeting.objects.filter(date__in=dates, state=Meeting.State.PLANNED)
                .select_related("council").order_by("date"))
    for meeting in meetings:
        batch = meeting_notice(meeting, (meeting.date - today).days)
        meeting_count += connection.send_messages(batch) or 0
    overdue_count = 0
    overdue = (FollowUp.objects.filter(status=FollowUp.Status.OPEN, due_date__lt=today)
               .filter(Q(overdue_notified_on__isnull=True))
               .select_related("department", "decision__case", "decision__agenda_item__meeting__council"))
    for follow_up in overdue:
        message = overdue_notice(follow_up, today)
        if message is not None and connection.send_messages([message]):
            overdue_count += 1
        # Remember the notice even with no address to send to, so it is not repeated daily.
        mark_overdue_notified(follow_up, on=today)
    from shingikai.registers.notify import send_register_notices
    overdue_count += send_register_notices(today, connection)
    return meeting_count, overdue_count
