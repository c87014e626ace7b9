"""The secretariat's judgement on precedents: the topic vocabulary (題目) and pinned or dismissed precedents.

The ranking itself lives in shingikai.search.precedents and is derived data; these records are what
people decided, so they keep their history.
"""
from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from shingikai.cases.models import Case


class Topic(models.Model):
    """A subject label (題目) such as コンビニ交付, with the words that suggest it.

    The vocabulary starts from a seed list (migration 0002) and grows: confirming a topic for a
    case adds the case's subject terms to its keywords, and a new label becomes a new topic.
    """

    label = models.CharField("題目", max_length=100, unique=True)
    slug = models.SlugField("URL 用の名前", max_length=120, unique=True, allow_unicode=True)
    keywords = models.JSONField("手がかり語", default=list, blank=True)
    created_at = models.DateTimeField("登録日時", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = verbose_name_plural = "題目"
        ordering = ["label"]

    def __str__(self):
        return self.label


class PrecedentMark(models.Model):
    """The secretariat pinned a precedent to a case (shown first) or dismissed it (never shown)."""

    class Kind(models.TextChoices):
        PIN = "pin", "先例として固定"
        DISMISS = "dismiss", "先例から除外"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="precedent_marks", verbose_name="案件")
    precedent = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+", verbose_name="先例")
    kind = models.CharField("種類", max_length=10, choices=Kind.choices)
    note = models.CharField("理由", max_length=300, blank=True)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", verbose_name="記録者")
    marked_at = models.DateTimeField("記録日時", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = verbose_name_plural = "先例の固定・除外"
        constraints = [models.UniqueConstraint(fields=["case", "precedent"], name="unique_precedent_mark")]

    def __str__(self):
        return f"{self.case_id} → {self.precedent_id}: {self.get_kind_display()}"
