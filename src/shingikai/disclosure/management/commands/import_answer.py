"""`shingikai import-answer FILE... --json`: the structure of published 答申 (writes nothing)."""
import json
import sys

from django.core.management.base import BaseCommand

from shingikai.disclosure.answer_import import parse_answer_file
from shingikai.minutes.importer.errors import MinutesImportError


class Command(BaseCommand):
    help = "他の審査会の答申 (.txt/.html/.pdf/.docx) から結論・趣旨・主張・判断・条項を読み取り、JSON で出力します (保存はしません)。"

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")

    def handle(self, *args, files, **options):
        results = []
        for name in files:
            try:
                results.append(parse_answer_file(name))
            except (MinutesImportError, OSError) as error:
                self.stderr.write(f"import-answer: {name}: {getattr(error, 'strerror', None) or error}")
                sys.exit(2)
        self.stdout.write(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=1))
