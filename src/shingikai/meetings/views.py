"""Work screens for meetings: agenda, attendance and quorum, turns, decisions, follow-ups, answers."""
import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from shingikai import access, access_record, publicity
from shingikai.search.generation import current as index_generation
from shingikai.search.precedents import similar_cases_for
from shingikai.cases import checklist
from shingikai.cases.actions import unanswered_questions
from shingikai.cases.models import Case, Question, Recusal
from shingikai.cases.views import with_labels
from shingikai.councils.actions import chair_of, roles_on, standing_in_for_chair, standing_in_title
from shingikai.councils.models import DEPARTMENT_NAMING, Council, Department, Membership, Person, Staff
from shingikai.documents.speakers import member_label
from shingikai.fragments import kept_many
from shingikai.ids import parse_id
from shingikai.history import history_mark
from shingikai.viewhelpers import (
    ANSWER_DRAFT_LABELS, history_rows, member_responses, page_of, posted_mark, posted_response, refused, stored_file,
    with_row_urls)
from shingikai.minutes.actions import PROVISIONAL_CHAIR, awaiting_confirmation, item_chair, presiding_member
from shingikai.minutes.models import Minutes
from shingikai.registers.agenda import register_items
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import fiscal_year, fiscal_year_bounds, to_wareki
from shingikai.submissions import one_submission

from . import actions, convocation, ics
from .forms import (
    AnswerForm, BoardFilterForm, CloseMeetingForm, CorrectAnswerForm, CorrectFollowUpForm, DecisionForm, EditAnswerForm, FollowUpForm, IssueAnswerForm, MeetingFilterForm, OpenMeetingForm,
    OtherItemForm, PlanMeetingForm, PresidingForm, ProceduralItemForm, ProvisionalChairForm, RenumberAnswerForm, ReopenFollowUpForm, RespondFollowUpForm, ScheduleCaseForm, TranscriptForm, TurnForm,
)
from .models import AgendaItem, Answer, Attendance, Decision, FollowUp, Meeting, Turn

DUE_SOON_DAYS = 14


def _visible_meeting(user, pk, *related, in_office=False):
    """A meeting of a council whose non-public data the user may read; others do not exist for them.
    `in_office`: with the number of its council's members in office on its date (`members_in_office`), which
    the quorum needs, read in the same statement."""
    meetings = Meeting.objects.select_related("council__municipality", *related)
    if in_office:
        members = (Membership.objects.in_office(OuterRef("date")).filter(council_id=OuterRef("council_id"))
                   .order_by().values("council_id").annotate(n=Count("pk")).values("n"))
        meetings = meetings.annotate(members_in_office=Coalesce(Subquery(members), 0))
    meeting = get_object_or_404(meetings, pk=pk)
    if not access.can_view_meeting_materials(user, meeting):
        raise Http404
    return meeting


def _secretariat_meeting(user, pk):
    meeting = _visible_meeting(user, pk)
    if not access.is_secretariat(user, meeting.council):
        raise PermissionDenied("この操作は審議会の事務局のみが行えます。")
    return meeting


@login_required
def meeting_list(request):
    councils = access.council_ids(request.user)
    meetings = (Meeting.objects.filter(council_id__in=councils).select_related("council")
                .order_by("-date", "-id"))
    form = MeetingFilterForm(request.GET)
    if form.is_valid() and form.cleaned_data["fiscal_year"]:
        meetings = meetings.filter(fiscal_year=form.cleaned_data["fiscal_year"])
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "meetings/list.html", {
        "form": form, "query": query.urlencode() + "&" if query else "",
        "page": page_of(request, meetings, row_url="meetings:detail"),
        "can_plan": bool(access.secretariat_council_ids(request.user)),
        "councils": Council.objects.filter(id__in=councils, is_imported_only=False),
    })


@login_required
@one_submission
def meeting_new(request):
    councils = Council.objects.filter(id__in=access.secretariat_council_ids(request.user), is_imported_only=False)
    if not councils:
        raise PermissionDenied("会議を予定できるのは審議会の事務局です。")
    form = PlanMeetingForm(request.POST or None, councils=councils)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                meeting = actions.plan_meeting(
                    data["council"], date=data["date"], start_time=data["start_time"], end_time=data["end_time"],
                    place=data["place"], is_public=data["is_public"], closed_reason=data["closed_reason"],
                    method=data["method"], by=request.user)
            except ActionRefused as exc:
                status = refused(request, exc)
            else:
                messages.success(request, f"{meeting.label} の会議を予定しました。次第を作成してください。")
                tell_renumbered(request, meeting.renumbered)
                for warning in actions.planning_warnings(meeting):
                    messages.warning(request, warning)
                return redirect("meetings:detail", meeting.pk)
        else:
            status = 400
    return render(request, "meetings/new.html", {"form": form}, status=status)


def tell_renumbered(request, renumbered, why="開催日の順になるよう、後の日の会議を繰り下げました"):
    """The meetings moved on for one that took its place in date order (planned, or its date corrected), or
    moved back for one held as a 懇談会."""
    if renumbered:
        moved = "、".join(f"{before} → {m.label} ({to_wareki(m.date)})" for before, m in renumbered)
        messages.info(request, f"{why}: {moved}。")


def _speakers(meeting):
    """The speaker picker: members present (chair first), the secretariat and the department staff present."""
    roles = {}
    if meeting.date:
        roles = roles_on(meeting.council, meeting.date)
    role_labels = dict(Membership.Role.choices)
    attendances = list(meeting.attendances.filter(present=True).select_related("person", "staff__department"))
    members = sorted((a for a in attendances if a.kind == Attendance.Kind.MEMBER and a.person_id),
                     key=lambda a: (roles.get(a.person_id) != Membership.Role.CHAIR, a.id))
    speakers = []
    for a in members:
        role = roles.get(a.person_id, Membership.Role.MEMBER)
        speakers.append((f"p{a.person_id}", {
            "label": f"{a.person.name} ({role_labels.get(role, '委員')})", "speaker_label": member_label(a.person.name, role),
            "role": Turn.Role.CHAIR if role == Membership.Role.CHAIR else Turn.Role.MEMBER, "person": a.person}))
    for a in attendances:
        if a.kind == Attendance.Kind.SECRETARIAT and a.staff_id:
            speakers.append((f"s{a.staff_id}", {"label": f"事務局 {a.staff.name}", "speaker_label": "事務局",
                                                 "role": Turn.Role.SECRETARIAT, "staff": a.staff}))
    for a in attendances:
        # One row per item a 説明員 attends for: offered once as a speaker.
        if a.kind == Attendance.Kind.DEPARTMENT and a.staff_id and f"s{a.staff_id}" not in dict(speakers):
            # A turn recorded afterwards for a meeting held before a 組織改正 carries the name of the meeting's day.
            department = a.staff.department.name_on(meeting.date) if a.staff.department else "担当課"
            speakers.append((f"s{a.staff_id}", {"label": f"{department} {a.staff.name}", "speaker_label": department,
                                                 "role": Turn.Role.DEPARTMENT, "staff": a.staff}))
    speakers += [
        ("member", {"label": "委員 (氏名を記録しない)", "speaker_label": "委員", "role": Turn.Role.MEMBER}),
        ("secretariat", {"label": "事務局 (氏名を記録しない)", "speaker_label": "事務局", "role": Turn.Role.SECRETARIAT}),
        ("other", {"label": "その他 (名前を入力)", "role": Turn.Role.OTHER, "free": True}),
    ]
    return speakers


def schedulable_cases(meeting):
    """The cases the agenda form offers, each with `appeal_pk` (an appeal's case is scheduled closed); an appeal
    referred, or a case received, after the meeting's day is not offered (actions.schedule_case refuses it)."""
    cases = (Case.objects.filter(council=meeting.council, status__in=actions.SCHEDULABLE)
             .select_related("department").annotate(appeal_pk=F("appeal__id")).order_by("accepted_at"))
    if meeting.date:
        day_after = timezone.make_aware(dt.datetime.combine(meeting.date + dt.timedelta(days=1),
                                                            dt.time.min))
        cases = cases.exclude(appeal__referred_on__gt=meeting.date).exclude(
            appeal__isnull=True, accepted_at__gte=day_after)
    return cases


def _meeting_context(request, meeting, **extra):
    user = request.user
    is_secretariat = access.is_secretariat(user, meeting.council)
    # The agenda shows only the name of each case's department: a case row is wide, and building it for each
    # item cost more than the rest of the query.
    # Each item's turns counted in the same statement (a correlated count by the item's index): an annotate()
    # of Count would GROUP BY every joined column, and a query of its own was one more on every visit.
    turns = (Turn.objects.filter(agenda_item_id=OuterRef("pk")).order_by().values("agenda_item_id")
             .annotate(n=Count("pk")).values("n"))
    # Whether a member withdrew from the case (除斥), or asked about it (事前質問), in the same statement: the
    # rows are read only for the items that have them.
    items = list(meeting.items.select_related("decision").annotate(
        department_name=F("case__department__name"), appeal_pk=F("case__appeal__id"), case_status=F("case__status"),
        turn_count=Coalesce(Subquery(turns), 0),
        has_recusals=Exists(Recusal.objects.filter(case_id=OuterRef("case_id"))),
        has_member_questions=Exists(Question.objects.filter(case_id=OuterRef("case_id"), from_secretariat=False))))
    # The follow-ups in one plain query, handed to their items: prefetch_related built a related manager
    # per decision, a quarter of this function's time.
    follow_ups = {}
    decided = [item.decision.pk for item in items if hasattr(item, "decision")]
    for f in (FollowUp.objects.filter(decision_id__in=decided).select_related("department")
              .only("id", "decision_id", "kind", "text", "due_date", "status", *DEPARTMENT_NAMING)
              .order_by("due_date", "id") if decided else ()):
        follow_ups.setdefault(f.decision_id, []).append(f)
    for item in items:
        item.follow_ups = follow_ups.get(item.decision.pk, []) if hasattr(item, "decision") else []
    # Each item's links reversed once for all of them: per item and follow-up, {% url %} was a fifth of the page.
    with_row_urls([item for item in items if item.case_id], "cases:detail", attr="case_url", key="case_id")
    for item in items:
        # A member recused from the case (除斥) cannot open it: the item says why instead of linking to a 404.
        item.recused = access.excluded_from_item(user, item.case_id, meeting.council_id)
    with_row_urls([f for item in items for f in item.follow_ups], "meetings:followup")
    # No query unless an item may stand for a register record (the registers add 報告 and 諮問 items only).
    registered = register_items([item.pk for item in items if item.case_id is None
                                 and item.kind != AgendaItem.Kind.PROCEDURAL], user)
    for item in items:
        item.register = registered.get(item.pk)
    for name, attr in (("agenda_item_edit", "edit_url"), ("follow_up_add", "follow_up_url"), ("decision", "decision_url"),
                       ("decision_edit", "decision_edit_url")):
        with_row_urls(items, f"meetings:{name}", attr=attr, args=[meeting.pk])
    attendances = list(meeting.attendances.all())
    _with_item_chairs(meeting, items, attendances)
    present, required, ok = actions.quorum_status(meeting, attendances,
                                                  in_office=getattr(meeting, "members_in_office", None))
    minutes = _minutes_of(meeting)
    locked = minutes is not None and minutes.is_locked
    can_record = is_secretariat and meeting.state in (Meeting.State.OPEN, Meeting.State.HELD) and not locked
    if can_record and any(i.has_member_questions for i in items):
        _with_member_questions(meeting, items)
    context = {
        "meeting": meeting, "items": items, "is_secretariat": is_secretariat,
        "members": [a for a in attendances if a.kind == Attendance.Kind.MEMBER],
        "staff_present": staff_rows(attendances, items),
        "quorum": {"present": present, "required": required, "ok": ok},
        "minutes": minutes, "can_record": can_record,
        "agenda_open": is_secretariat and meeting.state in (Meeting.State.PLANNED, Meeting.State.OPEN),
        # A closed session decided at the meeting is recorded afterwards, until the minutes are confirmed.
        "publicity_open": is_secretariat and (meeting.state == Meeting.State.PLANNED or can_record),
        "turn_total": sum(i.turn_count for i in items),
        "today": timezone.localdate(),
    }
    if is_secretariat and meeting.date and meeting.state in (Meeting.State.PLANNED, Meeting.State.OPEN):
        # The first meeting of a new term: nobody holds the chair until the members elect one there.
        context["no_chair"] = chair_of(meeting.council, meeting.date) is None
        standing = standing_in_for_chair(meeting.council, meeting.date) if context["no_chair"] else None
        context["convened_by"] = (f"{standing_in_title(standing)} {standing.membership.person.name}" if standing
                                  else meeting.council.municipality.head)
    if meeting.state == Meeting.State.PLANNED:
        if is_secretariat and meeting.convened_on and (meeting.convocation_sent or {}).get("facts"):
            # The agenda changed after the notice went out: the members (of a 書面開催, those who already
            # answered too) know of the change only from a notice sent again.
            context["unsent_changes"] = convocation.changes(meeting.convocation_sent["facts"], convocation.facts(meeting))
        # The deadline the last notice set, offered again for a notice re-sent (convocation.sending).
        context["answer_by"] = (meeting.convocation_sent or {}).get("answer_by") and convocation.answer_deadline(meeting)
        person = None if is_secretariat else access.person_of(user)
        # The chair convenes the meeting and decides whether to hold it for want of a quorum: they read the
        # answers too (not the page where the secretariat records them).
        if meeting.written:
            # Nobody attends a 書面開催: the secretariat follows the written answers instead of 出欠.
            if is_secretariat:
                context["written"] = actions.WrittenAnswers(meeting)
            context["is_written_member"] = person is not None and bool(meeting.convened_on)
        elif is_secretariat or (person is not None and meeting.convened_on and presides(meeting, person)):
            context["answers"] = actions.ConvocationAnswers(meeting)
        if person is not None and meeting.convened_on and not meeting.written:
            context["is_answering_member"] = True
            context["my_reply"] = meeting.replies.filter(person=person).first()
            context["my_answer_by"] = convocation.answer_deadline(meeting)
    if context["agenda_open"]:
        # What the members asked before the meeting and the department has not answered yet: to chase before it.
        context["unanswered_questions"] = list(unanswered_questions(
            Case.objects.filter(pk__in=[item.case_id for item in items if item.case_id]), timezone.localdate()))
        context["procedural_form"] = extra.pop("procedural_form", None) or ProceduralItemForm()
        context["other_item_form"] = extra.pop("other_item_form", None) or OtherItemForm(prefix="other")
        context["schedule_form"] = extra.pop("schedule_form", None) or ScheduleCaseForm(cases=schedulable_cases(meeting))
    if can_record:
        # One form per item, each with its own ids: a label must point at its own item's field.
        bad_item = extra.get("bad_item")
        for item in items:
            auto_id = f"id_%s_{item.pk}"
            item.decision_form = (extra.get("bad_decision_form") if bad_item == item.pk else None) or DecisionForm()
            item.follow_up_form = (extra.get("bad_follow_up_form") if bad_item == item.pk else None) or FollowUpForm(
                municipality=meeting.council.municipality)
            item.decision_form.auto_id = item.follow_up_form.auto_id = auto_id
        context["close_form"] = CloseMeetingForm(start_time=meeting.start_time)
    if meeting.state in (Meeting.State.OPEN, Meeting.State.HELD):
        present_ids = {a.person_id for a in attendances if a.kind == Attendance.Kind.MEMBER and a.present}
        # Who signs on the minutes' chair line: the 議長 recorded, else the 会長 or the officer standing in.
        context["presiding"] = presiding_member(meeting, present_ids)
        if can_record:
            context["presiding_form"] = extra.pop("presiding_form", None) or PresidingForm(
                persons=_present_members(meeting), initial={"person": context["presiding"]})
    context.update(extra)
    return context


def presides(meeting, person):
    """Whether `person` is to chair the meeting as things stand: the 会長, or the officer who stands in (会長職務代理,
    副会長) while the post is vacant or the 会長 has answered the convocation with 欠席."""
    on = timezone.localdate()
    chair = chair_of(meeting.council, on)
    if chair is not None and chair.pk == person.pk:
        return True
    if roles_on(meeting.council, on).get(person.pk) not in (Membership.Role.ACTING_CHAIR, Membership.Role.VICE_CHAIR):
        return False
    return chair is None or meeting.replies.filter(person=chair, attending=False).exists()


def _with_member_questions(meeting, items):
    """item.member_questions: the members' 事前質問 on the item's case, for the secretariat to choose those the
    minutes carry (actions.carry_question_into_minutes)."""
    asked = {}
    for question in Question.objects.filter(case_id__in=[i.case_id for i in items if i.has_member_questions],
                                            from_secretariat=False).order_by("asked_at", "pk"):
        asked.setdefault(question.case_id, []).append(question)
    for item in items:
        item.member_questions = asked.get(item.case_id, []) if item.case_id else []
    with_row_urls([i for i in items if i.member_questions], "meetings:question_in_minutes", attr="question_url",
                  args=[meeting.pk])


def _with_item_chairs(meeting, items, attendances):
    """item.chaired: who chairs a case's item instead of the 会長 recused from it (除斥), so the secretariat and the
    members know before the item comes up, and are warned when no 会長職務代理者 is there to take it. Before the
    meeting, the members in office are counted as coming."""
    with_recusals = {i.case_id for i in items if i.has_recusals}
    if not with_recusals or meeting.date is None:
        return
    if meeting.state == Meeting.State.PLANNED:
        present = set(meeting.council.members_in_office(meeting.date).values_list("person_id", flat=True))
    else:
        present = {a.person_id for a in attendances if a.kind == Attendance.Kind.MEMBER and a.present}
    for item in items:
        if item.case_id in with_recusals:
            item.chaired = chaired = item_chair(meeting, item.case, present, item)
            # Once the meeting is open, the members choose a 仮議長 for an item nobody else can chair.
            if chaired and meeting.state != Meeting.State.PLANNED and (
                    chaired.chair is None or chaired.title == PROVISIONAL_CHAIR):
                item.provisional_form = ProvisionalChairForm(
                    persons=actions.provisional_chair_choices(item), auto_id=f"id_chair_{item.pk}_%s",
                    initial={"person": chaired.chair})
                item.provisional_url = reverse("meetings:provisional_chair", args=[meeting.pk, item.pk])


def _minutes_of(meeting):
    try:
        return meeting.minutes
    except Minutes.DoesNotExist:  # no minutes yet
        return None


@login_required
def meeting_detail(request, pk):
    meeting = _visible_meeting(request.user, pk, "minutes", in_office=True)
    return render(request, "meetings/detail.html", _meeting_context(request, meeting))


def _refused_page(request, meeting, exc, **extra):
    status = refused(request, exc)
    meeting.refresh_from_db()
    return render(request, "meetings/detail.html", _meeting_context(request, meeting, **extra), status=status)


def _seen_version(request):
    """Meeting.version when the posted form was opened (see actions.meeting_unchanged)."""
    return posted_mark(request, "meeting_version")


@login_required
@require_POST
@one_submission
def agenda_add(request, pk):
    meeting = _secretariat_meeting(request.user, pk)
    what = request.POST.get("what")
    if what == "case":
        form, key, problem = ScheduleCaseForm(request.POST, cases=schedulable_cases(meeting)), "schedule_form", "案件の追加"
    elif what == "item":
        form, key, problem = OtherItemForm(request.POST, prefix="other"), "other_item_form", "報告・その他の議題"
    else:
        form, key, problem = ProceduralItemForm(request.POST), "procedural_form", "議事進行の項目"
    if not form.is_valid():
        messages.error(request, f"{problem}の入力内容に誤りがあります。")
        return render(request, "meetings/detail.html", _meeting_context(request, meeting, **{key: form}), status=400)
    data = form.cleaned_data
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            if what == "case":
                item = actions.schedule_case(data["case"], meeting, is_public=data["is_public"],
                                             closed_reason=data["closed_reason"], by=request.user)
                if data["case"].appeal_pk:
                    messages.info(request, f"審査請求の案件のため、非公開の議題としました（理由: {item.closed_reason}）。")
            elif what == "item":
                actions.add_item(meeting, kind=data["kind"], title=data["title"], is_public=data["is_public"],
                                 closed_reason=data["closed_reason"])
            else:
                actions.add_procedural_item(meeting, data["procedure"], data["title"] or None)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc, **{key: form})
    messages.success(request, "次第に追加しました。")
    if meeting.convened_on and meeting.state == Meeting.State.PLANNED:
        # The members hold a notice listing the agenda as it was; nothing tells them of the new item otherwise.
        messages.warning(request, f"招集通知 ({to_wareki(meeting.convened_on)} 送付) の後に次第が変わりました。"
                                  "委員に知らせるには「招集通知を再送する」を使ってください。")
    return redirect(reverse("meetings:detail", args=[meeting.pk]) + "#agenda")


def staff_rows(attendances, items):
    """The secretariat, 説明員 and others present, each once: a 説明員 has a row for each item they attend for,
    listed as one with the items' numbers in the agenda (`item_numbers`, 「議題1・2」), as the minutes print them."""
    numbers = {item.pk: n for n, item in enumerate(items, 1)}
    rows, seen = [], {}
    for a in attendances:
        if a.kind == Attendance.Kind.MEMBER:
            continue
        key = (a.kind, a.staff_id or a.name) if a.kind == Attendance.Kind.DEPARTMENT else ("row", a.pk)
        if key not in seen:
            seen[key] = a
            a.item_numbers = []
            rows.append(a)
        if a.agenda_item_id in numbers:
            seen[key].item_numbers.append(numbers[a.agenda_item_id])
    # The minutes list the 事務局 before the 説明員 and the others after them; rows come in the order people were
    # recorded, which at an opening is often the departments first.
    order = [Attendance.Kind.SECRETARIAT, Attendance.Kind.DEPARTMENT, Attendance.Kind.OTHER]
    rows.sort(key=lambda a: order.index(a.kind) if a.kind in order else len(order))
    return rows


def explaining_departments(meeting):
    """The departments that explain an item of the agenda, each with every item it explains, in agenda order: a
    case's department, and the departments a register's item names (the incident's, the audited ones, the
    評価書's), who report it to the council as a case's department does. Its 説明員 attend for each of them, and
    the minutes list them against each (「（議題1・2）」), not against the first only."""
    by_department = {}
    items = meeting.items.select_related("case").prefetch_related("departments").order_by("order")
    for item in items:
        ids = ([item.case.department_id] if item.case_id else []) + [d.pk for d in item.departments.all()]
        for department_id in dict.fromkeys(ids):
            by_department.setdefault(department_id, []).append(item)
    return by_department


@login_required
def meeting_open(request, pk):
    meeting = _secretariat_meeting(request.user, pk)
    try:
        actions.check_openable(meeting)
    except ActionRefused as exc:
        if meeting.state != Meeting.State.PLANNED:
            messages.info(request, exc.message)
            return redirect("meetings:detail", meeting.pk)
        # Before its date: the form stays readable (who is expected), and says why it cannot be sent yet.
        too_early = exc.message
    else:
        too_early = ""
    on = meeting.date or timezone.localdate()
    in_office = meeting.council.memberships.in_office(on)
    from shingikai.councils.models import Person

    members = Person.objects.filter(memberships__in=in_office).distinct()
    secretariat = Staff.objects.secretariat_of_councils([meeting.council_id])
    by_department = explaining_departments(meeting)
    department_staff = Staff.objects.filter(department_id__in=by_department).select_related("department")
    form = OpenMeetingForm(request.POST or None, members=members, secretariat=secretariat,
                           department_staff=department_staff,
                           initial={"present": members.exclude(pk__in=meeting.replies.filter(attending=False)
                                                               .values("person_id")),
                                    "secretariat": secretariat, "is_public": meeting.is_public,
                                    "observers": 0, "department_staff": department_staff})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            present = list(data["present"])
            absent = [p for p in members if p not in present]
            try:
                with actions.meeting_unchanged(meeting, _seen_version(request),
                                               replies_seen=posted_mark(request, "replies_mark")):
                    opened = actions.open_meeting(
                        meeting, present=present, absent=absent, secretariat=list(data["secretariat"]),
                        department_staff=[(s, item) for s in data["department_staff"]
                                                         for item in by_department.get(s.department_id, [None])],
                        others=data["others"], observers=data["observers"], is_public=data["is_public"],
                        informal=data["informal"])
            except ActionRefused as exc:
                status = refused(request, exc)
                meeting.refresh_from_db()
            else:
                meeting.refresh_from_db()
                present_count, required, ok = actions.quorum_status(meeting)
                if meeting.informal:
                    messages.warning(request, f"懇談会として開きました (出席 {present_count} 人、定足数 {required} 人)。決定はできません。"
                                              "懇談会は審議会の回 (年度の回・通算回) に数えません。")
                    tell_renumbered(request, opened.renumbered, "懇談会が使わなかった回を、後の日の会議に繰り上げました")
                else:
                    messages.success(request, f"開会しました。出席 {present_count} 人で定足数 ({required} 人) に達しています。")
                return redirect("meetings:detail", meeting.pk)
        else:
            status = 400
    return render(request, "meetings/open.html", {
        "meeting": meeting, "form": form, "required": meeting.council.quorum(on), "in_office": members.count(),
        "apologies": meeting.replies.filter(attending=False).select_related("person"), "too_early": too_early,
        "replies_mark": actions.replies_mark(meeting),
    }, status=status)


@login_required
@one_submission
def meeting_turns(request, pk):
    """Fast entry of the deliberation: pick the speaker, type, Ctrl+Enter, next."""
    meeting = _visible_meeting(request.user, pk)
    is_secretariat = access.is_secretariat(request.user, meeting.council)
    items = list(meeting.items.exclude(kind=AgendaItem.Kind.PROCEDURAL)) + list(
        meeting.items.filter(kind=AgendaItem.Kind.PROCEDURAL))
    items.sort(key=lambda i: i.order)
    speakers = _speakers(meeting) if is_secretariat else []
    form = None
    status = 200
    if is_secretariat:
        initial = {"agenda_item": request.GET.get("item", "")}
        form = TurnForm(request.POST or None, speakers=speakers, items=items, initial=initial)
        if request.method == "POST":
            if form.is_valid():
                try:
                    actions.record_turn(meeting, by=request.user, **form.turn_fields())
                except ActionRefused as exc:
                    status = refused(request, exc)
                else:
                    item = form.cleaned_data.get("agenda_item") or ""
                    # No fragment: a fragment would cancel the autofocus that puts the cursor back on the speaker.
                    return redirect(reverse("meetings:turns", args=[meeting.pk]) + f"?item={item}")
            else:
                status = 400
    elif request.method == "POST":
        raise PermissionDenied
    turns = list(meeting.turns.select_related("agenda_item").order_by("order"))
    return render(request, "meetings/turns.html", {
        "meeting": meeting, "form": form, "turns": turns, "recent": turns[-5:], "is_secretariat": is_secretariat,
        "can_record": is_secretariat and meeting.state in (Meeting.State.OPEN, Meeting.State.HELD)
        and not getattr(_minutes_of(meeting), "is_locked", False),
    }, status=status)


@login_required
@one_submission
def turns_transcript(request, pk):
    """Many turns at once: the secretariat pastes a transcript of one item, read by transcript.py."""
    meeting = _secretariat_meeting(request.user, pk)
    items = list(meeting.items.order_by("order"))
    form = TranscriptForm(request.POST or None, items=items, initial={"agenda_item": request.GET.get("item", "")})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            item = form.selected_item()
            try:
                turns = actions.record_transcript(meeting, text=form.cleaned_data["text"], agenda_item=item,
                                                  by=request.user)
            except ActionRefused as exc:
                status = refused(request, exc)
            else:
                messages.success(request, f"{len(turns):,} 件の発言を記録しました。")
                unknown = list(dict.fromkeys(t.speaker_label for t in turns if t.role == Turn.Role.OTHER))
                if unknown:
                    messages.warning(request, "出席者に見当たらない発言者がいます: " + "、".join(unknown)
                                     + "。発言者の名前または出席者の記録を確認してください。")
                return redirect(reverse("meetings:turns", args=[meeting.pk]) + f"?item={item.pk if item else ''}")
        else:
            status = 400
    return render(request, "meetings/transcript.html", {"meeting": meeting, "form": form}, status=status)


def _at_item(meeting, item):
    """Back to the meeting page at the item just acted on."""
    return redirect(reverse("meetings:detail", args=[meeting.pk]) + f"#item-{item.pk}")


@login_required
@require_POST
@one_submission
def decision_record(request, pk, item_pk):
    meeting = _secretariat_meeting(request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"「{item.title}」の決定の入力内容に誤りがあります。")
        return render(request, "meetings/detail.html",
                      _meeting_context(request, meeting, bad_decision_form=form, bad_item=item.pk), status=400)
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            actions.record_decision(item, by=request.user, **form.cleaned_data)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc, bad_decision_form=form, bad_item=item.pk)
    messages.success(request, f"「{item.title}」の決定を記録しました。")
    return _at_item(meeting, item)


@login_required
@require_POST
@one_submission
def question_in_minutes(request, pk, item_pk):
    """The secretariat carries a member's answered 事前質問 into this meeting's minutes, or takes it out."""
    from shingikai.cases.models import Question

    meeting = _secretariat_meeting(request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting, case__isnull=False)
    question = get_object_or_404(Question, case_id=item.case_id, pk=parse_id(request.POST.get("question")) or 0)
    carry = request.POST.get("carry") == "1"
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            actions.carry_question_into_minutes(question, meeting, carry=carry, by=request.user)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc)
    messages.success(request, "事前質問と回答を会議録に載せました。" if carry else "事前質問を会議録から外しました。")
    return _at_item(meeting, item)


@login_required
@require_POST
@one_submission
def provisional_chair(request, pk, item_pk):
    """The secretariat records the 仮議長 the members chose for an item of a recused 会長, or takes it back."""
    meeting = _secretariat_meeting(request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting, case__isnull=False)
    person = None
    if request.POST.get("clear") != "1":
        form = ProvisionalChairForm(request.POST, persons=actions.provisional_chair_choices(item))
        if not form.is_valid():
            messages.error(request, f"「{item.title}」の仮議長を選んでください。")
            return _at_item(meeting, item)
        person = form.cleaned_data["person"]
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            actions.choose_provisional_chair(item, person, by=request.user)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc)
    messages.success(request, f"「{item.title}」の仮議長を{person.name}と記録しました。" if person
                     else f"「{item.title}」の仮議長の記録を取り消しました。")
    return _at_item(meeting, item)


def _no_signer(answer, form):
    """Said before the secretariat issues: nobody could sign the 答申書 on the 答申日 of the issue form (the one
    typed, after a POST; else the day it opens with), as issue_answer would refuse. Weighed for today instead, a
    会長 whose term ends between the two was said to sign, or one taking office then said to be missing."""
    today = timezone.localdate()
    typed = form.cleaned_data.get("date") if form.is_bound and form.is_valid() else None
    on = typed or form.initial.get("date") or today
    if actions.answer_signature(answer.council, on, answer.cases.all()) is not None:
        return ""
    return actions.NO_SIGNER.format(date=f"本日 ({to_wareki(today)})" if on == today else to_wareki(on))


def _present_members(meeting):
    return Person.objects.filter(pk__in=meeting.members_present().values("person_id"))


@login_required
@require_POST
@one_submission
def presiding(request, pk):
    """The secretariat records who presided (議長): a member present, or the 仮議長 the members chose, until the
    minutes are confirmed (actions.set_presiding)."""
    meeting = _secretariat_meeting(request.user, pk)
    form = PresidingForm(request.POST, persons=_present_members(meeting))
    if not form.is_valid():
        messages.error(request, "議長の入力内容に誤りがあります。")
        return render(request, "meetings/detail.html", _meeting_context(request, meeting, presiding_form=form),
                      status=400)
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            actions.set_presiding(meeting, form.cleaned_data["presiding"], by=request.user)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc, presiding_form=form)
    messages.success(request, f"議長を{form.cleaned_data['presiding']}と記録しました。")
    return redirect(reverse("meetings:detail", args=[meeting.pk]) + "#presiding")


def decided_item(meeting, item_pk):
    """The meeting's agenda item and its recorded decision; none recorded, the page does not exist."""
    item = get_object_or_404(AgendaItem.objects.select_related("decision"), pk=item_pk, meeting=meeting)
    decision = getattr(item, "decision", None)
    if decision is None:
        raise Http404("この議題には決定が記録されていません。")
    return item, decision


@login_required
@require_POST
@one_submission
def follow_up_add(request, pk, item_pk):
    meeting = _secretariat_meeting(request.user, pk)
    item, decision = decided_item(meeting, item_pk)
    form = FollowUpForm(request.POST, municipality=meeting.council.municipality)
    if not form.is_valid():
        messages.error(request, "条件・フォローアップの入力内容に誤りがあります。")
        return render(request, "meetings/detail.html",
                      _meeting_context(request, meeting, bad_follow_up_form=form, bad_item=item.pk), status=400)
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            follow_up = actions.add_follow_up(decision, by=request.user, **form.cleaned_data)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc, bad_follow_up_form=form, bad_item=item.pk)
    messages.success(request, "条件・フォローアップを追加しました。")
    warn_past_due(request, follow_up)
    return _at_item(meeting, item)


@login_required
@require_POST
def meeting_close(request, pk):
    meeting = _secretariat_meeting(request.user, pk)
    form = CloseMeetingForm(request.POST, start_time=meeting.start_time)
    if not form.is_valid():
        return render(request, "meetings/detail.html", _meeting_context(request, meeting, close_form=form), status=400)
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            actions.close_meeting(meeting, end_time=form.cleaned_data["end_time"])
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc, close_form=form)
    messages.success(request, "閉会しました。会議録の案を作成しました。")
    return redirect("minutes:detail", meeting.minutes.pk)


@login_required
@require_POST
def meeting_cancel(request, pk):
    meeting = _secretariat_meeting(request.user, pk)
    try:
        with actions.meeting_unchanged(meeting, _seen_version(request)):
            cancelled = actions.cancel_meeting(meeting)
    except ActionRefused as exc:
        return _refused_page(request, meeting, exc)
    messages.success(request, "会議を中止にしました。次第の案件は次の会議を待つ状態 (受付済または継続審議) に戻りました。")
    tell_renumbered(request, cancelled.renumbered, "招集前に中止した会議の回を、後の日の会議に繰り上げました")
    return redirect("meetings:detail", meeting.pk)


@login_required
def materials(request, pk):
    """The members' materials: every item, closed ones included, with each case's checklist."""
    meeting = _visible_meeting(request.user, pk)
    # The columns the agenda and the sections' keys need, not model rows: loading every item with its whole
    # case and department was a quarter of the page's time, for sections that are nearly always kept.
    # In agenda order within the meeting: the model's ordering would join the meeting to order by its date.
    items = list(meeting.items.order_by("order", "pk").values(
        "pk", "order", "title", "kind", "procedure", "is_public", "case_id", "case__created_at", "case__version",
        "case__updated_at", "case__council_id", "case__department__name"))
    is_member = access.is_member(request.user, meeting.council)
    for item in items:
        item["recused"] = access.excluded_from_item(request.user, item["case_id"], meeting.council_id)
    sections = _materials_sections([item for item in items if item["case_id"] is not None and not item["recused"]],
                                   is_member)
    registered = register_items([item["pk"] for item in items if item["case_id"] is None
                                 and item["kind"] != AgendaItem.Kind.PROCEDURAL], request.user)
    drafts = None
    for item in items:
        item["section"] = sections.get(item["pk"])
        item["register"] = registered.get(item["pk"])
        if item["procedure"] == AgendaItem.Procedure.PREVIOUS_MINUTES:
            drafts = list(awaiting_confirmation(meeting)) if drafts is None else drafts
            item["drafts"] = drafts
    access_record.record(request, access_record.READ, "会議資料", meeting, obj=meeting)
    return render(request, "meetings/materials.html", {
        "meeting": meeting, "items": items, "is_member": is_member,
        "has_closed": not meeting.is_public or any(not item["is_public"] for item in items),
    })


MATERIALS_PRECEDENTS = 3


def _materials_sections(items, is_member):
    """{item id: its facts, checklist, precedents and questions}, kept rendered under what they show: the
    item's number and publicity, the case row (its version and save time, which move with every change to it
    and to its data items, contractors, answers, attachments, questions and precedent marks: cases.actions,
    precedents.actions), its department's name, whether the reader is a member and today. The precedents are
    computed from the case row and the search index's generation (search.precedents), so the generation is
    part of the key too. Only the sections not kept read their cases' rows, in one query per kind for all."""
    by_id = {item["pk"]: item for item in items}

    def render_missing(ids):
        cases = Case.objects.select_related("department", "appeal").in_bulk([by_id[pk]["case_id"] for pk in ids])
        prefetch_related_objects(list(cases.values()), "data_items", "contractors__certifications",
                                 "checklist_answers", "attachments", "questions")
        # In agenda order, as the page lists them.
        precedents = similar_cases_for([cases[by_id[pk]["case_id"]] for pk in ids], limit=MATERIALS_PRECEDENTS)
        html = {}
        for pk in ids:
            case = with_labels(cases[by_id[pk]["case_id"]])
            item = {**by_id[pk], "case": case, "findings": checklist.evaluate(case), "precedents": precedents[case.pk]}
            html[pk] = render_to_string("meetings/_materials_item.html", {
                "item": item, "is_member": is_member, "precedent_marks_visible": True})
        return html

    # The checklist weighs dates (a certificate's expiry) against today.
    common = (index_generation(), MATERIALS_PRECEDENTS, is_member, timezone.localdate())
    parts = {item["pk"]: (item["order"], item["is_public"], item["case_id"], str(item["case__created_at"]),
                          item["case__version"], str(item["case__updated_at"]), item["case__council_id"],
                          item["case__department__name"], common)
             for item in items}
    return kept_many("materials-item", parts, render_missing)


# --- follow-ups --------------------------------------------------------------------------------

def _board_scope(user):
    councils = access.secretariat_council_ids(user)
    department = access.department_of(user)
    query = Q(decision__agenda_item__meeting__council_id__in=councils)
    if department is not None:
        query |= Q(department=department)
    if not councils and department is None:
        return None
    return FollowUp.objects.filter(query)


@login_required
def follow_up_board(request):
    scope = _board_scope(request.user)
    if scope is None:
        raise PermissionDenied("フォローアップを見られるのは事務局と担当課です。")
    today = timezone.localdate()
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    active = scope.filter(status__in=[FollowUp.Status.OPEN, FollowUp.Status.RESPONDED])
    # Only departments with something on the board: the status index then keeps this off twenty years of
    # closed follow-ups, and a department without any would only filter to an empty board.
    departments = Department.objects.filter(pk__in=active.values("department_id"))
    form = BoardFilterForm(request.GET, departments=departments)
    # This fiscal year's follow-ups answered after their due date stay on the board once closed: the secretariat
    # reports them, and without this row a late delivery would leave the board as if it had never been owed.
    closed_late = scope.filter(status=FollowUp.Status.CLOSED, closed_on__gte=fiscal_year_bounds(fiscal_year(today))[0],
                               responded_at__date__gt=F("due_date"))
    if form.is_valid() and form.cleaned_data["department"]:
        active = active.filter(department=form.cleaned_data["department"])
        closed_late = closed_late.filter(department=form.cleaned_data["department"])
    summary = (active.values("department__name").order_by("department__name").annotate(
        open=Count("id", filter=Q(status=FollowUp.Status.OPEN)),
        overdue=Count("id", filter=Q(status=FollowUp.Status.OPEN, due_date__lt=today)),
        due_soon=Count("id", filter=Q(status=FollowUp.Status.OPEN, due_date__gte=today, due_date__lte=soon)),
        responded=Count("id", filter=Q(status=FollowUp.Status.RESPONDED)),
    ))
    rows = active.select_related("department", "decision__case", "decision__agenda_item__meeting").order_by(
        "due_date", "id")
    groups = {"overdue": [], "due_soon": [], "open": [], "responded": []}
    limit = 200
    for f in with_row_urls(rows[:limit * 2], "meetings:followup"):
        if f.status == FollowUp.Status.RESPONDED:
            groups["responded"].append(f)
        elif f.due_date and f.due_date < today:
            groups["overdue"].append(f)
        elif f.due_date and f.due_date <= soon:
            groups["due_soon"].append(f)
        else:
            groups["open"].append(f)
    groups["closed_late"] = with_row_urls(
        closed_late.select_related("department", "decision__case", "decision__agenda_item__meeting").order_by(
            "due_date", "id")[:limit], "meetings:followup")
    return render(request, "meetings/followups.html", {
        "form": form, "summary": summary, "groups": groups, "today": today, "soon_days": DUE_SOON_DAYS,
    })


def warn_past_due(request, follow_up):
    """A due date already past is accepted (a follow-up recorded late) but said, since it is overdue at once; one
    on a day the offices are closed is said too (actions.next_open_due_date)."""
    due_date = follow_up.due_date
    if (open_day := actions.next_open_due_date(follow_up)) is not None:
        messages.warning(request, f"期限の{to_wareki(due_date)}は閉庁日 (土日祝・年末年始など) です。会議で決めた日でなければ、"
                                  f"開庁日 (例: {to_wareki(open_day)}) に訂正してください。")
    if due_date is not None and due_date < timezone.localdate():
        messages.warning(request, f"期限 ({to_wareki(due_date)}) はすでに過ぎています。期限超過として扱われます。")


def _visible_follow_up(user, pk):
    follow_up = get_object_or_404(
        FollowUp.objects.select_related("department", "decision__case__department",
                                        "decision__agenda_item__meeting__council"), pk=pk)
    if not access.can_view_follow_up(user, follow_up):
        raise Http404
    return follow_up, follow_up.decision.agenda_item.meeting.council


@login_required
@require_GET
def follow_up_evidence(request, pk):
    """The department's evidence file, for those who may see the follow-up."""
    follow_up, _ = _visible_follow_up(request.user, pk)
    if not follow_up.evidence:
        raise Http404("回答資料はありません。")
    response = stored_file(follow_up.evidence)
    access_record.record(request, access_record.DOWNLOAD, "フォローアップの回答資料", follow_up, obj=follow_up)
    response["Cache-Control"] = "private, no-store"
    return response


def _follow_up_context(request, follow_up, council, **extra):
    context = {
        "f": follow_up, "council": council, "today": timezone.localdate(),
        "can_respond": access.can_answer_follow_up(request.user, follow_up)
        and follow_up.status in (FollowUp.Status.OPEN, FollowUp.Status.RESPONDED),
        "can_close": access.is_secretariat(request.user, council) and follow_up.status == FollowUp.Status.RESPONDED,
        "can_reopen": access.is_secretariat(request.user, council) and follow_up.status == FollowUp.Status.CLOSED,
        # Members read a follow-up from their meeting's page; the board is the secretariat's and departments'.
        "sees_board": _board_scope(request.user) is not None,
        "form": RespondFollowUpForm(initial={"response": follow_up.response}),
        "reopen_form": ReopenFollowUpForm(),
        "can_correct": access.is_secretariat(request.user, council) and follow_up.status != FollowUp.Status.CLOSED,
        "correct_form": CorrectFollowUpForm(prefix="correct", municipality=council.municipality, initial={
            "kind": follow_up.kind, "text": follow_up.text, "department": follow_up.department_id,
            "due_date": follow_up.due_date, "requested_on": follow_up.requested_on}),
        "version": follow_up.version,
        "history": history_rows(follow_up.history.all(), request=request),
    }
    context.update(extra)
    return context


@login_required
def follow_up_detail(request, pk):
    follow_up, council = _visible_follow_up(request.user, pk)
    if request.method != "POST":
        return render(request, "meetings/followup.html", _follow_up_context(request, follow_up, council))
    action = request.POST.get("action")
    try:
        if action == "close":
            if not access.is_secretariat(request.user, council):
                raise PermissionDenied
            actions.close_follow_up(follow_up, on=timezone.localdate(), by=request.user)
            messages.success(request, "完了にしました。")
        elif action == "reopen":
            if not access.is_secretariat(request.user, council):
                raise PermissionDenied
            reopen_form = ReopenFollowUpForm(request.POST)
            if not reopen_form.is_valid():
                return render(request, "meetings/followup.html", _follow_up_context(
                    request, follow_up, council, reopen_form=reopen_form), status=400)
            actions.reopen_follow_up(follow_up, reason=reopen_form.cleaned_data["reason"], by=request.user)
            messages.success(request, "再開しました。担当課の回答を確認して、改めて完了にしてください。")
        else:
            if not access.can_answer_follow_up(request.user, follow_up):
                raise PermissionDenied
            form = RespondFollowUpForm(request.POST, request.FILES)
            if not form.is_valid():
                return render(request, "meetings/followup.html",
                              _follow_up_context(request, follow_up, council, form=form), status=400)
            try:
                expected = int(request.POST.get("version", ""))
            except ValueError:
                expected = -1
            actions.respond_follow_up(follow_up, response=form.cleaned_data["response"],
                                      evidence=form.cleaned_data["evidence"], by=request.user,
                                      expected_version=expected)
            messages.success(request, "回答を送りました。")
    except ActionRefused as exc:
        status = refused(request, exc)
        follow_up.refresh_from_db()
        extra = {}
        if action == "reopen":
            extra["reopen_form"] = ReopenFollowUpForm(request.POST)
        elif action != "close":
            extra["form"] = RespondFollowUpForm(request.POST)
            extra["form"].is_valid()
        return render(request, "meetings/followup.html",
                      _follow_up_context(request, follow_up, council, **extra), status=status)
    return redirect("meetings:followup", follow_up.pk)


# --- answers (答申) -----------------------------------------------------------------------------

#: How a decided outcome reads in the 答申's conclusion. An outcome not here (答申予定, 継続審議) says nothing
#: the council concluded, so the secretariat writes the conclusion itself. A 条件付き承認 points to the
#: conditions the 答申書 prints under 「条件」 from the decision.
ANSWER_VERBS = {
    Decision.Outcome.APPROVED: "承認とする",
    Decision.Outcome.CONSENTED: "同意とする",
    Decision.Outcome.CONDITIONAL: "下記の条件を付して承認とする",
    Decision.Outcome.REJECTED: "不承認とする",
}


def _answerable_cases(council_ids):
    return (Case.objects.filter(council_id__in=council_ids, kind=Case.Kind.CONSULTATION,
                                status=Case.Status.DECIDED)
            .filter(answers__isnull=True)  # one 答申 per case: a case with a draft is answered by editing it
            .select_related("department"))


@login_required
def answer_list(request):
    councils = access.secretariat_council_ids(request.user)
    if not councils:
        raise PermissionDenied("答申を扱えるのは審議会の事務局です。")
    answers = Answer.objects.filter(council_id__in=councils).select_related("council").prefetch_related("cases")
    return render(request, "meetings/answers.html", {
        "page": page_of(request, answers, row_url="meetings:answer"), "query": "", "pending": _answerable_cases(councils)[:50],
        "misordered": actions.misordered_answers(councils),
    })


@login_required
@one_submission
def answer_new(request):
    councils = access.secretariat_council_ids(request.user)
    if not councils:
        raise PermissionDenied("答申を作成できるのは審議会の事務局です。")
    cases = _answerable_cases(councils)
    initial = {}
    prefill_note, conditions = "", []
    # ?case= comes from a link on the case page; anything else in it simply preselects nothing.
    case_id = parse_id(request.GET.get("case"))
    if case_id is not None:
        initial["cases"] = cases.filter(pk=case_id)
        first = initial["cases"].first()
        if first is not None:
            municipality = first.council.municipality
            initial["addressee"] = f"{municipality.head} {municipality.head_name}".strip()
            decision = first.decisions.order_by("-recorded_at").first()
            if decision is not None:
                # Titles often end in 「について」 already; never write it twice.
                subject = first.title.removesuffix("について")
                verb = ANSWER_VERBS.get(decision.outcome)
                if verb:
                    initial["conclusion"] = f"{subject}について、{verb}。"
                else:
                    # 「答申予定とする」 would tell the head of the body the council answers later: no text at all
                    # is safer than a sentence that reads finished and says nothing.
                    prefill_note = (f"{first.number or first.title}の決定は「{decision.outcome}」のため、結論は"
                                    "記入してください (会議の結論をそのまま答申の文にはしません)。")
                opinions = decision.follow_ups.filter(kind=FollowUp.Kind.OPINION).values_list("text", flat=True)
                initial["opinions"] = "\n".join(opinions)
                conditions = list(decision.follow_ups.filter(kind=FollowUp.Kind.CONDITION).values_list("text", flat=True))
    form = AnswerForm(request.POST or None, cases=cases, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            council = data["cases"][0].council
            try:
                answer = actions.draft_answer(council, cases=data["cases"], conclusion=data["conclusion"],
                                              addressee=data["addressee"], opinions=data["opinions"],
                                              number=data["number"], by=request.user)
            except ActionRefused as exc:
                status = refused(request, exc)
            else:
                messages.success(request, "答申の案を作成しました。")
                return redirect("meetings:answer", answer.pk)
        else:
            status = 400
    return render(request, "meetings/answer_new.html", {"form": form, "prefill_note": prefill_note,
                                                        "conditions": conditions}, status=status)


def answer_publicity(answer):
    """Whether the public reads this 答申, where, and if not why: {"public", "text", "url"}.
    An appeal's 答申 is published as its masked public version from the appeal's page; any other 答申 is
    public once issued unless its case was deliberated in a closed item (publicity.answers)."""
    appeal = next((a for a in (getattr(c, "appeal", None) for c in answer.cases.all()) if a is not None), None)
    if appeal is not None:
        if appeal.answer_published:
            return {"public": True, "url": reverse("disclosure:answer", args=[appeal.pk]), "appeal": appeal,
                    "text": "審査請求の答申として、公開版 (氏名と不開示とした部分を伏せたもの) を公表しています。"}
        return {"public": False, "url": reverse("disclosure:appeal", args=[appeal.pk]), "appeal": appeal,
                "text": "審査請求の答申は、審査請求のページで公表すると公開版 (氏名と不開示とした部分を伏せたもの) が"
                        "公開されます。まだ公表していません。"}
    url = reverse("portal:answer", args=[answer.pk])
    closed = answer.cases.exclude(pk__in=publicity.cases().values("pk")).exists()
    if closed and answer.published_at is not None and answer.state == Answer.State.ISSUED:
        return {"public": True, "url": url, "can_unpublish": True,
                "text": "非公開の議題で審議した案件の答申ですが、審議会の判断で公表しています (案件と審議の内容は非公開のままです)。"}
    waiting = closed and unpublished_imports_holding(answer)
    if waiting:
        labels = "、".join(m.label for m in waiting)
        shown = "答申も" if answer.state == Answer.State.ISSUED else "発出した答申は"
        return {"public": False, "url": reverse("minutes_import:meeting", args=[waiting[0].pk]),
                "link_text": "取込記録のページ",
                "text": f"審議した会議 ({labels}) の取込記録が未公開のため、公開していません。「会議録の取込」でその取込記録を"
                        f"公開すると、{shown}公開ページに掲載されます。"}
    if closed:
        issued = answer.state == Answer.State.ISSUED
        return {"public": False, "url": None, "can_publish": issued,
                "text": "非公開の議題で審議した案件の答申のため、公開していません。"
                        + ("審議会が公表を決めたときは「答申を公表する」で公開ページに掲載します。" if issued else "")}
    if answer.state != Answer.State.ISSUED:
        return {"public": False, "url": None, "text": "発出すると、公開ページに掲載されます。"}
    return {"public": True, "url": url, "text": "公開ページに掲載しています。"}


def unpublished_imports_holding(answer):
    """The imported meetings not yet published that alone keep the answer's cases from the public: each case the
    public cannot read was heard at one of them, and at no closed item or closed meeting. [] otherwise."""
    hidden = list(answer.cases.exclude(pk__in=publicity.cases().values("pk")))
    if AgendaItem.objects.filter(case__in=hidden).filter(Q(is_public=False) | Q(meeting__is_public=False)).exists():
        return []
    waiting = list(publicity.unpublished_imports().filter(items__case__in=hidden).distinct().order_by("date", "pk"))
    heard = set(AgendaItem.objects.filter(meeting__in=waiting, case__in=hidden).values_list("case_id", flat=True))
    return waiting if heard == {case.pk for case in hidden} else []


@login_required
def answer_detail(request, pk):
    answer = get_object_or_404(Answer.objects.select_related("council__municipality", "meeting"), pk=pk)
    if not (access.is_secretariat(request.user, answer.council) or access.is_member(request.user, answer.council)):
        raise Http404
    if access.excluded_from_answer(request.user, answer):
        raise Http404  # a member recused from its case (除斥) reads the 答申 once published, as anyone
    is_secretariat = access.is_secretariat(request.user, answer.council)
    meetings = Meeting.objects.filter(council=answer.council, state__in=[Meeting.State.OPEN, Meeting.State.HELD])
    action = request.POST.get("action")
    form = IssueAnswerForm(request.POST if action == "issue" else None, meetings=meetings,
                           initial=_issue_initial(answer, meetings))
    edit_form = EditAnswerForm(request.POST if action == "edit" else None, initial={
        "addressee": answer.addressee, "conclusion": answer.conclusion, "number": answer.number,
        "opinions": "\n".join(answer.opinion_entries)})
    correct_form = CorrectAnswerForm(request.POST if action == "correct" else None, initial=edit_form.initial)
    # Its own names: both forms have a 理由 box, and a second id_reason on the page tied the correction's label to
    # the renumbering box, hidden in its closed panel.
    renumber_form = RenumberAnswerForm(request.POST if action == "renumber" else None, prefix="renumber")
    status = 200
    person = access.person_of(request.user)
    if request.method == "POST" and action == "respond" and person is not None:
        try:
            agrees, comment = posted_response(request, ANSWER_DRAFT_LABELS)
            actions.respond_to_answer(answer, person=person, agrees=agrees, comment=comment, by=request.user)
            messages.success(request, "答申の案を了承しました。" if agrees else "答申の案への意見を事務局に送りました。")
            return redirect("meetings:answer", answer.pk)
        except ActionRefused as exc:
            status = refused(request, exc)
    elif request.method == "POST":
        if not is_secretariat:
            raise PermissionDenied
        try:
            if action not in ("correct", "renumber") and answer_publicity(answer).get("appeal"):
                # The appeal's 答申案 is the text; issuing here would leave the appeal unanswered. A 正誤 and a
                # corrected number are followed by the appeal (disclosure.actions.follow_answer_*).
                raise ActionRefused("審査請求の答申は、審査請求のページで答申案を作成し、答申します。")
            if action == "correct":
                if not correct_form.is_valid():
                    raise ActionRefused("答申の訂正の入力内容に誤りがあります。")
                data = correct_form.cleaned_data
                actions.correct_issued_answer(answer, conclusion=data["conclusion"], addressee=data["addressee"],
                                              opinions=data["opinions"].splitlines(), reason=data["reason"],
                                              by=request.user, seen_mark=posted_mark(request))
                shown = "公開の答申と答申書" if answer_publicity(answer)["public"] else "答申書"
                messages.success(request, f"発出した答申を訂正しました。{shown}に正誤として示します。")
                return redirect("meetings:answer", answer.pk)
            if action == "renumber":
                if not renumber_form.is_valid():
                    raise ActionRefused("答申番号の入力内容に誤りがあります。")
                before = answer.number
                actions.renumber_answer(answer, **renumber_form.cleaned_data, by=request.user,
                                        seen_mark=posted_mark(request))
                answer.refresh_from_db()
                messages.success(request, f"答申番号を{before}から{answer.number}に直しました。")
                return redirect("meetings:answer", answer.pk)
            if action == "edit":
                if not edit_form.is_valid():
                    raise ActionRefused("答申の案の入力内容に誤りがあります。")
                data = edit_form.cleaned_data
                actions.edit_answer(answer, conclusion=data["conclusion"], addressee=data["addressee"],
                                    opinions=data["opinions"].splitlines(), number=data["number"], by=request.user,
                                    seen_mark=posted_mark(request))
                messages.success(request, "答申の案を保存しました。")
                return redirect("meetings:answer", answer.pk)
            if action in ("publish", "unpublish"):
                if action == "publish":
                    actions.publish_answer(answer, by=request.user)
                    messages.success(request, "答申を公表しました。公開ページと検索に掲載されます。")
                else:
                    actions.unpublish_answer(answer, by=request.user)
                    messages.success(request, "答申の公表を取り消しました。")
                return redirect("meetings:answer", answer.pk)
            if action == "circulate":
                actions.circulate_answer(answer, by=request.user)
                messages.success(request, "答申の案を委員に回付しました。")
                return redirect("meetings:answer", answer.pk)
            if form.is_valid():
                issued = actions.issue_answer(answer, date=form.cleaned_data["date"],
                                              meeting=form.cleaned_data["meeting"], by=request.user)
                messages.success(request, "答申しました。")
                for warning in actions.answer_order_warnings(issued):
                    messages.warning(request, warning)
                return redirect("meetings:answer", answer.pk)
            status = 400
        except ActionRefused as exc:
            status = refused(request, exc)
            answer.refresh_from_db()
    # The 答申書 prints these, the decisions' 意見 and 条件 included (Answer.letter_parts): shown here as printed,
    # so that nobody types a meeting's 意見 into the 附帯意見 again.
    opinions, conditions, _ = answer.letter_parts()
    return render(request, "meetings/answer.html", {
        "answer": answer, "form": form, "edit_form": edit_form, "correct_form": correct_form,
        "renumber_form": renumber_form,
        "order_warnings": actions.answer_order_warnings(answer) if is_secretariat else [],
        "no_signer": _no_signer(answer, form) if is_secretariat and answer.state != Answer.State.ISSUED else "",
        "opinions": opinions, "from_meeting": opinions[len(answer.opinion_entries):], "conditions": conditions,
        "is_secretariat": is_secretariat,
        "publicity": answer_publicity(answer),
        "seen": history_mark(answer),
        "cases": answer.cases.select_related("department"),
        "history": history_rows(answer.history.all(), request=request),
        **_answer_responses(answer, person, is_secretariat),
    }, status=status)


def _issue_initial(answer, meetings):
    """The issue form opens with the day of the meeting that decided the answer's cases (the last, when several
    did), and that meeting: a 答申 recorded for a past meeting was dated today, which then stood as its 答申日.
    Empty where a deciding meeting's day is not known: the secretariat types the day the 答申書 bore."""
    decided = [d.agenda_item.meeting for d in answer.decisions.select_related("agenda_item__meeting")]
    if not decided or any(meeting.date is None for meeting in decided):
        return {}
    last = max(decided, key=lambda meeting: (meeting.date, meeting.pk))
    return {"date": last.date, "meeting": last if meetings.filter(pk=last.pk).exists() else None}


def _answer_responses(answer, person, is_secretariat):
    """The members' answers to a circulated 答申案 for the secretariat (kept after issuing), and the form for a
    member in office while it is circulated."""
    if answer.state == Answer.State.DRAFT:
        return {}
    responses = list(answer.member_responses.all())
    context = dict(ANSWER_DRAFT_LABELS)
    if is_secretariat:
        asked = answer.asked_people(timezone.localdate())
        context["responses"] = member_responses(list(dict.fromkeys(asked + [r.person for r in responses])),
                                                responses, version=answer.version)
    in_office = answer.council.memberships.in_office(timezone.localdate())
    if (person is not None and answer.state == Answer.State.CIRCULATED
            and in_office.filter(person=person).exists()):
        mine = member_responses([person], responses, version=answer.version)[0][1]
        context.update(respond_url=reverse("meetings:answer", args=[answer.pk]), respond_action="respond",
                       my_response=mine)
    elif person is not None and any(r.person_id == person.pk for r in responses):
        # Once issued (or after leaving office) the form is gone, but the member still rereads what they sent.
        context["my_response"] = member_responses([person], responses, version=answer.version)[0][1]
    return context


# --- calendar feed -----------------------------------------------------------------------------

def calendar_feed(request, slug):
    """ICS of all of a council's meetings, closed ones included, for the council's own people; everyone else is sent
    to the public feed (portal: public meetings only)."""
    council = get_object_or_404(Council, slug=slug)
    if council.pk not in access.council_ids(request.user):
        if not publicity.councils().filter(pk=council.pk).exists():
            raise Http404
        return redirect("portal:council_calendar", council.slug, permanent=True)
    return ics.feed_response(request, council.name, council.slug, Meeting.objects.filter(council=council))
