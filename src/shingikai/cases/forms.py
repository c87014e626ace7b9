"""Forms for drafting a case: the case itself, its data items and its contractors."""
from django import forms

from shingikai.councils.forms import WarekiDateField
from shingikai.councils.models import Council
from shingikai.formfields import FiscalYearField, UploadField, fiscal_year_help

from . import retention
from .actions import ANSWER_MAX, QUESTION_MAX, TITLE_MAX
from .models import Case, Category, Certification, StorageLocation, TransferMethod

TEXTAREA = forms.Textarea(attrs={"rows": 3})


def _too_long(label):
    """The actions' words for a text over its limit (cases.actions._check_length), with the count typed."""
    return {"max_length": f"{label}は%(limit_value)d文字以内で入力してください (現在 %(show_value)d 文字)。"}

# The sections of the drafting form, in the order a department thinks about its case.
SECTIONS = [
    ("基本情報", ["council", "kind", "title", "topic", "categories", "legal_bases", "purpose"]),
    ("対象者と件数", ["data_subjects", "subject_count", "subject_count_note", "data_source", "data_destination"]),
    ("受渡しと保管", ["transfer_methods", "transfer_note", "media_return", "storage_locations", "storage_note",
                     "retention_period", "destruction_method"]),
    ("安全管理と委託", ["security_measures", "subcontracting", "offsite_work", "offsite_supervision"]),
    ("本人への周知・要配慮個人情報", ["notice_to_subjects", "sensitive_reason", "sensitive_access"]),
    ("特定個人情報 (マイナンバー)", ["uses_my_number", "handler_count", "incident_in_past_year"]),
    ("防犯カメラ", ["camera_signs", "camera_retention", "camera_viewers"]),
    ("日程と予算", ["start_date", "end_date", "budget_yen", "budget_note"]),
]


class CaseForm(forms.ModelForm):
    council = forms.ModelChoiceField(queryset=None, label="審議会", empty_label=None)
    categories = forms.MultipleChoiceField(
        label="類型", choices=Category.choices, widget=forms.CheckboxSelectMultiple, required=False,
        help_text="諮問では1つ以上選んでください。",
    )
    title = forms.CharField(label="件名", max_length=TITLE_MAX, error_messages=_too_long("件名"))
    legal_bases = forms.CharField(
        label="根拠条項", widget=forms.Textarea(attrs={"rows": 2}), required=False,
        help_text="1行に1つ (例: 個人情報の保護に関する法律第69条第2項第3号)",
    )
    transfer_methods = forms.MultipleChoiceField(
        label="受渡方法", choices=TransferMethod.choices, widget=forms.CheckboxSelectMultiple, required=False,
    )
    storage_locations = forms.MultipleChoiceField(
        label="保管場所", choices=StorageLocation.choices, widget=forms.CheckboxSelectMultiple, required=False,
    )
    start_date = WarekiDateField(label="開始予定日", required=False)
    end_date = WarekiDateField(label="終了予定日", required=False)

    class Meta:
        model = Case
        fields = [name for _, names in SECTIONS for name in names if name != "council"]
        widgets = {name: TEXTAREA for name in (
            "purpose", "data_subjects", "data_source", "data_destination", "transfer_note", "storage_note",
            "security_measures", "subcontracting", "offsite_supervision", "media_return", "notice_to_subjects",
            "sensitive_reason", "sensitive_access", "camera_signs", "camera_viewers",
        )}

    def __init__(self, *args, councils=None, **kwargs):
        super().__init__(*args, **kwargs)
        if councils is None:
            del self.fields["council"]
        else:
            self.fields["council"].queryset = councils
            # One council is simply it; among several, nothing is chosen for the department.
            if len(councils) == 1:
                self.initial.setdefault("council", councils[0])
            else:
                self.fields["council"].empty_label = "選んでください"
        if self.instance.pk and not self.is_bound:
            self.initial["legal_bases"] = "\n".join(self.instance.legal_bases)
        self.fields["title"].widget.attrs["autocomplete"] = "off"
        self.fields["retention_period"].help_text = f"{retention.EXAMPLES}のように書いてください。"
        self.fields["camera_retention"].help_text = "「14日間」「1か月」のように書いてください。"

    def sections(self):
        for heading, names in SECTIONS:
            yield heading, [self[name] for name in names if name in self.fields]

    def clean_legal_bases(self):
        return [line.strip() for line in self.cleaned_data["legal_bases"].splitlines() if line.strip()]

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError("件名を入力してください。")
        return title

    def _period(self, name, label):
        text = self.cleaned_data[name].strip()
        error = retention.problem(text)
        if error:
            raise forms.ValidationError(error.replace("保存期間", label, 1))
        return text

    def clean_retention_period(self):
        return self._period("retention_period", "保存期間")

    def clean_camera_retention(self):
        return self._period("camera_retention", "録画の保存期間")

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "終了予定日が開始予定日より前です。")
        return data

    def case_fields(self):
        """The cleaned values the actions take (no council)."""
        return {name: value for name, value in self.cleaned_data.items() if name != "council"}

    def _post_clean(self):
        # The actions validate and save; the model's own full_clean would only repeat them.
        pass


class DataItemForm(forms.Form):
    name = forms.CharField(label="項目", max_length=100, required=False)
    required = forms.BooleanField(label="必須", required=False, initial=True)
    sensitive = forms.BooleanField(label="要配慮", required=False)
    reason = forms.CharField(label="必要な理由 (任意項目はその旨)", max_length=300, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("name", "").strip() and (data.get("reason") or data.get("sensitive")):
            self.add_error("name", "項目名を入力してください。")
        return data


class ContractorForm(forms.Form):
    name = forms.CharField(label="事業者名", max_length=150, required=False)
    role = forms.CharField(label="役割", max_length=20, required=False, initial="委託先")
    work = forms.CharField(label="委託内容", max_length=300, required=False)
    work_start = WarekiDateField(label="作業開始日", required=False, help_text="")
    work_end = WarekiDateField(label="作業終了日", required=False, help_text="")
    isms_number = forms.CharField(label="ISO/IEC 27001 登録番号", max_length=60, required=False)
    isms_valid_until = WarekiDateField(label="ISO/IEC 27001 有効期限", required=False, help_text="")
    pmark_number = forms.CharField(label="プライバシーマーク 登録番号", max_length=60, required=False)
    pmark_valid_until = WarekiDateField(label="プライバシーマーク 有効期限", required=False, help_text="")

    def clean(self):
        data = super().clean()
        filled = any(data.get(k) for k in ("work", "work_start", "work_end", "isms_number", "isms_valid_until",
                                             "pmark_number", "pmark_valid_until"))
        if filled and not data.get("name", "").strip():
            self.add_error("name", "事業者名を入力してください。")
        start, end = data.get("work_start"), data.get("work_end")
        if start and end and end < start:
            self.add_error("work_end", "作業終了日が作業開始日より前です。")
        return data

    def as_action_dict(self):
        data = self.cleaned_data
        certs = []
        if data.get("isms_number") or data.get("isms_valid_until"):
            certs.append({"kind": Certification.Kind.ISMS, "number": data.get("isms_number", ""),
                          "valid_until": data.get("isms_valid_until")})
        if data.get("pmark_number") or data.get("pmark_valid_until"):
            certs.append({"kind": Certification.Kind.PMARK, "number": data.get("pmark_number", ""),
                          "valid_until": data.get("pmark_valid_until")})
        return {"name": data["name"].strip(), "role": data.get("role") or "委託先", "work": data.get("work", ""),
                "work_start": data.get("work_start"), "work_end": data.get("work_end"), "certifications": certs}


DataItemFormSet = forms.formset_factory(DataItemForm, extra=2, can_delete=False)
ContractorFormSet = forms.formset_factory(ContractorForm, extra=1, can_delete=False)


def data_item_initial(case):
    return [{"name": i.name, "required": i.required, "sensitive": i.sensitive, "reason": i.reason}
            for i in case.data_items.all()]


def contractor_initial(case):
    rows = []
    for contractor in case.contractors.prefetch_related("certifications"):
        row = {"name": contractor.name, "role": contractor.role, "work": contractor.work,
               "work_start": contractor.work_start, "work_end": contractor.work_end}
        for cert in contractor.certifications.all():
            if cert.kind == Certification.Kind.ISMS:
                row.update(isms_number=cert.number, isms_valid_until=cert.valid_until)
            elif cert.kind == Certification.Kind.PMARK:
                row.update(pmark_number=cert.number, pmark_valid_until=cert.valid_until)
        rows.append(row)
    return rows


def filled_rows(formset, key="name"):
    return [f for f in formset.forms if f.is_valid() and f.cleaned_data.get(key, "").strip()]


class ChecklistAnswerForm(forms.Form):
    answer = forms.CharField(label="担当課の回答", widget=forms.Textarea(attrs={"rows": 3}))


class AcceptForm(forms.Form):
    """The 受付日 of a case recorded after the fact (last year's, entered now): its 諮問番号 is then of that day's
    fiscal year, and no meeting before it can hear it."""
    received_on = WarekiDateField(label="受付日", required=False,
                                  help_text="空欄なら今日。例: 令和7年6月1日 または 2025-06-01")
    number = forms.CharField(label="諮問番号", max_length=30, required=False,
                             help_text="空欄なら受付日の系列の次の番号。諮問書を別の番号で送ったときは入力してください (「12」でも可)")

    def __init__(self, *args, case=None, **kwargs):
        """`case`: the case to be received, whose label (諮問番号・報告番号) and next number in turn the field shows."""
        super().__init__(*args, **kwargs)
        if case is None or case.kind not in ("諮問", "報告"):
            del self.fields["number"]
            return
        from .numbering import next_number

        self.fields["number"].label = f"{case.kind}番号"
        # Shown, not filled in: a 受付日 typed in another 年度 takes the next number of that year's series.
        self.fields["number"].widget.attrs["placeholder"] = f"空欄: {next_number(case.council, case.kind)}"


class PastAnswerForm(forms.Form):
    """The 答申 an imported case was answered with on paper, as its 答申書 records it."""
    number = forms.CharField(label="答申番号", max_length=30, help_text="答申書に記載された番号 (例: 答申第11号、「11」でも可)")
    date = WarekiDateField(label="答申日")
    conclusion = forms.CharField(label="結論", widget=forms.Textarea(attrs={"rows": 2}),
                                 help_text="答申書の結論 (例: 諮問のとおり実施することを認める。)")


class TransferForm(forms.Form):
    council = forms.ModelChoiceField(label="回付先の審議会", queryset=None, empty_label="選んでください")

    def __init__(self, *args, case=None, **kwargs):
        """`case`: the case to pass on; offered the other councils of its city that run here."""
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = Council.objects.filter(
            municipality_id=case.council.municipality_id, is_imported_only=False).exclude(pk=case.council_id)


class ReturnForm(forms.Form):
    comment = forms.CharField(label="差戻しの理由", widget=forms.Textarea(attrs={"rows": 3}))


class WithdrawForm(forms.Form):
    reason = forms.CharField(label="取下げの理由", widget=forms.Textarea(attrs={"rows": 3}))


class UndoWithdrawalForm(forms.Form):
    reason = forms.CharField(label="取り消す理由", max_length=80, help_text="例: 別の案件の取下げを誤って記録したため")


class AttachmentForm(forms.Form):
    title = forms.CharField(label="資料名", max_length=200)
    file = UploadField(label="ファイル")
    is_public = forms.BooleanField(label="公開資料とする", required=False,
                                   help_text="公開の案件では、案件のページと会議次第に載り、誰でもダウンロードできます。")


def _limited_text(label, limit):
    return forms.CharField(label=label, max_length=limit, widget=TEXTAREA, error_messages=_too_long(label))


class QuestionForm(forms.Form):
    text = _limited_text("担当課への質問", QUESTION_MAX)


class QuestionAnswerForm(forms.Form):
    answer = _limited_text("回答", ANSWER_MAX)


class CaseFilterForm(forms.Form):
    q = forms.CharField(label="件名", required=False)
    # Numbers restart each April: the year tells two 諮問第1号 apart.
    fiscal_year = FiscalYearField(label="年度 (受付)", required=False, narrows=True,
                                  help_text=fiscal_year_help("会議録から取り込んだ案件は審議した年度です。"))
    status = forms.ChoiceField(label="状態", required=False, choices=[("", "すべて"), *Case.Status.choices])
