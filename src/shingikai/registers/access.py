"""Who may see and change the registers, on top of shingikai.access.

Departments keep their own files, assessments and incidents; the secretariat of a council sees every
register of its municipality and reviews them; members read what comes on their council's agenda;
the public reads only the published file register (registers/publicity.py).
"""
from django.db.models import Q

from shingikai import access
from shingikai.councils.models import Council

from .models import Assessment, Audit, AuditFinding, Incident, PersonalInfoFile, SensitiveReport

# What the access records (docs/audit.md) call each kind of record, read on its page or through the JSON API.
FILE, ASSESSMENT, INCIDENT, AUDIT, REPORT = ("個人情報ファイル", "特定個人情報保護評価書", "漏えい等事案", "監査",
                                            "要配慮個人情報の取扱状況の報告")


def secretariat_municipality_ids(user):
    if getattr(user, "is_superuser", False):
        return set(Council.objects.filter(pk__in=access.secretariat_council_ids(user))
                   .values_list("municipality_id", flat=True))
    # The city through the staff row, which keeps it: a page reading several registers asked four times.
    staff = access.staff_of(user)
    city = staff.secretariat()[0] if staff else None
    return {city} if city is not None else set()


def _scope(model, user, *, department_field="department", municipality_field="department__municipality_id",
           agenda_field="agenda_item"):
    if not getattr(user, "is_authenticated", False):
        return model.objects.none()
    query = Q(**{f"{municipality_field}__in": secretariat_municipality_ids(user)})
    department = access.department_of(user)
    if department is not None and department_field:
        query |= Q(**{department_field: department})
    if agenda_field and access.person_of(user) is not None:
        # Only on the agenda of a meeting whose materials the member reads (not one after the member's 退任).
        query |= Q(**{f"{agenda_field}__meeting__in": access.member_meetings(user)})
    return model.objects.filter(query).distinct()


def visible_files(user):
    return _scope(PersonalInfoFile, user, agenda_field=None)


def visible_assessments(user):
    return _scope(Assessment, user, agenda_field="inspection__agenda_item")


def visible_incidents(user):
    return _scope(Incident, user)


def visible_audits(user):
    return _scope(Audit, user, department_field="departments", municipality_field="municipality_id")


def visible_findings(user, *, members=True):
    """Audit findings this user may read: every finding of the secretariat's city, and of an audit on the agenda
    of a council the user sits on (`members`); a department only its own. An audit names several departments,
    and each answers for its own findings: what the auditor found in another department stays with that one."""
    if not getattr(user, "is_authenticated", False):
        return AuditFinding.objects.none()
    query = Q(audit__municipality_id__in=secretariat_municipality_ids(user))
    department = access.department_of(user)
    if department is not None:
        query |= Q(department=department)
    if members and access.person_of(user) is not None:
        query |= Q(audit__agenda_item__meeting__in=access.member_meetings(user))
    return AuditFinding.objects.filter(query)


def visible_reports(user):
    return _scope(SensitiveReport, user, department_field=None, municipality_field="municipality_id")


def is_register_secretariat(user, municipality):
    return municipality.pk in secretariat_municipality_ids(user)


def can_edit_own(user, record):
    """A department changes its own records only."""
    department = access.department_of(user)
    return department is not None and record.department_id == department.pk


def can_see_registers(user):
    return bool(secretariat_municipality_ids(user)) or access.department_of(user) is not None \
        or bool(access.member_council_ids(user))
