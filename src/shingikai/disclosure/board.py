"""The deadline board (期限の一覧) of the open requests; the mail sent before and after a deadline is notify.py's."""
from __future__ import annotations

import datetime

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
