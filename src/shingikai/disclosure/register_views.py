"""The secretariat's 受付簿 as CSV and the import of a city's past requests from one (register_csv.py,
request_import.py)."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import render

from shingikai import access_record, csv_import
from shingikai.councils.models import Municipality
from shingikai.formfields import read_fiscal_year

from . import access, register_csv, report, request_import


def _secretariat_municipalities(request, what):
    ids = access.secretariat_municipality_ids(request.user)
    if not ids:
        raise PermissionDenied(f"{what}は事務局のみが使えます。")
    return ids


@login_required
def register_download(request):
    """The whole register of the secretariat's city, or one fiscal year's (?fy=2024). The requester's name and
    contact are not in it (register_csv)."""
    ids = _secretariat_municipalities(request, "受付簿の CSV")
    requests = access.visible_requests(request.user).filter(municipality_id__in=ids)
    # ?fy=令和6年度 read as the forms read a 年度; one that is none is refused, not answered with every year's rows
    # under a name that looks like one year's.
    fy, message = read_fiscal_year(request.GET.get("fy", ""))
    if message or (fy and not report.is_report_year(fy)):
        return HttpResponseBadRequest(message or "この年度の受付簿は作れません。", content_type="text/plain; charset=utf-8")
    if fy:
        requests = requests.filter(received_on__range=report.fiscal_year_bounds(fy))
    response = register_csv.register_csv(requests)
    access_record.record(request, access_record.EXPORT, "開示請求の受付簿 (CSV)",
                         report.fiscal_year_label(fy) if fy else "すべて", municipality_id=min(ids) if len(ids) == 1 else None)
    return response


@login_required
def import_page(request):
    """The secretariat brings in the city's past requests from a CSV: the upload shows what each row would add and
    each row's errors (a dry run), and 「取り込む」 enters them all, or none (csv_import.upload_step)."""
    ids = _secretariat_municipalities(request, "開示請求の取込")
    municipality = Municipality.objects.filter(pk__in=ids).order_by("pk").first()
    context, status = {"municipality": municipality, "max_rows": csv_import.MAX_ROWS,
                       "headings": [heading for heading, _ in register_csv.COLUMNS]}, 200
    if request.method == "POST":
        def run(data, dry_run):
            result = request_import.import_requests(municipality, data, by=request.user, dry_run=dry_run)
            return result, request_import.closing_line(result)[1]

        done, shown, status = csv_import.upload_step(
            request, run, what=request_import.REGISTER.what, command="shingikai import-register requests",
            done="disclosure:register")
        if done:
            return done
        context.update(shown)
    return render(request, "disclosure/request_import.html", context, status=status)
