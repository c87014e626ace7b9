"""Admin building blocks that keep the actions' rules: the admin never bypasses a lock."""
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin


class LockedWhenAdmin(SimpleHistoryAdmin):
    """Read-only once `is_locked(obj)` says the record is settled (decided, confirmed)."""

    # Workflow state is only changed by the named actions, never by a form.
    workflow_fields = ()

    def is_locked(self, obj):
        return False

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj)) + list(self.workflow_fields)
        if obj is not None and self.is_locked(obj):
            return [f.name for f in self.model._meta.concrete_fields] + [
                f.name for f in self.model._meta.many_to_many
            ]
        return fields

    def has_delete_permission(self, request, obj=None):
        if obj is not None and self.is_locked(obj):
            return False
        return super().has_delete_permission(request, obj)


class LockedInline(admin.TabularInline):
    """An inline that freezes with its parent."""

    extra = 0

    def parent_locked(self, obj):
        return False

    def has_add_permission(self, request, obj=None):
        return not (obj is not None and self.parent_locked(obj)) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not (obj is not None and self.parent_locked(obj)) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not (obj is not None and self.parent_locked(obj)) and super().has_delete_permission(request, obj)
