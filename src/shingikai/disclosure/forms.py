"""Forms of the register. They only collect input; the actions decide what is allowed."""
from django import forms
from django.utils import timezone

from shingikai.councils.forms import ConfirmsDate, WarekiDateField
from shingikai.errors import ActionRefused
from shingikai.formfields import ErasureForm, NumberField  # noqa: F401 (ErasureForm: the steps' forms)
from shingikai.jp.wareki import to_wareki
from shingikai.minutes.import_forms import UploadForm, lines

from .actions import clean_article, decision_choices_text
from .models import (
    DECISIONS_BY_KIND, MERITS_KINDS, Appeal, AppealDeadline, AppealEvent, DisclosureRequest, GroundCategory, GroundJudgment,
)


class RequestForm(ConfirmsDate, forms.Form):
    department = forms.ModelChoiceField(label="実施機関 (担当課)", queryset=None)
    kind = forms.ChoiceField(label="請求の種類", choices=DisclosureRequest.Kind.choices)
    received_on = WarekiDateField(label="請求日 (受付日)")
    documents = forms.CharField(label="請求された文書・情報", widget=forms.Textarea(attrs={"rows": 3}))
    requester_category = forms.ChoiceField(label="請求者の区分", choices=DisclosureRequest.RequesterCategory.choices)
    requester_name = forms.CharField(label="請求者の氏名・名称", required=False,
                                     help_text="登録後は事務局のみ閲覧できます")
    requester_contact = forms.CharField(label="請求者の連絡先", required=False,
                                        help_text="登録後は事務局のみ閲覧できます")

    def __init__(self, *args, departments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = departments
        if departments.count() == 1:
            self.fields["department"].initial = departments.first()


class CorrectRequestForm(ConfirmsDate, forms.Form):
    """What was entered at receipt, corrected while the request is undecided (the deadline follows)."""
    kind = forms.ChoiceField(label="請求の種類", choices=DisclosureRequest.Kind.choices)
    received_on = WarekiDateField(label="請求日 (受付日)")
    documents = forms.CharField(label="請求された文書・情報", widget=forms.Textarea(attrs={"rows": 3}))
    requester_category = forms.ChoiceField(label="請求者の区分", choices=DisclosureRequest.RequesterCategory.choices)


class CorrectRequesterForm(forms.Form):
    """The requester's name and contact, corrected by the secretariat (the only ones who see them)."""
    requester_name = forms.CharField(label="請求者の氏名・名称", max_length=100, required=False)
    requester_contact = forms.CharField(label="請求者の連絡先", max_length=200, required=False)


class ExtendForm(forms.Form):
    days = NumberField(label="延長する日数", min_value=1, max_value=60)
    reason = forms.CharField(label="延長の理由", widget=forms.Textarea(attrs={"rows": 2}))
    notice_on = WarekiDateField(label="延長通知日")


class SpecialExtensionForm(forms.Form):
    reason = forms.CharField(label="特例延長の理由", widget=forms.Textarea(attrs={"rows": 2}))
    final_by = WarekiDateField(label="残りの決定の目途")
    notice_on = WarekiDateField(label="特例延長通知日")

    def __init__(self, *args, kind, **kwargs):
        super().__init__(*args, **kwargs)
        if kind in MERITS_KINDS:
            # 法第95条, 第103条: the whole decision within a 相当の期間, by the 期限 the notice gives.
            self.fields["final_by"].label = "決定の期限"


#: Rows of the grounds table: a decision rarely cites more than a few articles (個人 and 法人等情報 in one
#: document is the common 部分開示); more are entered by correcting the decision with the rest.
GROUND_ROWS = 5


class DecideForm(forms.Form):
    """The decision of a request, offering its kind's decisions only: a 訂正請求 or 利用停止請求 is decided
    with a reason in words, and has no 不開示 grounds, withheld part or fee. The grounds are rows of an
    article and its own category: one 部分開示 often withholds a person's name (個人に関する情報) and a company's
    account (法人等情報) under two articles, each counted under its category in the yearly report."""
    decision = forms.ChoiceField(label="決定")
    decided_on = WarekiDateField(label="決定日")
    ground_article = forms.CharField(label="不開示の根拠条項", required=False,
                                     help_text="例: 条例第7条第2号、法第78条第1項第2号。1欄に1つ、類型とともに (同じ条項は 1 つにまとめます)")
    ground_category = forms.ChoiceField(label="不開示情報の類型", required=False,
                                        choices=[("", "---")] + list(GroundCategory.choices))
    withheld_summary = forms.CharField(label="不開示とした部分", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                                       help_text="事務局のみ閲覧できます")
    fee_yen = NumberField(label="費用 (円)", column=(DisclosureRequest, "fee_yen"), initial=0)
    reason = forms.CharField(label="決定の理由", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="一部のみ応じる、応じない又は却下するときは必ず記入 (通知書に記載します)")

    DISCLOSURE_ONLY = ("ground_article", "ground_category", "withheld_summary", "fee_yen")

    def __init__(self, *args, kind, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        label = DisclosureRequest.Kind(kind).label.split(" ")[0]
        field = self.fields["decision"]
        field.choices = [(d, d) for d in DECISIONS_BY_KIND[kind]]
        # A decision of another kind (a forged 全部開示 on a 訂正請求) is named with the ones this kind takes.
        field.error_messages["invalid_choice"] = f"{label}の決定は {decision_choices_text(kind)} のいずれかです。"
        for name in self.DISCLOSURE_ONLY if kind in MERITS_KINDS else ("reason",):
            del self.fields[name]
        if "ground_article" in self.fields:
            self._add_ground_rows()

    def _add_ground_rows(self):
        """Rows 2.. of the grounds table after the first (whose names the first version of the form had)."""
        fields = list(self.fields.items())
        at = [name for name, _ in fields].index("ground_category") + 1
        extra = []
        for n in range(2, GROUND_ROWS + 1):
            extra.append((f"ground_article_{n}", forms.CharField(label=f"不開示の根拠条項 ({n})", required=False)))
            extra.append((f"ground_category_{n}", forms.ChoiceField(
                label=f"不開示情報の類型 ({n})", required=False, choices=[("", "---")] + list(GroundCategory.choices))))
        self.fields = dict(fields[:at] + extra + fields[at:])
        for n, (article, category) in enumerate(self.ground_names(), start=1):
            self.fields[article].widget.attrs["aria-label"] = f"不開示の根拠条項 ({n})"
            self.fields[category].widget.attrs["aria-label"] = f"不開示情報の類型 ({n})"

    @staticmethod
    def ground_names():
        return [("ground_article", "ground_category")] + [
            (f"ground_article_{n}", f"ground_category_{n}") for n in range(2, GROUND_ROWS + 1)]

    def layout(self):
        """The fields in order, the grounds' rows gathered into one table: ("field", bound field) or
        ("grounds", [(article, category), ...])."""
        row_names = {name for pair in self.ground_names() for name in pair}
        items = []
        for bound in self:
            if bound.name not in row_names:
                items.append(("field", bound))
            elif bound.name == "ground_article":
                items.append(("grounds", [(self[a], self[c]) for a, c in self.ground_names()]))
        return items

    def decision_data(self):
        """The keyword arguments of the decide actions."""
        data = self.cleaned_data
        return {"decision": data["decision"], "decided_on": data["decided_on"], "grounds": self.grounds(),
                "withheld_summary": data.get("withheld_summary", ""), "fee_yen": data.get("fee_yen", 0),
                "reason": data.get("reason", "")}

    def clean(self):
        """Each row holds one article with its category: a row with two articles (typed on two lines, or run
        together on one) or without a category is named next to it, so nothing is stored under a category
        chosen for another article."""
        data = super().clean()
        if "ground_article" not in self.fields:
            return data
        for article_name, category_name in self.ground_names():
            text = data.get(article_name) or ""
            lines = [line for line in text.splitlines() if line.strip()]
            if len(lines) > 1:
                self.add_error(article_name, "1つの欄には条項を1つだけ入力してください。"
                                             "2つ目からは次の欄に、それぞれの類型とともに入力してください。")
                continue
            if lines:
                try:
                    data[article_name] = clean_article(lines[0])
                except ActionRefused as exc:
                    self.add_error(article_name, exc.message)
                    continue
                if not data.get(category_name):
                    self.add_error(category_name, f"{data[article_name]} の不開示情報の類型を選んでください。")
        return data

    def grounds(self):
        data = self.cleaned_data
        if "ground_article" not in self.fields:
            return []
        return [(data[a].strip(), data[c]) for a, c in self.ground_names() if (data.get(a) or "").strip()]


class WithdrawForm(forms.Form):
    on = WarekiDateField(label="取下げの日")


#: 実施機関 a request is commonly sent on to (offered as suggestions; any other is typed as it is named).
TRANSFER_SUGGESTIONS = ("教育委員会", "選挙管理委員会", "監査委員", "農業委員会", "固定資産評価審査委員会",
                        "公営企業管理者", "消防長", "議会")


class TransferForm(forms.Form):
    on = WarekiDateField(label="移送の日")
    transferred_to = forms.CharField(
        label="移送先の実施機関", max_length=100,
        help_text="例: 北山市教育委員会。この受付簿にない機関 (他の自治体、国の行政機関など) も書けます",
        widget=forms.TextInput(attrs={"list": "transfer-suggestions"}))

    suggestions = TRANSFER_SUGGESTIONS


class UndoEndingForm(forms.Form):
    reason = forms.CharField(label="取り消す理由", max_length=80,
                             help_text="例: 別の請求の取下げを誤って記録したため")


class PortionDecisionForm(DecideForm):
    """The decision on a special extension's 相当の部分: the request's decisions (but 却下, which answers the
    whole request), the part it covers, its grounds and withheld part; the fee waits for the whole."""
    scope = forms.CharField(label="相当の部分として決定した範囲", widget=forms.Textarea(attrs={"rows": 2}),
                            help_text="例: 令和3年度・令和4年度分の文書。残りは特例延長の通知の目途までに決定します")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("fee_yen", None)
        self.fields.pop("reason", None)
        field = self.fields["decision"]
        field.choices = [(d, d) for d, _ in field.choices if d != DisclosureRequest.Decision.DISMISSED]
        field.label = "相当の部分の決定"
        self.fields["decided_on"].label = "相当の部分の決定日"
        order = ["decision", "decided_on", "scope"]
        self.fields = {**{name: self.fields[name] for name in order},
                       **{name: f for name, f in self.fields.items() if name not in order}}

    def decision_data(self):
        data = self.cleaned_data
        return {"decision": data["decision"], "decided_on": data["decided_on"], "scope": data["scope"],
                "grounds": self.grounds(), "withheld_summary": data.get("withheld_summary", "")}


class DisclosureForm(forms.Form):
    on = WarekiDateField(label="開示の実施日")
    fee_yen = NumberField(label="費用 (円)", column=(DisclosureRequest, "fee_yen"), required=False)


class ThirdPartyForm(forms.Form):
    third_party = forms.CharField(label="第三者", help_text="事務局のみ閲覧できます")
    asked_on = WarekiDateField(label="意見照会日")


class OpinionForm(forms.Form):
    answered_on = WarekiDateField(label="意見書の提出日")
    objects_to_disclosure = forms.BooleanField(label="開示に反対", required=False)


class AppealForm(forms.Form):
    against = forms.ChoiceField(label="審査請求に係る決定", choices=Appeal.Against.choices)
    filed_on = WarekiDateField(label="審査請求日")
    learned_on = WarekiDateField(label="決定を知った日", required=False, help_text="空欄なら決定日")
    appellant_name = forms.CharField(label="審査請求人の氏名", required=False, help_text="事務局のみ閲覧できます")
    purport = forms.CharField(label="審査請求の趣旨", widget=forms.Textarea(attrs={"rows": 2}))
    appellant_claims = forms.CharField(label="審査請求人の主張", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        # Only a special extension's request has a 相当の部分 decided on its own; any other appeal is against the
        # request's decision, and the choice is not asked.
        if not request.portion_decided_on:
            del self.fields["against"]
            return
        field = self.fields["against"]
        field.choices = [(Appeal.Against.PORTION, f"相当の部分の決定 ({request.portion_decision}、"
                                                  f"{to_wareki(request.portion_decided_on)})")]
        if request.decision and request.decision not in (DisclosureRequest.Decision.WITHDRAWN,
                                                         DisclosureRequest.Decision.TRANSFERRED):
            field.choices = [(Appeal.Against.DECISION, f"残りの部分の決定 ({request.decision}、"
                                                       f"{to_wareki(request.decided_on)})")] + field.choices


class ReferForm(forms.Form):
    council = forms.ModelChoiceField(label="審査会", queryset=None)
    referred_on = WarekiDateField(label="諮問日")
    notice_on = WarekiDateField(label="諮問をした旨の通知日")
    agency_claims = forms.CharField(label="理由説明書 (実施機関の主張)", widget=forms.Textarea(attrs={"rows": 3}))
    examiner_exclusion = forms.CharField(label="審理員の指名を要しない根拠", max_length=200,
                                         help_text=Appeal._meta.get_field("examiner_exclusion").help_text)
    number = forms.CharField(label="諮問番号", max_length=30, required=False,
                             help_text="空欄なら諮問日の年度の順に付番します (例: 諮問第3号)。諮問書に付けた番号があれば入力します")

    def __init__(self, *args, councils, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = councils


class EventForm(forms.Form):
    kind = forms.ChoiceField(label="種類", choices=[c for c in AppealEvent.Kind.choices if c[0] != "理由説明書"])
    on = WarekiDateField(label="日付")
    submitted_by = forms.CharField(label="提出者", required=False, help_text="審査請求人、実施機関など (氏名は書かない)")
    note = forms.CharField(label="記録", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="インカメラ審理では空欄にします (行ったことと日付・会議のみ記録し、見分した内容は書かない)")
    meeting = forms.ModelChoiceField(label="会議", queryset=None, required=False)

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings

    def clean(self):
        data = super().clean()
        if data.get("kind") == AppealEvent.Kind.IN_CAMERA and (data.get("note") or "").strip():
            self.add_error("note", "インカメラ審理は、行ったこと (日付と会議) のみ記録します。見分した内容は書かないでください。")
        return data


class DeadlineForm(forms.Form):
    kind = forms.ChoiceField(label="求めるもの", choices=[(k.value, k.label) for k in AppealDeadline.KINDS])
    asked_of = forms.CharField(label="求めた相手", max_length=50, help_text="審査請求人、実施機関など (氏名は書かない)")
    set_on = WarekiDateField(label="期限を定めた日")
    due_on = WarekiDateField(label="提出期限")


class AnswerDraftForm(forms.Form):
    outcome = forms.ChoiceField(label="答申の結論", choices=Appeal.Outcome.choices)
    conclusion = forms.CharField(label="第1 審査会の結論", widget=forms.Textarea(attrs={"rows": 2}))
    judgment = forms.CharField(label="第4 審査会の判断", widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, grounds, kind=None, **kwargs):
        super().__init__(*args, **kwargs)
        if kind:
            self.fields["outcome"].choices = Appeal.outcome_choices(kind)
        self.grounds = list(grounds)
        for ground in self.grounds:
            self.fields[f"finding_{ground.pk}"] = forms.ChoiceField(
                label=f"{ground.article} ({ground.category}) の判断", choices=[("", "---------")] + GroundJudgment.Finding.choices,
                required=False, help_text="結論が却下のときは空欄")
            self.fields[f"reason_{ground.pk}"] = forms.CharField(
                label=f"{ground.article} の判断理由", widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def clean(self):
        data = super().clean()
        # 却下 judges the appeal, not the decision: only the other conclusions need a finding per ground.
        if data.get("outcome") and data["outcome"] != Appeal.Outcome.REJECTED:
            for ground in self.grounds:
                for name in (f"finding_{ground.pk}", f"reason_{ground.pk}"):
                    if not data.get(name):
                        self.add_error(name, "このフィールドは必須です。")
        return data

    def findings(self):
        if self.cleaned_data.get("outcome") == Appeal.Outcome.REJECTED:
            return []
        return [(g, self.cleaned_data[f"finding_{g.pk}"], self.cleaned_data[f"reason_{g.pk}"]) for g in self.grounds]


class RuleWithoutReferralForm(forms.Form):
    """裁決 without a 諮問 (法第105条第1項): an unlawful appeal dismissed, or one granted in full."""
    ruling = forms.ChoiceField(label="裁決", choices=[("却下", "却下 (不適法な審査請求)"), ("認容", "認容 (全部を認め、全部を開示する)")])
    ruled_on = WarekiDateField(label="裁決日")
    reason = forms.CharField(
        label="諮問を要しない理由", widget=forms.Textarea(attrs={"rows": 2}),
        help_text="例: 審査請求期間 (決定を知った日の翌日から3か月) の経過後にされた不適法な審査請求であるため (法第105条第1項第1号)")


class WithdrawAppealForm(forms.Form):
    on = WarekiDateField(label="取下げ日", help_text="取下書を受け付けた日")


class IssueAnswerForm(forms.Form):
    answered_on = WarekiDateField(label="答申日")
    meeting = forms.ModelChoiceField(label="答申した会議", queryset=None, required=False)

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings


class RulingForm(forms.Form):
    ruled_on = WarekiDateField(label="裁決日")
    ruling = forms.ChoiceField(label="裁決", choices=Appeal.Ruling.choices)
    deviation_reason = forms.CharField(label="答申と異なる裁決の理由", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class AnswerUploadForm(UploadForm):
    """The minutes import's upload form (size limits included), worded for a 答申; the 審査会 and its 自治体 typed
    where the 答申 does not say them in a way that can be read (as the minutes import's review lets them be)."""

    council_name = forms.CharField(label="審査会の名称", max_length=120, required=False,
                                   help_text="答申から読み取れないとき、または読み取りが誤っているときに入力します")
    municipality = forms.CharField(label="自治体", max_length=50, required=False,
                                   help_text="空欄なら審査会の名称の先頭 (…市、…町など) から判定します")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].label = "答申のファイル"
        self.fields["council"].label = "取込先の審査会"
        self.fields["council"].empty_label = "答申の記載から判定 (他自治体の先例として取り込む)"

    def clean(self):
        data = super().clean()
        if data.get("council") and (data.get("council_name") or data.get("municipality")):
            raise forms.ValidationError("取込先の審査会を選んだときは、審査会の名称と自治体は入力しません。"
                                        "どちらか一方にしてください。")
        return data

    def typed_names(self):
        """What the secretariat typed, as the reading's keys (only those given)."""
        return {key: self.cleaned_data[key].strip() for key in ("council_name", "municipality")
                if self.cleaned_data.get(key, "").strip()}


class ImportedAnswerForm(forms.Form):
    number = forms.CharField(label="答申番号", max_length=30, required=False)
    answered_on = WarekiDateField(label="答申日", required=False)
    outcome = forms.ChoiceField(label="答申の結論", choices=[("", "読み取れず")] + Appeal.Outcome.choices, required=False)
    conclusion = forms.CharField(label="第1 審査会の結論", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    purport = forms.CharField(label="第2 審査請求の趣旨", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    claims = forms.CharField(label="第3 審査請求人及び実施機関の主張", widget=forms.Textarea(attrs={"rows": 5}), required=False)
    judgment = forms.CharField(label="第4 審査会の判断", widget=forms.Textarea(attrs={"rows": 8}), required=False)
    articles = forms.CharField(label="判断した条項 (1行に1つ)", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    categories = forms.MultipleChoiceField(label="不開示情報の類型", choices=GroundCategory.choices, required=False,
                                           widget=forms.CheckboxSelectMultiple)
    masked_terms = forms.CharField(label="公開版で伏せる語句 (1行に1つ)", widget=forms.Textarea(attrs={"rows": 2}),
                                   required=False, help_text="氏名など。公開ページと検索では ○○ になります")
    source_publisher = forms.CharField(label="公表元", max_length=120, required=False,
                                       help_text="例: ひがし市ホームページ。公開ページに出典として記載します")
    source_url = forms.URLField(label="公表元のURL", max_length=500, required=False, assume_scheme="https")

    @classmethod
    def initial_from(cls, answer):
        return {**{name: getattr(answer, name) for name in cls.base_fields}, "articles": "\n".join(answer.articles)}

    def as_fields(self):
        data = dict(self.cleaned_data)
        data["articles"] = lines(data["articles"])
        return data


class AnswerFilterForm(forms.Form):
    q = forms.CharField(label="語句", max_length=200, required=False)
    # Across every kind of request: the bare conclusions, not the 開示請求's 「(開示すべき)」.
    outcome = forms.ChoiceField(label="結論", choices=[("", "すべて")] + [(v, v) for v in Appeal.Outcome.values],
                                required=False)
    category = forms.ChoiceField(label="不開示情報の類型", choices=[("", "すべて")] + GroundCategory.choices, required=False)
    article = forms.CharField(label="条項 (例: 条例第7条第2号)", max_length=100, required=False)


class TableReportForm(forms.Form):
    """Put the yearly report of the disclosure register on a meeting's agenda (actions.table_report)."""

    report = forms.ChoiceField(label="報告", choices=[("operations", "運用状況報告"), ("additional", "実施状況追加報告")],
                               widget=forms.RadioSelect, initial="operations")
    fiscal_year = forms.TypedChoiceField(label="年度", coerce=int)
    department = forms.ModelChoiceField(label="報告する課", queryset=None, empty_label="選んでください")

    def __init__(self, *args, municipality, meeting, **kwargs):
        """The years offered are those ended by the meeting's day (today for one not yet dated), the year before
        its own first: a May meeting reports the year that ended in March, whenever it is entered."""
        from shingikai.jp.wareki import fiscal_year, fiscal_year_label

        from .report import years_with_requests

        super().__init__(*args, **kwargs)
        current = fiscal_year(meeting.date or timezone.localdate())
        recorded = set(years_with_requests(municipality))
        years = sorted({y for y in recorded if y < current} | {current - 1}, reverse=True)
        # A year the register holds nothing for may be a year with no requests, or one never entered: say so,
        # so that a report of zeros is chosen knowingly.
        self.fields["fiscal_year"].choices = [
            (y, fiscal_year_label(y) + ("" if y in recorded else " (受付簿に記録がありません)")) for y in years]
        self.fields["fiscal_year"].initial = current - 1
        self.fields["department"].queryset = municipality.departments.offered().order_by("division", "name")


class KeepsRecorded:
    """A decision form that corrects a recorded decision: blank grounds or withheld part keep what was
    recorded (a department, which does not see the withheld part, corrects the date without retyping it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "ground_article" in self.fields:
            self.fields["ground_article"].help_text = "すべて空欄のときは記録済みの理由のまま。直すときはすべての理由を 1 欄に 1 つ、類型とともに"
            self.fields["withheld_summary"].help_text = "空欄のときは記録済みの内容のまま (事務局のみ閲覧できます)"

    def grounds(self):
        return super().grounds() or None


class CorrectDecisionForm(KeepsRecorded, DecideForm):
    """A recorded decision corrected until the request is settled."""
    fee_yen = forms.IntegerField(label="費用 (円)", min_value=0, max_value=10_000_000, initial=0)


class ProviderNoticeForm(forms.Form):
    on = WarekiDateField(label="提供先に通知した日", help_text="訂正をした保有個人情報の提供先への通知 (法第97条)")


class CorrectPortionForm(KeepsRecorded, PortionDecisionForm):
    """The 相当の部分's decision recorded again while the rest is undecided."""


class MaskedTermsForm(forms.Form):
    """The words an appeal's public 答申 masks besides the names on record (actions.set_appeal_masked_terms)."""
    masked_terms = forms.CharField(
        label="公開版で伏せる語句 (1行に1つ)", widget=forms.Textarea(attrs={"rows": 3}), required=False,
        help_text="当事者の主張などに書かれた氏名・名称・口座番号など。空白や全角・半角の違いを問わず、公開版と検索では ○○ "
                  "になります。氏名は姓・名それぞれも伏せます。肩書 (理事長、課長など) は伏せません")


class IdentityCorrectionForm(forms.Form):
    """A settled requester's or appellant's name or contact corrected, with the reason kept."""
    field = forms.ChoiceField(label="訂正する項目")
    value = forms.CharField(label="訂正後", max_length=200, required=False)
    reason = forms.CharField(label="訂正の理由", widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="例: 令和7年6月2日付け訂正決定 (保有個人情報訂正請求) による")

    def __init__(self, *args, model, **kwargs):
        super().__init__(*args, **kwargs)
        from .actions import IDENTITY_FIELDS

        self.fields["field"].choices = [(name, model._meta.get_field(name).verbose_name)
                                        for name in IDENTITY_FIELDS[model]]


class SubjectSearchForm(forms.Form):
    name = forms.CharField(label="氏名", max_length=100, help_text="空白の有無・全角半角は問いません (「南 花子」と「南花子」は同じ)")
    municipality = forms.ModelChoiceField(label="自治体", queryset=None, empty_label=None)
    purpose = forms.CharField(label="検索の目的", max_length=100,
                              help_text="検索の記録に残ります。例: 開示請求 R6-12 の対象の特定、利用停止請求への対応")

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = municipalities
        if len(municipalities) == 1:
            self.fields["municipality"].widget = forms.HiddenInput()
            self.fields["municipality"].initial = municipalities[0].pk

    def clean_name(self):
        from .subjects import MIN_LENGTH
        from shingikai.jp.text import compact

        name = self.cleaned_data["name"]
        if len(compact(name)) < MIN_LENGTH:
            raise forms.ValidationError(f"{MIN_LENGTH}文字以上で入力してください。")
        return name
