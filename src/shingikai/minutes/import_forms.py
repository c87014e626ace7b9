"""Forms of the import review: the extraction, field by field, for the secretariat to correct."""
import datetime
from collections import Counter

from django import forms
from django.conf import settings

from shingikai.cases.models import Category
from shingikai.councils.forms import TimeField, WarekiDateField
from shingikai.meetings.actions import MAX_CUMULATIVE
from shingikai.meetings.models import Decision, Turn

from .actions import REREAD_FIELDS

KINDS = [("諮問", "諮問"), ("報告", "報告"), ("その他", "その他")]
OUTCOMES = [(value, label) for value, label in Decision.Outcome.choices]
CATEGORY_LABELS = [(label, label) for _, label in Category.choices]
# Files read in one upload: each is parsed in the request, and a year of monthly meetings is twelve.
MAX_FILES = 20


def lines(value):
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """The files chosen, as a list (one file is a list of one); the checks of their number and sizes are the form's."""

    def __init__(self, **kwargs):
        # An empty file is named by the form's check, with its name among the others chosen.
        super().__init__(widget=MultipleFileInput(), allow_empty_file=True, **kwargs)

    def clean(self, data, initial=None):
        files = [file for file in (data if isinstance(data, (list, tuple)) else [data]) if file]
        if not files:
            raise forms.ValidationError("会議録ファイルを選んでください。", code="required")
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


def _size_problem(upload):
    """Why an uploaded file cannot be read for its size, or None."""
    limit = settings.SHINGIKAI_IMPORT_MAX_BYTES
    if upload.size > limit:
        return f"ファイルが大きすぎます ({upload.size:,} バイト、上限 {limit:,} バイト)。"
    return "ファイルが空です。" if upload.size == 0 else None


class UploadForm(forms.Form):
    """One file (the 答申 import's form builds on this one)."""
    file = forms.FileField(label="会議録ファイル", help_text=".txt / .md / .html / .pdf / .docx (文字コードは自動判定)")
    council = forms.ModelChoiceField(
        label="取込先の審議会", required=False, queryset=None, empty_label="会議録の記載から判定 (他自治体の先例として取り込む)",
    )

    def __init__(self, *args, councils, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = councils

    def clean_file(self):
        upload = self.cleaned_data["file"]
        problem = _size_problem(upload)
        if problem:
            raise forms.ValidationError(problem)
        return upload


class MinutesUploadForm(UploadForm):
    # Several files at once: a city bringing in its past years picks a folder's minutes in one go.
    file = MultipleFileField(label="会議録ファイル",
                             help_text=f".txt / .md / .html / .pdf / .docx (文字コードは自動判定)。{MAX_FILES} 件まで一度に選べます")

    def clean_file(self):
        """The chosen files, each within the size limit (a list even when one was chosen)."""
        uploads = self.cleaned_data["file"]
        if len(uploads) > MAX_FILES:
            raise forms.ValidationError(f"一度に読み取れるのは {MAX_FILES} 件までです ({len(uploads)} 件選ばれています)。"
                                        "分けて読み取ってください。")
        problems = [f"{upload.name}: {_size_problem(upload)}" for upload in uploads if _size_problem(upload)]
        if problems:
            raise forms.ValidationError(problems)
        return uploads


class HeaderForm(forms.Form):
    municipality = forms.CharField(label="自治体", max_length=50, required=False)
    council_name = forms.CharField(label="審議会の名称", max_length=120, required=False)
    meeting_label = forms.CharField(label="回次 (例: 令和3年度第1回)", max_length=100, required=False)
    cumulative_number = forms.IntegerField(
        label="通算回 (会議録に「通算第N回」とあるとき)", min_value=1, max_value=MAX_CUMULATIVE, required=False,
        help_text="記載どおりの通算回。この審議会の次に予定する会議は、取込記録を含めた最大の通算回の次の回になります")
    date = WarekiDateField(label="開催日", required=False)
    start_time = TimeField(label="開始時刻", required=False)
    end_time = TimeField(label="終了時刻", required=False)
    place = forms.CharField(label="開催場所", max_length=200, required=False)
    members_present = forms.CharField(label="出席委員 (1行に1人)", widget=forms.Textarea(attrs={"rows": 4}), required=False)
    absent_stated = forms.BooleanField(label="欠席委員の記載がある", required=False)
    members_absent = forms.CharField(label="欠席委員 (1行に1人)", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    chair = forms.CharField(label="会長 (議長)", max_length=50, required=False)
    secretariat = forms.CharField(label="事務局 (記載どおり)", widget=forms.Textarea(attrs={"rows": 2}), required=False,
                                  help_text="再出力する会議録に記載どおり載せます。空欄は「記載なし」")
    staff = forms.CharField(label="説明員 (記載どおり)", widget=forms.Textarea(attrs={"rows": 2}), required=False,
                            help_text="再出力する会議録に記載どおり載せます。空欄は「記載なし」")
    observers = forms.IntegerField(label="傍聴人数", min_value=0, max_value=32767, required=False)
    closed = forms.BooleanField(label="会議全体を非公開で開催した (会議録の内容を公開しない)", required=False)

    def clean(self):
        data = super().clean()
        if not data.get("date") and not data.get("meeting_label"):
            raise forms.ValidationError("開催日か回次のどちらかを入力してください。会議を特定するために必要です。")
        return data

    def as_parsed(self):
        d = self.cleaned_data
        return {
            "municipality": d["municipality"] or None,
            "council_name": d["council_name"] or None,
            "meeting_label": d["meeting_label"] or None,
            "cumulative_number": d["cumulative_number"],
            "date": d["date"].isoformat() if d["date"] else None,
            "start_time": d["start_time"].strftime("%H:%M") if d["start_time"] else None,
            "end_time": d["end_time"].strftime("%H:%M") if d["end_time"] else None,
            "place": d["place"] or None,
            "members_present": lines(d["members_present"]),
            "members_absent": lines(d["members_absent"]) if d["absent_stated"] else None,
            "chair": d["chair"] or None,
            "secretariat": "\n".join(lines(d["secretariat"])) or None,
            "staff": "\n".join(lines(d["staff"])) or None,
            "observers": d["observers"],
            "public": not d["closed"],
        }

    @classmethod
    def initial_from(cls, parsed):
        absent = parsed.get("members_absent")
        return {
            **{k: parsed.get(k) for k in ("municipality", "council_name", "meeting_label", "cumulative_number",
                                          "start_time", "end_time", "place", "chair", "secretariat", "staff",
                                          "observers")},
            "date": _date(parsed.get("date")),
            "members_present": "\n".join(parsed.get("members_present") or []),
            "absent_stated": absent is not None,
            "members_absent": "\n".join(absent or []),
            "closed": parsed.get("public") is False,
        }


def _date(iso):
    """The parsed ISO date as a date, which the field shows in 和暦; anything else is shown as read."""
    try:
        return datetime.date.fromisoformat(iso) if iso else None
    except (TypeError, ValueError):
        return iso


class ItemForm(forms.Form):
    kind = forms.ChoiceField(label="種別", choices=KINDS)
    number = forms.CharField(label="諮問番号・報告番号", max_length=30, required=False,
                             help_text="会議録に記載された番号 (例: 諮問第10号)。審議会の同じ番号の案件があれば、その案件の審議として取り込みます")
    title = forms.CharField(label="件名", max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
    departments = forms.CharField(label="担当課 (1行に1課)", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    legal_basis = forms.CharField(label="根拠条項 (1行に1つ)", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    categories = forms.MultipleChoiceField(label="類型", choices=CATEGORY_LABELS, required=False,
                                           widget=forms.CheckboxSelectMultiple)
    outcome = forms.ChoiceField(label="結論", choices=OUTCOMES)
    conditions = forms.CharField(label="条件・意見 (1行に1つ)", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    topic = forms.CharField(label="主題", max_length=100, required=False)
    # Read from the minutes' (非公開) or 非公開で審議した (importer/closed_items.py): the item, its turns and its
    # decision stay off every public page, as a closed item of the council's own meetings.
    closed = forms.BooleanField(label="非公開 (非公開で審議した議題。発言と結論も公開しません)", required=False)

    def as_parsed(self):
        d = self.cleaned_data
        return {
            "kind": d["kind"], "number": d["number"].strip() or None, "title": d["title"], "departments": lines(d["departments"]),
            "legal_basis": lines(d["legal_basis"]), "categories": d["categories"], "outcome": d["outcome"],
            "conditions": lines(d["conditions"]), "topic": d["topic"] or None, "public": not d["closed"],
        }

    @classmethod
    def initial_from(cls, item):
        return {
            "kind": item.get("kind") if item.get("kind") in dict(KINDS) else "その他",
            "number": item.get("number") or "",
            "title": item.get("title") or "",
            "departments": "\n".join(item.get("departments") or []),
            "legal_basis": "\n".join(item.get("legal_basis") or []),
            "categories": [c for c in item.get("categories") or [] if c in dict(CATEGORY_LABELS)],
            "outcome": item.get("outcome") if item.get("outcome") in dict(OUTCOMES) else "不明",
            "conditions": "\n".join(item.get("conditions") or []),
            "topic": item.get("topic") or "",
            "closed": item.get("public") is False,
        }


class ReReadForm(forms.Form):
    """原文の N 行目から M 行目を [議題 / 出席委員 / 欠席委員 / 発言] として読み直す; the proceedings with the speaker
    labels listed (pre-filled with those read, most frequent first, for the secretariat to edit)."""
    first_line = forms.IntegerField(label="読み直す最初の行", min_value=1)
    last_line = forms.IntegerField(label="読み直す最後の行", min_value=1)
    field = forms.ChoiceField(label="読み直す項目", choices=[*REREAD_FIELDS.items(), ("turns", "発言")])
    labels = forms.CharField(
        label="話者ラベル (1行に1つ)", required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text="「発言」として読み直すときに使います。原文の行頭などにあるこれらの語で発言を区切ります。"
                  "「会長」は「会 長」「(会長)」「○会長」も含みます。「委員」とすると「田中委員」のように名前の付いたラベルも"
                  "そのまま1人の話者として読みます。")

    @staticmethod
    def labels_of(parsed):
        """The speaker labels read, most frequent first: the list the secretariat corrects."""
        counts = Counter(t.get("speaker") for t in parsed.get("turns") or [] if t.get("speaker"))
        return "\n".join(label for label, _ in counts.most_common())


class TurnForm(forms.Form):
    speaker = forms.CharField(label="発言者", max_length=100)
    role = forms.ChoiceField(label="区分", choices=Turn.Role.choices)
    item = forms.IntegerField(label="議題番号", min_value=1, required=False, help_text="空欄は議題外")

    def __init__(self, *args, item_count=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.item_count = item_count

    def clean_item(self):
        item = self.cleaned_data.get("item")
        if item is not None and self.item_count is not None and item > self.item_count:
            raise forms.ValidationError(f"議題番号は 1 から {self.item_count} までです。")
        return item
    text = forms.CharField(label="発言", widget=forms.Textarea(attrs={"rows": 2}))

    # 前の発言に続ける: a line read wrongly as a new speaker's label goes back into the turn before it.
    # The first turn of the review has no mark (import_views drops the field there); a page's first turn goes into
    # the last turn of the page before.
    merge = forms.BooleanField(label="前の発言に続ける", required=False)
    # この発言を分ける: another speaker's turn run into this one starts at these words; not part of the turn.
    split_words = forms.CharField(label="分ける位置の言葉", max_length=100, required=False)
    split_speaker = forms.CharField(label="分けた後の話者", max_length=100, required=False)

    def as_parsed(self):
        d = self.cleaned_data
        return {"speaker": d["speaker"], "role": d["role"], "item": d["item"] - 1 if d["item"] else None,
                "text": d["text"]}

    @classmethod
    def initial_from(cls, turn):
        item = turn.get("item")
        return {"speaker": turn.get("speaker") or "", "role": turn.get("role") or "other",
                "item": item + 1 if isinstance(item, int) else None, "text": turn.get("text") or ""}


# The review is paged (import_views.PAGE_SIZES) so that a page stays far below Django's
# DATA_UPLOAD_MAX_NUMBER_FIELDS however long the minutes are.
ItemFormSet = forms.formset_factory(ItemForm, extra=0, can_delete=True, max_num=100, absolute_max=100)
TurnFormSet = forms.formset_factory(TurnForm, extra=0, can_delete=True, max_num=200, absolute_max=200)
