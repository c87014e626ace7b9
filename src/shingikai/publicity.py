"""What the public may see. The portal, the JSON and OParl APIs, feeds, exports and the public search
index all take their records from here, so a closed item, a draft or personal data has one gate to pass.

Public: meetings on the calendar (not their closed items), except imported meetings the secretariat has
not yet published (an import is checked before the public sees it) and meetings entered after their day and not
yet opened (nothing of them is recorded, nor was ever announced); published minutes of public meetings, with
only the turns of public items; cases the council has received once they are on an agenda as a public item
or the secretariat has published them (Case.published_at), unless deliberated in closed session, and the
attachments marked public (公開資料) of those cases. Receiving a case does not publish it: until the secretariat
decides how it is heard, it may yet be deliberated in closed session;
issued answers on public cases, and those the council chose to publish though a case was heard closed
(Answer.published_at; never an appeal's, published as its masked version), each with what its 答申書 prints (its
decisions' conditions, opinions and 報告等, a closed item's included: Answer.letter_parts); decisions and their
conditions, never a department's follow-up response.
Councils this system runs and their municipalities; a council an import created (from minutes or a 答申, its name
typed or misread in a private review) and its municipality only once something of it is published.
"""
from django.db.models import Case as Case_, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models import DateField
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from shingikai.cases.models import Attachment, Case
from shingikai.councils.models import Council, Department, Municipality
from shingikai.meetings.models import AgendaItem, Answer, Decision, FollowUp, Meeting, Turn
from shingikai.minutes.models import Minutes

PUBLIC_CASE_STATUSES = (
    Case.Status.ACCEPTED, Case.Status.SCHEDULED, Case.Status.CONTINUED, Case.Status.DECIDED, Case.Status.ANSWERED,
)


def unpublished_imports():
    """Imported meetings whose minutes the secretariat has not published: nothing of them is public."""
    return Meeting.objects.filter(imported=True).exclude(minutes__state=Minutes.State.PUBLISHED)


def entered_after_their_day():
    """Meetings entered for a day already gone when they were entered (held but not yet recorded, or an era typed
    wrong: 平成 for 令和) and not yet opened. Never on the calendar before their day and with nothing recorded,
    nothing of them is public until the secretariat records them; by the day they were entered, so whether a
    meeting is public changes only with what is done to it, never with the date (the search index and the
    pages' ETags follow the actions)."""
    return Meeting.objects.filter(state__in=(Meeting.State.PLANNED, Meeting.State.CANCELLED),
                                  date__lt=TruncDate("created_at"))


def meetings():
    """A cancelled meeting stays, as 中止: a resident who saw it announced (or a calendar that holds it) is told it
    is not held, not that it never existed; its agenda is no longer public (agenda_items)."""
    return (Meeting.objects.exclude(pk__in=unpublished_imports().values("pk"))
            .exclude(pk__in=entered_after_their_day().values("pk")))


def state_label(meeting, today=None):
    """A public meeting's state as the public pages, the API and OParl name it: one announced ahead whose day has
    passed and that is not yet recorded is no longer 開催予定."""
    if meeting.state == Meeting.State.PLANNED and meeting.date and meeting.date < (today or timezone.localdate()):
        return RECORD_PENDING
    return meeting.get_state_display()


RECORD_PENDING = "記録準備中"


def councils():
    """Councils this system runs; an imported-only one once a meeting or a 答申 imported into it is published.
    Every public list of councils (the portal, the API, OParl, the calendar feeds) takes them from here."""
    from shingikai.disclosure.models import ImportedAnswer

    published = (Exists(meetings().filter(council=OuterRef("pk")))
                 | Exists(ImportedAnswer.objects.filter(published=True, council=OuterRef("pk"))))
    return Council.objects.filter(Q(is_imported_only=False) | published)


def municipalities():
    """Municipalities with a public council, and those this system keeps registers for (a department of their
    own) or set up before any council: not one an import created until a council of it is public."""
    of_pk = OuterRef("pk")
    return Municipality.objects.filter(
        Exists(councils().filter(municipality=of_pk)) | Exists(Department.objects.own().filter(municipality=of_pk))
        | ~Exists(Council.objects.filter(municipality=of_pk))
    )


def agenda_items(meeting=None, preview=False):
    """`preview`: an unpublished import's items as publishing it will show them, for its owner's preview only."""
    items = _public_items(AgendaItem.objects, preview)
    return items.filter(meeting=meeting) if meeting is not None else items


def _public_items(rows, preview=False):
    """The public ones among agenda item `rows`: the items themselves, or their history (what was once public)."""
    items = rows.filter(is_public=True, meeting__is_public=True).exclude(
        meeting__state=Meeting.State.CANCELLED).exclude(meeting__in=entered_after_their_day().values("pk"))
    if not preview:
        items = items.exclude(meeting__in=unpublished_imports().values("pk"))
    return items


def _closed_items():
    return AgendaItem.objects.filter(case=OuterRef("pk")).filter(
        Q(is_public=False) | Q(meeting__is_public=False) | Q(meeting__in=unpublished_imports().values("pk"))
    )


def cases():
    published = Q(published_at__isnull=False) | Exists(agenda_items().filter(case=OuterRef("pk")))
    return Case.objects.filter(status__in=PUBLIC_CASE_STATUSES).filter(published).exclude(Exists(_closed_items()))


def meetings_published_once():
    """The ids of the meetings whose minutes were public once: their history holds a published row, kept after an
    import is taken back (minutes.actions.unpublish_import) or deleted with its meeting."""
    return Minutes.history.filter(state=Minutes.State.PUBLISHED, meeting_id__isnull=False).values("meeting_id")


def withdrawn_meetings():
    """Imported meetings whose record was published and has been taken back (minutes.actions.unpublish_import):
    their pages say so (410), as a withdrawn case's do."""
    return unpublished_imports().filter(pk__in=meetings_published_once())


def deleted_meetings():
    """The history rows of the deletion of imported meetings whose record was published (delete_import)."""
    return Meeting.history.filter(history_type="-", id__in=meetings_published_once()).exclude(
        id__in=Meeting.objects.values("pk"))


def meeting_gone(pk):
    """Whether the meeting `pk`, not public now, was public once (withdrawn_meetings, deleted_meetings)."""
    return withdrawn_meetings().filter(pk=pk).exists() or deleted_meetings().filter(id=pk).exists()


def once_public_case(case_ref):
    """Whether the case at `case_ref` was public once: published by the secretariat, or on a public item of a
    public meeting (an imported one while its record was published; its meeting may be gone since)."""
    published = Exists(Case.history.filter(id=case_ref, published_at__isnull=False))
    on_public_agenda = Exists(_public_items(AgendaItem.history).filter(case_id=case_ref))
    on_published_import = Exists(items_once_published().filter(case_id=case_ref))
    return published | on_public_agenda | on_published_import


def withdrawn_cases():
    """Cases the public could once read and can no longer (taken back to be heard closed, withdrawn, a case on a
    public agenda since made closed, one of an import taken back): their pages say so (410) rather than that they
    never existed, and say nothing else of them."""
    return Case.objects.filter(once_public_case(OuterRef("pk"))).exclude(pk__in=cases().values("pk"))


def deleted_cases():
    """The history rows of the deletion of cases the public could once read: those of an imported meeting deleted
    or imported again (minutes.store.clear_imported_content). Their pages answer 410 as a withdrawn case's do."""
    return Case.history.filter(history_type="-").filter(once_public_case(OuterRef("id"))).exclude(
        id__in=Case.objects.values("pk"))


def case_gone(pk):
    """Whether the case `pk`, not public now, was public once (withdrawn_cases, deleted_cases)."""
    return withdrawn_cases().filter(pk=pk).exists() or deleted_cases().filter(id=pk).exists()


def attachments():
    """Attachments the department marked 公開資料, of a case the public may see."""
    return Attachment.objects.filter(is_public=True, case__in=cases())


def minutes():
    return Minutes.objects.filter(state=Minutes.State.PUBLISHED, meeting__is_public=True)


def _closed_items_in(meeting_ref):
    return AgendaItem.objects.filter(meeting_id=meeting_ref, is_public=False)


def unplaced_turns_withheld(meeting):
    """Whether the turns recorded under no agenda item (「議題なし」) are kept from the public: in a meeting with
    a closed item nothing tells whether such a turn belongs to it (the explanation before a closed item, the chair
    clearing the room), so they wait until the secretariat places them under an item. An imported meeting's
    turns come from minutes its council already published."""
    return not meeting.imported and _closed_items_in(meeting.pk).exists()


def turns(meeting=None, preview=False):
    """Turns of published minutes, outside closed items (`preview`: of minutes not yet published, as agenda_items).
    A turn under no item is public only where the meeting has no closed item (unplaced_turns_withheld)."""
    published = Turn.objects.filter(meeting__is_public=True)
    if not preview:
        published = published.filter(meeting__minutes__state=Minutes.State.PUBLISHED)
    unplaced = Q(agenda_item__isnull=True) & (
        Q(meeting__imported=True) | ~Exists(_closed_items_in(OuterRef("meeting_id"))))
    published = published.filter(unplaced | Q(agenda_item__is_public=True))
    return published.filter(meeting=meeting) if meeting is not None else published


def items_once_published():
    """The history rows of public items of public meetings whose minutes were published once: the items the public
    read (an import taken back or deleted since included), by what their history rows still say."""
    return AgendaItem.history.filter(is_public=True).filter(meeting_id__in=meetings_published_once()).filter(
        meeting_id__in=Meeting.history.filter(is_public=True).values("id"))


def once_public_decision(item_ref=OuterRef("agenda_item_id")):
    """Whether the decision (a history row) on the item at `item_ref` was public once (items_once_published)."""
    return Exists(items_once_published().filter(id=item_ref))


def decisions(preview=False):
    """Decisions become public with the minutes that record them (`preview`: before, as agenda_items)."""
    public = Decision.objects.filter(agenda_item__is_public=True, agenda_item__meeting__is_public=True)
    return public if preview else public.filter(agenda_item__meeting__minutes__state=Minutes.State.PUBLISHED)


def conditions(preview=False):
    """The text of conditions and opinions; the response and evidence fields stay internal."""
    return FollowUp.objects.filter(decision__in=decisions(preview))


def answers():
    """Issued 答申 whose cases are all public, and those the council chose to publish though a case was heard
    closed (publish_answer); never an appeal's, which is published as its masked version (disclosure)."""
    links = Answer.cases.through.objects.filter(answer_id=OuterRef("pk"))
    closed_case = links.exclude(case_id__in=cases().values("pk"))
    appeal_case = links.filter(case__appeal__isnull=False)
    chosen = Q(published_at__isnull=False) & ~Exists(appeal_case)
    return Answer.objects.filter(state=Answer.State.ISSUED).filter(chosen | ~Exists(closed_case))


def is_public_meeting_item(item):
    meeting = item.meeting
    return (item.is_public and meeting.is_public and meeting.state != Meeting.State.CANCELLED
            and not (meeting.imported and not minutes().filter(meeting=meeting).exists())
            and not entered_after_their_day().filter(pk=meeting.pk).exists())


def naming(meeting):
    """Every turn of the meeting, the letters of its members and the redactor the council's policy asks for.
    Letters (A委員, B委員) are fixed over the whole meeting, closed items included, so a member keeps one
    letter however the items are cut."""
    from shingikai.documents.speakers import assign_letters, redactor_for
    from shingikai.meetings.models import Attendance

    every_turn = list(
        Turn.objects.filter(meeting=meeting).select_related("person", "staff__department", "agenda_item__case__department")
        .order_by("order")
    )
    letters = assign_letters(every_turn)
    people = [(a.name, "委員") for a in meeting.attendances.filter(kind=Attendance.Kind.MEMBER)]
    people += [(a.name, a.title or "出席者") for a in meeting.attendances.exclude(kind=Attendance.Kind.MEMBER)]
    return every_turn, letters, redactor_for(meeting.council.name_policy, every_turn, letters, people, meeting.date)


def published_turns(meeting, turn_list=None, named=None):
    """The public turns of a meeting as (turn, speaker label, text): the council's name policy applied
    to the labels, and the names of the meeting's people replaced inside the texts where it hides them.
    `named`: naming(meeting), where the caller has it already."""
    from shingikai.documents.speakers import speaker_label

    every_turn, letters, redact = named or naming(meeting)
    visible = {t.pk for t in (turn_list if turn_list is not None else turns(meeting))}
    policy = meeting.council.name_policy
    return [(t, speaker_label(t, policy, letters, meeting.date), redact(t.text)) for t in every_turn if t.pk in visible]


def published_questions(meeting, items, named=None):
    """{item pk: [(question, answer)]}: the members' 事前質問 the secretariat carried into the minutes
    (事前質問及び回答), under each of `items` (the public ones) whose case they were asked on, the council's name
    policy applied, as the public copy of the minutes prints them; none of a closed item's. `named`: as for
    published_turns."""
    from shingikai.cases.models import Question

    by_case = {}
    for question in Question.objects.filter(in_minutes_of=meeting, case_id__in=[i.case_id for i in items if i.case_id]
                                            ).order_by("asked_at", "pk"):
        by_case.setdefault(question.case_id, []).append(question)
    if not by_case:
        return {}
    redact = (named or naming(meeting))[2]
    return {item.pk: [(redact(q.text), redact(q.answer)) for q in by_case[item.case_id]]
            for item in items if item.case_id in by_case}


def public_summary(minutes_obj):
    """The summary as the public may read it: only where summary() allows, with names redacted."""
    text = summary(minutes_obj)
    if not text:
        return ""
    return naming(minutes_obj.meeting)[2](text)


def summary(minutes_obj):
    """The minutes' free-text summary, for the public only where no item of the meeting was closed:
    the text is written by the secretariat as one piece and may speak of a closed item anywhere."""
    if minutes_obj is None or not minutes_obj.summary.strip():
        return ""
    if AgendaItem.objects.filter(meeting_id=minutes_obj.meeting_id, is_public=False).exists():
        return ""
    return minutes_obj.summary


#: A case's 結論 once its 答申 is published: the 答申予定 of the meeting that drafted it was only on the way there.
ANSWERED = "答申"
#: Every 結論 the public case lists, CSV and API show and filter by, in one order.
CASE_OUTCOMES = (*Decision.Outcome.values, ANSWERED)


def case_outcome(ref="pk"):
    """The 結論 of the case at OuterRef(`ref`) as every public copy gives it: 答申 once a published 答申 answers it,
    else the outcome of its latest published decision (継続審議 until a later meeting decides)."""
    latest = decisions().filter(case_id=OuterRef(ref)).order_by(
        F("agenda_item__meeting__date").desc(nulls_last=True), "-pk")
    return Case_(When(Exists(answers().filter(cases=OuterRef(ref))), then=Value(ANSWERED)),
                 default=Subquery(latest.values("outcome")[:1]))


def outcome_label(outcome, answer_numbers):
    """The 結論 as read: 「答申 (答申第1号)」 for an answered case."""
    if outcome == ANSWERED and answer_numbers:
        return f"{ANSWERED} ({'、'.join(answer_numbers)})"
    return outcome or ""


def in_register_order(cases_queryset):
    """The public case lists (page, API, CSV) in one order a reader can see: newest first by the day of the latest
    public meeting that heard the case, else the day it was received; `listed_on` holds that day."""
    heard = agenda_items().filter(case_id=OuterRef("pk"), meeting__date__isnull=False).order_by("-meeting__date")
    return cases_queryset.annotate(
        heard_on=Subquery(heard.values("meeting__date")[:1]),
        listed_on=Coalesce(F("heard_on"), TruncDate("accepted_at"), output_field=DateField()),
    ).order_by(F("listed_on").desc(nulls_last=True), "-pk")
