"""The 開示請求 register as CSV for the secretariat (受付簿.csv): one row a request, its deadlines, extensions and
decision as the actions recorded them, dates in 和暦. The same columns are what the import of a city's past
requests reads (request_import.py), so a register exported and imported again is the same register.

The requester's name and contact are never written: a download leaves the system's access rules behind it. The
import reads them from two columns of their own when a city's past register has them.
"""
import csv
import io

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from shingikai.excel import excel_safe
from shingikai.jp.wareki import to_wareki

from .models import DisclosureRequest

#: (column heading, key)
COLUMNS = [
    ("受付番号", "number"),
    ("請求の種類", "kind"),
    ("実施機関", "department"),
    ("請求日", "received_on"),
    ("請求された文書・情報", "documents"),
    ("請求者の区分", "requester_category"),
    ("決定期限", "first_due"),
    ("延長後の期限", "extended_due"),
    ("延長の理由", "extension_reason"),
    ("延長通知日", "extension_notice_on"),
    ("特例延長の理由", "special_reason"),
    ("特例延長通知日", "special_notice_on"),
    ("特例延長の期限 (残りの決定の目途)", "special_final_by"),
    ("相当の部分の決定", "portion_decision"),
    ("相当の部分の決定日", "portion_decided_on"),
    ("相当の部分として決定した範囲", "portion_scope"),
    ("決定", "decision"),
    ("決定日 (取下げ・移送の日)", "decided_on"),
    ("不開示の理由 (条項と類型)", "grounds"),
    ("不開示とした部分", "withheld_summary"),
    ("決定の理由", "refusal_reason"),
    ("移送先の実施機関", "transferred_to"),
    ("開示の実施日", "disclosure_on"),
    ("費用 (円)", "fee_yen"),
    ("提供先への通知日", "providers_notified_on"),
    ("状態", "status"),
]
DATES = {"received_on", "first_due", "extended_due", "extension_notice_on", "special_notice_on", "special_final_by",
         "portion_decided_on", "decided_on", "disclosure_on", "providers_notified_on"}
#: Written by the export from what the actions computed; an import has the actions compute them again.
COMPUTED = ("number", "first_due", "status")


def office(department):
    return " ".join(filter(None, [department.division, department.name]))


def ground_text(article, category):
    return f"{article} ({category})"


def row(request):
    values = {key: getattr(request, key) for _, key in COLUMNS if hasattr(DisclosureRequest, key)}
    values.update(
        kind=request.short_kind, department=office(request.department),
        requester_category=request.get_requester_category_display(), status=request.get_status_display(),
        grounds="\n".join(ground_text(g.article, g.category) for g in request.grounds.all()),
        # The extension's own deadline, unless a 特例延長 came after it and replaced it with its own date.
        extended_due=request.extended_due if request.extension_notice_on and not request.special_notice_on else None,
        fee_yen=request.fee_yen if request.decision in ("全部開示", "部分開示") else "",
    )
    return [to_wareki(values[key]) if key in DATES and values[key] else excel_safe(values[key])
            for _, key in COLUMNS]


def register_csv(requests):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([heading for heading, _ in COLUMNS])
    for request in requests.select_related("department").prefetch_related("grounds").order_by("number", "pk"):
        writer.writerow(row(request))
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, "開示請求受付簿.csv")
    return response
