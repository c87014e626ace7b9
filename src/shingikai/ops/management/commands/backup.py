from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.access_record import server_login
from shingikai.jp.templatetags import wareki_hm
from shingikai.ops.backup import leftover_partials, list_backups, write_backup


class Command(BaseCommand):
    help = "データベースと添付ファイルを1つの .tar.gz にバックアップします (--list: フォルダのバックアップの一覧)。"

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="書き出すファイル (.tar.gz)")
        parser.add_argument("--list", dest="list_folder", metavar="FOLDER", help="フォルダにある完成したバックアップを一覧する")

    def handle(self, *args, output, list_folder, **options):
        if list_folder:
            return self._list(Path(list_folder))
        if not output:
            raise CommandError("書き出すファイルを -o で指定してください (例: -o /backup/shingikai-2025-06-01.tar.gz)。")
        # Checked before the database is read: a mistyped folder should not cost the minutes a large backup takes.
        folder = Path(output).parent
        if not folder.is_dir():
            raise CommandError(f"書き出し先のフォルダ {folder} がありません。あるフォルダを指定してください。")
        self._remove_leftovers(folder)
        try:
            path = write_backup(output)
        except PermissionError as exc:
            raise CommandError(f"フォルダ {folder} に書き込む権限がありません (実行したユーザー {server_login() or '不明'})。"
                               "サービスのユーザー (docs/deploy.md の例では shingikai) で実行するか、書き込めるフォルダを"
                               "指定してください。") from exc
        except OSError as exc:
            raise CommandError(f"バックアップを {output} に書き出せませんでした: {exc.strerror or exc}") from exc
        self.stdout.write(f"バックアップしました: {path}")

    def _remove_leftovers(self, folder):
        """An earlier run killed half-way left its unfinished file: a copy of personal data nothing else removes."""
        for leftover in leftover_partials(folder):
            try:
                leftover.unlink()
            except OSError as exc:
                self.stderr.write(f"途中で止まったバックアップの書きかけのファイル {leftover} を削除できませんでした"
                                  f" ({exc.strerror or exc})。手で削除してください。")
            else:
                self.stdout.write(f"途中で止まったバックアップの書きかけのファイル {leftover.name} を削除しました"
                                  " (バックアップではありません)。")

    def _list(self, folder):
        if not folder.is_dir():
            raise CommandError(f"フォルダ {folder} がありません。")
        backups = list_backups(folder)
        if not backups:
            self.stdout.write(f"{folder} に完成したバックアップはありません。")
        for path, created in backups:
            made = (f"作成 {wareki_hm(created)}" if created else "暗号化済み (作成日時は復号すると読めます)"
                    if created == "" else "バックアップとして読めません")
            self.stdout.write(f"{path.name}  {made}  {path.stat().st_size:,} バイト")
        leftovers = leftover_partials(folder)
        if leftovers:
            self.stdout.write(f"ほかに、途中で止まったバックアップの書きかけのファイルが {len(leftovers)} 件あります"
                              " (バックアップではありません。次の shingikai backup で削除します):")
            for leftover in leftovers:
                self.stdout.write(f"  {leftover.name}")
