"""The registers in the admin: browsing and history. Workflow fields (states, filing dates, agenda links)
change only through registers.actions, and settled records are read-only."""
from django.contrib import admin

from shingikai.admin_rules import LockedInline, LockedWhenAdmin

from .models import Assessment, Audit, AuditFinding, Incident, Inspection, PersonalInfoFile


@admin.register(PersonalInfoFile)
class PersonalInfoFileAdmin(LockedWhenAdmin):
    list_display = ["name", "department", "subject_count", "state", "registered_on"]
    list_filter = ["state", "kind", "contains_sensitive", "department__municipality"]
    search_fields = ["name", "purpose", "record_items"]
    workflow_fields = ("state", "registered_on", "review_comment", "cases", "change_dates", "retired_on", "retire_reason")

    def is_locked(self, obj):
        return obj.state == PersonalInfoFile.State.RETIRED


@admin.register(Assessment)
class AssessmentAdmin(LockedWhenAdmin):
    list_display = ["system_name", "version", "department", "level", "state", "next_review_due"]
    list_filter = ["level", "state"]
    workflow_fields = ("level", "state", "comment_start", "comment_end", "submitted_on", "next_review_due",
                       "superseded", "version")

    def is_locked(self, obj):
        return obj.state == Assessment.State.SUBMITTED


@admin.register(Inspection)
class InspectionAdmin(LockedWhenAdmin):
    list_display = ["assessment", "concluded_on"]
    workflow_fields = ("assessment", "agenda_item", "concluded_on")

    def is_locked(self, obj):
        return obj.assessment.state == Assessment.State.SUBMITTED


@admin.register(Incident)
class IncidentAdmin(LockedWhenAdmin):
    list_display = ["title", "department", "discovered_on", "people_count", "preliminary_filed_on", "final_filed_on"]
    list_filter = ["kind", "sensitive", "wrongful_purpose"]
    workflow_fields = ("preliminary_filed_on", "final_filed_on", "preliminary_late_reason", "final_late_reason",
                       "notified_people_on", "notice_waived_reason", "agenda_item")

    def is_locked(self, obj):
        return obj.final_filed_on is not None


class AuditFindingInline(LockedInline):
    model = AuditFinding
    readonly_fields = ["follow_up"]

    def parent_locked(self, obj):
        return obj.state == Audit.State.COMPLETED


@admin.register(Audit)
class AuditAdmin(LockedWhenAdmin):
    list_display = ["title", "fiscal_year", "state"]
    inlines = [AuditFindingInline]
    workflow_fields = ("state", "agenda_item")

    def is_locked(self, obj):
        return obj.state == Audit.State.COMPLETED
