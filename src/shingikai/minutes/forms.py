"""Forms for the minutes: the summary, signers, confirmation, signatures, publication, amendments."""
from django import forms
from django.utils import timezone

from shingikai.councils.forms import WarekiDateField
from shingikai.formfields import RecordsField
from shingikai.jp.wareki import to_wareki


class MinutesEditForm(forms.Form):
    summary = forms.CharField(label="概要・結論", required=False, widget=forms.Textarea(attrs={"rows": 14}))


class SignersForm(forms.Form):
    signers = RecordsField(queryset=None, label="議事録署名委員", widget=forms.CheckboxSelectMultiple,
                                             error_messages={"required": "署名委員を1人以上選んでください。"})

    def __init__(self, *args, persons, count=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signers"].queryset = persons
        if count:
            self.fields["signers"].help_text = f"会長のほかに{count}人を選びます (会長は自動で署名者になります)"


class ReplaceSignerForm(forms.Form):
    """A signer who cannot sign the confirmed minutes: the reason, and the member present the 会長 named instead."""
    reason = forms.CharField(label="署名できない理由", max_length=80,
                             help_text="例: 辞任のため、病気療養中のため (公開する会議録には理由を載せません)")
    substitute = forms.ModelChoiceField(queryset=None, label="会長が代わりに指名した委員", required=False,
                                        empty_label="指名しない (署名できない旨だけを記録する)",
                                        help_text="この会議に出席した委員から選びます")

    def __init__(self, *args, persons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["substitute"].queryset = persons


class ConfirmForm(forms.Form):
    how = forms.ChoiceField(label="確定の方法", widget=forms.RadioSelect,
                            choices=[("meeting", "後の会議で確定"), ("circulation", "持ち回り (回覧) で確定")])
    at_meeting = forms.ModelChoiceField(queryset=None, label="確定した会議", required=False, empty_label="選んでください")
    # Not filled in beforehand: today's date stood in the box while the method offered first is a later meeting,
    # whose day is the only date allowed, so confirming with the box as shown was refused.
    on = WarekiDateField(label="確定日", required=False,
                         help_text="空欄なら、後の会議で確定するときはその会議の日、持ち回りで確定するときは今日")
    without_summary = forms.BooleanField(label="概要・結論を空のまま確定する", required=False,
                                         help_text="保存されている概要・結論を消して確定するときだけチェックします")

    open_checks_acknowledged = forms.BooleanField(
        label="未回答・未処理の修正意見を承知のうえ確定する", required=False,
        help_text="持ち回りで確定するときだけ必要です (上の未回答・修正意見を確かめたうえでチェックします)")

    def __init__(self, *args, meetings, checks_open=False, **kwargs):
        """`checks_open`: a member's check is missing or a 修正意見 is open (minutes.actions.open_checks): only then
        is the box offered."""
        super().__init__(*args, **kwargs)
        if not checks_open:
            del self.fields["open_checks_acknowledged"]
        self.fields["at_meeting"].queryset = meetings
        self.fields["at_meeting"].label_from_instance = lambda m: f"{m.label} ({to_wareki(m.date) if m.date else '日付未定'})"

    def join(self, form_id):
        """Make the fields part of the HTML form `form_id` (the summary's), wherever they stand on the page."""
        for field in self.fields.values():
            field.widget.attrs["form"] = form_id

    def clean(self):
        data = super().clean()
        if data.get("how") == "meeting" and not data.get("at_meeting"):
            self.add_error("at_meeting", "確定した会議を選んでください。")
        return data


class SignForm(forms.Form):
    on = WarekiDateField(label="署名日", initial=timezone.localdate)


class PublishForm(forms.Form):
    on = WarekiDateField(label="公開日", initial=timezone.localdate)


class AmendForm(forms.Form):
    target = forms.ChoiceField(label="訂正する箇所")
    after = forms.CharField(label="訂正後の文", widget=forms.Textarea(attrs={"rows": 5}))
    reason = forms.CharField(label="訂正の理由", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, turns, **kwargs):
        super().__init__(*args, **kwargs)
        self.turns = {f"turn-{t.pk}": t for t in turns}
        self.fields["target"].choices = [("summary", "概要・結論")] + [
            (key, f"発言 {t.order}: {t.speaker_label} 「{t.text[:30]}」") for key, t in self.turns.items()]

    def turn(self):
        return self.turns.get(self.cleaned_data["target"])
