"""`shingikai search "QUERY" [--council SLUG] [--json]`: the public search from the command line."""
import json

from django.core.management.base import BaseCommand

from shingikai.search.engine import PUBLIC, search


class Command(BaseCommand):
    help = "公開されている発言・案件・答申を全文検索します。"

    def add_arguments(self, parser):
        parser.add_argument("query")
        parser.add_argument("--council", metavar="SLUG", help="審議会で絞り込む")
        parser.add_argument("--limit", type=int, default=20)
        parser.add_argument("--json", action="store_true", help="JSON で出力する")

    def handle(self, *args, query, council, limit, json: bool, **options):
        filters = {"council_slug": council} if council else {}
        result = search(query, user_scope=PUBLIC, filters=filters, per_page=limit)
        hits = [
            {"type": hit.kind, "council": hit.council_name, "date": hit.date.isoformat() if hit.date else None,
             "title": f"{hit.context} — {hit.title}" if hit.context else hit.title, "snippet": str(hit.snippet),
             "url": hit.url}
            for hit in result.hits
        ]
        if json:
            self.stdout.write(_dumps({"total": result.total, "hits": hits}))
            return
        self.stdout.write(f"{result.total} 件")
        for hit in hits:
            self.stdout.write(f"[{hit['type']}] {hit['date'] or '----'} {hit['council']} {hit['title']}\n    {hit['url']}")


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=2)
