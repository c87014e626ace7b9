# Joins the appeals' masked terms (公開版で伏せる語句) built in parallel with the transfer and the appeal endings.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('disclosure', '0007_council_answers_keep_the_issued_text'),
        ('disclosure', '0008_merge_transfer_and_appeal_endings'),
    ]

    operations = [
    ]
