"""`shingikai api-token USERNAME`: a bearer token for the API's private side (see api/tokens.py)."""
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from shingikai.api.tokens import API_TOKEN_DAYS, issue


class Command(BaseCommand):
    help = (f"API の非公開部分 (台帳など) を読むためのトークンを発行します。有効期間は{API_TOKEN_DAYS}日で、"
            "パスワードを変更すると、それまでのトークンはすべて無効になります。")

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            self.stderr.write(f"api-token: 利用者「{username}」はいません (または無効です)。")
            sys.exit(2)
        self.stdout.write(issue(user))
