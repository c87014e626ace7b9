"""Meetings, their agendas, who attended, what was said, what was decided and answered."""
import re
import unicodedata

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from shingikai.cases.models import Case
from shingikai.councils.models import Council, Department, MemberResponse, Person, Staff
from shingikai.jp.wareki import fiscal_year as fiscal_year_of, fiscal_year_label, fiscal_year_label_on, to_wareki


class Meeting(models.Model):
    class State(models.TextChoices):
        PLANNED = "planned", "開催予定"
        OPEN = "open", "開会中"
        HELD = "held", "開催済"
        CANCELLED = "cancelled", "中止"

    class Method(models.TextChoices):
        MEETING = "会議", "会議 (委員が集まって開催)"
        WRITTEN = "書面", "書面開催 (書面で意見・賛否を求める)"

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="meetings", verbose_name="審議会")
    fiscal_year = models.PositiveSmallIntegerField("年度", null=True, blank=True)
    number = models.PositiveSmallIntegerField("年度内の回", null=True, blank=True)
    cumulative_number = models.PositiveIntegerField("通算回", null=True, blank=True)
    title_as_written = models.CharField("会議名 (記載どおり)", max_length=300, blank=True)
    date = models.DateField("開催日", null=True, blank=True)
    start_time = models.TimeField("開始時刻", null=True, blank=True)
    end_time = models.TimeField("終了時刻", null=True, blank=True)
    place = models.CharField("開催場所", max_length=200, blank=True)
    is_public = models.BooleanField("公開", default=True)
    closed_reason = models.CharField("非公開の理由", max_length=300, blank=True)
    observers = models.PositiveSmallIntegerField("傍聴人数", null=True, blank=True)
    presiding_name = models.CharField(
        "議長を務めた者", max_length=50, blank=True, help_text="会長が欠席のときは職務代理者"
    )
    state = models.CharField("状態", max_length=10, choices=State.choices, default=State.PLANNED)
    # A 書面開催 has no place or time: its date is the 回答期限, the day the members' written answers close and the
    # day its result is dated (see docs/meetings.md).
    method = models.CharField("開催方法", max_length=4, choices=Method.choices, default=Method.MEETING)
    imported = models.BooleanField(
        "取込記録", default=False,
        help_text="公開会議録から取り込んだ記録 (出席・定足数・採決方法が記載されていないことがある)",
    )
    import_gaps = models.JSONField("取込記録で記載のなかった事項", default=list, blank=True)
    materials = models.JSONField("配布資料", default=list, blank=True)
    convened_on = models.DateField("招集通知の送付日", null=True, blank=True)
    convocation_number = models.CharField("招集通知の文書番号", max_length=60, blank=True,
                                          help_text="市が文書番号を付ける場合 (例: ○○総第123号)")
    # How many times the 招集通知 went out (the ICS SEQUENCE) and what the last one said, so a re-sent notice
    # can say that it replaces the earlier one and what changed.
    convocation_count = models.PositiveSmallIntegerField("招集通知の送付回数", default=0)
    convocation_sent = models.JSONField("前回送付した招集通知の内容", default=dict, blank=True)
    informal = models.BooleanField(
        "懇談会", default=False, help_text="定足数に達しないまま開いた会。懇談会では何も決定できない")
    created_at = models.DateTimeField("作成日時", auto_now_add=True)
    version = models.PositiveIntegerField("版", default=1, editable=False)
    # When the meeting or anything in it last changed (every save, and actions._bump with the version): the APIs'
    # `modified` and `modified_since`, which a renumbering or an agenda item added must move.
    changed_at = models.DateTimeField("最終変更日時", null=True, blank=True, editable=False)

    history = HistoricalRecords(verbose_name="会議の履歴", excluded_fields=["changed_at"])
    # Kept in the history (a re-sent notice is worded from it) but not shown there: viewhelpers._rows.
    history_hidden_fields = ("convocation_sent",)

    class Meta:
        verbose_name = verbose_name_plural = "会議"
        ordering = ["-date", "-fiscal_year", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["council", "fiscal_year", "number"], name="unique_meeting_number"),
        ]

    def __str__(self):
        return f"{self.council} {self.label}"

    def save(self, *args, **kwargs):
        self.changed_at = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "changed_at"}
        super().save(*args, **kwargs)

    @property
    def written(self):
        return self.method == self.Method.WRITTEN

    @property
    def label(self):
        """年度第N回, with 通算第N回 where the council numbers so."""
        text = self.short_label
        if self.cumulative_number:
            text += f" (通算第{self.cumulative_number}回)"
        return text

    IMPORT_GAP_LABELS = {"members_absent": "欠席委員", "attendance": "出席委員", "quorum": "定足数の確認"}

    @property
    def import_gap_labels(self):
        return [self.IMPORT_GAP_LABELS.get(gap, gap) for gap in self.import_gaps or []]

    @property
    def short_label(self):
        if self.number is None and self.state == self.State.CANCELLED and self.date:
            return f"{self.date.month}月{self.date.day}日の中止した会議"  # its number went to another meeting
        if self.number is None and self.informal and self.date:
            # Held without a quorum, it is no meeting of the council and counts in none of its numbers.
            return f"{to_wareki(self.date)}の懇談会"
        if self.fiscal_year is None or self.number is None:
            return self.title_as_written or "回次不明"
        if self.date and fiscal_year_of(self.date) == self.fiscal_year:
            return f"{fiscal_year_label_on(self.date)}第{self.number}回"
        return f"{fiscal_year_label(self.fiscal_year)}第{self.number}回"

    def members_present(self, at=None):
        """Members present; at a time of day, only those who had arrived and not yet left."""
        present = self.attendances.filter(kind=Attendance.Kind.MEMBER, present=True)
        if at is not None:
            present = present.filter(
                models.Q(arrived_at__isnull=True) | models.Q(arrived_at__lte=at),
                models.Q(left_at__isnull=True) | models.Q(left_at__gt=at))
        return present

    def has_quorum(self):
        if self.date is None:
            return False
        return self.members_present().count() >= self.council.quorum(self.date)


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        PROCEDURAL = "procedural", "議事進行"
        CONSULTATION = "諮問", "諮問"
        REPORT = "報告", "報告"
        OTHER = "その他", "その他"

    class Procedure(models.TextChoices):
        OPENING = "開会", "開会"
        APPOINTMENT = "委嘱状交付", "委嘱状交付"
        INTRODUCTIONS = "自己紹介", "自己紹介"
        CHAIR_ELECTION = "会長の選出", "会長の選出"
        GREETING = "あいさつ", "あいさつ"
        PREVIOUS_MINUTES = "前回議事録の確定", "前回議事録の確定"
        SIGNER_DESIGNATION = "議事録署名委員の指名", "議事録署名委員の指名"
        BRIEFING = "説明", "説明"
        NEXT_MEETING = "次回日程", "次回日程"
        CLOSING = "閉会", "閉会"
        OTHER = "その他", "その他"

    #: The steps of the proceedings that are no business of the meeting: on its agenda (会議次第), not among the
    #: 議題 a 招集通知 announces (convocation._business_lines).
    CEREMONY = frozenset({Procedure.OPENING, Procedure.GREETING, Procedure.INTRODUCTIONS, Procedure.CLOSING})

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items", verbose_name="会議")
    order = models.PositiveSmallIntegerField("順序")
    kind = models.CharField("種別", max_length=12, choices=Kind.choices)
    procedure = models.CharField("議事進行の種類", max_length=20, choices=Procedure.choices, blank=True)
    title = models.CharField("件名", max_length=500)
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.PROTECT, related_name="agenda_items", verbose_name="案件")
    is_public = models.BooleanField("公開", default=True)
    closed_reason = models.CharField("非公開の理由", max_length=300, blank=True)
    departments = models.ManyToManyField(Department, blank=True, related_name="+", verbose_name="出席した課")
    provisional_chair = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="仮議長",
        help_text="会長と職務代理者が利害関係 (除斥) または欠席で進行できない議題で、出席委員が互選した委員")

    history = HistoricalRecords(verbose_name="会議次第の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "会議次第の項目"
        ordering = ["meeting", "order"]
        constraints = [models.UniqueConstraint(fields=["meeting", "order"], name="unique_agenda_order")]

    def __str__(self):
        return self.title

    @property
    def is_deliberation(self):
        return self.kind != self.Kind.PROCEDURAL

    @property
    def visible_to_public(self):
        return self.is_public and self.meeting.is_public


class Attendance(models.Model):
    class Kind(models.TextChoices):
        MEMBER = "member", "委員"
        SECRETARIAT = "secretariat", "事務局"
        DEPARTMENT = "department", "説明員"
        OTHER = "other", "その他 (オブザーバー等)"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances", verbose_name="会議")
    kind = models.CharField("区分", max_length=12, choices=Kind.choices)
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="委員")
    staff = models.ForeignKey(Staff, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="職員")
    name = models.CharField("氏名 (記載どおり)", max_length=100)
    title = models.CharField("役職・所属", max_length=100, blank=True)
    present = models.BooleanField("出席", default=True)
    agenda_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.CASCADE, related_name="attendances",
        verbose_name="出席した議題", help_text="説明員は議題ごとに出席する",
    )
    arrived_at = models.TimeField("途中入室の時刻", null=True, blank=True)
    left_at = models.TimeField("途中退室の時刻", null=True, blank=True)

    history = HistoricalRecords(verbose_name="出席の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "出席者"
        ordering = ["meeting", "kind", "id"]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()}{'' if self.present else '・欠席'})"


class AttendanceReply(models.Model):
    """A member's answer to the convocation (出欠の連絡), recorded before the meeting opens. It sets who the
    opening form expects and the expected quorum; the attendance itself is taken at opening."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="replies", verbose_name="会議")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+", verbose_name="委員")
    attending = models.BooleanField("出席予定")
    note = models.CharField("連絡の内容", max_length=200, blank=True, help_text="「30分遅れて出席」「オンラインで出席」など")

    history = HistoricalRecords(verbose_name="出欠の連絡の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "出欠の連絡"
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="one_reply_per_member")]

    def __str__(self):
        return f"{self.person} ({'出席' if self.attending else '欠席'})"


class WrittenAnswer(models.Model):
    """A member's written answer on one item of a 書面開催: their vote and their opinion, given in shingikai by the
    member or recorded by the secretariat from the paper they sent back, until the 回答期限."""

    class Vote(models.TextChoices):
        APPROVE = "承認する", "承認する"
        DISAPPROVE = "承認しない", "承認しない"
        OPINION = "意見あり", "意見あり"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="written_answers", verbose_name="会議")
    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="written_answers",
                                    verbose_name="議題")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+", verbose_name="委員")
    vote = models.CharField("賛否", max_length=5, choices=Vote.choices)
    opinion = models.TextField("意見", blank=True)

    history = HistoricalRecords(verbose_name="書面開催の回答の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "書面開催の回答"
        ordering = ["agenda_item__order", "person_id"]
        constraints = [models.UniqueConstraint(fields=["agenda_item", "person"], name="one_written_answer_per_item")]

    def __str__(self):
        return f"{self.person}: {self.vote}"


class Turn(models.Model):
    """One speaker turn (発言) of the deliberation, in order."""

    class Role(models.TextChoices):
        CHAIR = "chair", "会長"
        MEMBER = "member", "委員"
        SECRETARIAT = "secretariat", "事務局"
        DEPARTMENT = "department", "担当課"
        OTHER = "other", "その他"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="turns", verbose_name="会議")
    agenda_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="turns", verbose_name="議題"
    )
    order = models.PositiveIntegerField("順序")
    speaker_label = models.CharField("発言者 (記載どおり)", max_length=100)
    role = models.CharField("発言者の区分", max_length=12, choices=Role.choices)
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="委員")
    staff = models.ForeignKey(Staff, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="職員")
    text = models.TextField("発言")

    history = HistoricalRecords(verbose_name="発言の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "発言"
        ordering = ["meeting", "order"]
        constraints = [models.UniqueConstraint(fields=["meeting", "order"], name="unique_turn_order")]

    def __str__(self):
        return f"{self.speaker_label}: {self.text[:30]}"


class Decision(models.Model):
    class Outcome(models.TextChoices):
        APPROVED = "承認", "承認"
        CONSENTED = "同意", "同意"
        CONDITIONAL = "条件付き承認", "条件付き承認"
        CONTINUED = "継続審議", "継続審議"
        ANSWER_PENDING = "答申予定", "答申予定"
        REPORT_NOTED = "報告了承", "報告了承"
        REJECTED = "不承認", "不承認"
        UNKNOWN = "不明", "不明"

    class VoteMethod(models.TextChoices):
        SHOW_OF_HANDS = "挙手全員", "挙手全員"
        EACH_MEMBER = "各委員の発言", "各委員の発言"
        NO_OBJECTION = "異議なし", "異議なし"
        BALLOT = "採決", "採決"
        WRITTEN = "書面表決", "書面表決"
        UNKNOWN = "不明", "不明 (記載なし)"

    agenda_item = models.OneToOneField(AgendaItem, on_delete=models.PROTECT, related_name="decision", verbose_name="議題")
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions", verbose_name="案件")
    outcome = models.CharField("結論", max_length=10, choices=Outcome.choices)
    vote_method = models.CharField("決定の方法", max_length=10, choices=VoteMethod.choices)
    votes_for = models.PositiveSmallIntegerField("賛成", null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField("反対", null=True, blank=True)
    votes_abstain = models.PositiveSmallIntegerField("棄権", null=True, blank=True)
    chair_decided = models.BooleanField("可否同数のため会長が決した", default=False,
                                        help_text="採決が可否同数のとき、条例により会長が決した")
    wording = models.TextField("決定の文言", blank=True)
    decided_at = models.TimeField("決定の時刻", null=True, blank=True, help_text="定足数はこの時刻の出席で数える")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="記録者"
    )
    recorded_at = models.DateTimeField("記録日時", auto_now_add=True)
    imported = models.BooleanField("取込記録", default=False)

    history = HistoricalRecords(verbose_name="決定の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "決定"

    def __str__(self):
        return f"{self.agenda_item}: {self.outcome}"

    @property
    def meeting(self):
        return self.agenda_item.meeting


class FollowUp(models.Model):
    """A condition, an attached opinion or a promised follow-up, tracked until it is delivered."""

    class Kind(models.TextChoices):
        CONDITION = "条件", "条件"
        OPINION = "意見", "意見 (附帯意見)"
        REPORT_BACK = "後日報告", "後日報告"
        SUBMISSION = "資料提出", "資料提出"

    class Status(models.TextChoices):
        OPEN = "open", "未対応"
        RESPONDED = "responded", "回答済"
        CLOSED = "closed", "完了"
        NOT_TRACKED = "not_tracked", "追跡しない"

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="follow_ups", verbose_name="決定")
    kind = models.CharField("種別", max_length=5, choices=Kind.choices)
    text = models.TextField("内容")
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.PROTECT, related_name="follow_ups", verbose_name="対応する課"
    )
    due_date = models.DateField("期限", null=True, blank=True)
    status = models.CharField("状態", max_length=12, choices=Status.choices, default=Status.OPEN)
    response = models.TextField("担当課の回答", blank=True)
    evidence = models.FileField("回答資料", upload_to="followups/%Y/", blank=True)
    responded_at = models.DateTimeField("回答日時", null=True, blank=True)
    closed_on = models.DateField("完了日", null=True, blank=True)
    # The 依頼文's date: the day the council's request was recorded, so the copy on file says when it was sent
    # however late it is printed.
    requested_on = models.DateField("依頼日", null=True, blank=True)
    overdue_notified_on = models.DateField("期限超過の通知日", null=True, blank=True)
    version = models.PositiveIntegerField("版", default=1, editable=False)

    history = HistoricalRecords(verbose_name="条件・フォローアップの履歴")

    class Meta:
        verbose_name = verbose_name_plural = "条件・フォローアップ"
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["status", "due_date"], name="followup_status_due")]

    def __str__(self):
        return f"[{self.kind}] {self.text[:40]}"

    def is_overdue(self, today):
        return self.status == self.Status.OPEN and self.due_date is not None and self.due_date < today

    @property
    def answered_on(self):
        return timezone.localdate(self.responded_at) if self.responded_at else None

    @property
    def answered_late(self):
        """Whether the department's answer came after the due date. Lateness is the department's: the due date
        is what the council asked of it, and the day the secretariat then confirms the answer (closed_on) is the
        secretariat's own pace, which should neither make an answer in time late nor excuse a late one."""
        return (self.status in (self.Status.RESPONDED, self.Status.CLOSED) and self.due_date is not None
                and self.answered_on is not None and self.answered_on > self.due_date)

    @property
    def status_text(self):
        """The state as every page and paper says it: 期限後に完了 / 期限後に回答 for one answered late, with the
        due date and the answer's day, so a late delivery never reads as a plain 完了."""
        if not self.answered_late:
            return self.get_status_display()
        done = "期限後に完了" if self.status == self.Status.CLOSED else "期限後に回答"
        return f"{done} (期限 {to_wareki(self.due_date)}、回答 {to_wareki(self.answered_on)})"


class Answer(models.Model):
    """答申: the council's formal answer to the head of the body."""

    class State(models.TextChoices):
        DRAFT = "draft", "案"
        CIRCULATED = "circulated", "案を回付中"
        ISSUED = "issued", "答申済"

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="answers", verbose_name="審議会")
    number = models.CharField("答申番号", max_length=30, blank=True)
    date = models.DateField("答申日", null=True, blank=True)
    addressee = models.CharField("宛先", max_length=100)
    cases = models.ManyToManyField(Case, related_name="answers", verbose_name="答申する案件")
    decisions = models.ManyToManyField(Decision, blank=True, related_name="answers", verbose_name="もとになった決定")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="answers", verbose_name="答申した会議",
        help_text="審議した会議より後の会議で答申することがある",
    )
    conclusion = models.TextField("結論")
    opinions = models.TextField("附帯意見", blank=True, help_text="1行に1項目")
    state = models.CharField("状態", max_length=12, choices=State.choices, default=State.DRAFT)
    issued_at = models.DateTimeField("発出日時", null=True, blank=True)
    published_at = models.DateTimeField(
        "公表日時", null=True, blank=True,
        help_text="非公開の議題で審議した案件の答申を、審議会の判断で公表した日時 (空欄: 案件が公開のときだけ公開)")
    # Raised when the wording the members answer on changes, so an answer to an earlier wording shows as such.
    version = models.PositiveIntegerField("案の版", default=1, editable=False)

    history = HistoricalRecords(verbose_name="答申の履歴")

    class Meta:
        verbose_name = verbose_name_plural = "答申"
        ordering = ["-date", "-id"]

    def __str__(self):
        return f"{self.number or '答申'} {self.conclusion[:30]}"

    def asked_people(self, today):
        """The members the circulated 案 was put to: those in office on the day it was circulated and on the day it
        was issued (on `today` while it is still circulated). Fixed once issued, so a member who leaves later
        stays on an old 答申's record and a member appointed later never appears as 未回答 on it."""
        first = self.history.filter(state=self.State.CIRCULATED).order_by("history_date").first()
        days = [timezone.localdate(first.history_date)] if first is not None else []
        if self.state == self.State.ISSUED:
            days.append(self.date or timezone.localdate(self.issued_at or timezone.now()))
        else:
            days.append(today)
        people = {}
        for day in days:
            for membership in self.council.memberships.in_office(day).select_related("person").order_by("pk"):
                people.setdefault(membership.person_id, membership.person)
        # A member with an interest in one of its cases (除斥) took no part in deciding it: not asked either.
        recused = set(self.cases.values_list("recusals__person_id", flat=True))
        return [person for pk, person in people.items() if pk not in recused]

    @property
    def opinion_entries(self):
        """附帯意見 as separate entries, numbered where they are printed (never in the stored text)."""
        return opinion_entries(self.opinions)

    def letter_parts(self):
        """What the 答申書 says beside the conclusion, from the decisions it rests on, closed items' included:
        (附帯意見 texts, 条件 texts, the 報告等 asked of departments as FollowUps). The 答申書 prints them and the
        public page of a public 答申 shows the same, so the two never differ; a department's response stays out."""
        follow_ups = [f for d in self.decisions.prefetch_related("follow_ups__department")
                      for f in d.follow_ups.all()]
        # The draft usually starts from the decisions' opinions: each is given once, whether or not the
        # secretariat typed it with the closing 「。」 or other spacing (the 答申書 printed it twice).
        opinions = self.opinion_entries
        given = {same_opinion(text) for text in opinions}
        for f in follow_ups:
            if f.kind == FollowUp.Kind.OPINION and same_opinion(f.text) not in given:
                opinions.append(f.text)
                given.add(same_opinion(f.text))
        conditions = [f.text for f in follow_ups if f.kind == FollowUp.Kind.CONDITION]
        requests = [f for f in follow_ups if f.kind in (FollowUp.Kind.REPORT_BACK, FollowUp.Kind.SUBMISSION)]
        return opinions, conditions, requests


_ENTRY_NUMBER = re.compile(r"^\s*(?:[(（]?[0-9０-９]+[)）.．、]|[①-⑳])\s*")


def same_opinion(text):
    """An opinion as compared for duplicates: width, spacing and the closing full stop do not count."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).rstrip("。．.")


def opinion_entries(text):
    return [e for e in (_ENTRY_NUMBER.sub("", line).strip() for line in (text or "").splitlines()) if e]


class AnswerResponse(MemberResponse):
    """A member's 了承 of, or comment on, a circulated 答申案."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="member_responses", verbose_name="答申")
    version = models.PositiveIntegerField("回答した案の版", default=1)

    class Meta:
        verbose_name = verbose_name_plural = "答申案への委員の回答"
        constraints = [models.UniqueConstraint(fields=["answer", "person"], name="unique_answer_response")]
        ordering = ["answer", "person_id"]

