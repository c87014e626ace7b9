from django.db import models


class DataVersion(models.Model):
    """A token per database table that changes after every committed write to it; cached pages remember
    the tokens of the tables they read (shingikai.ops.dataversion).

    Random tokens rather than counters: after a flush or a restore the rows start over, and a counter
    could come back to a value that cached pages of other data were stored under.
    """

    name = models.CharField("テーブル", max_length=100, unique=True)
    token = models.BigIntegerField("版")

    class Meta:
        verbose_name = verbose_name_plural = "データの版"

    def __str__(self):
        return self.name
