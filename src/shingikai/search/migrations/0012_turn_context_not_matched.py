"""A turn's entry is matched on its own words only: its meeting and agenda item move from the title to
`context`, shown with the hit and never matched. The answers' kinds get their labels (the search page's
facet printed the codes).

Every meeting with turns is queued in the index's outbox, so its turn entries are regenerated in the new
form after the next commit or when a server worker starts. Until then an old entry keeps its old title,
which the page shows as before.
"""
from django.db import migrations, models


def queue_meetings_with_turns(apps, schema_editor):
    Turn = apps.get_model("meetings", "Turn")
    PendingIndex = apps.get_model("search", "PendingIndex")
    meeting_ids = sorted(set(Turn.objects.values_list("meeting_id", flat=True).distinct()))
    PendingIndex.objects.bulk_create([PendingIndex(kind="meeting", object_id=pk) for pk in meeting_ids],
                                     batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0011_recheck_publicity_on_upgrade"),
        ("meetings", "0006_decision_chair_decided"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="context",
            field=models.CharField(blank=True, db_default="", default="", max_length=500,
                                   verbose_name="見出し (検索対象外)"),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="kind",
            field=models.CharField(choices=[("turn", "発言"), ("case", "案件"), ("answer", "答申"), ("minutes", "会議録"),
                                            ("register_file", "個人情報ファイル簿"), ("appeal_answer", "答申 (審査請求)"),
                                            ("imported_answer", "他の審査会の答申")],
                                   max_length=16, verbose_name="種別"),
        ),
        migrations.RunPython(queue_meetings_with_turns, migrations.RunPython.noop),
    ]
