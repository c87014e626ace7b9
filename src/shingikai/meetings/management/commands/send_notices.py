from django.conf import settings
from django.core.mail import get_connection
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from shingikai.access_record import prune as prune_records
from shingikai.cases.notify import send_question_notices
from shingikai.councils.actions import apply_due_reorganisations, stop_former_member_logins
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import parse_date
from shingikai.meetings.convocation import send_answer_reminders, send_due_convocations
from shingikai.disclosure.notify import send_deadline_notices
from shingikai.meetings.notify import send_notices
from shingikai.minutes.actions import expire_pending_imports
from shingikai.minutes.notify import send_check_requests
from shingikai.outgoing_mail import MAIL_OFF, mail_goes_out
from shingikai.settling import not_in_future
from shingikai.submissions import prune


class Command(BaseCommand):
    help = "会議の事前通知、委員の事前質問と回答、期限を過ぎたフォローアップ、開示請求の決定期限と審査請求の期限の通知をメールで送ります (毎日1回実行)。"

    def add_arguments(self, parser):
        parser.add_argument("--date", help="この日に実行したものとして送る (例: 2025-06-01、令和7年6月1日)")

    def handle(self, *args, date=None, **options):
        if not mail_goes_out():
            raise CommandError(f"{MAIL_OFF}通知を送れないため中止しました。EMAIL_BACKEND などの SMTP の設定をしてください "
                               "(docs/deploy.md)。")
        today = timezone.localdate()
        if date:
            today = parse_date(date)
            if today is None:
                raise CommandError(f"日付が読めません: {date}")
            # The run records that notices went out on `today` (follow-ups, disclosure requests): a day
            # still to come would be written down as having happened.
            try:
                not_in_future(today, "--date")
            except ActionRefused as exc:
                raise CommandError(f"{exc} 通知は実際に送る日に実行してください。") from exc
        # First, so that the day's notices already name and address the 課 as reorganised from today.
        applied, left = apply_due_reorganisations(today)
        if applied:
            self.stdout.write(f"施行日を迎えた組織改正 {len(applied)} 件を反映しました: {'、'.join(map(str, applied))}。")
        if left:
            self.stdout.write(f"次の組織改正は反映できませんでした (新しい課名が別の課と重なるなど): {'、'.join(map(str, left))}。"
                              "担当課の画面で確かめてください。")
        # Before any mail: a member out of office since yesterday is neither mailed nor signed in any more.
        stopped = stop_former_member_logins(today)
        if stopped:
            self.stdout.write(f"退任・任期満了の委員 {len(stopped)} 人のログインを停止しました: "
                              f"{'、'.join(p.name for p in stopped)}。")
        host = next((h for h in settings.ALLOWED_HOSTS if h not in ("*", "")), "shingikai.local").lstrip(".")
        convened = send_due_convocations(today, host=host)
        meetings, overdue = send_notices(today)
        reminded = send_answer_reminders(today)
        disclosure, unsent = send_deadline_notices(today)
        questions = send_question_notices(today, get_connection())
        checks = send_check_requests(today, get_connection())
        self.stdout.write(f"招集通知 {convened} 件、出欠・書面開催の回答のお願い {reminded} 通、会議の通知 {meetings} 通、期限超過の通知 {overdue} 通、"
                          f"事前質問と回答・答申案の回付・回付された案件の通知 {questions} 通、会議録 (案) の確認のお願い {checks} 通、"
                          f"開示請求・審査請求の期限の通知 {disclosure} 通を送りました。")
        if unsent:
            # Said, not skipped in silence: the secretariat adds an address to the department or its staff.
            self.stdout.write(f"宛先のメールアドレスがないため、次の開示請求・審査請求の期限を通知できませんでした: {'、'.join(unsent)}。"
                              "担当課または事務局のメールアドレスを登録してください。")
        # The daily run is also where abandoned uploads expire, so no second cron entry is needed.
        expired = expire_pending_imports()
        if expired:
            self.stdout.write(f"放置された取込 {expired} 件を削除しました。")
        prune()
        # And where the 閲覧・出力の記録 and the sign-in records older than their periods go (docs/audit.md).
        records, sign_ins = prune_records()
        if records or sign_ins:
            self.stdout.write(f"保存期間を過ぎた閲覧・出力の記録 {records} 件、ログインの記録 {sign_ins} 件を削除しました。")
