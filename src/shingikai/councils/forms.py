"""Form pieces shared by the work screens: dates typed in 和暦 or Western form."""
import datetime as dt

from django import forms
from django.utils import timezone

from shingikai.jp.wareki import era_misfit, is_written_as_date, parse_date, to_wareki
from shingikai.settling import CONFIRM_DATE, confirm_label, too_far_ahead


class WarekiDateField(forms.DateField):
    """Accepts 令和7年6月1日, R7.6.1 and 2025-06-01 alike; stores an ISO date."""

    widget = forms.TextInput

    def __init__(self, *args, not_past=False, **kwargs):
        """``not_past``: a date to act by, typed today (a due date): one already past is refused next to the field.
        No date lies more than settling.YEARS_AHEAD years ahead (settling.too_far_ahead: the actions keep it too)."""
        self.not_past = not_past
        kwargs.setdefault("help_text", "例: 令和7年6月1日 または 2025-06-01")
        kwargs.setdefault("error_messages", {"invalid": "日付を「令和7年6月1日」または「2025-06-01」の形で入力してください。"})
        super().__init__(*args, **kwargs)

    def validate(self, value):
        super().validate(value)
        if self.not_past and value and value < timezone.localdate():
            raise forms.ValidationError("過去の日付 (%(date)s) は指定できません。", code="past",
                                        params={"date": to_wareki(value)})
        if message := too_far_ahead(value):
            raise forms.ValidationError(message, code="too_far")

    def prepare_value(self, value):
        """A date the form is prefilled with (initial, or the record's own) is shown as everywhere else, in 和暦,
        and reads back unchanged; text the person typed is shown as typed."""
        if isinstance(value, dt.date):
            try:
                return to_wareki(value)
            except ValueError:  # before 明治: no era to write it in
                return value.isoformat()
        return value

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, dt.date):
            return value
        if message := era_misfit(str(value).strip()[:40]):
            raise forms.ValidationError(message, code="wrong_era")
        try:
            parsed = parse_date(str(value).strip())
        except ValueError:
            parsed = None
        if parsed is None and is_written_as_date(str(value)):
            raise forms.ValidationError("「%(value)s」という日付はありません。年・月・日を確かめてください。",
                                        code="no_such_date", params={"value": str(value).strip()[:40]})
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed


class TimeField(forms.TimeField):
    widget = forms.TimeInput(attrs={"type": "time"})

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("error_messages", {"invalid": "時刻を「13:30」の形で入力してください。"})
        super().__init__(*args, **kwargs)


class ConfirmsDate:
    """A form mixin for a date the action asks to confirm when it lies long past (settling.not_long_ago, as the
    meeting form's 「入力した日付の誤りを訂正する」 box answers its refusal). The box 「令和元年5月1日の日付で
    登録する」 appears with the refusal's message only (offer_confirmation), and carries the date it confirms: a
    date changed after ticking it is asked about again. cleaned_data["date_confirmed"] is the action's argument.
    ``confirms``: the name of the date field."""
    confirms = "received_on"
    BOX = "confirm_date"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ticked = self.data.get(self.add_prefix(self.BOX)) if self.is_bound else None
        try:
            self._add_box(dt.date.fromisoformat(ticked or ""))
        except ValueError:
            pass

    def _add_box(self, date):
        """The box, right below the date it confirms."""
        box = forms.MultipleChoiceField(label="日付の確認", required=False, widget=forms.CheckboxSelectMultiple,
                                        choices=[(date.isoformat(), confirm_label(date))])
        fields = [(name, field) for name, field in self.fields.items() if name != self.BOX]
        at = [name for name, _ in fields].index(self.confirms) + 1
        self.fields = dict(fields[:at] + [(self.BOX, box)] + fields[at:])
        self._bound_fields_cache.pop(self.BOX, None)

    def offer_confirmation(self, refusal):
        """After the action refused: the box for the date typed, when the refusal asks for one."""
        date = getattr(self, "cleaned_data", {}).get(self.confirms)
        if refusal.code == CONFIRM_DATE and date:
            self._add_box(date)

    def clean(self):
        data = super().clean()
        ticked = data.pop(self.BOX, None) or []
        date = data.get(self.confirms)
        data["date_confirmed"] = bool(date) and date.isoformat() in ticked
        if not data["date_confirmed"] and ticked:
            # Ticked for a date since changed: it confirms nothing now, and is not shown again.
            del self.fields[self.BOX]
        return data
