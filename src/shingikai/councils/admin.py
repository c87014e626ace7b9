from django.contrib import admin

from .models import Council, Department, Membership, Municipality, Person, Staff


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "prefecture", "head_title"]
    search_fields = ["name"]
    prepopulated_fields = {}


@admin.register(Council)
class CouncilAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "body_type", "minutes_style", "name_policy"]
    list_filter = ["body_type", "minutes_style"]
    search_fields = ["name", "municipality__name"]
    inlines = [MembershipInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "name_kana", "affiliation"]
    search_fields = ["name", "name_kana"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "council", "role", "role_given_by", "term_start", "term_end"]
    list_filter = ["council", "role"]
    autocomplete_fields = ["person"]


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "division", "municipality", "imported"]
    list_filter = ["municipality", "imported"]
    search_fields = ["name", "division"]


@admin.register(Staff)
class StaffAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "department", "secretariat_of", "user"]
    list_filter = ["secretariat_of", "department__municipality"]
    search_fields = ["name"]
