from django.core.management.base import BaseCommand

from shingikai.demo.loader import DEMO_PASSWORD, FORCE_HELP, LOGINS, load_demo, refuse_foreign_data


class Command(BaseCommand):
    help = "架空の自治体「みなみ市」のデモデータを読み込みます (2回目以降は何もしません)。"

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help=FORCE_HELP)

    def handle(self, *args, force=False, **options):
        refuse_foreign_data(force)
        loaded = load_demo()
        self.stdout.write("デモデータを読み込みました。" if loaded else "デモデータは読み込み済みです。")
        self.stdout.write(f"ログイン (パスワードはすべて {DEMO_PASSWORD}):")
        for username, role in LOGINS:
            self.stdout.write(f"  {username:10s} {role}")
