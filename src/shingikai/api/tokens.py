"""How staff reach the API's private side: their browser session, or a bearer token for scripts.

A token is Django's signed value (django.core.signing) of the user's id and a digest of their current
password hash, so nothing is stored: it expires after API_TOKEN_DAYS, and changing the password or
deactivating the user revokes every token at once. `shingikai api-token USERNAME` issues one.
"""
from django.contrib.auth import get_user_model
from django.core import signing
from django.utils.crypto import salted_hmac
from ninja.security import HttpBearer, SessionAuth

from shingikai.access_record import TOKEN_MARK

SALT = "shingikai.api.token"
API_TOKEN_DAYS = 90


def _password_digest(user):
    return salted_hmac(SALT, user.password).hexdigest()[:20]


def issue(user):
    return signing.dumps({"u": user.pk, "p": _password_digest(user)}, salt=SALT, compress=True)


def user_of(token, max_age_days=API_TOKEN_DAYS):
    """The active user a token names, or None (forged, expired, or revoked by a new password)."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age_days * 86400)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None or data.get("p") != _password_digest(user):
        return None
    return user


class BearerToken(HttpBearer):
    def authenticate(self, request, token):
        user = user_of(token)
        if user is not None:
            # The access rules (access.py) read request.user like the pages do; the access records name the token.
            request.user = user
            setattr(request, TOKEN_MARK, True)
        return user


# Either way in: a signed-in browser (GET needs no CSRF token) or `Authorization: Bearer …`.
STAFF_AUTH = [SessionAuth(), BearerToken()]
