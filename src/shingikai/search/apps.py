from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, post_save


def _index_saved_entry(sender, instance, using, **kwargs):
    from .backends import get_backend

    get_backend(using).index_entries([instance])


def _ensure_index_schema(sender, using="default", **kwargs):
    from django.db.migrations.loader import MigrationLoader

    from .backends import get_backend

    # With migrations disabled (pytest --nomigrations) the index tables must come from here;
    # otherwise only repair what a later table rebuild may have dropped (SQLite triggers).
    module, _ = MigrationLoader.migrations_module(sender.label)
    get_backend(using).ensure_schema(create_missing=module is None)


def _tune_sqlite(sender, connection, **kwargs):
    """Read-speed settings for each new SQLite connection.

    Searching a large index reads many FTS5 and entry pages per query: through mmap they come
    straight from the OS page cache instead of being copied per read() call, and a larger page
    cache keeps the index's upper levels in process. Neither changes what is written.
    """
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA mmap_size = 17179869184")  # capped by the build's maximum
        cursor.execute("PRAGMA cache_size = -65536")  # KiB: 64 MiB per connection


class SearchConfig(AppConfig):
    name = "shingikai.search"
    verbose_name = "検索"

    def ready(self):
        from .models import SearchEntry

        # No post_delete receiver on purpose: it would make Django fetch every row before a
        # bulk delete. Deletion is handled in the database (see migration 0002).
        post_save.connect(_index_saved_entry, sender=SearchEntry, dispatch_uid="search_index_saved_entry")
        post_migrate.connect(_ensure_index_schema, sender=self, dispatch_uid="search_ensure_index_schema")
        connection_created.connect(_tune_sqlite, dispatch_uid="search_tune_sqlite")

        # Domain records re-index themselves after each commit (search/indexing.py).
        from .indexing import connect

        connect()
