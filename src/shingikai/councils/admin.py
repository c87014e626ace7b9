from django import forms
from django.contrib import admin

from shingikai.admin_rules import CityDepartments

from shingikai.errors import ActionRefused

from .actions import check_secretariat_councils, create_department, reindex_departments, set_secretariat_councils
from .models import Council, Department, Membership, Municipality, Person, Staff


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]


#: Django's own refusal names the field 「“slug”」, a word the operator setting up the city never sees on the form.
SLUG_MESSAGE = "識別子は半角の英数字・ハイフン・アンダースコアで入力してください (例: kitayama)。"


class SlugNamedForm(forms.ModelForm):
    class Meta:
        error_messages = {"slug": {"invalid": SLUG_MESSAGE}}


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    form = SlugNamedForm
    list_display = ["name", "prefecture", "head_title"]
    search_fields = ["name"]
    prepopulated_fields = {}


@admin.register(Council)
class CouncilAdmin(admin.ModelAdmin):
    form = SlugNamedForm
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


class CityCouncilChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.municipality.name} {obj.name}"


class StaffForm(forms.ModelForm):
    """The councils an official runs, of their own city only: a new official's city is the one of their 所属課 or
    of the first council chosen; an existing one is offered their city's councils alone."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("secretariat_councils")
        if field is None:
            return
        councils = Council.objects.select_related("municipality").order_by("municipality__name", "pk")
        city = self.instance.department.municipality_id if self.instance.department_id else (
            self.instance.secretariat()[0] if self.instance.pk else None)
        field.queryset = councils.filter(municipality_id=city) if city is not None else councils

    def clean(self):
        data = super().clean()
        try:
            check_secretariat_councils(data.get("secretariat_councils") or [], department=data.get("department"),
                                       staff=None if data.get("department") else self.instance)
        except ActionRefused as exc:
            self.add_error("secretariat_councils", exc.message)
        return data


@admin.register(Staff)
class StaffAdmin(CityDepartments, admin.ModelAdmin):
    form = StaffForm
    list_display = ["name", "title", "department", "secretariat", "user"]
    list_filter = ["secretariat_councils", "department__municipality"]
    filter_horizontal = ["secretariat_councils"]
    search_fields = ["name"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "secretariat_councils":
            kwargs["form_class"] = CityCouncilChoiceField  # every city has its 審議会: the label names the city
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        # The councils go through the action, which names the operator in the staff history, not the form's own save.
        councils = form.cleaned_data.pop("secretariat_councils", None)
        super().save_related(request, form, formsets, change)
        if councils is not None:
            set_secretariat_councils(form.instance, councils, by=request.user)

    @admin.display(description="事務局を務める審議会")
    def secretariat(self, obj):
        return obj.secretariat_names()
