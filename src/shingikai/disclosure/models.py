"""The disclosure side (情報公開・個人情報の開示等): requests, their deadlines and decisions, and appeals
(審査請求) referred to the 審査会. See docs/disclosure.md.

What is secret here: the requester's and appellant's identity (`requester_name`, `requester_contact`,
`appellant_name`), third parties' names, what was withheld (`withheld_summary`) and the notes of an
インカメラ審理. Only the secretariat reads them; public outputs carry counts and published 答申 only.
"""
from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from shingikai.cases.models import Case
from shingikai.councils.models import Department, Municipality
from shingikai.jp.templatetags import wareki_hm
from shingikai.jp.wareki import to_wareki


class CountingRule(models.TextChoices):
    CALENDAR_ROLL = "calendar_roll", "暦日で数え、末日が休日なら翌開庁日"
    CALENDAR = "calendar", "暦日で数える (末日の繰延べなし)"
    BUSINESS_DAYS = "business_days", "開庁日のみ数える"


class DisclosureRules(models.Model):
    """The periods a municipality works to. Defaults are the 個人情報保護法's values (第83条, 第94条,
    第102条); a city's 施行条例 or 情報公開条例 may shorten the first periods."""

    municipality = models.OneToOneField(
        Municipality, on_delete=models.CASCADE, related_name="disclosure_rules", verbose_name="自治体"
    )
    public_document_days = models.PositiveSmallIntegerField("公文書開示: 決定期間 (日)", default=30)
    public_document_extension_days = models.PositiveSmallIntegerField("公文書開示: 延長できる日数", default=30)
    personal_disclosure_days = models.PositiveSmallIntegerField("保有個人情報開示: 決定期間 (日)", default=30, help_text="法第83条第1項")
    personal_disclosure_extension_days = models.PositiveSmallIntegerField("保有個人情報開示: 延長できる日数", default=30, help_text="法第83条第2項 (30日以内)")
    correction_days = models.PositiveSmallIntegerField("訂正: 決定期間 (日)", default=30, help_text="法第94条第1項")
    correction_extension_days = models.PositiveSmallIntegerField("訂正: 延長できる日数", default=30, help_text="法第94条第2項")
    suspension_days = models.PositiveSmallIntegerField("利用停止: 決定期間 (日)", default=30, help_text="法第102条第1項")
    suspension_extension_days = models.PositiveSmallIntegerField("利用停止: 延長できる日数", default=30, help_text="法第102条第2項")
    counting_rule = models.CharField("期間の数え方", max_length=20, choices=CountingRule.choices, default=CountingRule.CALENDAR_ROLL)
    count_first_day = models.BooleanField("初日を算入する", default=False, help_text="民法第140条により通常は算入しない")
    year_end_closed = models.BooleanField("年末年始 (12月29日〜1月3日) を休日とする", default=True, help_text="地方自治法第4条の2")
    extra_closed_days = models.JSONField("その他の休日 (ISO 日付のリスト)", default=list, blank=True)
    third_party_gap_days = models.PositiveSmallIntegerField(
        "反対意見書提出時の開示決定から実施までの日数", default=14, help_text="法第86条第2項・条例 (少なくとも2週間)"
    )
    appeal_window_months = models.PositiveSmallIntegerField("審査請求期間 (月)", default=3, help_text="行政不服審査法第18条")
    standard_review_days = models.PositiveSmallIntegerField("標準審理期間 (日)", default=180)
    notice_days_before = models.PositiveSmallIntegerField("期限前の通知 (日前)", default=5)
    # 文書管理規則: a record is kept N years from the 4月1日 after the fiscal year it was completed in; then the
    # requester's and appellant's names are due for 廃棄 (disclosure/retention.py lists them for the secretariat).
    request_retention_years = models.PositiveSmallIntegerField(
        "開示請求の記録の保存期間 (年)", default=5, help_text="決定 (取下げ) の日の属する年度の翌年度4月1日から数えます")
    appeal_retention_years = models.PositiveSmallIntegerField(
        "審査請求の記録の保存期間 (年)", default=10, help_text="裁決 (取下げ) の日の属する年度の翌年度4月1日から数えます")
    # A closed 漏えい等事案 keeps its people (本人の範囲, 通知の方法) this long; then retention.py lists it for erasure.
    incident_retention_years = models.PositiveSmallIntegerField(
        "漏えい等事案の記録の保存期間 (年)", default=5,
        help_text="確報の提出・本人への通知のうち最後の日の属する年度の翌年度4月1日から数えます")
    # A withdrawn 諮問・報告's materials (its attachments, which may name people) are kept this long; then listed.
    withdrawn_case_retention_years = models.PositiveSmallIntegerField(
        "取り下げられた案件の資料の保存期間 (年)", default=5, help_text="取下げの日の属する年度の翌年度4月1日から数えます")

    history = HistoricalRecords(verbose_name="開示期間の設定の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "開示請求の期間の設定"

    def __str__(self):
        return f"{self.municipality} の期間設定"


class DisclosureRequest(models.Model):
    """開示請求 (or 訂正請求 / 利用停止請求), received by a 実施機関."""

    class Kind(models.TextChoices):
        PUBLIC_DOCUMENT = "public_document", "公文書開示請求 (情報公開条例)"
        PERSONAL_DISCLOSURE = "personal_disclosure", "保有個人情報開示請求 (法第76条)"
        CORRECTION = "correction", "保有個人情報訂正請求 (法第90条)"
        SUSPENSION = "suspension", "保有個人情報利用停止請求 (法第98条)"

    class RequesterCategory(models.TextChoices):
        SELF = "本人", "本人"
        LEGAL_AGENT = "法定代理人", "法定代理人"
        DELEGATE = "任意代理人", "任意代理人"
        CORPORATION = "法人", "法人・団体"
        RESIDENT = "市内", "市内在住・在勤"
        NON_RESIDENT = "市外", "市外"
        OTHER = "その他", "その他"

    class Status(models.TextChoices):
        RECEIVED = "received", "決定待ち"
        EXTENDED = "extended", "期間延長中"
        SPECIAL = "special", "特例延長中"
        DECIDED = "decided", "決定済"
        CLOSED = "closed", "終了"

    class Decision(models.TextChoices):
        FULL = "全部開示", "全部開示"
        PARTIAL = "部分開示", "部分開示"
        NONE = "不開示", "不開示"
        NEITHER = "存否応答拒否", "存否応答拒否"
        NOT_EXIST = "不存在", "不存在"
        # 訂正決定等 (法第93条) and 利用停止決定等 (法第101条): what a correction or a suspension request is
        # decided as; nothing is disclosed, so none of the disclosure outcomes fits them.
        CORRECTED = "訂正をする", "訂正をする"
        PARTLY_CORRECTED = "一部訂正する", "一部訂正する"
        NOT_CORRECTED = "訂正をしない", "訂正をしない"
        SUSPENDED = "利用停止をする", "利用停止をする"
        PARTLY_SUSPENDED = "一部利用停止する", "一部利用停止する"
        NOT_SUSPENDED = "利用停止をしない", "利用停止をしない"
        DISMISSED = "却下", "却下"
        WITHDRAWN = "取下げ", "取下げ"
        # 事案の移送 (法第85条, 第96条, 第104条 and the 情報公開条例's like them): the request goes to another
        # 実施機関, which decides it; it ends here without a decision of ours.
        TRANSFERRED = "移送", "移送"

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="disclosure_requests", verbose_name="自治体")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="disclosure_requests", verbose_name="実施機関 (担当課)")
    number = models.CharField("受付番号", max_length=30)
    kind = models.CharField("請求の種類", max_length=20, choices=Kind.choices)
    received_on = models.DateField("請求日 (受付日)")
    documents = models.TextField("請求された文書・情報", help_text="請求書の記載のとおり")
    requester_category = models.CharField("請求者の区分", max_length=10, choices=RequesterCategory.choices)
    requester_name = models.CharField("請求者の氏名・名称", max_length=100, blank=True, help_text="事務局のみ閲覧できます")
    requester_contact = models.CharField("請求者の連絡先", max_length=200, blank=True, help_text="事務局のみ閲覧できます")
    status = models.CharField("状態", max_length=10, choices=Status.choices, default=Status.RECEIVED)
    first_due = models.DateField("決定期限")
    extended_due = models.DateField("延長後の期限", null=True, blank=True)
    # Kept, not read back from the date: a deadline rolled past closed days (年末年始) is the end of several lengths.
    extension_days = models.PositiveSmallIntegerField("延長した日数", null=True, blank=True, editable=False)
    extension_reason = models.TextField("延長の理由", blank=True)
    extension_notice_on = models.DateField("延長通知日", null=True, blank=True)
    special_portion_due = models.DateField("特例延長: 相当の部分の決定期限", null=True, blank=True)
    special_final_by = models.DateField("特例延長: 残りの決定の目途", null=True, blank=True)
    special_reason = models.TextField("特例延長の理由", blank=True)
    special_notice_on = models.DateField("特例延長通知日", null=True, blank=True)
    portion_decision = models.CharField("特例延長: 相当の部分の決定", max_length=10, choices=Decision.choices, blank=True)
    portion_decided_on = models.DateField("特例延長: 相当の部分の決定日", null=True, blank=True)
    portion_scope = models.TextField("特例延長: 相当の部分として決定した範囲", blank=True)
    decision = models.CharField("決定", max_length=10, choices=Decision.choices, blank=True)
    decided_on = models.DateField("決定日", null=True, blank=True)
    withheld_summary = models.TextField("不開示とした部分", blank=True, help_text="事務局のみ閲覧できます")
    refusal_reason = models.TextField(
        "決定の理由", blank=True,
        help_text="訂正請求・利用停止請求で、一部のみ応じる又は応じない決定の理由 (開示請求の決定は不開示の理由で記録します)")
    providers_notified_on = models.DateField("提供先への通知日 (法第97条)", null=True, blank=True)
    transferred_to = models.CharField("移送先の実施機関", max_length=100, blank=True)
    disclosure_on = models.DateField("開示の実施日", null=True, blank=True)
    fee_yen = models.PositiveIntegerField("費用 (写しの交付等, 円)", default=0)
    due_notified_on = models.DateField("期限前の通知日", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="登録者"
    )
    created_at = models.DateTimeField("登録日時", auto_now_add=True)

    history = HistoricalRecords(verbose_name="開示請求の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "開示請求"
        ordering = ["-received_on", "-id"]
        constraints = [models.UniqueConstraint(fields=["municipality", "number"], name="unique_disclosure_number")]
        indexes = [models.Index(fields=["municipality", "received_on"], name="disclosure_received")]

    def __str__(self):
        return f"{self.number} {self.get_kind_display()}"

    @property
    def short_kind(self):
        return self.get_kind_display().split(" ")[0]

    @property
    def decides_merits(self):
        """A 訂正請求 or 利用停止請求: decided on whether to do what was asked, with a reason in words; no
        不開示 grounds, no fee and no 開示の実施."""
        return self.kind in MERITS_KINDS

    @property
    def due(self):
        """The deadline in force: the extended one once extended; under a special extension (法第84条) the
        相当の部分's deadline until the decision on that part is recorded, then the date given for the rest."""
        if self.portion_due_pending:
            return self.special_portion_due
        return self.extended_due or self.first_due

    @property
    def portion_due_pending(self):
        """A special extension whose 相当の部分 is still to be decided: its deadline is the one to chase."""
        return bool(self.special_portion_due and not self.portion_decided_on and not self.decided_on)

    @property
    def is_open(self):
        return self.status in (self.Status.RECEIVED, self.Status.EXTENDED, self.Status.SPECIAL)


_D = DisclosureRequest.Decision
_K = DisclosureRequest.Kind
_DISCLOSURE_DECISIONS = (_D.FULL, _D.PARTIAL, _D.NONE, _D.NEITHER, _D.NOT_EXIST, _D.DISMISSED)
#: The decisions each kind of request can be decided with (取下げ, recorded by its own step, comes to any).
DECISIONS_BY_KIND = {
    _K.PUBLIC_DOCUMENT: _DISCLOSURE_DECISIONS,
    _K.PERSONAL_DISCLOSURE: _DISCLOSURE_DECISIONS,
    _K.CORRECTION: (_D.CORRECTED, _D.PARTLY_CORRECTED, _D.NOT_CORRECTED, _D.DISMISSED),
    _K.SUSPENSION: (_D.SUSPENDED, _D.PARTLY_SUSPENDED, _D.NOT_SUSPENDED, _D.DISMISSED),
}
MERITS_KINDS = (_K.CORRECTION, _K.SUSPENSION)
#: A 訂正・利用停止 decision that does not do all that was asked gives its reason (法第93条第2項, 第101条第2項;
#: 行政手続法第8条).
REASON_REQUIRED = (_D.PARTLY_CORRECTED, _D.NOT_CORRECTED, _D.PARTLY_SUSPENDED, _D.NOT_SUSPENDED)


class GroundCategory(models.TextChoices):
    PERSONAL = "個人に関する情報", "個人に関する情報"
    CORPORATE = "法人等情報", "法人等情報"
    NATIONAL = "国の安全等情報", "国の安全等情報"
    PUBLIC_SAFETY = "公共安全情報", "公共安全情報"
    DELIBERATION = "審議・検討等情報", "審議・検討等情報"
    ADMINISTRATION = "事務・事業情報", "事務・事業情報"
    LAW = "法令秘情報", "法令秘情報"
    SELF_HARM = "本人の生命等を害する情報", "本人の生命等を害する情報"
    OTHER = "その他", "その他"


class WithholdingGround(models.Model):
    """A 不開示 ground a decision cites: the article and its category."""

    request = models.ForeignKey(DisclosureRequest, on_delete=models.CASCADE, related_name="grounds", verbose_name="開示請求")
    article = models.CharField("根拠条項", max_length=100, help_text="例: 法第78条第1項第2号、条例第7条第2号")
    category = models.CharField("不開示情報の類型", max_length=20, choices=GroundCategory.choices)

    class Meta:
        verbose_name = verbose_name_plural = "不開示の理由"
        ordering = ["request", "id"]

    def __str__(self):
        return f"{self.article} ({self.category})"


class ThirdPartyOpinion(models.Model):
    """第三者に対する意見書提出の機会 (法第86条 / 条例)."""

    request = models.ForeignKey(DisclosureRequest, on_delete=models.CASCADE, related_name="third_parties", verbose_name="開示請求")
    third_party = models.CharField("第三者", max_length=100, help_text="事務局のみ閲覧できます")
    asked_on = models.DateField("意見照会日")
    answered_on = models.DateField("意見書の提出日", null=True, blank=True)
    objects_to_disclosure = models.BooleanField("開示に反対", default=False)

    history = HistoricalRecords(verbose_name="第三者意見照会の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "第三者意見照会"
        ordering = ["request", "asked_on", "id"]

    def __str__(self):
        return f"意見照会 {to_wareki(self.asked_on)}"


class Appeal(models.Model):
    """審査請求 (行政不服審査法) against a decision, referred to the 審査会 as a Case (諮問)."""

    class Status(models.TextChoices):
        FILED = "filed", "審査請求受付"
        REFERRED = "referred", "諮問済"
        ANSWERED = "answered", "答申済"
        RULED = "ruled", "裁決済"
        WITHDRAWN = "withdrawn", "取下げ"

    class Outcome(models.TextChoices):
        UPHELD = "妥当", "妥当"
        PARTLY_REVOKED = "一部取消", "一部取消 (一部開示すべき)"
        REVOKED = "取消", "取消 (開示すべき)"
        # The 審査会 finds the appeal itself unlawful (late, no standing …): it does not judge the decision.
        REJECTED = "却下", "却下 (審査請求は不適法)"

    # What a revocation means depends on the decision appealed against: the labels above are the 開示請求's.
    SHOULD_BY_KIND = {
        DisclosureRequest.Kind.CORRECTION: "訂正すべき",
        DisclosureRequest.Kind.SUSPENSION: "利用停止すべき",
    }

    class Against(models.TextChoices):
        DECISION = "decision", "請求に対する決定"
        # 法第84条: the decision on a special extension's 相当の部分 is a decision of its own, appealed on its own.
        PORTION = "portion", "相当の部分の決定 (特例延長)"

    class Ruling(models.TextChoices):
        DISMISSED = "棄却", "棄却"
        PARTLY_GRANTED = "一部認容", "一部認容"
        GRANTED = "認容", "認容"
        REJECTED = "却下", "却下"

    request = models.ForeignKey(DisclosureRequest, on_delete=models.PROTECT, related_name="appeals", verbose_name="開示請求")
    number = models.CharField("審査請求番号", max_length=30)
    against = models.CharField("審査請求に係る決定", max_length=10, choices=Against.choices, default=Against.DECISION)
    filed_on = models.DateField("審査請求日")
    learned_on = models.DateField("決定を知った日")
    filed_late = models.BooleanField("審査請求期間の経過後", default=False)
    appellant_name = models.CharField("審査請求人の氏名", max_length=100, blank=True, help_text="事務局のみ閲覧できます")
    purport = models.TextField("審査請求の趣旨", help_text="例: 本件処分を取り消し、全部の開示を求める")
    appellant_claims = models.TextField("審査請求人の主張", blank=True)
    agency_claims = models.TextField("実施機関の主張 (理由説明書)", blank=True)
    status = models.CharField("状態", max_length=10, choices=Status.choices, default=Status.FILED)
    case = models.OneToOneField(
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="appeal", verbose_name="審査会の案件 (諮問)"
    )
    referred_on = models.DateField("諮問日", null=True, blank=True)
    notice_on = models.DateField("諮問をした旨の通知日", null=True, blank=True)
    examiner_exclusion = models.CharField(
        "審理員の指名を要しない根拠", max_length=200, blank=True,
        help_text="審理員による審理手続を経ずに審査会に諮問する根拠の規定 (例: 行政不服審査法第9条第1項ただし書、"
                  "情報公開条例第○条)。規定を確かめて記録します")
    answer_number = models.CharField("答申番号", max_length=30, blank=True)
    answered_on = models.DateField("答申日", null=True, blank=True)
    outcome = models.CharField("答申の結論", max_length=5, choices=Outcome.choices, blank=True)
    conclusion = models.TextField("第1 審査会の結論", blank=True)
    judgment = models.TextField("第4 審査会の判断 (総論)", blank=True)
    answer_published = models.BooleanField("答申を公表", default=False)
    masked_terms = models.TextField(
        "公開版で伏せる語句", blank=True,
        help_text="1行に1つ。当事者が書いた氏名・口座番号など、記録の欄に無い語句も公開版と検索では ○○ になります "
                  "(事務局のみ閲覧できます)")
    ruled_on = models.DateField("裁決日", null=True, blank=True)
    ruling = models.CharField("裁決", max_length=5, choices=Ruling.choices, blank=True)
    followed_answer = models.BooleanField("答申のとおり裁決", null=True, blank=True)
    deviation_reason = models.TextField("答申と異なる裁決の理由", blank=True)
    no_referral_reason = models.TextField(
        "諮問を要しない理由", blank=True,
        help_text="諮問せずに裁決したとき (不適法な審査請求の却下、全部を開示する認容: 法第105条第1項各号・条例)")
    withdrawn_on = models.DateField("取下げ日", null=True, blank=True)
    ruling_due_notified_on = models.DateField("裁決の期限の通知日", null=True, blank=True)

    history = HistoricalRecords(verbose_name="審査請求の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "審査請求"
        ordering = ["-filed_on", "-id"]

    @classmethod
    def outcome_choices(cls, kind):
        """The 答申's conclusions worded for a request of `kind` (「一部取消 (一部訂正すべき)」 on a 訂正請求)."""
        should = cls.SHOULD_BY_KIND.get(kind, "開示すべき")
        return [(cls.Outcome.UPHELD, "妥当"), (cls.Outcome.PARTLY_REVOKED, f"一部取消 (一部{should})"),
                (cls.Outcome.REVOKED, f"取消 ({should})"), (cls.Outcome.REJECTED, cls.Outcome.REJECTED.label)]

    @property
    def outcome_label(self):
        return dict(self.outcome_choices(self.request.kind)).get(self.outcome, self.outcome)

    def __str__(self):
        return f"{self.number} ({self.request.number})"

    @property
    def municipality(self):
        return self.request.municipality

    @property
    def against_portion(self):
        return self.against == self.Against.PORTION

    @property
    def decision_appealed(self):
        """The decision the appeal is against: the request's, or its 相当の部分's."""
        return self.request.portion_decision if self.against_portion else self.request.decision

    @property
    def decided_on_appealed(self):
        return self.request.portion_decided_on if self.against_portion else self.request.decided_on

    @property
    def decision_title(self):
        """The decision as the appeal's papers name it: 「部分開示決定」, 「部分開示決定（相当の部分）」."""
        return f"{self.decision_appealed}決定" + ("（相当の部分）" if self.against_portion else "")

    def stage_days(self):
        """Days each stage took so far: 審査請求→諮問, 諮問→答申, 答申→裁決, and the whole."""
        def span(a, b):
            return (b - a).days if a and b else None
        return {
            "諮問まで": span(self.filed_on, self.referred_on),
            "審査会": span(self.referred_on, self.answered_on),
            "裁決まで": span(self.answered_on, self.ruled_on),
            "全体": span(self.filed_on, self.ruled_on),
        }


class AppealEvent(models.Model):
    """A step in the 審査会's work on an appeal: 意見書, 資料, 口頭意見陳述, インカメラ審理, 審議."""

    class Kind(models.TextChoices):
        REASON_STATEMENT = "理由説明書", "理由説明書"
        OPINION = "意見書", "意見書"
        MATERIAL = "資料", "資料"
        ORAL = "口頭意見陳述", "口頭意見陳述"
        IN_CAMERA = "インカメラ審理", "インカメラ審理"
        DELIBERATION = "審議", "審議"

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="events", verbose_name="審査請求")
    kind = models.CharField("種類", max_length=10, choices=Kind.choices)
    on = models.DateField("日付")
    submitted_by = models.CharField("提出者", max_length=50, blank=True, help_text="審査請求人、実施機関など (氏名は書かない)")
    note = models.TextField("記録", blank=True,
                            help_text="事務局のみ閲覧できます。インカメラ審理には書けません (行ったことと日付・会議のみ記録する)")
    meeting = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="会議"
    )

    history = HistoricalRecords(verbose_name="審査の経過の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "審査の経過"
        ordering = ["appeal", "on", "id"]

    def __str__(self):
        return f"{to_wareki(self.on)} {self.kind}"


class AppealDeadline(models.Model):
    """A 提出期限 the 審査会 set for what it asked of a party (an 意見書, 資料 or a 口頭意見陳述), outstanding
    until a step of that kind from that party is recorded (`met_by`)."""

    KINDS = (AppealEvent.Kind.OPINION, AppealEvent.Kind.MATERIAL, AppealEvent.Kind.ORAL)

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="deadlines", verbose_name="審査請求")
    kind = models.CharField("求めたもの", max_length=10, choices=[(k.value, k.label) for k in KINDS])
    asked_of = models.CharField("求めた相手", max_length=50, help_text="審査請求人、実施機関など (氏名は書かない)")
    set_on = models.DateField("期限を定めた日")
    due_on = models.DateField("提出期限")
    met_by = models.OneToOneField(AppealEvent, null=True, blank=True, on_delete=models.SET_NULL, related_name="deadline",
                                  verbose_name="応じた経過")
    due_notified_on = models.DateField("期限の通知日", null=True, blank=True)

    history = HistoricalRecords(verbose_name="審査会が定めた提出期限の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "審査会が定めた提出期限"
        ordering = ["appeal", "due_on", "id"]

    def __str__(self):
        return f"{self.kind} ({self.asked_of}) 期限 {to_wareki(self.due_on)}"

    def is_overdue(self, today):
        return self.met_by_id is None and self.due_on < today


class GroundJudgment(models.Model):
    """判断理由 for one 不開示 ground in a 答申."""

    class Finding(models.TextChoices):
        PROPER = "妥当", "妥当"
        PARTLY_IMPROPER = "一部不当", "一部不当"
        IMPROPER = "不当", "不当"

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="judgments", verbose_name="審査請求")
    ground = models.ForeignKey(WithholdingGround, on_delete=models.PROTECT, related_name="judgments", verbose_name="不開示の理由")
    finding = models.CharField("判断", max_length=5, choices=Finding.choices)
    reason = models.TextField("判断理由")

    class Meta:
        verbose_name = verbose_name_plural = "不開示理由ごとの判断"
        ordering = ["appeal", "ground_id"]
        constraints = [models.UniqueConstraint(fields=["appeal", "ground"], name="unique_ground_judgment")]


class ImportedAnswer(models.Model):
    """Another 審査会's published 答申, imported from its PDF/HTML/text/Word as a precedent (他の審査会の答申).

    It lands not public; the secretariat checks and corrects the reading beside the source text, then
    publishes it. Public outputs carry the four parts with `masked_terms` replaced by ○○; the source text
    (`source_text`) stays with the secretariat.
    """

    council = models.ForeignKey(
        "councils.Council", on_delete=models.PROTECT, related_name="imported_answers", verbose_name="審査会"
    )
    source_name = models.CharField("ファイル名", max_length=300)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    source_text = models.TextField("読み取った本文", blank=True, help_text="事務局のみ閲覧できます")
    # 公表元: where the original was published, so a reader can check and cite the official text.
    source_publisher = models.CharField("公表元", max_length=120, blank=True, help_text="例: ひがし市ホームページ")
    source_url = models.URLField("公表元のURL", max_length=500, blank=True)
    number = models.CharField("答申番号", max_length=30, blank=True)
    answered_on = models.DateField("答申日", null=True, blank=True)
    outcome = models.CharField("答申の結論", max_length=5, choices=Appeal.Outcome.choices, blank=True)
    conclusion = models.TextField("第1 審査会の結論", blank=True)
    purport = models.TextField("第2 審査請求の趣旨", blank=True)
    claims = models.TextField("第3 審査請求人及び実施機関の主張", blank=True)
    judgment = models.TextField("第4 審査会の判断", blank=True)
    articles = models.JSONField("判断した条項", default=list, blank=True)
    categories = models.JSONField("不開示情報の類型", default=list, blank=True)
    masked_terms = models.TextField(
        "公開版で伏せる語句", blank=True, help_text="1行に1つ。氏名など、公開ページと検索では ○○ になります (事務局のみ閲覧できます)"
    )
    published = models.BooleanField("公開", default=False)
    published_on = models.DateField("公開日", null=True, blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="取込者"
    )
    imported_at = models.DateTimeField("取込日時", auto_now_add=True)

    history = HistoricalRecords(verbose_name="取り込んだ答申の履歴", excluded_fields=["source_text"])

    class Meta:
        verbose_name = verbose_name_plural = "取り込んだ答申 (他の審査会)"
        ordering = ["-answered_on", "-id"]

    def __str__(self):
        return f"{self.council.name} {self.number or self.source_name}"

    @property
    def masked_list(self):
        """The terms to mask, with the forms a name is also written in, longest first (as for our own 答申)."""
        from .answer_document import term_lines

        return sorted(set(term_lines(self.masked_terms)), key=len, reverse=True)


class SubjectSearch(models.Model):
    """One search of a person's name across the city's records (本人の記録を探す), kept because the search
    itself reads personal data: who searched, when, why and how many records it found must be answerable
    afterwards. The name searched for is personal data itself: it is emptied once the search is older than
    SHINGIKAI_SUBJECT_SEARCH_NAME_DAYS or that person's data is erased (docs/audit.md), and the row goes with
    the access records after SHINGIKAI_ACCESS_RECORD_DAYS."""

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="+", verbose_name="自治体")
    name = models.CharField("探した氏名", max_length=100, blank=True, help_text="期間の経過・本人の情報の消去で空になります")
    purpose = models.CharField("検索の目的", max_length=100, blank=True)
    found = models.PositiveIntegerField("見つかった記録の数", default=0)
    exported = models.BooleanField("CSV で書き出した", default=False)
    searched_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="検索した人"
    )
    searched_at = models.DateTimeField("検索日時", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = verbose_name_plural = "本人の記録の検索"
        ordering = ["-searched_at", "-id"]

    def __str__(self):
        return f"{wareki_hm(self.searched_at)} {self.name}"


class IdentityCorrection(models.Model):
    """A requester's or appellant's name or contact corrected after the record was settled (a 訂正請求 granted,
    a misspelling found late): the old value, the new one and why, beside the history row of the change."""

    request = models.ForeignKey(DisclosureRequest, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="identity_corrections", verbose_name="開示請求")
    appeal = models.ForeignKey(Appeal, null=True, blank=True, on_delete=models.CASCADE,
                               related_name="identity_corrections", verbose_name="審査請求")
    field = models.CharField("訂正した項目", max_length=40)
    before = models.CharField("訂正前", max_length=200, blank=True)
    after = models.CharField("訂正後", max_length=200, blank=True)
    reason = models.TextField("訂正の理由")
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name="訂正した人"
    )
    corrected_at = models.DateTimeField("訂正日時", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "請求者・審査請求人の記録の訂正"
        ordering = ["corrected_at", "id"]

    @property
    def field_label(self):
        model = DisclosureRequest if self.request_id else Appeal
        return model._meta.get_field(self.field).verbose_name
