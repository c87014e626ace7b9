from django.core.management.base import BaseCommand, CommandError

from shingikai.councils.actions import add_secretariat_clerk
from shingikai.councils.models import Council
from shingikai.errors import ActionRefused


class Command(BaseCommand):
    help = ("審議会の事務局の職員を登録してログインを発行し、仮パスワードを表示します (審議会の「担当課」画面の"
            "「事務局の職員を登録してログインを発行する」と同じ)。最初のログインで本人のパスワードに変更します。")

    def add_arguments(self, parser):
        parser.add_argument("--council", default="", help="審議会の識別子 (slug、例: kitayama-shingikai)")
        parser.add_argument("--name", default="", help="氏名 (例: 北野 一郎)")
        parser.add_argument("--title", default="", help="職名 (例: 主任)")
        parser.add_argument("--username", default="", help="ユーザー名 (半角英数字、例: kitano)")
        parser.add_argument("--email", default="", help="電子メール (事務局あての通知とパスワードの再設定の送り先)")

    def handle(self, *args, council, name, title, username, email, **options):
        missing = [option for option, value in (("--council", council), ("--name", name), ("--username", username))
                   if not value.strip()]
        if missing:
            raise CommandError(f"{'、'.join(missing)} を指定してください (例: shingikai add-secretariat --council "
                               "kitayama-shingikai --name \"北野 一郎\" --username kitano --email kitano@city.example.jp)。")
        found = Council.objects.filter(slug=council.strip()).first()
        if found is None:
            known = "、".join(Council.objects.filter(is_imported_only=False).values_list("slug", flat=True)[:10])
            raise CommandError(f"識別子 {council} の審議会はありません。" + (f"登録済みの審議会: {known}" if known else
                               "先に管理画面 (/admin/) で自治体と審議会を登録してください (docs/install.md)。"))
        try:
            staff, password = add_secretariat_clerk(found, name=name, title=title, username=username, email=email,
                                                    by=None)
        except ActionRefused as refusal:
            raise CommandError(refusal.message) from None
        self.stdout.write(f"{found.name} の事務局の職員 {staff.name} (ユーザー名 {staff.user.get_username()}) を登録しました。")
        self.stdout.write(f"仮パスワード: {password}")
        self.stdout.write("この仮パスワードは一度だけ表示します。/login/ でログインすると、本人のパスワードへの変更を求められます。")
