# Joins fix-n2 (members get a history) and fix-m3 (one field for the councils a clerk runs), made in parallel.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0019_person_history'),
        ('councils', '0019_staff_secretariat_councils_one_field'),
    ]

    operations = [
    ]
