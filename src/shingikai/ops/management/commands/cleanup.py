from django.conf import settings
from django.core.management.base import BaseCommand

from shingikai.access_record import prune as prune_records
from shingikai.minutes.actions import expire_pending_imports
from shingikai.submissions import prune


class Command(BaseCommand):
    help = "放置された会議録の取込 (確認待ちのまま SHINGIKAI_PENDING_IMPORT_DAYS 日を過ぎたもの) を削除します。処理済みの送信の記録も1日で消します。"

    def handle(self, *args, **options):
        count = expire_pending_imports()
        days = settings.SHINGIKAI_PENDING_IMPORT_DAYS
        self.stdout.write(f"確認待ちのまま {days} 日を過ぎた取込 {count} 件を削除しました。")
        prune()
        records, sign_ins = prune_records()
        self.stdout.write(f"保存期間を過ぎた閲覧・出力の記録 {records} 件、ログインの記録 {sign_ins} 件を削除しました。")
