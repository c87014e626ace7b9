"""Form pieces shared by the work screens: dates typed in 和暦 or Western form."""
import datetime as dt

from django import forms
from django.utils import timezone

from shingikai.jp.wareki import is_written_as_date, parse_date, to_wareki


class WarekiDateField(forms.DateField):
    """Accepts 令和7年6月1日, R7.6.1 and 2025-06-01 alike; stores an ISO date."""

    widget = forms.TextInput

    def __init__(self, *args, not_past=False, **kwargs):
        """``not_past``: a date to act by, typed today (a due date): one already past is refused next to the field."""
        self.not_past = not_past
        kwargs.setdefault("help_text", "例: 令和7年6月1日 または 2025-06-01")
        kwargs.setdefault("error_messages", {"invalid": "日付を「令和7年6月1日」または「2025-06-01」の形で入力してください。"})
        super().__init__(*args, **kwargs)

    def validate(self, value):
        super().validate(value)
        if self.not_past and value and value < timezone.localdate():
            raise forms.ValidationError("過去の日付 (%(date)s) は指定できません。", code="past",
                                        params={"date": to_wareki(value)})

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
