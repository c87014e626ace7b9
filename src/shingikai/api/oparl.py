"""Public records written as OParl 1.1 objects.

Mapping: a municipality is a Body, a council an Organization, a member a Person (name only) with a
Membership per term, a fiscal year a LegislativeTerm, a case a Paper, a deliberation of a case at a
meeting a Consultation, published minutes and issued 答申書 are Files (their PDFs are served by the
documents app; an answer's File carries its words and its 正誤 in ``text``, keyword 正誤 when corrected). Each writer reads only what `oparl_sources` fetched.
"""
import datetime as dt

from django.urls import reverse

from shingikai import publicity
from shingikai.jp.wareki import fiscal_year_label, to_wareki
from shingikai.meetings import answer_corrections
from shingikai.meetings.models import opinion_entries

from . import stamps, web
from .oparl_sources import Document

SCHEMA = "https://schema.oparl.org/1.1/"
BODY_LISTS = (
    "organizations", "persons", "memberships", "meetings", "agendaItems", "papers", "consultations", "files",
    "legislativeTerms", "locations",
)
ORGANIZATION_LISTS = ("meetings", "consultations")


def _clean(data):
    """OParl leaves out unknown values rather than writing null or empty strings."""
    return {k: v for k, v in data.items() if v is not None and v != ""}


class Writer:
    def __init__(self, request):
        self.request = request

    def url(self, name, *args):
        return self.request.build_absolute_uri(reverse(f"oparl:{name}", args=args))

    def web(self, path):
        return web.absolute(self.request, path)

    def _object(self, kind, url, record, **fields):
        data = {"id": url, "type": SCHEMA + kind, **fields}
        data["created"] = stamps.iso(record.stamp_created)
        data["modified"] = stamps.iso(record.stamp_modified)
        return _clean(data)

    def deleted(self, gone):
        """An object taken back from the public (oparl_sources.Deleted), as the standard keeps it: id, type, created,
        modified and `deleted: true`, nothing else of it."""
        return _clean({"id": self.url(*gone.url_args), "type": SCHEMA + gone.kind,
                       "created": stamps.iso(gone.stamp_created), "modified": stamps.iso(gone.stamp_modified),
                       "deleted": True})

    # --- the tree ------------------------------------------------------------------------------------

    def system(self, created, modified):
        data = {
            "id": self.url("system"), "type": SCHEMA + "System", "oparlVersion": SCHEMA,
            "body": self.url("bodies"), "name": "shingikai",
            "website": self.web("/"),
            "created": stamps.iso(created), "modified": stamps.iso(modified),
        }
        return _clean(data)

    def body(self, body):
        lists = {name: self.url("body-list", body.slug, name) for name in BODY_LISTS}
        return self._object(
            "Body", self.url("body", body.slug), body,
            system=self.url("system"), name=body.name, shortName=body.name,
            organization=lists["organizations"], person=lists["persons"], membership=lists["memberships"],
            meeting=lists["meetings"], agendaItem=lists["agendaItems"], paper=lists["papers"],
            consultation=lists["consultations"], file=lists["files"], locationList=lists["locations"],
            legislativeTermList=lists["legislativeTerms"],
            legislativeTerm=[self.term(t) for t in body.terms],
        )

    def term(self, term):
        year = term.fiscal_year
        return self._object(
            "LegislativeTerm", self.url("term", term.body.slug, year), term,
            body=self.url("body", term.body.slug), name=fiscal_year_label(year),
            startDate=dt.date(year, 4, 1).isoformat(), endDate=dt.date(year + 1, 3, 31).isoformat(),
        )

    def organization(self, council):
        return self._object(
            "Organization", self.url("organization", council.slug), council,
            body=self.url("body", council.municipality.slug), name=council.name,
            organizationType=council.body_type,
            membership=[self.url("membership", m.pk) for m in council.all_memberships],
            meeting=self.url("organization-list", council.slug, "meetings"),
            consultation=self.url("organization-list", council.slug, "consultations"),
            web=self.web(web.council(council)),
        )

    def person(self, person):
        family, _, given = person.name.strip().partition(" ")
        first = person.all_memberships[0] if person.all_memberships else None
        return self._object(
            "Person", self.url("person", person.pk), person,
            body=self.url("body", first.council.municipality.slug) if first else None,
            name=person.name, familyName=family if given else None, givenName=given.strip() or None,
            membership=[self.membership(m) for m in person.all_memberships],
        )

    def membership(self, m):
        end = min(d for d in (m.ended_on, m.term_end) if d) if (m.ended_on or m.term_end) else None
        return self._object(
            "Membership", self.url("membership", m.pk), m,
            person=self.url("person", m.person_id), organization=self.url("organization", m.council.slug),
            role=m.get_role_display(), votingRight=True,
            startDate=m.term_start.isoformat(), endDate=end.isoformat() if end else None,
        )

    # --- meetings and papers -------------------------------------------------------------------------

    def _moment(self, day, time):
        if day is None:
            return None
        return dt.datetime.combine(day, time or dt.time(0), tzinfo=stamps.LOCAL).isoformat()

    def location(self, meeting):
        return self._object(
            "Location", self.url("location", meeting.pk), meeting,
            description=meeting.place, meetings=[self.url("meeting", meeting.pk)],
        )

    def meeting(self, m):
        minutes = m.public_minutes
        protocol = self.file(Document("minutes", minutes, minutes.stamp_created, minutes.stamp_modified)) \
            if minutes else None
        verbatim = minutes is not None and minutes.style == "全文"
        return self._object(
            "Meeting", self.url("meeting", m.pk), m,
            name=f"{m.council.name} {m.label}", meetingState=publicity.state_label(m),
            cancelled=m.state == m.State.CANCELLED,
            start=self._moment(m.date, m.start_time),
            end=self._moment(m.date, m.end_time) if m.end_time else None,
            location=self.location(m) if m.place else None,
            organization=[self.url("organization", m.council.slug)],
            # Who attended becomes public with the minutes that record it.
            participant=[self.url("person", a.person_id) for a in m.present_members] if minutes else None,
            verbatimProtocol=protocol if verbatim else None,
            resultsProtocol=protocol if not verbatim else None,
            auxiliaryFile=[self.answer_file(a) for a in m.public_answers] or None,
            agendaItem=[self.agenda_item(i) for i in m.public_items],
            web=self.web(web.meeting(m.pk)),
        )

    def agenda_item(self, item):
        return self._object(
            "AgendaItem", self.url("agenda-item", item.pk), item,
            meeting=self.url("meeting", item.meeting_id), number=str(item.order), order=item.order,
            name=item.title, public=True,
            consultation=self.url("consultation", item.pk) if item.case_public else None,
            result=item.public_outcome, resolutionText=item.public_wording,
            web=self.web(web.meeting(item.meeting_id)),
        )

    def consultation(self, item):
        return self._object(
            "Consultation", self.url("consultation", item.pk), item,
            paper=self.url("paper", item.case_id), agendaItem=self.url("agenda-item", item.pk),
            meeting=self.url("meeting", item.meeting_id),
            organization=[self.url("organization", item.meeting.council.slug)],
            authoritative=item.public_decision_id is not None, role=item.kind,
            web=self.web(web.case(item.case_id)),
        )

    def paper(self, case):
        keywords = case.category_labels + ([case.topic] if case.topic else [])
        return self._object(
            "Paper", self.url("paper", case.pk), case,
            body=self.url("body", case.council.municipality.slug), name=case.title, reference=case.number,
            date=stamps.local(case.accepted_at).date().isoformat() if case.accepted_at else None,
            paperType=case.kind,
            consultation=[self.consultation(i) for i in case.public_items],
            auxiliaryFile=[self.answer_file(a) for a in case.public_answers] or None,
            keyword=keywords or None,
            web=self.web(web.case(case.pk)),
        )

    # --- files ---------------------------------------------------------------------------------------

    def answer_file(self, answer):
        return self.file(Document("answer", answer, answer.stamp_created, answer.stamp_modified))

    def file(self, doc):
        record = doc.record
        if doc.kind == "minutes":
            meeting = record.meeting
            pdf = web.minutes_pdf(meeting.pk)
            extra = {
                "name": f"{meeting.council.name} {meeting.label} 会議録",
                "date": record.published_on.isoformat() if record.published_on else None,
                "meeting": [self.url("meeting", meeting.pk)],
            }
        else:
            pdf = web.answer_pdf(record.pk)
            corrected = answer_corrections.corrections(record)
            extra = {
                "name": f"{record.number or '答申'} 答申書",
                "date": record.date.isoformat() if record.date else None,
                "meeting": [self.url("meeting", record.meeting_id)] if record.meeting_id else None,
                "paper": [self.url("paper", c.pk) for c in record.public_cases] or None,
                "text": answer_text(record, corrected),
                "keyword": ["正誤"] if corrected else None,
            }
        return self._object(
            "File", self.url("file", doc.kind, doc.key), doc, mimeType="application/pdf",
            accessUrl=self.web(pdf + "?inline=1"), downloadUrl=self.web(pdf), **extra,
        )


def answers_in(rows):
    """The 答申 a page of OParl rows writes as Files: a meeting's or a paper's, or a listed 答申書."""
    for row in rows:
        if isinstance(row, Document):
            if row.kind == "answer":
                yield row.record
        else:
            yield from getattr(row, "public_answers", ())


def answer_text(answer, corrected):
    """The 答申書's words as OParl's ``text``: what it concludes, its 附帯意見 and, as on its page and in
    its PDF, the corrections (正誤) made after issue, each with its date in 和暦 and its reason."""
    lines = [f"{answer.number or ''} 答申書".strip(), answer.addressee, "結論", answer.conclusion]
    opinions = opinion_entries(answer.opinions)
    if opinions:
        lines += ["附帯意見", *(f"{n}　{entry}" for n, entry in enumerate(opinions, 1))]
    if corrected:
        lines += ["正誤", "この答申は発出後に次のとおり訂正した。"]
        for correction in corrected:
            lines.append(f"{to_wareki(correction.on)}の訂正（{correction.reason}）")
            lines += [f"{change.label}: {change.text}" for change in correction.changes]
    return "\n".join(line for line in lines if line)
