from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.db import models
from django.utils import timezone

from shingikai.jp.templatetags import wareki_hm


class UsedSubmission(models.Model):
    """A create form's one-time token that has already created something, and where that went.

    Kept in the database, not in a process, so a replay that reaches the other app server is recognised too
    (see shingikai.submissions)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField("送信トークン", max_length=64)
    url = models.CharField("作成したものの URL", max_length=2000)
    created_at = models.DateTimeField("受付日時", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = verbose_name_plural = "処理済みの送信"
        constraints = [models.UniqueConstraint(fields=["user", "token"], name="one_use_per_submission_token")]


class AccessRecord(models.Model):
    """One read of what is closed (非公開) or personal, or one export of a register, by a signed-in person: the
    閲覧・出力の記録 an auditor asks for after a leak (docs/audit.md). Written by shingikai.access_record.record from
    the views that serve such content; read by the council's secretariat and the operator, never on a public page.

    The person's name and login are kept as text, so that the row reads the same after their login is stopped."""

    class Action(models.TextChoices):
        READ = "read", "閲覧"
        DOWNLOAD = "download", "ダウンロード"
        EXPORT = "export", "出力"

    class Channel(models.TextChoices):
        WEB = "web", "画面"
        API = "api", "API (ブラウザ)"
        TOKEN = "token", "API (トークン)"
        COMMAND = "command", "コマンド"

    at = models.DateTimeField("日時", default=timezone.now, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                             verbose_name="利用者")
    # The way the content left: a page, the JSON API in a signed-in browser or with a bearer token (a script runs
    # as the token's user), or a command on the server (`shingikai document`), whose person is the server's login.
    channel = models.CharField("経路", max_length=10, choices=Channel.choices, default=Channel.WEB)
    user_name = models.CharField("氏名", max_length=150)
    username = models.CharField("ユーザー名", max_length=150)
    action = models.CharField("種別", max_length=10, choices=Action.choices)
    what = models.CharField("対象の種類", max_length=40)
    label = models.CharField("対象", max_length=300)
    object_id = models.PositiveBigIntegerField("対象の番号", null=True, blank=True)
    path = models.CharField("URL", max_length=500)
    address = models.GenericIPAddressField("接続元", null=True, blank=True)
    # Whose record it is: the secretariat of the council reads the rows of its council, and the rows of its city's
    # registers (which belong to the city, not to one council).
    council = models.ForeignKey("councils.Council", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+", verbose_name="審議会")
    municipality = models.ForeignKey("councils.Municipality", null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", verbose_name="自治体")

    class Meta:
        verbose_name = verbose_name_plural = "閲覧・出力の記録"
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{wareki_hm(self.at)} {self.user_name} {self.get_action_display()} {self.label}"


# django-axes' sign-in rows under Japanese names for the operator's admin (ops/admin.py); the tables are axes' own.
class SignIn(AccessLog):
    class Meta:
        proxy = True
        verbose_name = verbose_name_plural = "ログインの記録"


class SignInFailure(AccessFailureLog):
    class Meta:
        proxy = True
        verbose_name = verbose_name_plural = "ログインの失敗"


class SignInLock(AccessAttempt):
    class Meta:
        proxy = True
        verbose_name = verbose_name_plural = "ログイン失敗の回数 (ロック)"
class RestoreRecord(models.Model):
    """That a backup was restored: everything entered since that backup was taken is gone, and this row is
    the only trace of when, from which file and by whom. Not itself part of a backup (it is about the
    installation, not the record); a restore carries the earlier ones over."""

    restored_at = models.DateTimeField("復元日時")
    backup_file = models.CharField("バックアップファイル", max_length=500)
    backup_created = models.CharField("バックアップの作成日時", max_length=40, blank=True)
    restored_by = models.CharField("復元した人", max_length=150, help_text="restore --by の値、なければ OS のユーザー名")
    replaced = models.BooleanField("既存のデータを置き換えた", default=False)
    orphan_files = models.PositiveIntegerField("どの記録も指さないファイル", default=0)
    orphans_pruned = models.BooleanField("それらを削除した", default=False)

    class Meta:
        verbose_name = verbose_name_plural = "復元の記録"
        ordering = ["-restored_at", "-id"]

    def __str__(self):
        return f"{wareki_hm(self.restored_at)} {self.backup_file}"


class ErasureRecord(models.Model):
    """That personal data was erased for good from a record and from its change history (history.erase):
    which kind of record, which one, which items, why, by whom and when, never the erased values. It stands in
    for the history rows the erasure emptied or removed, so an audit still sees that and by whom."""

    erased_at = models.DateTimeField("消去日時", default=timezone.now)
    kind = models.CharField("記録の種類", max_length=100)
    record_id = models.CharField("記録の ID", max_length=40)
    fields = models.CharField("消去した項目", max_length=300, help_text="記録ごと削除したときは「記録全体」")
    reason = models.CharField("消去の理由", max_length=200)
    erased_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", verbose_name="消去した人")
    # Which city's record (so the erasure goes with the city's export) and, for a restore of an older backup,
    # which row and columns to erase again: names, never values.
    municipality = models.ForeignKey("councils.Municipality", null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+", verbose_name="自治体")
    model_label = models.CharField("記録のモデル", max_length=100, blank=True, help_text="例: cases.attachment")
    field_names = models.CharField("消去した列", max_length=300, blank=True, help_text="空: 履歴の行ごと削除")
    record_deleted = models.BooleanField("記録そのものも削除した", default=False)

    class Meta:
        verbose_name = verbose_name_plural = "個人情報の消去の記録"
        ordering = ["-erased_at", "-id"]

    def __str__(self):
        return f"{wareki_hm(self.erased_at)} {self.kind} {self.record_id}: {self.fields}"
