"""The public site: no login, only what publicity.py lets through."""
import os
import re
from types import SimpleNamespace

from django.core.paginator import Paginator
from django.db.models import Case as Case_, Prefetch, Value, When
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import content_disposition_header

from shingikai import publicity
from shingikai.api import stamps
from shingikai.cases.models import Attachment, Case, Category, name_departments
from shingikai.councils.models import Council, Department, Membership
from shingikai.documents.context.minutes_record import presided_line
from shingikai.documents.render import SPACING, safe_file_stem
from shingikai.formfields import current_fiscal_year, fiscal_year_filter
from shingikai.jp.wareki import fiscal_year, fiscal_year_label, to_wareki
from shingikai.meetings.models import Attendance, Meeting, WrittenAnswer
from shingikai.meetings.answer_corrections import corrections
from shingikai.minutes.actions import item_chair, item_chair_sentence
from shingikai.minutes.models import Minutes
from shingikai.precedents.topics import topic_slug
from shingikai.search.precedents import similar_cases, topics
from shingikai.search.query import MAX_QUERY_CHARS
from shingikai.viewhelpers import stored_file, with_row_urls

from .freshness import RECENT_ORDER, home_tag, meeting_tag, revalidated


def upcoming_meetings(council=None):
    """The meetings to come, soonest first: what a resident who wants to observe (傍聴) looks for first."""
    meetings = publicity.meetings().filter(state=Meeting.State.PLANNED, date__gte=timezone.localdate())
    if council is not None:
        meetings = meetings.filter(council=council)
    return meetings.select_related("council").order_by("date", "start_time", "pk")


@revalidated(home_tag)
def home(request):
    councils = list(publicity.councils().select_related("municipality").order_by("municipality__name", "name"))
    recent = publicity.minutes().select_related("meeting__council").order_by(*RECENT_ORDER)[:10]
    # A city's own site speaks of its councils, not of 「各自治体」 and what 「他の自治体」 decided.
    several_cities = len({council.municipality_id for council in councils}) > 1
    return render(request, "portal/home.html", {"councils": councils, "recent": recent, "max_query": MAX_QUERY_CHARS,
                                                "several_cities": several_cities,
                                                "upcoming": upcoming_meetings()[:10]})


# The order every city's roster uses: the officers by rank, then the members by their reading.
ROLE_RANK = Case_(*[When(role=role, then=Value(rank)) for rank, role in enumerate(
    (Membership.Role.CHAIR, Membership.Role.VICE_CHAIR, Membership.Role.ACTING_CHAIR))], default=Value(9))


def published_appeal_answers(council):
    from shingikai.disclosure.models import Appeal

    return (Appeal.objects.filter(answer_published=True, case__council=council).select_related("request")
            .exclude(case__in=publicity.cases()).order_by("-answered_on", "-pk"))


def council(request, slug):
    from shingikai.disclosure.report import years_with_requests

    council = get_object_or_404(publicity.councils().select_related("municipality"), slug=slug)
    today = timezone.localdate()
    all_meetings = publicity.meetings().filter(council=council)
    # One 年度 at a time (this year's by default, else the latest held): a council of many years would otherwise
    # list every meeting it ever held, with those planned years ahead on top.
    years = sorted(set(all_meetings.exclude(fiscal_year__isnull=True).values_list("fiscal_year", flat=True)),
                   reverse=True)
    year, _ = fiscal_year_filter(request.GET.get("fiscal_year", ""))
    if year not in years:
        current = fiscal_year(today)
        year = current if current in years else next((y for y in years if y < current), years[0] if years else None)
    meetings = all_meetings if year is None else all_meetings.filter(fiscal_year=year)
    meetings = list(meetings.select_related("minutes").order_by("-date"))
    for m in meetings:
        m.public_state = publicity.state_label(m, today)
    members = council.memberships.in_office(today).select_related("person").annotate(rank=ROLE_RANK).order_by(
        "rank", "person__name_kana")
    answers = publicity.answers().filter(council=council).order_by("-date")[:20]
    return render(request, "portal/council.html", {
        "council": council, "meetings": meetings, "members": members, "answers": answers,
        "years": [(y, fiscal_year_label(y)) for y in years], "year": year,
        # The 答申 on appeals share the council's numbering but are published as their masked public version.
        "appeal_answers": published_appeal_answers(council)[:20],
        "roles": dict(Membership.Role.choices), "upcoming": upcoming_meetings(council),
        "report_years": [] if council.is_imported_only else sorted(years_with_requests(council.municipality),
                                                                  reverse=True),
    })


def _decisions_by_item(items, preview=False):
    public = publicity.decisions(preview).filter(agenda_item__in=items).prefetch_related(
        Prefetch("follow_ups", queryset=publicity.conditions(preview).order_by("id"), to_attr="public_conditions"))
    return {d.agenda_item_id: d for d in public}


@revalidated(meeting_tag)
def meeting(request, pk):
    meeting = publicity.meetings().select_related("council__municipality").filter(pk=pk).first()
    if meeting is None:
        return _gone_or_404(request, publicity.meeting_gone(pk))
    context = meeting_record(meeting)
    context["page_description"] = meeting_summary(meeting)
    return render(request, "portal/meeting.html", context)


def materials(request, pk):
    """The papers handed to the observers (傍聴人用: the 次第, each public case's 諮問書 in its public form and its
    公開資料), for anyone, of a public meeting with a public case on its agenda; anything else is 404."""
    from shingikai.documents.materials import materials_pdf

    meeting = get_object_or_404(publicity.meetings().filter(is_public=True, imported=False), pk=pk)
    if not publicity.cases().filter(agenda_items__in=publicity.agenda_items(meeting)).exists():
        raise Http404
    name, data = materials_pdf(meeting, None, observers=True)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["Cache-Control"] = "public, max-age=300"
    return response


def meeting_summary(meeting):
    """One line for search engines and link previews: whose meeting, when, where, and whether open; never an item."""
    when = to_wareki(meeting.date) if meeting.date else "日程未定"
    where = f"、{meeting.place}" if meeting.place else ""
    return f"{meeting.council.name} {meeting.label}（{when}{where}、{'公開' if meeting.is_public else '非公開'}）"


def _agenda_with_closed_places(meeting, items):
    """The agenda as the official 次第 numbers it: where the council prints its closed items (非公開案件), each
    keeps its place, so that 「議題4」 on this page is 議題4 of the papers; never its title, and its reason only
    where the council publishes its reasons (ClosedItemsShown.REASON)."""
    if not items or meeting.council.closed_items_shown == Council.ClosedItemsShown.OMIT:
        return items
    reasons = meeting.council.closed_items_shown == Council.ClosedItemsShown.REASON
    closed = [SimpleNamespace(order=order, closed_place=True, closed_reason=reason if reasons else "")
              for order, reason in meeting.items.filter(is_public=False).values_list("order", "closed_reason")]
    return sorted(items + closed, key=lambda item: item.order)


def meeting_record(meeting, preview=False):
    """What the public meeting page shows of `meeting`. `preview`: an import not yet published, as publishing it will
    show it, for the secretariat that checks it first (never served to the public)."""
    items = list(publicity.agenda_items(meeting, preview=preview).select_related("case__department").order_by("order"))
    attachments = {}
    for attachment in publicity.attachments().filter(case__in=[i.case_id for i in items if i.case_id]).order_by("pk"):
        attachments.setdefault(attachment.case_id, []).append(attachment)
    # A case withdrawn (or heard closed elsewhere) since stays on the agenda as it was, without a link to a page
    # the public may not open.
    public_cases = set(publicity.cases().filter(pk__in=[i.case_id for i in items if i.case_id])
                       .values_list("pk", flat=True))
    for item in items:
        item.public_attachments = attachments.get(item.case_id, [])
        item.case_is_public = item.case_id in public_cases
    minutes = (Minutes.objects.filter(meeting=meeting, meeting__is_public=True) if preview
               else publicity.minutes().filter(meeting=meeting)).first()
    answers = publicity.answers().filter(meeting=meeting).order_by("date", "pk")
    shown = meeting.council.closed_items_shown
    context = {"meeting": meeting, "council": meeting.council, "items": items,
               # Why the meeting is closed, as the secretariat recorded it, where the council publishes it.
               "closed_reason": meeting.closed_reason if shown == Council.ClosedItemsShown.REASON and
               not meeting.is_public else "",
               "closed_count": 0 if meeting.is_public or shown == Council.ClosedItemsShown.OMIT else
               sum(1 for item in meeting.items.all() if item.is_deliberation),
               # Nobody meets at a 書面開催: there is nothing to observe.
               "observable": meeting.is_public and meeting.state == Meeting.State.PLANNED and not preview and
               not meeting.written and
               meeting.date is not None and meeting.date >= timezone.localdate(),
               "agenda": _agenda_with_closed_places(
               meeting, items), "partly_closed": meeting.is_public and meeting.items.filter(is_public=False).exists(),
               "minutes": minutes, "answers": answers,
               "record_pending": publicity.state_label(meeting) == publicity.RECORD_PENDING, "preview": preview,
               # The observers' papers (materials), offered where they hold a paper beyond the 次第.
               "papers": not preview and not meeting.imported and bool(public_cases)}
    if minutes is not None:
        decisions = _decisions_by_item(items, preview)
        # The turns and the 事前質問 are named by one reading of the meeting's turns and people.
        named = publicity.naming(meeting)
        turns = publicity.published_turns(meeting, publicity.turns(meeting, preview=preview), named)
        # A corrected turn says when (訂正); neither the reason nor the old text is published.
        corrected = dict(minutes.amendments.order_by("made_at").values_list("target", "made_at"))
        # Turns are grouped by item. A turn of no item said after an item's turn (an announcement between items, the
        # closing words) follows that item's section, so the page keeps the transcript's order as far as the grouping
        # allows; only those said before any item's turn open the record.
        by_item, after_item, last_item = {}, {}, None
        for turn, label, text in turns:
            row = {"order": turn.order, "label": label, "text": text, "corrected": corrected.get(f"発言 {turn.order}")}
            if turn.agenda_item_id is None and last_item is not None:
                after_item.setdefault(last_item, []).append(row)
                continue
            by_item.setdefault(turn.agenda_item_id, []).append(row)
            last_item = turn.agenda_item_id or last_item
        # The 事前質問及び回答 the published minutes carry, under their item as in the PDF.
        asked = publicity.published_questions(meeting, items, named)
        # A 書面開催's opinions, each under its (public) item, unattributed and with the names the council's
        # policy hides replaced, as in a turn's text: who answered is the attendance list.
        opinions = {}
        if meeting.written:
            redact = named[2]
            for row in WrittenAnswer.objects.filter(agenda_item__in=items).exclude(opinion="").order_by("pk"):
                opinions.setdefault(row.agenda_item_id, []).append(redact(row.opinion))
        sections = [{"item": item, "decision": decisions.get(item.pk), "turns": by_item.get(item.pk, []),
                     "after": after_item.pop(item.pk, []), "questions": asked.get(item.pk, []),
                     "opinions": opinions.get(item.pk, [])}
                    for item in items if item.is_deliberation or by_item.get(item.pk) or asked.get(item.pk)]
        # Who presided, and who chaired an item its presiding member withdrew from, as the minutes (PDF) say.
        present = set(meeting.members_present().values_list("person_id", flat=True))
        for section in sections:
            item = section["item"]
            chaired = section["decision"] and item.case_id and item_chair(meeting, item.case, present, item)
            section["chaired"] = item_chair_sentence(chaired) if chaired else ""
        context.update({
            "presided": presided_line(meeting, present),
            "sections": sections,
            "general_turns": by_item.get(None, []),
            # After an item the page does not show (none is expected): at the end, in their order.
            "closing_turns": sorted((t for group in after_item.values() for t in group), key=lambda t: t["order"]),
            "attendance": meeting.attendances.filter(kind=Attendance.Kind.MEMBER, present=True).order_by("id"),
            "secretariat": meeting.attendances.filter(kind=Attendance.Kind.SECRETARIAT),
        })
    return context


REGISTER_FILTERS = ("council", "fiscal_year", "kind", "category", "outcome")


def case_register(request):
    cases = publicity.in_register_order(publicity.cases().select_related("council__municipality", "department")
                                        .annotate(public_outcome=publicity.case_outcome()))
    params = request.GET
    if params.get("council"):
        cases = cases.filter(council__slug=params["council"])
    if params.get("kind") in Case.Kind.values:
        cases = cases.filter(kind=params["kind"])
    if params.get("category") in Category.values:
        # Category values are distinct identifiers, so matching the quoted value in the JSON text is exact.
        cases = cases.filter(categories__icontains=f'"{params["category"]}"')
    year, year_error = fiscal_year_filter(params.get("fiscal_year", ""))
    if year:
        cases = cases.filter(agenda_items__meeting__fiscal_year=year).distinct()
    if params.get("outcome") in publicity.CASE_OUTCOMES:
        # The 結論 the row shows (publicity.case_outcome), as the CSV and the API filter by it.
        cases = cases.filter(public_outcome=params["outcome"])
    page = Paginator(cases, 50).get_page(params.get("page"))
    answered = {}
    for case_id, number in (publicity.answers().filter(cases__in=page.object_list).order_by("date", "id")
                            .values_list("cases", "number")):
        answered.setdefault(case_id, []).append(number)
    rows = [{"case": c, "url": c.url, "status": c.public_status(c.public_outcome is not None),
             "outcome": publicity.outcome_label(c.public_outcome, answered.get(c.pk, []))}
            for c in with_row_urls(name_departments(page.object_list), "portal:case")]
    query = params.copy()
    query.pop("page", None)
    return render(request, "portal/cases.html", {
        "page": page, "rows": rows, "councils": publicity.councils().order_by("name"), "kinds": Case.Kind.choices,
        "categories": Category.choices, "outcomes": [(o, o) for o in publicity.CASE_OUTCOMES], "params": params,
        "query": query.urlencode(), "csv_query": _applied_filters(params, year), "year_error": year_error,
        "year_example": fiscal_year_label(current_fiscal_year()),
    })


def _applied_filters(params, year):
    """The filters the list applied, as the CSV export reads them: the year as the number the page understood from
    令和6年度 or R6, and nothing the page passed over (an unreadable year, an unknown kind), so the download holds the
    rows on the screen instead of failing on what the resident typed."""
    applied = QueryDict(mutable=True)
    if params.get("council"):
        applied["council"] = params["council"]
    if year:
        applied["fiscal_year"] = str(year)
    for name, values in (("kind", Case.Kind.values), ("category", Category.values), ("outcome", publicity.CASE_OUTCOMES)):
        if params.get(name) in values:
            applied[name] = params[name]
    return applied.urlencode()


def _gone_or_404(request, was_public):
    """A record the public could once read and may no longer (`was_public`, a queryset or a bool): 410, with a page
    that says so and nothing of it; anything else is the same 404 as a record that never existed."""
    if was_public if isinstance(was_public, bool) else was_public.exists():
        return render(request, "portal/gone.html", status=410)
    raise Http404


def case_detail(request, pk):
    case = publicity.cases().select_related("council__municipality", "department").filter(pk=pk).first()
    if case is None:
        return _gone_or_404(request, publicity.case_gone(pk))
    items = publicity.agenda_items().filter(case=case).select_related("meeting").order_by("meeting__date")
    decisions = _decisions_by_item(items)
    deliberations = [{"item": item, "decision": decisions.get(item.pk)} for item in items]
    answers = publicity.answers().filter(cases=case)
    return render(request, "portal/case.html", {
        "case": case, "status": case.public_status(any(d["decision"] for d in deliberations) or answers.exists()),
        "deliberations": deliberations, "answers": answers, "precedents": similar_cases(case),
        "attachments": publicity.attachments().filter(case=case).order_by("pk"),
    })


def attachment(request, pk, attachment_pk):
    """A 公開資料 of a public case; one of a case no longer public is 410 (as the case's page), any other attachment
    the same 404."""
    found = publicity.attachments().filter(pk=attachment_pk, case_id=pk).first()
    if found is None:
        return _gone_or_404(request, Attachment.objects.filter(
            pk=attachment_pk, case_id=pk, is_public=True, case__in=publicity.withdrawn_cases()))
    return stored_file(found.file, filename=public_file_name(found))


def public_file_name(attachment):
    """The name a 公開資料 is downloaded under, built from the record (「諮問第3号_資料1_概要.pdf」): the name of
    the file on the uploader's computer may carry a staff member's name or 「内部検討用」."""
    case = attachment.case
    number = publicity.attachments().filter(case=case, pk__lte=attachment.pk).count()
    title = safe_file_stem(attachment.title, 80)
    stem = "_".join(part for part in (safe_file_stem(SPACING.sub("", case.number)), f"資料{number}", title) if part)
    extension = os.path.splitext(attachment.file.name)[1].lower()
    return stem + (extension if re.fullmatch(r"\.[a-z0-9]{1,8}", extension) else "")


def answer(request, pk):
    answer = publicity.answers().select_related("council", "meeting").filter(pk=pk).first()
    if answer is None:  # one the council published and took back says so, as a case's page does
        return _gone_or_404(request, stamps.is_gone(stamps.gone_answers(), pk))
    # A public 答申's 答申書 is public too: the page says what it says, closed items' conditions included.
    opinions, conditions, requests = answer.letter_parts()
    public_cases = set(publicity.cases().filter(answers=answer).values_list("pk", flat=True))
    cases = list(answer.cases.all())
    for case in cases:
        case.is_public = case.pk in public_cases
    return render(request, "portal/answer.html", {"answer": answer, "cases": cases,
                                                  "page_description": f"{answer.council.name} {answer.number} "
                                                                      f"{answer.conclusion}",
                                                  "opinions": opinions, "conditions": conditions, "requests": requests,
                                                  "corrections": corrections(answer)})


def precedent_index(request):
    """The topics several councils heard, whose conclusions can be compared, apart from those one council heard."""
    every = topics(200)
    return render(request, "portal/precedents.html", {"shared": [t for t in every if t["councils"] > 1],
                                                      "single": [t for t in every if t["councils"] == 1]})


def precedent_topic(request, slug):
    labels = [t for t in publicity.cases().exclude(topic="").values_list("topic", flat=True).distinct()
              if topic_slug(t) == slug]
    if not labels:
        raise Http404("この主題の公開された案件はありません。")
    topic = labels[0]
    cases = publicity.cases().filter(topic__in=labels).select_related("council__municipality", "department")
    decisions = publicity.decisions().filter(case__in=cases).select_related("agenda_item__meeting").prefetch_related(
        Prefetch("follow_ups", queryset=publicity.conditions().order_by("id"), to_attr="public_conditions"))
    by_case = {d.case_id: d for d in decisions}
    # Ascending, the last one wins: each case's latest public hearing, which an imported item without a
    # stated outcome also has.
    meeting_of = {item.case_id: item.meeting for item in publicity.agenda_items().filter(case__in=cases)
                  .select_related("meeting").order_by("meeting__date", "pk")}
    rows = [{"case": c, "decision": by_case.get(c.pk), "meeting": meeting_of.get(c.pk),
             "department": "" if c.department.name == Department.UNKNOWN_NAME else c.department_label}
            for c in name_departments(cases)]
    # Newest first, as every public list of decisions; a case heard at no public meeting last.
    rows.sort(key=lambda r: (-(r["meeting"].date.toordinal() if r["meeting"] and r["meeting"].date else 0),
                             r["case"].pk))
    return render(request, "portal/precedent_topic.html", {"topic": topic, "rows": rows})
