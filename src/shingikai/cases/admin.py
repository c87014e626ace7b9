from django.contrib import admin

from shingikai.admin_rules import LockedInline, LockedWhenAdmin

from .models import (
    Attachment, Case, CaseDepartment, Certification, ChecklistAnswer, Contractor, DataItem, Question,
)

SETTLED = (Case.Status.DECIDED, Case.Status.ANSWERED, Case.Status.WITHDRAWN)


class CaseChildInline(LockedInline):
    def parent_locked(self, obj):
        return obj.status in SETTLED


class DataItemInline(CaseChildInline):
    model = DataItem


class ContractorInline(CaseChildInline):
    model = Contractor
    show_change_link = True


class CaseDepartmentInline(CaseChildInline):
    model = CaseDepartment


class AttachmentInline(CaseChildInline):
    model = Attachment


@admin.register(Case)
class CaseAdmin(LockedWhenAdmin):
    list_display = ["title", "kind", "status", "department", "council", "number"]
    list_filter = ["council", "kind", "status"]
    search_fields = ["title", "purpose", "number"]
    workflow_fields = ("status", "number", "submitted_at", "accepted_at", "imported", "return_comment",
                       "withdraw_reason")
    inlines = [CaseDepartmentInline, DataItemInline, ContractorInline, AttachmentInline]

    def is_locked(self, obj):
        return obj.status in SETTLED


class CertificationInline(admin.TabularInline):
    model = Certification
    extra = 0


@admin.register(Contractor)
class ContractorAdmin(admin.ModelAdmin):
    list_display = ["name", "case", "role"]
    search_fields = ["name"]
    inlines = [CertificationInline]


@admin.register(ChecklistAnswer)
class ChecklistAnswerAdmin(admin.ModelAdmin):
    list_display = ["case", "code", "answered_by", "answered_at"]
    search_fields = ["case__title", "answer"]
    readonly_fields = ["answered_by", "answered_at"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["case", "__str__"]
    search_fields = ["case__title"]
