"""Django's model backend, with the user of each request read from a cache while the data is unchanged.

Every authenticated request loads its user; the cache is keyed by the data version
(shingikai.ops.dataversion), which any write changes, so a password, an is_active flag or a name changed
anywhere is used from the next request on, in every worker.
"""
from django.contrib.auth.backends import ModelBackend
from django.core.cache import caches

from shingikai.ops import dataversion

CACHE_ALIAS = "pages"


class VersionedModelBackend(ModelBackend):
    def get_user(self, user_id):
        if dataversion.has_pending_write():
            return super().get_user(user_id)
        version = dataversion.current()
        if version is None:
            return super().get_user(user_id)
        cache = caches[CACHE_ALIAS]
        key = f"user:{version}:{user_id}"
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                cache.set(key, user)
        return user
