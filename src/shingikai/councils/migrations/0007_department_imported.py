from django.db import migrations, models


def mark_departments_only_imports_name(apps, schema_editor):
    """Departments created before the flag by imports alone (no staff, referred to only by imported cases and
    items) are the imports' names, not the city's departments."""
    Department = apps.get_model("councils", "Department")
    Case = apps.get_model("cases", "Case")
    CaseDepartment = apps.get_model("cases", "CaseDepartment")
    AgendaItem = apps.get_model("meetings", "AgendaItem")
    links = AgendaItem.departments.through.objects

    def ids(rows):
        return set(rows.values_list("department_id", flat=True))

    by_imports = (ids(Case.objects.filter(imported=True)) | ids(CaseDepartment.objects.filter(case__imported=True))
                  | ids(links.filter(agendaitem__meeting__imported=True)))
    own = (ids(Case.objects.filter(imported=False)) | ids(CaseDepartment.objects.filter(case__imported=False))
           | ids(links.filter(agendaitem__meeting__imported=False)))
    for relation in Department._meta.get_fields(include_hidden=True):
        if (not relation.auto_created or relation.concrete or relation.related_model._meta.auto_created
                or relation.related_model in (Case, CaseDepartment, AgendaItem)
                or getattr(relation, "on_delete", None) is models.DO_NOTHING):
            continue
        name = relation.field.name
        own |= set(relation.related_model.objects.filter(**{f"{name}__isnull": False}).values_list(name, flat=True))
    Department.objects.filter(pk__in=by_imports - own).update(imported=True)


class Migration(migrations.Migration):

    dependencies = [
        ("councils", "0006_officers_by_date"),
        # Every table that refers to a department, so that the data step sees them all.
        ("cases", "0004_retention_structure"),
        ("meetings", "0004_attendance_reply"),
        ("registers", "0001_personal_info_files_assessments_incidents_audits"),
        ("disclosure", "0003_appeal_event_history"),
    ]

    operations = [
        migrations.AddField(
            model_name="department",
            name="imported",
            field=models.BooleanField(default=False, help_text="取り込んだ会議録に名前があるだけの課。市の課の一覧には出ません",
                                      verbose_name="取込で作成"),
        ),
        migrations.RunPython(mark_departments_only_imports_name, migrations.RunPython.noop),
    ]
