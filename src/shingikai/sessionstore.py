"""Sessions in the database (any number of app servers act as one site), read by one plain statement.

Every signed-in page reads its session first. Through the ORM, building that one-row query cost several
times what the database takes to answer it; the statement never changes, so it is written once here.
Writing, expiry and clearing stay Django's; the idle and absolute limits of a signed-in session are kept by
SessionLimitsMiddleware below.
"""
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
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


# --- How long a signed-in session lasts ---

#: When the session signed in, and when it last made a request (seconds since the epoch).
SIGNED_IN_AT = "shingikai_signed_in_at"
SEEN_AT = "shingikai_seen_at"
#: The time of the last request is written back at most this often (seconds): written on every request, it
#: would cost each page an UPDATE of its session row.
SEEN_EVERY = 60


def mark_sign_in(sender, request, user, **kwargs):
    """On sign-in (the user_logged_in signal): the session's limits count from now."""
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = request.session[SEEN_AT] = now


class SessionLimitsMiddleware:
    """A signed-in session ends SHINGIKAI_SESSION_IDLE_MINUTES after its last request (a laptop left open, or
    taken) and SHINGIKAI_SESSION_HOURS after its sign-in however busy. The session is in the database, so the
    end holds on every app server. Reads nothing but the session the page reads anyway."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and SESSION_KEY in session:
            now = int(time.time())
            signed_in, seen = session.get(SIGNED_IN_AT), session.get(SEEN_AT)
            if signed_in is None or seen is None:  # signed in before the limits were kept: they count from now
                session[SIGNED_IN_AT] = session[SEEN_AT] = now
            elif (now - seen > settings.SHINGIKAI_SESSION_IDLE_MINUTES * 60
                  or now - signed_in > settings.SHINGIKAI_SESSION_HOURS * 60 * 60):
                logout(request)
                messages.info(request, "一定の時間が過ぎたため、ログアウトしました。もう一度ログインしてください。")
            elif now - seen >= SEEN_EVERY:
                session[SEEN_AT] = now
        return self.get_response(request)
