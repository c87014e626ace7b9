# Joins fix-n1 (access and sign-in records) and fix-n4 (the record of a restore), made in parallel.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('ops', '0005_access_and_sign_in_records'),
        ('ops', '0005_restore_record'),
    ]

    operations = [
    ]
