"""Who may see and do what on the disclosure side, built on shingikai.access.

- The secretariat of any council of a municipality (the 審査会's 事務局) sees all of that municipality's
  requests and appeals, the requesters' identities included, and runs the appeals.
- A department (実施機関) records and decides its own requests; it never sees who the requester is
  once the request is recorded, nor any other department's requests.
- Everyone else, the public included, sees the yearly counts and published 答申 only (report.py, public.py).
"""
from shingikai import access
from shingikai.councils.models import Council

from .models import Appeal, DisclosureRequest


def secretariat_municipality_ids(user):
    ids = access.secretariat_council_ids(user)
    if not ids:
        return set()
    return set(Council.objects.filter(pk__in=ids).values_list("municipality_id", flat=True))


def visible_requests(user):
    if not getattr(user, "is_authenticated", False):
        return DisclosureRequest.objects.none()
    municipalities = secretariat_municipality_ids(user)
    if municipalities:
        return DisclosureRequest.objects.filter(municipality_id__in=municipalities)
    department = access.department_of(user)
    if department is not None:
        return DisclosureRequest.objects.filter(department=department)
    return DisclosureRequest.objects.none()


def is_register_secretariat(user, municipality_id):
    return municipality_id in secretariat_municipality_ids(user)


def can_see_identity(user, request):
    return is_register_secretariat(user, request.municipality_id)


def can_work_on(user, request):
    """Extend, decide, record disclosure: the request's own department, or the secretariat."""
    department = access.department_of(user)
    return (department is not None and department.pk == request.department_id) or can_see_identity(user, request)


def recording_departments(user):
    """Departments this user may record a request for."""
    from shingikai.councils.models import Department

    municipalities = secretariat_municipality_ids(user)
    if municipalities:
        return Department.objects.own().filter(municipality_id__in=municipalities)
    department = access.department_of(user)
    return Department.objects.filter(pk=department.pk) if department else Department.objects.none()


def visible_appeals(user):
    return Appeal.objects.filter(request__in=visible_requests(user))


def can_run_appeal(user, appeal):
    return is_register_secretariat(user, appeal.request.municipality_id)
