"""The work dashboard, and the small helpers every work screen shares."""
import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone

from shingikai import access
from shingikai.cases.models import Case, Question
from shingikai.councils.models import Council

PAGE_SIZE = 50


def refused(request, exc):
    """Show an ActionRefused message; the status tells clients why nothing changed."""
    messages.error(request, exc.message)
    return 409 if exc.code == "conflict" else 400


def page_of(request, queryset, per_page=PAGE_SIZE):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def history_value(field, value):
    """A changed value as a person reads it: the related record's name, not its id; dates in 和暦 and
    times in JST to the minute; choices by their label."""
    from shingikai.jp.templatetags import hm, wareki

    if value in (None, ""):
        return ""
    if field.is_relation and field.many_to_one:
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else "(削除済み)"
    if getattr(field, "choices", None):
        return str(dict(field.choices).get(value, value))
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, dt.datetime):
        return f"{wareki(value)} {hm(value)}"
    if isinstance(value, dt.date):
        return wareki(value)
    if isinstance(value, dt.time):
        return hm(value)
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)


def history_rows(records, limit=30, subject=None):
    """Who changed what and when, newest first, from simple-history records (a queryset). Each change is
    compared with the previous record of the same object, so one list may hold several objects' history;
    `subject(record)` then names the object each row is about."""
    records = list(records.select_related("history_user__staff").order_by("-history_date", "-history_id")[: limit + 1])
    rows = []
    kinds = {"+": "作成", "~": "変更", "-": "削除"}
    skip = {"version", "updated_at"}
    for index, record in enumerate(records[:limit]):
        changes = []
        older = next((r for r in records[index + 1:] if r.id == record.id), None)
        if older is not None and record.history_type == "~":
            model = record.instance_type
            for change in record.diff_against(older).changes:
                if change.field in skip:
                    continue
                field = model._meta.get_field(change.field)
                changes.append({"label": str(field.verbose_name), "value": history_value(field, change.new)})
        user = record.history_user
        name = ""
        if user is not None:
            staff = access.staff_of(user)
            name = staff.name if staff else user.get_username()
        rows.append({"date": record.history_date, "user": name, "kind": kinds.get(record.history_type, ""),
                     "changes": changes, "subject": subject(record) if subject else ""})
    return rows


@login_required
def dashboard(request):
    user = request.user
    today = timezone.localdate()
    context = {"today": today, "role": access.role_name(user)}
    secretariat_of = access.secretariat_council_ids(user)
    if secretariat_of:
        from shingikai.meetings.models import FollowUp, Meeting

        context["councils"] = Council.objects.filter(id__in=secretariat_of, is_imported_only=False)
        context["intake"] = (Case.objects.filter(council_id__in=secretariat_of, status=Case.Status.SUBMITTED)
                             .select_related("department", "council").order_by("submitted_at")[:20])
        context["upcoming"] = (Meeting.objects.filter(council_id__in=secretariat_of, date__gte=today)
                               .exclude(state=Meeting.State.CANCELLED).select_related("council").order_by("date")[:10])
        open_fu = FollowUp.objects.filter(decision__agenda_item__meeting__council_id__in=secretariat_of,
                                          status=FollowUp.Status.OPEN)
        context["overdue_count"] = open_fu.filter(due_date__lt=today).count()
        context["due_soon_count"] = open_fu.filter(due_date__gte=today, due_date__lte=today + dt.timedelta(days=14)).count()
        context["responded_count"] = FollowUp.objects.filter(
            decision__agenda_item__meeting__council_id__in=secretariat_of, status=FollowUp.Status.RESPONDED).count()
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
    member_of = access.member_council_ids(user)
    if member_of:
        from shingikai.meetings.models import Meeting

        context["member_meetings"] = (Meeting.objects.filter(council_id__in=member_of, date__gte=today)
                                      .exclude(state=Meeting.State.CANCELLED).select_related("council")
                                      .order_by("date")[:10])
    return render(request, "councils/dashboard.html", context)
