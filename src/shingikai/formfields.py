"""Form fields shared by the work screens."""
from django import forms
from django.core.exceptions import ValidationError

from .ids import LARGEST_ID


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
