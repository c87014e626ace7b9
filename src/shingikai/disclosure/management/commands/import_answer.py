"""`shingikai import-answer FILE... [--council SLUG] [--as USERNAME] [--dry-run] [--json]`: store other 審査会's
published 答申 as precedents (not public until published at /disclosure/imports/); with --dry-run print what was
read and store nothing. Without --as the 答申 is the operator's import, which only a superuser changes in the
browser in a precedent-only council; with --as through import_answer_as, the import of that secretariat user, whose
secretariat then publishes, corrects and deletes it. A user who cannot own imports is reported before any file is
read (`import-answer: --as USERNAME: reason`, status 2)."""
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from shingikai.councils.models import Council
from shingikai.disclosure import actions
from shingikai.errors import ActionRefused

WORDS = {"imported": "取り込みました (未公開)", "unchanged": "取込済みのため変更はありません"}


class Command(BaseCommand):
    help = ("他の審査会の答申 (.txt/.html/.pdf/.docx) を読み取り、先例として保存します (公開は /disclosure/imports/ で)。"
            "--dry-run では読み取った結論・趣旨・主張・判断・条項を出力するだけで保存しません。")

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--council", help="取込先の審査会のスラッグ (省略時は答申の記載から判定)")
        parser.add_argument("--as", dest="as_user", metavar="USERNAME",
                            help="取込者とする事務局のユーザー (その事務局が公開・訂正・削除できる。省略時は運用者の取込)")
        parser.add_argument("--dry-run", action="store_true", help="保存せずに読み取り結果を出力する")
        parser.add_argument("--json", action="store_true", dest="as_json", help="結果を JSON で出力する")

    def _fail(self, name, message):
        self.stderr.write(f"import-answer: {name}: {message}")
        sys.exit(2)

    def handle(self, *args, files, council=None, as_user=None, dry_run=False, as_json=False, **options):
        target = None
        store = self._store(as_user) if not dry_run else None
        if council:
            target = Council.objects.filter(slug=council).first()
            if target is None:
                self._fail(council, "その審査会はありません (--council にはスラッグを指定します)。")
        try:
            if dry_run:
                results = [actions.read_answer_file(_read(name), Path(name).name)[1] for name in files]
            else:
                # All files or none: a bad file among several stores nothing.
                with transaction.atomic():
                    results = [_stored(store, name, target) for name in files]
        except ActionRefused as error:
            hint = " (コマンドでは --council で取込先の審査会を指定します)" if isinstance(error, actions.CouncilNotRead) else ""
            self.stderr.write(f"import-answer: {error.message}{hint}")
            sys.exit(2)
        if as_json or dry_run:
            self.stdout.write(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=1))
            return
        for name, result in zip(files, results):
            self.stdout.write(f"{name}: {result['council']} {result['number'] or '(番号なし)'} を{WORDS[result['status']]}")


    def _store(self, username):
        """The action that stores each file: the operator's import, or one attributed to `username`."""
        from functools import partial

        from shingikai.minutes.actions import attributable_user

        if username is None:
            return actions.import_answer
        try:
            user = attributable_user(username)
        except ActionRefused as error:
            self.stderr.write(f"import-answer: --as {username}: {error}")
            sys.exit(2)
        return partial(actions.import_answer_as, user=user)


def _read(name):
    try:
        return Path(name).read_bytes()
    except OSError as error:
        raise ActionRefused(f"{name}: {error.strerror or error}") from None


def _stored(store, name, council):
    answer, status = store(_read(name), name=Path(name).name, council=council)
    return {"id": answer.pk, "status": status, "council": answer.council.slug, "number": answer.number,
            "outcome": answer.outcome, "published": answer.published}
