"""The signed-in user, loaded once per request with the rows that give their role.

Every signed-in page asks `access` for the user's staff row (事務局・担当課) and member row (委員);
loaded on their own they were two more queries on every page.
"""
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class UserWithRolesBackend(ModelBackend):
    """Django's password check; the user loaded with their staff and member rows."""

    def get_user(self, user_id):
        # get(), not first(): ordering by the id is a clause Django builds on every page for one row.
        try:
            user = get_user_model()._default_manager.select_related("staff__department", "person").get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        if not self.user_can_authenticate(user):
            return None
        # The councils the member sits on, per day, for this request only (access.member_council_ids):
        # a page asks several times, and the object is loaded anew with the next request.
        user.member_councils_by_day = {}
        return user
