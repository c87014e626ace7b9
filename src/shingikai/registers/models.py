"""The registers a city keeps since 2023 under the national 個人情報保護法 and the 番号法.

- PersonalInfoFile: 個人情報ファイル簿 (法第74条・第75条), one row per file, kept by its department.
- Assessment: 特定個人情報保護評価書 (番号法第28条), one row per version of one system's 評価書.
- AssessmentDocument: the files of an 評価書 (the document itself, its 修正版, the 意見募集's materials).
- Inspection: the council's 第三者点検 of a 全項目評価書 and its 点検結果.
- Incident: 漏えい等事案 and its 報告 to the 個人情報保護委員会 (法第68条).
- Audit / AuditFinding: 特定個人情報の取扱いに関する監査 and what each finding asks for.
- SensitiveReport: the 「要配慮個人情報の取扱状況」 report generated from the file register.

Records that come to the council carry `agenda_item`, the link to the meeting that hears them: the
register owns the link, so meetings/ needs no knowledge of registers.
"""
import datetime as dt
from copy import copy as shallow_copy

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from shingikai.cases.models import Case
from shingikai.councils.models import Department, Municipality
from shingikai.disclosure.deadlines import national_closed_days, next_open_day
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.models import AgendaItem, FollowUp

#: 法第75条第2項第2号 (政令): files of fewer people than this are not published.
PUBLICATION_THRESHOLD = 1000
#: 規則第43条第4号 (行政機関等): more people than this make an incident reportable whatever leaked.
REPORTABLE_PEOPLE = 100


def _agenda_link():
    return models.OneToOneField(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="会議次第の項目",
    )


class PersonalInfoFile(models.Model):
    """個人情報ファイル簿の一件。"""

    class Kind(models.TextChoices):
        COMPUTER = "computer", "電算処理ファイル (法第60条第2項第1号)"
        MANUAL = "manual", "マニュアル処理ファイル (法第60条第2項第2号)"

    class State(models.TextChoices):
        DRAFT = "draft", "作成中"
        SUBMITTED = "submitted", "事務局確認中"
        REGISTERED = "registered", "登載済"
        RETIRED = "retired", "廃止"

    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="personal_info_files",
                                   verbose_name="担当課 (事務をつかさどる組織)")
    name = models.CharField("個人情報ファイルの名称", max_length=200)
    # The 行政機関等 holding the file when it is not the city's head: a 教育委員会, 選挙管理委員会 or 公営企業 keeps
    # its own files, worked by a 課 of the city's, and the national form names it in its own column.
    holding_body = models.CharField("行政機関等の名称 (保有機関)", max_length=100, blank=True,
                                    help_text="市長以外の機関のファイルのときに記入 (例: 北山市教育委員会)。空欄は市長")
    kind = models.CharField("ファイルの種別", max_length=10, choices=Kind.choices, default=Kind.COMPUTER)
    purpose = models.TextField("利用目的")
    record_items = models.TextField("記録項目", help_text="氏名、住所、生年月日 など")
    record_scope = models.TextField("記録範囲 (本人の範囲)", help_text="誰の情報か (例: 市内に住所を有する児童の保護者)")
    subject_count = models.PositiveIntegerField("本人の数 (概数)")
    collection_method = models.TextField("記録情報の収集方法")
    contains_sensitive = models.BooleanField("要配慮個人情報を含む", default=False)
    contains_ordinance_sensitive = models.BooleanField("条例要配慮個人情報を含む", default=False)
    sensitive_note = models.CharField("要配慮個人情報の内容", max_length=300, blank=True, help_text="病歴、障害の有無 など")
    regular_recipients = models.TextField("記録情報の経常的提供先", blank=True)
    storage = models.CharField("保管場所", max_length=300, blank=True)
    retention = models.CharField("保存期間", max_length=200)
    request_office = models.CharField("開示請求等を受理する組織の名称及び所在地", max_length=300)
    special_procedures = models.TextField("訂正及び利用停止に関する他の法令の規定による特別の手続等", blank=True)
    invites_anonymised_proposals = models.BooleanField("行政機関等匿名加工情報の提案を募集する", default=False)
    remarks = models.TextField("備考", blank=True)
    cases = models.ManyToManyField(Case, blank=True, related_name="personal_info_files", verbose_name="関係する案件")
    state = models.CharField("状態", max_length=12, choices=State.choices, default=State.DRAFT)
    review_comment = models.TextField("事務局からの指摘", blank=True)
    # A registered file is public: the department's change waits here, as {field: value}, until the
    # secretariat registers it (actions.register_change), while the register keeps what was registered.
    proposed = models.JSONField("変更案 (事務局確認中)", default=dict, blank=True)
    registered_on = models.DateField("登載日", null=True, blank=True)
    # Each registered change's date (ISO), oldest first: the national form keeps them in the 備考.
    change_dates = models.JSONField("変更日", default=list, blank=True)
    # A 廃止 the department proposes waits, like a change, until the secretariat registers it: meanwhile the file
    # stays registered and published, with these set; once registered they are the file's 廃止日 and reason.
    retired_on = models.DateField("廃止日", null=True, blank=True)
    retire_reason = models.TextField("廃止の理由", blank=True)
    created_at = models.DateTimeField("作成日時", auto_now_add=True)
    updated_at = models.DateTimeField("更新日時", auto_now=True)
    version = models.PositiveIntegerField("版", default=1, editable=False)

    history = HistoricalRecords(verbose_name="個人情報ファイル簿の履歴", m2m_fields=[cases])

    class Meta:
        verbose_name = verbose_name_plural = "個人情報ファイル簿"
        ordering = ["department__name", "name"]

    def __str__(self):
        return self.name

    @property
    def exempt_from_publication(self):
        """法第75条第2項: a file of fewer than 1,000 people is kept but not published."""
        return self.subject_count < PUBLICATION_THRESHOLD

    @property
    def is_published(self):
        return self.state == self.State.REGISTERED and not self.exempt_from_publication

    @property
    def has_proposal(self):
        return bool(self.proposed)

    @property
    def retirement_pending(self):
        return self.state == self.State.REGISTERED and self.retired_on is not None

    @property
    def changed_on(self):
        """The dates of the registered changes, as dates."""
        return [dt.date.fromisoformat(day) for day in self.change_dates]

    def as_proposed(self):
        """An unsaved copy of this file with its pending 変更案 applied, to check and to edit it whole."""
        copy = shallow_copy(self)
        for name, value in self.proposed.items():
            setattr(copy, name, value)
        return copy

    @property
    def holding_body_name(self):
        return self.holding_body or self.department.municipality.head

    @property
    def sensitive_label(self):
        kinds = [label for flag, label in ((self.contains_sensitive, "要配慮個人情報"),
                                           (self.contains_ordinance_sensitive, "条例要配慮個人情報")) if flag]
        return "、".join(kinds) + "を含む" if kinds else "含まない"


class Assessment(models.Model):
    """特定個人情報保護評価書, one version. A re-evaluation makes a new version of the same system."""

    class Level(models.TextChoices):
        NONE = "none", "評価不要 (1,000人未満)"
        BASIC = "基礎項目評価", "基礎項目評価"
        FOCUSED = "重点項目評価", "重点項目評価"
        FULL = "全項目評価", "全項目評価"

    class State(models.TextChoices):
        DRAFT = "draft", "作成中"
        COMMENT = "comment", "意見募集"
        INSPECTION = "inspection", "第三者点検"
        SUBMITTED = "submitted", "委員会へ提出済"

    class Reason(models.TextChoices):
        NEW = "new", "新規"
        CHANGE = "change", "重要な変更"
        PERIODIC = "periodic", "一定期間 (5年) 経過"

    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="assessments", verbose_name="担当課")
    system_name = models.CharField("評価実施事務 (システム)", max_length=200)
    version = models.PositiveSmallIntegerField("版", default=1)
    reason = models.CharField("実施の理由", max_length=10, choices=Reason.choices, default=Reason.NEW)
    subject_count = models.PositiveIntegerField("対象人数")
    handler_count = models.PositiveIntegerField("取扱者数")
    incident_in_past_year = models.BooleanField("過去1年以内の重大事故", default=False)
    level = models.CharField("しきい値判断の結果", max_length=10, choices=Level.choices)
    summary = models.TextField("評価書の概要", blank=True)
    state = models.CharField("状態", max_length=12, choices=State.choices, default=State.DRAFT)
    comment_start = models.DateField("意見募集の開始日", null=True, blank=True)
    comment_end = models.DateField("意見募集の終了日", null=True, blank=True)
    comment_count = models.PositiveIntegerField("寄せられた意見の数", null=True, blank=True,
                                                help_text="空欄: まだ記録していない。0: 意見はなかった。")
    comment_result = models.TextField("寄せられた意見の概要", blank=True)
    comment_response = models.TextField("意見に対する実施機関の対応", blank=True)
    submitted_on = models.DateField("個人情報保護委員会への提出日", null=True, blank=True)
    # Submitted with no 修正版 although the 第三者点検 made requests: why the 評価書 needed no revision.
    unrevised_reason = models.TextField("要請事項について評価書の修正を要しない理由", blank=True)
    change_planned_on = models.DateField("重要な変更の予定日", null=True, blank=True)
    change_description = models.TextField("重要な変更の内容", blank=True)
    next_review_due = models.DateField("次回の見直し期限", null=True, blank=True)
    superseded = models.BooleanField("新しい版に置き換え済", default=False)
    created_at = models.DateTimeField("作成日時", auto_now_add=True)

    history = HistoricalRecords(verbose_name="特定個人情報保護評価書の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "特定個人情報保護評価書"
        ordering = ["system_name", "-version"]
        constraints = [models.UniqueConstraint(fields=["department", "system_name", "version"],
                                               name="unique_assessment_version")]

    def __str__(self):
        return f"{self.system_name} (第{self.version}版)"

    @property
    def needs_inspection(self):
        return self.level == self.Level.FULL


class AssessmentDocument(models.Model):
    """A file of an 評価書: the 評価書 as the department wrote it (PDF, Excel), a 修正版 after the 第三者点検, the
    意見募集's materials. A new version of a file (``replaces``) takes its place on the page and in the members'
    materials; the version it replaces is kept, since members may already have read it."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="documents",
                                   verbose_name="評価書")
    title = models.CharField("資料名", max_length=200)
    file = models.FileField("ファイル", upload_to="assessments/%Y/")
    uploaded_at = models.DateTimeField("登録日時", auto_now_add=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name="登録者")
    replaces = models.OneToOneField("self", null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="replaced_by", verbose_name="前の版")
    version = models.PositiveSmallIntegerField("版", default=1)
    # Added once the council had concluded its 点検 (a 修正版): not what it inspected, so it stays correctable
    # until the 評価書 is submitted, where the files the council read are settled by the 点検結果.
    after_inspection = models.BooleanField("点検結果の後に追加", default=False)

    # Who added or removed which file, since a removed one leaves no row.
    history = HistoricalRecords(verbose_name="評価書の資料の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "評価書の資料"
        ordering = ["assessment", "uploaded_at", "pk"]

    def __str__(self):
        return self.title if self.version == 1 else f"{self.title} (第{self.version}版)"


class Inspection(models.Model):
    """第三者点検: the council's review of a 全項目評価書, heard as an agenda item, answered with a 点検結果."""

    assessment = models.OneToOneField(Assessment, on_delete=models.PROTECT, related_name="inspection",
                                      verbose_name="評価書")
    agenda_item = _agenda_link()
    findings = models.TextField("点検の結果 (所見)", blank=True)
    requests = models.TextField("実施機関への要請事項", blank=True)
    concluded_on = models.DateField("点検結果の日付", null=True, blank=True)

    history = HistoricalRecords(verbose_name="第三者点検の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "第三者点検"

    def __str__(self):
        return f"第三者点検: {self.assessment}"

    @property
    def finding_lines(self):
        return [line for line in self.findings.splitlines() if line.strip()]

    @property
    def request_lines(self):
        return [line for line in self.requests.splitlines() if line.strip()]


class Incident(models.Model):
    """漏えい等事案 (漏えい・滅失・毀損) and its reports."""

    class Kind(models.TextChoices):
        LEAK = "leak", "漏えい"
        LOSS = "loss", "滅失"
        DAMAGE = "damage", "毀損"

    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="incidents", verbose_name="担当課")
    title = models.CharField("事案の概要", max_length=200)
    kind = models.CharField("種類", max_length=10, choices=Kind.choices, default=Kind.LEAK)
    discovered_on = models.DateField("発覚日 (知った日)")
    occurred_on = models.DateField("発生日", null=True, blank=True)
    what_leaked = models.TextField("漏えい等した個人情報の項目")
    whose = models.TextField("本人の範囲")
    people_count = models.PositiveIntegerField("本人の数")
    cause = models.TextField("原因", blank=True)
    sensitive = models.BooleanField("要配慮個人情報を含む", default=False)
    ordinance_sensitive = models.BooleanField("条例要配慮個人情報を含む", default=False)
    financial_harm = models.BooleanField("財産的被害が生じるおそれ", default=False)
    wrongful_purpose = models.BooleanField("不正の目的によるおそれ (不正アクセス等)", default=False)
    preliminary_filed_on = models.DateField("速報の提出日", null=True, blank=True)
    final_filed_on = models.DateField("確報の提出日", null=True, blank=True)
    # 規則第44条 sets when each report is due: one filed after that is explained to the 委員会 and the council.
    preliminary_late_reason = models.TextField("速報が期限後になった理由", blank=True)
    final_late_reason = models.TextField("確報が期限後になった理由", blank=True)
    notified_people_on = models.DateField("本人への通知日", null=True, blank=True)
    notice_method = models.CharField("本人への通知の方法", max_length=300, blank=True)
    # 法第68条第2項ただし書: no notice where it is difficult and a measure in its place protects the people (公表 …).
    notice_waived_reason = models.TextField("本人への通知を要しない理由 (代替措置)", blank=True)
    recurrence_measures = models.TextField("再発防止策", blank=True)
    agenda_item = _agenda_link()
    created_at = models.DateTimeField("登録日時", auto_now_add=True)
    version = models.PositiveIntegerField("版", default=1, editable=False)

    history = HistoricalRecords(verbose_name="漏えい等事案の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "漏えい等事案"
        ordering = ["-discovered_on", "-id"]

    def __str__(self):
        return self.title

    @property
    def report_reasons(self):
        """規則第43条 for a public body: which conditions make this incident reportable (empty: not reportable)."""
        reasons = []
        if self.sensitive:
            reasons.append("要配慮個人情報")
        if self.ordinance_sensitive:
            reasons.append("条例要配慮個人情報")
        if self.financial_harm:
            reasons.append("財産的被害のおそれ")
        if self.wrongful_purpose:
            reasons.append("不正の目的によるおそれ")
        if self.people_count > REPORTABLE_PEOPLE:
            reasons.append(f"本人の数が{REPORTABLE_PEOPLE}人を超える")
        return reasons

    @property
    def reportable(self):
        return bool(self.report_reasons)

    @property
    def preliminary_due(self):
        """速報: 「速やかに」, in practice within a few days of learning of it (SHINGIKAI_PRELIMINARY_REPORT_DAYS).

        Not moved off a closed day, unlike the 確報: 「速やかに」 (規則第44条第1項) is no period, so 行政機関の休日に
        関する法律第2条 does not apply; the days are the 委員会's guidance of 概ね3〜5日 counted in calendar days,
        and the report goes through its online form, open every day."""
        if not self.reportable:
            return None
        return self.discovered_on + dt.timedelta(days=settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS)

    @property
    def preliminary_late_days(self):
        """Days the 速報 went in after its due date (0: in time, or not filed)."""
        return _late_days(self.preliminary_filed_on, self.preliminary_due)

    @property
    def final_late_days(self):
        return _late_days(self.final_filed_on, self.final_due)

    @property
    def notice_pending(self):
        """法第68条第2項: a reportable incident's people are notified, or the reason they are not is recorded."""
        return self.reportable and self.notified_people_on is None and not self.notice_waived_reason

    @property
    def final_days(self):
        return 60 if self.wrongful_purpose else 30

    @property
    def final_due(self):
        """確報: within 30 days of learning of it (the day learned not counted); 60 days where a wrongful purpose
        is suspected (規則第44条第2項). A period set by a 命令 for a report to a national 行政庁, so a last day on
        the national government's closed days moves to the next open day (行政機関の休日に関する法律第2条),
        with the disclosure register's closed-day rule."""
        if not self.reportable:
            return None
        return next_open_day(self.discovered_on + dt.timedelta(days=self.final_days), national_closed_days())

    @property
    def final_due_moved(self):
        """The 確報's last day fell on a closed day, so it is due later than the bare 30 (60) days."""
        return self.reportable and self.final_due != self.discovered_on + dt.timedelta(days=self.final_days)


def _late_days(filed_on, due):
    if filed_on is None or due is None:
        return 0
    return max((filed_on - due).days, 0)


class Audit(models.Model):
    """特定個人情報の取扱いに関する監査."""

    class State(models.TextChoices):
        DRAFT = "draft", "実施中"
        COMPLETED = "completed", "監査結果確定"

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="audits", verbose_name="自治体")
    title = models.CharField("監査の名称", max_length=200)
    fiscal_year = models.PositiveSmallIntegerField("年度")
    auditor = models.CharField("監査実施者", max_length=200)
    scope = models.TextField("監査の対象と範囲")
    departments = models.ManyToManyField(Department, related_name="audits", verbose_name="監査対象課")
    conducted_from = models.DateField("実施期間 (開始)")
    conducted_to = models.DateField("実施期間 (終了)")
    summary = models.TextField("監査結果の総評", blank=True)
    state = models.CharField("状態", max_length=12, choices=State.choices, default=State.DRAFT)
    agenda_item = _agenda_link()

    history = HistoricalRecords(verbose_name="監査の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "特定個人情報の監査"
        ordering = ["-fiscal_year", "-id"]

    def __str__(self):
        return self.title


class AuditFinding(models.Model):
    """One finding of an audit. Once the council has heard the audit, it becomes a follow-up it tracks."""

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="findings", verbose_name="監査")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+", verbose_name="対応する課")
    text = models.TextField("指摘事項")
    request = models.TextField("求める改善")
    due_date = models.DateField("改善の期限", null=True, blank=True)
    follow_up = models.OneToOneField(FollowUp, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                     verbose_name="フォローアップ")
    improvement = models.TextField("改善の報告", blank=True)
    improvement_reported_at = models.DateTimeField("改善の報告日時", null=True, blank=True)

    history = HistoricalRecords(verbose_name="監査の指摘事項の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "監査の指摘事項"
        ordering = ["audit", "id"]

    def __str__(self):
        return self.text[:40]

    @property
    def answered(self):
        """The department has reported its improvement: on the finding, or on its follow-up once tracked."""
        if self.follow_up is not None:
            return self.follow_up.status != FollowUp.Status.OPEN
        return bool(self.improvement)


class SensitiveReport(models.Model):
    """「要配慮個人情報の取扱状況」: the register's sensitive files as of a date, reported at a meeting."""

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="+", verbose_name="自治体")
    as_of = models.DateField("基準日")
    agenda_item = _agenda_link()

    class Meta:
        verbose_name = verbose_name_plural = "要配慮個人情報の取扱状況の報告"

    def __str__(self):
        return f"要配慮個人情報の取扱状況 ({to_wareki(self.as_of)})"
