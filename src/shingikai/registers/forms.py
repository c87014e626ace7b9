"""Forms of the register screens. They only check the input's shape; the actions decide the rules."""
from django import forms

from shingikai.councils.forms import WarekiDateField
from shingikai.councils.models import Department
from shingikai.formfields import FiscalYearField, NumberField, RecordsField, UploadField
from shingikai.meetings.models import Meeting

from . import actions
from .models import Assessment, Incident, PersonalInfoFile


def _date_fields(model, names):
    """Model date fields as WarekiDateField, keeping the model's labels."""
    return {name: WarekiDateField(label=model._meta.get_field(name).verbose_name,
                                  required=not model._meta.get_field(name).null) for name in names}


class FileForm(forms.ModelForm):
    class Meta:
        model = PersonalInfoFile
        fields = list(actions.FILE_FIELDS)
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in (
            "purpose", "record_items", "record_scope", "collection_method", "regular_recipients",
            "special_procedures", "remarks")}


class IncidentForm(forms.ModelForm):
    discovered_on = _date_fields(Incident, ["discovered_on"])["discovered_on"]
    occurred_on = _date_fields(Incident, ["occurred_on"])["occurred_on"]

    class Meta:
        model = Incident
        fields = [f for f in actions.INCIDENT_FIELDS if f not in ("notice_method",)]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in (
            "what_leaked", "whose", "cause", "recurrence_measures")}


class ThresholdForm(forms.Form):
    system_name = forms.CharField(label="評価実施事務 (システム)", max_length=200)
    subject_count = NumberField(label="対象人数", column=(Assessment, "subject_count"))
    handler_count = NumberField(label="取扱者数", column=(Assessment, "handler_count"))
    incident_in_past_year = forms.BooleanField(label="過去1年以内に重大事故があった", required=False)
    reason = forms.ChoiceField(label="実施の理由", choices=Assessment.Reason.choices)
    summary = forms.CharField(label="評価書の概要", widget=forms.Textarea(attrs={"rows": 3}), required=False)


class DateForm(forms.Form):
    on = WarekiDateField(label="日付")


class ReportForm(DateForm):
    """A 速報 or 確報 filed: its day, and the reason when that day is past its deadline."""
    late_reason = forms.CharField(label="期限後になった理由", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                                  help_text="期限を過ぎて提出したときに入力します (期限内なら空欄)")


class SubmitAssessmentForm(forms.Form):
    on = WarekiDateField(label="提出日")
    unrevised_reason = forms.CharField(
        label="要請事項について評価書の修正を要しない理由", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="第三者点検の要請事項を受けた修正版を追加しないときに入力します")


class ChangeDateForm(forms.Form):
    on = WarekiDateField(label="変更日", required=False, help_text="空欄のときは今日")


class RetireForm(forms.Form):
    on = WarekiDateField(label="廃止日")
    comment = forms.CharField(label="廃止の理由", widget=forms.Textarea(attrs={"rows": 3}))


class CommentPeriodForm(forms.Form):
    start = WarekiDateField(label="意見募集の開始日")
    end = WarekiDateField(label="意見募集の終了日")


class CommentsReceivedForm(forms.Form):
    count = NumberField(label="寄せられた意見の数 (なかったときは0)", min_value=0, column=(Assessment, "comment_count"))
    summary = forms.CharField(label="意見の概要", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    response = forms.CharField(label="実施機関の対応", widget=forms.Textarea(attrs={"rows": 3}), required=False)


class MeetingChoiceForm(forms.Form):
    meeting = forms.ModelChoiceField(label="会議", queryset=Meeting.objects.none())
    is_public = forms.BooleanField(label="公開の議題とする", required=False, initial=True)
    closed_reason = forms.CharField(label="非公開の理由", required=False, max_length=300)

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = Meeting.objects.filter(
            council__municipality=municipality, state__in=(Meeting.State.PLANNED, Meeting.State.OPEN),
        ).select_related("council").order_by("date")


class InspectionResultForm(forms.Form):
    findings = forms.CharField(label="点検の結果 (所見、1行に1つ)", widget=forms.Textarea(attrs={"rows": 5}))
    requests = forms.CharField(label="実施機関への要請事項 (1行に1つ)", widget=forms.Textarea(attrs={"rows": 4}),
                               required=False)
    on = WarekiDateField(label="点検結果の日付")


class ChangeForm(forms.Form):
    planned_on = WarekiDateField(label="重要な変更の予定日")
    description = forms.CharField(label="重要な変更の内容", widget=forms.Textarea(attrs={"rows": 3}))


class NoticeForm(forms.Form):
    on = WarekiDateField(label="本人への通知日")
    method = forms.CharField(label="通知の方法", max_length=300)


class CommentForm(forms.Form):
    comment = forms.CharField(label="理由", widget=forms.Textarea(attrs={"rows": 3}))


class CaseLinkForm(forms.Form):
    case = NumberField(label="案件番号 (ID)", min_value=1)


class AuditForm(forms.Form):
    title = forms.CharField(label="監査の名称", max_length=200)
    fiscal_year = FiscalYearField(label="年度", min_value=2000, max_value=2100)
    auditor = forms.CharField(label="監査実施者", max_length=200)
    scope = forms.CharField(label="監査の対象と範囲", widget=forms.Textarea(attrs={"rows": 3}))
    departments = RecordsField(label="監査対象課", queryset=Department.objects.none(),
                                                 widget=forms.CheckboxSelectMultiple)
    conducted_from = WarekiDateField(label="実施期間 (開始)")
    conducted_to = WarekiDateField(label="実施期間 (終了)")

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["departments"].queryset = Department.objects.offered().filter(municipality=municipality).order_by("name")


class FindingForm(forms.Form):
    department = forms.ModelChoiceField(label="対応する課", queryset=Department.objects.none())
    text = forms.CharField(label="指摘事項", widget=forms.Textarea(attrs={"rows": 3}))
    request = forms.CharField(label="求める改善", widget=forms.Textarea(attrs={"rows": 3}))
    # An audit is often recorded after it ended: the date it set may have passed (warned, shown as overdue).
    due_date = WarekiDateField(label="改善の期限", required=False)

    def __init__(self, *args, audit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = audit.departments.order_by("name")


class ImprovementForm(forms.Form):
    finding = NumberField(label="指摘事項", min_value=1, widget=forms.HiddenInput)
    report = forms.CharField(label="改善の報告", widget=forms.Textarea(attrs={"rows": 3}),
                             help_text="行った改善の内容と実施日")


class SummaryForm(forms.Form):
    summary = forms.CharField(label="監査結果の総評", widget=forms.Textarea(attrs={"rows": 4}))


class AssessmentDocumentForm(forms.Form):
    title = forms.CharField(label="資料名", max_length=200, help_text="例: 全項目評価書 (意見募集版)、意見募集の結果")
    file = UploadField(label="ファイル")


class ReplaceDocumentForm(forms.Form):
    document = NumberField(label="資料", min_value=1, widget=forms.HiddenInput)
    file = UploadField(label="新しい版のファイル")
    title = forms.CharField(label="資料名 (変えるときのみ)", max_length=200, required=False)


class DocumentChoiceForm(forms.Form):
    document = NumberField(label="資料", min_value=1, widget=forms.HiddenInput)
