"""A token that changes after every committed write to the database, shared by all server processes.

Cached pages are keyed by it (shingikai.pagecache), so a change made through any path is seen on the
very next request. Writes are noticed at the cursor rather than through model signals: actions also use
bulk_create() and QuerySet.update(), and the search index writes raw SQL, none of which send signals.

The token is replaced after the commit, not inside the transaction: inside, every writing transaction
would hold the one row's lock until it commits, serialising writers (and risking deadlocks on
PostgreSQL). After the commit is still before the writer's response, and a reader reads the token
before the data it renders, so a page stored under a token never holds data older than that token.
"""
import logging
import re
import secrets

from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.backends.signals import connection_created

log = logging.getLogger(__name__)

TABLE = "ops_dataversion"
ROW = 1
# Statements that change nothing; anything else counts as a write. Erring this way only costs cache hits.
_READS = ("select", "savepoint", "release", "rollback", "pragma", "begin", "commit", "set ", "show", "explain")
# Writes that no cached page shows: the token row itself and sessions (a login or logout changes who the
# user is, and the user is part of every page key already).
_IGNORED_TABLES = frozenset({TABLE, "django_session"})
# A WITH statement reads unless one of its parts modifies (PostgreSQL's data-modifying CTEs).
_MODIFYING = re.compile(r"\b(?:insert|update|delete|merge)\b", re.IGNORECASE)
_TARGET = re.compile(r'\s*(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from|replace\s+into)\s+["`]?(\w+)',
                     re.IGNORECASE)


class _Bump:
    """The on-commit callback; a class so a transaction's pending one can be recognised."""

    def __init__(self, connection):
        self.connection = connection

    def __call__(self):
        bump(self.connection)


def bump(using="default"):
    """Give the data a new token now (the caller's write is committed). `using`: an alias or a connection,
    which may be one the handler does not list (Django's own to the server, creating a test database)."""
    token = secrets.randbits(62)
    connection = connections[using] if isinstance(using, str) else using
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {TABLE} SET token = %s WHERE id = %s", [token, ROW])
            if cursor.rowcount == 0:
                cursor.execute(f"INSERT INTO {TABLE} (id, token) VALUES (%s, %s)", [ROW, token])
    except IntegrityError:
        pass  # another process inserted the row first, with its own new token: just as good
    except DatabaseError:
        if TABLE not in connection.introspection.table_names():
            return  # migrating: without the table nothing is cached, so nothing can be stale
        # The write is committed and cannot be undone here; cached pages may show the data before it
        # until the next write or the cache's timeout.
        log.exception("data version not changed after a write")


def current(alias="default"):
    """The token of the committed data, or None when there is none yet (then nothing may be cached)."""
    with connections[alias].cursor() as cursor:
        cursor.execute(f"SELECT token FROM {TABLE} WHERE id = %s", [ROW])
        row = cursor.fetchone()
    return row[0] if row else None


def has_pending_write(alias="default"):
    """True inside a transaction that has written and not committed: its own reads see data no one else does."""
    connection = connections[alias]
    return connection.in_atomic_block and any(isinstance(f, _Bump) for _, f, _ in connection.run_on_commit)


def _is_write(sql):
    head = sql.lstrip(" \t\r\n(")[:10].lower()
    if head.startswith(_READS):
        return False
    if head.startswith("with"):
        return _MODIFYING.search(sql) is not None
    target = _TARGET.match(sql)
    return not (target and target.group(1).lower() in _IGNORED_TABLES)


def _watch(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if _is_write(sql):
        connection = context["connection"]
        if connection.in_atomic_block:
            if not any(isinstance(f, _Bump) for _, f, _ in connection.run_on_commit):
                transaction.on_commit(_Bump(connection), using=connection.alias, robust=True)
        else:
            # Autocommit: the statement is committed already. (Manual transaction management is not used
            # here; bumping early there could only let a page be cached under the new token too soon.)
            bump(connection)
    return result


def _install(sender, connection, **kwargs):
    # Wrappers live on the connection object, which outlives reconnects: install once.
    if _watch not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch)


def install():
    connection_created.connect(_install, dispatch_uid="shingikai.ops.dataversion")
