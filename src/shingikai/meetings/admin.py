from django.contrib import admin

from shingikai.admin_rules import CityDepartments, LockedInline, LockedWhenAdmin

from .models import AgendaItem, Answer, Attendance, Decision, FollowUp, Meeting, Turn


def minutes_locked(meeting):
    minutes = getattr(meeting, "minutes", None)
    return minutes is not None and minutes.is_locked


class MeetingChildInline(LockedInline):
    def parent_locked(self, obj):
        return minutes_locked(obj)


class AgendaItemInline(MeetingChildInline):
    model = AgendaItem
    fields = ["order", "kind", "procedure", "title", "case", "is_public", "closed_reason"]
    raw_id_fields = ["case"]


class AttendanceInline(MeetingChildInline):
    model = Attendance
    fields = ["kind", "name", "title", "present", "person", "staff", "agenda_item"]
    raw_id_fields = ["person", "staff", "agenda_item"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "date", "state", "is_public", "imported"]
    list_filter = ["council", "state", "is_public", "imported"]
    readonly_fields = ["state", "fiscal_year", "number", "cumulative_number", "imported", "import_gaps"]
    inlines = [AgendaItemInline, AttendanceInline]

    def has_delete_permission(self, request, obj=None):
        return not (obj is not None and minutes_locked(obj)) and super().has_delete_permission(request, obj)


@admin.register(Turn)
class TurnAdmin(LockedWhenAdmin):
    list_display = ["meeting", "order", "speaker_label", "role", "agenda_item"]
    list_filter = ["meeting__council", "role"]
    search_fields = ["text", "speaker_label"]
    raw_id_fields = ["meeting", "agenda_item", "person", "staff"]

    def is_locked(self, obj):
        return minutes_locked(obj.meeting)


class FollowUpInline(CityDepartments, admin.TabularInline):
    model = FollowUp
    extra = 0
    fields = ["kind", "text", "department", "due_date", "status"]
    readonly_fields = ["kind", "text", "status"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Decision)
class DecisionAdmin(LockedWhenAdmin):
    """A decision is settled the moment it is recorded: the admin only shows it."""

    list_display = ["agenda_item", "outcome", "vote_method", "recorded_at"]
    list_filter = ["outcome", "vote_method"]
    inlines = [FollowUpInline]

    def is_locked(self, obj):
        return True

    def has_add_permission(self, request):
        return False


@admin.register(FollowUp)
class FollowUpAdmin(LockedWhenAdmin):
    list_display = ["text", "kind", "department", "due_date", "status"]
    list_filter = ["status", "kind", "department"]
    workflow_fields = ("status", "responded_at", "closed_on", "overdue_notified_on", "decision", "kind")

    def is_locked(self, obj):
        return obj.status == FollowUp.Status.CLOSED


@admin.register(Answer)
class AnswerAdmin(LockedWhenAdmin):
    list_display = ["number", "date", "council", "state"]
    list_filter = ["council", "state"]
    workflow_fields = ("state", "issued_at")
    filter_horizontal = ["cases"]

    def is_locked(self, obj):
        return obj.state == Answer.State.ISSUED
