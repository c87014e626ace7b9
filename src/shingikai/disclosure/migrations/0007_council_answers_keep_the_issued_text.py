"""The council's 答申 on an appeal holds the 答申 as issued, names and all (it never reaches the public: the
appeal's case is deliberated closed; the public reads the appeal's masked public version). 答申 issued under
the older rule stored the conclusion masked (「○○の印影は開示すべきである」), so the 答申書 printed from it and a
正誤 started there read ○○: each is given back the appeal's conclusion when the masked text is exactly the
appeal's with names replaced by ○○, with a row in its history saying why, and its internal search entry is
regenerated. A conclusion changed since (a 正誤 that wrote ○○ into the appeal too) is left as it is.
"""
import re

from django.db import migrations
from django.utils import timezone

MASK = "○○"
REASON = "更新時の点検: 審査請求の答申の結論を発出時の文言 (伏せ字なし) に戻しました"


def _masked_from(masked, whole):
    """Whether `masked` is `whole` with some of its words replaced by ○○."""
    if MASK not in masked or masked == whole:
        return False
    pattern = ".+?".join(re.escape(piece) for piece in masked.split(MASK))
    return re.fullmatch(pattern, whole, flags=re.S) is not None


def forward(apps, schema_editor):
    Appeal = apps.get_model("disclosure", "Appeal")
    Answer = apps.get_model("meetings", "Answer")
    HistoricalAnswer = apps.get_model("meetings", "HistoricalAnswer")
    PendingIndex = apps.get_model("search", "PendingIndex")
    now = timezone.now()
    restored = []
    for appeal in Appeal.objects.exclude(case=None).exclude(conclusion=""):
        for answer in Answer.objects.filter(cases=appeal.case_id):
            if _masked_from(answer.conclusion, appeal.conclusion):
                answer.conclusion = appeal.conclusion
                Answer.objects.filter(pk=answer.pk).update(conclusion=answer.conclusion)
                restored.append(answer)
    HistoricalAnswer.objects.bulk_create([
        HistoricalAnswer(**{f.attname: getattr(answer, f.attname) for f in Answer._meta.concrete_fields},
                         history_date=now, history_type="~", history_change_reason=REASON)
        for answer in restored
    ])
    PendingIndex.objects.bulk_create([PendingIndex(kind="answer", object_id=a.pk) for a in restored])


class Migration(migrations.Migration):

    dependencies = [
        ("disclosure", "0006_appeal_masked_terms"),
        ("meetings", "0004_attendance_reply"),
        ("search", "0011_recheck_publicity_on_upgrade"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
