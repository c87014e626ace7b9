"""The deadline board (期限の一覧) and the e-mail sent before a deadline, like the follow-up board."""
from __future__ import annotations

import datetime

from django.core.mail import send_mail

from . import deadlines
from .models import DisclosureRequest

OPEN = (DisclosureRequest.Status.RECEIVED, DisclosureRequest.Status.EXTENDED, DisclosureRequest.Status.SPECIAL)


def deadline_board(requests, today: datetime.date) -> dict[str, list]:
    """Open requests grouped: overdue, due within the notice days, extended, and the rest."""
    groups = {"overdue": [], "due_soon": [], "extended": [], "open": []}
    for request in requests.filter(status__in=OPEN).select_related("department", "municipality").order_by("first_due"):
        rules = deadlines.rules_for(request.municipality)
        due = request.due
        request.days_left = (due - today).days
        if due < today:
            groups["overdue"].append(request)
        elif request.days_left <= rules.notice_days_before:
            groups["due_soon"].append(request)
        elif request.status != DisclosureRequest.Status.RECEIVED:
            groups["extended"].append(request)
        else:
            groups["open"].append(request)
    for rows in groups.values():
        rows.sort(key=lambda r: r.due)
    return groups


def send_deadline_notices(today: datetime.date) -> int:
    """E-mail each department, once per request, when a deadline is near or passed. Returns how many
    were sent. The mail names the request by number and deadline only: never the requester."""
    sent = 0
    for request in DisclosureRequest.objects.filter(status__in=OPEN, due_notified_on__isnull=True).select_related(
            "department", "municipality"):
        rules = deadlines.rules_for(request.municipality)
        if (request.due - today).days > rules.notice_days_before or not request.department.email:
            continue
        state = "期限を過ぎています" if request.due < today else "期限が近づいています"
        send_mail(
            f"[開示請求] {request.number} の決定{state} (期限 {request.due.isoformat()})",
            f"{request.department.name} 御中\n\n受付番号 {request.number} ({request.get_kind_display()}) の決定期限は "
            f"{request.due.isoformat()} です。{state}。\n期間内に決定できない場合は、延長の通知を期限内にしてください。\n",
            None, [request.department.email],
        )
        # A delivery marker, not a change of the request itself: written without a history row.
        DisclosureRequest.objects.filter(pk=request.pk).update(due_notified_on=today)
        sent += 1
    return sent
