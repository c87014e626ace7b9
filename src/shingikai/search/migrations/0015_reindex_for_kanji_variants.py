"""The index compares variant kanji as their common form (text.normalize: 高橋 finds the minutes that print 髙橋,
山崎 those that print 山﨑, 渡辺 those that print 渡邊 or 渡邉).

Entries indexed before hold the variants as written, which a folded query no longer matches. Every record with
entries is queued in the index's outbox, as migration 0013 did, so all are re-tokenised after the next commit or
when a server worker starts; `shingikai reindex` does the same at once.
"""
import importlib

from django.db import migrations

_0013 = importlib.import_module("shingikai.search.migrations.0013_reindex_for_kana_folding_and_case_numbers")


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0014_reindex_cases_for_their_topic"),
    ]

    operations = [migrations.RunPython(_0013.queue_everything, migrations.RunPython.noop)]
