"""When public records were created and last modified, for `created`/`modified` and the *_since filters.

Few models carry timestamps of their own, so the rest are derived: a meeting changes when its minutes
or a decision taken at it change (their history rows are timestamped); a membership from its dates.
Querysets get them as the annotations `stamp_created` and `stamp_modified`, so the filters run in SQL;
date-only records are stamped at local midnight in Python.
"""
import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import DateTimeField, Exists, F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from shingikai import publicity
from shingikai.cases.models import Case
from shingikai.meetings.models import AgendaItem, Answer, Decision, Meeting
from shingikai.minutes.models import Minutes

LOCAL = ZoneInfo(settings.TIME_ZONE)
# For a record nothing dates (a council with neither members nor meetings): older than any real change.
UNDATED = dt.datetime(2000, 1, 1, tzinfo=LOCAL)


def _latest(history, **lookups):
    rows = history.filter(**lookups).order_by("-history_date").values("history_date")[:1]
    return Subquery(rows, output_field=DateTimeField())


def _earliest(history, **lookups):
    rows = history.filter(**lookups).order_by("history_date").values("history_date")[:1]
    return Subquery(rows, output_field=DateTimeField())


def meeting_modified(meeting_ref="pk", created="created_at"):
    """The latest change to a meeting's public record: creation, the meeting itself and its agenda (Meeting.changed_at:
    renumbered when an earlier one is recorded, cancelled, an item added, moved, removed or made closed), its
    minutes, its decisions."""
    changed = created.removesuffix("created_at") + "changed_at"
    minutes = _latest(Minutes.history, meeting_id=OuterRef(meeting_ref))
    decisions = _latest(Decision.history, agenda_item__meeting_id=OuterRef(meeting_ref))
    return Greatest(F(created), *(Coalesce(change, F(created)) for change in (F(changed), minutes, decisions)))


def meetings(queryset):
    return queryset.annotate(stamp_created=F("created_at"), stamp_modified=meeting_modified())


def agenda_items(queryset):
    """An agenda item is part of its meeting's record and changes with it."""
    return queryset.annotate(
        stamp_created=F("meeting__created_at"),
        stamp_modified=meeting_modified("meeting_id", created="meeting__created_at"),
    )


def cases(queryset):
    return queryset.annotate(stamp_created=F("created_at"), stamp_modified=F("updated_at"))


def minutes(queryset):
    """Created when first published; modified at the latest recorded change (an amendment, say)."""
    published = _earliest(Minutes.history, id=OuterRef("pk"), state=Minutes.State.PUBLISHED)
    latest = _latest(Minutes.history, id=OuterRef("pk"))
    return queryset.annotate(
        stamp_created=Coalesce(published, latest, F("meeting__created_at")),
        stamp_modified=Coalesce(latest, F("meeting__created_at")),
    )


def decisions(queryset):
    return queryset.annotate(
        stamp_created=F("recorded_at"),
        stamp_modified=Coalesce(_latest(Decision.history, id=OuterRef("pk")), F("recorded_at")),
    )


def answers(queryset):
    issued = _earliest(Answer.history, id=OuterRef("pk"), state=Answer.State.ISSUED)
    latest = _latest(Answer.history, id=OuterRef("pk"))
    return queryset.annotate(
        stamp_created=Coalesce(F("issued_at"), issued, latest),
        stamp_modified=Coalesce(latest, F("issued_at")),
    )


# -- tombstones: records the public could read and can no longer -------------------------------------------------
# Each is stamped `stamp_modified` with its latest history row, the action that took it back (or a later change),
# never the time of the request: a harvester asking again from the same moment is told the same. Each source is
# annotated `gone_id` (the record's id) and `gone_council` (its council's), also for a record deleted since,
# which only its history rows still name.

def _latest_of(*moments):
    """The latest of moments any of which may be missing (SQLite's GREATEST is NULL if any argument is)."""
    return Greatest(*(Coalesce(*moments[i:], *moments[:i]) for i in range(len(moments))))


def _deleted(history, council, created):
    """The deletion rows of `history` (its record gone), stamped when it was deleted."""
    return history.filter(history_type="-").annotate(
        stamp_modified=F("history_date"), gone_id=F("id"), gone_council=council, gone_created=created)


def _council_of_meeting(meeting_ref):
    """The council of a meeting, read from its history: the meeting may be deleted."""
    return Subquery(Meeting.history.filter(id=meeting_ref).order_by("-history_date").values("council_id")[:1])


def gone_cases():
    """Withdrawn, unpublished, taken on a closed item or on an import taken back (publicity.withdrawn_cases), and
    deleted with an import (publicity.deleted_cases)."""
    taken_back = publicity.withdrawn_cases().annotate(stamp_modified=_latest_of(
        _latest(Case.history, id=OuterRef("pk")), _latest(AgendaItem.history, case_id=OuterRef("pk")),
        _latest(Minutes.history, meeting__items__case_id=OuterRef("pk"))),
        gone_id=F("pk"), gone_council=F("council_id"), gone_created=F("created_at"))
    return taken_back, _deleted(publicity.deleted_cases(), F("council_id"), F("created_at"))


def gone_meetings():
    """Imported meetings whose record was published and has been taken back (minutes.actions.unpublish_import), or
    deleted (minutes.actions.delete_import)."""
    taken_back = publicity.withdrawn_meetings().annotate(
        stamp_modified=_latest(Minutes.history, meeting_id=OuterRef("pk")),
        gone_id=F("pk"), gone_council=F("council_id"), gone_created=F("created_at"))
    return taken_back, _deleted(publicity.deleted_meetings(), F("council_id"), F("created_at"))


def gone_minutes():
    """Published minutes the public can no longer read (an import taken back or deleted, a meeting made closed)."""
    once = Minutes.history.filter(state=Minutes.State.PUBLISHED).values("id")
    published = _earliest(Minutes.history, id=OuterRef("id"), state=Minutes.State.PUBLISHED)
    taken_back = Minutes.objects.filter(pk__in=once).exclude(pk__in=publicity.minutes().values("pk")).annotate(
        stamp_modified=_latest(Minutes.history, id=OuterRef("pk")), gone_id=F("pk"),
        gone_council=F("meeting__council_id"), gone_created=published)
    deleted = Minutes.history.filter(id__in=once).exclude(id__in=Minutes.objects.values("pk"))
    return taken_back, _deleted(deleted, _council_of_meeting(OuterRef("meeting_id")), published)


def gone_answers():
    """答申 the council published on a closed case and took back (meetings.actions.unpublish_answer)."""
    published = Exists(Answer.history.filter(id=OuterRef("pk"), published_at__isnull=False))
    return (Answer.objects.filter(published).exclude(pk__in=publicity.answers().values("pk")).annotate(
        stamp_modified=_latest(Answer.history, id=OuterRef("pk")), gone_id=F("pk"), gone_council=F("council_id"),
        gone_created=Coalesce(F("issued_at"), _earliest(Answer.history, id=OuterRef("pk"),
                                                        state=Answer.State.ISSUED))),)


def gone_decisions():
    """Decisions the public could read and can no longer: the minutes that published them taken back (an import
    unpublished), their item or meeting made closed, or deleted with an import. From their history rows, the
    latest of each (a decision deleted has no other), stamped with the latest change to the decision, its item,
    its meeting or its minutes."""
    latest_row = Decision.history.filter(id=OuterRef("id")).order_by("-history_date", "-history_id").values(
        "history_id")[:1]
    item = AgendaItem.history.filter(id=OuterRef("agenda_item_id")).order_by("-history_date").values("meeting_id")[:1]
    rows = (Decision.history.filter(history_id=Subquery(latest_row)).filter(publicity.once_public_decision())
            .exclude(id__in=publicity.decisions().values("pk")).annotate(meeting_ref=Subquery(item)))
    return (rows.annotate(
        stamp_modified=_latest_of(
            F("history_date"), _latest(AgendaItem.history, id=OuterRef("agenda_item_id")),
            _latest(Meeting.history, id=OuterRef("meeting_ref")),
            _latest(Minutes.history, meeting_id=OuterRef("meeting_ref"))),
        gone_id=F("id"), gone_council=_council_of_meeting(OuterRef("meeting_ref")), gone_created=F("recorded_at")),)


def is_gone(sources, pk):
    """Whether the record `pk` is among `sources` (a gone_* answer): the public could read it and can no longer."""
    return any(source.filter(gone_id=pk).exists() for source in sources)


def _gone_items(still_public, *, with_public_case=False):
    """Agenda items the public read once (publicity.items_once_published: an item of a published record) that it
    cannot read now, from the latest history row of each (an item deleted with its import has no other), stamped
    with the latest change to the item, its meeting or its minutes (the import taken back). `with_public_case`:
    only those about a case the public could read once, as a Consultation is."""
    latest_row = AgendaItem.history.filter(id=OuterRef("id")).order_by("-history_date", "-history_id").values(
        "history_id")[:1]
    rows = (AgendaItem.history.filter(id__in=publicity.items_once_published().values("id"))
            .filter(history_id=Subquery(latest_row)).exclude(id__in=still_public.values("pk")))
    if with_public_case:
        rows = rows.filter(publicity.once_public_case(OuterRef("case_id")))
    return (rows.annotate(
        stamp_modified=_latest_of(
            F("history_date"), _latest(Meeting.history, id=OuterRef("meeting_id")),
            _latest(Minutes.history, meeting_id=OuterRef("meeting_id"))),
        gone_id=F("id"), gone_council=_council_of_meeting(OuterRef("meeting_id")),
        gone_created=_earliest(AgendaItem.history, id=OuterRef("id"))),)


def gone_agenda_items():
    """Items of an import taken back or deleted, or made closed after their record was published."""
    return _gone_items(publicity.agenda_items())


def gone_consultations():
    """The deliberations of a case on such an item, and of a case taken back from an item still public."""
    return _gone_items(publicity.agenda_items().filter(case__in=publicity.cases()), with_public_case=True)


def midnight(day):
    return dt.datetime.combine(day, dt.time(0), tzinfo=LOCAL) if day else None


def membership(m):
    """Appointed on, then changed by a new role or leaving; never later than now."""
    created = midnight(m.appointed_on)
    changes = [created] + [midnight(d) for d in (m.role_since, m.ended_on) if d]
    modified = min(max(changes), max(timezone.now(), created))
    return created, modified


def span(stamps):
    """(earliest created, latest modified) of (created, modified) pairs; UNDATED when there are none."""
    stamps = [s for s in stamps if s[0] is not None]
    if not stamps:
        return UNDATED, UNDATED
    return min(s[0] for s in stamps), max(s[1] for s in stamps)


def local(moment):
    """A timestamp as the APIs write it: local time, whole seconds, with the offset."""
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = parse_datetime(moment)
    return timezone.localtime(moment, LOCAL).replace(microsecond=0)


def iso(moment):
    moment = local(moment)
    return moment.isoformat() if moment else None


def parse_moment(text):
    """An ISO 8601 date-time (local time when no offset is given) or a date (its local midnight).

    Returns None for text that is neither.
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        moment = parse_datetime(text)
    except ValueError:
        moment = None
    if moment is None:
        try:
            day = parse_date(text)
        except ValueError:
            return None
        return midnight(day) if day else None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=LOCAL)
    return moment
