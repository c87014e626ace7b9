# Joins the transfer (移送) and the appeal endings (却下 without 諮問, 取下げ) built in parallel.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('disclosure', '0006_transfer_and_special_portion_decision'),
        ('disclosure', '0007_appeal_cases_received_on_referral_day'),
    ]

    operations = [
    ]
