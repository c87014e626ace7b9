from django.contrib import admin

from .models import RestoreRecord


@admin.register(RestoreRecord)
class RestoreRecordAdmin(admin.ModelAdmin):
    """Read only: the record of a restore is written by `shingikai restore` and by nothing else."""

    list_display = ("restored_at", "backup_file", "backup_created", "restored_by", "orphan_files", "orphans_pruned")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
