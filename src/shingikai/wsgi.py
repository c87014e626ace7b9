import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
application = get_wsgi_application()


def _catch_up_index():
    """Index what a worker killed between a commit and its indexing left in the outbox."""
    from django.db import DatabaseError

    from shingikai.search.indexing import drain

    try:
        drain()
    except DatabaseError:  # not migrated yet: nothing to catch up
        pass


_catch_up_index()
