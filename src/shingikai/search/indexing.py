"""Turning the domain into search entries, and keeping them current as records change.

Each entry says whether the public may see it, using publicity.py; anything else is indexed as
internal to its council (members and the secretariat) — or not at all when even members may not
see it (a department's draft). Public turn entries carry the speaker labels and texts the council's
name policy allows, never the names it hides.
"""
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from shingikai import publicity
from shingikai.access import MEMBER_VISIBLE
from shingikai.cases.models import Case
from shingikai.meetings.models import AgendaItem, Answer, Decision, FollowUp, Meeting, Turn
from shingikai.minutes.models import Minutes
from shingikai.registers import search as register_entries
from shingikai.registers.models import PersonalInfoFile

from .engine import index_entries, remove_objects
from .models import SearchEntry

PUBLIC, INTERNAL = SearchEntry.Visibility.PUBLIC, SearchEntry.Visibility.INTERNAL


def _council_fields(council):
    return {"council_id": council.pk, "council_slug": council.slug, "council_name": council.name,
            "municipality": council.municipality.name}


def _case_fields(case):
    if case is None:
        return {}
    decision = case.decisions.order_by("-id").first()
    return {"case_kind": case.kind, "categories": case.category_labels, "department": case.department.name,
            "outcome": decision.outcome if decision else ""}


def meeting_entries(meeting):
    meeting = Meeting.objects.select_related("council__municipality").get(pk=meeting.pk)
    base = {**_council_fields(meeting.council), "fiscal_year": meeting.fiscal_year, "date": meeting.date}
    public_ids = set(publicity.turns(meeting).values_list("pk", flat=True))
    public = {t.pk: (label, text) for t, label, text in publicity.published_turns(meeting)} if public_ids else {}
    entries = []
    turns = meeting.turns.select_related("agenda_item__case__department").order_by("order")
    for turn in turns:
        item = turn.agenda_item
        case = item.case if item else None
        if turn.pk in public:
            label, text = public[turn.pk]
            visibility, url = PUBLIC, f"/meetings/{meeting.pk}/#turn-{turn.order}"
        else:
            label, text = turn.speaker_label, turn.text
            visibility, url = INTERNAL, f"/work/meetings/m/{meeting.pk}/#turn-{turn.order}"
        title = f"{meeting.short_label} {item.title if item else ''}".strip()
        entries.append(SearchEntry(
            kind=SearchEntry.Kind.TURN, object_id=turn.pk, visibility=visibility, url=url,
            title=f"{title} — {label}"[:500], body=text, speaker_role=turn.role, **base, **_case_fields(case),
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
    case = Case.objects.select_related("council__municipality", "department").get(pk=case.pk)
    if case.status not in MEMBER_VISIBLE:
        return []
    public = publicity.cases().filter(pk=case.pk).exists()
    conditions = FollowUp.objects.filter(decision__case=case)
    if public:
        conditions = conditions.filter(pk__in=publicity.conditions().values("pk"))
    body = "\n".join(filter(None, [case.purpose, case.data_subjects, " ".join(case.legal_bases),
                                   *conditions.values_list("text", flat=True)]))
    item = case.agenda_items.select_related("meeting").order_by("-meeting__date").first()
    date = item.meeting.date if item else None
    return [SearchEntry(
        kind=SearchEntry.Kind.CASE, object_id=case.pk, title=case.title, body=body,
        visibility=PUBLIC if public else INTERNAL, url=f"/cases/{case.pk}/" if public else f"/work/cases/{case.pk}/",
        fiscal_year=item.meeting.fiscal_year if item else None, date=date,
        **_council_fields(case.council), **_case_fields(case),
    )]


def answer_entries(answer):
    answer = Answer.objects.select_related("council__municipality").get(pk=answer.pk)
    public = publicity.answers().filter(pk=answer.pk).exists()
    case = answer.cases.select_related("department").first()
    return [SearchEntry(
        kind=SearchEntry.Kind.ANSWER, object_id=answer.pk, title=f"{answer.number or '答申 (案)'} {case.title if case else ''}",
        body="\n".join(filter(None, [answer.conclusion, answer.opinions])),
        visibility=PUBLIC if public else INTERNAL,
        url=f"/answers/{answer.pk}/" if public else f"/work/meetings/answers/{answer.pk}/",
        date=answer.date, fiscal_year=answer.meeting.fiscal_year if answer.meeting else None,
        **_council_fields(answer.council), **_case_fields(case),
    )]


def _replace(kind, object_ids, entries):
    with transaction.atomic():
        remove_objects(kind, object_ids)
        SearchEntry.objects.bulk_create(entries)
        saved = SearchEntry.objects.filter(kind=kind, object_id__in=[e.object_id for e in entries])
        index_entries(list(saved))


def sync_meeting(meeting_id):
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
    for case_id in Case.objects.filter(agenda_items__meeting_id=meeting_id).values_list("pk", flat=True):
        sync_case(case_id)
    for answer_id in Answer.objects.filter(meeting_id=meeting_id).values_list("pk", flat=True):
        sync_answer(answer_id)


def sync_case(case_id):
    case = Case.objects.filter(pk=case_id).first()
    _replace(SearchEntry.Kind.CASE, [case_id], case_entries(case) if case else [])


def sync_answer(answer_id):
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
        entries.extend(register_entries.all_entries())
        SearchEntry.objects.bulk_create(entries, batch_size=500)
    rebuild_index(progress=progress)
    return len(entries)


# -- keeping entries current ------------------------------------------------------------------

def sync_register_file(file_id):
    _replace(SearchEntry.Kind.REGISTER_FILE, [file_id], register_entries.file_entries(file_id))


SYNC = {"meeting": sync_meeting, "case": sync_case, "answer": sync_answer, "register_file": sync_register_file}


def _run(kind, pk):
    SYNC[kind](pk)


def schedule(kind, pk):
    """Re-index after the surrounding transaction commits, once per object however often it changed."""
    if pk is None:
        return
    key = (kind, pk)
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        getattr(func, "search_key", None) == key for _, func, _ in connection.run_on_commit
    ):
        return
    job = partial(_run, kind, pk)
    job.search_key = key
    transaction.on_commit(job)


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
    if isinstance(instance, PersonalInfoFile):
        schedule("register_file", instance.pk)
        return
    schedule("meeting", _meeting_of(instance))


def connect():
    for model in (Meeting, AgendaItem, Turn, Minutes, Decision, FollowUp, Case, Answer, PersonalInfoFile):
        post_save.connect(_changed, sender=model, dispatch_uid=f"search-{model.__name__}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"search-{model.__name__}-delete")
