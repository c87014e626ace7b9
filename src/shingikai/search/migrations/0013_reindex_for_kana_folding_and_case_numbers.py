"""The index compares hiragana as katakana (text.normalize: かめら finds カメラ), and a case's entry carries
its 諮問番号 / 報告番号.

Entries indexed before hold hiragana as written, which a folded query no longer matches, and case entries
lack their number. Every record with entries is queued in the index's outbox, so all are regenerated and
re-tokenised after the next commit or when a server worker starts; `shingikai reindex` does the same at once.
"""
from django.db import migrations

# Entries regenerated per meeting, case or answer; other kinds (registers, disclosure answers) by their own id.
_BY_PARENT = {"turn", "minutes", "case", "answer"}


def queue_everything(apps, schema_editor):
    PendingIndex = apps.get_model("search", "PendingIndex")
    SearchEntry = apps.get_model("search", "SearchEntry")
    rows = [("meeting", pk) for pk in apps.get_model("meetings", "Meeting").objects.values_list("pk", flat=True)]
    rows += [("case", pk) for pk in apps.get_model("cases", "Case").objects.values_list("pk", flat=True)]
    rows += [("answer", pk) for pk in apps.get_model("meetings", "Answer").objects.values_list("pk", flat=True)]
    rows += SearchEntry.objects.exclude(kind__in=_BY_PARENT).values_list("kind", "object_id").distinct()
    PendingIndex.objects.bulk_create([PendingIndex(kind=kind, object_id=pk) for kind, pk in sorted(rows)],
                                     batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0012_turn_context_not_matched"),
        ("meetings", "0010_imported_follow_ups_without_kind_mark"),
        ("cases", "0008_question_answered_by_secretariat"),
    ]

    operations = [migrations.RunPython(queue_everything, migrations.RunPython.noop)]
