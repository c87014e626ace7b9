"""The appeals (審査請求) at a glance: the register's list with each appeal's stage, the days since it was
filed against the 標準審理期間 and the 提出期限 the 審査会 set, and the secretariat's home-page deadlines
(an overdue 提出期限, an 答申 waiting for its 裁決)."""
from __future__ import annotations

import datetime

from django.db.models import Q
from django.urls import reverse

from . import deadlines
from .models import Appeal, AppealDeadline

#: Still before the 実施機関: the 審査会 at work, or its 答申 waiting for the 裁決.
OPEN = (Appeal.Status.FILED, Appeal.Status.REFERRED, Appeal.Status.ANSWERED)
#: The 諮問 is made without delay, at the latest 90 days after the 審査請求 (the national government's agreed rule
#: for 情報公開 appeals, which cities follow): one still waiting, or made, later is shown late.
REFERRAL_TARGET_DAYS = 90


def referral_due(appeal):
    return appeal.filed_on + datetime.timedelta(days=REFERRAL_TARGET_DAYS)


def _standard_days():
    """The 標準審理期間 of an appeal's city, read once per city (each row holds its own municipality object)."""
    known = {}

    def of(appeal):
        municipality = appeal.request.municipality
        if municipality.pk not in known:
            known[municipality.pk] = deadlines.rules_for(municipality).standard_review_days
        return known[municipality.pk]
    return of


def appeal_rows(appeals, today: datetime.date, start: datetime.date, end: datetime.date) -> list[Appeal]:
    """The appeals still open, and those filed between `start` and `end`, oldest first, each with `days` (from
    the 審査請求 to the 裁決 or 取下げ, or to today), `standard_days`, `over_standard`, `next_deadline` (the
    earliest 提出期限 not met), `overdue` (提出期限 passed), `referral_late` (諮問 past REFERRAL_TARGET_DAYS, or
    still not made then) and `awaiting_ruling`."""
    rows = list(appeals.filter(Q(status__in=OPEN) | Q(filed_on__range=(start, end)))
                .select_related("request__department", "request__municipality", "case")
                .prefetch_related("deadlines").order_by("filed_on", "id"))
    standard_days = _standard_days()
    for appeal in rows:
        standard = standard_days(appeal)
        closed_on = appeal.ruled_on or appeal.withdrawn_on
        appeal.days = ((closed_on or today) - appeal.filed_on).days
        appeal.standard_days = standard
        appeal.over_standard = appeal.days > standard
        referred = appeal.referred_on or (today if appeal.status == Appeal.Status.FILED else None)
        appeal.referral_late = referred is not None and referred > referral_due(appeal)
        appeal.referral_target = REFERRAL_TARGET_DAYS
        outstanding = sorted((d for d in appeal.deadlines.all() if d.met_by_id is None), key=lambda d: d.due_on)
        appeal.next_deadline = outstanding[0] if outstanding and appeal.status == Appeal.Status.REFERRED else None
        appeal.overdue = [d for d in outstanding if d.is_overdue(today)] if appeal.next_deadline else []
        appeal.awaiting_ruling = appeal.status == Appeal.Status.ANSWERED
    return rows


def home_deadlines(appeals, horizon: datetime.date, due_class) -> list:
    """The secretariat's home-page rows: each 提出期限 the 審査会 set, not met, passed or within the horizon;
    each appeal not yet referred, due REFERRAL_TARGET_DAYS after its filing; each 答申 waiting for its 裁決 (due, lacking a statutory date, at the end of the 標準審理期間: 行政不服審査法
    第44条 asks for the 裁決 without delay once the 答申 is in)."""
    rows = []
    waiting = (AppealDeadline.objects.filter(appeal__in=appeals, appeal__status=Appeal.Status.REFERRED,
                                             met_by__isnull=True, due_on__lte=horizon)
               .select_related("appeal"))
    for d in waiting:
        rows.append(due_class("審査会が定めた提出期限", f"審査請求 {d.appeal.number}: {d.kind} ({d.asked_of})", d.due_on, d,
                              reverse("disclosure:appeal", args=[d.appeal_id]) + "#appeal-deadlines"))
    for appeal in appeals.filter(status=Appeal.Status.FILED):
        if referral_due(appeal) <= horizon:
            rows.append(due_class(f"諮問 (審査請求から{REFERRAL_TARGET_DAYS}日)", f"審査請求 {appeal.number}",
                                  referral_due(appeal), appeal, reverse("disclosure:appeal", args=[appeal.pk])))
    standard_days = _standard_days()
    for appeal in appeals.filter(status=Appeal.Status.ANSWERED).select_related("request__municipality"):
        standard = standard_days(appeal)
        rows.append(due_class("裁決待ち (答申済)", f"審査請求 {appeal.number}: {appeal.answer_number or '答申'}",
                              appeal.filed_on + datetime.timedelta(days=standard), appeal,
                              reverse("disclosure:appeal", args=[appeal.pk])))
    return rows
