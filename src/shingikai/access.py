"""Who may see and do what. Every view and API asks here; nothing decides access on its own.

Roles (DESIGN §2): the secretariat runs its council; department staff see their own department's
cases; members see their council's materials (closed items included); the public sees published data.
"""
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from shingikai.cases.models import Case, CaseDepartment


def staff_of(user):
    if not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "staff", None)


def person_of(user):
    if not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "person", None)


def secretariat_council_ids(user):
    if getattr(user, "is_superuser", False):
        from shingikai.councils.models import Council
        return set(Council.objects.values_list("id", flat=True))
    staff = staff_of(user)
    return {staff.secretariat_of_id} if staff and staff.secretariat_of_id else set()


def member_council_ids(user, on=None):
    person = person_of(user)
    if person is None:
        return set()
    on = on or timezone.localdate()
    return set(person.memberships.in_office(on).values_list("council_id", flat=True))


def department_of(user):
    staff = staff_of(user)
    return staff.department if staff and staff.department_id else None


def council_ids(user):
    """Councils whose non-public data this user may read."""
    return secretariat_council_ids(user) | member_council_ids(user)


def is_secretariat(user, council):
    return council.pk in secretariat_council_ids(user)


def is_member(user, council):
    return council.pk in member_council_ids(user)


def role_name(user):
    if not getattr(user, "is_authenticated", False):
        return "public"
    if secretariat_council_ids(user):
        return "secretariat"
    if department_of(user) is not None:
        return "department"
    if member_council_ids(user):
        return "member"
    return "none"


MEMBER_VISIBLE = (
    Case.Status.ACCEPTED, Case.Status.SCHEDULED, Case.Status.CONTINUED, Case.Status.DECIDED, Case.Status.ANSWERED,
)


def visible_cases(user):
    """Cases this user may open: its council's (secretariat), its department's, or its council's materials."""
    if not getattr(user, "is_authenticated", False):
        return Case.objects.none()
    query = Q(council_id__in=secretariat_council_ids(user)) & ~Q(status=Case.Status.DRAFT)
    department = department_of(user)
    if department is not None:
        # EXISTS rather than a join: a join repeats a case once per involved row and then needs DISTINCT over
        # every column, which made counting a council's thousands of cases slow.
        involved = CaseDepartment.objects.filter(case_id=OuterRef("pk"), department=department)
        query |= Q(department=department) | Q(Exists(involved))
    members_of = member_council_ids(user)
    if members_of:
        query |= Q(council_id__in=members_of, status__in=MEMBER_VISIBLE)
    return Case.objects.filter(query)


def can_view_case(user, case):
    return visible_cases(user).filter(pk=case.pk).exists()


def can_edit_case(user, case):
    department = department_of(user)
    return department is not None and case.department_id == department.pk


def can_view_meeting_materials(user, meeting):
    """Members and the secretariat see the full materials, closed items included."""
    return meeting.council_id in council_ids(user)


def can_answer_follow_up(user, follow_up):
    department = department_of(user)
    return department is not None and follow_up.department_id == department.pk
