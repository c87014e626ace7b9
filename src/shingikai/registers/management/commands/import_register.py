"""`shingikai import-register files|requests FILE --council SLUG [--as USERNAME] [--dry-run] [--json]`: the city's
past 個人情報ファイル簿 from a CSV in the columns of the public files.csv (registers/file_import.py), or its past
開示請求 in the columns of the secretariat's 受付簿.csv (disclosure/request_import.py). All rows or none;
with --dry-run the list of what would be added and each row's errors, nothing stored. Exit 2 when the file is
refused or a row has an error."""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from shingikai.councils.models import Council
from shingikai.errors import ActionRefused
from shingikai.disclosure import request_import
from shingikai.registers import file_import

#: register: (module, its import function)
IMPORTS = {"files": (file_import, file_import.import_files), "requests": (request_import, request_import.import_requests)}


class Command(BaseCommand):
    help = ("個人情報ファイル簿 (files: 公開の「個人情報ファイル簿.csv」と同じ列) または過去の開示請求 (requests: 受付簿の"
            "「開示請求受付簿.csv」と同じ列) を CSV (UTF-8 または Shift_JIS) から取り込みます。"
            "1行でも誤りがあれば何も保存しません。--dry-run では追加される内容と各行の誤りを表示するだけです。")

    def add_arguments(self, parser):
        parser.add_argument("register", choices=sorted(IMPORTS), help="files (個人情報ファイル簿) / requests (開示請求)")
        parser.add_argument("file")
        parser.add_argument("--council", required=True, help="取込先の自治体の審議会のスラッグ")
        parser.add_argument("--as", dest="as_user", metavar="USERNAME", help="登録者とする事務局のユーザー")
        parser.add_argument("--dry-run", action="store_true", help="保存せずに、追加される内容と誤りを表示する")
        parser.add_argument("--json", action="store_true", dest="as_json", help="結果を JSON で出力する")

    def fail(self, message):
        self.stderr.write(f"import-register: {message}")
        sys.exit(2)

    def handle(self, *args, register, file, council, as_user=None, dry_run=False, as_json=False, **options):
        target = Council.objects.filter(slug=council).select_related("municipality").first()
        if target is None:
            self.fail(f"{council}: その審議会はありません (--council にはスラッグを指定します)。")
        by = None
        if as_user is not None:
            from django.contrib.auth import get_user_model

            by = get_user_model().objects.filter(username=as_user, is_active=True).first()
            if by is None:
                self.fail(f"--as {as_user}: そのユーザーはいません。")
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            self.fail(f"{file}: {error.strerror or error}")
        module, run = IMPORTS[register]
        try:
            result = run(target.municipality, data, by=by, dry_run=dry_run)
        except ActionRefused as refusal:
            self.fail(f"{file}: {refusal.message}")
        if as_json:
            self.stdout.write(json.dumps(module.as_json(result, dry_run=dry_run), ensure_ascii=False, indent=1))
        else:
            for is_error, line in module.summary_lines(result):
                (self.stderr if is_error else self.stdout).write(line)
        if result.error_count:
            sys.exit(2)
