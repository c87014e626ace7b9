from django.core.management.base import BaseCommand, CommandError

from shingikai.councils.actions import add_operator
from shingikai.errors import ActionRefused


class Command(BaseCommand):
    help = ("運用管理者 (初期設定と管理画面の担当) のログインを作り、仮パスワードを表示します。"
            "最初のログインで本人のパスワードに変更します (Django の createsuperuser の代わりに日本語で)。")

    def add_arguments(self, parser):
        parser.add_argument("--username", default="", help="ユーザー名 (半角英数字、例: unyou)")
        parser.add_argument("--email", default="", help="電子メール (パスワードを忘れたときの再設定の送り先)")

    def handle(self, *args, username, email, **options):
        if not username.strip():
            raise CommandError("ユーザー名を --username で指定してください (例: shingikai add-operator --username unyou)。")
        try:
            user, password = add_operator(username=username, email=email)
        except ActionRefused as refusal:
            raise CommandError(refusal.message) from None
        self.stdout.write(f"運用管理者のログイン {user.get_username()} を作りました。")
        self.stdout.write(f"仮パスワード: {password}")
        self.stdout.write("この仮パスワードは一度だけ表示します。/login/ でログインすると、本人のパスワードへの変更を求められます。")
