"""Consultations (諮問) and reports (報告): what a department brings to the council."""
import datetime
from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.db.models import Min
from django.utils import timezone
from django.utils.functional import cached_property
from simple_history.models import HistoricalRecords

from shingikai.councils.models import Council, Department, Person
from shingikai.jp.wareki import fiscal_year_label_on
from .retention import Kind as RetentionKind, Reading as RetentionReading


class Category(models.TextChoices):
    """DESIGN §1: what a case does with personal information."""

    THIRD_PARTY_COLLECTION = "third_party_collection", "本人以外からの収集"
    PURPOSE_BEYOND = "purpose_beyond", "目的外利用"
    EXTERNAL_PROVISION = "external_provision", "外部提供"
    ONLINE_LINKAGE = "online_linkage", "オンライン結合"
    OUTSOURCING = "outsourcing", "外部委託"
    INFORMATION_SYSTEM = "information_system", "情報システム"
    SENSITIVE_INFO = "sensitive_info", "要配慮個人情報"
    CCTV = "cctv", "防犯カメラ"
    OTHER = "other", "その他"

    @classmethod
    def from_label(cls, label):
        for value, text in cls.choices:
            if label in (value, text):
                return value
        return None


class TransferMethod(models.TextChoices):
    LGWAN = "lgwan", "LGWAN"
    LEASED_LINE = "leased_line", "専用線"
    INTERNET_TLS = "internet_tls", "インターネット (TLS)"
    INTERNET = "internet", "インターネット (暗号化の記載なし)"
    MEDIA = "media", "CD-R等の電子媒体"
    REGISTERED_MAIL = "registered_mail", "書留郵便"
    HAND = "hand", "手渡し"
    OTHER = "other", "その他"


class StorageLocation(models.TextChoices):
    ON_PREMISES = "on_premises", "庁内"
    DOMESTIC_DC = "domestic_dc", "国内データセンター"
    ABROAD = "abroad", "国外"
    CLOUD = "cloud", "クラウド"
    CONTRACTOR = "contractor", "委託先事業所"
    UNKNOWN = "unknown", "不明"


class Case(models.Model):
    class Kind(models.TextChoices):
        CONSULTATION = "諮問", "諮問"
        REPORT = "報告", "報告"
        OTHER = "その他", "その他"

    class Status(models.TextChoices):
        DRAFT = "draft", "作成中"
        SUBMITTED = "submitted", "提出済"
        RETURNED = "returned", "差戻し"
        ACCEPTED = "accepted", "受付済"
        SCHEDULED = "scheduled", "審議予定"
        CONTINUED = "continued", "継続審議"
        DECIDED = "decided", "決定済"
        ANSWERED = "answered", "答申済"
        WITHDRAWN = "withdrawn", "取下げ"

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="cases", verbose_name="審議会")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="cases", verbose_name="担当課")
    kind = models.CharField("種別", max_length=5, choices=Kind.choices, default=Kind.CONSULTATION)
    status = models.CharField("状態", max_length=12, choices=Status.choices, default=Status.DRAFT)
    number = models.CharField("諮問番号", max_length=30, blank=True, help_text="例: 諮問第3号")
    title = models.CharField("件名", max_length=500)
    topic = models.CharField("主題", max_length=100, blank=True, help_text="先例検索の見出し (例: コンビニ交付)")
    # The labels of list fields' values, for the change history (viewhelpers.history_value).
    list_field_choices = {"categories": Category.choices, "transfer_methods": TransferMethod.choices,
                          "storage_locations": StorageLocation.choices}
    categories = models.JSONField("類型", default=list, blank=True, help_text="Category の値のリスト")
    legal_bases = models.JSONField("根拠条項", default=list, blank=True)
    purpose = models.TextField("目的", blank=True)
    data_subjects = models.TextField("対象者", blank=True)
    subject_count = models.PositiveIntegerField("対象者数", null=True, blank=True)
    subject_count_note = models.CharField("件数の補足", max_length=200, blank=True)
    data_source = models.TextField("収集元", blank=True)
    data_destination = models.TextField("提供先・利用先", blank=True)
    transfer_methods = models.JSONField("受渡方法", default=list, blank=True, help_text="TransferMethod の値のリスト")
    transfer_note = models.TextField("受渡方法の詳細", blank=True, help_text="TLS のバージョン、媒体の返却・消去方法など")
    storage_locations = models.JSONField("保管場所", default=list, blank=True, help_text="StorageLocation の値のリスト")
    storage_note = models.TextField("保管場所の詳細", blank=True)
    retention_period = models.CharField("保存期間", max_length=200, blank=True)
    # The structure of retention_period, set by the case actions from the department's words (retention.read).
    retention_kind = models.CharField("保存期間の区分", max_length=20, choices=RetentionKind.choices, blank=True)
    retention_amount = models.PositiveIntegerField("保存期間の長さ", null=True, blank=True)
    retention_basis = models.CharField("保存期間の起算・事由", max_length=200, blank=True)
    retention_note = models.CharField("保存期間の備考", max_length=200, blank=True)
    destruction_method = models.CharField("廃棄方法", max_length=200, blank=True)
    security_measures = models.TextField("安全管理措置", blank=True)
    subcontracting = models.TextField("再委託", blank=True, help_text="再委託の有無と条件")
    offsite_work = models.BooleanField("庁舎外での作業", default=False)
    offsite_supervision = models.TextField("庁舎外作業の監督措置", blank=True)
    media_return = models.TextField("媒体の返却・消去", blank=True)
    notice_to_subjects = models.TextField("本人への周知", blank=True, help_text="誰に、何を、いつ知らせたか")
    sensitive_reason = models.TextField("要配慮個人情報を扱う理由", blank=True)
    sensitive_access = models.TextField("閲覧できる者と認証方法", blank=True)
    uses_my_number = models.BooleanField("特定個人情報 (マイナンバー) を扱う", default=False)
    handler_count = models.PositiveIntegerField("取扱者数", null=True, blank=True)
    incident_in_past_year = models.BooleanField("過去1年以内の重大事故", default=False)
    camera_signs = models.TextField("カメラ設置の表示", blank=True)
    camera_retention = models.CharField("録画の保存期間", max_length=200, blank=True)
    camera_viewers = models.TextField("録画を閲覧できる者", blank=True)
    start_date = models.DateField("開始予定日", null=True, blank=True)
    end_date = models.DateField("終了予定日", null=True, blank=True)
    budget_yen = models.PositiveBigIntegerField("予算額 (円)", null=True, blank=True)
    budget_note = models.CharField("予算の補足", max_length=200, blank=True)
    return_comment = models.TextField("差戻しの理由", blank=True)
    withdraw_reason = models.TextField("取下げの理由", blank=True)
    submitted_at = models.DateTimeField("提出日時", null=True, blank=True)
    accepted_at = models.DateTimeField("受付日時", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="作成者"
    )
    created_at = models.DateTimeField("作成日時", auto_now_add=True)
    updated_at = models.DateTimeField("更新日時", auto_now=True)
    version = models.PositiveIntegerField("版", default=1, editable=False)
    imported = models.BooleanField("取込記録", default=False, help_text="公開会議録から取り込んだ案件")
    # Set by transfer_case and kept: only such a case has numbers other councils gave it (欠番 there), which the
    # case page and the sending council's case list read from the history; no other case pays for that reading.
    passed_on = models.BooleanField("回付された案件", default=False, editable=False,
                                    help_text="審議会から審議会へ回付された (回付元で付けた番号は欠番)")
    published_at = models.DateTimeField(
        "公開日時", null=True, blank=True,
        help_text="事務局が会議に載せる前に公開した日時 (空欄: 公開の議題として会議に載るまで公開しない)")

    history = HistoricalRecords(verbose_name="案件の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "案件"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["council", "status"], name="case_council_status"),
            models.Index(fields=["-created_at"], name="case_created"),
        ]

    def __str__(self):
        return self.title

    @property
    def department_label(self):
        """The 担当課 as the case was filed (its name on the day it was received), and the name it goes by now where a
        組織改正 changed it since: 「市民課（現 市民窓口課）」."""
        names = self.department_names
        return names.filed if names.filed == names.now else f"{names.filed}（現 {names.now}）"

    @cached_property
    def department_names(self):
        """The 担当課's name and 部 as the case was filed (what the council's record of it says, whatever a later
        組織改正 renamed) and the name of the department that carries its work now. A list sets it for its whole
        page with name_departments, in a few queries whatever the page's length."""
        day = self.filed_on
        return _names(self.department.holder_on(self, day), day, self.department.current)

    @property
    def filed_on(self):
        """The day the case's record is of: received (受付), else submitted; an imported case, never received here,
        the day its meeting first heard it, as the case list dates it (None, today, would give the 課's name of
        today to a case of a past year)."""
        day = self.accepted_at or self.submitted_at
        if day is None and self.imported and self.pk:
            day = (self.agenda_items.filter(meeting__date__isnull=False).order_by("meeting__date")
                   .values_list("meeting__date", flat=True).first())
        return day

    @property
    def document_word(self):
        """What the case's document and number are called: a report's is a 報告書 and its 報告番号, as the PDF says."""
        return "報告" if self.kind == self.Kind.REPORT else "諮問"

    @property
    def number_label(self):
        """The 諮問番号 with the 年度 it was received in (「諮問第3号 (令和7年度)」), where a case is chosen from a
        list: a council whose series restarts each 年度 has a 諮問第3号 every year. The kind alone while unnumbered."""
        if not self.number:
            return self.kind
        day = self.filed_on
        if day is None:
            return self.number
        if isinstance(day, datetime.datetime):
            day = timezone.localdate(day)
        return f"{self.number} ({fiscal_year_label_on(day)})"

    # An imported item whose minutes record no outcome: stored 決定済 (the meeting is over), but nothing was decided
    # that the record says, and nothing more will come.
    NO_OUTCOME = "結論の記載なし"

    def public_status(self, has_outcome):
        """The status the public pages, the API and the CSV give: 結論の記載なし for an imported case without a
        published decision or 答申, not the 決定済 it is stored as."""
        return self.NO_OUTCOME if self.imported and not has_outcome else self.get_status_display()

    @property
    def category_labels(self):
        labels = dict(Category.choices)
        return [labels.get(c, c) for c in self.categories]

    @property
    def retention_reading(self):
        """What the system understood of the retention period, in plain Japanese ('' if nothing)."""
        return RetentionReading(self.retention_kind, self.retention_amount, self.retention_basis,
                                self.retention_note).describe()

    @property
    def on_a_closed_item(self):
        """On an agenda as a closed item, or of a closed meeting: the case is heard in closed session."""
        return self.agenda_items.filter(models.Q(is_public=False) | models.Q(meeting__is_public=False)).exists()

    def recused_ids(self):
        """The ids of the members with an interest in this case (利害関係, 除斥), who take no part in it: counted
        out of its quorum, never its chair, its 仮議長 or the signer of its 答申書. One reading for every rule."""
        return set(self.recusals.values_list("person_id", flat=True))

    @property
    def is_appeal(self):
        """A 審査請求 referred to the 審査会 (disclosure.Appeal.case): deliberated only in closed session, and its
        department, whose decision is disputed, is a party to it."""
        if self.pk is None:
            return False
        # Read from select_related("appeal") where the caller loaded it: pages that weigh many cases ask once.
        loaded = type(self).appeal.related
        if loaded.is_cached(self):
            return loaded.get_cached_value(self) is not None
        return type(self).objects.filter(pk=self.pk, appeal__isnull=False).exists()


class CaseDepartment(models.Model):
    class Role(models.TextChoices):
        CONSULTING = "諮問機関", "諮問機関"
        USING = "利用機関", "利用機関"
        IMPLEMENTING = "実施機関", "実施機関"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="involved", verbose_name="案件")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+", verbose_name="課")
    role = models.CharField("役割", max_length=5, choices=Role.choices)

    class Meta:
        verbose_name = verbose_name_plural = "関係課"
        constraints = [models.UniqueConstraint(fields=["case", "department", "role"], name="unique_case_department_role")]

    def __str__(self):
        return f"{self.department} ({self.role})"


class DataItem(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="data_items", verbose_name="案件")
    order = models.PositiveSmallIntegerField("順序", default=0)
    name = models.CharField("項目", max_length=100)
    sensitive = models.BooleanField("要配慮個人情報", default=False)
    required = models.BooleanField("必須", default=True)
    reason = models.CharField("必要な理由", max_length=300, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "個人情報の項目"
        ordering = ["case", "order", "id"]

    def __str__(self):
        return self.name


class Contractor(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contractors", verbose_name="案件")
    name = models.CharField("事業者名", max_length=150)
    role = models.CharField("役割", max_length=20, default="委託先", help_text="委託先、再委託先など")
    work = models.CharField("委託内容", max_length=300, blank=True)
    work_start = models.DateField("作業開始日", null=True, blank=True)
    work_end = models.DateField("作業終了日", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "委託事業者"
        ordering = ["case", "id"]

    def __str__(self):
        return self.name


class Certification(models.Model):
    class Kind(models.TextChoices):
        ISMS = "iso27001", "ISO/IEC 27001"
        PMARK = "pmark", "プライバシーマーク"
        OTHER = "other", "その他"

    contractor = models.ForeignKey(Contractor, on_delete=models.CASCADE, related_name="certifications", verbose_name="事業者")
    kind = models.CharField("認証", max_length=10, choices=Kind.choices)
    number = models.CharField("登録番号", max_length=60, blank=True)
    valid_until = models.DateField("有効期限", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "認証"

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}".strip()


class Attachment(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments", verbose_name="案件")
    title = models.CharField("資料名", max_length=200)
    file = models.FileField("ファイル", upload_to="attachments/%Y/")
    is_public = models.BooleanField("公開資料", default=False)
    uploaded_at = models.DateTimeField("登録日時", auto_now_add=True)

    # Which file was added or removed, and by whom: a removed file's name stays here after the file is gone.
    history = HistoricalRecords(verbose_name="添付資料の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "添付資料"

    def __str__(self):
        return self.title


class ChecklistAnswer(models.Model):
    """The department's answer to one point of the review checklist (see cases/checklist.py)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="checklist_answers", verbose_name="案件")
    code = models.CharField("確認項目", max_length=40)
    answer = models.TextField("担当課の回答")
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="回答者"
    )
    answered_at = models.DateTimeField("回答日時")

    history = HistoricalRecords(verbose_name="確認項目への回答の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "確認項目への回答"
        constraints = [models.UniqueConstraint(fields=["case", "code"], name="unique_checklist_answer")]

    def __str__(self):
        return f"{self.code}: {self.answer[:30]}"


class Question(models.Model):
    """A member's question to the department, left before the meeting (事前質問)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="questions", verbose_name="案件")
    text = models.TextField("質問")
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name="質問者"
    )
    asked_at = models.DateTimeField("質問日時", auto_now_add=True)
    # The secretariat asks through the same question, so that a point it needs cleared while reviewing a case
    # is answered on the case page rather than by returning (差戻し) the case.
    from_secretariat = models.BooleanField("事務局からの質問", default=False)
    answer = models.TextField("担当課の回答", blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="回答者"
    )
    answered_at = models.DateTimeField("回答日時", null=True, blank=True)
    corrected_at = models.DateTimeField("回答の訂正日時", null=True, blank=True)
    # A department without a login answers by telephone or paper; the secretariat records that answer for it.
    answered_by_secretariat = models.BooleanField("事務局が担当課に代わって記録", default=False)
    # The secretariat chooses which questions and answers the minutes of the meeting that heard the case carry
    # (事前質問及び回答): most are settled before the meeting and need no place in the record.
    in_minutes_of = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="questions_in_minutes",
        verbose_name="会議録に載せる会議")

    # Members may have read or printed an answer (委員用資料): a correction keeps the answers it replaces.
    history = HistoricalRecords(verbose_name="委員からの事前質問の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "委員からの事前質問"
        ordering = ["case", "asked_at"]

    def __str__(self):
        return self.text[:40]

    @property
    def answer_mark(self):
        """When the answer last changed, as the correction form carries it (empty: not answered)."""
        changed = self.corrected_at or self.answered_at
        return changed.isoformat() if changed else ""


class Recusal(models.Model):
    """利害関係 (除斥): a member with an interest in one case (affiliated with its contractor, a party to the
    appeal) takes no part in deliberating it and does not read its closed material. Recorded on the case
    by the secretariat; the member is counted out of the quorum for that case's decision, and the minutes
    and the 答申's 審議経過 say who withdrew."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="recusals", verbose_name="案件")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="recusals", verbose_name="委員")
    reason = models.CharField("利害関係の内容", max_length=200, help_text="「委託先の役員であるため」など")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="記録者"
    )
    recorded_at = models.DateTimeField("記録日時", auto_now_add=True)

    history = HistoricalRecords(verbose_name="利害関係 (除斥) の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "利害関係 (除斥)"
        ordering = ["case", "person__name_kana", "person__name"]
        constraints = [models.UniqueConstraint(fields=["case", "person"], name="one_recusal_per_member_and_case")]

    def __str__(self):
        return f"{self.person} ({self.case})"


class DepartmentNames(NamedTuple):
    filed: str
    division: str
    now: str


def _names(holder, day, successor):
    return DepartmentNames(holder.name_on(day), holder.division_on(day), successor.name)


def name_departments(cases):
    """Set each case's department_names (its department loaded with it, select_related) as Case.department_names
    gives one case's, in at most four queries for the whole list instead of up to four a case: the first hearing of
    the imported cases never received here (their day), the departments merged into theirs after that day and the
    departments the cases' history names (whose the case was then), and the city's departments when one was merged
    into another (the department that carries the work now). Returns the cases, as a list."""
    cases = list(cases)
    undated = [c.pk for c in cases if c.accepted_at is None and c.submitted_at is None and c.imported and c.pk]
    first_heard = dict(Case.objects.filter(pk__in=undated).annotate(day=Min("agenda_items__meeting__date"))
                       .values_list("pk", "day")) if undated else {}
    days = {c.pk: c.accepted_at or c.submitted_at or first_heard.get(c.pk) for c in cases}
    absorbed = [c for c in cases if c.department.absorbed_after(c, days[c.pk])]
    merged, held = [], {}
    if absorbed:
        merged = list(Department.objects.filter(merged_into_id__in={c.department_id for c in absorbed}))
        for case_id, department_id in Case.history.filter(id__in=[c.pk for c in absorbed]).values_list(
                "id", "department_id"):
            held.setdefault(case_id, set()).add(department_id)
    successors = {}
    if any(c.department.merged_into_id for c in cases):
        successors = {d.pk: d for d in Department.objects.filter(
            municipality_id__in={c.department.municipality_id for c in cases})}
    for case in cases:
        department = case.department
        holder = department.holder_on(case, days[case.pk], merged=merged, held=held.get(case.pk, set()))
        now, seen = department, set()
        while now.merged_into_id is not None and now.pk not in seen:
            seen.add(now.pk)
            now = successors[now.merged_into_id]
        case.__dict__["department_names"] = _names(holder, days[case.pk], now)
    return cases
