import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from shingikai.search.indexing import reindex_all


class Command(BaseCommand):
    help = "検索索引を会議・案件・答申から作り直します。"

    def handle(self, *args, **options):
        bar = None

        def progress(done, total):
            nonlocal bar
            if bar is None:
                bar = tqdm(total=total, desc="索引", unit="件", file=sys.stderr,
                           disable=options["verbosity"] == 0 or not sys.stderr.isatty())
            bar.update(done - bar.n)

        count = reindex_all(progress=progress)
        if bar is not None:
            bar.close()
        if options["verbosity"]:
            self.stdout.write(f"検索索引を作り直しました ({count} 件)。")
