"""Sessions in the database (any number of app servers act as one site), read by one plain statement.

Every signed-in page reads its session first. Through the ORM, building that one-row query cost several
times what the database takes to answer it; the statement never changes, so it is written once here.
Writing, expiry and clearing stay Django's.
"""
from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def load(self):
        if self.session_key is None:
            return {}
        connection = connections[router.db_for_read(self.model)]
        name = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {name('session_data')} FROM {name(self.model._meta.db_table)}"
                f" WHERE {name('session_key')} = %s AND {name('expire_date')} > %s",
                [self.session_key, connection.ops.adapt_datetimefield_value(timezone.now())])
            row = cursor.fetchone()
        if row is None:
            # As Django's store does: an unknown or expired key is replaced by a new one when saved.
            self._session_key = None
            return {}
        return self.decode(row[0])
