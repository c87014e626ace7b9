# Joins two parallel branches: the 通算 base counting imported meetings (fix-l2) and 0015 (組織改正 ahead, neutral examples).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0014_cumulative_base_counts_imports'),
        ('councils', '0015_merge_reorganisations_and_neutral_examples'),
    ]

    operations = [
    ]
