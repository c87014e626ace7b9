from django.core.management.base import BaseCommand

from shingikai.ops.backup import write_backup


class Command(BaseCommand):
    help = "データベースと添付ファイルを1つの .tar.gz にバックアップします。"

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", required=True, help="書き出すファイル (.tar.gz)")

    def handle(self, *args, output, **options):
        path = write_backup(output)
        self.stdout.write(f"バックアップしました: {path}")
