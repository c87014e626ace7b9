import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
application = get_wsgi_application()


def _refuse_development_key():
    """gunicorn started without `shingikai serve` must refuse the published key as serve does."""
    from django.core.exceptions import ImproperlyConfigured

    from shingikai.ops.readiness import development_key_problem

    problem = development_key_problem()
    if problem:
        raise ImproperlyConfigured(problem)


_refuse_development_key()


def _catch_up_index():
    """Index what a worker killed between a commit and its indexing left in the outbox."""
    from django.db import DatabaseError

    from shingikai.search.indexing import drain

    try:
        drain()
    except DatabaseError:  # not migrated yet: nothing to catch up
        pass


_catch_up_index()
