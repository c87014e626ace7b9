"""The flat search entry: one searchable thing (a speaker turn, a case, an answer, minutes).

Entries are derived data. They are generated from the domain (by the lead's indexing code)
and can be thrown away and regenerated at any time; nothing else refers to them. They carry
copies of everything needed to filter, facet and display a hit so that a search never joins
the domain tables, and so that the engine does not depend on them.
"""
from django.db import models


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        TURN = "turn", "発言"
        CASE = "case", "案件"
        ANSWER = "answer", "答申"
        MINUTES = "minutes", "会議録"
        REGISTER_FILE = "register_file", "個人情報ファイル簿"
        APPEAL_ANSWER = "appeal_answer", "答申 (審査請求)"
        IMPORTED_ANSWER = "imported_answer", "他の審査会の答申"

    class CaseKind(models.TextChoices):
        CONSULTATION = "諮問", "諮問"
        REPORT = "報告", "報告"
        OTHER = "その他", "その他"

    class SpeakerRole(models.TextChoices):
        CHAIR = "chair", "会長"
        MEMBER = "member", "委員"
        SECRETARIAT = "secretariat", "事務局"
        DEPARTMENT = "department", "担当課"
        OTHER = "other", "その他"

    class Visibility(models.TextChoices):
        PUBLIC = "public", "公開"
        INTERNAL = "internal", "審議会内部"

    kind = models.CharField("種別", max_length=16, choices=Kind.choices)
    object_id = models.BigIntegerField("対象ID")

    # Copied, not foreign keys: the engine must work without the domain tables.
    council_id = models.BigIntegerField("審議会ID", db_index=True)
    council_slug = models.SlugField("審議会スラッグ", max_length=100, allow_unicode=True)
    council_name = models.CharField("審議会名", max_length=200)
    municipality = models.CharField("自治体", max_length=100, db_index=True)

    fiscal_year = models.IntegerField("年度", null=True, blank=True)
    date = models.DateField("日付", null=True, blank=True)

    case_kind = models.CharField("案件種別", max_length=16, choices=CaseKind.choices, blank=True)
    # A JSON list of labels; filtered and faceted with each database's JSON functions.
    categories = models.JSONField("分類", default=list, blank=True)
    department = models.CharField("担当課", max_length=200, blank=True)
    outcome = models.CharField("結果", max_length=32, blank=True)
    speaker_role = models.CharField(
        "発言者の役割", max_length=16, choices=SpeakerRole.choices, blank=True
    )
    # Fails closed: an entry whose producer forgot to decide is not shown to the public.
    visibility = models.CharField(
        "公開区分", max_length=16, choices=Visibility.choices, default=Visibility.INTERNAL
    )

    title = models.CharField("表題", max_length=500)
    # Shown with the hit, never matched: a turn's meeting and agenda item. Were the item's title part of
    # each turn's title, a word of that title would find every turn of the discussion, and the case
    # itself (whose entry carries the title) would drown among them.
    context = models.CharField("見出し (検索対象外)", max_length=500, blank=True, default="", db_default="")
    url = models.CharField("URL", max_length=500)
    updated_at = models.DateTimeField("更新日時", auto_now=True)

    # The long texts come last: SQLite stores a row's columns in this order, and a column
    # behind a long body can only be read by walking the body's overflow pages, which made
    # filtering and faceting thousands of hits several times slower.
    body = models.TextField("本文", blank=True)
    # Filled by the PostgreSQL backend only (a rendering of title and body checked by strpos
    # after the GIN index over the search_pairs column, see search.backends);
    # SQLite keeps its index in a separate FTS5 table and leaves this empty.
    search_text = models.TextField(blank=True, default="", editable=False)

    class Meta:
        verbose_name = "検索エントリ"
        verbose_name_plural = "検索エントリ"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique_object"),
        ]
        indexes = [
            models.Index(fields=["visibility", "council_id"], name="search_entry_scope"),
            models.Index(fields=["date"], name="search_entry_date"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"


class PendingIndex(models.Model):
    """The outbox of the index: a record changed and its entries are not yet regenerated.

    Written in the same transaction as the change, so a crash between the commit and the indexing
    loses nothing: the next drain (after any later commit, or when a server worker starts) finds it.
    """

    kind = models.CharField("種別", max_length=16)
    object_id = models.BigIntegerField("対象ID")
    created_at = models.DateTimeField("登録日時", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "検索索引の更新待ち"


class IndexGeneration(models.Model):
    """One row whose token changes in the same transaction as every write to the search index.

    What is derived from the index and kept between requests (the precedents shown for a case) is
    keyed on this token: read once per page, it tells any server at once that the index changed. A
    new random token rather than a counter, so that a restored backup or a rolled-back transaction
    can never bring back a value that an earlier state of the index was kept under.
    """

    token = models.CharField("世代", max_length=32)

    class Meta:
        verbose_name = verbose_name_plural = "検索索引の世代"
