"""E-mail for the disclosure register's deadlines, sent by the daily `shingikai send-notices`.

What is chased: each open request's 決定期限 (the 相当の部分's under a special extension), each 提出期限 the
審査会 set on an appeal it is hearing, and each 答申 waiting for its 裁決 (due at the end of the 標準審理期間, as
the home page shows it: disclosure/appeal_board.py). A deadline is told when it comes within the city's notice
days (DisclosureRules.notice_days_before), and once more when it has passed undone; the day it was told is
kept on the record (`due_notified_on`, `ruling_due_notified_on`), so a second run on the same day, or the next
day's, sends nothing new, and a deadline moved later (an extension) is told again before the new date.

Each department gets one mail a run with all it is told of (a 提出期限 asked of the 実施機関 is the department's;
one asked of the 審査請求人 is the secretariat's alone), the secretariat in copy as with the other notices; the
secretariat of the city also gets one summary of every deadline within the notice days or passed, on the days
something is told. The mails name requests and appeals by number only, never the requester or appellant.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from shingikai.councils.mail import recipients, secretariat_addresses
from shingikai.history import save_by
from shingikai.jp.wareki import to_wareki

from . import deadlines
from .board import OPEN
from .models import Appeal, AppealDeadline, DisclosureRequest


@dataclass
class Deadline:
    record: object
    marker: str  # the record's field that keeps the day the deadline was told
    municipality: object
    department: object
    for_department: bool  # the department has to act (else the secretariat chases someone else)
    name: str  # the request's number, or 審査請求 and the appeal's number
    what: str
    due: datetime.date
    sentence: Callable[[str, bool], str]  # (state, overdue) → what the department's mail says of it
    subject: Callable[[str], str]  # state → the subject of a mail about this deadline alone

    def overdue(self, today):
        return self.due < today


def told_on_is_due(due, told_on, today, window_days):
    """Whether a deadline is to be told today: it is within the notice days and was not told of since they
    began (a deadline moved later is new), or it has passed since it was told."""
    window_opens = due - datetime.timedelta(days=window_days)
    if today < window_opens:
        return False
    if told_on is None or told_on < window_opens:
        return True
    return due < today and told_on <= due


def _state(overdue):
    return "期限を過ぎています" if overdue else "期限が近づいています"


def request_advice(request, overdue):
    """What the department can still do. An extension is notified within the first period (法第83条第2項 and
    its siblings) and given once: past the deadline, or once extended, the only thing left is to decide."""
    part = "相当の部分を" if request.portion_due_pending else ""
    if overdue:
        return (f"{part}速やかに決定してください (期限を過ぎた後に延長することはできません)。"
                "決定したときは、受付簿に決定を記録してください。")
    if request.status == DisclosureRequest.Status.RECEIVED:
        return "期間内に決定できない場合は、延長の通知を期限内にしてください。"
    return f"延長後の期限です。{part}期限内に決定してください (延長は一度しかできません)。"


def _request_deadline(request):
    what = "特例延長の相当の部分の決定期限" if request.portion_due_pending else "決定期限"
    due = to_wareki(request.due)
    return Deadline(
        request, "due_notified_on", request.municipality, request.department, True,
        request.number, what, request.due,
        lambda state, overdue: (f"受付番号 {request.number} ({request.get_kind_display()}) の{what}は {due} です。"
                                f"{state}。\n{request_advice(request, overdue)}"),
        lambda state: f"[{request.short_kind}] {request.number} の決定{state} (期限 {due})")


def asks_the_department(deadline):
    """A 提出期限 the 審査会 set for the 実施機関 (the department whose decision is appealed), as the secretariat
    names the party: 「実施機関」 or the department's name; the 審査請求人's are the secretariat's to chase."""
    department = deadline.appeal.request.department
    return "実施機関" in deadline.asked_of or department.name in deadline.asked_of


def _appeal_deadline(d):
    appeal, due = d.appeal, to_wareki(d.due_on)
    return Deadline(
        d, "due_notified_on", appeal.request.municipality, appeal.request.department, asks_the_department(d),
        f"審査請求 {appeal.number}", f"{d.kind} ({d.asked_of}) の提出期限", d.due_on,
        lambda state, overdue: (
            f"審査請求 {appeal.number} について、審査会が定めた{d.kind}の提出期限は {due} です。{state}。\n"
            + ("速やかに審査会の事務局へ提出してください。" if overdue else "期限までに審査会の事務局へ提出してください。")),
        lambda state: f"[審査請求] {appeal.number} の{d.kind}の提出{state} (期限 {due})")


def _ruling_deadline(appeal, standard_days):
    due_on = appeal.filed_on + datetime.timedelta(days=standard_days)
    due = to_wareki(due_on)
    answer = appeal.answer_number or "答申"
    return Deadline(
        appeal, "ruling_due_notified_on", appeal.request.municipality, appeal.request.department, True,
        f"審査請求 {appeal.number}", f"裁決 ({answer}済、標準審理期間の末日)", due_on,
        lambda state, overdue: (
            f"審査請求 {appeal.number} は審査会の答申 ({answer}) を受け、裁決を待っています。標準審理期間の末日は "
            f"{due} です。{state}。\n答申を受けたときは速やかに裁決し (行政不服審査法第44条)、裁決を記録してください。"),
        lambda state: f"[審査請求] {appeal.number} の裁決{state} (標準審理期間の末日 {due})")


def open_deadlines():
    """Every deadline still to be met, each city's rules read once."""
    rules = {}

    def rules_of(municipality):
        if municipality.pk not in rules:
            rules[municipality.pk] = deadlines.rules_for(municipality)
        return rules[municipality.pk]

    found = []
    for request in DisclosureRequest.objects.filter(status__in=OPEN).select_related("department", "municipality"):
        found.append((_request_deadline(request), rules_of(request.municipality)))
    for d in (AppealDeadline.objects.filter(appeal__status=Appeal.Status.REFERRED, met_by__isnull=True)
              .select_related("appeal__request__department", "appeal__request__municipality")):
        found.append((_appeal_deadline(d), rules_of(d.appeal.request.municipality)))
    for appeal in (Appeal.objects.filter(status=Appeal.Status.ANSWERED)
                   .select_related("request__department", "request__municipality")):
        city_rules = rules_of(appeal.request.municipality)
        found.append((_ruling_deadline(appeal, city_rules.standard_review_days), city_rules))
    return found


def department_mail(department, told, today):
    to, cc = recipients(department, municipality=department.municipality)
    if not to:
        return None
    paragraphs = [d.sentence(_state(d.overdue(today)), d.overdue(today)) for d in told]
    if len(told) == 1:
        subject = told[0].subject(_state(told[0].overdue(today)))
    else:
        subject = f"[開示請求・審査請求] {department.name} の期限のお知らせ ({len(told)}件)"
    body = f"{department.name} 御中\n\n" + "\n\n".join(paragraphs) + "\n"
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, to, cc=cc)


def summary_mail(municipality, due_now, told, today):
    """The secretariat's one look at the city's deadlines: passed, then near, each marked when told today."""
    to = secretariat_addresses(municipality=municipality)
    if not to:
        return None
    told_ids = {id(d) for d in told}

    def line(d):
        days = (d.due - today).days
        when = f"{-days}日超過" if days < 0 else ("本日" if days == 0 else f"あと{days}日")
        mark = " ※本日通知" if id(d) in told_ids else ""
        return f"  {d.name} ({d.department.name}) {d.what} {to_wareki(d.due)} ({when}){mark}"

    rows = sorted(due_now, key=lambda d: (d.due, d.name))
    passed = [line(d) for d in rows if d.overdue(today)]
    near = [line(d) for d in rows if not d.overdue(today)]
    body = [f"{municipality.name} 事務局 御中", "",
            f"{to_wareki(today)} 現在、期限を過ぎているもの、期限が近づいているものは次のとおりです。"]
    if passed:
        body += ["", f"期限を過ぎているもの ({len(passed)}件):"] + passed
    if near:
        body += ["", f"期限が近づいているもの ({len(near)}件):"] + near
    body += ["", "※本日通知: 担当課 (審査請求人に求めた提出期限は事務局のみ) へ本日お知らせしたもの。",
             "審議会支援システムの開示請求の受付簿で状況を確認してください。"]
    return EmailMessage(f"[開示請求・審査請求] 期限の一覧 ({len(passed)}件超過・{len(near)}件間近)",
                        "\n".join(body) + "\n", settings.DEFAULT_FROM_EMAIL, to)


def _mark(deadlines_told, today):
    for d in deadlines_told:
        setattr(d.record, d.marker, today)
        # A delivery marker with a history row of its own by the system, so the next person's save is not
        # credited with it.
        save_by(d.record, None, update_fields=[d.marker])


def send_deadline_notices(today: datetime.date) -> tuple[int, list[str]]:
    """Send today's deadline mails; returns how many went out and the deadlines no one could be told of
    (neither the department nor the secretariat has an address)."""
    connection = get_connection()
    due_now, to_tell = [], []
    for d, rules in open_deadlines():
        if today >= d.due - datetime.timedelta(days=rules.notice_days_before):
            due_now.append(d)
            if told_on_is_due(d.due, getattr(d.record, d.marker), today, rules.notice_days_before):
                to_tell.append(d)
    sent, unsent = 0, []
    by_department = {}
    for d in to_tell:
        if d.for_department:
            by_department.setdefault(d.department, []).append(d)
    told = [d for d in to_tell if not d.for_department]  # the secretariat's alone: told by its summary
    for department, own in by_department.items():
        message = department_mail(department, own, today)
        if message is None:
            unsent += [f"{d.name} ({department.name})" for d in own]
            continue
        sent += connection.send_messages([message]) or 0
        _mark(own, today)
        told += own
    by_city = {}
    for d in due_now:
        by_city.setdefault(d.municipality, []).append(d)
    for municipality, rows in by_city.items():
        told_here = [d for d in told if d.municipality == municipality]
        if not told_here:
            continue  # nothing new since the last summary: not the same list again
        message = summary_mail(municipality, rows, told_here, today)
        secretariats_own = [d for d in told_here if not d.for_department]
        if message is not None and connection.send_messages([message]):
            sent += 1
            _mark(secretariats_own, today)
        else:
            unsent += [f"{d.name} ({d.what})" for d in secretariats_own]
    return sent, unsent
