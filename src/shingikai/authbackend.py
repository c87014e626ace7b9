"""Django's model backend, with the user of each request read from a cache while the user table is unchanged.

Every authenticated request loads its user; the cache is keyed by the data versions of the user table
and of writes that could not be told apart (shingikai.ops.dataversion), so a password, an is_active flag
or a name changed anywhere is used from the next request on, in every worker.

The user carries the data versions it was read at (VERSION_ATTR), taken before anything else of the
request was read: the page cache checks a page against those same versions, so a page is never stored as
current for data newer than the user it was rendered for (a user read just before a write that took away
a right must not have its page served after that write).
"""
from django.contrib.auth.backends import ModelBackend
from django.core.cache import caches

from shingikai.ops import dataversion

# Per process: a user row is small and read on every request, so a local copy beats a file read.
CACHE_ALIAS = "default"
VERSION_ATTR = "_shingikai_data_versions"


class VersionedModelBackend(ModelBackend):
    def get_user(self, user_id):
        if dataversion.has_pending_write():
            return super().get_user(user_id)
        versions = dataversion.snapshot()
        if versions is None:
            return super().get_user(user_id)
        cache = caches[CACHE_ALIAS]
        key = f"user:{versions.get(dataversion.GLOBAL)}:{versions.get('auth_user')}:{user_id}"
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is None:
                return None
            cache.set(key, user)
        # Set after storing: the cache holds a copy without it.
        setattr(user, VERSION_ATTR, versions)
        return user
