from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from shingikai.jp.templatetags import wareki_hm
from shingikai.ops.backup import BackupError, read_backup

#: Orphans named one by one up to this many; beyond, the count and the way to list them all.
LISTED = 20


class Command(BaseCommand):
    help = "backup で作ったファイルからデータベースと添付ファイルを復元します。復元したことは記録に残ります。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--replace", action="store_true", help="既存のデータを消して置き換える")
        parser.add_argument("--by", default="", help="復元した人 (記録に残す名前。省略すると OS のユーザー名)")
        parser.add_argument("--prune-orphans", action="store_true",
                            help="復元後、どの記録も指さない添付ファイル (バックアップ後に追加されたものなど) を削除する")

    def handle(self, *args, file, replace, by, prune_orphans, **options):
        try:
            record = read_backup(file, replace=replace, by=by, prune_orphans=prune_orphans)
        except BackupError as error:
            raise CommandError(str(error), returncode=2)
        if "reindex" in get_commands():
            call_command("reindex", verbosity=0)
        self.stdout.write(f"復元しました: {file} (バックアップの作成 {wareki_hm(record.backup_created) or '不明'}、"
                          f"復元した人 {record.restored_by})")
        self.stdout.write("バックアップの後に入力・変更された記録は、すべて失われています。")
        if record.reapplied:
            self.stdout.write(f"バックアップの後に記録された個人情報の消去 {len(record.reapplied)} 件を、復元したデータにもう一度"
                              "適用しました (値は復元されていません):")
            for erasure in record.reapplied[:LISTED]:
                self.stdout.write(f"  {wareki_hm(erasure.erased_at)} {erasure.kind} {erasure.record_id}: "
                                  f"{erasure.fields}")
            if len(record.reapplied) > LISTED:
                self.stdout.write(f"  ほか {len(record.reapplied) - LISTED} 件")
        if record.orphans:
            done = "削除しました" if prune_orphans else "残っています (--prune-orphans で削除できます)"
            self.stdout.write(f"どの記録も指さない添付ファイルが {len(record.orphans)} 件{done}:")
            for name in record.orphans[:LISTED]:
                self.stdout.write(f"  {name}")
            if len(record.orphans) > LISTED:
                self.stdout.write(f"  ほか {len(record.orphans) - LISTED} 件")
