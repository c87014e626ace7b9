"""Forms for planning and recording a meeting, its decisions, follow-ups and answers."""
from django import forms

from shingikai.councils.forms import TimeField, WarekiDateField
from shingikai.councils.models import Department
from shingikai.formfields import FiscalYearField, NumberField, RecordsField, UploadField
from shingikai.jp.wareki import to_wareki

from .actions import CONTRADICTORY_PUBLICITY, MAX_CUMULATIVE, PAST_DATE_CORRECTION
from .models import AgendaItem, Decision, FollowUp, Meeting, WrittenAnswer

TEXTAREA = forms.Textarea(attrs={"rows": 3})


class MeetingFilterForm(forms.Form):
    fiscal_year = FiscalYearField(label="年度", required=False, narrows=True)


class RescheduleForm(forms.Form):
    """A planned meeting's date, times and place (延期・会場変更)."""
    date = WarekiDateField(label="開催日")
    start_time = TimeField(label="開始時刻", required=False)
    end_time = TimeField(label="終了予定時刻", required=False)
    place = forms.CharField(label="開催場所", max_length=200, required=False)
    correction = forms.BooleanField(label=PAST_DATE_CORRECTION, required=False,
                                    help_text="延期ではなく、実際の開催日 (今日より前の日) に直すときだけチェックします。次第はそのまま残ります")

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", "終了時刻は開始時刻より後にしてください。")
        return data


class CorrectMeetingForm(RescheduleForm):
    """A planned meeting not yet convened: its date, times and place, and its 年度第N回."""
    # Not required: a form posted without it (an older page) leaves the number as it is.
    number = NumberField(label="年度内の回 (第N回)", min_value=1, max_value=999, required=False,
                         help_text="招集通知を送るまでは直せます。同じ年度の会議と同じ回は付けられません。")
    cumulative_number = NumberField(label="通算回 (通算第N回)", min_value=1, max_value=MAX_CUMULATIVE, required=False,
                                    help_text="回と同じく招集通知を送るまで直せます。中止していない会議と同じ通算回は付けられません。")
    field_order = ["number", "cumulative_number", "date", "start_time", "end_time", "place"]

    def __init__(self, *args, cumulative=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not cumulative:
            del self.fields["cumulative_number"]


def _check_publicity(form, data, *, box):
    """Closed needs a reason; a reason with the 公開 box ticked is refused as actions.check_publicity does."""
    reason = (data.get("closed_reason") or "").strip()
    if not data.get("is_public") and not reason:
        form.add_error("closed_reason", "非公開とする理由を入力してください。")
    if data.get("is_public") and reason:
        form.add_error("is_public", CONTRADICTORY_PUBLICITY.format(box=box))


class PlanMeetingForm(RescheduleForm):
    council = forms.ModelChoiceField(queryset=None, label="審議会", empty_label=None)
    # Not required: a form posted without it (an older page, a script) plans a meeting held in person.
    method = forms.ChoiceField(label="開催方法", choices=Meeting.Method.choices, initial=Meeting.Method.MEETING,
                               widget=forms.RadioSelect, required=False,
                               help_text="書面開催では、開催日に回答期限の日を入力します (開始時刻・場所は不要です)")
    is_public = forms.BooleanField(label="公開の会議とする", required=False, initial=True)
    closed_reason = forms.CharField(label="非公開の理由", max_length=300, required=False,
                                    help_text="非公開とする場合に入力してください。")
    field_order = ["council", "method", "date", "start_time", "end_time", "place", "is_public", "closed_reason"]

    def __init__(self, *args, councils, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = councils

    def clean(self):
        data = super().clean()
        data["method"] = data.get("method") or Meeting.Method.MEETING
        _check_publicity(self, data, box="公開の会議とする")
        return data


class ProceduralItemForm(forms.Form):
    procedure = forms.ChoiceField(label="議事進行の項目", choices=AgendaItem.Procedure.choices)
    title = forms.CharField(label="表示する件名", max_length=500, required=False, help_text="空欄なら項目名のまま")


class OtherItemForm(forms.Form):
    """An item that is no department's case: the secretariat's own report (運用状況報告) or other business."""
    kind = forms.ChoiceField(label="議題の区分", choices=[(AgendaItem.Kind.REPORT, "報告"), (AgendaItem.Kind.OTHER, "その他")])
    title = forms.CharField(label="議題の件名", max_length=500)
    # Asked here, not afterwards from the item's row: a closed report (an incident about a named person) added
    # as public would be on the public 次第, the API and the calendar feed until corrected.
    is_public = forms.BooleanField(label="公開で審議する", required=False, initial=True)
    closed_reason = forms.CharField(label="非公開の理由", max_length=300, required=False)

    def clean(self):
        data = super().clean()
        _check_publicity(self, data, box="公開で審議する")
        return data


class ScheduleCaseForm(forms.Form):
    """`cases` carry `appeal_pk` (views.schedulable_cases): an appeal is always deliberated in closed session,
    so its option says so and it needs no reason typed (actions.APPEAL_CLOSED_REASON)."""
    case = forms.ModelChoiceField(queryset=None, label="案件", empty_label="選んでください")
    is_public = forms.BooleanField(label="公開で審議する", required=False, initial=True,
                                   help_text="審査請求の案件は、この欄にかかわらず非公開で審議します。")
    closed_reason = forms.CharField(label="非公開の理由", max_length=300, required=False)

    def __init__(self, *args, cases, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = cases
        self.fields["case"].label_from_instance = lambda c: (
            f"{c.number_label} {c.title} ({c.department.name})" + ("【審査請求・非公開】" if c.appeal_pk else ""))

    def clean(self):
        data = super().clean()
        case = data.get("case")
        if case is not None and case.appeal_pk:
            data["is_public"] = False
        if not (case and case.appeal_pk):
            _check_publicity(self, data, box="公開で審議する")
        return data


class OpenMeetingForm(forms.Form):
    present = RecordsField(queryset=None, label="出席した委員", required=False,
                                             widget=forms.CheckboxSelectMultiple)
    secretariat = RecordsField(queryset=None, label="出席した事務局職員", required=False,
                                                 widget=forms.CheckboxSelectMultiple)
    department_staff = RecordsField(queryset=None, label="出席した説明員 (担当課)", required=False,
                                                      widget=forms.CheckboxSelectMultiple)
    others = forms.CharField(label="その他の出席者", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="1行に1人、「氏名、所属」の形で (オブザーバーなど)")
    is_public = forms.BooleanField(label="公開で開催する", required=False)
    observers = NumberField(label="傍聴人数", column=(Meeting, "observers"), required=False, initial=0)
    informal = forms.BooleanField(
        label="定足数に達しないため懇談会として開く", required=False,
        help_text="懇談会では何も決定できません。定足数に達しているときは選ばないでください。")

    def __init__(self, *args, members, secretariat, department_staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].queryset = members
        self.fields["secretariat"].queryset = secretariat
        self.fields["department_staff"].queryset = department_staff
        self.fields["department_staff"].label_from_instance = lambda s: f"{s.department} {s.name} {s.title}".strip()
        self.fields["secretariat"].label_from_instance = lambda s: f"{s.name} {s.title}".strip()

    def clean_others(self):
        """(name, title) per line; a line of separators only (「、」) is no one, a title without a name is refused."""
        rows = []
        for line in self.cleaned_data["others"].splitlines():
            name, _, title = line.replace(",", "、").partition("、")
            name, title = name.strip(), title.strip()
            if not name and not title:
                continue
            if not name:
                raise forms.ValidationError(f"氏名のない行があります (「{line.strip()}」)。「氏名、所属」の形で入力してください。")
            rows.append((name, title))
        return rows


def agenda_item_choices(items):
    """The 議題 a turn is recorded under, a closed item marked so: in a meeting with one, a turn under no item
    is left out of the public minutes (publicity.unplaced_turns_withheld), and the box says so."""
    has_closed = any(not i.is_public for i in items)
    none = "(議題なし・公開の会議録には載りません)" if has_closed else "(議題なし)"
    return [("", none)] + [(str(i.pk), f"{i.order}. {i.title}{'' if i.is_public else ' (非公開)'}") for i in items]


class TurnForm(forms.Form):
    speaker = forms.ChoiceField(label="発言者")
    speaker_name = forms.CharField(label="発言者名 (その他の場合)", max_length=100, required=False)
    agenda_item = forms.ChoiceField(label="議題", required=False)
    text = forms.CharField(label="発言", widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, speakers, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.speakers = {value: spec for value, spec in speakers}
        self.fields["speaker"].choices = [("", "選んでください")] + [(v, s["label"]) for v, s in speakers]
        self.items = {str(i.pk): i for i in items}
        self.fields["agenda_item"].choices = agenda_item_choices(items)

    def clean(self):
        data = super().clean()
        spec = self.speakers.get(data.get("speaker"))
        if spec and spec.get("free") and not (data.get("speaker_name") or "").strip():
            self.add_error("speaker_name", "発言者名を入力してください。")
        if data.get("text") is not None and not data["text"].strip():
            self.add_error("text", "発言を入力してください。")
        return data

    def turn_fields(self):
        spec = self.speakers[self.cleaned_data["speaker"]]
        label = self.cleaned_data.get("speaker_name", "").strip() if spec.get("free") else spec["speaker_label"]
        return {"speaker_label": label, "role": spec["role"], "person": spec.get("person"), "staff": spec.get("staff"),
                "agenda_item": self.items.get(self.cleaned_data.get("agenda_item") or ""), "text": self.cleaned_data["text"]}


class TranscriptForm(forms.Form):
    agenda_item = forms.ChoiceField(label="議題", required=False)
    text = forms.CharField(
        label="書き起こし", widget=forms.Textarea(attrs={"rows": 18}),
        help_text="発言ごとに空行で区切り、「発言者：発言」または「〔発言者〕発言」の形で始めてください。会議録と同じく「○発言者　発言」と行頭に○を付けた形なら、空行は要りません。"
                  "発言者は出席者の氏名、「会長」「委員」「事務局」、課の名前 (「説明員」も可) で書けます。")

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = {str(i.pk): i for i in items}
        self.fields["agenda_item"].choices = agenda_item_choices(items)

    def clean_text(self):
        text = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError("書き起こしを貼り付けてください。")
        return text

    def selected_item(self):
        return self.items.get(self.cleaned_data.get("agenda_item") or "")


OUTCOMES = [(v, label) for v, label in Decision.Outcome.choices if v != Decision.Outcome.UNKNOWN]
# 書面表決 is recorded only from the members' written answers (actions.record_written_result), never typed.
VOTE_METHODS = [(v, label) for v, label in Decision.VoteMethod.choices
                if v not in (Decision.VoteMethod.UNKNOWN, Decision.VoteMethod.WRITTEN)]


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label="結論", choices=[("", "選んでください")] + OUTCOMES)
    vote_method = forms.ChoiceField(label="決定の方法", choices=[("", "選んでください")] + VOTE_METHODS)
    wording = forms.CharField(label="決定の文言", required=False, widget=TEXTAREA)
    votes_for = NumberField(label="賛成", column=(Decision, "votes_for"), required=False)
    votes_against = NumberField(label="反対", column=(Decision, "votes_against"), required=False)
    votes_abstain = NumberField(label="棄権", column=(Decision, "votes_abstain"), required=False)
    chair_decided = forms.BooleanField(label="可否同数のため会長が決した", required=False,
                                       help_text="採決が可否同数で、条例により会長が決したとき")
    decided_at = TimeField(label="決定の時刻", required=False,
                           help_text="定足数はこの時刻に在室の委員で数えます。空欄なら今の時刻 (当日の会議の場合)")

    def clean(self):
        data = super().clean()
        if data.get("vote_method") == Decision.VoteMethod.BALLOT:
            if data.get("votes_for") is None:
                self.add_error("votes_for", "採決の場合は賛成の人数を入力してください。")
            if data.get("votes_against") is None:
                self.add_error("votes_against", "採決の場合は反対の人数を入力してください。")
        return data


class FollowUpForm(forms.Form):
    kind = forms.ChoiceField(label="種別", choices=FollowUp.Kind.choices)
    text = forms.CharField(label="内容", widget=TEXTAREA)
    department = forms.ModelChoiceField(queryset=None, label="対応する課", required=False,
                                        empty_label="案件の担当課")
    # A due date before the deciding meeting is refused by add_follow_up; one that has merely passed (a follow-up
    # recorded late) is accepted with a warning.
    due_date = WarekiDateField(label="期限", required=False)

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.offered().filter(municipality=municipality)


class CorrectFollowUpForm(FollowUpForm):
    # The 依頼文 is dated by it: a request sent later than the day it was recorded is dated as sent.
    requested_on = WarekiDateField(label="依頼日", required=False,
                                   help_text="担当課に対応を依頼した日 (対応依頼の文書の日付)。完了するまで直せます。")


class RespondFollowUpForm(forms.Form):
    response = forms.CharField(label="回答", widget=forms.Textarea(attrs={"rows": 5}))
    evidence = UploadField(label="回答資料", required=False)


class ReopenFollowUpForm(forms.Form):
    reason = forms.CharField(label="再開する理由", max_length=90)


class CloseMeetingForm(forms.Form):
    end_time = TimeField(label="終了時刻", required=False)

    def __init__(self, *args, start_time=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_time = start_time

    def clean_end_time(self):
        end = self.cleaned_data["end_time"]
        if end and self.start_time and end <= self.start_time:
            raise forms.ValidationError(f"終了時刻は開始時刻 ({self.start_time:%H:%M}) より後にしてください。")
        return end


class AnswerForm(forms.Form):
    cases = RecordsField(queryset=None, label="答申する案件", widget=forms.CheckboxSelectMultiple)
    addressee = forms.CharField(label="宛先", max_length=100)
    conclusion = forms.CharField(label="結論", widget=TEXTAREA)
    opinions = forms.CharField(label="附帯意見", required=False, widget=TEXTAREA)
    number = forms.CharField(label="答申番号", max_length=30, required=False, help_text="空欄なら発出時に自動で付けます")

    def __init__(self, *args, cases, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cases"].queryset = cases
        self.fields["cases"].label_from_instance = lambda c: f"{c.number_label} {c.title}"


class IssueAnswerForm(forms.Form):
    date = WarekiDateField(label="答申日")
    meeting = forms.ModelChoiceField(queryset=None, label="答申した会議", required=False,
                                     empty_label="会議によらない (持ち回りなど)")

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings
        self.fields["meeting"].label_from_instance = lambda m: f"{m.label} ({to_wareki(m.date) if m.date else '日付未定'})"


class BoardFilterForm(forms.Form):
    department = forms.ModelChoiceField(queryset=None, label="課", required=False, empty_label="すべての課")

    def __init__(self, *args, departments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = departments



class AttendanceForm(forms.Form):
    """Correct one attendee: present or absent, late arrival and early departure."""
    present = forms.BooleanField(label="出席", required=False)
    arrived_at = TimeField(label="途中入室の時刻", required=False)
    left_at = TimeField(label="途中退室の時刻", required=False)

    def clean(self):
        data = super().clean()
        arrived, left = data.get("arrived_at"), data.get("left_at")
        if arrived and left and left <= arrived:
            self.add_error("left_at", "退室の時刻は入室の時刻より後にしてください。")
        if not data.get("present") and (arrived or left):
            self.add_error("present", "入室・退室の時刻を記録する人は「出席」にしてください。")
        return data


class AddAttendeeForm(AttendanceForm):
    kind = forms.ChoiceField(label="区分", choices=[])
    person = forms.ModelChoiceField(queryset=None, label="委員", required=False, empty_label="(委員以外)")
    name = forms.CharField(label="氏名", max_length=100, required=False)
    title = forms.CharField(label="役職・所属", max_length=100, required=False)

    field_order = ["kind", "person", "name", "title", "present", "arrived_at", "left_at"]

    def __init__(self, *args, members, kinds, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("present", True)
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = kinds
        self.fields["person"].queryset = members

    def clean(self):
        data = super().clean()
        if data.get("kind") == "member" and not data.get("person"):
            self.add_error("person", "委員を選んでください。")
        if data.get("kind") and data["kind"] != "member" and not (data.get("name") or "").strip():
            self.add_error("name", "氏名を入力してください。")
        return data


class MoveForm(forms.Form):
    position = NumberField(label="移動先の順番", min_value=1)


class AgendaPublicityForm(forms.Form):
    is_public = forms.BooleanField(label="公開", required=False)
    closed_reason = forms.CharField(label="非公開の理由", max_length=300, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("is_public") and not (data.get("closed_reason") or "").strip():
            self.add_error("closed_reason", "非公開とする理由を入力してください。")
        return data


class EditAnswerForm(forms.Form):
    addressee = forms.CharField(label="宛先", max_length=100)
    conclusion = forms.CharField(label="結論", widget=TEXTAREA)
    opinions = forms.CharField(label="附帯意見", required=False, widget=forms.Textarea(attrs={"rows": 5}),
                               help_text="1行に1項目。番号は印刷のときに付きます。")
    number = forms.CharField(label="答申番号", max_length=30, required=False)


class CorrectAnswerForm(EditAnswerForm):
    """正誤: a typo found in a 答申 after it was issued, corrected with the reason on record."""
    reason = forms.CharField(label="訂正の理由", max_length=200, help_text="例: 結論の誤字 (正誤表を送付)")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["number"]  # the number was given at issue and is how others cite the 答申


class RenumberAnswerForm(forms.Form):
    """An issued 答申 recorded with another number than its 答申書 bore (actions.renumber_answer)."""
    number = forms.CharField(label="答申番号", max_length=30, help_text="答申書に記載した番号 (例: 答申第2号、「2」でも可)")
    swap = forms.BooleanField(label="番号を入れ替える", required=False,
                              help_text="その番号の答申があるとき、その答申にこの答申の今の番号を付けます")
    reason = forms.CharField(label="理由", max_length=80, help_text="例: 過去の会議の答申を後から記録したため")


class CorrectDecisionForm(DecisionForm):
    """A recorded decision, corrected until the minutes are confirmed (a blank time records none)."""

    decided_at = TimeField(label="決定の時刻", required=False, help_text="定足数はこの時刻に在室の委員で数えます")


class ProvisionalChairForm(forms.Form):
    """The member the members present chose (互選) to chair an item no officer can take (仮議長)."""
    person = forms.ModelChoiceField(queryset=None, label="仮議長に選ばれた委員", empty_label="選んでください",
                                    help_text="出席していて、この案件に利害関係のない委員から選びます")

    def __init__(self, *args, persons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = persons


class PresidingForm(forms.Form):
    """Who presided (議長) the meeting, as the minutes name them: a member present (the 会長, or the officer who
    stood in for an absent one), or, when neither was there, the 仮議長 the members chose (互選) by name."""
    person = forms.ModelChoiceField(queryset=None, label="議長を務めた委員", required=False, empty_label="選んでください",
                                    help_text="出席した委員から選びます。会長が欠席のときは職務代理者です")
    name = forms.CharField(label="または仮議長の氏名", max_length=Meeting._meta.get_field("presiding_name").max_length,
                           required=False, help_text="会長も職務代理者もいないとき、出席委員の互選で選ばれた仮議長")

    def __init__(self, *args, persons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = persons

    def clean(self):
        data = super().clean()
        person, name = data.get("person"), (data.get("name") or "").strip()
        if person is not None and name and "".join(name.split()) != "".join(person.name.split()):
            raise forms.ValidationError("議長は委員から選ぶか、仮議長の氏名を入力するか、どちらか一方にしてください。")
        if person is None and not name and not self.errors:
            raise forms.ValidationError("議長を務めた委員を選ぶか、仮議長の氏名を入力してください。")
        data["presiding"] = person.name if person is not None else name
        return data


class WrittenAnswerForm(forms.Form):
    """A member's written answer to one item of a 書面開催 (prefix: the item's pk)."""
    vote = forms.ChoiceField(label="賛否", choices=WrittenAnswer.Vote.choices, widget=forms.RadioSelect)
    opinion = forms.CharField(label="意見", required=False, max_length=2000, widget=TEXTAREA,
                              help_text="「意見あり」のときは必ず入力してください")

    def clean(self):
        data = super().clean()
        if data.get("vote") == WrittenAnswer.Vote.OPINION and not (data.get("opinion") or "").strip():
            self.add_error("opinion", "「意見あり」とするときは、意見を入力してください。")
        return data
