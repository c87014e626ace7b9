"""A case's entry carries its 主題 (topic), so that a search for コンビニ交付 finds an imported item titled only by its
procedure. Entries indexed before lack it: every case is queued in the index's outbox and regenerated after the
next commit or when a server worker starts; `shingikai reindex` does the same at once.
"""
from django.db import migrations


def queue_cases(apps, schema_editor):
    PendingIndex = apps.get_model("search", "PendingIndex")
    ids = apps.get_model("cases", "Case").objects.exclude(topic="").values_list("pk", flat=True)
    PendingIndex.objects.bulk_create([PendingIndex(kind="case", object_id=pk) for pk in ids], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0013_reindex_for_kana_folding_and_case_numbers"),
    ]

    operations = [migrations.RunPython(queue_cases, migrations.RunPython.noop)]
