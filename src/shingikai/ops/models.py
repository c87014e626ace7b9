from django.db import models


class DataVersion(models.Model):
    """One row whose token changes after every committed write; cached pages are keyed by it.

    A random token rather than a counter: after a flush or a restore the row starts over, and a counter
    could come back to a value that cached pages of other data were stored under.
    """

    token = models.BigIntegerField("版")

    class Meta:
        verbose_name = verbose_name_plural = "データの版"
