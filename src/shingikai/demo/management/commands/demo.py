import os

from django.core.management import call_command
from django.core.management.base import BaseCommand

from shingikai.demo.loader import DEMO_PASSWORD, FORCE_HELP, LOGINS, load_demo, refuse_foreign_data
from shingikai.ops.readiness import DEMO_ENV


class Command(BaseCommand):
    help = "データベースを移行し、デモの自治体「みなみ市」を読み込んで http://127.0.0.1:PORT で公開します。"

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--no-serve", action="store_true", help="読み込みだけ行い、サーバーは起動しない")
        parser.add_argument("--force", action="store_true", help=FORCE_HELP)

    def handle(self, *args, host, port, no_serve, force=False, **options):
        call_command("migrate", verbosity=0, interactive=False)
        refuse_foreign_data(force)
        load_demo()
        from django.conf import settings
        self.stdout.write(f"データベース: {settings.DATABASES['default']['NAME']}")
        from django.core.management import get_commands
        if "reindex" in get_commands():
            call_command("reindex", verbosity=0)
        self.stdout.write(f"\nshingikai のデモ: http://{host}:{port}/")
        self.stdout.write(f"ログイン: http://{host}:{port}/login/  (パスワードはすべて {DEMO_PASSWORD})")
        for username, role in LOGINS:
            self.stdout.write(f"  {username:10s} {role}")
        self.stdout.write("")
        if not no_serve:
            if settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY and not settings.DEBUG:
                self.stdout.write("デモのため、公開されている開発用の鍵で起動します (本番では SECRET_KEY を設定します)。")
                os.environ[DEMO_ENV] = "1"
            call_command("serve", host=host, port=port)
