"""The work dashboard."""
import datetime as dt

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from shingikai import access
from shingikai.cases.actions import sent_away, unanswered_questions, with_sender
from shingikai.cases.models import Case, Question
from shingikai.councils.models import Council
from shingikai.viewhelpers import page_of

#: How far ahead the home page looks for the registers' legal deadlines (速報, 確報, 決定期限 …).
DEADLINE_HORIZON = dt.timedelta(days=14)


def legal_deadlines(user, today):
    """The registers' deadlines this user may see that are passed or fall within the horizon, earliest first,
    each as (what, label, due, url, days left): a statutory date missed by someone who works from the home page
    is the thing the home page is for."""
    from shingikai.disclosure import access as disclosure_access
    from shingikai.disclosure.board import OPEN
    from shingikai.registers import board

    horizon = today + DEADLINE_HORIZON
    rows = [d["item"] for d in board.due_items(user, today) if d["item"].due <= horizon]
    requests = (disclosure_access.visible_requests(user).filter(status__in=OPEN)
                .select_related("department", "municipality"))
    rows += [board.Due("開示請求の相当の部分の決定期限" if r.portion_due_pending else "開示請求の決定期限",
                       f"{r.department.name}: {r.number}", r.due, r,
                       reverse("disclosure:request", args=[r.pk])) for r in requests if r.due <= horizon]
    rows += _appeal_deadlines(user, horizon, board.Due)
    rows.sort(key=lambda row: row.due)
    return [{"kind": d.kind, "label": d.label, "due": d.due, "url": d.url, "days_left": d.days_left(today)}
            for d in rows]


def _appeal_deadlines(user, horizon, due_class):
    """The appeals the register's secretariat runs: the 審査会's 提出期限 and the 答申 waiting for a 裁決."""
    from shingikai.disclosure import access as disclosure_access
    from shingikai.disclosure.appeal_board import home_deadlines
    from shingikai.disclosure.models import Appeal

    municipalities = disclosure_access.secretariat_municipality_ids(user)
    if not municipalities:
        return []
    return home_deadlines(Appeal.objects.filter(request__municipality_id__in=municipalities), horizon, due_class)


def _first_steps():
    """The operator's (a superuser's) set-up of a new installation, in order, each with whether it is done and
    the screen that does it (docs/install.md): until then nobody else can sign in to anything."""
    from shingikai.councils.models import Department, Membership, Municipality, Staff

    council = Council.objects.filter(is_imported_only=False).order_by("pk").first()
    steps = [
        ("自治体を登録する (名称、都道府県、長の職名・氏名)", Municipality.objects.exists(),
         reverse("admin:councils_municipality_add")),
        ("審議会・審査会を登録する (名称、設置条例、種別)", council is not None, reverse("admin:councils_council_add")),
        ("事務局の職員を登録し、ログインを発行する (「担当課」画面の「事務局の職員」)",
         Staff.objects.secretariats().filter(user__isnull=False).exists(),
         reverse("councils:departments", args=[council.pk]) + "#clerks" if council else reverse("admin:councils_staff_add")),
        ("担当課を登録する (事務局の「担当課」画面)", Department.objects.filter(imported=False).exists(),
         reverse("councils:departments", args=[council.pk]) if council else reverse("admin:councils_department_add")),
        ("委員を委嘱する (事務局の「委員」画面)", Membership.objects.exists(),
         reverse("councils:members", args=[council.pk]) if council else ""),
    ]
    return [{"label": label, "done": done, "url": url} for label, done, url in steps]


@login_required
def dashboard(request):
    user = request.user
    today = timezone.localdate()
    context = {"today": today, "role": access.role_name(user)}
    if user.is_superuser:
        steps = _first_steps()
        if not all(step["done"] for step in steps):
            context["first_steps"] = steps
    secretariat_of = access.secretariat_council_ids(user)
    if secretariat_of:
        from shingikai.meetings.models import FollowUp, Meeting

        context["councils"] = Council.objects.filter(id__in=secretariat_of, is_imported_only=False)
        context["intake"] = (with_sender(Case.objects.filter(council_id__in=secretariat_of, status=Case.Status.SUBMITTED))
                             .select_related("department", "council").order_by("submitted_at")[:20])
        # Passed on and not yet received there: taken back from here (the case page is the other council's now).
        context["sent_away"] = (sent_away(secretariat_of).select_related("department", "council")
                                .order_by("submitted_at")[:20])
        # A meeting held earlier today is no longer to come.
        context["upcoming"] = (Meeting.objects.filter(council_id__in=secretariat_of, date__gte=today)
                               .exclude(state__in=[Meeting.State.HELD, Meeting.State.CANCELLED])
                               .select_related("council").order_by("date")[:10])
        context["unanswered_questions"] = unanswered_questions(
            Case.objects.filter(council_id__in=secretariat_of), today)[:20]
        # The three counts in one statement over the follow-ups still waiting (the status index).
        is_open = Q(status=FollowUp.Status.OPEN)
        context.update(FollowUp.objects.filter(
            decision__agenda_item__meeting__council_id__in=secretariat_of,
            status__in=[FollowUp.Status.OPEN, FollowUp.Status.RESPONDED]).aggregate(
            overdue_count=Count("pk", filter=is_open & Q(due_date__lt=today)),
            due_soon_count=Count("pk", filter=is_open & Q(due_date__gte=today,
                                                           due_date__lte=today + dt.timedelta(days=14))),
            responded_count=Count("pk", filter=Q(status=FollowUp.Status.RESPONDED))))
    department = access.department_of(user)
    if department is not None:
        from shingikai.meetings.models import FollowUp

        context["department"] = department
        context["my_cases"] = (Case.objects.filter(department=department)
                               .exclude(status__in=[Case.Status.ANSWERED, Case.Status.WITHDRAWN])
                               .select_related("council").order_by("-updated_at")[:20])
        context["my_follow_ups"] = (FollowUp.objects.filter(department=department, status=FollowUp.Status.OPEN)
                                    .select_related("decision__case").order_by("due_date")[:20])
        context["open_questions"] = (Question.objects.filter(case__department=department, answered_at__isnull=True)
                                     .select_related("case").order_by("asked_at")[:20])
        context["my_hearings"] = _hearings(department, today)
    if secretariat_of or department is not None:
        context["deadlines"] = legal_deadlines(user, today)
    member_of = access.member_council_ids(user)
    ahead = list(access.memberships_ahead(user, today).select_related("council").order_by("term_start"))
    if member_of or ahead:
        from shingikai.meetings.models import AttendanceReply, Meeting

        person = access.person_of(user)
        context["ahead"] = ahead
        # Only the meetings whose materials the member may open (access._member_for_meeting): a member whose
        # 退任 is recorded is not invited to the meetings after it, one appointed ahead to those of the term.
        serving = person.memberships.filter(council_id=OuterRef("council_id"), appointed_on__lte=today,
                                            term_start__lte=OuterRef("date")).filter(
            Q(term_end__isnull=True) | Q(term_end__gte=OuterRef("date"))).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gte=OuterRef("date")))
        context["leaving"] = list(person.memberships.filter(council_id__in=member_of, ended_on__isnull=False)
                                  .select_related("council").order_by("ended_on"))
        meetings = list(Meeting.objects.filter(Exists(serving), date__gte=today,
                                               council_id__in=member_of | {m.council_id for m in ahead})
                        .exclude(state__in=[Meeting.State.HELD, Meeting.State.CANCELLED])
                        .select_related("council")
                        .order_by("date")[:10])
        # Each convened meeting not yet opened waits for the member's answer (出欠の回答).
        replies = {r.meeting_id: r for r in AttendanceReply.objects.filter(
            person=access.person_of(user), meeting__in=[m.pk for m in meetings])}
        from shingikai.meetings.convocation import answer_deadline

        for meeting in meetings:
            meeting.answerable = meeting.state == Meeting.State.PLANNED and meeting.convened_on is not None
            meeting.my_reply = replies.get(meeting.pk)
            meeting.answer_by = answer_deadline(meeting) if meeting.answerable else None
        context["member_meetings"] = meetings
        context["my_terms"] = _my_terms(person, member_of, today)
        context.update(_minutes_awaiting(access.person_of(user), member_of))
        context["answers_to_review"] = _answers_circulated(access.person_of(user), member_of)
        context["reported"], context["overdue_reports"] = _follow_up_news(member_of, today)
    return render(request, "councils/dashboard.html", context)


def _my_terms(person, council_ids, today):
    """The member's own 委嘱 in office today: the term (任期) and their attendance at the meetings held in it, the
    record a member asks the secretariat for (and the cases they are recused from, 除斥)."""
    from shingikai.meetings.models import Attendance

    terms = list(person.memberships.in_office(today).filter(council_id__in=council_ids).select_related("council")
                 .order_by("council_id"))
    for term in terms:
        held = Attendance.objects.filter(person=person, kind=Attendance.Kind.MEMBER, meeting__council=term.council,
                                         meeting__date__gte=term.term_start, meeting__date__lte=today,
                                         meeting__informal=False)  # a 懇談会 is no meeting of the council
        term.attended = held.filter(present=True).count()
        term.missed = held.filter(present=False).count()
        term.recused_cases = list(Case.objects.filter(council=term.council, recusals__person=person)
                                  .exclude(status__in=[Case.Status.ANSWERED, Case.Status.WITHDRAWN]).order_by("pk"))
    return terms


def _hearings(department, today):
    """The department's own cases on the agenda of a meeting to come, soonest first: its 説明員 attends them.
    Only its own items, so another department's closed item never shows here."""
    from shingikai.cases.views import mark_public_pages
    from shingikai.meetings.models import AgendaItem, Meeting

    items = list(AgendaItem.objects.filter(case__department=department, meeting__date__gte=today,
                                           meeting__state__in=[Meeting.State.PLANNED, Meeting.State.OPEN])
                 .select_related("meeting__council", "case").order_by("meeting__date", "meeting__start_time", "order")[:20])
    mark_public_pages(items)
    return items


#: How many of the departments' latest reports the member's home page lists.
REPORTS_SHOWN = 10


def _follow_up_news(council_ids, today):
    """What the departments reported on the conditions and 後日報告 of the member's councils (latest first), and
    those still owed past their due date: members read a follow-up (access.can_view_follow_up) but were never
    told of one."""
    from shingikai.meetings.models import FollowUp

    ours = FollowUp.objects.filter(decision__agenda_item__meeting__council_id__in=council_ids).select_related(
        "department", "decision__case")
    reported = ours.filter(status__in=[FollowUp.Status.RESPONDED, FollowUp.Status.CLOSED],
                           responded_at__isnull=False).order_by("-responded_at", "-pk")[:REPORTS_SHOWN]
    overdue = ours.filter(status=FollowUp.Status.OPEN, due_date__lt=today).order_by("due_date", "pk")[:REPORTS_SHOWN]
    return list(reported), list(overdue)


def _answers_circulated(person, council_ids):
    """The 答申案 the secretariat circulated to the member's councils, each with the member's own answer."""
    from shingikai.meetings.models import Answer, AnswerResponse

    if person is None:
        return []
    mine = AnswerResponse.objects.filter(answer=OuterRef("pk"), person=person)
    return _mark_stale(Answer.objects.filter(council_id__in=council_ids, state=Answer.State.CIRCULATED)
                       .exclude(cases__recusals__person=person)
                       .annotate(my_response=Subquery(mine.values("agrees")[:1]),
                                 my_version=Subquery(mine.values("version")[:1]))
                       .select_related("council").prefetch_related("cases").order_by("pk")[:20])


def _mark_stale(drafts):
    """Each draft, `my_stale` when the member answered an earlier version of it: they are asked again."""
    drafts = list(drafts)
    for draft in drafts:
        draft.my_stale = draft.my_version is not None and draft.my_version != draft.version
    return drafts


def _minutes_awaiting(person, council_ids):
    """What waits on a member: the draft minutes of meetings they attended (to check before they are confirmed)
    and the confirmed minutes they are named to sign; never an imported record, confirmed before the system."""
    from shingikai.meetings.models import Attendance
    from shingikai.minutes.models import Minutes, MinutesCheck, MinutesSigner

    if person is None:
        return {}
    attended = Attendance.objects.filter(person=person, kind=Attendance.Kind.MEMBER, present=True).values("meeting_id")
    mine = MinutesCheck.objects.filter(minutes=OuterRef("pk"), person=person)
    drafts = (Minutes.objects.filter(meeting__council_id__in=council_ids, state=Minutes.State.DRAFT,
                                     meeting__imported=False, meeting_id__in=attended)
              .annotate(my_check=Subquery(mine.values("agrees")[:1]), my_version=Subquery(mine.values("version")[:1]))
              .select_related("meeting__council").order_by("meeting__date")[:20])
    to_sign = (MinutesSigner.objects.filter(person=person, signed_on__isnull=True, unable_reason="",
                                            minutes__meeting__council_id__in=council_ids)
               .exclude(minutes__state=Minutes.State.PUBLISHED).exclude(minutes__meeting__imported=True)
               .select_related("minutes__meeting__council").order_by("minutes__meeting__date")[:20])
    return {"minutes_to_check": _mark_stale(drafts), "minutes_to_sign": list(to_sign)}
