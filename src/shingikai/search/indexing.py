"""Turning the domain into search entries, and keeping them current as records change.

Each entry says whether the public may see it, using publicity.py; anything else is indexed as
internal to its council (members and the secretariat) — or not at all when even members may not
see it (a department's draft). Public turn entries carry the speaker labels and texts the council's
name policy allows, never the names it hides.
"""
import logging
import threading
from collections import defaultdict

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

from shingikai import publicity
from shingikai.access import MEMBER_VISIBLE
from shingikai.cases.models import Case
from shingikai.meetings.models import AgendaItem, Answer, Decision, FollowUp, Meeting, Turn
from shingikai.minutes.models import Minutes

from . import generation
from .engine import index_entries, remove_objects
from .models import PendingIndex, SearchEntry

logger = logging.getLogger(__name__)

PUBLIC, INTERNAL = SearchEntry.Visibility.PUBLIC, SearchEntry.Visibility.INTERNAL


def _council_fields(council):
    return {"council_id": council.pk, "council_slug": council.slug, "council_name": council.name,
            "municipality": council.municipality.name}


def _case_fields(case):
    if case is None:
        return {}
    return {"case_kind": case.kind, "categories": case.category_labels, "department": case.department.current.name}


def _case_outcomes(case_ids):
    """{case id: {visibility: 結論}} for every entry that carries a case's 結論. A public entry carries the one the
    case's page, the CSV and the API give (publicity.case_outcome: 答申 once a public 答申 answers it, else the latest
    published decision); an internal one what the council's own users know (答申 once one is issued, else the
    latest decision)."""
    public = dict(Case.objects.filter(pk__in=case_ids).annotate(outcome=publicity.case_outcome())
                  .values_list("pk", "outcome"))
    issued = set(Answer.cases.through.objects.filter(case_id__in=case_ids, answer__state=Answer.State.ISSUED)
                 .values_list("case_id", flat=True))
    # Ascending, the last one wins.
    latest = dict(Decision.objects.filter(case__in=case_ids).order_by("id").values_list("case_id", "outcome"))
    return {pk: {PUBLIC: public.get(pk) or "",
                 INTERNAL: publicity.ANSWERED if pk in issued else latest.get(pk, "")} for pk in case_ids}


def meeting_entries(meeting):
    meeting = Meeting.objects.select_related("council__municipality").get(pk=meeting.pk)
    base = {**_council_fields(meeting.council), "fiscal_year": meeting.fiscal_year, "date": meeting.date}
    public_ids = set(publicity.turns(meeting).values_list("pk", flat=True))
    public = {t.pk: (label, text) for t, label, text in publicity.published_turns(meeting)} if public_ids else {}
    entries = []
    turns = meeting.turns.select_related("agenda_item__case__department").order_by("order")
    # Per case, not per turn (an assembly's record has thousands of turns), and the cases' outcomes in a few
    # queries (an imported record has hundreds of cases).
    outcomes = _case_outcomes(list(Case.objects.filter(agenda_items__meeting=meeting).values_list("pk", flat=True)))
    case_fields = {}
    for turn in turns:
        item = turn.agenda_item
        case = item.case if item else None
        if case is not None and case.pk not in case_fields:
            case_fields[case.pk] = _case_fields(case)
        if turn.pk in public:
            label, text = public[turn.pk]
            visibility, url = PUBLIC, f"/meetings/{meeting.pk}/#turn-{turn.order}"
        else:
            label, text = turn.speaker_label, turn.text
            visibility, url = INTERNAL, f"/work/meetings/m/{meeting.pk}/#turn-{turn.order}"
        context = f"{meeting.short_label} {item.title if item else ''}".strip()
        entries.append(SearchEntry(
            kind=SearchEntry.Kind.TURN, object_id=turn.pk, visibility=visibility, url=url,
            title=(label or "発言")[:500], context=context[:500], body=text, speaker_role=turn.role, **base,
            **({**case_fields[case.pk], "outcome": outcomes[case.pk][visibility]} if case is not None else {}),
        ))
    minutes = Minutes.objects.filter(meeting=meeting).first()
    if minutes is not None and minutes.summary.strip():
        public_text = publicity.public_summary(minutes) if publicity.minutes().filter(pk=minutes.pk).exists() else ""
        public_minutes = bool(public_text)
        entries.append(SearchEntry(
            kind=SearchEntry.Kind.MINUTES, object_id=minutes.pk, title=f"{meeting.short_label} 会議録",
            body=public_text or minutes.summary, visibility=PUBLIC if public_minutes else INTERNAL,
            url=f"/meetings/{meeting.pk}/" if public_minutes else f"/work/minutes/{minutes.pk}/", **base,
        ))
    return entries


def case_entries(case):
    return cases_entries([case.pk])


def cases_entries(case_ids):
    """The entries of many cases in a handful of queries: an imported record can carry hundreds."""
    cases = list(Case.objects.select_related("council__municipality", "department").filter(
        pk__in=case_ids, status__in=MEMBER_VISIBLE).order_by("pk"))
    ids = [case.pk for case in cases]
    public = set(publicity.cases().filter(pk__in=ids).values_list("pk", flat=True))
    public_conditions = set(publicity.conditions().filter(decision__case__in=public).values_list("pk", flat=True))
    conditions = defaultdict(list)
    for pk, case_id, text in FollowUp.objects.filter(decision__case__in=ids).values_list("pk", "decision__case", "text"):
        if case_id not in public or pk in public_conditions:
            conditions[case_id].append(text)
    # Ascending, the last one wins: the latest meeting (NULL dates sort as a descending .first() would).
    latest_item = {item.case_id: item for item in
                   AgendaItem.objects.filter(case__in=ids).select_related("meeting").order_by("meeting__date")}
    outcomes = _case_outcomes(ids)
    entries = []
    for case in cases:
        # The 諮問番号 (報告番号) is what a resident or a newspaper cites a case by.
        # Its 主題 (コンビニ交付) is the word a department looks for precedents by, and the only one an imported
        # item titled by its procedure (「個人情報を取り扱う業務の処理の外部委託」) is found by.
        body = "\n".join(filter(None, [case.number, case.topic, case.purpose, case.data_subjects,
                                       " ".join(case.legal_bases), *conditions[case.pk]]))
        item = latest_item.get(case.pk)
        visible = case.pk in public
        visibility = PUBLIC if visible else INTERNAL
        entries.append(SearchEntry(
            kind=SearchEntry.Kind.CASE, object_id=case.pk, title=case.title, body=body,
            visibility=visibility, url=f"/cases/{case.pk}/" if visible else f"/work/cases/{case.pk}/",
            fiscal_year=item.meeting.fiscal_year if item else None, date=item.meeting.date if item else None,
            **_council_fields(case.council), **_case_fields(case), outcome=outcomes[case.pk][visibility],
        ))
    return entries


def answer_entries(answer):
    answer = Answer.objects.select_related("council__municipality").get(pk=answer.pk)
    public = publicity.answers().filter(pk=answer.pk).exists()
    case = answer.cases.select_related("department").first()
    visibility = PUBLIC if public else INTERNAL
    return [SearchEntry(
        kind=SearchEntry.Kind.ANSWER, object_id=answer.pk, title=f"{answer.number or '答申 (案)'} {case.title if case else ''}",
        body="\n".join(filter(None, [answer.conclusion, answer.opinions])), visibility=visibility,
        url=f"/answers/{answer.pk}/" if public else f"/work/meetings/answers/{answer.pk}/",
        date=answer.date, fiscal_year=answer.meeting.fiscal_year if answer.meeting else None,
        **_council_fields(answer.council), **_case_fields(case),
        outcome=_case_outcomes([case.pk])[case.pk][visibility] if case else "",
    )]


def _replace(kind, object_ids, entries):
    with transaction.atomic():
        remove_objects(kind, object_ids)
        SearchEntry.objects.bulk_create(entries)
        saved = SearchEntry.objects.filter(kind=kind, object_id__in=[e.object_id for e in entries])
        index_entries(list(saved))
        generation.bump()


KEY_SPACE = {"meeting": 1, "case": 2, "answer": 3}


def _serialise(kind, pk):
    """Two workers re-indexing one object at once would each delete and insert its entries; on PostgreSQL
    they wait for each other here (until the transaction ends). SQLite writes one transaction at a time."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [KEY_SPACE[kind], int(pk) % 2**31])


@transaction.atomic
def sync_meeting(meeting_id):
    _serialise("meeting", meeting_id)
    meeting = Meeting.objects.filter(pk=meeting_id).first()
    turn_ids = list(Turn.objects.filter(meeting_id=meeting_id).values_list("pk", flat=True))
    stale_turns = SearchEntry.objects.filter(kind="turn", object_id__in=turn_ids).values_list("object_id", flat=True)
    entries = meeting_entries(meeting) if meeting else []
    turns = [e for e in entries if e.kind == SearchEntry.Kind.TURN]
    others = [e for e in entries if e.kind == SearchEntry.Kind.MINUTES]
    # Turns deleted since the last sync are gone from Turn; drop their entries by the meeting's old URL ids.
    old = SearchEntry.objects.filter(kind="turn", url__regex=rf"/meetings/(m/)?{meeting_id}/#").exclude(
        object_id__in=turn_ids).values_list("object_id", flat=True)
    _replace(SearchEntry.Kind.TURN, set(turn_ids) | set(old) | set(stale_turns), turns)
    minutes_ids = list(Minutes.objects.filter(meeting_id=meeting_id).values_list("pk", flat=True))
    _replace(SearchEntry.Kind.MINUTES, minutes_ids, others)
    # One replacement for all the meeting's cases: an imported record can carry hundreds of items.
    sync_cases(list(Case.objects.filter(agenda_items__meeting_id=meeting_id).values_list("pk", flat=True)))
    for answer_id in Answer.objects.filter(meeting_id=meeting_id).values_list("pk", flat=True):
        sync_answer(answer_id)


def sync_case(case_id):
    sync_cases([case_id])


@transaction.atomic
def sync_cases(case_ids):
    """Regenerate many cases' entries in one replacement; a case that is gone loses its entry."""
    for case_id in case_ids:
        _serialise("case", case_id)
    _replace(SearchEntry.Kind.CASE, case_ids, cases_entries(case_ids))


@transaction.atomic
def sync_answer(answer_id):
    _serialise("answer", answer_id)
    answer = Answer.objects.filter(pk=answer_id).first()
    _replace(SearchEntry.Kind.ANSWER, [answer_id], answer_entries(answer) if answer else [])


def reindex_all(progress=None):
    """Regenerate every entry from the domain, then rebuild the text index. Returns the entry count."""
    from .engine import rebuild_index

    with transaction.atomic():
        SearchEntry.objects.all().delete()
        entries = []
        for meeting in Meeting.objects.order_by("pk"):
            entries.extend(meeting_entries(meeting))
        for case in Case.objects.order_by("pk"):
            entries.extend(case_entries(case))
        for answer in Answer.objects.order_by("pk"):
            entries.extend(answer_entries(answer))
        for kind, (entries_for, all_ids) in SOURCES.items():
            for pk in all_ids():
                entries.extend(entries_for(pk))
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        # Every index write moves the generation in its own transaction, this one too.
        generation.bump()
    rebuild_index(progress=progress)
    # After the text index is whole again: a page read in between keeps nothing under the new token.
    generation.bump()
    return len(entries)


# -- keeping entries current ------------------------------------------------------------------

SYNC = {"meeting": sync_meeting, "case": sync_case, "answer": sync_answer}
# Kinds that regenerate many objects as cheaply as one; the drain hands them a whole batch.
SYNC_BATCH = {"case": sync_cases}
# Entries of another app's records: kind -> (entries for one id, every id). See register_source.
SOURCES = {}


def register_source(kind, entries_for, all_ids):
    """Index another app's records as entries of `kind`; the app calls schedule(kind, pk) when one changes."""
    SOURCES[kind] = (entries_for, all_ids)
    SYNC[kind] = lambda pk: _replace(kind, [pk], entries_for(pk))


def schedule(kind, pk):
    """Note in the outbox, within the writer's transaction, that the object's entries must be regenerated;
    they are, once per object however often it changed, when the transaction commits."""
    schedule_many(kind, [pk])


def schedule_many(kind, pks):
    """schedule() for many objects of one kind in one insert: a replaced import removes hundreds of cases."""
    keys = list(dict.fromkeys((kind, pk) for pk in pks if pk is not None))
    if not keys:
        return
    PendingIndex.objects.bulk_create([PendingIndex(kind=k, object_id=pk) for k, pk in keys], batch_size=BATCH)
    if not transaction.get_connection().in_atomic_block:
        drain()
        return
    # A hook per note, through the public on_commit: one registered in a savepoint that rolls back goes with
    # it, while those of the enclosing transaction stay. The flag makes the first hook after a commit drain
    # the outbox (its rows say what to regenerate, an object noted twice merged) and the rest return at once.
    _pending.noted = True
    transaction.on_commit(_drain_after_commit)


def schedule_answered(answer):
    """schedule() every entry that carries the 結論 of the answer's cases (答申 once it is issued and public): the
    cases' own and the turns of the meetings that heard them; the answer's own entry follows its save."""
    case_ids = list(answer.cases.values_list("pk", flat=True))
    schedule_many("case", case_ids)
    schedule_many("meeting", list(Meeting.objects.filter(items__case__in=case_ids).distinct().values_list("pk", flat=True)))


def schedule_departments(department_ids):
    """schedule() every record whose entries carry one of these departments' names: after a 組織改正 the facets
    and the 担当課 filter offer the name the department has now."""
    from shingikai.disclosure.models import Appeal
    from shingikai.registers.models import PersonalInfoFile

    cases = Case.objects.filter(department_id__in=department_ids)
    schedule_many("case", list(cases.values_list("pk", flat=True)))
    schedule_many("meeting", list(Meeting.objects.filter(items__case__in=cases).distinct().values_list("pk", flat=True)))
    schedule_many("answer", list(Answer.objects.filter(cases__in=cases).distinct().values_list("pk", flat=True)))
    schedule_many(SearchEntry.Kind.APPEAL_ANSWER, list(Appeal.objects.filter(
        request__department_id__in=department_ids, answer_published=True).values_list("pk", flat=True)))
    schedule_many(SearchEntry.Kind.REGISTER_FILE, list(PersonalInfoFile.objects.filter(
        department_id__in=department_ids).values_list("pk", flat=True)))


_pending = threading.local()


def _drain_after_commit():
    if getattr(_pending, "noted", False):
        _pending.noted = False
        drain()


# Outbox rows regenerated per drain transaction: enough to take a replaced import's cases in one pass.
BATCH = 500


def drain():
    """Regenerate the entries of every object in the outbox, a batch of objects per transaction (the
    cases of a batch in one replacement); returns how many objects.

    Runs after each commit and when a server worker starts. A failure is logged and leaves the batch in
    the outbox for the next drain: the write it follows has committed and must not answer an error."""
    done = 0
    while True:
        try:
            with transaction.atomic():
                # Only the rows seen now: a change committed while this runs keeps its own row.
                rows = list(PendingIndex.objects.select_for_update(skip_locked=True).order_by("pk").values_list(
                    "pk", "kind", "object_id")[:BATCH])
                if not rows:
                    return done
                by_kind = defaultdict(dict)
                for _, kind, object_id in rows:
                    by_kind[kind][object_id] = None
                done_rows = [row[0] for row in rows]
                # Later rows for the same objects, already committed (a long paste notes its meeting once per
                # turn): the regeneration below reads after them, so it covers them too, and each object is
                # regenerated once rather than once per batch. A row committed after this read stays.
                for kind, ids in by_kind.items():
                    done_rows += PendingIndex.objects.select_for_update(skip_locked=True).filter(
                        kind=kind, object_id__in=list(ids)).exclude(pk__in=done_rows).values_list("pk", flat=True)
                    _sync_batch(kind, list(ids))
                PendingIndex.objects.filter(pk__in=done_rows).delete()
        except Exception:
            logger.exception("search index: could not re-index; left in the outbox")
            return done
        done += sum(len(ids) for ids in by_kind.values())


def _sync_batch(kind, ids):
    if kind in SYNC_BATCH:
        SYNC_BATCH[kind](ids)
        return
    for object_id in ids:
        SYNC[kind](object_id)


def _meeting_of(instance):
    if isinstance(instance, Meeting):
        return instance.pk
    if isinstance(instance, (Turn, AgendaItem, Minutes)):
        return instance.meeting_id
    if isinstance(instance, Decision):
        return AgendaItem.objects.filter(pk=instance.agenda_item_id).values_list("meeting_id", flat=True).first()
    if isinstance(instance, FollowUp):
        return Decision.objects.filter(pk=instance.decision_id).values_list(
            "agenda_item__meeting_id", flat=True).first()
    return None


def _changed(sender, instance, **kwargs):
    if isinstance(instance, Case):
        schedule("case", instance.pk)
        return
    if isinstance(instance, Answer):
        schedule("answer", instance.pk)
        return
    schedule("meeting", _meeting_of(instance))


def connect():
    for model in (Meeting, AgendaItem, Turn, Minutes, Decision, FollowUp, Case, Answer):
        post_save.connect(_changed, sender=model, dispatch_uid=f"search-{model.__name__}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"search-{model.__name__}-delete")
