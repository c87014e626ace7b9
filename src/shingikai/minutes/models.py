"""Minutes (会議録): drafted, confirmed, signed, published; and where imported ones came from."""
from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from shingikai.councils.models import Council, MemberResponse, Person
from shingikai.meetings.models import Meeting


class Minutes(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "案"
        CONFIRMED = "confirmed", "確定"
        PUBLISHED = "published", "公開"

    class ConfirmedBy(models.TextChoices):
        MEETING = "meeting", "会議で確定"
        CIRCULATION = "circulation", "持ち回りで確定"

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="minutes", verbose_name="会議")
    # Blank for an imported record whose heading names no kind.
    style = models.CharField("様式", max_length=10, choices=Council.MinutesStyle.choices, blank=True)
    state = models.CharField("状態", max_length=10, choices=State.choices, default=State.DRAFT)
    summary = models.TextField("概要・結論", blank=True, help_text="要点記録の各議題のまとめなど")
    confirmed_by = models.CharField("確定の方法", max_length=12, choices=ConfirmedBy.choices, blank=True)
    confirmed_at_meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="confirmed_minutes",
        verbose_name="確定した会議",
    )
    confirmed_on = models.DateField("確定日", null=True, blank=True)
    published_on = models.DateField("公開日", null=True, blank=True)
    check_requested_on = models.DateField(
        "委員に確認を依頼した日", null=True, blank=True,
        help_text="事務局が出席した委員に案の確認を依頼した日 (直した案の確認を改めて依頼した日)")
    version = models.PositiveIntegerField("版", default=1, editable=False)

    history = HistoricalRecords(verbose_name="会議録の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "会議録"

    def __str__(self):
        return f"{self.meeting} 会議録 ({self.get_state_display()})"

    @property
    def withheld(self):
        """A closed meeting's minutes (an 審査会's 調査審議 is closed by law) never reach the public: their last
        step files them, signed, as complete; the public is told so rather than promised them."""
        return not self.meeting.is_public and not self.meeting.imported

    @property
    def state_label(self):
        if self.state == self.State.PUBLISHED and self.withheld:
            return "完結 (非公開の会議)"
        if self.meeting.imported:
            # Stored as a draft until published, but no 案 of the council's: minutes confirmed and published
            # elsewhere, read in and checked here before they go on the public pages.
            return "取込記録 (公開)" if self.state == self.State.PUBLISHED else "取込記録 (未公開)"
        return self.get_state_display()

    @property
    def style_label(self):
        """An imported record's 様式 is what its heading names; a heading that names none is said so."""
        return self.style or "記載なし"

    @property
    def is_locked(self):
        """Confirmed minutes change only through recorded amendments."""
        return self.state != self.State.DRAFT


class MinutesSigner(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", "会長"
        SIGNER = "signer", "議事録署名委員"

    minutes = models.ForeignKey(Minutes, on_delete=models.CASCADE, related_name="signers", verbose_name="会議録")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+", verbose_name="署名者")
    role = models.CharField("区分", max_length=10, choices=Role.choices)
    signed_on = models.DateField("署名日", null=True, blank=True)
    # A signer who cannot sign after the minutes were confirmed (fell ill, resigned, died): the line stays, with
    # why, and closes without a signature (replace_signer); the 会長 may name another member present to sign.
    unable_reason = models.CharField("署名できない理由", max_length=80, blank=True)
    stands_in_for = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                      verbose_name="代わりに署名する相手")

    class Meta:
        verbose_name = verbose_name_plural = "署名者"
        constraints = [models.UniqueConstraint(fields=["minutes", "person"], name="unique_minutes_signer")]

    def __str__(self):
        return f"{self.get_role_display()} {self.person}"


class MinutesCheck(MemberResponse):
    """A member's check of the draft minutes (確認済, or a 修正意見), against the version they read."""

    minutes = models.ForeignKey(Minutes, on_delete=models.CASCADE, related_name="checks", verbose_name="会議録")
    version = models.PositiveIntegerField("確認した版")
    # A 修正意見 may be met by a change outside the summary's text (a decision or a condition corrected), which
    # leaves the version as it was: the secretariat marks it 対応済み with what it did, for the member to read.
    # A new answer from the member clears the mark (check_minutes).
    dealt_with_note = models.CharField("事務局の対応", max_length=200, blank=True)
    dealt_with_at = models.DateTimeField("対応済みとした日時", null=True, blank=True)
    dealt_with_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name="対応済みとした者")

    class Meta:
        verbose_name = verbose_name_plural = "委員による会議録 (案) の確認"
        constraints = [models.UniqueConstraint(fields=["minutes", "person"], name="unique_minutes_check")]
        ordering = ["minutes", "person_id"]


class Amendment(models.Model):
    """A change to confirmed minutes, never a silent edit."""

    minutes = models.ForeignKey(Minutes, on_delete=models.CASCADE, related_name="amendments", verbose_name="会議録")
    target = models.CharField("対象", max_length=100, help_text="例: 発言 12、概要")
    before = models.TextField("訂正前")
    after = models.TextField("訂正後")
    reason = models.TextField("理由")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="訂正者"
    )
    made_at = models.DateTimeField("訂正日時", auto_now_add=True)
    approved_at_meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="承認した会議"
    )

    class Meta:
        verbose_name = verbose_name_plural = "会議録の訂正"
        ordering = ["minutes", "made_at"]

    def __str__(self):
        return f"{self.target}: {self.reason[:30]}"


class ImportRecord(models.Model):
    """Provenance of a meeting imported from a published minutes file."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="import_records", verbose_name="会議")
    source_name = models.CharField("ファイル名", max_length=300)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    importer_version = models.CharField("取込プログラムの版", max_length=20)
    imported_at = models.DateTimeField("取込日時", auto_now_add=True)
    parsed = models.JSONField("抽出結果")
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="取込者"
    )

    class Meta:
        verbose_name = verbose_name_plural = "取込記録"
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.source_name} ({self.sha256[:12]})"


def printed_attendance(meeting):
    """{"secretariat", "staff"}: the 事務局 and 説明員 an imported meeting's minutes print, as text, from its latest
    reading (corrected on the review); None where the reading found none. Only the re-printed 会議録 and the export
    read them: they name no staff of this city's."""
    record = meeting.import_records.order_by("-imported_at", "-pk").first() if meeting.imported else None
    parsed = record.parsed if record is not None and isinstance(record.parsed, dict) else {}
    return {key: parsed.get(key) if isinstance(parsed.get(key), str) else None for key in ("secretariat", "staff")}


class PendingImport(models.Model):
    """An uploaded minutes file awaiting the secretariat's review (取込の確認待ち).

    The file is read and parsed once, at upload; the review pages show and correct `parsed`, so a
    review survives logging out and is never re-parsed per view. Only the decoded text is kept, not
    the file, and rows expire after SHINGIKAI_PENDING_IMPORT_DAYS (backups leave them out).
    """

    source_name = models.CharField("ファイル名", max_length=300)
    sha256 = models.CharField("SHA-256", max_length=64)
    council = models.ForeignKey(
        Council, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name="取込先の審議会",
        help_text="空欄は会議録の記載から判定",
    )
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="pending_imports",
        verbose_name="訂正する取込記録", help_text="取込済みの会議を訂正するときだけ",
    )
    text = models.TextField("読み取った本文", blank=True, help_text="取込済みの会議を訂正するときは空 (元の本文は保存しない)")
    parsed = models.JSONField("抽出結果 (確認中の訂正を含む)")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name="取込者",
    )
    created_at = models.DateTimeField("受付日時", auto_now_add=True)
    updated_at = models.DateTimeField("最終更新", auto_now=True)
    # Raised by each saved page, so that two people reviewing one import cannot overwrite each other.
    version = models.PositiveIntegerField("版", default=1, editable=False)

    class Meta:
        verbose_name = verbose_name_plural = "確認待ちの取込"
        ordering = ["-updated_at"]

    def __str__(self):
        return f"{self.source_name} ({self.sha256[:12]})"
