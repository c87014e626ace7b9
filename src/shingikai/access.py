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
    # Asked many times a request: read once per staff row (and with the signed-in user's row, signedin.py).
    return set(staff.secretariat_council_ids()) if staff else set()


def member_council_ids(user, on=None):
    person = person_of(user)
    if person is None:
        return set()
    on = on or timezone.localdate()
    kept = getattr(user, "member_councils_by_day", None)  # set by signedin.py for one request
    if kept is not None and on in kept:
        return set(kept[on])
    ids = set(person.memberships.in_office(on).values_list("council_id", flat=True))
    if kept is not None:
        kept[on] = frozenset(ids)
    return ids


def memberships_ahead(user, on=None):
    """The user's appointments made already (委嘱日 passed) for a term still to come: a new member appointed
    ahead of the term prepares for its first meeting before being in office."""
    person = person_of(user)
    if person is None:
        from shingikai.councils.models import Membership

        return Membership.objects.none()
    on = on or timezone.localdate()
    return person.memberships.filter(appointed_on__lte=on, term_start__gt=on, ended_on__isnull=True)


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
    if member_council_ids(user) or memberships_ahead(user).exists():
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
        # A member with an interest in a case (除斥) does not read it: only its public form, as anyone.
        query |= Q(council_id__in=members_of, status__in=MEMBER_VISIBLE) & ~Q(pk__in=recused_case_ids(user))
    return Case.objects.filter(query)


def recused_case_ids(user):
    """The cases `user`, as a member, takes no part in for an interest in them (利害関係・除斥)."""
    from shingikai.cases.models import Recusal

    person = person_of(user)
    if person is None:
        return set()
    # Asked once per item of a document or page: kept on the request's user, as member_councils_by_day.
    kept = getattr(user, "recused_case_ids", None)
    if kept is None:
        kept = user.recused_case_ids = set(Recusal.objects.filter(person=person).values_list("case_id", flat=True))
    return kept


def excluded_from_answer(user, answer):
    """A member recused from one of the 答申's cases, who reads it only once it is public; not the secretariat."""
    recused = recused_case_ids(user)
    return (bool(recused) and answer.council_id not in secretariat_council_ids(user)
            and answer.cases.filter(pk__in=recused).exists())


def excluded_from_item(user, item_case_id, council_id):
    """A member recused from the item's case, who reads nothing of it beyond its public form; the
    secretariat reads everything."""
    return (item_case_id is not None and council_id not in secretariat_council_ids(user)
            and item_case_id in recused_case_ids(user))


def can_view_case(user, case):
    return visible_cases(user).filter(pk=case.pk).exists()


def can_edit_case(user, case):
    department = department_of(user)
    return department is not None and case.department_id == department.pk


def _member_for_meeting(user, meeting):
    """A member in office today whose membership does not end before the meeting (this term or one already
    recorded after it: materials of an April meeting reach a member reappointed from April in March), or one
    appointed ahead whose term holds the meeting's day. A member
    leaving, once the 退任 is recorded, does not read what the council prepares for the meetings after it."""
    if meeting.council_id not in member_council_ids(user):
        # Appointed ahead: the meetings of the term appointed for, as a member in office reads them.
        return meeting.date is not None and memberships_ahead(user).filter(
            council_id=meeting.council_id, term_start__lte=meeting.date).filter(
            Q(term_end__isnull=True) | Q(term_end__gte=meeting.date)).exists()
    return person_of(user).memberships.filter(council_id=meeting.council_id).filter(
        Q(term_end__isnull=True) | Q(term_end__gte=meeting.date)).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=meeting.date)).exists()


def member_meetings(user):
    """The meetings whose materials `user` reads as a member, as _member_for_meeting decides one: for the
    records that reach members through an agenda item (the registers), so that a member leaving or appointed
    ahead reads them exactly when the meeting's materials."""
    from shingikai.meetings.models import Meeting

    person = person_of(user)
    if person is None:
        return Meeting.objects.none()
    covers = (Q(term_end__isnull=True) | Q(term_end__gte=OuterRef("date"))) & (
        Q(ended_on__isnull=True) | Q(ended_on__gte=OuterRef("date")))
    serving = person.memberships.filter(covers, council_id=OuterRef("council_id"))
    ahead = memberships_ahead(user).filter(covers, council_id=OuterRef("council_id"), term_start__lte=OuterRef("date"))
    in_office = member_council_ids(user)
    return Meeting.objects.filter((Q(council_id__in=in_office) & Exists(serving))
                                  | (~Q(council_id__in=in_office) & Exists(ahead)))


def can_view_meeting_materials(user, meeting):
    """Members and the secretariat see the full materials, closed items included."""
    return meeting.council_id in secretariat_council_ids(user) or _member_for_meeting(user, meeting)


def can_answer_follow_up(user, follow_up):
    department = department_of(user)
    return department is not None and follow_up.department_id == department.pk


def can_view_follow_up(user, follow_up):
    """The secretariat and members of the council, the department asked to respond, and the case's own
    department."""
    council = follow_up.decision.agenda_item.meeting.council
    case = follow_up.decision.case
    return (council.pk in council_ids(user) or can_answer_follow_up(user, follow_up)
            or (case is not None and can_edit_case(user, case)))


def can_view_deliberation(user, case):
    """The council's own record of deliberating a case (its closed items' content, its decisions, a draft
    答申): the council, and the departments whose case it is. Not on an appeal: the 審査会 deliberates in
    closed session, and the department whose decision is disputed is the opposing party (審査会設置条例)."""
    if case.council_id in council_ids(user):
        return True
    return can_view_case(user, case) and not case.is_appeal


def can_view_closed_item(user, item):
    """A closed (非公開) agenda item: the council's secretariat and members, and the departments whose case
    it is (not an appeal's, see can_view_deliberation). Another department on the same agenda sees it only as
    the council's policy shows it to the public."""
    if excluded_from_item(user, item.case_id, item.meeting.council_id):
        return False
    if can_view_meeting_materials(user, item.meeting):
        return True
    if item.meeting.council_id in member_council_ids(user):
        return False  # a member leaving before the meeting: not through the case either
    return item.case_id is not None and can_view_deliberation(user, item.case)


class DocumentReading:
    """How one reader may read one official document: `full` includes drafts and what only the council
    reads (the unredacted summary); `shows_item` says which agenda items are printed with their content."""

    def __init__(self, user, *, full):
        self.user = user
        self.full = full

    def shows_item(self, item):
        from shingikai import publicity

        if self.full and not excluded_from_item(self.user, item.case_id, item.meeting.council_id):
            return True
        return publicity.is_public_meeting_item(item) or can_view_closed_item(self.user, item)


def document_reading(user, kind, obj):
    """May `user` download the document `kind` of `obj`, and in which form? None when not at all.

    The same rules as the pages: a 諮問書 in full for whoever may open the case, else its public form while the case is
    public (never an imported case's: its city wrote the 諮問書, not this system); the 会議次第 of any meeting on the
    public calendar; the 会議録 in full for the council, else once published; an 答申書 in full for the
    council and the cases' departments (not an appeal's), else once public; a follow-up request for who may see the follow-up;
    the 招集通知 and a 書面開催's 書面表決書 for who may read the meeting's materials;
    an appeal's 答申書 whole for the 審査会's secretariat, else its public version once published; the
    registers' 点検結果 and 要配慮 report for who may see the 評価書 or the report, never the public.
    """
    from shingikai import publicity

    if kind == "shimonsho":
        if can_view_case(user, obj):
            return DocumentReading(user, full=True)
        public = not obj.imported and publicity.cases().filter(pk=obj.pk).exists()
        return DocumentReading(user, full=False) if public else None
    if kind in ("agenda", "minutes"):
        if can_view_meeting_materials(user, obj):
            return DocumentReading(user, full=True)
        public = (publicity.meetings().filter(pk=obj.pk) if kind == "agenda"
                  else publicity.minutes().filter(meeting=obj))
        return DocumentReading(user, full=False) if public.exists() else None
    if kind == "answer":
        if excluded_from_answer(user, obj):
            pass
        elif obj.council_id in council_ids(user) or any(can_view_deliberation(user, c) for c in obj.cases.all()):
            return DocumentReading(user, full=True)
        return DocumentReading(user, full=False) if publicity.answers().filter(pk=obj.pk).exists() else None
    if kind in ("convocation", "writtenvote"):
        # The notice and the 書面表決書 name the closed items as the members' materials do.
        return DocumentReading(user, full=True) if can_view_meeting_materials(user, obj) else None
    if kind == "followup":
        return DocumentReading(user, full=True) if can_view_follow_up(user, obj) else None
    if kind == "appeal":
        # The 答申書 on an appeal: whole for the 審査会's secretariat, else the public version once published.
        from shingikai.disclosure.access import can_run_appeal

        if can_run_appeal(user, obj):
            return DocumentReading(user, full=True)
        return DocumentReading(user, full=False) if obj.answer_published and obj.outcome else None
    if kind in ("inspection", "sensitive"):
        # The registers' documents are never public: who sees the 評価書 or the report reads them.
        from shingikai.registers import access as registers

        visible = registers.visible_assessments(user) if kind == "inspection" else registers.visible_reports(user)
        return DocumentReading(user, full=True) if visible.filter(pk=obj.pk).exists() else None
    return None
