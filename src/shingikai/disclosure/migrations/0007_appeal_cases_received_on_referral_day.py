"""An appeal's case was stamped 提出・受付 the moment the secretariat typed the 諮問; it came before the 審査会
on the 諮問日. The recorded cases take that day (their numbers, already on 諮問書 sent, stay)."""
import datetime

from django.db import migrations
from django.utils import timezone


def received_on_referral_day(apps, schema_editor):
    Appeal = apps.get_model("disclosure", "Appeal")
    Case = apps.get_model("cases", "Case")
    for case_id, referred_on in Appeal.objects.filter(case__isnull=False, referred_on__isnull=False).values_list(
            "case_id", "referred_on"):
        at = timezone.make_aware(datetime.datetime.combine(referred_on, datetime.time()))
        case = Case.objects.get(pk=case_id)
        if case.accepted_at and timezone.localtime(case.accepted_at).date() == referred_on:
            continue
        Case.objects.filter(pk=case_id).update(submitted_at=at, accepted_at=at, version=case.version + 1)


class Migration(migrations.Migration):

    dependencies = [
        ("disclosure", "0006_appeal_without_referral_and_withdrawal_date"),
        ("cases", "0006_case_published_at"),
    ]

    operations = [migrations.RunPython(received_on_referral_day, migrations.RunPython.noop)]
