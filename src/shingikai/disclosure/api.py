"""JSON API of the disclosure side's public parts: the yearly counts and the published 答申 (public version).

Mounted by api/endpoints.py at /api/disclosure/, so it is in the same OpenAPI document. Nothing here
reads a requester, a withheld part or an unpublished 答申.
"""
from __future__ import annotations

import csv
import datetime
import io

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema

from shingikai import publicity

from . import report
from shingikai.api.paging import page_of
from shingikai.api.payloads import council_ref
from shingikai.api.records import of_place
from shingikai.api.schemas import AnswerCorrectionOut, CouncilRef, FiscalYear, Page, PageParams
from shingikai.api.web import absolute
from shingikai.excel import excel_safe
from shingikai.jp.wareki import fiscal_year_bounds, to_wareki

from .answer_document import corrections_of, masked, secret_strings
from .models import Appeal, ImportedAnswer

router = Router(tags=["disclosure"])


class Count(Schema):
    label: str
    count: int


class KindCount(Schema):
    label: str
    count: int
    decisions: list[Count] = Field(description="the kind's own decisions (開示請求: 全部開示 …; 訂正請求: 訂正をする …), "
                                               "then 取下げ, 移送 and 未決定")


class DepartmentCount(Schema):
    department: str
    total: int
    by_decision: dict[str, int]


class Timing(Schema):
    decided: int
    median_days: float | None
    within_first_period: int
    within_first_share: float | None


class YearRow(Schema):
    fiscal_year: int
    label: str
    requests: int
    decided: int
    within_first_share: float | None
    median_days: float | None
    appeals: int


class AppealFigures(Schema):
    filed: int
    filed_late: int
    answers: list[Count]
    answer_median_days: float | None = Field(None, description="年度内の答申の、諮問日から答申日までの日数の中央値")
    answer_longest_days: int | None = Field(None, description="同じく最長の日数")
    rulings: int
    followed_answer: int
    ruled_without_referral: int = Field(0, description="諮問をせずにした裁決 (却下・全部認容)")
    withdrawn: int = Field(0, description="取り下げられた審査請求")
    pending: int = Field(description="pending_as_of の日に審理中だった審査請求 (年度末、年度の途中なら今日)")
    pending_as_of: datetime.date
    year_ended: bool = Field(description="偽なら年度の途中の速報値")


class IncidentFigures(Schema):
    total: int = Field(description="年度内に発覚した漏えい等事案")
    by_kind: list[Count]
    people: int = Field(description="本人の数の合計")
    reportable: int = Field(description="個人情報保護委員会への報告対象")
    preliminary_filed: int = Field(description="速報を提出した報告対象事案")
    final_filed: int = Field(description="確報を提出した報告対象事案")
    preliminary_late: int = Field(description="速報を期限後に提出した報告対象事案")
    final_late: int = Field(description="確報を期限後に提出した報告対象事案")
    notified: int = Field(description="本人へ通知した報告対象事案")
    notice_waived: int = Field(description="本人への通知を要しないとした報告対象事案 (代替措置)")


class OperationsReport(Schema):
    municipality: str
    fiscal_year: int
    label: str
    total: int
    by_kind: list[KindCount]
    disclosure_total: int = Field(description="開示請求 (公文書・保有個人情報), which by_decision and by_department count")
    by_decision: list[Count]
    by_department: list[DepartmentCount]
    grounds: list[Count]
    articles: list[Count]
    timing: Timing
    extensions: int
    special_extensions: int
    transfers: int = Field(description="移送: requests sent on to another 実施機関, which decides them")
    appeals: AppealFigures
    incidents: IncidentFigures
    history: list[YearRow]


class GroundJudgmentOut(Schema):
    article: str
    category: str
    finding: str
    reason: str


class AnswerListFilters(Schema):
    """The filters of both 答申 lists: the place and year as on the other lists, then the 答申's own."""
    council: str | None = Field(None, description="Council slug (the 審査会)")
    municipality: str | None = Field(None, description="Municipality slug")
    fiscal_year: FiscalYear = Field(None, description="Answered in this fiscal year (2024, 令和6年度)")
    outcome: str | None = None
    article: str | None = Field(None, description="A ground's article, e.g. 条例第7条第3号")
    category: str | None = Field(None, description="A ground's category, e.g. 法人等情報")


def _place_and_year(rows, filters, council_path):
    rows = of_place(rows, filters, council_path)
    if filters.fiscal_year is not None:
        rows = rows.filter(answered_on__range=fiscal_year_bounds(filters.fiscal_year))
    if filters.outcome:
        rows = rows.filter(outcome=filters.outcome)
    return rows


class PublishedAnswer(Schema):
    id: int
    number: str
    answered_on: datetime.date | None
    council: CouncilRef
    municipality: str
    request_kind: str
    decision: str
    portion: bool = Field(description="特例延長 (法第84条) の相当の部分の決定に対する審査請求 (decision はその決定)")
    department: str
    outcome: str
    grounds: list[Count]
    conclusion: str
    judgment: str
    judgments: list[GroundJudgmentOut]
    ruling: str
    followed_answer: bool | None
    corrections: list[AnswerCorrectionOut] = Field(description="正誤: corrections after issue, oldest first")
    url: str = Field(description="The public page (absolute; the same as web)")
    web: str = Field(description="The public page")
    pdf: str = Field(description="The 答申 as published (PDF)")


class PublishedAnswerPage(Page):
    items: list[PublishedAnswer]


def _report_payload(figures):
    return {
        **figures,
        "by_kind": [{"label": r["label"], "count": r["count"],
                     "decisions": [{"label": d["decision"], "count": d["count"]} for d in r["decisions"]]}
                    for r in figures["by_kind"]],
        "by_decision": [{"label": r["decision"], "count": r["count"]} for r in figures["by_decision"]],
        "by_department": [
            {"department": r["department"], "total": r["total"],
             "by_decision": dict(zip(figures["decision_columns"], r["cells"]))}
            for r in figures["by_department"]
        ],
        "grounds": [{"label": r["category"], "count": r["count"]} for r in figures["grounds"]],
        "articles": [{"label": r["article"], "count": r["count"]} for r in figures["articles"]],
        "appeals": {**figures["appeals"],
                    "answers": [{"label": r["outcome"], "count": r["count"]} for r in figures["appeals"]["answers"]]},
        "incidents": {**figures["incidents"],
                      "by_kind": [{"label": r["label"], "count": r["count"]} for r in figures["incidents"]["by_kind"]]},
    }


REPORT_YEAR = Path(..., ge=report.FIRST_YEAR, le=report.LAST_YEAR, description="年度 (西暦)")


@router.get("/reports/{city}/{fiscal_year}", response=OperationsReport, summary="運用状況報告 (年度の件数)")
def operations(request, city: str, fiscal_year: int = REPORT_YEAR):
    municipality = get_object_or_404(publicity.municipalities(), slug=city)
    return _report_payload(report.operations_report(municipality, fiscal_year))


def published():
    return (Appeal.objects.filter(answer_published=True)
            .select_related("request__department", "request__municipality", "case__council")
            .prefetch_related("request__grounds", "judgments__ground").order_by("-answered_on", "-id"))


def answer_payload(http, appeal):
    secrets = secret_strings(appeal)
    request = appeal.request
    grounds: dict[str, int] = {}
    for ground in request.grounds.all():
        grounds[ground.article] = grounds.get(ground.article, 0) + 1
    return {
        "id": appeal.pk, "number": appeal.answer_number, "answered_on": appeal.answered_on,
        "council": council_ref(appeal.case.council), "municipality": request.municipality.name,
        "request_kind": request.get_kind_display(), "decision": appeal.decision_appealed,
        "portion": appeal.against_portion,
        "department": request.department.name, "outcome": appeal.outcome,
        "grounds": [{"label": article, "count": n} for article, n in grounds.items()],
        "conclusion": masked(appeal.conclusion, secrets), "judgment": masked(appeal.judgment, secrets),
        "judgments": [
            {"article": j.ground.article, "category": j.ground.category, "finding": j.finding,
             "reason": masked(j.reason, secrets)} for j in appeal.judgments.all()
        ],
        "ruling": appeal.ruling, "followed_answer": appeal.followed_answer,
        "corrections": [{"date": c.on, "date_wareki": to_wareki(c.on), "reason": masked(c.reason, secrets),
                         "changes": [{"field": ch.field, "label": ch.label, "text": masked(ch.text, secrets)}
                                     for ch in c.changes]} for c in corrections_of(appeal)],
        **_links(http, f"/disclosure/answers/{appeal.pk}/", f"/disclosure/answers/{appeal.pk}/answer.pdf"),
    }


def _links(request, web, pdf=None):
    links = {"url": absolute(request, web), "web": absolute(request, web)}
    if pdf:
        links["pdf"] = absolute(request, pdf)
    return links


@router.get("/answers", response=PublishedAnswerPage, summary="公表された答申 (審査請求)")
def answers(request, filters: Query[AnswerListFilters], paging: Query[PageParams]):
    rows = _place_and_year(published(), filters, "case__council")
    if filters.article:
        rows = rows.filter(request__grounds__article=filters.article)
    if filters.category:
        rows = rows.filter(request__grounds__category=filters.category)
    return page_of(request, rows.distinct(), paging, answer_payload)


@router.get("/answers/{int:answer_id}", response=PublishedAnswer, summary="公表された答申 1 件")
def answer(request, answer_id: int):
    return answer_payload(request, get_object_or_404(published(), pk=answer_id))


@router.get("/answers.csv", summary="公表された答申の一覧 (CSV)", response={200: str})
def answers_csv(request):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["答申番号", "答申日", "審査会", "自治体", "請求の種類", "原処分", "実施機関", "結論", "不開示の理由", "公開ページ"])
    for appeal in published():
        data = answer_payload(request, appeal)
        writer.writerow([excel_safe(v) for v in (
            data["number"], data["answered_on"].isoformat() if data["answered_on"] else "", data["council"]["name"],
            data["municipality"], data["request_kind"], data["decision"] + "（相当の部分）" * data["portion"],
            data["department"], data["outcome"],
            "、".join(g["label"] for g in data["grounds"]), data["url"],
        )])
    response = HttpResponse(("\ufeff" + out.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="disclosure-answers.csv"'
    return response


class ImportedAnswerOut(Schema):
    id: int
    number: str
    answered_on: datetime.date | None
    council: CouncilRef
    municipality: str
    outcome: str
    articles: list[str]
    categories: list[str]
    conclusion: str
    purport: str
    claims: str
    judgment: str
    url: str = Field(description="The public page (absolute; the same as web)")
    web: str = Field(description="The public page")


class ImportedAnswerPage(Page):
    items: list[ImportedAnswerOut]


def imported_payload(request, answer):
    terms = answer.masked_list
    return {
        "id": answer.pk, "number": answer.number, "answered_on": answer.answered_on,
        "council": council_ref(answer.council),
        "municipality": answer.council.municipality.name, "outcome": answer.outcome, "articles": answer.articles,
        "categories": answer.categories, **_links(request, f"/disclosure/answers/imported/{answer.pk}/"),
        **{name: masked(getattr(answer, name), terms) for name in ("conclusion", "purport", "claims", "judgment")},
    }


def published_imported():
    # The source text is the secretariat's: never read here.
    return (ImportedAnswer.objects.filter(published=True).select_related("council__municipality")
            .defer("source_text").order_by("-answered_on", "-id"))


@router.get("/imported-answers", response=ImportedAnswerPage, summary="取り込んだ他の審査会の答申 (公開したもの)")
def imported_answers(request, filters: Query[AnswerListFilters], paging: Query[PageParams]):
    rows = _place_and_year(published_imported(), filters, "council")
    if filters.article or filters.category:
        # Articles and categories are JSON lists, matched here alike on SQLite and PostgreSQL; only they are read.
        rows = rows.filter(pk__in=[
            pk for pk, articles, categories in rows.values_list("pk", "articles", "categories")
            if (not filters.article or filters.article in articles)
            and (not filters.category or filters.category in categories)])
    return page_of(request, rows, paging, imported_payload)


@router.get("/imported-answers/{int:answer_id}", response=ImportedAnswerOut, summary="取り込んだ他の審査会の答申 1 件")
def imported_answer(request, answer_id: int):
    if answer_id > 2**63 - 1:
        raise Http404
    return imported_payload(request, get_object_or_404(published_imported(), pk=answer_id))


@router.get("/reports/{city}/{fiscal_year}/operations.csv", summary="運用状況報告 (CSV)", response={200: str})
def operations_csv(request, city: str, fiscal_year: int = REPORT_YEAR):
    municipality = get_object_or_404(publicity.municipalities(), slug=city)
    response = HttpResponse(report.to_csv(report.operations_report(municipality, fiscal_year)),
                            content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="operations-{city}-{fiscal_year}.csv"'
    return response
