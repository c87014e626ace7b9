# Joins two parallel branches: 組織改正 recorded ahead (fix-k3) and neutral examples in help texts.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0014_department_reorganisations_ahead'),
        ('councils', '0014_neutral_examples'),
    ]

    operations = [
    ]
