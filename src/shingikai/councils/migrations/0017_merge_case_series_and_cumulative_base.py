# Joins two parallel branches: case and 答申 number series (fix-l3) and 0016 (通算 base, 組織改正 ahead, neutral examples).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0015_case_series_and_first_numbers'),
        ('councils', '0016_merge_cumulative_base_and_reorganisations'),
    ]

    operations = [
    ]
