"""`shingikai report operations --fiscal-year Y --format pdf|csv|json -o FILE`: the yearly 運用状況報告."""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from shingikai import access_record
from shingikai.councils.models import Municipality
from shingikai.disclosure import report


class Command(BaseCommand):
    help = "情報公開・個人情報保護制度の運用状況報告を PDF、CSV または JSON で出力します。"

    def add_arguments(self, parser):
        parser.add_argument("which", choices=["operations", "additional"],
                            help="operations (運用状況報告) または additional (実施状況追加報告、JSON のみ)")
        parser.add_argument("--fiscal-year", "-y", type=int, required=True, help="年度 (西暦、例: 2024 は令和6年度)")
        parser.add_argument("--format", "-f", dest="fmt", default="pdf", choices=["pdf", "csv", "json"])
        parser.add_argument("-o", "--output", help="出力先のファイル (- で標準出力)")
        parser.add_argument("--municipality", help="自治体の識別子 (自治体が一つなら省略可)")

    def fail(self, message):
        self.stderr.write(f"report: {message}")
        sys.exit(2)

    def handle(self, *args, which, fiscal_year, fmt, output, municipality, **options):
        cities = Municipality.objects.all()
        if municipality:
            cities = cities.filter(slug=municipality)
        cities = [c for c in cities if c.disclosure_requests.exists()] or list(cities)
        if len(cities) != 1:
            names = "、".join(c.slug for c in cities) or "(なし)"
            self.fail(f"自治体を --municipality で一つ指定してください (候補: {names})。")
        city = cities[0]
        if not report.is_report_year(fiscal_year):
            self.fail(f"年度「{fiscal_year}」が正しくありません。西暦で指定してください (例: 2024)。")
        _, unkept = report.unkept_year(city, fiscal_year)
        if unkept:
            self.fail(f"{unkept}報告は作成しません。")
        if which == "additional":
            if fmt != "json":
                self.fail("実施状況追加報告は --format json のみです (PDF と CSV は運用状況報告に含まれます)。")
            additional = report.year_end_additional(city, fiscal_year)
            if additional is None:
                self.fail(f"{report.fiscal_year_label(fiscal_year)}はまだ終わっていないため、実施状況追加報告は作成しません。")
            data = json.dumps(report.to_json(additional), ensure_ascii=False, indent=1).encode()
        else:
            figures = report.operations_report(city, fiscal_year)
            if fmt == "csv":
                data = report.to_csv(figures)
            elif fmt == "json":
                data = json.dumps(report.to_json(figures), ensure_ascii=False, indent=1).encode()
            else:
                data = report.to_pdf(figures, report.year_end_additional(city, fiscal_year))
        # Recorded as the 運用状況報告 page records its export (docs/audit.md), by the server's login.
        access_record.record_command(
            access_record.EXPORT, f"運用状況報告 ({fmt.upper()})" if which == "operations" else "実施状況追加報告 (JSON)",
            f"{city.name} {report.fiscal_year_label(fiscal_year)}", command=f"shingikai report {which} --fiscal-year {fiscal_year} --format {fmt}",
            municipality_id=city.pk)
        if output in (None, "-"):
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        path = Path(output)
        try:
            path.write_bytes(data)
        except OSError as error:
            self.fail(f"{path} に書き込めません: {error.strerror or error}")
        self.stdout.write(f"{path} ({len(data):,} バイト)")
