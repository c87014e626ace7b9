from django import forms
from django.contrib import admin

from shingikai.admin_rules import CityDepartments

from .actions import create_department, reindex_departments
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


class DepartmentForm(forms.ModelForm):
    class Meta:
        model = Department
        # A 組織改正 (former names, a merge) is recorded on the secretariat's departments screen, through its actions.
        fields = ["municipality", "name", "division", "email", "imported"]

    def _get_validation_exclusions(self):
        # A department the city adds under a name imported minutes only named so far takes that one over
        # (create_department): the clash of names with it is no duplicate.
        exclude = super()._get_validation_exclusions()
        if self.instance.pk is None and Department.objects.filter(
                municipality=self.cleaned_data.get("municipality"), name=self.cleaned_data.get("name"), imported=True).exists():
            exclude.add("name")
        return exclude


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    form = DepartmentForm
    list_display = ["name", "division", "municipality", "imported"]
    list_filter = ["municipality", "imported"]
    search_fields = ["name", "division"]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            # A correction of the 課名 made here renames the department's search entries as the screen's does.
            if "name" in form.changed_data:
                reindex_departments(obj)
            return None
        fields = {f: form.cleaned_data[f] for f in form.cleaned_data if f not in ("municipality", "name", "division", "imported")}
        created = create_department(obj.municipality, name=obj.name, division=obj.division, **fields)
        obj.pk = created.pk


@admin.register(Staff)
class StaffAdmin(CityDepartments, admin.ModelAdmin):
    list_display = ["name", "title", "department", "secretariat_of", "user"]
    list_filter = ["secretariat_of", "department__municipality"]
    filter_horizontal = ["also_secretariat_of"]
    search_fields = ["name"]
