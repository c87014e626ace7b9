"""Where a department's or a secretariat's mail goes: the address recorded for the body itself and those of
its staff (a Staff row's own address, else its login's), each once, in that order."""
from django.conf import settings
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


def _staff_addresses(staff):
    staff = list(staff.select_related("user"))
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
