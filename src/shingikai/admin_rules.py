"""Admin building blocks that keep the actions' rules: the admin never bypasses a lock."""
from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin


class DepartmentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return department_label(obj)


class DepartmentMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return department_label(obj)


def department_label(department):
    return f"{department.municipality.name} {department.name}"


class CityDepartments:
    """Department selects name the city: every city has a 市民課, and picking another city's made a new
    city's clerk a department user there. Listed by city, each city's departments together."""

    def _departments(self, db_field, kwargs, form_class):
        from shingikai.councils.models import Department

        if db_field.related_model is Department:
            kwargs.setdefault("form_class", form_class)
            kwargs.setdefault("queryset", Department.objects.select_related("municipality").order_by(
                "municipality__name", "division", "name"))
        return kwargs

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return super().formfield_for_foreignkey(
            db_field, request, **self._departments(db_field, kwargs, DepartmentChoiceField))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return super().formfield_for_manytomany(
            db_field, request, **self._departments(db_field, kwargs, DepartmentMultipleChoiceField))


class LockedWhenAdmin(CityDepartments, SimpleHistoryAdmin):
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


class LockedInline(CityDepartments, admin.TabularInline):
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


#: Rows that name a user without being a record of what they did: the login's own links and passing tokens.
NOT_AUTHORSHIP = {("councils.Staff", "user"), ("councils.Person", "user"), ("ops.UsedSubmission", "user")}


def authored_records(user):
    """[(what, count)] of the rows that name `user` as who did something: every change history (simple-history's
    history_user), the records' own 作成者・回答者・記録者 fields, the temporary passwords issued, the access records
    and the admin's log. Deleting the user would turn each into 「システム」 or delete it, so such a login is stopped
    (is_active off), not deleted (docs/audit.md)."""
    found, history = [], 0
    for relation in user._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete) or relation.many_to_many:
            continue
        model, field = relation.related_model, relation.field
        if model._meta.auto_created or (model._meta.label, field.name) in NOT_AUTHORSHIP:
            continue
        if model.__name__.startswith("Historical"):
            if field.name == "history_user":
                history += model._default_manager.filter(history_user=user).count()
            continue
        count = model._default_manager.filter(**{field.name: user}).count()
        if count:
            found.append((f"{model._meta.verbose_name} ({field.verbose_name})", count))
    if history:
        found.insert(0, ("変更履歴", history))
    return found
