# Joins two parallel branches: the council settings history with the secretariat contact, and department names and merges.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0010_council_settings_history_and_secretariat_contact'),
        ('councils', '0010_department_names_and_merges'),
    ]

    operations = [
    ]
