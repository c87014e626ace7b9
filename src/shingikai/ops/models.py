from django.conf import settings
from django.db import models


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
        return f"{self.restored_at:%Y-%m-%d %H:%M} {self.backup_file}"
