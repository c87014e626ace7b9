"""Staff history keeps the councils each official runs (secretariat_councils) with every row.

The rows written before this kept none. They are given the councils each official runs now: the changes made
before were never recorded, and a row without them would read as 「なし」, so that the first change recorded
afterwards would show every council as added. With them, the older rows show no change of councils, which is
what is known, and every change from now on shows before and after."""
import django.db.models.deletion
import simple_history.models
from django.db import migrations, models


def snapshot_current_councils(apps, schema_editor):
    Through = apps.get_model("councils", "Staff").secretariat_councils.through
    HistoricalStaff = apps.get_model("councils", "HistoricalStaff")
    Snapshot = apps.get_model("councils", "HistoricalStaff_secretariat_councils")
    runs = {}
    for row in Through.objects.order_by("pk"):
        runs.setdefault(row.staff_id, []).append(row)
    batch = []
    for history_id, staff_id in HistoricalStaff.objects.filter(id__in=list(runs)).values_list("history_id", "id"):
        batch.extend(Snapshot(history_id=history_id, id=row.pk, staff_id=staff_id, council_id=row.council_id)
                     for row in runs[staff_id])
        if len(batch) >= 1000:
            Snapshot.objects.bulk_create(batch)
            batch = []
    Snapshot.objects.bulk_create(batch)


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0020_merge_person_history_and_one_councils_field'),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalStaff_secretariat_councils',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('m2m_history_id', models.AutoField(primary_key=True, serialize=False)),
                ('council', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='councils.council')),
                ('history', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, to='councils.historicalstaff')),
                ('staff', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='councils.staff')),
            ],
            options={
                'verbose_name': 'HistoricalStaff_secretariat_councils',
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RunPython(snapshot_current_councils, migrations.RunPython.noop),
    ]
