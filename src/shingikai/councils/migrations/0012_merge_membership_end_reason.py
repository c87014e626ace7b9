# Joins the membership end reason (fix-i3) to the council settings and department names merged before it.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0011_membership_end_reason'),
        ('councils', '0011_merge_council_settings_and_department_names'),
    ]

    operations = [
    ]
