"""The register record behind an agenda item that is not a case (a 第三者点検, an incident, an audit, the
要配慮 report), for the members' materials: what members read before the meeting and where the record
is. The registers keep the link (``agenda_item``); the meeting knows nothing of them."""
from dataclasses import dataclass

from django.db.models import Count, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse

from shingikai.jp.wareki import to_wareki

from . import access
from .models import AssessmentDocument, Audit, Incident, Inspection, SensitiveReport


@dataclass(frozen=True)
class RegisterItem:
    label: str  # what kind of record, in the register's words
    url: str
    facts: tuple  # (label, value) pairs, dates already in 和暦
    files: int | None = None  # the 評価書's files (current versions) behind a 第三者点検; None: a record without files


def _day(value):
    return to_wareki(value) if value else "—"


def _inspection(inspection):
    a = inspection.assessment
    period = f"{_day(a.comment_start)} ～ {_day(a.comment_end)}" if a.comment_start else "—"
    return RegisterItem("特定個人情報保護評価書", reverse("registers:assessment", args=[a.pk]), (
        ("評価実施事務", a.system_name), ("担当課", a.department.name), ("しきい値判断の結果", a.get_level_display()),
        ("対象人数", f"{a.subject_count:,} 人"), ("取扱者数", f"{a.handler_count:,} 人"),
        ("評価書の概要", a.summary or "—"), ("意見募集", period)), files=inspection.file_count)


def _incident(i):
    return RegisterItem("漏えい等事案", reverse("registers:incident", args=[i.pk]), (
        ("事案の概要", i.title), ("担当課", i.department.name), ("種類", i.get_kind_display()),
        ("発覚日", _day(i.discovered_on)), ("本人の数", f"{i.people_count:,} 人"),
        ("報告対象", "、".join(i.report_reasons) or "該当しない"), ("原因", i.cause or "—"),
        ("再発防止策", i.recurrence_measures or "—"),
        ("速報", _filed(i.preliminary_filed_on, i.preliminary_late_days, i.preliminary_late_reason)),
        ("確報", _filed(i.final_filed_on, i.final_late_days, i.final_late_reason))))


def _filed(on, late_days, reason):
    """A report's day, marked late (with the reason the department gave) as the incident's page marks it."""
    if not late_days:
        return _day(on)
    return f"{_day(on)} (期限後の提出、{late_days}日超過。理由: {reason or '記録なし'})"


def _audit(audit):
    return RegisterItem("特定個人情報の監査", reverse("registers:audit", args=[audit.pk]), (
        ("監査の名称", audit.title), ("実施期間", f"{_day(audit.conducted_from)} ～ {_day(audit.conducted_to)}"),
        ("監査結果の総評", audit.summary or "—")))


def _report(report):
    return RegisterItem("要配慮個人情報の取扱状況", reverse("registers:report", args=[report.pk]),
                        (("基準日", _day(report.as_of)),))


def _current_files():
    """How many files the inspection's 評価書 holds, a replaced version not counted, in the inspection's statement."""
    counted = (AssessmentDocument.objects.filter(assessment_id=OuterRef("assessment_id"), replaced_by__isnull=True)
               .order_by().values("assessment_id").annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(counted), 0)


def inspected_files(ids):
    """{agenda item id: the current versions of the files of the 評価書 inspected under it}, for the items ``ids``."""
    out = {}
    for document in (AssessmentDocument.objects.filter(assessment__inspection__agenda_item_id__in=ids,
                                                       replaced_by__isnull=True)
                     .annotate(item_id=F("assessment__inspection__agenda_item_id")).order_by("uploaded_at", "pk")):
        out.setdefault(document.item_id, []).append(document)
    return out


def materials_parts(meeting, items, reader):
    """{agenda item id: (its sheet, its files)} for the members' materials PDF (documents/materials.py): the
    record's facts as the materials page shows them, then the files of a 第三者点検's 評価書, for the register
    records behind the meeting's ``items`` that ``reader`` may see."""
    from .documents import register_sheet

    registered = register_items([item.pk for item in items], reader)
    files = inspected_files(list(registered))
    return {item.pk: (register_sheet(item, registered[item.pk], files.get(item.pk, []), meeting.council),
                      files.get(item.pk, []))
            for item in items if item.pk in registered}


REGISTERS = (Inspection, Incident, Audit, SensitiveReport)


def _registers_holding(ids):
    """The positions in REGISTERS of the registers that hold a record tabled under one of the items ``ids``."""
    if not ids:
        return set()
    probes = [model.objects.filter(agenda_item_id__in=ids).order_by().values_list(Value(n)) for n, model in
              enumerate(REGISTERS)]
    return {row[0] for row in probes[0].union(*probes[1:])}


def items_with_records(ids):
    """The agenda items among ``ids`` a register record stands behind, whoever may see it: what the 会議次第
    lists as a paper of the meeting (the members' materials bind its sheet)."""
    return {item_id for n in _registers_holding(ids)
            for item_id in REGISTERS[n].objects.filter(agenda_item_id__in=ids).values_list("agenda_item_id", flat=True)}


def register_items(ids, user):
    """{agenda item id: RegisterItem} for the agenda items ``ids`` (those without a case) a register record
    stands behind, as far as ``user`` may see that record.

    One query finds which registers hold any of the items; only those are read, with who may see them. An
    agenda of cases and 報告 items that no register made costs that one query, not the eight that
    reading every register with its visibility took."""
    held = _registers_holding(ids)
    if not held:
        return {}
    sources = (
        lambda: (Inspection.objects.select_related("assessment__department").annotate(file_count=_current_files())
                 .filter(assessment__in=access.visible_assessments(user).values("pk")), _inspection),
        lambda: (Incident.objects.select_related("department")
                 .filter(pk__in=access.visible_incidents(user).values("pk")), _incident),
        lambda: (Audit.objects.filter(pk__in=access.visible_audits(user).values("pk")), _audit),
        lambda: (SensitiveReport.objects.filter(pk__in=access.visible_reports(user).values("pk")), _report),
    )
    out = {}
    for n in sorted(held):
        rows, describe = sources[n]()
        out.update((row.agenda_item_id, describe(row)) for row in rows.filter(agenda_item_id__in=ids))
    return out


def inspection_results(ids):
    """{agenda item id: (所見, 要請事項)} for the 第三者点検 heard as those items whose result is recorded, so the
    draft minutes carry it under its item as they carry a case's decision."""
    rows = Inspection.objects.filter(agenda_item_id__in=ids, concluded_on__isnull=False)
    return {i.agenda_item_id: (i.findings, i.requests) for i in rows.only("agenda_item_id", "findings", "requests")}
