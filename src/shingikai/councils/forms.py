"""Form pieces shared by the work screens: dates typed in 和暦 or Western form."""
import datetime as dt

from django import forms

from shingikai.jp.wareki import parse_date


class WarekiDateField(forms.DateField):
    """Accepts 令和7年6月1日, R7.6.1 and 2025-06-01 alike; stores an ISO date."""

    widget = forms.TextInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", "例: 令和7年6月1日 または 2025-06-01")
        kwargs.setdefault("error_messages", {"invalid": "日付を「令和7年6月1日」または「2025-06-01」の形で入力してください。"})
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, dt.date):
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
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed


class TimeField(forms.TimeField):
    widget = forms.TimeInput(attrs={"type": "time"})

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("error_messages", {"invalid": "時刻を「13:30」の形で入力してください。"})
        super().__init__(*args, **kwargs)
