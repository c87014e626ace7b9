"""`shingikai document KIND ID --format pdf|docx -o FILE`: write one official document to a file."""
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from django.contrib.auth.models import AnonymousUser

from shingikai import access, access_record
from shingikai.documents.render import FORMATS, KINDS, DocumentError, build, check, filename, lay_out, record_of


class Command(BaseCommand):
    help = ("公文書を PDF または DOCX で出力します。KIND: " + ", ".join(f"{k} ({v})" for k, v in KINDS.items())
            + "。ID は案件・会議・答申・フォローアップ・審査請求・評価書・報告の番号です。")

    def add_arguments(self, parser):
        parser.add_argument("kind", help=" | ".join(KINDS))
        parser.add_argument("id", help="案件 (shimonsho)、会議 (agenda, minutes)、答申 (answer)、フォローアップ (followup)、"
                                       "審査請求 (appeal)、特定個人情報保護評価書 (inspection)、要配慮の報告 (sensitive) の ID")
        parser.add_argument("--format", "-f", dest="fmt", default="pdf", help="pdf (既定) または docx")
        parser.add_argument("-o", "--output", help="出力先のファイル (省略時は文書名から付ける、- で標準出力)")
        parser.add_argument("--public", action="store_true", help="公開版 (非公開の議題を除き、公開済みのもののみ)")

    def fail(self, message):
        self.stderr.write(message)
        sys.exit(2)

    def handle(self, *args, kind, id, fmt, output, public, **options):
        try:
            check(kind, fmt)
        except DocumentError as error:
            self.fail(f"document: {error}")
        if fmt not in FORMATS:
            self.fail(f"document: 形式「{fmt}」には対応していません。")
        try:
            obj_id = int(id)
        except ValueError:
            self.fail(f"document: ID「{id}」は数字で指定してください。")
        reading = None
        if public:
            # The public version is exactly what an anonymous visitor may download.
            record = record_of(kind, obj_id)
            reading = access.document_reading(AnonymousUser(), kind, record) if record is not None else None
            if record is not None and reading is None:
                self.fail("document: この文書は公開されていません。")
        try:
            doc = build(kind, obj_id, reading=reading)
            data = lay_out(doc, fmt)
        except DocumentError as error:
            self.fail(f"document: {error}")
        if not public:
            # The whole record (closed items, drafts) leaves the server as a page's full download would: recorded
            # like it (docs/audit.md), by the server's login. Written before the file, so a write that fails
            # half-way still leaves the record.
            access_record.record_command(access_record.DOWNLOAD, KINDS[kind], filename(doc, fmt),
                                         record_of(kind, obj_id),
                                         command=f"shingikai document {kind} {obj_id} --format {fmt}")
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        path = Path(output or filename(doc, fmt))
        try:
            path.write_bytes(data)
        except OSError as error:
            self.fail(f"document: {path} に書き込めません: {error.strerror or error}")
        self.stdout.write(f"{path} ({len(data):,} バイト, {KINDS[kind]})")
