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
def appoint_member(council, person, *, appointed_on, term_start, term_end=None, sector="", by=None):
    """委嘱: appoint a person for a term. A person holds one membership of a council at a time."""
    from shingikai.history import save_by

    if term_end is not None and term_end < term_start:
        raise ActionRefused("任期の終期が始期より前です。")
    overlapping = council.memberships.filter(person=person).exclude(term_end__lt=term_start)
    if term_end is not None:
        overlapping = overlapping.exclude(term_start__gt=term_end)
    if overlapping.exclude(ended_on__lt=term_start).exists():
        raise ActionRefused(f"{person} はこの期間すでに {council} の委員に委嘱されています。")
    return save_by(Membership(council=council, person=person, appointed_on=appointed_on, term_start=term_start,
                              term_end=term_end, sector=sector), by)


@transaction.atomic
def end_membership(membership, *, on, by=None):
    """退任 (a resignation, or a death) before the term ends. The member is in office up to `on` itself.
    Refused while a meeting after that day records the member as present: correct that attendance first."""
    from shingikai.history import save_by
    from shingikai.jp.wareki import to_wareki
    from shingikai.meetings.models import Attendance

    membership = Membership.objects.select_for_update().select_related("person").get(pk=membership.pk)
    if on is None:
        raise ActionRefused("退任日を入力してください。")
    if membership.ended_on is not None:
        raise ActionRefused(f"{membership.person} はすでに{to_wareki(membership.ended_on)}に退任しています。")
    if on < membership.term_start:
        raise ActionRefused(f"退任日が任期の始期 ({to_wareki(membership.term_start)}) より前です。")
    if membership.term_end is not None and on > membership.term_end:
        raise ActionRefused(f"退任日が任期の終期 ({to_wareki(membership.term_end)}) より後です。")
    later = (Attendance.objects.filter(person=membership.person, kind=Attendance.Kind.MEMBER, present=True,
                                       meeting__council=membership.council, meeting__date__gt=on)
             .select_related("meeting").order_by("meeting__date").first())
    if later is not None:
        raise ActionRefused(f"{membership.person} は退任日より後の{later.meeting.label}に出席と記録されています。"
                            "先にその会議の出席を確かめてください。")
    membership.ended_on = on
    return save_by(membership, by, update_fields=["ended_on"])


@transaction.atomic
def appoint_successor(council, *, name, appointed_on, term_start, term_end=None, sector="", by=None):
    """委嘱 of a member by name, in one step (a successor serves the rest of the predecessor's term, which
    the form offers as the term's end)."""
    from .models import Person

    name = (name or "").strip()
    if not name:
        raise ActionRefused("氏名を入力してください。")
    # A former member appointed again is the same person, with the same record of meetings.
    person = Person.objects.filter(name=name).first() or add_person(name=name)
    return appoint_member(council, person, appointed_on=appointed_on, term_start=term_start, term_end=term_end,
                          sector=sector, by=by)


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


# -- the organisation: municipality, council, departments, staff, people ----------------------------

def _created(model, **fields):
    """Create after full_clean, so a duplicate or a missing field is refused in Japanese, not by the database."""
    from django.core.exceptions import ValidationError

    obj = model(**fields)
    try:
        obj.full_clean()
    except ValidationError as error:
        raise ActionRefused(" ".join(m for messages in error.message_dict.values() for m in messages)) from None
    obj.save()
    return obj


@transaction.atomic
def create_municipality(*, name, slug, **fields):
    from .models import Municipality

    return _created(Municipality, name=name, slug=slug, **fields)


@transaction.atomic
def create_council(municipality, *, name, slug, **fields):
    from .models import Council

    return _created(Council, municipality=municipality, name=name, slug=slug, **fields)


@transaction.atomic
def create_department(municipality, *, name, division="", **fields):
    from .models import Department

    return _created(Department, municipality=municipality, name=name, division=division, **fields)


@transaction.atomic
def add_staff(*, name, title="", department=None, secretariat_of=None, user=None, **fields):
    """An official of a department (説明員) or of a council's secretariat (事務局), or both."""
    from .models import Staff

    if department is None and secretariat_of is None:
        raise ActionRefused("職員の所属課か事務局を務める審議会を指定してください。")
    if user is not None and Staff.objects.filter(user=user).exists():
        raise ActionRefused(f"ログインユーザー {user} はすでに別の職員に割り当てられています。")
    return _created(Staff, name=name, title=title, department=department, secretariat_of=secretariat_of,
                    user=user, **fields)


@transaction.atomic
def add_person(*, name, **fields):
    """A person who can be appointed to councils (委員)."""
    from .models import Person

    return _created(Person, name=name, **fields)


@transaction.atomic
def link_person_to_user(person, user):
    """Give a member a login, so that they can read the closed materials of their councils."""
    from .models import Person

    if Person.objects.filter(user=user).exclude(pk=person.pk).exists():
        raise ActionRefused(f"ログインユーザー {user} はすでに別の委員に割り当てられています。")
    person.user = user
    person.save(update_fields=["user"])
    return person


@transaction.atomic
def create_login(username, *, email, password, superuser=False):
    """A login (ユーザー), or the existing one of that name unchanged: loaders run more than once."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        create = User.objects.create_superuser if superuser else User.objects.create_user
        user = create(username, email, password)
    return user


def lock_council(council):
    """Official numbers (諮問第N号, 答申第N号, 年度第N回) are counted under a lock on the council's row, held
    until the action's transaction ends, so two requests at once cannot take the same number."""
    Council.objects.select_for_update().get(pk=council.pk)
