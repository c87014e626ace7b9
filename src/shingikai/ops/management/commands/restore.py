from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from shingikai.ops.backup import BackupError, read_backup


class Command(BaseCommand):
    help = "backup で作ったファイルからデータベースと添付ファイルを復元します。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--replace", action="store_true", help="既存のデータを消して置き換える")

    def handle(self, *args, file, replace, **options):
        try:
            read_backup(file, replace=replace)
        except BackupError as error:
            raise CommandError(str(error), returncode=2)
        if "reindex" in get_commands():
            call_command("reindex", verbosity=0)
        self.stdout.write(f"復元しました: {file}")
