"""Staff.secretariat_of (a council) and Staff.also_secretariat_of (more councils) become one many-to-many field,
Staff.secretariat_councils, so that "which councils does this official run" is asked of one field.

Every assignment that counted is kept, in order: each official's secretariat_of first, then the others as they
were added. Staff.secretariat() counts the councils of the first one's city only, as access did before, so an
entry of another city is kept and still gives nothing. An "also" entry of an official with no secretariat_of gave
no access before (access asked secretariat_of first): it is not carried over, as it would now give access to a
department's clerk nobody made a secretariat. Going back puts the first council in secretariat_of again.
"""
from django.db import migrations, models


def into_one_field(apps, schema_editor):
    Staff = apps.get_model("councils", "Staff")
    through = Staff.secretariat_councils.through
    also = Staff.also_secretariat_of.through
    first = dict(Staff.objects.filter(secretariat_of__isnull=False).order_by("pk").values_list("pk", "secretariat_of"))
    rows = [through(staff_id=staff, council_id=council) for staff, council in first.items()]
    rows += [through(staff_id=staff, council_id=council)
             for staff, council in also.objects.order_by("pk").values_list("staff_id", "council_id")
             if staff in first and first[staff] != council]
    through.objects.bulk_create(rows, batch_size=500)


def into_two_fields(apps, schema_editor):
    Staff = apps.get_model("councils", "Staff")
    through = Staff.secretariat_councils.through
    also = Staff.also_secretariat_of.through
    seen = set()
    for staff, council in through.objects.order_by("pk").values_list("staff_id", "council_id"):
        if staff in seen:
            also.objects.create(staff_id=staff, council_id=council)
        else:
            seen.add(staff)
            Staff.objects.filter(pk=staff).update(secretariat_of_id=council)


class Migration(migrations.Migration):

    dependencies = [
        ('councils', '0018_staff_history_and_other_councils'),
    ]

    operations = [
        migrations.AddField(
            model_name='staff',
            name='secretariat_councils',
            field=models.ManyToManyField(blank=True, help_text='事務局の職員のとき。同じ自治体の審議会・審査会をいくつでも選べます (総務課が両方を担当する場合など)', related_name='secretariat_staff', to='councils.council', verbose_name='事務局を務める審議会'),
        ),
        migrations.RunPython(into_one_field, into_two_fields),
        migrations.RemoveField(
            model_name='historicalstaff',
            name='secretariat_of',
        ),
        migrations.RemoveField(
            model_name='staff',
            name='also_secretariat_of',
        ),
        migrations.RemoveField(
            model_name='staff',
            name='secretariat_of',
        ),
    ]
