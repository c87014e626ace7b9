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
