"""Where a department's, a secretariat's and the members' mail goes: the address recorded for the body itself and
those of its staff (a Staff row's own address, else its login's), each once, in that order; the members' own.

Every list of people goes through `receiving`: a person whose login was stopped (異動・退職, 退任) receives nothing
more, whatever address their row or their login still keeps."""
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage

from .models import Staff


def unique(*groups):
    seen, result = set(), []
    for group in groups:
        for address in group:
            if address and address not in seen:
                seen.add(address)
                result.append(address)
    return result


def receiving(rows):
    """The rows (Person or Staff) whose person still receives mail: those without a login, and those whose login
    is active. The logins are read in one query, whatever the caller loaded."""
    rows = list(rows)
    logins = {row.user_id for row in rows if row.user_id is not None}
    stopped = set(get_user_model().objects.filter(pk__in=logins, is_active=False)
                  .values_list("pk", flat=True)) if logins else set()
    return [row for row in rows if row.user_id not in stopped]


def member_addresses(people):
    """The addresses of council members (Person rows) who still receive the council's mail."""
    return unique([person.email for person in receiving(people)])


def _staff_addresses(staff):
    staff = receiving(staff.select_related("user"))
    return unique([s.email for s in staff], [s.user.email for s in staff if s.user])


def department_addresses(department):
    if department is None:
        return []
    return unique([department.email], _staff_addresses(Staff.objects.filter(department=department)))


def secretariat_addresses(*, council=None, municipality=None):
    """The secretariat of one council, or of every council of a municipality."""
    staff = Staff.objects.secretariat_of_councils([council.pk] if council is not None
                                                  else municipality.councils.values("pk"))
    return _staff_addresses(staff)


def recipients(department, *, council=None, municipality=None):
    """(to, cc) of a notice to a department: its addresses, the secretariat (of `council`, or of every council
    of `municipality`) in copy; the secretariat alone when the department has none, so that someone is told.
    Both empty when no one has an address."""
    to = department_addresses(department)
    secretariat = secretariat_addresses(council=council, municipality=municipality)
    return (to, [a for a in secretariat if a not in to]) if to else (secretariat, [])


def to_members(subject, body, members, secretariat):
    """A message to council members, who are not the city's staff (弁護士, 市民公募 …) and gave their private
    addresses to the secretariat only: they go in Bcc, so that no member receives another's address, and the
    secretariat in To as the one copy it keeps (the sender's own address when it has none). None when no
    member and no secretariat has an address."""
    secretariat = unique(secretariat)
    members = [a for a in unique(members) if a not in secretariat]
    if not members and not secretariat:
        return None
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, secretariat or [settings.DEFAULT_FROM_EMAIL],
                        bcc=members)
