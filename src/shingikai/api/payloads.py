"""Public records as the JSON API writes them; each function reads only what `records` fetched."""
from shingikai import publicity
from shingikai.jp.wareki import fiscal_year_label, to_wareki
from shingikai.meetings import answer_corrections

from . import records, stamps, web


_local = stamps.local


def _wareki(day):
    return to_wareki(day) if day else None


def council_ref(council):
    return {"slug": council.slug, "name": council.name}


def municipality(m):
    return {
        "slug": m.slug, "name": m.name, "prefecture": m.prefecture,
        "councils": [council_ref(c) for c in m.councils.all()],
    }


def council(request, c, *, detail=False):
    data = {
        "slug": c.slug, "name": c.name,
        "municipality": {"slug": c.municipality.slug, "name": c.municipality.name},
        "body_type": c.body_type, "ordinance": c.ordinance, "name_policy": c.name_policy,
        "minutes_style": c.minutes_style, "imported_only": c.is_imported_only,
        "web": web.absolute(request, web.council(c)),
    }
    if detail:
        data["members"] = [
            {"name": m.person.name, "role": m.get_role_display(), "sector": m.sector,
             "term_start": m.term_start, "term_end": m.term_end}
            for m in records.members_in_office(c)
        ]
    return data


def _local_time(value):
    """A time as OpenAPI's `format: time` (RFC 3339 full-time) wants it: with its offset. Asia/Tokyo has
    kept +09:00 all year since 1951, and a bare time has no date to look the offset up by."""
    return f"{value:%H:%M:%S}+09:00" if value is not None else None


def meeting(request, m, *, detail=False):
    minutes_id = m.public_minutes_id
    data = {
        "id": m.pk, "council": council_ref(m.council),
        "fiscal_year": m.fiscal_year,
        "fiscal_year_label": fiscal_year_label(m.fiscal_year) if m.fiscal_year else None,
        "number": m.number, "cumulative_number": m.cumulative_number, "label": m.label,
        "date": m.date, "date_wareki": _wareki(m.date), "start_time": _local_time(m.start_time), "end_time": _local_time(m.end_time),
        "place": m.place, "is_public": m.is_public, "state": publicity.state_label(m),
        "minutes_id": minutes_id,
        "minutes_pdf": web.absolute(request, web.minutes_pdf(m.pk)) if minutes_id else None,
        "web": web.absolute(request, web.meeting(m.pk)),
        "created": _local(m.stamp_created), "modified": _local(m.stamp_modified),
    }
    if detail:
        data["observers"] = m.observers
        data["items"] = [
            {"id": item.pk, "order": item.order, "kind": item.kind, "title": item.title,
             "case_id": item.case_id if item.case_public else None,
             "decision_id": item.public_decision_id, "outcome": item.public_outcome}
            for item in records.meeting_items(m)
        ]
        data["answer_ids"] = list(records.answers().filter(meeting=m).values_list("pk", flat=True))
    return data


def minutes(request, mi, *, detail=False):
    m = mi.meeting
    data = {
        "id": mi.pk, "meeting_id": m.pk, "council": council_ref(m.council), "meeting_label": m.label,
        "date": m.date, "style": mi.style, "confirmed_on": mi.confirmed_on, "published_on": mi.published_on,
        "pdf": web.absolute(request, web.minutes_pdf(m.pk)), "web": web.absolute(request, web.meeting(m.pk)),
        "created": _local(mi.stamp_created), "modified": _local(mi.stamp_modified),
    }
    if detail:
        # The gate applies the council's name policy, as on the portal and in the PDF.
        data["turns"] = [
            {"order": turn.order, "agenda_item_id": turn.agenda_item_id, "speaker": label, "role": turn.role,
             "text": text}
            for turn, label, text in publicity.published_turns(m)
        ]
    return data


def case(request, c):
    items = c.public_items
    return {
        "id": c.pk, "council": council_ref(c.council), "number": c.number, "title": c.title, "kind": c.kind,
        "categories": c.category_labels, "department": c.department_names.filed, "division": c.department_names.division,
        "department_now": c.department_names.now,
        "status": c.public_status(c.public_outcome is not None or bool(c.public_answers)),
        "outcome": c.public_outcome, "topic": c.topic,
        "legal_bases": [str(b) for b in c.legal_bases or []],
        "accepted_on": _local(c.accepted_at).date() if c.accepted_at else None,
        "meeting_ids": [i.meeting_id for i in items],
        "meeting_dates": [i.meeting.date for i in items if i.meeting.date],
        "answer_ids": [a.pk for a in c.public_answers],
        "answer_numbers": [a.number for a in c.public_answers if a.number],
        "answer_dates": [a.date for a in c.public_answers if a.date],
        "web": web.absolute(request, web.case(c.pk)),
        "created": _local(c.stamp_created), "modified": _local(c.stamp_modified),
    }


def decision(request, d):
    item = d.agenda_item
    return {
        "id": d.pk, "council": council_ref(item.meeting.council), "meeting_id": item.meeting_id,
        "agenda_item_id": item.pk, "case_id": d.case_id if d.case_public else None, "title": item.title,
        "date": item.meeting.date, "outcome": d.outcome, "vote_method": d.vote_method,
        "votes_for": d.votes_for, "votes_against": d.votes_against, "votes_abstain": d.votes_abstain,
        "chair_decided": d.chair_decided, "wording": d.wording,
        "conditions": [{"kind": f.kind, "text": f.text} for f in d.public_conditions],
        "created": _local(d.stamp_created), "modified": _local(d.stamp_modified),
    }


def answer(request, a):
    return {
        "id": a.pk, "council": council_ref(a.council), "number": a.number, "date": a.date,
        "date_wareki": _wareki(a.date), "addressee": a.addressee, "conclusion": a.conclusion,
        "opinions": a.opinions, "case_ids": [c.pk for c in a.public_cases], "meeting_id": a.meeting_id,
        "pdf": web.absolute(request, web.answer_pdf(a.pk)),
        "corrections": [{"date": c.on, "date_wareki": _wareki(c.on), "reason": c.reason,
                         "changes": [{"field": ch.field, "label": ch.label, "text": ch.text, "before": ch.before}
                                     for ch in c.changes]}
                        for c in answer_corrections.corrections(a)],
        "created": _local(a.stamp_created), "modified": _local(a.stamp_modified),
    }
