"""The published 個人情報ファイル簿 for anyone: /registers/files/ and /registers/files.csv."""
import csv
import io
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import content_disposition_header

from shingikai.excel import excel_safe
from shingikai import access_record
from shingikai.councils.models import Municipality
from shingikai.jp.wareki import to_wareki
from shingikai.viewhelpers import text_search

from . import publicity
from .fields import COLUMNS, row


def _filtered(request):
    files = publicity.files().order_by("department__municipality__name", "department__name", "name", "pk")
    city = request.GET.get("city", "")
    if city:
        files = files.filter(department__municipality__slug=city)
    q = request.GET.get("q", "").strip()
    if q:
        files = text_search(files, q, "name", "purpose", "record_items")
    return files, {"city": city, "q": q}


def file_list(request):
    files, params = _filtered(request)
    page = Paginator(files, 50).get_page(request.GET.get("page"))
    query = urlencode({k: v for k, v in params.items() if v})
    cities = Municipality.objects.filter(departments__personal_info_files__in=publicity.files()).distinct().order_by("name")
    return render(request, "registers/public_files.html", {
        "page": page, "params": params, "query": query, "page_query": f"{query}&" if query else "", "cities": cities,
    })


def file_detail(request, pk):
    record = get_object_or_404(publicity.files(), pk=pk)
    # The count is an approximation (概数), printed as the list prints it; the CSV and the API keep the number.
    data = dict(row(record), subject_count=f"約 {record.subject_count:,} 人")
    return render(request, "registers/public_file.html", {
        "record": record, "rows": [(heading, data[key]) for heading, key in COLUMNS],
        "cases": publicity.changing_cases(record),
    })


def _csv_value(key, value):
    if key == "registered_on":
        return to_wareki(value) if value else ""
    return excel_safe(value)


def file_csv(request):
    files, _ = _filtered(request)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([heading for heading, _ in COLUMNS] + ["公開ページ"])
    for record in files:
        data = row(record)
        writer.writerow([_csv_value(key, data[key]) for _, key in COLUMNS]
                        + [request.build_absolute_uri(data["url"])])
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, "個人情報ファイル簿.csv")
    access_record.record(request, access_record.EXPORT, "個人情報ファイル簿 (CSV)", access_record.export_conditions(request))
    response["Access-Control-Allow-Origin"] = "*"
    return response
