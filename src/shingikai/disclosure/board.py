"""The deadline board (期限の一覧) and the e-mail sent before a deadline, like the follow-up board."""
from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import EmailMessage

from shingikai.councils.mail import recipients
from shingikai.history import save_by
from shingikai.jp.wareki import to_wareki

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


def send_deadline_notices(today: datetime.date) -> tuple[int, list[str]]:
    """E-mail each department, once per deadline, when it is near or passed: a request extended after its
    first notice is noticed again before the new deadline. The mail goes where the other notices go: the
    department's address and its staff's, the secretariat in copy (alone when the department has none).
    Returns how many were sent and the requests no one could be told about. The mail names the request by
    number and deadline only: never the requester."""
    sent, unsent = 0, []
    for request in DisclosureRequest.objects.filter(status__in=OPEN).select_related("department", "municipality"):
        rules = deadlines.rules_for(request.municipality)
        window_opens = request.due - datetime.timedelta(days=rules.notice_days_before)
        if today < window_opens:
            continue
        if request.due_notified_on is not None and request.due_notified_on >= window_opens:
            continue  # already told about this deadline
        to, cc = recipients(request.department, municipality=request.municipality)
        if not to:
            unsent.append(f"{request.number} ({request.department.name})")
            continue
        overdue = request.due < today
        state = "期限を過ぎています" if overdue else "期限が近づいています"
        due = to_wareki(request.due)
        what = "特例延長の相当の部分の決定期限" if request.portion_due_pending else "決定期限"
        EmailMessage(
            f"[{request.short_kind}] {request.number} の決定{state} (期限 {due})",
            f"{request.department.name} 御中\n\n受付番号 {request.number} ({request.get_kind_display()}) の{what}は "
            f"{due} です。{state}。\n{deadline_advice(request, overdue)}\n",
            settings.DEFAULT_FROM_EMAIL, to, cc=cc,
        ).send()
        # A delivery marker with a history row of its own by the system, so the next person's save is not
        # credited with it.
        request.due_notified_on = today
        save_by(request, None, update_fields=["due_notified_on"])
        sent += 1
    return sent, unsent


def deadline_advice(request, overdue):
    """What the department can still do. An extension is notified within the first period (法第83条第2項 and
    its siblings) and given once: past the deadline, or once extended, the only thing left is to decide."""
    part = "相当の部分を" if request.portion_due_pending else ""
    if overdue:
        return (f"{part}速やかに決定してください (期限を過ぎた後に延長することはできません)。"
                "決定したときは、受付簿に決定を記録してください。")
    if request.status == DisclosureRequest.Status.RECEIVED:
        return "期間内に決定できない場合は、延長の通知を期限内にしてください。"
    return f"延長後の期限です。{part}期限内に決定してください (延長は一度しかできません)。"
