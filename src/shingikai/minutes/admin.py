from django.contrib import admin

from shingikai.admin_rules import LockedInline, LockedWhenAdmin

from .models import Amendment, ImportRecord, Minutes, MinutesSigner


class SignerInline(LockedInline):
    model = MinutesSigner

    def parent_locked(self, obj):
        return obj.is_locked


class AmendmentInline(admin.TabularInline):
    """Amendments are made with the amend_minutes action (it records the reason); the admin shows them."""

    model = Amendment
    extra = 0
    readonly_fields = ["target", "before", "after", "reason", "made_by", "made_at", "approved_at_meeting"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Minutes)
class MinutesAdmin(LockedWhenAdmin):
    list_display = ["meeting", "style", "state", "confirmed_on", "published_on"]
    list_filter = ["state", "style"]
    workflow_fields = ("state", "confirmed_by", "confirmed_at_meeting", "confirmed_on", "published_on", "meeting")
    inlines = [SignerInline, AmendmentInline]

    def is_locked(self, obj):
        return obj.is_locked


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    list_display = ["source_name", "meeting", "importer_version", "imported_at"]
    readonly_fields = ["meeting", "source_name", "sha256", "importer_version", "imported_at", "parsed", "imported_by"]

    def has_add_permission(self, request):
        return False
