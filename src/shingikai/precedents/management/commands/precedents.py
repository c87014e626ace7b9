"""`shingikai precedents CASE_ID [--limit N] [--json]`: the precedents a case's pages show, ranked the same."""
import json

from django.core.management.base import BaseCommand, CommandError

from shingikai.cases.models import Case
from shingikai.search.precedents import similar_cases


class Command(BaseCommand):
    help = "案件と同じ主題を審議した他の審議会の公開案件 (先例) を、画面と同じ順に表示します。"

    def add_arguments(self, parser):
        parser.add_argument("case_id", metavar="CASE_ID", help="案件の ID")
        parser.add_argument("--limit", type=int, default=5, help="表示する件数 (既定 5)")
        parser.add_argument("--json", action="store_true", help="JSON で出力する")

    def handle(self, *args, case_id, limit, json: bool, **options):
        if not str(case_id).isdigit():
            raise CommandError(f"案件の ID は数字で指定してください: {case_id}")
        if limit < 1:
            raise CommandError("--limit には 1 以上を指定してください。")
        case = Case.objects.select_related("council").filter(pk=int(case_id)).first()
        if case is None:
            raise CommandError(f"案件 {case_id} はありません。")
        rows = [p.as_dict() for p in similar_cases(case, limit=limit)]
        if json:
            self.stdout.write(_dumps(rows))
            return
        for number, row in enumerate(rows, start=1):
            self.stdout.write(f"{number}. [{row['score']:.2f}] {row['council']} {row['title']} ({row['outcome'] or '結論不明'})"
                              f"\n    共通する語: {'、'.join(row['shared_terms']) or '—'}")
        if not rows:
            self.stdout.write("先例は見つかりませんでした。")


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=2)
