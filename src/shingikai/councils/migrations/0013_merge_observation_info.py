# Joins the observation notice and closed reasons (fix-j2) to the councils migrations merged before it.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0011_council_observation_info_and_closed_reasons'),
        ('councils', '0012_merge_membership_end_reason'),
    ]

    operations = [
    ]
