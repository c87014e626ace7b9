"""The yearly 運用状況報告 and the 実施状況追加報告, computed from the register.

Only counts leave this module: no requester, no document described, nothing withheld. That is what
makes the report public (the page, the PDF, the CSV and the API all come from `operations_report`).
"""
from __future__ import annotations

import csv
import datetime
import io
import statistics
from collections import Counter

from django.db.models import Q
from django.utils import timezone

from shingikai.excel import excel_safe
from shingikai.jp.wareki import fiscal_year, fiscal_year_bounds, fiscal_year_label, to_wareki

from .models import DECISIONS_BY_KIND, MERITS_KINDS, Appeal, DisclosureRequest, GroundCategory, WithholdingGround

Decision = DisclosureRequest.Decision
Kind = DisclosureRequest.Kind
UNDECIDED = "未決定"


def kind_columns(kind):
    """A kind's decisions as the report counts them: its own outcomes, then 取下げ, 移送 and 未決定."""
    return [*DECISIONS_BY_KIND[kind], Decision.WITHDRAWN, Decision.TRANSFERRED, UNDECIDED]


#: The 開示請求 (公文書 and 保有個人情報) share the disclosure outcomes, counted together by 実施機関; a
#: 訂正請求 and a 利用停止請求 are counted under their own outcomes (訂正をする, 一部訂正する, 訂正をしない …).
DISCLOSURE_COLUMNS = kind_columns(Kind.PUBLIC_DOCUMENT)
YEARS_COMPARED = 5
# The years a report can be asked for, on the command line, the pages and the API alike: outside them
# the comparison with the years before cannot even be dated (year 0, or before 明治).
FIRST_YEAR, LAST_YEAR = 1901, 2199


def is_report_year(fy: int) -> bool:
    return FIRST_YEAR <= fy <= LAST_YEAR


def _requests(municipality, fy):
    start, end = fiscal_year_bounds(fy)
    return DisclosureRequest.objects.filter(municipality=municipality, received_on__range=(start, end))


def years_with_requests(municipality) -> list[int]:
    """The fiscal years the register holds requests for that a report can be made for (the report pages link to
    these only): a request dated before them, kept from before such dates were refused, is no link to a 404."""
    dates = DisclosureRequest.objects.filter(municipality=municipality).dates("received_on", "month")
    return sorted(fy for fy in {d.year if d.month >= 4 else d.year - 1 for d in dates} if is_report_year(fy))


def unkept_year(municipality, fy: int) -> tuple[list[int], str]:
    """The years the register holds requests for, and why `fy` has no report ("" when it has one): a year before
    the register's first request (this year when it holds none yet) was not kept in it, and one still to come has
    nothing; either would print as a report of zeros, read as a year without requests. The report pages answer it
    with a 404, the command with a refusal."""
    this_year = fiscal_year(timezone.localdate())
    years = years_with_requests(municipality)
    first = min(years or [this_year])
    if fy > this_year:
        return years, f"{fiscal_year_label(fy)}はまだ始まっていません。"
    if fy < first:
        return years, (f"{fiscal_year_label(fy)}の開示請求等の記録はありません (この台帳の記録は"
                       f"{fiscal_year_label(first)}からです)。")
    return years, ""


def _kind_label(kind):
    return DisclosureRequest.Kind(kind).label.split(" ")[0]


def _median(days):
    """The median of whole days: an even count's median of two equal days (9 and 9) is 9, not 「9.0」 beside
    another year's 「10」; half a day (9.5) stays."""
    if not days:
        return None
    median = statistics.median(days)
    return int(median) if median == int(median) else median


def _timing(rows):
    """Median days to decision and the share decided within the first period (取下げ and 移送 left out: the
    request ended without a decision of ours)."""
    decided = [r for r in rows if r["decided_on"] and r["decision"] not in (Decision.WITHDRAWN, Decision.TRANSFERRED)]
    days = [(r["decided_on"] - r["received_on"]).days for r in decided]
    within = sum(1 for r in decided if r["decided_on"] <= r["first_due"])
    return {
        "decided": len(decided),
        "median_days": _median(days),
        "within_first_period": within,
        "within_first_share": round(100 * within / len(decided), 1) if decided else None,
    }


def kind_tables(by_kind):
    """The decisions per kind of request as tables, one for each set of columns: the 開示請求 (公文書 and
    保有個人情報) share theirs and are read down one table; 訂正 and 利用停止 have their own."""
    tables = []
    for kind in Kind.values:
        columns = kind_columns(kind)
        row = {"label": _kind_label(kind), "count": sum(by_kind[kind].values()),
               "cells": [by_kind[kind][d] for d in columns]}
        if tables and tables[-1]["columns"] == columns:
            tables[-1]["rows"].append(row)
        else:
            tables.append({"columns": columns, "rows": [row]})
    return tables


def _year_figures(municipality, fy):
    rows = list(_requests(municipality, fy).values(
        "id", "kind", "department_id", "decision", "received_on", "decided_on", "first_due", "status",
        "extension_notice_on", "special_notice_on",
    ))
    return rows


def _incident_figures(municipality, fy):
    """漏えい等事案 the departments learned of in the year: how many, of which kind, how many had to be
    reported to the 個人情報保護委員会 and whether their 速報 and 確報 went in. Counts only, like the rest."""
    from shingikai.registers.models import Incident

    rows = list(Incident.objects.filter(department__municipality=municipality,
                                        discovered_on__range=fiscal_year_bounds(fy)))
    reportable = [r for r in rows if r.reportable]
    return {
        "total": len(rows),
        "by_kind": [{"kind": kind, "label": label, "count": sum(1 for r in rows if r.kind == kind)}
                    for kind, label in Incident.Kind.choices],
        "people": sum(r.people_count for r in rows),
        "reportable": len(reportable),
        "preliminary_filed": sum(1 for r in reportable if r.preliminary_filed_on),
        "final_filed": sum(1 for r in reportable if r.final_filed_on),
        # The 委員会 asks the reason of a report filed late; the yearly figures show how many were.
        "preliminary_late": sum(1 for r in reportable if r.preliminary_late_days),
        "final_late": sum(1 for r in reportable if r.final_late_days),
        "notified": sum(1 for r in reportable if r.notified_people_on),
        "notice_waived": sum(1 for r in reportable if not r.notified_people_on and r.notice_waived_reason),
    }


def _department_names(ids, day):
    """Each department by the name it had on `day` (the year's end, or today in a year still running): a
    組織改正 after the year does not rename a past year's 実施機関 (Department.name_on)."""
    from shingikai.councils.models import Department

    return {department.pk: department.name_on(day) for department in Department.objects.filter(pk__in=ids)}


def operations_report(municipality, fy: int, years=None) -> dict:
    """`years`: years_with_requests(municipality), when the caller has read it already."""
    rows = _year_figures(municipality, fy)
    ids = [r["id"] for r in rows]
    by_kind = {kind: Counter(r["decision"] or UNDECIDED for r in rows if r["kind"] == kind) for kind in Kind.values}
    disclosure_rows = [r for r in rows if r["kind"] not in MERITS_KINDS]
    decisions = Counter(r["decision"] or UNDECIDED for r in disclosure_rows)
    by_department: dict[str, Counter] = {}
    names = _department_names({r["department_id"] for r in disclosure_rows},
                              min(fiscal_year_bounds(fy)[1], timezone.localdate()))
    for r in disclosure_rows:
        by_department.setdefault(names[r["department_id"]], Counter())[r["decision"] or UNDECIDED] += 1
    # Each category and article once per decision: a decision citing 条例第7条第2号 twice (recorded before
    # actions._clean_grounds merged them) withheld under it once.
    grounds = set(WithholdingGround.objects.filter(request_id__in=ids).values_list("request_id", "category", "article"))
    categories = Counter(category for _, category in {(request, category) for request, category, _ in grounds})
    articles = Counter(article for _, article in {(request, article) for request, _, article in grounds})
    start, end = fiscal_year_bounds(fy)
    # A year not yet ended has no 年度末 figure: what is pending today, and the report says so (速報値).
    today = timezone.localdate()
    year_ended = end < today
    pending_as_of = end if year_ended else today
    appeals = Appeal.objects.filter(request__municipality=municipality)
    answered = appeals.filter(answered_on__range=(start, end))
    ruled = appeals.filter(ruled_on__range=(start, end))
    history = []
    # Years before the register's first request were not kept in it: a 0 there would read as a year
    # without requests, so the comparison starts at the register's first year.
    kept = years_with_requests(municipality) if years is None else years
    first_year = max(fy - YEARS_COMPARED + 1, min(kept[0], fy) if kept else fy)
    for year in range(first_year, fy + 1):
        year_rows = rows if year == fy else _year_figures(municipality, year)
        timing = _timing(year_rows)
        history.append({
            "fiscal_year": year, "label": fiscal_year_label(year), "requests": len(year_rows),
            "decided": timing["decided"], "within_first_share": timing["within_first_share"],
            "median_days": timing["median_days"],
            "appeals": appeals.filter(filed_on__range=fiscal_year_bounds(year)).count(),
        })
    decision_order = DISCLOSURE_COLUMNS
    return {
        "municipality": municipality.name,
        "fiscal_year": fy,
        "label": fiscal_year_label(fy),
        "total": len(rows),
        "by_kind": [
            {"kind": kind, "label": _kind_label(kind), "count": sum(by_kind[kind].values()),
             "decisions": [{"decision": d, "count": by_kind[kind][d]} for d in kind_columns(kind)]}
            for kind in Kind.values
        ],
        "disclosure_total": len(disclosure_rows),
        "by_decision": [{"decision": d, "count": decisions[d]} for d in decision_order],
        "by_department": [
            {"department": name, "total": sum(counts.values()), "cells": [counts[d] for d in decision_order]}
            for name, counts in sorted(by_department.items(), key=lambda item: -sum(item[1].values()))
        ],
        "grounds": [{"category": c, "count": categories[c]} for c in GroundCategory.values if categories[c]],
        "articles": [
            {"article": article, "count": count}
            for article, count in sorted(articles.items(), key=lambda item: (-item[1], item[0]))
        ],
        "timing": _timing(rows),
        "extensions": sum(1 for r in rows if r["extension_notice_on"]),
        "special_extensions": sum(1 for r in rows if r["special_notice_on"]),
        "transfers": sum(1 for r in rows if r["decision"] == Decision.TRANSFERRED),
        "appeals": {
            "filed": appeals.filter(filed_on__range=(start, end)).count(),
            "filed_late": appeals.filter(filed_on__range=(start, end), filed_late=True).count(),
            "answers": [
                {"outcome": o, "count": answered.filter(outcome=o).count()} for o in Appeal.Outcome.values
            ],
            **_answer_days(answered),
            "rulings": ruled.count(),
            "followed_answer": ruled.filter(followed_answer=True).count(),
            "ruled_without_referral": ruled.filter(referred_on__isnull=True).count(),
            # A withdrawal recorded before its date was kept counts in the year the appeal was filed.
            "withdrawn": appeals.filter(Q(withdrawn_on__range=(start, end)) | Q(
                status=Appeal.Status.WITHDRAWN, withdrawn_on__isnull=True, filed_on__range=(start, end))).count(),
            "pending": _pending_on(appeals, pending_as_of).count(),
            "pending_as_of": pending_as_of,
            "year_ended": year_ended,
        },
        "incidents": _incident_figures(municipality, fy),
        "history": history,
        "history_unrecorded_until": fiscal_year_label(first_year - 1) if first_year > fy - YEARS_COMPARED + 1 else "",
        "kind_tables": kind_tables(by_kind),
        "decision_columns": decision_order,
    }


def _answer_days(answered):
    """How long the 審査会 took over the 答申 issued in the year, from each 諮問日 to its 答申日: the figure a
    city reports beside the 標準審理期間 (an 答申 without a 諮問日 on record is left out)."""
    days = [(a - r).days for r, a in answered.filter(referred_on__isnull=False).values_list("referred_on", "answered_on")]
    return {"answer_median_days": _median(days), "answer_longest_days": max(days, default=None)}


def _pending_on(appeals, day):
    """The appeals under review on `day`, from their own dates (filed by then, not yet answered, ruled or
    withdrawn), so that a past year's figure does not change as its appeals move on. One that ended with no
    date recorded (an old record) counts as ended."""
    ended = (Q(answered_on__lte=day) | Q(ruled_on__lte=day) | Q(withdrawn_on__lte=day)
             | ~Q(status__in=(Appeal.Status.FILED, Appeal.Status.REFERRED))
             & Q(answered_on__isnull=True, ruled_on__isnull=True, withdrawn_on__isnull=True))
    return appeals.filter(filed_on__lte=day).exclude(ended)


def additional_report(municipality, fy: int, as_of: datetime.date | None = None) -> dict:
    """実施状況追加報告: the requests of fiscal year `fy` still undecided when the yearly report was cut
    (`as_of`, by default the fiscal year's last day), and how each ended since."""
    as_of = as_of or fiscal_year_bounds(fy)[1]
    pending = _requests(municipality, fy).filter(received_on__lte=as_of).exclude(decided_on__lte=as_of)
    rows = []
    for request in pending.select_related("department").order_by("received_on", "number"):
        rows.append({
            "number": request.number, "kind": _kind_label(request.kind), "department": request.department.name,
            "received_on": request.received_on, "decision": request.decision or "未決定",
            "decided_on": request.decided_on,
        })
    return {"municipality": municipality.name, "fiscal_year": fy, "label": fiscal_year_label(fy), "as_of": as_of,
            "rows": rows}


def year_end_additional(municipality, fy: int) -> dict | None:
    """The 実施状況追加報告 printed with the yearly report, once the year has ended. While it runs there is no
    年度末 to cut at: a table 「令和9年3月31日 時点で決定していなかった請求」 would date today's undecided
    requests at a day still to come."""
    if fiscal_year_bounds(fy)[1] >= timezone.localdate():
        return None
    return additional_report(municipality, fy)


def charts(report: dict) -> dict[str, tuple[str, str]]:
    """name -> (title, SVG) for the three charts of the report."""
    from .charts import bar_chart, line_chart

    history = report["history"]
    titles = {
        "decisions": f"{report['label']} 決定の内訳",
        "departments": f"{report['label']} 実施機関別の開示請求件数",
        "history": "年度別の推移 (請求件数と決定期間内に決定した割合)",
    }
    return {
        "decisions": (titles["decisions"], bar_chart(
            titles["decisions"], [row["decision"] for row in report["by_decision"]],
            [row["count"] for row in report["by_decision"]])),
        "departments": (titles["departments"], bar_chart(
            titles["departments"], [row["department"] for row in report["by_department"]] or ["(なし)"],
            [row["total"] for row in report["by_department"]] or [0])),
        "history": (titles["history"], line_chart(
            "年度別の推移", [row["label"] for row in history],
            {"請求件数": [row["requests"] for row in history]},
            percent={"期間内決定の割合 (%)": [row["within_first_share"] for row in history]})),
    }


def chart_images(report: dict) -> dict[str, str]:
    """The charts as <img> elements with the SVG inline as a data URI: each chart stays a document of its
    own (the three share element ids), and the PDF renders it as an image like the browser does."""
    import base64

    from django.utils.html import format_html

    return {
        name: format_html('<img class="chart" style="max-width:100%;height:auto" alt="{}" src="data:image/svg+xml;base64,{}">', title,
                          base64.b64encode(svg.encode()).decode())
        for name, (title, svg) in charts(report).items()
    }


class _FormulaSafeWriter:
    """A CSV writer whose text cells never run as a spreadsheet formula, as in the site's other exports: the
    report is public and names the departments as the secretariat typed them (a 課名 starting with = or -)."""

    def __init__(self, out):
        self._writer = csv.writer(out, lineterminator="\r\n")

    def writerow(self, cells):
        self._writer.writerow([excel_safe(cell) if isinstance(cell, str) else cell for cell in cells])


def to_csv(report: dict) -> bytes:
    """One row per figure (section, item, value), UTF-8 with a BOM so that Excel opens it as is."""
    out = io.StringIO()
    writer = _FormulaSafeWriter(out)
    writer.writerow(["区分", "項目", "件数・値"])
    writer.writerow(["年度", report["label"], report["fiscal_year"]])
    writer.writerow(["請求件数", "合計", report["total"]])
    for row in report["by_kind"]:
        writer.writerow(["請求の種類", row["label"], row["count"]])
    for row in report["by_kind"]:
        for decision in row["decisions"]:
            writer.writerow([f"請求の種類・決定 ({row['label']})", decision["decision"], decision["count"]])
    for row in report["by_decision"]:
        writer.writerow(["決定", row["decision"], row["count"]])
    for row in report["by_department"]:
        writer.writerow(["実施機関", row["department"], row["total"]])
        for decision, count in zip(report["decision_columns"], row["cells"]):
            if count:
                writer.writerow([f"実施機関・決定 ({row['department']})", decision, count])
    for row in report["grounds"]:
        writer.writerow(["不開示の理由 (類型)", row["category"], row["count"]])
    for row in report["articles"]:
        writer.writerow(["不開示の理由 (条項)", row["article"], row["count"]])
    timing = report["timing"]
    writer.writerow(["決定までの日数", "決定件数 (取下げ・移送を除く)", timing["decided"]])
    writer.writerow(["決定までの日数", "中央値 (日)", "" if timing["median_days"] is None else timing["median_days"]])
    writer.writerow(["決定までの日数", "決定期間内の決定 (件)", timing["within_first_period"]])
    writer.writerow(["決定までの日数", "決定期間内の割合 (%)",
                     "" if timing["within_first_share"] is None else timing["within_first_share"]])
    writer.writerow(["延長", "期間延長", report["extensions"]])
    writer.writerow(["延長", "特例延長", report["special_extensions"]])
    writer.writerow(["移送", "他の実施機関への移送", report["transfers"]])
    appeals = report["appeals"]
    writer.writerow(["審査請求", "審査請求件数", appeals["filed"]])
    for row in appeals["answers"]:
        writer.writerow(["答申", row["outcome"], row["count"]])
    for label, key in (("諮問から答申までの日数 (中央値)", "answer_median_days"),
                       ("諮問から答申までの日数 (最長)", "answer_longest_days")):
        writer.writerow(["答申", label, "" if appeals[key] is None else appeals[key]])
    writer.writerow(["裁決", "裁決件数", appeals["rulings"]])
    writer.writerow(["裁決", "答申のとおり", appeals["followed_answer"]])
    writer.writerow(["裁決", "諮問を要しない裁決", appeals["ruled_without_referral"]])
    writer.writerow(["審査請求", "取下げ", appeals["withdrawn"]])
    # As the page words it: the year's end figure, or, in a year still running, today's (速報値).
    writer.writerow(["審査請求", "年度末に審理中" if appeals["year_ended"]
                     else f"現在審理中 ({to_wareki(appeals['pending_as_of'])}現在・速報値)", appeals["pending"]])
    incidents = report["incidents"]
    writer.writerow(["漏えい等事案", "発覚した事案", incidents["total"]])
    for row in incidents["by_kind"]:
        writer.writerow(["漏えい等事案", row["label"], row["count"]])
    for label, key in (("本人の数 (合計)", "people"), ("個人情報保護委員会への報告対象", "reportable"),
                       ("速報の提出", "preliminary_filed"), ("確報の提出", "final_filed"),
                       ("うち期限後の速報", "preliminary_late"), ("うち期限後の確報", "final_late"),
                       ("本人への通知", "notified"), ("本人への通知を要しない (代替措置)", "notice_waived")):
        writer.writerow(["漏えい等事案", label, incidents[key]])
    for row in report["history"]:
        writer.writerow(["年度別の推移", row["label"], row["requests"]])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_json(report: dict) -> dict:
    """The report with dates as ISO strings (it holds none today; kept for the additional report)."""
    def plain(value):
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value
    return plain(report)


def to_pdf(report: dict, additional: dict | None = None) -> bytes:
    """An A4 PDF with the same charts as the page, through the project's WeasyPrint setup and fonts."""
    from django.template.loader import render_to_string
    from weasyprint import HTML

    from shingikai.documents import pdf

    html = render_to_string("disclosure/report_print.html", {
        "report": report, "additional": additional,
        "charts": chart_images(report),
    })
    with pdf._lock:
        css, font_config = pdf._stylesheet()
        return HTML(string=html).write_pdf(stylesheets=[css], font_config=font_config, pdf_tags=True)
