"""Tokens that change after every committed write to a table, shared by all server processes.

Cached pages (shingikai.pagecache) remember the token of every table they read while they were
rendered, and are served again only while all of those tokens are unchanged: a change made through
any path is seen on the very next request, and a turn typed during a meeting does not empty the
cached case list, which reads no turns. Writes are noticed at the cursor rather than through model
signals: actions also use bulk_create() and QuerySet.update(), and the search index writes raw SQL,
none of which send signals. So are reads: the tables a page depends on are those named in the
statements that rendered it, not a list someone has to keep up to date.

A write whose table cannot be told (a data-modifying WITH, DDL) changes the token of GLOBAL, which
every cached page depends on. Database triggers are not seen: the only ones (the search index's)
write tables that no cached page reads.

Tokens are replaced after the commit, not inside the transaction: inside, every writing transaction
would hold the rows' locks until it commits, serialising writers (and risking deadlocks on
PostgreSQL). After the commit is still before the writer's response, and a reader takes its snapshot
of the tokens before it reads the data it renders, so a page stored with a token never holds data
older than that token.
"""
import contextlib
import contextvars
import logging
import re
import secrets

from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.backends.signals import connection_created

log = logging.getLogger(__name__)

TABLE = "ops_dataversion"
#: The name whose token changes with writes to tables that cannot be told; every page depends on it.
GLOBAL = "*"
# Statements that change nothing; anything else counts as a write. Erring this way only costs cache hits.
_READS = ("select", "savepoint", "release", "rollback", "pragma", "begin", "commit", "set ", "show", "explain")
# Writes that no cached page shows: the tokens themselves and sessions (a login or logout changes who the
# user is, and the user is part of every page key already).
_IGNORED_TABLES = frozenset({TABLE, "django_session"})
# A WITH statement reads unless one of its parts modifies (PostgreSQL's data-modifying CTEs).
_MODIFYING = re.compile(r"\b(?:insert|update|delete|merge)\b", re.IGNORECASE)
# A name, possibly schema-qualified ("main"."x", public.x): the table is the last part.
_NAME = r'(?:["`]?\w+["`]?\.)?["`]?(\w+)'
_TARGET = re.compile(r'\s*(?:insert\s+(?:or\s+\w+\s+)?into|update\s+(?:or\s+\w+\s+)?|delete\s+from|replace\s+into)\s*'
                     + _NAME, re.IGNORECASE)
# Every table a read names, in subqueries too. Django quotes names; raw SQL in this project may not.
# (Tables after a comma in "FROM a, b" are not seen: Django never writes joins that way, and the raw SQL
# here does not either on the cached pages.)
_READ_TABLES = re.compile(r'\b(?:from|join)\s+' + _NAME, re.IGNORECASE)

_capture = contextvars.ContextVar("shingikai_dataversion_capture", default=None)


class _Bump:
    """The on-commit callback of a transaction, collecting the tables it wrote."""

    def __init__(self, connection):
        self.connection = connection
        self.tables = set()

    def __call__(self):
        bump(self.connection, self.tables)


def bump(using="default", tables=None):
    """Give these tables (default: GLOBAL) a new token now; the caller's write is committed. `using`: an
    alias or a connection, which may be one the handler does not list (Django's own to the server, creating
    a test database)."""
    names = sorted(tables or {GLOBAL})
    token = secrets.randbits(62)
    connection = connections[using] if isinstance(using, str) else using
    marks = ", ".join(["%s"] * len(names))
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {TABLE} SET token = %s WHERE name IN ({marks})", [token, *names])
            if cursor.rowcount < len(names):
                cursor.execute(f"SELECT name FROM {TABLE} WHERE name IN ({marks})", names)
                present = {row[0] for row in cursor.fetchall()}
                for name in names:
                    if name not in present:
                        _insert(connection, name, token)
    except DatabaseError:
        if not _ready(connection):
            return  # migrating: without the table nothing is cached, so nothing can be stale
        # The write is committed and cannot be undone here; cached pages may show the data before it
        # until the next write or the page cache's timeout (which the in-memory copies keep too).
        log.exception("data version not changed after a write")


def _insert(connection, name, token):
    sql = f"INSERT INTO {TABLE} (name, token) VALUES (%s, %s)"
    try:
        if connection.in_atomic_block:
            # A savepoint, so that losing the race does not break the caller's transaction.
            with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
                cursor.execute(sql, [name, token])
        else:
            # Autocommit (possibly while the statement that wrote still has rows to fetch: no COMMIT here).
            with connection.cursor() as cursor:
                cursor.execute(sql, [name, token])
    except IntegrityError:
        pass  # another process inserted the row first, with its own new token: just as good


def _ready(connection):
    with connection.cursor() as cursor:
        if TABLE not in connection.introspection.table_names(cursor):
            return False
        columns = {c.name for c in connection.introspection.get_table_description(cursor, TABLE)}
    return "name" in columns


def snapshot(alias="default"):
    """{name: token} of the committed data, or None when there are no tokens yet (then nothing may be cached).

    One small read: a row per table ever written.
    """
    connection = connections[alias]
    try:
        # Inside a transaction a failed statement would break it on PostgreSQL: a savepoint keeps it usable.
        with (transaction.atomic(using=alias) if connection.in_atomic_block else contextlib.nullcontext()), \
                connection.cursor() as cursor:
            cursor.execute(f"SELECT name, token FROM {TABLE}")
            rows = cursor.fetchall()
    except DatabaseError:
        # The table is missing or not migrated yet (new code started before `migrate`): cache nothing.
        return None
    return dict(rows) if rows else None


def has_pending_write(alias="default"):
    """True inside a transaction that has written and not committed: its own reads see data no one else does."""
    return _pending(connections[alias]) is not None


def _pending(connection):
    if not connection.in_atomic_block:
        return None
    return next((f for _, f, _ in connection.run_on_commit if isinstance(f, _Bump)), None)


@contextlib.contextmanager
def reads():
    """Collect the names of the tables read inside the block (on this thread) into the set it yields."""
    tables = set()
    token = _capture.set(tables)
    try:
        yield tables
    finally:
        _capture.reset(token)


def _write_target(sql):
    """None for a read or an ignored write; else the table written, or GLOBAL when it cannot be told."""
    head = sql.lstrip(" \t\r\n(")[:10].lower()
    if head.startswith(_READS):
        return None
    if head.startswith("with"):
        return GLOBAL if _MODIFYING.search(sql) else None
    target = _TARGET.match(sql)
    if not target:
        return GLOBAL
    table = target.group(1).lower()
    return None if table in _IGNORED_TABLES else table


def _watch(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    table = _write_target(sql)
    if table is None:
        tables = _capture.get()
        if tables is not None:
            tables.update(n for n in map(str.lower, _READ_TABLES.findall(sql)) if n not in _IGNORED_TABLES)
        return result
    connection = context["connection"]
    if connection.in_atomic_block:
        pending = _pending(connection)
        if pending is None:
            pending = _Bump(connection)
            transaction.on_commit(pending, using=connection.alias, robust=True)
        pending.tables.add(table)
    else:
        # Autocommit: the statement is committed already. (Manual transaction management is not used
        # here; bumping early there could only let a page be cached under the new token too soon.)
        bump(connection, {table})
    return result


def _install(sender, connection, **kwargs):
    # Wrappers live on the connection object, which outlives reconnects: install once.
    if _watch not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch)


def install():
    connection_created.connect(_install, dispatch_uid="shingikai.ops.dataversion")
