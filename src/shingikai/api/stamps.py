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
from shingikai.meetings.models import AgendaItem, Answer, Decision
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
# never the time of the request: a harvester asking again from the same moment is told the same.

def _latest_of(first, second):
    """The later of two moments either of which may be missing (SQLite's GREATEST is NULL if any argument is)."""
    return Greatest(Coalesce(first, second), Coalesce(second, first))


def gone_cases():
    """Withdrawn, unpublished, or taken on a closed item (publicity.withdrawn_cases)."""
    return publicity.withdrawn_cases().annotate(stamp_modified=_latest_of(
        _latest(Case.history, id=OuterRef("pk")), _latest(AgendaItem.history, case_id=OuterRef("pk"))))


def gone_meetings():
    """Imported meetings whose record was published and has been taken back (minutes.actions.unpublish_import)."""
    published = Exists(Minutes.history.filter(meeting_id=OuterRef("pk"), state=Minutes.State.PUBLISHED))
    return publicity.unpublished_imports().filter(published).annotate(
        stamp_modified=_latest(Minutes.history, meeting_id=OuterRef("pk")))


def gone_minutes():
    """Published minutes the public can no longer read (an import taken back, a meeting made closed)."""
    published = Exists(Minutes.history.filter(id=OuterRef("pk"), state=Minutes.State.PUBLISHED))
    return Minutes.objects.filter(published).exclude(pk__in=publicity.minutes().values("pk")).annotate(
        stamp_modified=_latest(Minutes.history, id=OuterRef("pk")))


def gone_answers():
    """答申 the council published on a closed case and took back (meetings.actions.unpublish_answer)."""
    published = Exists(Answer.history.filter(id=OuterRef("pk"), published_at__isnull=False))
    return Answer.objects.filter(published).exclude(pk__in=publicity.answers().values("pk")).annotate(
        stamp_modified=_latest(Answer.history, id=OuterRef("pk")))


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
