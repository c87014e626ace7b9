"""E-mail asking the members who attended a meeting to check its draft minutes, sent by `shingikai send-notices`.

Stateless like the notice of a circulated 答申案 (cases.notify): each daily run tells of the requests the
secretariat made the day before (Minutes.check_requested_on), so each goes out once.
"""
import datetime as dt

from shingikai.councils.mail import member_addresses, secretariat_addresses, to_members
from shingikai.meetings.models import Attendance

from .models import Minutes


def _check_requested(day):
    """The draft minutes the secretariat asked to be checked on `day`: to the members present (Bcc), the secretariat
    in To (councils.mail)."""
    messages = []
    drafts = (Minutes.objects.filter(check_requested_on=day, state=Minutes.State.DRAFT, meeting__imported=False)
              .select_related("meeting__council"))
    for minutes in drafts:
        meeting, council = minutes.meeting, minutes.meeting.council
        members = member_addresses(a.person for a in meeting.attendances.filter(
            kind=Attendance.Kind.MEMBER, present=True, person__isnull=False).select_related("person"))
        again = minutes.history.filter(check_requested_on__lt=day).exists()
        body = "\n".join([
            f"{council.name} {meeting.label}の会議録 (案) を{'修正しました。改めて' if again else ''}ご確認ください。",
            "内容に誤りがなければ「確認しました」を、直してほしい箇所があれば修正意見をお送りください。", "",
            "審議会支援システムのホームの「確認をお願いする会議録 (案)」から確認できます。"])
        subject = f"[{council.name}] 会議録 (案) の{'再' if again else ''}確認のお願い ({meeting.label})"
        message = to_members(subject, body, members, secretariat_addresses(council=council))
        if message is not None:
            messages.append(message)
    return messages


def send_check_requests(today, connection):
    """Tell of yesterday's requests to check draft minutes; returns how many mails went out."""
    messages = _check_requested(today - dt.timedelta(days=1))
    return connection.send_messages(messages) or 0 if messages else 0
