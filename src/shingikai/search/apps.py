from django.apps import AppConfig
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


class SearchConfig(AppConfig):
    name = "shingikai.search"
    verbose_name = "検索"

    def ready(self):
        from .models import SearchEntry

        # No post_delete receiver on purpose: it would make Django fetch every row before a
        # bulk delete. Deletion is handled in the database (see migration 0002).
        post_save.connect(_index_saved_entry, sender=SearchEntry, dispatch_uid="search_index_saved_entry")
        post_migrate.connect(_ensure_index_schema, sender=self, dispatch_uid="search_ensure_index_schema")

        # Domain records re-index themselves after each commit (search/indexing.py).
        from .indexing import connect

        connect()
