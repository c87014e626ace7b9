"""Bring records saved under the older publicity rules in line with the present ones, and have the index
regenerate what the public may see of them.

- A meeting or an agenda item saved 公開 with a 非公開の理由 typed beside the box (the form once let that
  through silently) becomes 非公開: the reason is what the secretariat meant. Each change is written to the
  record's history with the reason, so the secretariat can see why and reopen it.
- A case is public only once it is on an agenda as a public item or published by the secretariat; entries
  indexed under the older rule (public from 受付) are regenerated. Only cases on no agenda and never
  published can be affected, so only those are queued.

The index's outbox is drained after the next commit or when a server worker starts.
"""
from django.db import migrations
from django.db.models import Exists, F, OuterRef
from django.utils import timezone

REASON = "更新時の点検: 非公開の理由が入力された「公開」を非公開にしました"


def _close(model, historical, rows, now):
    for row in rows:
        row.is_public = False
    model.objects.bulk_update(rows, ["is_public"])
    historical.objects.bulk_create([
        historical(**{f.attname: getattr(row, f.attname) for f in model._meta.concrete_fields},
                   history_date=now, history_type="~", history_change_reason=REASON)
        for row in rows
    ])


def forward(apps, schema_editor):
    Meeting = apps.get_model("meetings", "Meeting")
    AgendaItem = apps.get_model("meetings", "AgendaItem")
    Case = apps.get_model("cases", "Case")
    Answer = apps.get_model("meetings", "Answer")
    PendingIndex = apps.get_model("search", "PendingIndex")
    now = timezone.now()

    meetings = [m for m in Meeting.objects.filter(is_public=True).exclude(closed_reason="") if m.closed_reason.strip()]
    items = [i for i in AgendaItem.objects.filter(is_public=True).exclude(closed_reason="") if i.closed_reason.strip()]
    _close(Meeting, apps.get_model("meetings", "HistoricalMeeting"), meetings, now)
    _close(AgendaItem, apps.get_model("meetings", "HistoricalAgendaItem"), items, now)

    meeting_ids = {m.pk for m in meetings} | {i.meeting_id for i in items}
    # The public pages' validators are the meetings' versions.
    Meeting.objects.filter(pk__in=meeting_ids).update(version=F("version") + 1)
    case_ids = set(AgendaItem.objects.filter(meeting_id__in=meeting_ids).exclude(case=None)
                   .values_list("case_id", flat=True))
    case_ids |= set(Case.objects.filter(published_at=None)
                    .exclude(Exists(AgendaItem.objects.filter(case=OuterRef("pk"))))
                    .values_list("pk", flat=True))
    answer_ids = set(Answer.objects.filter(cases__in=case_ids).values_list("pk", flat=True))
    PendingIndex.objects.bulk_create(
        [PendingIndex(kind="meeting", object_id=pk) for pk in sorted(meeting_ids)]
        + [PendingIndex(kind="case", object_id=pk) for pk in sorted(case_ids)]
        + [PendingIndex(kind="answer", object_id=pk) for pk in sorted(answer_ids)],
        batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0010_postgres_filter_keys_in_pairs_indexes"),
        ("meetings", "0004_attendance_reply"),
        ("cases", "0006_case_published_at"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
