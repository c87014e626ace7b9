"""`shingikai import-minutes FILE... [--council SLUG] [--as USERNAME] [--dry-run] [--json]`: import published minutes.

With --dry-run nothing is written and no database is needed: the parsed-minutes JSON of
DESIGN §3.1 is printed (--json), one object for one file, an array for several. Without it
each file is stored through the import_meeting action, as imported and not yet public: the operator's import, which
only a superuser changes in the browser; with --as through import_meeting_as, the import of that secretariat user,
whose secretariat then publishes, corrects and deletes it. A file that cannot be read or stored is reported as one
line `import-minutes: FILE: reason` on stderr and the exit status is 2; a user who cannot own imports is reported
before any file is read (`import-minutes: --as USERNAME: reason`, status 2).
"""
import hashlib
import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from shingikai.minutes.actions import too_long_reason
from shingikai.minutes.case_numbers import with_printed_numbers
from shingikai.minutes.importer import IMPORTER_VERSION, MinutesImportError, parse_text, read_minutes_file


# The refusals are worded for the review screen; on the command line the option that does the same is named.
COMMAND_HINTS = {
    "no_council": " (コマンドでは --council SLUG で取込先を指定します)",
    "already_imported": " (コマンドでは --replace で置き換えます)",
    "same_day": " (コマンドでは、別の会議なら --new で取り込みます)",
}


class Command(BaseCommand):
    help = "公開された会議録 (.txt/.md/.html/.pdf/.docx) を読み取り、取り込みます。--dry-run では書き込まずに結果を表示します。"
    # The dry run must work without a database; the checks would only slow a batch down.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="会議録のファイル")
        parser.add_argument("--council", metavar="SLUG", help="取り込み先の審議会 (省略時は会議録の名称から探す)")
        parser.add_argument("--as", dest="as_user", metavar="USERNAME",
                            help="取込者とする事務局のユーザー (その事務局が公開・訂正・削除できる。省略時は運用者の取込)")
        parser.add_argument("--replace", action="store_true",
                            help="取込済みの同じ会議 (同じ審議会・開催日・回次) を、このファイルの内容で置き換える")
        parser.add_argument("--new", dest="as_new", action="store_true",
                            help="同じ日に回次の違う会議が取込済みでも、別の会議として取り込む")
        parser.add_argument("--dry-run", action="store_true", help="書き込まずに読み取り結果だけを表示する")
        parser.add_argument("--json", action="store_true", help="読み取り結果を JSON で標準出力に書く")

    def handle(self, *args, files, council=None, as_user=None, dry_run=False, json=False, replace=False, as_new=False,
               **options):
        max_bytes = getattr(settings, "SHINGIKAI_IMPORT_MAX_BYTES", 20 * 1024 * 1024)
        as_json = json
        store = None
        if not dry_run:
            # Imported lazily: the dry run must not need the storage layer or a database.
            from shingikai.minutes.actions import not_minutes_reason

            store = self._store(as_user)
        counts = {"imported": 0, "unchanged": 0, "updated": 0, "failed": 0}
        failures, parsed_all = [], []
        for path in self._progress(files):
            try:
                text = read_minutes_file(path, max_bytes=max_bytes)
                if reason := too_long_reason(text):
                    failures.append((path, f"{reason} (上限は環境変数 SHINGIKAI_IMPORT_MAX_CHARS で変えられます)"))
                    continue
                parsed = with_printed_numbers(parse_text(text, filename=Path(path).name), text)
            except MinutesImportError as error:
                failures.append((path, error.reason))
                continue
            except Exception as error:  # a parser bug must still end in one clear line
                failures.append((path, f"読み取り中に内部エラーが起きました ({type(error).__name__})"))
                continue
            if dry_run:
                counts["imported"] += 1
                parsed_all.append(parsed)
                if not as_json:
                    self.stdout.write(self._describe(path, parsed))
                continue
            reason = not_minutes_reason(parsed)
            if reason:
                failures.append((path, reason))
                continue
            try:
                meeting, status = store(
                    parsed, council_slug=council, source_name=_name(path),
                    sha256=_sha256(path), importer_version=IMPORTER_VERSION, replace=True if replace else None,
                    as_new=as_new,
                )
            except Exception as error:  # ActionRefused or a database error, reported per file
                reason = str(error).splitlines()[0] if str(error) else type(error).__name__
                failures.append((path, reason + COMMAND_HINTS.get(getattr(error, "code", None), "")))
                continue
            counts[status] = counts.get(status, 0) + 1
            parsed_all.append(parsed)
            if not as_json:
                self.stdout.write(f"{path}: {status} ({meeting})")
        counts["failed"] = len(failures)
        for path, reason in failures:
            self.stderr.write(f"import-minutes: {path}: {reason}")
        if as_json and parsed_all:
            payload = parsed_all[0] if len(files) == 1 else parsed_all
            self.stdout.write(_json_dumps(payload))
        if len(files) > 1:
            summary = ", ".join(f"{k} {v}" for k, v in counts.items() if k != "imported" or not dry_run)
            if dry_run:
                summary = f"read {counts['imported']}, failed {counts['failed']}"
            (self.stderr if as_json else self.stdout).write(f"import-minutes: {summary}")
        if failures:
            sys.exit(2)

    def _store(self, username):
        """The action that stores each file: the operator's import, or one attributed to `username`."""
        from functools import partial

        from shingikai.errors import ActionRefused
        from shingikai.minutes.actions import attributable_user, import_meeting, import_meeting_as

        if username is None:
            return import_meeting
        try:
            user = attributable_user(username)
        except ActionRefused as error:
            self.stderr.write(f"import-minutes: --as {username}: {error}")
            sys.exit(2)
        return partial(import_meeting_as, user=user)

    def _progress(self, files):
        if len(files) < 2:
            return files
        from tqdm import tqdm

        stream = getattr(self.stderr, "_out", sys.stderr)
        return tqdm(files, file=stream, unit="file", desc="import-minutes", leave=False)

    @staticmethod
    def _describe(path, parsed):
        label = parsed.get("meeting_label") or "?"
        return (f"{path}: {parsed.get('council_name') or '?'} {label} {parsed.get('date') or '?'}, "
                f"{len(parsed['items'])} items, {len(parsed['turns'])} turns")


def _json_dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=1)


def _name(path):
    from pathlib import Path

    return Path(path).name


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
