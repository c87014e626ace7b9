"""Form fields shared by the work screens."""
from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.db.backends.base.operations import BaseDatabaseOperations

from .ids import LARGEST_ID

# The range of a plain integer column on every database the project runs on (PostgreSQL's integer).
INTEGER_RANGE = BaseDatabaseOperations.integer_field_ranges["IntegerField"]


def column_range(model, name):
    """(smallest, largest) value the column of ``model.name`` holds on every supported database: SQLite
    stores 64 bits whatever the type, PostgreSQL refuses what the declared type cannot hold."""
    field = model._meta.get_field(name)
    return BaseDatabaseOperations.integer_field_ranges[field.get_internal_type()]


class NumberField(forms.IntegerField):
    """An IntegerField that is always bounded, so a 20-digit number is a form error, never a value that
    reaches the database (SQLite raises OverflowError, PostgreSQL DataError: a server error either way).

    ``column=(Model, "field")`` takes the bounds (and the label) from the model field the value is stored in;
    ``min_value`` / ``max_value`` may narrow them. Without a column the value is held to a plain integer
    column's range."""

    def __init__(self, *, column=None, min_value=None, max_value=None, **kwargs):
        low, high = column_range(*column) if column else INTEGER_RANGE
        if column and "label" not in kwargs:
            kwargs["label"] = column[0]._meta.get_field(column[1]).verbose_name
        min_value = low if min_value is None else max(min_value, low)
        max_value = high if max_value is None else min(max_value, high)
        super().__init__(min_value=min_value, max_value=max_value, **kwargs)


class UploadField(forms.FileField):
    """A file to attach: the browser offers the kinds uploads.py accepts, and the help names them. The
    content is checked by uploads.check_upload in the action that stores it."""

    def __init__(self, **kwargs):
        from . import uploads

        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": uploads.ACCEPT}))
        kwargs.setdefault("help_text", f"添付できるのは {uploads.ALLOWED_NAMES} です。")
        super().__init__(**kwargs)


class RecordsField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that answers an id past the database's range as an invalid choice: on
    SQLite the stock field sends it to the database, which raises OverflowError (a server error)."""

    def _check_values(self, value):
        for pk in value if isinstance(value, (list, tuple)) else [value]:
            text = str(pk)
            if text.isdigit() and int(text) > LARGEST_ID:
                raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice",
                                      params={"value": text})
        return super()._check_values(value)


def current_fiscal_year():
    """This 年度 (令和8年度 from April 2026), the example a help text or a message gives: a fixed 「令和7年度」 reads
    as last year's once April comes."""
    from django.utils import timezone

    from shingikai.jp.wareki import fiscal_year

    return fiscal_year(timezone.localdate())


def _typed_like(before="", after=""):
    from shingikai.jp.wareki import fiscal_year_label

    year = current_fiscal_year()
    return f"{before}{fiscal_year_label(year)} のように入力{after}"


#: 「令和8年度 のように入力します (2026 でも入力できます)。」, worked out when shown (a form is built once, at start).
typed_like = lazy(_typed_like, str)


def fiscal_year_help(note=""):
    """A 年度 field's help text with this year as its example, and what else it should say (`note`)."""
    return lazy(lambda: _typed_like(after=f"します ({current_fiscal_year()} でも入力できます)。") + note, str)()


class FiscalYearField(NumberField):
    """A 年度 typed in 和暦 (令和7年度, 令和7, R7, 令和元年度), by the Western year it starts in (2025, ２０２５) or
    as 2025年度, stored as that year and shown in 和暦, as dates are. Every place a 年度 is typed reads it here:
    the work screens' forms and filters, the public register and search (fiscal_year_filter) and the API
    (read_fiscal_year)."""

    def __init__(self, *, narrows=False, **kwargs):
        kwargs.setdefault("min_value", 1989)
        kwargs.setdefault("max_value", 2200)
        kwargs.setdefault("help_text", fiscal_year_help())
        # Django's own "この値は 1989 以上でなければなりません" leaves a person who typed 昭和63年度 guessing.
        from shingikai.jp.wareki import fiscal_year_label

        low, high = (fiscal_year_label(kwargs[k]) + f" ({kwargs[k]}年度)" for k in ("min_value", "max_value"))
        kwargs["error_messages"] = {"min_value": typed_like(f"{low}より前の年度は扱えません。", "してください。"),
                                    "max_value": typed_like(f"{high}より後の年度は扱えません。", "してください。"),
                                    **kwargs.get("error_messages", {})}
        super().__init__(**kwargs)
        # A list narrowed to a 年度 no record can have yet (令和99年度) would only show an empty list, unexplained.
        self.narrows = narrows
        self.widget = forms.TextInput(attrs={"inputmode": "text"})

    def validate(self, value):
        from shingikai.jp.wareki import fiscal_year_label

        super().validate(value)
        latest = current_fiscal_year() + 1  # next year's meetings are planned before it starts
        if self.narrows and value is not None and latest < value <= 2200:
            raise ValidationError(f"{fiscal_year_label(value)}はまだ来ていない年度です。{fiscal_year_label(latest)}"
                                  "までの年度を入力してください。", code="future")

    def to_python(self, value):
        from shingikai.jp.wareki import fiscal_era_misfit, parse_fiscal_year

        text = str(value or "").strip()
        if text and not text.isdigit():
            as_year = text if "度" in text else f"{text}年度"
            # 平成32年度 reads as 2020 but no such 年度 was ever written on a day it ran: a slip, refused.
            if message := fiscal_era_misfit(as_year[:40]):
                raise ValidationError(message, code="wrong_era")
            year = parse_fiscal_year(as_year)
            if year is None:
                raise ValidationError(typed_like("年度は ", "してください。"), code="invalid")
            return year
        return super().to_python(value)

    def prepare_value(self, value):
        from shingikai.jp.wareki import fiscal_year_label

        if isinstance(value, int) and 1989 <= value <= 2200:
            return fiscal_year_label(value)
        return value


def read_fiscal_year(text):
    """(year, None) for a 年度 as FiscalYearField reads it (令和8年度, 令和8, R8, 令和元年度, 2026, ２０２６); (None,
    message) for what is not one (or a number past any 年度, which no database column holds); (None, None) for
    nothing typed. The API answers the message with a 400."""
    from shingikai.jp.wareki import fiscal_year_label

    text = str(text).strip()
    if not text:
        return None, None
    try:
        return FiscalYearField(required=False, narrows=True).clean(text), None
    except ValidationError as error:
        # The field's own validators (a year below 1989) raise a list, which has no code of its own.
        # 平成32年度 (say which 年度 it would be), 昭和63年度, 令和99年度: the field's own words say why; a bare
        # number past any 年度 (a mangled link: 9223372036854775808) is simply not one.
        in_era = not text.isdecimal()
        if any(e.code == "wrong_era" or in_era and e.code in ("min_value", "future") for e in error.error_list):
            return None, error.messages[0]
        year = current_fiscal_year()
        return None, (f"「{text[:40]}」を年度として読み取れませんでした。{fiscal_year_label(year)} または {year} "
                      "のように入力してください。")


def fiscal_year_filter(text):
    """read_fiscal_year for a list narrowed to a 年度, whose message says the list is shown unnarrowed: never
    shown as one year's while it holds every year."""
    year, message = read_fiscal_year(text)
    return year, message and f"{message.removesuffix('。')} (年度で絞り込まずに表示しています)。"


class ErasureForm(forms.Form):
    """Personal data erased for good (history.erase): the reason is kept in the erasure record, and the
    ticked box is the confirmation that nothing brings the values back."""
    reason = forms.CharField(label="消去の理由", max_length=80,
                             help_text="例: 保存期間の満了 (令和7年3月31日)、令和7年6月2日付け利用停止決定による")
    confirm = forms.BooleanField(label="消去した値は元に戻せないことを確認しました",
                                 error_messages={"required": "元に戻せないことを確認し、チェックを入れてください。"})
