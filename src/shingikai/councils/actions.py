"""Actions on councils and their members: appointment, 互選 of the chair, the acting chair."""
from django.db import transaction

from shingikai.errors import ActionRefused

from .models import Council, Membership


def _in_office(council, person, on):
    membership = council.memberships.in_office(on).filter(person=person).first()
    if membership is None:
        raise ActionRefused(f"{person} は {on} 時点で {council} の委員ではありません。")
    return membership


@transaction.atomic
def appoint_member(council, person, *, appointed_on, term_start, term_end=None, sector=""):
    """委嘱: appoint a person for a term. A person holds one membership of a council at a time."""
    if term_end is not None and term_end < term_start:
        raise ActionRefused("任期の終期が始期より前です。")
    overlapping = council.memberships.filter(person=person).exclude(term_end__lt=term_start)
    if term_end is not None:
        overlapping = overlapping.exclude(term_start__gt=term_end)
    if overlapping.exclude(ended_on__lt=term_start).exists():
        raise ActionRefused(f"{person} はこの期間すでに {council} の委員に委嘱されています。")
    return Membership.objects.create(
        council=council, person=person, appointed_on=appointed_on, term_start=term_start,
        term_end=term_end, sector=sector,
    )


def _clear_role(council, role, on):
    for holder in council.memberships.in_office(on).filter(role=role):
        holder.role = Membership.Role.MEMBER
        holder.role_given_by = Membership.GivenBy.APPOINTMENT
        holder.role_since = on
        holder.save(update_fields=["role", "role_given_by", "role_since"])


@transaction.atomic
def elect_chair(council, person, *, on, meeting=None):
    """互選: the members elect their chair. At a meeting, only with a quorum present."""
    membership = _in_office(council, person, on)
    if meeting is not None:
        if meeting.council_id != council.id:
            raise ActionRefused("別の審議会の会議では会長を選出できません。")
        if not meeting.has_quorum():
            raise ActionRefused("定足数に達していないため、会長を選出できません。")
    _clear_role(council, Membership.Role.CHAIR, on)
    membership.refresh_from_db()
    membership.role = Membership.Role.CHAIR
    membership.role_given_by = Membership.GivenBy.MUTUAL_ELECTION
    membership.role_since = on
    membership.save(update_fields=["role", "role_given_by", "role_since"])
    return membership


@transaction.atomic
def designate_acting_chair(council, person, *, on, role=Membership.Role.ACTING_CHAIR):
    """指名: the chair names who acts in the chair's absence (会長職務代理 or 副会長)."""
    if role not in (Membership.Role.ACTING_CHAIR, Membership.Role.VICE_CHAIR):
        raise ActionRefused("指名できるのは会長職務代理または副会長です。")
    if not council.memberships.in_office(on).filter(role=Membership.Role.CHAIR).exists():
        raise ActionRefused("会長が選出されていないため、職務代理を指名できません。")
    membership = _in_office(council, person, on)
    if membership.role == Membership.Role.CHAIR:
        raise ActionRefused("会長を職務代理に指名することはできません。")
    _clear_role(council, role, on)
    membership.refresh_from_db()
    membership.role = role
    membership.role_given_by = Membership.GivenBy.DESIGNATION
    membership.role_since = on
    membership.save(update_fields=["role", "role_given_by", "role_since"])
    return membership


def chair_of(council, on):
    membership = council.memberships.in_office(on).filter(role=Membership.Role.CHAIR).select_related("person").first()
    return membership.person if membership else None


def lock_council(council):
    """Official numbers (諮問第N号, 答申第N号, 年度第N回) are counted under a lock on the council's row, held
    until the action's transaction ends, so two requests at once cannot take the same number."""
    Council.objects.select_for_update().get(pk=council.pk)
