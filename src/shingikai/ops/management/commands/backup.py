from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.access_record import server_login
from shingikai.ops.backup import write_backup


class Command(BaseCommand):
    help = "データベースと添付ファイルを1つの .tar.gz にバックアップします。"

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", required=True, help="書き出すファイル (.tar.gz)")

    def handle(self, *args, output, **options):
        # Checked before the database is read: a mistyped folder should not cost the minutes a large backup takes.
        folder = Path(output).parent
        if not folder.is_dir():
            raise CommandError(f"書き出し先のフォルダ {folder} がありません。あるフォルダを指定してください。")
        try:
            path = write_backup(output)
        except PermissionError as exc:
            raise CommandError(f"フォルダ {folder} に書き込む権限がありません (実行したユーザー {server_login() or '不明'})。"
                               "サービスのユーザー (docs/deploy.md の例では shingikai) で実行するか、書き込めるフォルダを"
                               "指定してください。") from exc
        except OSError as exc:
            raise CommandError(f"バックアップを {output} に書き出せませんでした: {exc.strerror or exc}") from exc
        self.stdout.write(f"バックアップしました: {path}")
