import re
import unicodedata

from django.db import migrations

# As minutes/store.py FISCAL_NUMBER_RE, at the time of this migration: only a 年度's 第N回 is kept as a number.
FISCAL_NUMBER_RE = re.compile(r"(?:(?:令和|平成|昭和|[RHS])(?:元|\d{1,2})|\d{4})年度第(\d{1,3})回(?:会議|会)?")


def name_imported_meetings_as_printed(apps, schema_editor):
    """An imported meeting whose label is not a 年度's 第N回 (平成22年第2回臨時会, 第51回) was numbered within a 年度 its
    minutes never name, and shown so (平成21年度第2回): it keeps its label as printed and no number."""
    Meeting = apps.get_model("meetings", "Meeting")
    renamed = [
        m.pk for m in Meeting.objects.filter(imported=True, number__isnull=False).exclude(title_as_written="")
        if not FISCAL_NUMBER_RE.fullmatch("".join(unicodedata.normalize("NFKC", m.title_as_written).split()))
    ]
    Meeting.objects.filter(pk__in=renamed).update(number=None)


class Migration(migrations.Migration):

    dependencies = [
        ("meetings", "0006_decision_chair_decided"),
    ]

    operations = [
        migrations.RunPython(name_imported_meetings_as_printed, migrations.RunPython.noop),
    ]
