"""`shingikai reimport --council SLUG [--as USERNAME] [--dry-run] FILE...`: fill in what older imports lack.

Meetings imported before the importer read the 通算第N回 and the 事務局・説明員 have none of them stored. The decoded
text of an upload is not kept after its import, so the source files are given again: each file is matched to the
council's imported meeting last imported from it (by SHA-256) and read again, and minutes.actions.refresh_import fills
in only what the stored reading lacks, never a value read or corrected on the review. One line per meeting says what
was filled in, kept or not found; a file that matches no meeting is reported on stderr and the exit status is 2.
"""
import sys
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from shingikai.errors import ActionRefused


class _DryRun(Exception):
    pass


class Command(BaseCommand):
    help = ("取り込んだ会議のうち、通算回・事務局・説明員が保存されていないものに、取り込んだときのファイルから補います。"
            "確認画面で訂正した値は変えません。")

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="取り込んだときの会議録のファイル")
        parser.add_argument("--council", metavar="SLUG", required=True, help="取込先の審議会")
        parser.add_argument("--as", dest="as_user", metavar="USERNAME",
                            help="補う事務局のユーザー (その事務局が変更できる取込だけ。省略時は運用者)")
        parser.add_argument("--dry-run", action="store_true", help="書き込まずに、補う内容だけを表示する")

    def handle(self, *args, files, council, as_user=None, dry_run=False, **options):
        from shingikai.councils.models import Council
        from shingikai.minutes.actions import attributable_user, refresh_import, refresh_summary
        from shingikai.minutes.models import ImportRecord

        target = Council.objects.filter(slug=council).first()
        if target is None:
            self.stderr.write(f"reimport: --council {council}: 審議会が見つかりません。")
            sys.exit(2)
        user = None
        if as_user is not None:
            try:
                user = attributable_user(as_user)
            except ActionRefused as error:
                self.stderr.write(f"reimport: --as {as_user}: {error}")
                sys.exit(2)
        failures = 0
        for path in files:
            try:
                data = Path(path).read_bytes()
            except OSError as error:
                self.stderr.write(f"reimport: {path}: ファイルを読めません ({error.strerror})。")
                failures += 1
                continue
            meetings = self._meetings_from(target, data, ImportRecord)
            if not meetings:
                self.stderr.write(f"reimport: {path}: {target}にこのファイルから取り込んだ会議はありません"
                                  "(取り込んだ後に別のファイルで取り込み直した会議は、そのファイルを指定してください)。")
                failures += 1
                continue
            for meeting in meetings:
                try:
                    with transaction.atomic():
                        result = refresh_import(meeting, data=data, name=Path(path).name, by=user)
                        if dry_run:
                            raise _DryRun
                except _DryRun:
                    pass
                except ActionRefused as error:
                    self.stderr.write(f"reimport: {path}: {meeting.label}: {error}")
                    failures += 1
                    continue
                prefix = "(dry-run) " if dry_run else ""
                self.stdout.write(f"{prefix}{path}: {meeting.label}: {refresh_summary(result)}")
        if failures:
            sys.exit(2)

    @staticmethod
    def _meetings_from(council, data, ImportRecord):
        """The council's imported meetings whose latest import is of this file."""
        import hashlib

        digest = hashlib.sha256(data).hexdigest()
        found = []
        for record in (ImportRecord.objects.filter(meeting__council=council, meeting__imported=True, sha256=digest)
                       .select_related("meeting__council").order_by("meeting__date", "meeting_id")):
            latest = record.meeting.import_records.order_by("-imported_at", "-pk").first()
            if latest.pk == record.pk and record.meeting not in found:
                found.append(record.meeting)
        return found
