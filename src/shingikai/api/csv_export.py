"""The public case register as CSV that Excel opens as it is: UTF-8 with a BOM, CRLF line ends."""
import csv
import io

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from shingikai import access_record
from shingikai.cases.models import name_departments
from shingikai.excel import excel_safe
from shingikai.jp.wareki import to_wareki
from shingikai.publicity import outcome_label

from . import web
from .payloads import case as case_payload

HEADER = [
    "番号", "諮問番号", "件名", "種別", "類型", "担当課", "部", "状態", "結論", "主題", "根拠条項",
    "審議会", "会議日 (和暦)", "会議日", "答申日 (和暦)", "答申日", "受付日 (和暦)", "受付日", "公開ページ",
]
def _dates(days, *, wareki):
    return "、".join(to_wareki(d) if wareki else d.isoformat() for d in days)


def row(request, case):
    data = case_payload(request, case)
    return [excel_safe(v) for v in (
        data["id"], data["number"], data["title"], data["kind"], "、".join(data["categories"]),
        data["department"], data["division"], data["status"], outcome_label(data["outcome"], data["answer_numbers"]), data["topic"],
        "、".join(data["legal_bases"]), data["council"]["name"],
        _dates(data["meeting_dates"], wareki=True), _dates(data["meeting_dates"], wareki=False),
        _dates(data["answer_dates"], wareki=True), _dates(data["answer_dates"], wareki=False),
        to_wareki(data["accepted_on"]) if data["accepted_on"] else "",
        data["accepted_on"].isoformat() if data["accepted_on"] else "",
        web.absolute(request, web.case(case.pk)),
    )]


def cases_csv(request, cases):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for case in name_departments(cases):
        writer.writerow(row(request, case))
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, "案件一覧.csv")
    access_record.record(request, access_record.EXPORT, "案件一覧 (CSV)", access_record.export_conditions(request))
    response["Access-Control-Allow-Origin"] = "*"
    return response
