"""What the OParl API lists for a body (a municipality), taken from `shingikai.publicity`.

Records with timestamps come as querysets annotated by `stamps`, so lists filter and page in SQL. The
rest (councils, members, fiscal years, documents) are few per body and come as lists, their stamps
derived here: a membership from its dates, a person and a council from their memberships, a fiscal
year from its first meeting, a body from its councils and years.
"""
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Min, Prefetch

from shingikai import publicity
from shingikai.councils.models import Membership, Municipality, Person
from shingikai.meetings import answer_corrections
from shingikai.meetings.models import Attendance

from . import records, stamps


@dataclass
class Term:
    """A fiscal year (年度) of a body, served as an OParl LegislativeTerm."""

    body: Municipality
    fiscal_year: int
    stamp_created: datetime
    stamp_modified: datetime


@dataclass
class Document:
    """A published PDF (minutes or 答申書), served as an OParl File."""

    kind: str  # "minutes" or "answer"
    record: object
    stamp_created: datetime
    stamp_modified: datetime

    @property
    def key(self):
        return self.record.meeting_id if self.kind == "minutes" else self.record.pk


def _stamp_memberships(memberships):
    for m in memberships:
        m.stamp_created, m.stamp_modified = stamps.membership(m)
    return memberships


def _ordered_memberships():
    return Membership.objects.select_related("person", "council").order_by("term_start", "pk")


def memberships(body=None, pk=None):
    rows = _ordered_memberships().select_related("council__municipality").order_by("pk")
    if body is not None:
        rows = rows.filter(council__municipality=body)
    if pk is not None:
        rows = rows.filter(pk=pk)
    return _stamp_memberships(list(rows))


def persons(body=None, pk=None):
    """Everyone who has been a member of a council; their memberships come with them."""
    rows = Person.objects.filter(memberships__isnull=False)
    if body is not None:
        rows = rows.filter(memberships__council__municipality=body)
    if pk is not None:
        rows = rows.filter(pk=pk)
    rows = Person.objects.filter(pk__in=rows.values("pk")).order_by("pk").prefetch_related(
        Prefetch("memberships", queryset=_ordered_memberships().select_related("council__municipality"),
                 to_attr="all_memberships")
    )
    people = list(rows)
    for person in people:
        _stamp_memberships(person.all_memberships)
        person.stamp_created, person.stamp_modified = stamps.span(
            (m.stamp_created, m.stamp_modified) for m in person.all_memberships
        )
    return people


def _first_meetings(body=None):
    """{(council id, fiscal year): when its first public meeting was created}."""
    rows = publicity.meetings().exclude(fiscal_year__isnull=True)
    if body is not None:
        rows = rows.filter(council__municipality=body)
    rows = rows.values("council_id", "council__municipality_id", "fiscal_year").annotate(first=Min("created_at"))
    return list(rows.order_by())


def terms(body=None, firsts=None):
    firsts = _first_meetings(body) if firsts is None else firsts
    bodies = {body.pk: body} if body is not None else publicity.municipalities().in_bulk()
    years = {}
    for row in firsts:
        key = (row["council__municipality_id"], row["fiscal_year"])
        years[key] = min(years.get(key, row["first"]), row["first"])
    return [
        Term(bodies[body_id], year, first, first)
        for (body_id, year), first in sorted(years.items())
        if body_id in bodies
    ]


def councils(body=None, firsts=None):
    rows = publicity.councils().select_related("municipality").order_by("pk").prefetch_related(
        Prefetch("memberships", queryset=_ordered_memberships(), to_attr="all_memberships")
    )
    if body is not None:
        rows = rows.filter(municipality=body)
    firsts = _first_meetings(body) if firsts is None else firsts
    result = list(rows)
    for council in result:
        _stamp_memberships(council.all_memberships)
        dated = [(m.stamp_created, m.stamp_modified) for m in council.all_memberships]
        dated += [(row["first"], row["first"]) for row in firsts if row["council_id"] == council.pk]
        council.stamp_created, council.stamp_modified = stamps.span(dated)
    return result


def bodies(only=None):
    """Municipalities with their stamps, which cover their councils and fiscal years."""
    rows = list(publicity.municipalities().order_by("pk") if only is None else [only])
    firsts = _first_meetings(only)
    all_councils = councils(only, firsts)
    all_terms = terms(only, firsts)
    for body in rows:
        dated = [(c.stamp_created, c.stamp_modified) for c in all_councils if c.municipality_id == body.pk]
        dated += [(t.stamp_created, t.stamp_modified) for t in all_terms if t.body.pk == body.pk]
        body.stamp_created, body.stamp_modified = stamps.span(dated)
        body.terms = [t for t in all_terms if t.body.pk == body.pk]
    return rows


def system_stamps():
    return stamps.span((b.stamp_created, b.stamp_modified) for b in bodies())


# --- records with timestamps of their own --------------------------------------------------------------

def _answers():
    cases = publicity.cases().only("id").order_by("pk")
    return stamps.answers(publicity.answers()).select_related("council").prefetch_related(
        Prefetch("cases", queryset=cases, to_attr="public_cases")
    ).annotate(corrected=answer_corrections.was_corrected()).order_by("pk")


def _minutes():
    return stamps.minutes(publicity.minutes()).select_related("meeting__council")


def agenda_items(body=None):
    rows = stamps.agenda_items(records.with_outcomes(publicity.agenda_items())).select_related("meeting__council")
    if body is not None:
        rows = rows.filter(meeting__council__municipality=body)
    return rows.order_by("pk")


def consultations(body=None):
    """One per deliberation: a public agenda item about a public case."""
    return agenda_items(body).filter(case_public=True)


def meetings(body=None):
    members = Attendance.objects.filter(kind=Attendance.Kind.MEMBER, present=True, person__isnull=False)
    rows = stamps.meetings(publicity.meetings()).select_related("council").prefetch_related(
        Prefetch("items", queryset=agenda_items().order_by("order"), to_attr="public_items"),
        Prefetch("minutes", queryset=_minutes(), to_attr="public_minutes"),
        Prefetch("answers", queryset=_answers(), to_attr="public_answers"),
        Prefetch("attendances", queryset=members.order_by("pk"), to_attr="present_members"),
    )
    if body is not None:
        rows = rows.filter(council__municipality=body)
    return rows.order_by("pk")


def locations(body=None):
    """Where meetings are held: one Location per meeting that names its place."""
    rows = stamps.meetings(publicity.meetings()).exclude(place="")
    if body is not None:
        rows = rows.filter(council__municipality=body)
    return rows.order_by("pk")


def papers(body=None):
    rows = stamps.cases(publicity.cases()).select_related("council__municipality", "department").prefetch_related(
        Prefetch("agenda_items", queryset=consultations().order_by("meeting__date", "pk"), to_attr="public_items"),
        Prefetch("answers", queryset=_answers(), to_attr="public_answers"),
    )
    if body is not None:
        rows = rows.filter(council__municipality=body)
    return rows.order_by("pk")


def documents(body=None):
    minutes, answers = _minutes(), _answers()
    if body is not None:
        minutes = minutes.filter(meeting__council__municipality=body)
        answers = answers.filter(council__municipality=body)
    found = [Document("minutes", m, m.stamp_created, m.stamp_modified) for m in minutes.order_by("pk")]
    found += [Document("answer", a, a.stamp_created, a.stamp_modified) for a in answers]
    return found


def document(kind, key):
    if kind == "minutes":
        record = _minutes().filter(meeting_id=key).first()
    else:
        record = _answers().filter(pk=key).first()
    return Document(kind, record, record.stamp_created, record.stamp_modified) if record else None


# --- objects taken back from the public ----------------------------------------------------------------

@dataclass
class Deleted:
    """A Meeting, AgendaItem, Consultation, Paper or File the public could read and can no longer (stamps.gone_*):
    OParl keeps its URL answering, as `deleted: true` with its id, type, created and modified (the moment it was
    taken back)."""

    kind: str  # the OParl type: "Meeting", "AgendaItem", "Consultation", "Paper" or "File"
    url_args: tuple  # the arguments of its URL: ("meeting", pk), ("paper", pk), ("file", "minutes", meeting id)
    stamp_created: datetime
    stamp_modified: datetime


GONE = {
    # list name: (OParl type, [(a stamps.gone_* source, the field of its rows that keys the URL, the URL's name
    # and its leading arguments)])
    "meetings": ("Meeting", lambda: [(s, "gone_id", ("meeting",)) for s in stamps.gone_meetings()]),
    "papers": ("Paper", lambda: [(s, "gone_id", ("paper",)) for s in stamps.gone_cases()]),
    "files": ("File", lambda: [(s, "meeting_id", ("file", "minutes")) for s in stamps.gone_minutes()]
              + [(s, "gone_id", ("file", "answer")) for s in stamps.gone_answers()]),
    "agendaItems": ("AgendaItem", lambda: [(s, "gone_id", ("agenda-item",)) for s in stamps.gone_agenda_items()]),
    "consultations": ("Consultation",
                      lambda: [(s, "gone_id", ("consultation",)) for s in stamps.gone_consultations()]),
}


def deleted(kind, body=None, council=None):
    """The objects of the list `kind` taken back from the public, of `body` or of `council` (by their history:
    an imported-only council goes with its last import); [] for a list without any."""
    from shingikai.councils.models import Council

    if kind not in GONE:
        return []
    oparl_type, sources = GONE[kind]
    councils = Council.history.all()
    if council is not None:
        councils = councils.filter(id=council.pk)
    if body is not None:
        councils = councils.filter(municipality_id=body.pk)
    found = {}
    for source, key, url in sources():
        if body is not None or council is not None:
            source = source.filter(gone_council__in=councils.values("id"))
        for pk, created, modified in source.values_list(key, "gone_created", "stamp_modified"):
            found[(*url, pk)] = Deleted(oparl_type, (*url, pk), created or modified, modified)
    return sorted(found.values(), key=lambda d: (d.stamp_modified, d.url_args))


def deleted_one(*url_args):
    """The object at `url_args` if it was taken back from the public, else None."""
    kind = {"meeting": "meetings", "paper": "papers", "file": "files", "agenda-item": "agendaItems",
            "consultation": "consultations"}[url_args[0]]
    return next((d for d in deleted(kind) if d.url_args == url_args), None)
