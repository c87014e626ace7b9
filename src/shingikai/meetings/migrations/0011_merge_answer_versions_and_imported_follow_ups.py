# Joins two parallel branches: answer versions for members' responses and imported follow-ups stored without their kind mark.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0010_answer_versions_for_member_responses'),
        ('meetings', '0010_imported_follow_ups_without_kind_mark'),
    ]

    operations = [
    ]
