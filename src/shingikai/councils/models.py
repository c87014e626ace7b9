"""Municipalities, councils, the people on them and the departments that come before them."""
import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone
from simple_history.models import HistoricalRecords

from shingikai.jp.templatetags import wareki_hm


#: Django's own refusal of a taken unique value names the model and field in its own word order (「この 識別子 を
#: 持った 審議会 が既に存在します。」); the set-up forms and actions say it as the city's staff would.
TAKEN_SLUG = "この識別子はすでに使われています。別の識別子にしてください。"


class Municipality(models.Model):
    name = models.CharField("自治体名", max_length=50, unique=True,
                            error_messages={"unique": "この名前の自治体はすでにあります。"})
    slug = models.SlugField("識別子", max_length=50, unique=True, error_messages={"unique": TAKEN_SLUG})
    prefecture = models.CharField("都道府県", max_length=10, blank=True)
    head_title = models.CharField("長の職名", max_length=30, default="市長", help_text="諮問する者 (例: 市長)")
    head_name = models.CharField("長の氏名", max_length=50, blank=True)
    head_since = models.DateField(
        "長の就任日", null=True, blank=True,
        help_text="長が替わったときに新しい長の就任日を入力します。文書は、その日付の時点の長の氏名で作られます "
                  "(就任日を変えずに氏名を直すと、誤字の訂正として同じ長の文書すべてに反映されます)。")

    history = HistoricalRecords(verbose_name="自治体の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "自治体"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def head_name_on(self, day):
        """The head's name as recorded for `day`: a 諮問書 or 答申書 of last year names the 市長 of last year, not
        the one elected since. Each recorded state of the municipality holds from its 就任日 (none: from the
        start); among those begun by `day` the latest wins, a later correction of the same term over an earlier."""
        if day is None or not self.pk:
            return self.head_name
        rows = list(self.history.order_by("history_date", "history_id").values_list("head_name", "head_since"))
        if not rows:
            return self.head_name
        chosen = None
        for name, since in rows:  # oldest record first: of two with the same start, the later recorded wins
            start = since or dt.date.min
            if start <= day and (chosen is None or start >= chosen[0]):
                chosen = (start, name)
        if chosen is None:  # a day before every recorded term: the earliest term known
            return min(rows, key=lambda row: row[1] or dt.date.min)[0]
        return chosen[1]

    @property
    def head(self):
        """The head as documents and registers name it: 「市長」 of 志木市 → 「志木市長」; a title that already names
        the body (みなみ市長, 北山県知事) is kept as is. Mixed registers of several cities stay apart by it."""
        title = (self.head_title or "").strip() or "市長"
        if self.name and self.name not in title:
            title = (self.name[:-1] if title[:1] == self.name[-1:] else self.name) + title
        return title


class Council(models.Model):
    class BodyType(models.TextChoices):
        SHINGIKAI = "審議会", "審議会"
        SHINSAKAI = "審査会", "審査会"

    class QuorumRule(models.TextChoices):
        MAJORITY = "majority", "在任委員の過半数"
        HALF = "half", "在任委員の半数以上"
        FIXED = "fixed", "定数 (人数を指定)"

    class NamePolicy(models.TextChoices):
        REAL = "real", "実名"
        ROLE = "role", "役職のみ"
        LETTER = "letter", "記号 (A委員など)"

    class MinutesStyle(models.TextChoices):
        YOUTEN = "要点記録", "要点記録"
        YOROKU = "要録", "要録"
        ZENBUN = "全文", "全文"
        KEKKA = "会議結果報告書", "会議結果報告書"

    class ClosedItemsShown(models.TextChoices):
        COUNT = "count", "件数のみ (非公開案件 N件)"
        REASON = "reason", "件数と非公開の理由 (件名は記載しません)"
        OMIT = "omit", "記載しない"

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="councils", verbose_name="自治体")
    name = models.CharField("名称", max_length=120)
    slug = models.SlugField("識別子", max_length=60, unique=True, error_messages={"unique": TAKEN_SLUG})
    body_type = models.CharField("種別", max_length=5, choices=BodyType.choices, default=BodyType.SHINGIKAI)
    ordinance = models.CharField("設置条例", max_length=200, blank=True)
    quorum_rule = models.CharField("定足数", max_length=10, choices=QuorumRule.choices, default=QuorumRule.MAJORITY)
    quorum_fixed = models.PositiveSmallIntegerField("定足数 (人数)", null=True, blank=True)
    name_policy = models.CharField("公開会議録の発言者表記", max_length=10, choices=NamePolicy.choices, default=NamePolicy.REAL)
    minutes_style = models.CharField("会議録の様式", max_length=10, choices=MinutesStyle.choices, default=MinutesStyle.YOUTEN)
    closed_items_shown = models.CharField(
        "公開文書での非公開議題の扱い", max_length=10, choices=ClosedItemsShown.choices, default=ClosedItemsShown.COUNT,
        help_text="公開ページと公開版の次第・会議録に非公開の議題をどう記すか。件名はどれを選んでも記載しません。"
                  "非公開の理由は「件数と非公開の理由」のときだけ、記録したとおり公開します",
    )
    numbers_cumulatively = models.BooleanField("通算回数を付す", default=False)
    cumulative_base = models.PositiveIntegerField(
        "通算回数の起点", default=0,
        help_text="システム導入前に開催された会議の回数 (公開会議録から取り込んだ過去の会議も含めた回数)。"
                  "取り込んだ会議は会議録に記載の通算回のままで、重ねて数えません。次に予定する会議の通算回は、"
                  "この回数にシステムで開催した会議の数を加えた回数と、記録されている最大の通算回の、大きい方の次です",
    )

    class CaseSeries(models.TextChoices):
        FISCAL_YEAR = "fiscal_year", "年度ごとに第1号から"
        CONTINUOUS = "continuous", "年度をまたいで通し番号"

    case_series = models.CharField(
        "諮問番号の付け方", max_length=12, choices=CaseSeries.choices, default=CaseSeries.FISCAL_YEAR,
        help_text="諮問番号 (報告番号も同じ) を年度ごとに第1号から付けるか、年度をまたいで通しで付けるか")
    first_case_number = models.PositiveIntegerField(
        "システムで最初に付ける諮問番号", null=True, blank=True,
        help_text="システム導入前の番号に続けるとき (例: 紙の時代に諮問第11号まで付けたなら 12)。"
                  "年度ごとの番号では導入した年度にだけ使います。空欄は第1号から")
    answer_series = models.CharField(
        "答申番号の付け方", max_length=12, choices=CaseSeries.choices, default=CaseSeries.CONTINUOUS,
        help_text="答申番号を年度ごとに第1号から付けるか (答申日の年度の番号)、年度をまたいで通しで付けるか")
    first_answer_number = models.PositiveIntegerField(
        "システムで最初に付ける答申番号", null=True, blank=True,
        help_text="システム導入前の答申番号に続けるとき (例: 答申第11号まで付けたなら 12)。"
                  "年度ごとの番号では導入した年度にだけ使います。空欄は第1号から")
    minutes_signed = models.BooleanField(
        "会議録に署名する", default=True,
        help_text="署名しないと決めた審議会は、確定した会議録を署名なしで公開できる")
    minutes_signer_count = models.PositiveSmallIntegerField(
        "議事録署名委員の人数", null=True, blank=True,
        help_text="会長のほかに署名する委員の人数 (運営要領などで定めた人数)。空欄は定めない")
    is_imported_only = models.BooleanField(
        "取込専用", default=False, help_text="他自治体の公開会議録から取り込んだ審議会 (運営はしない)"
    )
    # 事務局の連絡先: the sender block and 問い合わせ先 of the council's papers (documents.context.common.contact).
    secretariat_section = models.CharField("事務局の課名", max_length=100, blank=True,
                                           help_text="例: 総務部 総務課 情報公開係")
    secretariat_contact = models.CharField("担当", max_length=50, blank=True, help_text="担当者名または係名")
    secretariat_phone = models.CharField("電話", max_length=30, blank=True, help_text="例: 0000-00-0000 (内線 123)")
    secretariat_email = models.EmailField("電子メール", max_length=254, blank=True)
    secretariat_address = models.CharField("所在地", max_length=200, blank=True,
                                           help_text="例: 〒000-0000 ○○市本町1-1 市役所本庁舎3階")

    # 傍聴のご案内: what a 会議の公開に関する指針 asks a city to publish before each public meeting.
    observation_info = models.TextField(
        "傍聴のご案内", blank=True, max_length=2000,
        help_text="公開の会議のページに掲載します (例: 定員10人・先着順、開始15分前から会場入口で受付、事前申込は不要)")

    history = HistoricalRecords(verbose_name="審議会の設定の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "審議会"
        ordering = ["municipality__name", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        """定足数 "fixed" means a number of members: without one, quorum() silently counted a majority."""
        super().clean()
        if self.quorum_rule == self.QuorumRule.FIXED and not self.quorum_fixed:
            raise ValidationError({"quorum_fixed": "定足数を人数で定めるときは、その人数 (1人以上) を入力してください。"})
        if self.quorum_rule != self.QuorumRule.FIXED and self.quorum_fixed:
            raise ValidationError({"quorum_fixed": "人数は、定足数を人数で定めるときにだけ入力してください。"})

    def members_in_office(self, on):
        return self.memberships.in_office(on)

    def quorum(self, on, in_office=None):
        """The number of members that must be present on date `on` for the council to decide; `in_office`:
        how many members are in office then, when already counted."""
        if in_office is None:
            in_office = self.members_in_office(on).count()
        if self.quorum_rule == self.QuorumRule.FIXED and self.quorum_fixed:
            return self.quorum_fixed
        if self.quorum_rule == self.QuorumRule.HALF:
            return (in_office + 1) // 2
        return in_office // 2 + 1


class Person(models.Model):
    """A council member (委員); the name is public, contact details are not."""

    name = models.CharField("氏名", max_length=50)
    name_kana = models.CharField("ふりがな", max_length=80, blank=True)
    affiliation = models.CharField("所属・職業", max_length=120, blank=True)
    email = models.EmailField("電子メール", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="person", verbose_name="ログインユーザー",
    )

    # Names shown on kept public pages: a rename must change their ETag (portal/freshness.py). Empty
    # until the first save after it was added (and in a backup restored from before it).
    updated_at = models.DateTimeField("更新日時", auto_now=True, null=True)

    # Contact details and the login are personal data: who changed them, from what to what, must be answerable.
    history = HistoricalRecords(verbose_name="委員 (人) の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "委員 (人)"
        ordering = ["name_kana", "name"]

    def __str__(self):
        return self.name


class MembershipQuerySet(models.QuerySet):
    def in_office(self, on):
        return self.filter(term_start__lte=on).filter(
            models.Q(term_end__isnull=True) | models.Q(term_end__gte=on)
        ).filter(models.Q(ended_on__isnull=True) | models.Q(ended_on__gte=on))


class Membership(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", "会長"
        VICE_CHAIR = "vice_chair", "副会長"
        ACTING_CHAIR = "acting_chair", "会長職務代理"
        MEMBER = "member", "委員"

    class GivenBy(models.TextChoices):
        APPOINTMENT = "委嘱", "委嘱"
        MUTUAL_ELECTION = "互選", "互選"
        DESIGNATION = "指名", "指名"

    class EndReason(models.TextChoices):
        RESIGNATION = "辞職", "辞職"
        TERM_EXPIRY = "任期満了", "任期満了"
        DISMISSAL = "解嘱", "解嘱"
        DEATH = "死亡", "死亡"

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="memberships", verbose_name="審議会")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships", verbose_name="委員")
    role = models.CharField("役職", max_length=15, choices=Role.choices, default=Role.MEMBER)
    role_given_by = models.CharField("役職の決め方", max_length=5, choices=GivenBy.choices, default=GivenBy.APPOINTMENT)
    role_since = models.DateField("役職の開始日", null=True, blank=True)
    appointed_on = models.DateField("委嘱日")
    term_start = models.DateField("任期の始期")
    term_end = models.DateField("任期の終期", null=True, blank=True)
    ended_on = models.DateField("退任日", null=True, blank=True)
    # Empty on a 退任 recorded before the reason was asked: the rosters then say 退任 alone.
    end_reason = models.CharField("退任の事由", max_length=5, choices=EndReason.choices, blank=True)
    sector = models.CharField("選出区分", max_length=60, blank=True, help_text="学識経験者、市民公募など")

    objects = MembershipQuerySet.as_manager()
    history = HistoricalRecords(verbose_name="委嘱の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "委嘱 (任期)"
        ordering = ["council", "-term_start", "role", "person__name_kana"]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()}, {self.council})"


class OfficerQuerySet(models.QuerySet):
    def on(self, day):
        """Officers holding their office on `day`, members in office that day."""
        held = self.filter(since__lte=day).filter(models.Q(until__isnull=True) | models.Q(until__gte=day))
        return held.filter(membership__in=Membership.objects.in_office(day))


class Officer(models.Model):
    """役職: who held the chair (会長) or stood in for it (副会長, 会長職務代理) from when to when. A meeting's
    documents name the officer of the meeting's day, so an old meeting keeps its old chair."""

    ROLES = [(value, label) for value, label in Membership.Role.choices if value != Membership.Role.MEMBER]

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="officers", verbose_name="審議会")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="offices", verbose_name="委嘱")
    role = models.CharField("役職", max_length=15, choices=ROLES)
    given_by = models.CharField("選任の方法", max_length=5, choices=Membership.GivenBy.choices)
    since = models.DateField("就任日")
    until = models.DateField("退任日", null=True, blank=True, help_text="後任の就任日の前日、または委員の退任日")
    note = models.CharField("選任の経緯", max_length=200, blank=True, help_text="互選した会議など")

    objects = OfficerQuerySet.as_manager()
    history = HistoricalRecords(verbose_name="役職の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "役職 (会長・副会長)"
        ordering = ["council", "-since", "role", "pk"]

    def __str__(self):
        return f"{self.get_role_display()} {self.membership.person}"


class DepartmentQuerySet(models.QuerySet):
    def own(self):
        """The municipality's own departments, as the city's lists offer them: not those an import only named."""
        return self.filter(imported=False)

    def offered(self):
        """The own departments a form offers for new work: not one merged into another (統合)."""
        return self.own().filter(merged_into__isnull=True)


#: The fields Department.name_on reads, for a query that loads a related department with only() (its name then
#: costs no query of its own).
DEPARTMENT_NAMING = tuple(f"department__{field}" for field in ("name", "division", "former_names", "renamed_ahead"))


def _date_of(day):
    """A record's day as a date: a datetime (received at) is the day it was in the site's time zone."""
    if isinstance(day, dt.datetime):
        return timezone.localtime(day).date() if timezone.is_aware(day) else day.date()
    return day


class Department(models.Model):
    """A department of the municipality (担当課 / 実施機関).

    An imported minutes file names departments too. A name the municipality already has is that department; any
    other becomes an `imported` one, which holds the imported cases but is no department of the city's: its lists
    (実施機関, 対応する課, 監査対象課) leave it out, and it goes when the last import naming it is deleted.
    """

    # The department an imported item is filed under when the minutes name none: not a department to print.
    UNKNOWN_NAME = "担当課不明"

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="departments", verbose_name="自治体")
    name = models.CharField("課名", max_length=80)
    division = models.CharField("部名", max_length=80, blank=True)
    email = models.EmailField("連絡先メール", blank=True)
    imported = models.BooleanField("取込で作成", default=False,
                                   help_text="取り込んだ会議録に名前があるだけの課。市の課の一覧には出ません")

    # Names shown on kept public pages: a rename must change their ETag (portal/freshness.py). Empty
    # until the first save after it was added (and in a backup restored from before it).
    updated_at = models.DateTimeField("更新日時", auto_now=True, null=True)

    # The names a 組織改正 replaced, oldest first: [{"name", "division", "until"}], "until" (ISO) being the day
    # the next name took effect. Kept on the row rather than in a table of its own so that every record printed
    # with its department (select_related) can name it as of its own date without another query.
    # Not editable: set only by the actions of a 組織改正 (rename_department, merge_department).
    former_names = models.JSONField("以前の名称", default=list, blank=True, editable=False)
    # A 名称変更 recorded ahead of its 施行日: {"name", "division", "from"} (ISO), {} when none waits. It takes
    # effect (becomes `name`, the name before it going to former_names) on that day (apply_due_reorganisations);
    # name_on answers with it for that day and after already.
    renamed_ahead = models.JSONField("施行を待つ名称変更", default=dict, blank=True, editable=False)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="absorbed",
                                    verbose_name="統合先", editable=False)
    merged_on = models.DateField("統合日", null=True, blank=True, editable=False)
    # The latest day another department was merged into this one: records printed for a day before it may have
    # been that department's (holder_on); for any later day none was, and no query is needed to know it.
    absorbed_until = models.DateField("統合を受けた日", null=True, blank=True, editable=False)

    objects = DepartmentQuerySet.as_manager()
    history = HistoricalRecords(verbose_name="担当課の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "担当課"
        ordering = ["municipality", "division", "name"]
        constraints = [models.UniqueConstraint(
            fields=["municipality", "name"], name="unique_department_name",
            violation_error_message="この名前の担当課はすでにあります。別の課名にするか、今ある課を訂正してください。")]

    def __str__(self):
        return self.name_on(None)

    def _name_entry_on(self, day):
        iso = (timezone.localdate() if day is None else _date_of(day)).isoformat()
        for entry in sorted(self.former_names, key=lambda e: e["until"]):
            if iso < entry["until"]:
                return entry
        ahead = self.renamed_ahead
        if ahead and iso >= ahead["from"]:
            return ahead
        return {"name": self.name, "division": self.division}

    def name_on(self, day):
        """The name the department has on `day` (a date or datetime; None: today). A record dated before a
        組織改正 keeps the name of its day, one dated from a 名称変更 recorded ahead has the new name (from its
        施行日, before the daily run puts it into effect); a correction of a typo changes `name` itself,
        everywhere."""
        return self._name_entry_on(day)["name"]

    def division_on(self, day):
        return self._name_entry_on(day)["division"]

    @property
    def current(self):
        """The department that carries on this one's work now: itself, or the one it was merged into."""
        department, seen = self, set()
        while department.merged_into_id is not None and department.pk not in seen:
            seen.add(department.pk)
            department = department.merged_into
        return department

    def absorbed_after(self, record, day):
        """Whether `record` (one with history) may have been another department's on `day`: this one absorbed
        another after that day (holder_on then has to read whose it was)."""
        if day is None or self.absorbed_until is None or not hasattr(type(record), "history"):
            return False
        return _date_of(day) < self.absorbed_until

    def holder_on(self, record, day, *, merged=None, held=None):
        """The department that held `record` (a record with history whose `department` is this one) on `day`:
        itself, or one merged into it after that day whose open records it took over (merge_department). Costs a
        query only when this department absorbed another after `day`, none when the caller has read for a page of
        records the departments merged into theirs (`merged`) and the departments this one's history names
        (`held`)."""
        if not self.absorbed_after(record, day):
            return self
        day = _date_of(day)
        if merged is None:
            merged = Department.objects.filter(merged_into=self, merged_on__gt=day)
        if held is None:
            held = set(type(record).history.filter(id=record.pk).values_list("department_id", flat=True))
        earlier = sorted((d for d in merged if d.merged_into_id == self.pk and d.merged_on and d.merged_on > day),
                         key=lambda d: d.merged_on, reverse=True)
        return next((d for d in earlier if d.pk in held), self)

    def name_for(self, record, day):
        """The name `record` printed for its department on `day`: the holder's name of that day."""
        return self.holder_on(record, day).name_on(day)


class Reorganisation(models.Model):
    """A 組織改正 as the secretariat recorded it: a 名称変更 or a 統合 from its 施行日. One recorded ahead waits
    until that day (applied_at empty); what a merge moved is kept, so that one recorded by mistake can be undone
    (undo_reorganisation) with the records put back."""

    class Kind(models.TextChoices):
        RENAME = "rename", "名称変更"
        MERGE = "merge", "統合"

    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="reorganisations",
                                   verbose_name="担当課")
    kind = models.CharField("種類", max_length=10, choices=Kind.choices)
    on = models.DateField("施行日")
    name = models.CharField("新しい課名", max_length=80, blank=True)
    division = models.CharField("新しい部名", max_length=80, blank=True)
    into = models.ForeignKey(Department, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                             verbose_name="統合先")
    # The staff (pks) whose logins go to the successor with a merge, chosen when it was recorded.
    staff = models.JSONField("統合先に移る職員", default=list, blank=True)
    # What the merge moved: {"model label": [pks]}, and "staff": [[old staff pk, new staff pk], …].
    moved = models.JSONField("引き継いだ記録", default=dict, blank=True)
    recorded_at = models.DateTimeField("記録日時", auto_now_add=True)
    applied_at = models.DateTimeField("施行日時", null=True, blank=True)
    undone_at = models.DateTimeField("取消日時", null=True, blank=True)
    undo_reason = models.CharField("取消の理由", max_length=200, blank=True)

    history = HistoricalRecords(verbose_name="組織改正の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "組織改正"
        ordering = ["-on", "-pk"]

    def __str__(self):
        from shingikai.jp.wareki import to_wareki

        what = f"{self.name}に名称変更" if self.kind == self.Kind.RENAME else f"{self.department}を{self.into}に統合"
        return f"{to_wareki(self.on)} {what}"


class StaffQuerySet(models.QuerySet):
    def secretariat_of_councils(self, councils):
        """The secretariat of any of `councils` (ids or a query of ids), by the rule of Staff.secretariat(): only a
        council of the staff member's own city counts."""
        through = Staff.secretariat_councils.through
        own_city = through.objects.filter(staff=models.OuterRef(models.OuterRef("pk"))).order_by("pk").values(
            "council__municipality")[:1]
        return self.filter(models.Exists(through.objects.filter(
            staff=models.OuterRef("pk"), council__in=councils, council__municipality=models.Subquery(own_city))))

    def secretariats(self):
        return self.filter(models.Exists(Staff.secretariat_councils.through.objects.filter(staff=models.OuterRef("pk"))))


class Staff(models.Model):
    """An official: department staff (説明員) or the council's secretariat (事務局)."""

    name = models.CharField("氏名", max_length=50)
    title = models.CharField("職名", max_length=50, blank=True, help_text="課長、主査など")
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.PROTECT, related_name="staff", verbose_name="所属課"
    )
    # The same official often runs more than one council of the city (the 総務課 keeps both the 審議会 and the
    # 審査会): one login and one name in every history, not a second account per council. All of one city
    # (councils.actions.check_secretariat_councils); see secretariat() for a row that predates that rule.
    secretariat_councils = models.ManyToManyField(
        Council, blank=True, related_name="secretariat_staff", verbose_name="事務局を務める審議会",
        help_text="事務局の職員のとき。同じ自治体の審議会・審査会をいくつでも選べます (総務課が両方を担当する場合など)",
    )
    email = models.EmailField("電子メール", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="staff", verbose_name="ログインユーザー",
    )

    # Names shown on kept public pages: a rename must change their ETag (portal/freshness.py). Empty
    # until the first save after it was added (and in a backup restored from before it).
    updated_at = models.DateTimeField("更新日時", auto_now=True, null=True)

    # The councils an official runs are part of each history row: who made someone the secretariat of a council,
    # or took them off it, and when, is read in the staff history like a change of name or 所属課.
    history = HistoricalRecords(verbose_name="職員の履歴", m2m_fields=["secretariat_councils"])
    objects = StaffQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "職員"
        ordering = ["department__name", "name"]

    def __str__(self):
        where = self.department or (f"{self.secretariat_names()} 事務局" if self.is_secretariat else "")
        return f"{self.name} {self.title} ({where})".strip()

    def secretariat(self):
        """(city id, frozenset of council ids) of the councils this official runs: the one question every screen,
        query and mail asks (access.secretariat_council_ids, registers.access, councils.mail), read once per row.
        Only councils of one city count, the city of the first assigned: a council of another city set
        before the rule existed (the admin offered every city's) gave no access then and gives none now."""
        if "_secretariat" not in self.__dict__:
            rows = list(Staff.secretariat_councils.through.objects.filter(staff_id=self.pk).order_by("pk")
                        .values_list("council_id", "council__municipality_id")) if self.pk else []
            city = rows[0][1] if rows else None
            self._secretariat = (city, frozenset(c for c, m in rows if m == city))
        return self._secretariat

    def secretariat_council_ids(self):
        return self.secretariat()[1]

    @property
    def is_secretariat(self):
        return bool(self.secretariat_council_ids())

    def secretariat_names(self):
        return "・".join(Council.objects.filter(pk__in=self.secretariat_council_ids()).order_by("pk")
                        .values_list("name", flat=True))

    def forget_secretariat(self):
        """Read the councils again after they changed (a row keeps them for its lifetime)."""
        self.__dict__.pop("_secretariat", None)


class PasswordIssue(models.Model):
    """A temporary password the secretariat (or the operator) issued to someone who forgot theirs: who issued it,
    when and for whom; never the password. Until `changed_at` the person is sent to the password change page
    wherever they go (shingikai.accounts)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="password_issues",
                             verbose_name="発行先")
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                                  verbose_name="発行者")
    issued_at = models.DateTimeField("発行日時", auto_now_add=True)
    changed_at = models.DateTimeField("本人が変更した日時", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "仮パスワードの発行"
        ordering = ["-issued_at", "-id"]

    def __str__(self):
        return f"{self.user} {wareki_hm(self.issued_at)}"


class MemberResponse(models.Model):
    """A member's answer to a draft the secretariat put before the council (the draft minutes to check, a 答申案
    circulated): agreed (確認済・了承), or a comment asking for a change, which the secretariat reads per member
    before it settles the draft. One per member and draft; a member changes theirs until the draft is settled."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+", verbose_name="委員")
    agrees = models.BooleanField("了承")
    comment = models.TextField("意見", blank=True)
    answered_at = models.DateTimeField("回答日時", auto_now=True)

    class Meta:
        abstract = True



@receiver(m2m_changed, sender=Staff.secretariat_councils.through)
def _secretariat_changed(sender, instance, reverse, **kwargs):
    # A staff row read before its councils changed would keep answering with the old ones.
    if not reverse:
        instance.forget_secretariat()
